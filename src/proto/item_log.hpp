// The record a decoder keeps when it follows a tcpdump printer read for read (DECnet, IPX): the
// items it found, in a fixed array from the frame's arena, and the layer's cut / invalid flags,
// which tcpdump prints as " [|proto]" and " (invalid)".
#pragma once

#include <cstddef>

namespace tapsniff {

// Layer: a layer with `bool cut` and `bool invalid`. add(), cut() and invalid() return whether the
// walk may go on, so a step can `return log.cut();`.
template <class Item, class Layer>
class ItemLog {
public:
    ItemLog(Item* items, std::size_t capacity, Layer& layer) : items_(items), capacity_(capacity), layer_(layer) {}

    [[nodiscard]] std::size_t count() const { return n_; }
    bool add(const Item& item) {
        if (n_ == capacity_) return cut();
        items_[n_++] = item;
        return true;
    }
    bool cut() {
        layer_.cut = true;
        return false;
    }
    bool invalid() {
        layer_.invalid = true;
        return false;
    }

protected:
    Layer& layer() { return layer_; }

private:
    Item* items_;
    std::size_t capacity_;
    Layer& layer_;
    std::size_t n_ = 0;
};

}  // namespace tapsniff
