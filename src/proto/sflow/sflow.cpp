// sFlow: decoder, tcpdump text (print-sflow.c at default verbosity) and fields.
#include "proto/sflow/sflow.hpp"

#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderV4 = 28;
constexpr std::uint32_t kHeaderV6 = 40;

}  // namespace

void decode_sflow(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* s = d.frame.add<SflowLayer>(Presence::partial);
    if (s == nullptr) return;
    s->length = wire_len;
    Cursor cursor(snap);
    auto cut = [&] {
        s->status = SflowStatus::cut;
        d.cut("sflow");
    };
    auto start = cursor.sub(8);
    if (!start) return cut();
    s->version = *start->be32();
    s->ip_version = *start->be32();
    if ((wire_len < kHeaderV4 && s->ip_version == 1) || (wire_len < kHeaderV6 && s->ip_version == 2)) {
        s->status = SflowStatus::short_length;
        d.bad("sflow shorter than its header");
        return;
    }
    // tcpdump checks the IPv4 header's 28 bytes, whichever the address type.
    auto rest = snap.size() >= kHeaderV4 ? cursor.sub(20) : std::nullopt;
    if (!rest) return cut();
    if (s->version != 5) {
        s->status = SflowStatus::unsupported;
        d.frame.set_presence(Presence::malformed);
        d.bad("sflow version not 5");
        return;
    }
    if (s->ip_version == 1) {
        s->agent4 = *rest->array<4>();
        s->agent_id = *rest->be32();
    } else {
        // Any other type is read as IPv6, as tcpdump does: 16 bytes of address, then the id.
        Cursor v6(snap.subspan(8));
        auto addr = v6.array<16>();
        auto id = v6.be32();
        if (!addr || !id) return cut();
        s->agent6 = *addr;
        s->agent_id = *id;
    }
    d.frame.set_presence(Presence::complete);
}

namespace {

void sflow_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const SflowLayer& s = *t.frame.get<SflowLayer>(index);
    switch (s.status) {
        case SflowStatus::cut: text::append_trunc(out, "sflow"); return;
        case SflowStatus::short_length:
            TS_PUT(out, "sFlowv{} [length {} < 28] (invalid)", s.version, s.length);
            return;
        case SflowStatus::unsupported: TS_PUT(out, "sFlow version {} packet not supported", s.version); return;
        case SflowStatus::ok: break;
    }
    TS_PUT(out, "sFlowv{}, {} agent ", s.version, s.ip_version == 1 ? "IPv4" : "IPv6");
    if (s.ip_version == 1) text::append_ipv4(out, s.agent4);
    else text::append_ipv6(out, s.agent6);
    TS_PUT(out, ", agent-id {}, length {}", s.agent_id, s.length);
}

constexpr Field kVersion{"version", "Datagram version"};
constexpr Field kAgentType{"agenttype", "Agent address type"};
constexpr Field kAgent{"agent", "Agent address"};
constexpr Field kAgent6{"agent.v6", "Agent address"};
constexpr Field kSubAgentId{"sub_agent_id", "Sub-agent ID"};

}  // namespace

template <class W>
void describe(const SflowLayer& s, W& w) {
    w.num(kVersion, s.version);
    w.num(kAgentType, s.ip_version);
    if (s.status != SflowStatus::ok) return;
    if (s.ip_version == 1) w.ipv4(kAgent, s.agent4);
    else w.ipv6(kAgent6, s.agent6);
    w.num(kSubAgentId, s.agent_id);
}

const Protocol SflowLayer::protocol = make_protocol<SflowLayer>("sflow", "sflow", "InMon sFlow", sflow_text);

}  // namespace tapsniff
