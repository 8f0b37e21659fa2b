// DECnet: the reader decode_decnet walks a message with (decnet.cpp): every read at an offset
// from the start of the DECnet header, and the items it records, bounded by the captured bytes.
#pragma once

#include <algorithm>
#include <optional>

#include "proto/decnet/decnet.hpp"
#include "proto/item_log.hpp"

namespace tapsniff::decnet {

// The reads of one message, at offsets from the start of the DECnet header; a read past the
// capture ends the walk as tcpdump's GET macros do (" [|decnet]").
class Walk : public ItemLog<DnItem, DecnetLayer> {
public:
    Walk(Bytes data, DnItem* items, std::size_t capacity, DecnetLayer& l)
        : ItemLog(items, capacity, l), data_(data) {}

    [[nodiscard]] std::size_t captured() const { return data_.size(); }

    std::optional<std::uint32_t> u8(std::size_t off) const {
        auto v = Cursor(data_).ahead(off).peek();
        if (!v) return std::nullopt;
        return *v;
    }
    std::optional<std::uint32_t> le16(std::size_t off) const {
        if (off > data_.size()) return std::nullopt;
        auto v = Cursor(data_).ahead(off).le16();
        if (!v) return std::nullopt;
        return *v;
    }
    [[nodiscard]] bool has(std::size_t off, std::size_t n) const { return off + n <= data_.size(); }

    bool add(DnKind kind, std::uint32_t a = 0, std::uint32_t b = 0, std::uint32_t c = 0, std::uint32_t d = 0) {
        return ItemLog::add(DnItem{kind, a, b, c, d});
    }
    // ND_DEFAULTPRINT of `len` bytes from `off`: what is there, and the mark if that is less.
    void hex(std::size_t off, std::size_t len) {
        const std::size_t start = std::min(off, data_.size());
        const std::size_t avail = data_.size() - start;
        layer().hex = data_.subspan(start, std::min(len, avail));
        if (len > avail) layer().cut = true;
    }

private:
    Bytes data_;
};

}  // namespace tapsniff::decnet
