// SCTP: tcpdump text (print-sctp.c's sctp_print without -v) and fields. The decoder is in
// sctp_decode.cpp.
#include "proto/sctp/sctp.hpp"

#include <array>

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

using text::append;

const char* chunk_name(std::uint8_t type) {
    switch (type) {
        case 0x00: return "DATA";
        case 0x01: return "INIT";
        case 0x02: return "INIT ACK";
        case 0x03: return "SACK";
        case 0x04: return "HB REQ";
        case 0x05: return "HB ACK";
        case 0x06: return "ABORT";
        case 0x07: return "SHUTDOWN";
        case 0x08: return "SHUTDOWN ACK";
        case 0x09: return "OP ERR";
        case 0x0a: return "COOKIE ECHO";
        case 0x0b: return "COOKIE ACK";
        case 0x0c: return "ECN ECHO";
        case 0x0d: return "ECN CWR";
        case 0x0e: return "SHUTDOWN COMPLETE";
        case 0xc0: return "FOR CUM TSN";
        case 0xc1: return "REL CTRL";
        case 0xc2: return "REL CTRL ACK";
        default: return nullptr;
    }
}

// tcpdump's PayloadProto_idents.
const char* ppid_name(std::uint32_t ppid) {
    constexpr std::array<const char*, 28> kNames = {
        nullptr, "ISDN Q.921", "M2UA", "M3UA", "SUA", "M2PA", "V5.2", "H.248", "BICC", "TALI",
        "DUA", "ASAP", "ENRP", "H.323", "Q.IPC", "SIMCO", "DDPSC", "DDPSSC", "S1AP", "RUA",
        "HNBAP", "ForCES HP", "ForCES MP", "ForCES LP", "SBc-AP", "NBAP", nullptr, "X2AP"};
    return ppid < kNames.size() ? kNames[ppid] : nullptr;
}

const char* forces_channel(std::uint16_t port) {
    switch (port) {
        case 6704: return "ForCES HP";
        case 6705: return "ForCES MP";
        case 6706: return "ForCES LP";
        default: return nullptr;
    }
}

void data_text(OutBuffer& out, const SctpChunk& k) {
    if ((k.flags & 0x04U) != 0) append(out, "(U)");
    if ((k.flags & 0x02U) != 0) append(out, "(B)");
    if ((k.flags & 0x01U) != 0) append(out, "(E)");
    if ((k.flags & 0x07U) != 0) out.push_back(' ');
    if (!k.has_fields) return;
    TS_PUT(out, "[TSN: {}] [SID: {}] [SSEQ {}] ", k.tsn, k.sid, k.ssn);
    if (const char* name = ppid_name(k.ppid)) TS_PUT(out, "[PPID {}] ", name);
    else TS_PUT(out, "[PPID 0x{:x}] ", k.ppid);
}

void chunk_text(OutBuffer& out, const SctpChunk& k) {
    if (const char* name = chunk_name(k.type)) TS_PUT(out, "[{}] ", name);
    else TS_PUT(out, "[Unknown chunk type: 0x{:x}] ", k.type);
    switch (k.type) {
        case sctpchunk::data:
            data_text(out, k);
            break;
        case sctpchunk::init:
        case sctpchunk::init_ack:
            if (k.has_fields) {
                TS_PUT(out, "[init tag: {}] [rwnd: {}] [OS: {}] [MIS: {}] [init TSN: {}] ", k.init_tag, k.rwnd,
                       k.outbound, k.inbound, k.initial_tsn);
            }
            break;
        case sctpchunk::sack:
            if (!k.has_fields) break;
            TS_PUT(out, "[cum ack {}] [a_rwnd {}] [#gap acks {}] [#dup tsns {}] ", k.cum_ack, k.rwnd, k.gap_count,
                   k.dup_count);
            for (std::size_t i = 0; i < k.gaps.size(); ++i) {
                TS_PUT(out, "\n\t\t[gap ack block #{}: start = {}, end = {}] ", i + 1,
                       static_cast<std::uint32_t>(k.cum_ack + k.gaps[i].start),
                       static_cast<std::uint32_t>(k.cum_ack + k.gaps[i].end));
            }
            for (std::size_t i = 0; i < k.dups.size(); ++i) TS_PUT(out, "\n\t\t[dup TSN #{}: {}] ", i + 1, k.dups[i]);
            break;
        default:
            break;
    }
    if (k.bogus) TS_PUT(out, "bogus chunk length {}]", k.length);
}

