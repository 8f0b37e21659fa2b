// IGMP: decoder and fields (the tcpdump text is in igmp_text.cpp).
#include "proto/igmp/igmp.hpp"

#include <algorithm>

#include "proto/dvmrp/dvmrp.hpp"
#include "proto/ip/ip.hpp"
#include "proto/pim/pim.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 8;
constexpr std::size_t kV3QueryLen = 12;
constexpr std::size_t kRecordHeaderLen = 8;
constexpr std::size_t kMtraceLen = 24;  // the IGMP header and tcpdump's struct tr_query

void decode_v3_records(Decoder& d, Bytes data, IgmpLayer& m) {
    // Every record takes at least 8 bytes: no more can be there than the captured bytes hold.
    const std::size_t room = data.size() > kHeaderLen ? (data.size() - kHeaderLen) / kRecordHeaderLen : 0;
    const std::size_t most = std::min<std::size_t>(m.ngroups, room);
    if (most == 0) return;
    auto* records = d.frame.allocate_array<IgmpGroupRecord>(most);
    if (records == nullptr) return;
    std::size_t n = 0;
    Cursor c(data);
    c.skip(kHeaderLen);
    while (n < most) {
        auto header = c.sub(kRecordHeaderLen);
        if (!header) break;
        IgmpGroupRecord& r = records[n++];
        r.type = *header->u8();
        r.aux_len = *header->u8();
        r.nsrcs = *header->be16();
        r.group = *header->array<4>();
        if (!c.skip((r.nsrcs + std::size_t{r.aux_len}) * 4U)) break;
    }
    m.records = {records, n};
}

// DVMRP and PIMv1 ride in IGMP messages of their own types; their decoders read from the IGMP
// header on, as tcpdump's dvmrp_print and pimv1_print do.
void hand_on(Decoder& d, Bytes data, std::uint32_t wire_len, const IgmpLayer& m) {
    if (m.type == igmp_type::dvmrp && wire_len >= kHeaderLen) decode_dvmrp(d, data, wire_len);
    else if (m.type == igmp_type::pimv1) decode_pimv1(d, data, wire_len);
}

}  // namespace

unsigned IgmpLayer::version() const {
    switch (type) {
        case igmp_type::query: return length >= kV3QueryLen ? 3U : (code != 0 ? 2U : 1U);
        case igmp_type::v1_report: return 1;
        case igmp_type::v2_report: case igmp_type::leave: return 2;
        case igmp_type::v3_report: return 3;
        default: return 0;
    }
}

unsigned IgmpLayer::max_resp_time() const {
    if (code < 128) return code;
    return ((code & 0x0fU) | 0x10U) << (((code & 0x70U) >> 4U) + 3U);
}

void decode_igmp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    if (current_ip(d.frame).v4 == nullptr) return;  // tcpdump prints IGMP over IPv6 as an error, from the IP layer
    auto* m = d.frame.add<IgmpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->captured = static_cast<std::uint32_t>(data.size());
    Cursor c(data);
    // Read before the header check: tcpdump prints the type's words and the max response time
    // of a message cut inside its header.
    m->type = c.peek(0).value_or(0);
    m->code = c.peek(1).value_or(0);
    auto header = c.sub(kHeaderLen);
    if (!header) {
        d.cut("igmp");
        if (!data.empty()) hand_on(d, data, wire_len, *m);
        return;
    }
    header->skip(2);
    m->checksum.value = *header->be16();
    m->group = *header->array<4>();
    d.frame.set_presence(Presence::complete);
    if (d.options.verify_checksums && data.size() >= wire_len) {
        m->checksum = verify_checksum(ChecksumSum{}, data.first(wire_len), m->checksum.value);
    }
    auto cut = [&] {
        d.frame.set_presence(Presence::truncated);
        d.cut("igmp");
    };
    auto invalid = [&] {
        d.frame.set_presence(Presence::malformed);
        d.bad("igmp length invalid");
    };
    switch (m->type) {
        case igmp_type::query: {
            if (wire_len < kV3QueryLen) return;
            auto v3 = c.sub(4);
            if (v3) {
                m->s_qrv = *v3->u8();
                m->qqic = *v3->u8();
                m->nsrcs = *v3->be16();
            }
            if ((wire_len & 3U) != 0) return invalid();
            // tcpdump reads the source count only for a group-specific query.
            if (!v3 && m->group != Ipv4Address{}) cut();
            return;
        }
        case igmp_type::v3_report:
            m->ngroups = static_cast<std::uint16_t>((m->group[2] << 8U) | m->group[3]);
            if (wire_len < 16 || (wire_len & 3U) != 0) return invalid();
            decode_v3_records(d, data.first(std::min<std::size_t>(data.size(), wire_len)), *m);
            return;
        case igmp_type::mtrace:
        case igmp_type::mtrace_resp: {
            if (wire_len < kMtraceLen) return invalid();
            auto query = c.sub(kMtraceLen - kHeaderLen);
            if (!query) return cut();
            m->tr_src = *query->array<4>();
            m->tr_dst = *query->array<4>();
            m->tr_raddr = *query->array<4>();
            m->tr_rttl = *query->u8();
            m->tr_qid = *query->be24();
            return;
        }
        default:
            hand_on(d, data, wire_len, *m);
            return;
    }
}

