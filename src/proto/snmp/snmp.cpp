// SNMP: tcpdump's text (print-snmp.c's asn1_print and the notes of its walk, -nn, default
// verbosity) from the decoder's pieces, and the fields tshark shows.
#include "proto/snmp/snmp.hpp"

#include <array>

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::array<const char*, 18> kUniversalNames{
    "U-0",  "Boolean", "Integer", "Bitstring", "String", "Null", "ObjID", "ObjectDes", "U-8",
    "U-9",  "U-10",    "U-11",    "U-12",      "U-13",   "U-14", "U-15",  "Sequence",  "Set"};
constexpr std::array<const char*, 7> kApplicationNames{"IpAddress", "Counter", "Gauge",    "TimeTicks",
                                                       "Opaque",    "C-5",     "Counter64"};
constexpr std::array<const char*, 9> kContextNames{"GetRequest", "GetNextRequest", "GetResponse",
                                                   "SetRequest", "Trap",           "GetBulk",
                                                   "Inform",     "V2Trap",         "Report"};
constexpr std::array<const char*, 3> kExceptionNames{"noSuchObject", "noSuchInstance", "endOfMibView"};
constexpr std::array<const char*, 19> kErrorStatus{
    "noError",    "tooBig",           "noSuchName",          "badValue",     "readOnly",
    "genErr",     "noAccess",         "wrongType",           "wrongLength",  "wrongEncoding",
    "wrongValue", "noCreation",       "inconsistentValue",   "resourceUnavailable",
    "commitFailed", "undoFailed",     "authorizationError",  "notWritable",  "inconsistentName"};
constexpr std::array<const char*, 7> kGenericTrap{"coldStart",   "warmStart",       "linkDown",          "linkUp",
                                                  "authenticationFailure", "egpNeighborLoss", "enterpriseSpecific"};

// The name of tag `id` in class `cls` (tcpdump's Class[cls].Id[id]; Private has only "P-0").
const char* tag_name(std::uint8_t cls, std::uint16_t id) {
    switch (cls) {
        case 0: return id < kUniversalNames.size() ? kUniversalNames[id] : "?";
        case 1: return id < kApplicationNames.size() ? kApplicationNames[id] : "?";
        case 2: return id < kContextNames.size() ? kContextNames[id] : "?";
        default: return id == 0 ? "P-0" : "?";
    }
}

void append_error_status(OutBuffer& out, std::int32_t e) {
    if (e >= 0 && static_cast<std::size_t>(e) < kErrorStatus.size()) text::append(out, kErrorStatus[e]);
    else TS_PUT(out, "err={}", static_cast<std::uint32_t>(e));
}

// asn1_print_octets: "_xx" per byte.
void append_octets(OutBuffer& out, Bytes raw) {
    for (std::byte b : raw) TS_PUT(out, "_{:02x}", static_cast<unsigned>(b));
}

// asn1_print_string: quoted when every byte is printable ASCII, else hex joined by '_'.
void append_string(OutBuffer& out, Bytes raw) {
    bool printable = true;
    for (std::byte b : raw) {
        const auto c = static_cast<unsigned>(b);
        if (c < 0x20 || c > 0x7e) {
            printable = false;
            break;
        }
    }
    if (printable) {
        out.push_back('"');
        for (std::byte b : raw) out.push_back(static_cast<char>(b));
        out.push_back('"');
        return;
    }
    bool first = true;
    for (std::byte b : raw) {
        TS_PUT(out, "{}{:02x}", first ? "" : "_", static_cast<unsigned>(b));
        first = false;
    }
}

// asn1_print of one element.
void append_element(OutBuffer& out, const BerElement& e) {
    switch (e.type) {
        case BerType::octet: append_octets(out, e.raw); break;
        case BerType::null: break;
        case BerType::oid: append_snmp_oid(out, e.raw); break;
        case BerType::integer: TS_PUT(out, "{}", e.integer); break;
        case BerType::uns: TS_PUT(out, "{}", e.uns); break;
        case BerType::uns64: TS_PUT(out, "{}", e.uns64); break;
        case BerType::str: append_string(out, e.raw); break;
        case BerType::seq: TS_PUT(out, "Seq({})", e.asnlen); break;
        case BerType::inetaddr: {
            if (e.asnlen != 4) text::append(out, "[inetaddr len!=4]");
            bool first = true;
            for (std::byte b : e.raw) {
                TS_PUT(out, "{}{}", first ? "" : ".", static_cast<unsigned>(b));
                first = false;
            }
            break;
        }
        case BerType::nosuchobject:
        case BerType::nosuchinst:
        case BerType::endofmibview:
            TS_PUT(out, "[{}]", e.id < kExceptionNames.size() ? kExceptionNames[e.id] : "?");
            break;
        case BerType::pdu: TS_PUT(out, "{}({})", tag_name(2, e.id), e.asnlen); break;
        case BerType::any: text::append(out, "[BE_ANY!?]"); break;
    }
}

