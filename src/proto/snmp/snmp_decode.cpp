// SNMP decoder: the walk of tcpdump's snmp_print over a message (print-snmp.c, -nn, default
// verbosity): v1/v2c community messages, v3 messages with USM, PDUs, traps and varbinds.
#include "proto/snmp/snmp_walk.hpp"

namespace tapsniff {
namespace snmp_detail {

void SnmpWalk::message(std::uint32_t length) {
    lit(" ");
    BerElement elem;
    int count = 0;
    if (!expect(0, length, elem, count, BerType::seq, "[!init SEQ]")) return;
    if (static_cast<std::uint32_t>(count) < length) piece(SnmpPiece::extra, length - count, 0, "iSEQ");
    length = elem.asnlen;
    std::size_t pos = elem.at;

    if (!expect(pos, length, elem, count, BerType::integer, "[version!=INT]")) return;
    const std::int32_t version = elem.integer;
    if (version != kVersion1 && version != kVersion2c && version != kVersion3) {
        piece(SnmpPiece::bad_version, version);
        d_.bad("snmp: unknown version");
        return;
    }
    s_.has_version = true;
    s_.version = version;
    length -= count;
    pos += count;
    if (version == kVersion3) v3msg(pos, length);
    else community(pos, length, version);
}

void SnmpWalk::community(std::size_t pos, std::uint32_t length, std::int32_t version) {
    BerElement elem;
    int count = 0;
    if (!expect(pos, length, elem, count, BerType::str, "[comm!=STR]")) return;
    s_.has_community = true;
    s_.community = elem.raw;
    // The default community is not printed.
    static constexpr std::array<std::uint8_t, 6> kPublic{'p', 'u', 'b', 'l', 'i', 'c'};
    bool is_public = elem.raw.size() == kPublic.size();
    for (std::size_t i = 0; is_public && i < kPublic.size(); ++i) {
        is_public = static_cast<std::uint8_t>(elem.raw[i]) == kPublic[i];
    }
    if (!is_public) {
        lit("C=");
        print(elem, SnmpPiece::string);
        lit(" ");
    }
    length -= count;
    pos += count;
    pdu(pos, length, version);
}

void SnmpWalk::v3msg(std::size_t pos, std::uint32_t length) {
    const std::size_t xpos = pos;
    const std::uint32_t xlength = length;
    BerElement elem;
    int count = 0;
    if (!expect(pos, length, elem, count, BerType::seq, "[!message]")) return;
    length = elem.asnlen;
    pos = elem.at;

    if (!expect(pos, length, elem, count, BerType::integer, "[msgID!=INT]")) return;
    s_.msg_id = elem.integer;
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::integer, "[msgMaxSize!=INT]")) return;
    s_.msg_max_size = elem.integer;
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::str, "[msgFlags!=STR]")) return;
    if (elem.asnlen != 1) {
        piece(SnmpPiece::msg_flags_size, elem.asnlen);
        d_.bad("snmp: msgFlags not one byte");
        return;
    }
    const auto flags = static_cast<std::uint8_t>(elem.raw[0]);
    if (flags != 0x00 && flags != 0x01 && flags != 0x03 && flags != 0x04 && flags != 0x05 && flags != 0x07) {
        piece(SnmpPiece::msg_flags_bad, flags);
        d_.bad("snmp: bad msgFlags");
        return;
    }
    s_.msg_flags = flags;
    length -= count;
    pos += count;
    piece(SnmpPiece::msg_flags, flags);

    if (!expect(pos, length, elem, count, BerType::integer, "[msgSecurityModel!=INT]")) return;
    const std::int32_t model = elem.integer;
    s_.security_model = model;
    s_.has_global = true;
    length -= count;
    pos += count;
    if (static_cast<std::uint32_t>(count) < length) piece(SnmpPiece::extra, length - count, 0, "message SEQ");
    if (model != 3) {
        piece(SnmpPiece::security_model, model);
        return;
    }
    // On from the end of msgGlobalData, in the whole message.
    length = xlength - static_cast<std::uint32_t>(pos - xpos);

    if (!expect(pos, length, elem, count, BerType::str, "[msgSecurityParameters!=STR]")) return;
    length -= count;
    pos += count;
    usm(elem.at, elem.asnlen);
    // Whatever usm_print printed, tcpdump goes on with the scoped PDU.
    if (!aborted_ && !s_.events_overflow) stopped_ = false;
    scoped_pdu(pos, length, kVersion3);
}

