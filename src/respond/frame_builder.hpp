// Appends big-endian fields to a frame being built, and patches checksums in place.
#pragma once

#include <cstdint>
#include <vector>

#include "tapsniff/checksum.hpp"
#include "tapsniff/decoded.hpp"

namespace tapsniff {

class FrameBuilder {
public:
    explicit FrameBuilder(std::vector<std::byte>& out) : out_(out) { out_.clear(); }

    void u8(std::uint8_t v) { out_.push_back(static_cast<std::byte>(v)); }
    void be16(std::uint16_t v) {
        u8(static_cast<std::uint8_t>(v >> 8U));
        u8(static_cast<std::uint8_t>(v & 0xffU));
    }
    void be32(std::uint32_t v) {
        be16(static_cast<std::uint16_t>(v >> 16U));
        be16(static_cast<std::uint16_t>(v & 0xffffU));
    }
    template <class Range>
    void bytes(const Range& range) {
        for (auto b : range) u8(static_cast<std::uint8_t>(b));
    }
    [[nodiscard]] std::size_t size() const { return out_.size(); }
    void put16_at(std::size_t offset, std::uint16_t v) {
        out_[offset] = static_cast<std::byte>(v >> 8U);
        out_[offset + 1] = static_cast<std::byte>(v & 0xffU);
    }
    [[nodiscard]] Bytes view(std::size_t offset, std::size_t length) const {
        return Bytes(out_).subspan(offset, length);
    }
    [[nodiscard]] Bytes all() const { return Bytes(out_); }

private:
    std::vector<std::byte>& out_;
};

}  // namespace tapsniff
