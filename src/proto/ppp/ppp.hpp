// PPP (RFC 1661) as tcpdump's print-ppp.c prints it at default verbosity: the protocol field,
// the headers of the control protocols (LCP, IPCP, IPV6CP, CCP ...), CHAP and PAP, MLPPP, then IP.
#pragma once

#include <string_view>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace pppproto {
inline constexpr std::uint16_t ip = 0x0021;
inline constexpr std::uint16_t osi = 0x0023;
inline constexpr std::uint16_t ipx = 0x002b;
inline constexpr std::uint16_t vjnc = 0x002f;
inline constexpr std::uint16_t ml = 0x003d;
inline constexpr std::uint16_t ipv6 = 0x0057;
inline constexpr std::uint16_t comp = 0x00fd;
inline constexpr std::uint16_t mpls_unicast = 0x0281;
inline constexpr std::uint16_t mpls_multicast = 0x0283;
inline constexpr std::uint16_t ipcp = 0x8021;
inline constexpr std::uint16_t osicp = 0x8023;
inline constexpr std::uint16_t ipv6cp = 0x8057;
inline constexpr std::uint16_t ccp = 0x80fd;
inline constexpr std::uint16_t mplscp = 0x8281;
inline constexpr std::uint16_t lcp = 0xc021;
inline constexpr std::uint16_t pap = 0xc023;
inline constexpr std::uint16_t chap = 0xc223;
inline constexpr std::uint16_t bacp = 0xc02b;
inline constexpr std::uint16_t bap = 0xc02d;
}  // namespace pppproto

// tcpdump's ppptype2str name, or nullptr ("unknown": tcpdump prints no more with -e).
const char* ppp_protocol_name(std::uint16_t proto);

enum class PppDirection : std::uint8_t { none, in, out };  // DLT_PPP_PPPD's 0x00/0x01 address bytes

// What tcpdump's handle_ppp does with the protocol.
enum class PppBody : std::uint8_t {
    none,       // no protocol (cut), or one tcpdump has no name for
    control,    // LCP, IPCP, OSICP, MPLSCP, IPV6CP, CCP, BACP: handle_ctrl_proto
    mlppp,
    chap,
    pap,
    bap,        // prints nothing
    network,    // IP, IPv6, MPLS: the next layer (or IPX/OSI, which tapsniff leaves undecoded)
    compressed, // "compressed PPP data"
    other,      // a named protocol without a printer: its name and the payload in hex
};

// How far a control, CHAP or PAP header could be read; the text stops where tcpdump stops.
enum class PppStop : std::uint8_t {
    done,
    short_packet,  // fewer bytes on the wire than the header: "[|LCP]", "[|chap]", "[|pap]", "[|mlppp]"
    short_code,    // CHAP/PAP with 1-3 bytes: "[|chap 0xNN]"
    cut,           // the capture ended in the middle: " [|ppp]" (tcpdump's GET_ longjmp)
    length_over,   // PAP: ", length N > packet size"
    length_under,  // PAP: ", length N < PAP header length"
    pap_short,     // PAP request shorter than 6 / ack shorter than 5: "[|pap]"
};

// A string tcpdump prints character by character (CHAP name, PAP peer ...), as captured.
struct PppText {
    bool present = false;   // tcpdump got as far as printing its label
    Bytes bytes;            // what was captured of it
    std::string_view chars; // the same as characters, in the frame's arena (for JSON)
};

struct PppControl {
    std::uint8_t code = 0;
    std::uint8_t id = 0;
    std::uint16_t length = 0;       // the header's own length field (JSON, tree)
    bool has_code = false, has_id = false, has_length = false;
    PppStop stop = PppStop::done;
    PppText value;                  // CHAP challenge/response value (printed in hex)
    PppText name;                   // CHAP name / PAP password ("Name")
    PppText peer;                   // PAP peer id
    PppText message;                // CHAP success/failure, PAP ack/nak message
    std::uint16_t ml_seq = 0;       // MLPPP
    std::uint8_t ml_flags = 0;
};

struct PppLayer {
    static const Protocol protocol;

    bool after_ethertype = false;   // Ethernet type 0x880b: tcpdump prints ": " first, nothing if empty
    PppDirection direction = PppDirection::none;
    bool address_control = false;   // ff 03 (or the direction bytes) before the protocol
    bool has_proto = false;
    std::uint16_t proto = 0;
    bool pfc = false;               // a one-byte (compressed) protocol field
    bool cut = false;               // the header itself was cut: " [|ppp]"
    std::uint32_t length = 0;       // bytes of PPP on the wire (tcpdump's "length")
    PppBody body = PppBody::none;
    PppControl control;
    Bytes payload;                  // the captured bytes after the protocol field
    std::uint32_t payload_len = 0;  // the bytes after it on the wire
};

void decode_ppp(Decoder& d, Bytes data, std::uint32_t wire_len);
// PPP right after an Ethernet header (type 0x880b).
void decode_ppp_ethertype(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