void append_event(OutBuffer& out, const SnmpEvent& ev) {
    const auto a = static_cast<std::int32_t>(ev.a);
    switch (ev.piece) {
        case SnmpPiece::literal: text::append(out, ev.text); break;
        case SnmpPiece::element: append_element(out, ev.elem); break;
        case SnmpPiece::octets: append_octets(out, ev.elem.raw); break;
        case SnmpPiece::string: append_string(out, ev.elem.raw); break;
        case SnmpPiece::trunc: text::append_trunc(out, "snmp"); break;
        case SnmpPiece::asnlen_short: TS_PUT(out, "[asnlen? {}<{}]", a, static_cast<std::int32_t>(ev.b)); break;
        case SnmpPiece::len_lt_asnlen: TS_PUT(out, "[len{}<asnlen{}]", a, ev.b); break;
        case SnmpPiece::bad_id:
            // tcpdump's class names come from a macro that never expanded them: always "x".
            TS_PUT(out, "[id?{}/x/{}]", ev.b == 0 ? 'P' : 'C', a);
            break;
        case SnmpPiece::prim_universal: TS_PUT(out, "[P/U/{}]", tag_name(0, ev.elem.id)); break;
        case SnmpPiece::prim_application: TS_PUT(out, "[P/A/{}]", tag_name(1, ev.elem.id)); break;
        case SnmpPiece::prim_private: TS_PUT(out, "[P/x/{}]", tag_name(3, ev.elem.id)); break;
        case SnmpPiece::cons_universal: TS_PUT(out, "C/U/{}", tag_name(0, ev.elem.id)); break;
        case SnmpPiece::cons_other: TS_PUT(out, "C/x/{}", tag_name(ev.elem.cls, ev.elem.id)); break;
        case SnmpPiece::extra: TS_PUT(out, "[{} extra after {}]", a, ev.text); break;
        case SnmpPiece::bad_version: TS_PUT(out, "SNMP [version = {}]", a); break;
        case SnmpPiece::error_status_set:
            text::append(out, "[errorStatus(");
            append_error_status(out, a);
            text::append(out, ")!=0]");
            break;
        case SnmpPiece::bulk_n: TS_PUT(out, " N={}", a); break;
        case SnmpPiece::error_status:
            out.push_back(' ');
            append_error_status(out, a);
            break;
        case SnmpPiece::error_index_set: TS_PUT(out, "[errorIndex({})!=0]", a); break;
        case SnmpPiece::bulk_m: TS_PUT(out, " M={}", a); break;
        case SnmpPiece::error_index_alone: TS_PUT(out, "[errorIndex({}) w/o errorStatus]", a); break;
        case SnmpPiece::error_at: TS_PUT(out, "@{}", a); break;
        case SnmpPiece::error_index_zero: text::append(out, "[errorIndex==0]"); break;
        case SnmpPiece::generic_trap:
            if (a >= 0 && static_cast<std::size_t>(a) < kGenericTrap.size()) TS_PUT(out, " {}", kGenericTrap[a]);
            else TS_PUT(out, " gt={}", a);
            break;
        case SnmpPiece::specific_set: TS_PUT(out, "[specific-trap({})!=0]", a); break;
        case SnmpPiece::specific: TS_PUT(out, " s={}", a); break;
        case SnmpPiece::msg_flags_size: TS_PUT(out, "[msgFlags size {}]", a); break;
        case SnmpPiece::msg_flags_bad: TS_PUT(out, "[msgFlags=0x{:02X}]", a); break;
        case SnmpPiece::msg_flags:
            TS_PUT(out, "F={}{}{} ", (a & 1) != 0 ? "a" : "", (a & 2) != 0 ? "p" : "", (a & 4) != 0 ? "r" : "");
            break;
        case SnmpPiece::security_model: TS_PUT(out, "[security model {}]", a); break;
    }
}

void snmp_text(const TextContext& t, std::size_t index) {
    const SnmpLayer& s = *t.frame.get<SnmpLayer>(index);
    for (std::size_t i = 0; i < s.event_count; ++i) append_event(t.out, s.events[i]);
}

