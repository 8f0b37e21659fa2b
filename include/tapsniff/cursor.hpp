// The one bounds-checked reader of frame bytes: every read checks and reads in one step.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>

#include "tapsniff/frame.hpp"

namespace tapsniff {

// A read past the end returns std::nullopt and leaves the cursor where it was, so a
// decoder can record "truncated" and keep what it already has (tcpdump's GET_ macros
// taught that a separate check-then-read step is where out-of-bounds bugs hide).
// There is no unchecked read and no "zero past the end": a decoder that wants a fixed header
// takes it whole with sub(), then reads it field by field.
class Cursor {
public:
    Cursor() = default;
    explicit Cursor(Bytes data) : data_(data) {}

    [[nodiscard]] std::size_t offset() const { return pos_; }
    [[nodiscard]] std::size_t remaining() const { return data_.size() - pos_; }
    [[nodiscard]] bool has(std::size_t n) const { return n <= remaining(); }
    [[nodiscard]] bool empty() const { return pos_ == data_.size(); }
    [[nodiscard]] Bytes rest() const { return data_.subspan(pos_); }
    // Everything this cursor reads, from its start.
    [[nodiscard]] Bytes all() const { return data_; }

    std::optional<std::uint8_t> u8() {
        if (!has(1)) return std::nullopt;
        return static_cast<std::uint8_t>(data_[pos_++]);
    }
    std::optional<std::uint16_t> be16() { return read_be<std::uint16_t, 2>(); }
    std::optional<std::uint32_t> be24() { return read_be<std::uint32_t, 3>(); }
    std::optional<std::uint32_t> be32() { return read_be<std::uint32_t, 4>(); }
    std::optional<std::uint64_t> be48() { return read_be<std::uint64_t, 6>(); }
    std::optional<std::uint64_t> be64() { return read_be<std::uint64_t, 8>(); }
    std::optional<std::uint16_t> le16() {
        auto v = read_be<std::uint16_t, 2>();
        if (!v) return std::nullopt;
        return static_cast<std::uint16_t>((*v >> 8U) | (*v << 8U));
    }
    std::optional<std::uint32_t> le32() {
        if (!has(4)) return std::nullopt;
        std::uint32_t v = at(0) | (at(1) << 8U) | (at(2) << 16U) | (at(3) << 24U);
        pos_ += 4;
        return v;
    }
    // A fixed number of bytes as an array (MAC and IP addresses).
    template <std::size_t N>
    std::optional<std::array<std::uint8_t, N>> array() {
        if (!has(N)) return std::nullopt;
        std::array<std::uint8_t, N> a;  // NOLINT(cppcoreguidelines-pro-type-member-init): filled whole below
        // One copy of the whole run (a byte loop became byte stores that stalled the load after them).
        std::memcpy(a.data(), data_.data() + pos_, N);
        pos_ += N;
        return a;
    }
    // The next n bytes as a view, or nullopt if fewer are there.
    std::optional<Bytes> bytes(std::size_t n) {
        if (!has(n)) return std::nullopt;
        Bytes out = data_.subspan(pos_, n);
        pos_ += n;
        return out;
    }
    // The next n bytes as a cursor of their own (a fixed header read field by field), or nullopt.
    std::optional<Cursor> sub(std::size_t n) {
        auto b = bytes(n);
        if (!b) return std::nullopt;
        return Cursor(*b);
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
    // The byte `i` places ahead without moving, or nullopt past the end.
    [[nodiscard]] std::optional<std::uint8_t> peek(std::size_t i = 0) const {
        if (i >= remaining()) return std::nullopt;
        return static_cast<std::uint8_t>(data_[pos_ + i]);
    }
    // A cursor over the bytes from `i` places ahead (empty past the end), without moving this one.
    [[nodiscard]] Cursor ahead(std::size_t i) const { return Cursor(rest().subspan(i < remaining() ? i : remaining())); }

private:
    [[nodiscard]] std::uint32_t at(std::size_t i) const { return static_cast<std::uint32_t>(data_[pos_ + i]); }

    template <class T, std::size_t N>
    std::optional<T> read_be() {
        if (!has(N)) return std::nullopt;
        T v = 0;
        for (std::size_t i = 0; i < N; ++i) v = static_cast<T>((v << 8U) | at(i));
        pos_ += N;
        return v;
    }

    Bytes data_;
    std::size_t pos_ = 0;
};

}  // namespace tapsniff
