// DCCP: decoder, tcpdump text (print-dccp.c's dccp_print without -v) and fields.
#include "proto/dccp/dccp.hpp"

#include <iterator>
#include <optional>

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kGenericLen = 12;
constexpr std::uint32_t kExtendedLen = 16;

// What each type adds to the header tcpdump checks the length against (its dccp_print's
// fixed_hdrlen), and whether it prints an acknowledgement number after the type.
std::uint32_t type_len(std::uint8_t type) {
    switch (type) {
        case dccp::request: return 4;
        case dccp::response: case dccp::reset: return 12;
        case dccp::data: return 0;
        case dccp::ack: case dccp::dataack: case dccp::closereq: case dccp::close: case dccp::sync:
        case dccp::syncack: return 8;
        default: return 0;
    }
}
bool prints_ack(std::uint8_t type) { return type != dccp::data && type != dccp::request; }

}  // namespace

void decode_dccp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<DccpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    Cursor c(data);
    auto generic = Cursor(data).sub(kGenericLen);
    if (!generic) {
        m->status = DccpStatus::cut;
        d.cut("dccp");
        return;
    }
    const std::uint8_t xtr = c.peek(8).value_or(0);
    m->extended = (xtr & 1U) != 0;
    m->type = static_cast<std::uint8_t>((xtr >> 1U) & 0x0fU);
    std::uint32_t fixed = m->extended ? kExtendedLen : kGenericLen;
    const std::uint32_t need = wire_len < kGenericLen ? kGenericLen : fixed;
    if (wire_len < need) {
        m->status = DccpStatus::short_generic;
        m->missing = need - wire_len;
        d.bad("dccp shorter than its header");
        return;
    }
    auto header = c.sub(fixed);
    if (!header) {
        m->status = DccpStatus::header_cut;
        d.cut("dccp");
        return;
    }
    m->sport = *header->be16();
    m->dport = *header->be16();
    m->data_offset = *header->u8();
    const std::uint8_t ccval_cscov = *header->u8();
    m->ccval = static_cast<std::uint8_t>(ccval_cscov >> 4U);
    m->cscov = static_cast<std::uint8_t>(ccval_cscov & 0x0fU);
    m->checksum = *header->be16();
    header->skip(1);
    if (m->extended) {
        header->skip(1);
        m->seq = *header->be48();
    } else {
        m->seq = *header->be24();
    }
    d.frame.set_presence(Presence::complete);
    const std::uint32_t body = type_len(m->type);
    if (wire_len < fixed + body) {
        m->status = DccpStatus::short_type;
        m->missing = fixed + body - wire_len;
        d.frame.set_presence(Presence::malformed);
        d.bad("dccp shorter than its type's header");
        return;
    }
    auto cut = [&] {
        m->status = DccpStatus::type_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("dccp");
    };
    // The type's own fields, checked whole where tcpdump checks them whole.
    Cursor own = c;
    if (m->type == dccp::request || m->type == dccp::response || m->type == dccp::reset) {
        auto fields = own.sub(body);
        if (!fields) return cut();
        if (m->type == dccp::request) {
            m->service = *fields->be32();
            m->has_service = true;
        } else if (m->type == dccp::response) {
            fields->skip(8);
            m->service = *fields->be32();
            m->has_service = true;
        } else {
            fields->skip(8);
            m->reset_code = *fields->u8();
        }
    }
    if (!prints_ack(m->type)) return;
    // The acknowledgement number right after the generic header: 24 bits after a reserved byte,
    // or 48 after two.
    std::optional<std::uint64_t> ack;
    if (m->extended) ack = c.ahead(2).be48();
    else if (auto short_ack = c.ahead(1).be24()) ack = *short_ack;
    if (!ack) {
        d.frame.set_presence(Presence::truncated);
        d.cut("dccp");
        return;
    }
    m->ack = *ack;
    m->has_ack = true;
}