void SnmpWalk::usm(std::size_t pos, std::uint32_t length) {
    BerElement elem;
    int count = 0;
    if (!expect(pos, length, elem, count, BerType::seq, "[!usm]")) return;
    length = elem.asnlen;
    pos = elem.at;
    if (!expect(pos, length, elem, count, BerType::str, "[msgAuthoritativeEngineID!=STR]")) return;
    s_.engine_id = elem.raw;
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::integer, "[msgAuthoritativeEngineBoots!=INT]")) return;
    s_.engine_boots = elem.integer;
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::integer, "[msgAuthoritativeEngineTime!=INT]")) return;
    s_.engine_time = elem.integer;
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::str, "[msgUserName!=STR]")) return;
    s_.user_name = elem.raw;
    s_.has_usm = true;
    length -= count;
    pos += count;
    lit("U=");
    print(elem, SnmpPiece::string);
    lit(" ");
    if (!expect(pos, length, elem, count, BerType::str, "[msgAuthenticationParameters!=STR]")) return;
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::str, "[msgPrivacyParameters!=STR]")) return;
    length -= count;
    if (static_cast<std::uint32_t>(count) < length) piece(SnmpPiece::extra, length - count, 0, "usm SEQ");
}

void SnmpWalk::scoped_pdu(std::size_t pos, std::uint32_t length, std::int32_t version) {
    BerElement elem;
    int count = 0;
    if (!expect(pos, length, elem, count, BerType::seq, "[!scoped PDU]")) return;
    length = elem.asnlen;
    pos = elem.at;
    if (!expect(pos, length, elem, count, BerType::str, "[contextEngineID!=STR]")) return;
    s_.context_engine_id = elem.raw;
    length -= count;
    pos += count;
    lit("E=");
    print(elem, SnmpPiece::octets);
    lit(" ");
    if (!expect(pos, length, elem, count, BerType::str, "[contextName!=STR]")) return;
    s_.context_name = elem.raw;
    s_.has_scope = true;
    length -= count;
    pos += count;
    lit("C=");
    print(elem, SnmpPiece::string);
    lit(" ");
    pdu(pos, length, version);
}

void SnmpWalk::pdu(std::size_t pos, std::uint32_t length, std::int32_t version) {
    BerElement elem;
    const int count = parse(pos, length, elem);
    if (count < 0) return;
    if (elem.type != BerType::pdu) {
        lit("[no PDU]");
        d_.bad("snmp: no PDU");
        return;
    }
    if (static_cast<std::uint32_t>(count) < length) piece(SnmpPiece::extra, length - count, 0, "PDU");
    print(elem);
    lit(" ");
    s_.has_pdu = true;
    s_.pdu_type = elem.id;
    length = elem.asnlen;
    pos = elem.at;
    const std::uint16_t id = elem.id;
    if (version == kVersion1 && (id == kGetBulk || id == kInform || id == kV2Trap || id == kReport)) {
        lit("[v2 PDU in v1 message]");
        return;
    }
    if (version == kVersion2c && id == kTrap) {
        lit("[v1 PDU in v2 message]");
        return;
    }
    if (id == kTrap) trap_pdu(pos, length);
    else if (id <= kReport) request_pdu(id, pos, length);
}

void SnmpWalk::request_pdu(std::uint16_t pdu_id, std::size_t pos, std::uint32_t length) {
    BerElement elem;
    int count = 0;
    if (!expect(pos, length, elem, count, BerType::integer, "[reqId!=INT]")) return;
    s_.request_id = elem.integer;
    length -= count;
    pos += count;

    const bool strict = pdu_id == kGetRequest || pdu_id == kGetNextRequest || pdu_id == kSetRequest ||
                        pdu_id == kInform || pdu_id == kV2Trap || pdu_id == kReport;
    if (!expect(pos, length, elem, count, BerType::integer, "[errorStatus!=INT]")) return;
    s_.error_status = elem.integer;
    std::int32_t error_status = 0;
    if (strict && elem.integer != 0) {
        piece(SnmpPiece::error_status_set, elem.integer);
    } else if (pdu_id == kGetBulk) {
        piece(SnmpPiece::bulk_n, elem.integer);
    } else if (elem.integer != 0) {
        piece(SnmpPiece::error_status, elem.integer);
        error_status = elem.integer;
    }
    length -= count;
    pos += count;

    if (!expect(pos, length, elem, count, BerType::integer, "[errorIndex!=INT]")) return;
    s_.error_index = elem.integer;
    s_.has_request = true;
    if (strict && elem.integer != 0) piece(SnmpPiece::error_index_set, elem.integer);
    else if (pdu_id == kGetBulk) piece(SnmpPiece::bulk_m, elem.integer);
    else if (elem.integer != 0) piece(error_status == 0 ? SnmpPiece::error_index_alone : SnmpPiece::error_at, elem.integer);
    else if (error_status != 0) piece(SnmpPiece::error_index_zero);
    length -= count;
    pos += count;
    varbinds(pdu_id, pos, length);
}

