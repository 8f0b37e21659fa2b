// The one bounds-checked reader of frame bytes: every read checks and reads in one step.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

#include "tapsniff/frame.hpp"

namespace tapsniff {

// A read past the end returns std::nullopt and leaves the cursor where it was, so a
// decoder can record "truncated" and keep what it already has (tcpdump's GET_ macros
// taught that a separate check-then-read step is where out-of-bounds bugs hide).
class Cursor {
public:
    explicit Cursor(Bytes data) : data_(data) {}

    [[nodiscard]] std::size_t offset() const { return pos_; }
    [[nodiscard]] std::size_t remaining() const { return data_.size() - pos_; }
    [[nodiscard]] bool has(std::size_t n) const { return n <= remaining(); }
    [[nodiscard]] Bytes rest() const { return data_.subspan(pos_); }

    std::optional<std::uint8_t> u8() {
        if (!has(1)) return std::nullopt;
        return static_cast<std::uint8_t>(data_[pos_++]);
    }
    std::optional<std::uint16_t> be16() {
        if (!has(2)) return std::nullopt;
        auto v = static_cast<std::uint16_t>((byte_at(0) << 8U) | byte_at(1));
        pos_ += 2;
        return v;
    }
    std::optional<std::uint32_t> be32() {
        if (!has(4)) return std::nullopt;
        std::uint32_t v = (byte_at(0) << 24U) | (byte_at(1) << 16U) | (byte_at(2) << 8U) | byte_at(3);
        pos_ += 4;
        return v;
    }
    // The next n bytes as a view, or nullopt if fewer are there.
    std::optional<Bytes> bytes(std::size_t n) {
        if (!has(n)) return std::nullopt;
        Bytes out = data_.subspan(pos_, n);
        pos_ += n;
        return out;
    }
    bool skip(std::size_t n) {
        if (!has(n)) return false;
        pos_ += n;
        return true;
    }
    // Up to n bytes as a view: what a length field claims, clamped to what is there.
    Bytes take_at_most(std::size_t n) {
        std::size_t k = n < remaining() ? n : remaining();
        Bytes out = data_.subspan(pos_, k);
        pos_ += k;
        return out;
    }

private:
    [[nodiscard]] std::uint32_t byte_at(std::size_t i) const {
        return static_cast<std::uint32_t>(data_[pos_ + i]);
    }

    Bytes data_;
    std::size_t pos_ = 0;
};

// Reads at a fixed offset of a small view without moving anything; for fields of a
// header that is already known to be complete. Returns 0 past the end.
inline std::uint8_t byte_or_zero(Bytes b, std::size_t i) {
    return i < b.size() ? static_cast<std::uint8_t>(b[i]) : 0;
}

}  // namespace tapsniff
