// SNMP (RFC 1157, 3416, 3412; UDP 161/162), decoded with tcpdump's own BER reading (print-snmp.c).
//
// tcpdump prints SNMP as it parses, and where a BER length or type makes no sense it prints a
// note and stops. The decoder follows that walk and records what tcpdump would print, piece by
// piece (SnmpPiece, in the frame's arena); the printer turns the pieces into text. The values
// tshark shows are kept alongside for JSON and the tree.
#pragma once

#include <cstdint>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kSnmpPort = 161;
inline constexpr std::uint16_t kSnmpTrapPort = 162;

// tcpdump's BE_* kinds of a parsed BER element.
enum class BerType : std::uint8_t {
    any, null, octet, oid, integer, uns, str, seq, inetaddr, pdu, uns64, nosuchobject, nosuchinst, endofmibview,
};

// One BER element as tcpdump's asn1_parse leaves it.
struct BerElement {
    std::uint32_t asnlen = 0;
    std::uint16_t id = 0;
    std::uint8_t form = 0;
    std::uint8_t cls = 0;
    BerType type = BerType::any;
    std::int32_t integer = 0;   // integer
    std::uint32_t uns = 0;      // Counter, Gauge, TimeTicks
    std::uint64_t uns64 = 0;    // Counter64
    Bytes raw;                  // the contents (captured whole before a value is used)
    std::size_t at = 0;         // where the contents start in the SNMP message
};

// What tcpdump prints, in order. `a`, `b` are the numbers a piece shows.
enum class SnmpPiece : std::uint8_t {
    literal,          // `text`
    element,          // asn1_print(elem)
    octets,           // asn1_print_octets(elem)
    string,           // asn1_print_string(elem)
    trunc,            // " [|snmp]"
    asnlen_short,     // "[asnlen? a<b]"
    len_lt_asnlen,    // "[len a<asnlen b]"
    bad_id,           // "[id?F/x/a]" (form in b)
    prim_universal,   // "[P/U/name]"
    prim_application, // "[P/A/name]"
    prim_private,     // "[P/x/P-0]"
    cons_universal,   // "C/U/name"
    cons_other,       // "C/x/name" (class in b)
    extra,            // "[a extra after `text`]"
    bad_version,      // "SNMP [version = a]"
    error_status_set, // "[errorStatus(name)!=0]"
    bulk_n,           // " N=a"
    error_status,     // " name"
    error_index_set,  // "[errorIndex(a)!=0]"
    bulk_m,           // " M=a"
    error_index_alone,// "[errorIndex(a) w/o errorStatus]"
    error_at,         // "@a"
    error_index_zero, // "[errorIndex==0]"
    generic_trap,     // " name"
    specific_set,     // "[specific-trap(a)!=0]"
    specific,         // " s=a"
    msg_flags_size,   // "[msgFlags size a]"
    msg_flags_bad,    // "[msgFlags=0xA]"
    msg_flags,        // "F=apr "
    security_model,   // "[security model a]"
};

struct SnmpEvent {
    SnmpPiece piece = SnmpPiece::literal;
    const char* text = nullptr;
    std::int64_t a = 0;
    std::uint32_t b = 0;
    BerElement elem;
};

struct SnmpVarbind {
    Bytes name;  // OID contents
};

struct SnmpLayer {
    static const Protocol protocol;

    const SnmpEvent* events = nullptr;  // in the frame's arena, contiguous
    std::size_t event_count = 0;

    // What tshark shows; each only when it was read.
    bool has_version = false;
    std::int32_t version = 0;
    bool has_community = false;
    Bytes community;
    bool has_pdu = false;
    std::uint16_t pdu_type = 0;  // the context tag: 0 GetRequest ... 8 Report
    bool has_request = false;     // request-id, error-status and error-index
    std::int32_t request_id = 0;
    std::int32_t error_status = 0;
    std::int32_t error_index = 0;
    bool has_trap = false;         // an SNMPv1 Trap-PDU's header
    Bytes enterprise;
    Bytes agent_addr;
    std::int32_t generic_trap = 0;
    std::int32_t specific_trap = 0;
    std::uint32_t time_stamp = 0;
    // SNMPv3
    bool has_global = false;
    std::int32_t msg_id = 0;
    std::int32_t msg_max_size = 0;
    std::uint8_t msg_flags = 0;
    std::int32_t security_model = 0;
    bool has_usm = false;
    Bytes engine_id;
    std::int32_t engine_boots = 0;
    std::int32_t engine_time = 0;
    Bytes user_name;
    bool has_scope = false;
    Bytes context_engine_id;
    Bytes context_name;
    std::size_t varbind_count = 0;           // all of them
    FixedVec<SnmpVarbind, 64> varbinds;      // the first ones' names
    bool events_overflow = false;            // the arena ran out: the text stops there
};

void decode_snmp(Decoder& d, Bytes data, std::uint32_t wire_len);

// tcpdump's OID text with -nn: ".1.3.6.1.2.1.1.1.0" (`dot` false: tshark's "1.3.6.1.2.1.1.1.0").
void append_snmp_oid(OutBuffer& out, Bytes oid, bool dot = true);

}  // namespace tapsniff