void address_text(OutBuffer& out, const EnclosingIp& ip, bool source) {
    if (ip.v4 != nullptr) text::append_ipv4(out, source ? ip.v4->src : ip.v4->dst);
    else if (ip.v6 != nullptr) text::append_ipv6(out, source ? ip.v6->src : ip.v6->dst);
}

void sctp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const SctpLayer& s = *t.frame.get<SctpLayer>(index);
    if (s.short_length) {
        TS_PUT(out, "truncated-sctp - {} bytes missing!", 12 - s.wire_len);
        return;
    }
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "sctp");
        return;
    }
    const EnclosingIp ip = enclosing_ip(t.frame, index);
    address_text(out, ip, true);
    TS_PUT(out, ".{} > ", s.sport);
    address_text(out, ip, false);
    TS_PUT(out, ".{}: sctp", s.dport);
    if (const char* channel = forces_channel(s.sport)) TS_PUT(out, "[{}]", channel);
    if (const char* channel = forces_channel(s.dport)) TS_PUT(out, "[{}]", channel);
    std::size_t n = 0;
    for (const SctpChunk* k = s.first_chunk; k != nullptr; k = k->next) {
        TS_PUT(out, "{}{}) ", n == 0 ? " (" : ", (", n + 1);
        ++n;
        chunk_text(out, *k);
    }
    const char* sep = n == 0 ? " (" : ", (";
    switch (s.stop) {
        case SctpStop::descriptor_cut:
            TS_PUT(out, "{}{}) [chunk descriptor cut off at end of packet]", sep, n + 1);
            break;
        case SctpStop::length_small:
            TS_PUT(out, "{}{}) [Bad chunk length {}, < size of chunk descriptor]", sep, n + 1, s.stop_length);
            break;
        case SctpStop::length_large:
            TS_PUT(out, "{}{}) [Bad chunk length {}, > remaining data in packet]", sep, n + 1, s.stop_length);
            break;
        case SctpStop::cut:
        case SctpStop::too_many:
            text::append_trunc(out, "sctp");
            break;
        default:
            break;
    }
}

const char* chunk_name_of(std::uint64_t v) { return chunk_name(static_cast<std::uint8_t>(v)); }

constexpr Field kSport{"srcport", "Source port"};
constexpr Field kDport{"dstport", "Destination port"};
constexpr Field kVtag{"verification_tag", "Verification tag", 8};
constexpr Field kChecksum{"checksum", "Checksum", 8};
constexpr Field kChunks{"chunks", "Chunk"};
constexpr Field kChunkType{"chunk_type", "Chunk type", 0, chunk_name_of};
constexpr Field kChunkFlags{"chunk_flags", "Chunk flags", 2};
constexpr Field kChunkLength{"chunk_length", "Chunk length"};
constexpr Field kTsn{"data_tsn", "Transmission sequence number"};
constexpr Field kSid{"data_sid", "Stream identifier"};
constexpr Field kSsn{"data_ssn", "Stream sequence number"};
constexpr Field kPpid{"data_payload_proto_id", "Payload protocol identifier"};
constexpr Field kInitTag{"initiate_tag", "Initiate tag"};
constexpr Field kCumAck{"sack_cumulative_tsn_ack", "Cumulative TSN ACK"};

}  // namespace

template <class W>
void describe(const SctpLayer& s, W& w) {
    w.num(kSport, s.sport);
    w.num(kDport, s.dport);
    w.num(kVtag, s.vtag);
    w.num(kChecksum, s.checksum);
    w.begin_list(kChunks);
    for (const SctpChunk* k = s.first_chunk; k != nullptr; k = k->next) {
        w.begin_item(kChunks);
        w.num(kChunkType, k->type);
        w.num(kChunkFlags, k->flags);
        w.num(kChunkLength, k->length);
        if (k->has_fields && k->type == sctpchunk::data) {
            w.num(kTsn, k->tsn);
            w.num(kSid, k->sid);
            w.num(kSsn, k->ssn);
            w.num(kPpid, k->ppid);
        } else if (k->has_fields && (k->type == sctpchunk::init || k->type == sctpchunk::init_ack)) {
            w.num(kInitTag, k->init_tag);
        } else if (k->has_fields && k->type == sctpchunk::sack) {
            w.num(kCumAck, k->cum_ack);
        }
        w.end_item(kChunks);
    }
    w.end_list(kChunks);
}

const Protocol SctpLayer::protocol =
    make_protocol<SctpLayer>("sctp", "sctp", "Stream Control Transmission Protocol", sctp_text);

}  // namespace tapsniff
