// A list that grows in the frame's arena one element at a time, for a layer's variable parts whose
// count is known only at the end of the walk (Babel TLVs ...). Elements stay contiguous as long as
// nothing else is allocated in between; when that or the arena's room runs out, add() fails and
// the decoder stops there.
#pragma once

#include <cstddef>

#include "tapsniff/decoded.hpp"

namespace tapsniff {

template <class T>
struct ArenaList {
    T* items = nullptr;
    std::size_t count = 0;

    T* add(DecodedFrame& frame, std::size_t limit) {
        if (count >= limit) return nullptr;
        T* item = frame.allocate_array<T>(1);
        if (item == nullptr || (items != nullptr && item != items + count)) return nullptr;
        if (items == nullptr) items = item;
        ++count;
        return item;
    }
    [[nodiscard]] const T* begin() const { return items; }
    [[nodiscard]] const T* end() const { return items + count; }
    [[nodiscard]] std::size_t size() const { return count; }
    [[nodiscard]] bool empty() const { return count == 0; }
    const T& operator[](std::size_t i) const { return items[i]; }
    const T& back() const { return items[count - 1]; }
};

}  // namespace tapsniff