namespace {

const char* type_name(std::uint64_t type) {
    switch (type) {
        case dccp::request: return "DCCP-Request";
        case dccp::response: return "DCCP-Response";
        case dccp::data: return "DCCP-Data";
        case dccp::ack: return "DCCP-Ack";
        case dccp::dataack: return "DCCP-DataAck";
        case dccp::closereq: return "DCCP-CloseReq";
        case dccp::close: return "DCCP-Close";
        case dccp::reset: return "DCCP-Reset";
        case dccp::sync: return "DCCP-Sync";
        case dccp::syncack: return "DCCP-SyncAck";
        default: return nullptr;
    }
}

const char* reset_code_name(std::uint8_t code) {
    static constexpr const char* kCodes[] = {"unspecified",    "closed",          "aborted",
                                             "no_connection",  "packet_error",    "option_error",
                                             "mandatory_error", "connection_refused", "bad_service_code",
                                             "too_busy",       "bad_init_cookie", "aggression_penalty"};
    return code < std::size(kCodes) ? kCodes[code] : "invalid";
}

void dccp_text(const TextContext& t, std::size_t index) {
    const DccpLayer& m = *t.frame.get<DccpLayer>(index);
    OutBuffer& out = t.out;
    switch (m.status) {
        case DccpStatus::cut:
        case DccpStatus::header_cut:
            text::append_trunc(out, "dccp");
            return;
        case DccpStatus::short_generic:
            TS_PUT(out, "truncated-dccp - {} bytes missing!", m.missing);
            return;
        default:
            break;
    }
    // tcpdump prints both addresses with the ports, whatever headers come between: as if the
    // IP header carried DCCP directly.
    const EnclosingIp ip = enclosing_ip(t.frame, index);
    const std::uint8_t first = ip.v4 != nullptr ? ip.v4->proto : (ip.v6 != nullptr ? ip.v6->next : 0);
    text::append_ports(out, ip, first, m.sport, m.dport);
    text::append(out, "DCCP ");
    const char* name = type_name(m.type);
    if (m.status == DccpStatus::short_type) {
        TS_PUT(out, "truncated-{} - {} bytes missing!", name != nullptr ? name : "", m.missing);
        return;
    }
    if (m.status == DccpStatus::type_cut) {
        text::append_trunc(out, "dccp");
        return;
    }
    switch (m.type) {
        case dccp::request:
        case dccp::response:
            TS_PUT(out, "{} (service={}) ", name, m.service);
            break;
        case dccp::reset:
            TS_PUT(out, "{} (code={}) ", name, reset_code_name(m.reset_code));
            break;
        default:
            if (name != nullptr) TS_PUT(out, "{} ", name);
            else TS_PUT(out, "unknown-type-{} ", m.type);
            break;
    }
    if (!prints_ack(m.type)) return;
    if (!m.has_ack) {
        text::append_trunc(out, "dccp");
        return;
    }
    TS_PUT(out, "(ack={}) ", m.ack);
}

constexpr Field kSport{"srcport", "Source Port"};
constexpr Field kDport{"dstport", "Destination Port"};
constexpr Field kOffset{"data_offset", "Data Offset"};
constexpr Field kCcval{"ccval", "CCVal"};
constexpr Field kCscov{"cscov", "Checksum Coverage"};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kType{"type", "Type", 0, type_name};
constexpr Field kX{"x", "Extended Sequence Numbers"};
constexpr Field kSeq{"seq_raw", "Sequence Number"};
constexpr Field kAck{"ack_raw", "Acknowledgement Number"};
constexpr Field kService{"service_code", "Service Code"};

}  // namespace

template <class W>
void describe(const DccpLayer& m, W& w) {
    w.num(kSport, m.sport);
    w.num(kDport, m.dport);
    w.num(kOffset, m.data_offset);
    w.num(kCcval, m.ccval);
    w.num(kCscov, m.cscov);
    w.num(kChecksum, m.checksum);
    w.num(kType, m.type);
    w.num(kX, m.extended ? 1 : 0);
    w.num(kSeq, m.seq);
    if (m.has_ack) w.num(kAck, m.ack);
    if (m.has_service) w.num(kService, m.service);
}

const Protocol DccpLayer::protocol =
    make_protocol<DccpLayer>("dccp", "dccp", "Datagram Congestion Control Protocol", dccp_text);

}  // namespace tapsniff
