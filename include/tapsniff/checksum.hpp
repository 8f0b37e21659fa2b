// The Internet checksum (RFC 1071) with IPv4/IPv6 pseudo-headers; shared by the decoders and --respond.
#pragma once

#include <array>
#include <cstdint>

#include "tapsniff/cursor.hpp"

namespace tapsniff {

// A checksum as found in a header and what verifying it said.
struct Checksum {
    enum class State : std::uint8_t {
        unverified,  // some covered bytes were not captured (or a later fragment)
        correct,
        incorrect,
        unused,      // UDP over IPv4 with a zero checksum: none was computed by the sender
    };
    State state = State::unverified;
    std::uint16_t value = 0;     // as on the wire
    std::uint16_t expected = 0;  // what the field should hold
};

// A running one's-complement sum over 16-bit big-endian words.
class ChecksumSum {
public:
    void add(Bytes bytes);
    void add16(std::uint16_t word) { sum_ += word; }
    void add32(std::uint32_t word) { sum_ += (word >> 16U) + (word & 0xffffU); }
    // The folded sum, not inverted.
    [[nodiscard]] std::uint16_t folded() const;
    // The value a checksum field must hold for these bytes (field counted as zero).
    [[nodiscard]] std::uint16_t field_value() const { return static_cast<std::uint16_t>(~folded()); }

private:
    std::uint64_t sum_ = 0;
    bool odd_ = false;   // an odd byte is pending in the low half of the next word
};

// Sum of the IPv4 / IPv6 pseudo-header for an upper layer of `length` bytes.
void add_pseudo_header_v4(ChecksumSum& sum, const std::array<std::uint8_t, 4>& src,
                          const std::array<std::uint8_t, 4>& dst, std::uint8_t proto, std::uint32_t length);
void add_pseudo_header_v6(ChecksumSum& sum, const std::array<std::uint8_t, 16>& src,
                          const std::array<std::uint8_t, 16>& dst, std::uint8_t proto, std::uint32_t length);

// Verifies `covered` (which includes the checksum field holding `field_value`) on top of `sum`
// (a pseudo-header, or nothing): state correct/incorrect and the value the field should hold.
Checksum verify_checksum(ChecksumSum sum, Bytes covered, std::uint16_t field_value);

}  // namespace tapsniff
