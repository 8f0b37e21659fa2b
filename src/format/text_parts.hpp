// Small pieces of tcpdump's text shared by the per-protocol text printers.
#pragma once

#include <fmt/compile.h>
#include <fmt/format.h>

#include "tapsniff/decoded.hpp"
#include "tapsniff/format.hpp"
#include "tapsniff/names.hpp"

// Appends formatted text to an OutBuffer with the format compiled at build time: the hot path
// of every line, where parsing a format string per call cost more than the decoding itself.
#define TS_PUT(out, format, ...) fmt::format_to(fmt::appender(out), FMT_COMPILE(format) __VA_OPT__(, ) __VA_ARGS__)

namespace tapsniff::text {

inline void append(OutBuffer& out, std::string_view s) { out.append(s.data(), s.data() + s.size()); }

// aa:bb:cc:dd:ee:ff
void append_mac(OutBuffer& out, const MacAddress& mac);

// Dotted quad from four bytes (missing bytes print as 0).
void append_ipv4(OutBuffer& out, Bytes four);
void append_ipv4(OutBuffer& out, const std::array<std::uint8_t, 4>& a);

// RFC 5952 text exactly as glibc's inet_ntop writes it (tcpdump prints with inet_ntop).
void append_ipv6(OutBuffer& out, const std::array<std::uint8_t, 16>& a);

// An unsigned number in decimal.
inline void append_uint(OutBuffer& out, std::uint64_t v) {
    fmt::format_int text(v);
    out.append(text.data(), text.data() + text.size());
}

// tcpdump's linkaddr_string for Ethernet-style addresses: a MAC when 6 bytes, "<empty>" when
// none, otherwise lowercase hex octets joined by ':'.
inline void append_link_address(OutBuffer& out, Bytes address) {
    if (address.empty()) {
        append(out, "<empty>");
        return;
    }
    for (std::size_t i = 0; i < address.size(); ++i) {
        if (i != 0) out.push_back(':');
        fmt::format_to(fmt::appender(out), FMT_COMPILE("{:02x}"), static_cast<unsigned>(address[i]));
    }
}

// "ethertype IPv4 (0x0800)", "ethertype Unknown (0x1234)"
inline void append_ethertype(OutBuffer& out, std::uint16_t type) {
    // The types on nearly every line, ready-made.
    switch (type) {
        case 0x0800: append(out, "ethertype IPv4 (0x0800)"); return;
        case 0x86dd: append(out, "ethertype IPv6 (0x86dd)"); return;
        case 0x0806: append(out, "ethertype ARP (0x0806)"); return;
        case 0x8100: append(out, "ethertype 802.1Q (0x8100)"); return;
        default: break;
    }
    const char* name = ethertype_name(type);
    fmt::format_to(fmt::appender(out), FMT_COMPILE("ethertype {} (0x{:04x})"), name ? name : "Unknown", type);
}

// tcpdump's truncation mark, with its leading space.
inline void append_trunc(OutBuffer& out, std::string_view layer) {
    fmt::format_to(fmt::appender(out), FMT_COMPILE(" [|{}]"), layer);
}

// Per-protocol printers of the text after the link-layer header.
void arp_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out);
void llc_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out);
// IPv4/IPv6 and above: the text after "ethertype IPv4 (0x0800), length N: ".
void ip_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out);
// Prints the payload an ethertype announces; false if tapsniff does not decode that type.
bool ethertype_text(std::uint16_t type, const DecodedFrame& frame, bool default_hex, OutBuffer& out);
void payload_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out);

}  // namespace tapsniff::text
