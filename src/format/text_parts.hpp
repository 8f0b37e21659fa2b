// Small pieces of tcpdump's text shared by the per-protocol text printers.
#pragma once

#include <fmt/format.h>

#include "tapsniff/decoded.hpp"
#include "tapsniff/format.hpp"
#include "tapsniff/names.hpp"

namespace tapsniff::text {

inline void append(OutBuffer& out, std::string_view s) { out.append(s.data(), s.data() + s.size()); }

// aa:bb:cc:dd:ee:ff
inline void append_mac(OutBuffer& out, const MacAddress& mac) {
    fmt::format_to(std::back_inserter(out), "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", mac[0], mac[1],
                   mac[2], mac[3], mac[4], mac[5]);
}

// Dotted quad from exactly four bytes.
inline void append_ipv4(OutBuffer& out, Bytes four) {
    fmt::format_to(std::back_inserter(out), "{}.{}.{}.{}", byte_or_zero(four, 0), byte_or_zero(four, 1),
                   byte_or_zero(four, 2), byte_or_zero(four, 3));
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
        fmt::format_to(std::back_inserter(out), "{:02x}", static_cast<unsigned>(address[i]));
    }
}

// "ethertype IPv4 (0x0800)", "ethertype Unknown (0x1234)"
inline void append_ethertype(OutBuffer& out, std::uint16_t type) {
    const char* name = ethertype_name(type);
    fmt::format_to(std::back_inserter(out), "ethertype {} (0x{:04x})", name ? name : "Unknown", type);
}

// tcpdump's truncation mark, with its leading space.
inline void append_trunc(OutBuffer& out, std::string_view layer) {
    fmt::format_to(std::back_inserter(out), " [|{}]", layer);
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
