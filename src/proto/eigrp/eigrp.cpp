// EIGRP: decoder, tcpdump text (print-eigrp.c's eigrp_print without -v) and fields.
#include "proto/eigrp/eigrp.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kVersion = 2;

}  // namespace

void decode_eigrp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<EigrpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    Cursor c(data);
    auto header = c.sub(eigrp::kHeaderLen);
    if (!header) {
        d.cut("eigrp");
        return;
    }
    m->version = *header->u8();
    m->opcode = *header->u8();
    m->checksum = *header->be16();
    m->flags = *header->be32();
    m->seq = *header->be32();
    m->ack = *header->be32();
    m->vrid = *header->be16();
    m->as = *header->be16();
    if (m->version != kVersion) {
        d.frame.set_presence(Presence::malformed);
        d.bad("eigrp version not 2");
        return;
    }
    d.frame.set_presence(Presence::complete);
}

namespace {

const char* opcode_name(std::uint64_t opcode) {
    switch (opcode) {
        case 1: return "Update";
        case 3: return "Query";
        case 4: return "Reply";
        case 5: return "Hello";
        case 6: return "IPX SAP";
        case 7: return "Probe";
        default: return nullptr;
    }
}

void eigrp_text(const TextContext& t, std::size_t index) {
    const EigrpLayer& m = *t.frame.get<EigrpLayer>(index);
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "eigrp");
        return;
    }
    if (m.version != kVersion) {
        TS_PUT(out, "EIGRP version {} packet not supported", m.version);
        return;
    }
    if (const char* name = opcode_name(m.opcode)) TS_PUT(out, "EIGRP {}, length: {}", name, m.length);
    else TS_PUT(out, "EIGRP unknown ({}), length: {}", m.opcode, m.length);
}

void show_flags(OutBuffer& out, std::uint64_t flags) {
    TS_PUT(out, "0x{:08x}", flags);
    const char* sep = " (";
    auto flag = [&](std::uint64_t bit, std::string_view name) {
        if ((flags & bit) == 0) return;
        text::append(out, sep);
        text::append(out, name);
        sep = ", ";
    };
    flag(0x01, "Init");
    flag(0x02, "Conditionally Received");
    flag(0x04, "Restart");
    flag(0x08, "End Of Table");
    if (sep[0] == ',') out.push_back(')');
}

constexpr Field kVersionField{"version", "Version"};
constexpr Field kOpcode{"opcode", "Opcode", 0, opcode_name};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kFlags{"flags", "Flags", 8, nullptr, show_flags};
constexpr Field kSeq{"seq", "Sequence"};
constexpr Field kAck{"ack", "Acknowledge"};
constexpr Field kVrid{"vrid", "Virtual Router ID"};
constexpr Field kAs{"as", "Autonomous System"};

}  // namespace

template <class W>
void describe(const EigrpLayer& m, W& w) {
    w.num(kVersionField, m.version);
    w.num(kOpcode, m.opcode);
    w.num(kChecksum, m.checksum);
    w.num(kFlags, m.flags);
    w.num(kSeq, m.seq);
    w.num(kAck, m.ack);
    w.num(kVrid, m.vrid);
    w.num(kAs, m.as);
}

const Protocol EigrpLayer::protocol =
    make_protocol<EigrpLayer>("eigrp", "eigrp", "Cisco EIGRP", eigrp_text);

}  // namespace tapsniff
