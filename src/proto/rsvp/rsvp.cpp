// RSVP: decoder, tcpdump text (print-rsvp.c's rsvp_print without -v) and fields.
#include "proto/rsvp/rsvp.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kVersion = 1;

}  // namespace

void decode_rsvp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<RsvpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    Cursor c(data);
    auto header = c.sub(rsvp::kHeaderLen);
    if (!header) {
        d.cut("rsvp");
        return;
    }
    const std::uint8_t version_flags = *header->u8();
    m->version = static_cast<std::uint8_t>(version_flags >> 4U);
    m->flags = static_cast<std::uint8_t>(version_flags & 0x0fU);
    m->msg_type = *header->u8();
    m->checksum = *header->be16();
    m->ttl = *header->u8();
    header->skip(1);
    m->msg_length = *header->be16();
    if (m->version != kVersion) {
        d.frame.set_presence(Presence::malformed);
        d.bad("rsvp version not 1");
        return;
    }
    d.frame.set_presence(Presence::complete);
}

namespace {

const char* msg_type_name(std::uint64_t type) {
    switch (type) {
        case 1: return "Path";
        case 2: return "Resv";
        case 3: return "PathErr";
        case 4: return "ResvErr";
        case 5: return "PathTear";
        case 6: return "ResvTear";
        case 7: return "ResvConf";
        case 12: return "Bundle";
        case 13: return "Acknowledgement";
        case 14: return "Hello (Old)";
        case 15: return "Refresh";
        case 20: return "Hello";
        default: return nullptr;
    }
}

void rsvp_text(const TextContext& t, std::size_t index) {
    const RsvpLayer& m = *t.frame.get<RsvpLayer>(index);
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "rsvp");
        return;
    }
    if (m.version != kVersion) {
        TS_PUT(out, "ERROR: RSVP version {} packet not supported", m.version);
        return;
    }
    if (const char* name = msg_type_name(m.msg_type)) TS_PUT(out, "RSVPv{} {} Message, length: {}", m.version, name, m.length);
    else TS_PUT(out, "RSVPv{} unknown ({}) Message, length: {}", m.version, m.msg_type, m.length);
}

constexpr Field kVersionField{"version", "RSVP Version"};
constexpr Field kFlags{"flags", "Flags", 2};
constexpr Field kMsgType{"msg", "Message Type", 0, msg_type_name};
constexpr Field kChecksum{"message_checksum", "Message Checksum", 4};
constexpr Field kTtl{"sending_ttl", "Sending TTL"};
constexpr Field kLength{"message_length", "Message length"};

}  // namespace

template <class W>
void describe(const RsvpLayer& m, W& w) {
    w.num(kVersionField, m.version);
    w.num(kFlags, m.flags);
    w.num(kMsgType, m.msg_type);
    w.num(kChecksum, m.checksum);
    w.num(kTtl, m.ttl);
    w.num(kLength, m.msg_length);
}

const Protocol RsvpLayer::protocol =
    make_protocol<RsvpLayer>("rsvp", "rsvp", "Resource ReSerVation Protocol (RSVP)", rsvp_text);

}  // namespace tapsniff