void SnmpWalk::trap_pdu(std::size_t pos, std::uint32_t length) {
    BerElement elem;
    int count = 0;
    lit(" ");
    if (!expect(pos, length, elem, count, BerType::oid, "[enterprise!=OID]")) return;
    s_.enterprise = elem.raw;
    print(elem);
    length -= count;
    pos += count;
    lit(" ");
    if (!expect(pos, length, elem, count, BerType::inetaddr, "[agent-addr!=INETADDR]")) return;
    s_.agent_addr = elem.raw;
    print(elem);
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::integer, "[generic-trap!=INT]")) return;
    const std::int32_t generic = elem.integer;
    s_.generic_trap = generic;
    piece(SnmpPiece::generic_trap, generic);
    length -= count;
    pos += count;
    if (!expect(pos, length, elem, count, BerType::integer, "[specific-trap!=INT]")) return;
    s_.specific_trap = elem.integer;
    if (generic != kGenericEnterprise) {
        if (elem.integer != 0) piece(SnmpPiece::specific_set, elem.integer);
    } else {
        piece(SnmpPiece::specific, elem.integer);
    }
    length -= count;
    pos += count;
    lit(" ");
    if (!expect(pos, length, elem, count, BerType::uns, "[time-stamp!=TIMETICKS]")) return;
    s_.time_stamp = elem.uns;
    s_.has_trap = true;
    print(elem);
    length -= count;
    pos += count;
    varbinds(kTrap, pos, length);
}

void SnmpWalk::varbinds(std::uint16_t pdu_id, std::size_t pos, std::uint32_t length) {
    BerElement elem;
    int count = 0;
    if (!expect(pos, length, elem, count, BerType::seq, "[!SEQ of varbind]")) return;
    if (static_cast<std::uint32_t>(count) < length) piece(SnmpPiece::extra, length - count, 0, "SEQ of varbind");
    length = elem.asnlen;
    pos = elem.at;
    const bool read = pdu_id == kGetRequest || pdu_id == kGetNextRequest || pdu_id == kGetBulk;
    // Each varbind takes at least two bytes of `length`; the count caps it besides.
    for (std::size_t n = 0; length != 0 && n < kMaxVarbinds && !stopped_; ++n) {
        lit(" ");
        if (!expect(pos, length, elem, count, BerType::seq, "[!varbind]")) return;
        const std::size_t vbend = pos + static_cast<std::size_t>(count);
        const std::uint32_t vblength = length - static_cast<std::uint32_t>(count);
        length = elem.asnlen;
        pos = elem.at;
        if (!expect(pos, length, elem, count, BerType::oid, "[objName!=OID]")) return;
        ++s_.varbind_count;
        if (SnmpVarbind* vb = s_.varbinds.add()) vb->name = elem.raw;
        print(elem);
        length -= count;
        pos += count;
        if (!read) lit("=");
        count = parse(pos, length, elem);
        if (count < 0) return;
        if (elem.type != BerType::null) {
            if (read) lit("[objVal!=NULL]");
            print(elem);
        }
        length = vblength;
        pos = vbend;
    }
}

}  // namespace snmp_detail

void decode_snmp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* snmp = d.frame.add<SnmpLayer>(Presence::partial);
    if (snmp == nullptr) return;
    snmp_detail::SnmpWalk walk(d, *snmp, data);
    walk.message(wire_len);
    if (snmp->has_version) {
        d.frame.set_presence(d.frame.truncated != nullptr ? Presence::truncated
                             : d.frame.malformed != nullptr ? Presence::malformed
                                                            : Presence::complete);
    }
}

}  // namespace tapsniff
