// Helpers shared by the unit tests: frames from hex, and the text/JSON a frame decodes to.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "tapsniff/decode.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff::test {

// "ff ff 08 06" or "ffff0806" -> bytes; spaces (and '_' or newlines) are ignored.
inline std::vector<std::byte> from_hex(std::string_view hex) {
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::vector<std::byte> out;
    int high = -1;
    for (char c : hex) {
        if (c == ' ' || c == '_' || c == '\n' || c == '\t') continue;
        int v = nibble(c);
        if (v < 0) throw std::invalid_argument("from_hex: not a hex digit");
        if (high < 0) {
            high = v;
        } else {
            out.push_back(static_cast<std::byte>((high << 4) | v));
            high = -1;
        }
    }
    if (high >= 0) throw std::invalid_argument("from_hex: odd number of digits");
    return out;
}

inline Bytes view(const std::vector<std::byte>& bytes) { return Bytes(bytes.data(), bytes.size()); }

// The first `caplen` bytes, as a capture cut short would hold them.
inline Bytes prefix(const std::vector<std::byte>& bytes, std::size_t caplen) {
    return view(bytes).first(caplen);
}

inline std::string to_string(const OutBuffer& buf) { return std::string(buf.data(), buf.size()); }

// Decoded frames own a large arena; tests keep one per call and return it by pointer-stable
// unique_ptr so that layer views stay valid.
inline std::unique_ptr<DecodedFrame> decode(Bytes bytes, std::uint32_t wire_len, bool verify_checksums = true,
                                            LinkType link = LinkType::ethernet) {
    auto frame = std::make_unique<DecodedFrame>();
    decode_frame(bytes, wire_len, link, DecodeOptions{verify_checksums}, *frame);
    return frame;
}
inline std::unique_ptr<DecodedFrame> decode(const std::vector<std::byte>& bytes) {
    return decode(view(bytes), static_cast<std::uint32_t>(bytes.size()));
}

// format_line's text for an Ethernet frame (default hex lines included unless told otherwise).
inline std::string line_of(Bytes bytes, std::uint32_t wire_len, bool default_hex = true) {
    auto frame = decode(bytes, wire_len);
    OutBuffer buf;
    format_line(*frame, default_hex, buf);
    return to_string(buf);
}
inline std::string line_of(const std::vector<std::byte>& bytes) {
    return line_of(view(bytes), static_cast<std::uint32_t>(bytes.size()));
}
inline std::string line_of(const std::vector<std::byte>& bytes, std::uint32_t wire_len) {
    return line_of(view(bytes), wire_len);
}

inline std::string json_of(Bytes bytes, std::uint32_t wire_len, std::uint64_t number = 1,
                           Timestamp ts = Timestamp{1732449600, 123456}) {
    auto frame = decode(bytes, wire_len);
    OutBuffer buf;
    format_json(*frame, number, ts, buf);
    return to_string(buf);
}
inline std::string json_of(const std::vector<std::byte>& bytes, std::uint64_t number = 1,
                           Timestamp ts = Timestamp{1732449600, 123456}) {
    return json_of(view(bytes), static_cast<std::uint32_t>(bytes.size()), number, ts);
}

inline std::string hex_of(Bytes bytes) {
    OutBuffer buf;
    format_hex_ascii(bytes, buf);
    return to_string(buf);
}

inline std::string summary_of(const std::vector<std::byte>& bytes) {
    auto frame = decode(bytes);
    OutBuffer buf;
    format_summary(*frame, buf);
    return to_string(buf);
}

// Real frames used across the tests, as Linux and common switches put them on the wire.
namespace frames {

// ARP request from a Linux host (172.17.0.2 asks for 172.17.0.1); 42 bytes, no padding.
inline constexpr std::string_view kArpRequest =
    "ffffffffffff 0242ac110002 0806"
    "0001 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001";

// The reply from 172.17.0.1; 42 bytes.
inline constexpr std::string_view kArpReply =
    "0242ac110002 02420f3c5a01 0806"
    "0001 0800 06 04 0002 02420f3c5a01 ac110001 0242ac110002 ac110002";

// RARP request (RFC 903): "who am I", padded to 60 bytes.
inline constexpr std::string_view kRarpRequest =
    "ffffffffffff 525400123456 8035"
    "0001 0800 06 04 0003 525400123456 00000000 525400123456 00000000"
    "000000000000000000000000000000000000";

// RARP reply: 52:54:00:12:34:56 is 192.168.0.10; 60 bytes.
inline constexpr std::string_view kRarpReply =
    "525400123456 52540000aaaa 8035"
    "0001 0800 06 04 0004 52540000aaaa c0a80001 525400123456 c0a8000a"
    "000000000000000000000000000000000000";

// 802.1ad outer tag (vlan 100) and 802.1Q inner tag (vlan 10, p 5) around the ARP request; 50 bytes.
inline constexpr std::string_view kQinqArp =
    "ffffffffffff 0242ac110002 88a8 0064 8100 a00a 0806"
    "0001 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001";

// One 802.1Q tag with p 3, DEI set, vlan 100; 46 bytes.
inline constexpr std::string_view kVlanDeiArp =
    "ffffffffffff 020000000001 8100 7064 0806"
    "0001 0800 06 04 0001 020000000001 0a000001 000000000000 0a000002";

// 802.3 frame to the STP multicast address: LLC TEST response (dsap 0x42, ssap 0x43, U 0xf3),
// 802.3 length 17, padded to 60 bytes.
inline constexpr std::string_view kStpTest =
    "0180c2000000 001b213a4f10 0011 42 43 f3 000102030405060708090a0b0c0d0e"
    "00000000000000000000000000000000000000000000000000000000";

// A real STP configuration BPDU (802.3 length 38, LLC 42 42 03, 35-byte BPDU); 60 bytes.
inline constexpr std::string_view kStpBpdu =
    "0180c2000000 001b213a4f10 0026 42 42 03"
    "0000 00 00 00 8000001b213a4f10 00000000 8000001b213a4f10 8001 0000 1400 0200 0f00"
    "0000000000000000";

// RFC 1042 SNAP (aa aa 03, OUI 0, ethertype ARP) around the ARP request; 802.3 length 36, 52 bytes.
inline constexpr std::string_view kSnapArp =
    "ffffffffffff 0242ac110002 0024 aa aa 03 000000 0806"
    "0001 0800 06 04 0001 0242ac110002 ac110002 000000000000 ac110001 0000";

// ARP with an operation tcpdump has no name for (7); 42 bytes.
inline constexpr std::string_view kArpUnknownOp =
    "ffffffffffff 0242ac110002 0806"
    "0001 0800 06 04 0007 0242ac110002 ac110002 000000000000 ac110001";

// An ethertype nobody decodes (0x88b5, local experimental) with 40 payload bytes; 54 bytes.
inline constexpr std::string_view kUnknownEthertype =
    "ffffffffffff 0242ac110002 88b5"
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627";

// ICMP echo request in IPv4 and in IPv6 (only their Ethernet part is tested here).
inline constexpr std::string_view kIpv4Echo =
    "0242ac110001 0242ac110002 0800 4500001c0001000040017cdcac110002ac11000108004d5600010001";
inline constexpr std::string_view kIpv6Echo =
    "333300000001 0242ac110002 86dd"
    "6000000000083a40fe800000000000000000000000000001ff020000000000000000000000000001"
    "8000000000010001";

}  // namespace frames

inline std::vector<std::byte> frame(std::string_view hex) { return from_hex(hex); }

}  // namespace tapsniff::test
