// The Internet checksum (RFC 1071): one's-complement sum of 16-bit words, plus pseudo-headers.
#include "tapsniff/checksum.hpp"

namespace tapsniff {

void ChecksumSum::add(Bytes bytes) {
    Cursor cursor(bytes);
    // A pending odd byte from an earlier span pairs with the first byte of this one.
    if (odd_) {
        if (auto b = cursor.u8()) {
            sum_ += *b;
            odd_ = false;
        }
    }
    while (auto word = cursor.be16()) sum_ += *word;
    if (auto last = cursor.u8()) {
        sum_ += static_cast<std::uint64_t>(*last) << 8U;
        odd_ = true;
    }
}

std::uint16_t ChecksumSum::folded() const {
    std::uint64_t s = sum_;
    while ((s >> 16U) != 0) s = (s & 0xffffU) + (s >> 16U);
    return static_cast<std::uint16_t>(s);
}

void add_pseudo_header_v4(ChecksumSum& sum, const std::array<std::uint8_t, 4>& src,
                          const std::array<std::uint8_t, 4>& dst, std::uint8_t proto, std::uint32_t length) {
    for (std::size_t i = 0; i < 4; i += 2) {
        sum.add16(static_cast<std::uint16_t>((src[i] << 8U) | src[i + 1]));
        sum.add16(static_cast<std::uint16_t>((dst[i] << 8U) | dst[i + 1]));
    }
    sum.add16(proto);
    sum.add32(length);
}

void add_pseudo_header_v6(ChecksumSum& sum, const std::array<std::uint8_t, 16>& src,
                          const std::array<std::uint8_t, 16>& dst, std::uint8_t proto, std::uint32_t length) {
    for (std::size_t i = 0; i < 16; i += 2) {
        sum.add16(static_cast<std::uint16_t>((src[i] << 8U) | src[i + 1]));
        sum.add16(static_cast<std::uint16_t>((dst[i] << 8U) | dst[i + 1]));
    }
    sum.add32(length);
    sum.add16(proto);
}

Checksum verify_checksum(ChecksumSum sum, Bytes covered, std::uint16_t field_value) {
    sum.add(covered);
    Checksum result;
    result.value = field_value;
    bool ok = sum.folded() == 0xffffU;
    // The sum with the field counted as zero gives what the field should hold.
    ChecksumSum without = sum;
    without.add16(static_cast<std::uint16_t>(~field_value));
    result.expected = without.field_value();
    if (ok) result.expected = field_value;
    result.state = ok ? Checksum::State::correct : Checksum::State::incorrect;
    return result;
}

}  // namespace tapsniff