namespace {

const char* type_name(std::uint64_t v) {
    switch (v) {
        case igmp_type::query: return "Membership Query";
        case igmp_type::v1_report: return "Membership Report";
        case igmp_type::dvmrp: return "DVMRP";
        case igmp_type::pimv1: return "PIM version 1";
        case igmp_type::v2_report: return "Membership Report";
        case igmp_type::leave: return "Leave Group";
        case igmp_type::mtrace_resp: return "Traceroute Response";
        case igmp_type::mtrace: return "Traceroute Query or Request";
        case igmp_type::v3_report: return "Membership Report";
        default: return nullptr;
    }
}

const char* record_type_name(std::uint64_t v) {
    switch (v) {
        case 1: return "Mode Is Include";
        case 2: return "Mode Is Exclude";
        case 3: return "Change To Include Mode";
        case 4: return "Change To Exclude Mode";
        case 5: return "Allow New Sources";
        case 6: return "Block Old Sources";
        default: return nullptr;
    }
}

constexpr Field kVersion{"version", "IGMP Version"};
constexpr Field kType{"type", "Type", 2, type_name};
constexpr Field kMaxResp{"max_resp", "Max Resp Time"};
constexpr Field kMaxHops{"max_hops", "Max Hops"};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kMaddr{"maddr", "Multicast Address"};
constexpr Field kS{"s", "S"};
constexpr Field kQrv{"qrv", "QRV"};
constexpr Field kQqic{"qqic", "QQIC"};
constexpr Field kNumSrc{"num_src", "Num Src"};
constexpr Field kNumGroups{"num_grp_recs", "Num Group Records"};
constexpr Field kRecords{"records", "Group Record"};
constexpr Field kRecordType{"record_type", "Record Type", 0, record_type_name};
constexpr Field kAuxLen{"aux_data_len", "Aux Data Len"};
constexpr Field kSaddr{"saddr", "Source Address"};
constexpr Field kRaddr{"raddr", "Receiver Address"};
constexpr Field kRspaddr{"rspaddr", "Response Address"};
constexpr Field kRespTtl{"resp_ttl", "Response TTL"};
constexpr Field kQid{"q_id", "Query ID"};

// RFC 3376 4.1.7: a QQIC of 128 or more is a floating-point value.
unsigned qqic_value(std::uint8_t qqic) {
    if (qqic < 128) return qqic;
    return ((qqic & 0x0fU) | 0x10U) << (((qqic & 0x70U) >> 4U) + 3U);
}

}  // namespace

template <class W>
void describe(const IgmpLayer& m, W& w) {
    const bool mtrace = m.type == igmp_type::mtrace || m.type == igmp_type::mtrace_resp;
    if (m.version() != 0) w.num(kVersion, m.version());
    w.num(kType, m.type);
    if (m.version() == 2 || m.is_v3_query()) w.num(kMaxResp, m.max_resp_time());
    if (mtrace) w.num(kMaxHops, m.code);
    w.checksum(kChecksum, m.checksum);
    // DVMRP and PIMv1 use bytes 4-7 for themselves (their layer describes them).
    if (m.type != igmp_type::v3_report && m.type != igmp_type::dvmrp && m.type != igmp_type::pimv1) {
        w.ipv4(kMaddr, m.group);
    }
    if (m.is_v3_query() && m.has(12)) {
        w.num(kS, (m.s_qrv >> 3U) & 1U);
        w.num(kQrv, m.s_qrv & 7U);
        w.num(kQqic, qqic_value(m.qqic));
        w.num(kNumSrc, m.nsrcs);
    }
    if (m.type == igmp_type::v3_report) {
        w.num(kNumGroups, m.ngroups);
        w.begin_list(kRecords);
        for (const IgmpGroupRecord& r : m.records) {
            w.begin_item(kRecords);
            w.num(kRecordType, r.type);
            w.num(kAuxLen, r.aux_len);
            w.num(kNumSrc, r.nsrcs);
            w.ipv4(kMaddr, r.group);
            w.end_item(kRecords);
        }
        w.end_list(kRecords);
    }
    if (mtrace && m.has(24) && m.length >= 24) {
        w.ipv4(kSaddr, m.tr_src);
        w.ipv4(kRaddr, m.tr_dst);
        w.ipv4(kRspaddr, m.tr_raddr);
        w.num(kRespTtl, m.tr_rttl);
        w.num(kQid, m.tr_qid);
    }
}

void igmp_text(const TextContext& t, std::size_t index);

const Protocol IgmpLayer::protocol =
    make_protocol<IgmpLayer>("igmp", "igmp", "Internet Group Management Protocol", igmp_text);

}  // namespace tapsniff