constexpr Field kVersion{"version", "version"};
constexpr Field kMsgVersion{"msgVersion", "msgVersion"};
constexpr Field kCommunity{"community", "community"};
constexpr Field kMsgId{"msgID", "msgID"};
constexpr Field kMsgMaxSize{"msgMaxSize", "msgMaxSize"};
constexpr Field kMsgFlags{"msgFlags", "msgFlags", 2};
constexpr Field kSecurityModel{"msgSecurityModel", "msgSecurityModel"};
constexpr Field kEngineBoots{"msgAuthoritativeEngineBoots", "msgAuthoritativeEngineBoots"};
constexpr Field kEngineTime{"msgAuthoritativeEngineTime", "msgAuthoritativeEngineTime"};
constexpr Field kUserName{"msgUserName", "msgUserName"};
constexpr Field kContextName{"contextName", "contextName"};
const char* pdu_name(std::uint64_t v) { return v < kContextNames.size() ? kContextNames[v] : nullptr; }
constexpr Field kData{"data", "data", 0, pdu_name};
constexpr Field kRequestId{"request_id", "request-id"};
constexpr Field kErrorStatusField{"error_status", "error-status"};
constexpr Field kErrorIndex{"error_index", "error-index"};
constexpr Field kEnterprise{"enterprise", "enterprise"};
constexpr Field kAgentAddr{"agent_addr", "agent-addr"};
constexpr Field kGenericTrapField{"generic_trap", "generic-trap"};
constexpr Field kSpecificTrap{"specific_trap", "specific-trap"};
constexpr Field kTimeStamp{"time_stamp", "time-stamp"};
constexpr Field kVarbinds{"variable_bindings", "VarBind"};
constexpr Field kName{"name", "Object Name"};

template <class W>
void oid_field(W& w, const Field& f, Bytes oid) {
    OutBuffer buf;
    append_snmp_oid(buf, oid, false);
    w.str(f, std::string_view(buf.data(), buf.size()));
}

}  // namespace

void append_snmp_oid(OutBuffer& out, Bytes oid, bool dot) {
    // tcpdump's loop, in its int arithmetic: base-128 sub-identifiers, the first one split in two.
    std::uint32_t o = 0;
    bool first = true;
    bool need_dot = dot;
    auto put = [&](std::uint32_t v) {
        if (need_dot) out.push_back('.');
        need_dot = true;
        text::append_uint(out, v);
    };
    for (std::byte byte : oid) {
        const auto b = static_cast<std::uint32_t>(byte);
        o = (o << 7U) + (b & 0x7fU);
        if ((b & 0x80U) != 0) continue;
        if (first) {
            first = false;
            std::int32_t s = static_cast<std::int32_t>(o) / 40;
            if (s > 2) s = 2;
            put(static_cast<std::uint32_t>(s));
            o = static_cast<std::uint32_t>(static_cast<std::int32_t>(o) - s * 40);
        }
        put(o);
        o = 0;
    }
}

template <class W>
void describe(const SnmpLayer& s, W& w) {
    if (s.has_version) w.num(s.version == 3 ? kMsgVersion : kVersion, static_cast<std::uint32_t>(s.version));
    if (s.has_community) w.wire_text(kCommunity, s.community);
    if (s.has_global) {
        w.num(kMsgId, static_cast<std::uint32_t>(s.msg_id));
        w.num(kMsgMaxSize, static_cast<std::uint32_t>(s.msg_max_size));
        w.num(kMsgFlags, s.msg_flags);
        w.num(kSecurityModel, static_cast<std::uint32_t>(s.security_model));
    }
    if (s.has_usm) {
        w.num(kEngineBoots, static_cast<std::uint32_t>(s.engine_boots));
        w.num(kEngineTime, static_cast<std::uint32_t>(s.engine_time));
        w.wire_text(kUserName, s.user_name);
    }
    if (s.has_scope) w.wire_text(kContextName, s.context_name);
    if (s.has_pdu) w.num(kData, s.pdu_type);
    if (s.has_request) {
        w.snum(kRequestId, s.request_id);
        w.snum(kErrorStatusField, s.error_status);
        w.snum(kErrorIndex, s.error_index);
    }
    if (s.has_trap) {
        oid_field(w, kEnterprise, s.enterprise);
        w.protocol_address(kAgentAddr, s.agent_addr, s.agent_addr.size() == 4);
        w.snum(kGenericTrapField, s.generic_trap);
        w.snum(kSpecificTrap, s.specific_trap);
        w.num(kTimeStamp, s.time_stamp);
    }
    if (s.varbind_count > 0) {
        w.begin_list(kVarbinds);
        for (const SnmpVarbind& vb : s.varbinds) {
            w.begin_item(kVarbinds);
            oid_field(w, kName, vb.name);
            w.end_item(kVarbinds);
        }
        w.end_list(kVarbinds);
    }
}

const Protocol SnmpLayer::protocol =
    make_protocol<SnmpLayer>("snmp", "snmp", "Simple Network Management Protocol", snmp_text);

}  // namespace tapsniff
