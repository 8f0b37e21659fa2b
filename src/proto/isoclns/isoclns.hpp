// OSI network layer protocols behind LLC SAP 0xfe (and ethertype 0xfefe), as tcpdump's
// isoclns_print reads them without -v: the NLPID, then CLNP (ISO 8473), ES-IS (ISO 9542) or
// IS-IS (ISO 10589) headers.
#pragma once

#include <array>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace nlpid {
inline constexpr std::uint8_t nullns = 0x00;
inline constexpr std::uint8_t q933 = 0x08;
inline constexpr std::uint8_t clnp = 0x81;
inline constexpr std::uint8_t esis = 0x82;
inline constexpr std::uint8_t isis = 0x83;
inline constexpr std::uint8_t ip6 = 0x8e;
inline constexpr std::uint8_t ip = 0xcc;
inline constexpr std::uint8_t ppp = 0xcf;
}  // namespace nlpid

inline constexpr std::uint8_t kLlcSapOsi = 0xfe;
inline constexpr std::uint16_t kEthertypeOsi = 0xfefe;

// The NLPID every OSI PDU starts with; tcpdump prints "OSI NLPID name (0x..): " before the PDU.
// No JSON object of its own: the PDU's layer follows it.
struct IsoclnsLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // on the wire, from the NLPID on
    std::uint8_t nlpid = 0;
    Bytes whole;               // the captured bytes from the NLPID on (printed in hex when unknown)
};

// Where the header checks of CLNP and ES-IS stopped, in the order tcpdump makes them.
enum class OsiStatus : std::uint8_t {
    ok,
    cut,              // " [|clnp]" / " [|esis]"
    no_header,        // ES-IS: "no header at all!"
    bad_version,      // "version N packet not supported"
    li_too_long,      // " length indicator(N) > PDU size (M)!"
    li_too_short,     // " length indicator N < min PDU size:" and the captured bytes
    li_no_addresses,  // CLNP: "li < size of fixed part of CLNP header and addresses"
};

struct ClnpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    OsiStatus status = OsiStatus::ok;
    std::uint8_t li = 0;       // length indicator: the header's length
    std::uint8_t version = 0;
    std::uint8_t lifetime = 0; // in units of 500 ms
    std::uint8_t type = 0;     // flags (top 3 bits) and PDU type
    std::uint16_t segment_length = 0;
    std::uint16_t checksum = 0;
    Bytes dst;                 // NSAP addresses as on the wire
    Bytes src;
    Bytes whole;               // from the NLPID on, captured (tcpdump dumps it after a bad header)
};

struct EsisLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    OsiStatus status = OsiStatus::ok;
    std::uint8_t li = 0;
    std::uint8_t version = 0;
    std::uint8_t type = 0;
    std::uint16_t holdtime = 0;
    std::uint16_t checksum = 0;
    Bytes whole;
};

// Where isis_print stopped, in its order.
enum class IsisStatus : std::uint8_t {
    ok,
    cut,                // " [|isis]"
    bad_version,        // "version N packet not supported" (and the PDU in hex)
    bad_id_length,      // "system ID length of N is not supported"
    bad_pdu_version,
    fixed_too_long,     // "fixed header length N > packet length M"
    fixed_too_short,    // "fixed header length N < minimum header size 8"
    max_area_255,       // "bad packet -- 255 areas"
    bogus_fixed_len,    // ", bogus fixed header length N should be M"
    pdu_cut,            // the PDU type's header was cut: " [|isis]" after the type
};

using IsisId = std::array<std::uint8_t, 8>;  // system id (6), node id (7) or LSP id (8)

struct IsisLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    IsisStatus status = IsisStatus::ok;
    std::uint8_t fixed_len = 0;
    std::uint8_t version = 0;
    std::uint8_t id_length = 0;
    std::uint8_t pdu_type = 0;
    std::uint8_t pdu_version = 0;
    std::uint8_t max_area = 0;
    // The PDU type's own header (IIH, LSP, CSNP, PSNP).
    std::uint8_t circuit_type = 0;
    IsisId source_id{};         // IIH: 6 bytes; CSNP/PSNP: 7
    std::uint16_t holding_time = 0;
    std::uint16_t pdu_len = 0;
    std::uint8_t priority = 0;  // LAN IIH
    IsisId lan_id{};            // LAN IIH: 7 bytes
    std::uint8_t circuit_id = 0;  // p2p IIH
    std::uint16_t lifetime = 0;   // LSP
    IsisId lsp_id{};
    std::uint32_t sequence = 0;
    std::uint16_t checksum = 0;
    std::uint8_t typeblock = 0;
    IsisId start_lsp_id{};        // CSNP
    IsisId end_lsp_id{};
    Bytes whole;
};

// From LLC (SAP 0xfe, UI): the PDU starts with its NLPID.
void decode_isoclns(Decoder& d, Bytes data, std::uint32_t wire_len);
// Ethertype 0xfefe: one byte, then the PDU (tcpdump's ethertype_print skips it).
void decode_isoclns_ethertype(Decoder& d, Bytes data, std::uint32_t wire_len);

void decode_clnp(Decoder& d, Bytes data, std::uint32_t wire_len);
void decode_esis(Decoder& d, Bytes data, std::uint32_t wire_len);
void decode_isis(Decoder& d, Bytes data, std::uint32_t wire_len);

namespace text {
// tcpdump's isonsap_string: "49.0001.1921.6800.1001.00".
void append_isonsap(OutBuffer& out, Bytes nsap);
// The captured bytes as "%02X" each (after "length indicator N < min PDU size:").
void append_upper_hex(OutBuffer& out, Bytes bytes);
}  // namespace text

}  // namespace tapsniff
