// What a decoder works with: the frame being filled, the options of this run, and the one
// dispatch table that says which decoder comes next (src/proto/dispatch.cpp).
#pragma once

#include <cstdint>

#include "proto/numbers.hpp"
#include "tapsniff/cursor.hpp"
#include "tapsniff/decode.hpp"
#include "tapsniff/decoded.hpp"

namespace tapsniff {

struct Decoder {
    DecodedFrame& frame;
    const DecodeOptions& options;

    // The frame-level notes behind JSON's "truncated" and "malformed" (the last one wins).
    void cut(const char* mark) const { frame.truncated = mark; }
    void bad(const char* reason) const { frame.malformed = reason; }
};

// Every decoder has this shape: the bytes captured from its header on (cut at what the layer
// below says belongs to it) and how many bytes of it were on the wire.
using DecodeFn = void (*)(Decoder& d, Bytes data, std::uint32_t wire_len);

// The dispatch table, one function per kind of "next protocol" field. Each returns false when no
// decoder is registered for the value (the caller then prints what tcpdump prints for it).
bool decode_ethertype(Decoder& d, std::uint16_t type, Bytes data, std::uint32_t wire_len);
bool decode_ip_protocol(Decoder& d, std::uint8_t protocol, Bytes data, std::uint32_t wire_len);
bool has_ethertype_decoder(std::uint16_t type);
// The information field of an LLC UI frame whose DSAP and SSAP are both `sap` (tcpdump's llc_print
// hands those to stp_print, isoclns_print ...); `data` starts after the LLC header.
bool decode_llc_sap(Decoder& d, std::uint8_t sap, Bytes data, std::uint32_t wire_len);
// What follows a SNAP header, by OUI and protocol id, in the order of tcpdump's snap_print.
bool decode_snap(Decoder& d, std::uint32_t oui, std::uint16_t pid, Bytes data, std::uint32_t wire_len);
// A GRE payload by its protocol type (tcpdump's gre_print_0 / gre_print_1 switches), and a PPP
// payload by its protocol field (handle_ppp's network protocols).
bool decode_gre_payload(Decoder& d, std::uint8_t version, std::uint16_t proto, Bytes data, std::uint32_t wire_len);
bool decode_ppp_protocol(Decoder& d, std::uint16_t proto, Bytes data, std::uint32_t wire_len);
// The payload of a UDP datagram or a TCP segment, by port, in the order of tcpdump's udp_print and
// tcp_print: the first row whose port (source, destination or either) matches takes it.
// `data` is what was captured of the payload, `wire_len` its length per the UDP/TCP header.
bool decode_udp_payload(Decoder& d, std::uint16_t sport, std::uint16_t dport, Bytes data, std::uint32_t wire_len);
bool decode_tcp_payload(Decoder& d, std::uint16_t sport, std::uint16_t dport, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
