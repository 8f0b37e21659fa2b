// Appends big-endian fields to a reply being built, and the headers every reply shares.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "proto/ethernet/ethernet.hpp"
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
    // Ethernet's minimum: 60 bytes without the FCS; shorter frames are padded with zeros.
    void pad_to_minimum() {
        constexpr std::size_t kEthernetMinimum = 60;
        if (out_.size() < kEthernetMinimum) out_.resize(kEthernetMinimum, std::byte{0});
    }

private:
    std::vector<std::byte>& out_;
};

// Ethernet header of a reply: back to the sender, from the neighbour, in the request's VLANs.
inline void ethernet_header(FrameBuilder& f, const EthernetLayer& request, const MacAddress& from,
                            const MacAddress& to, std::uint16_t type) {
    f.bytes(to);
    f.bytes(from);
    for (const VlanTag& tag : request.vlans) {
        f.be16(tag.tpid);
        f.be16(tag.tci);
    }
    f.be16(type);
}

// The checksum field value of an ICMP / ICMPv6 message whose checksum field holds zero.
inline std::uint16_t icmp_checksum(Bytes message) {
    ChecksumSum sum;
    sum.add(message);
    return sum.field_value();
}
inline std::uint16_t icmp6_checksum(const Ipv6Address& src, const Ipv6Address& dst, Bytes message) {
    ChecksumSum sum;
    add_pseudo_header_v6(sum, src, dst, ipproto::icmpv6, static_cast<std::uint32_t>(message.size()));
    sum.add(message);
    return sum.field_value();
}

}  // namespace tapsniff
