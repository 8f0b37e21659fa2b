// MS NLB heartbeat: decoder, tcpdump's msnlb_print text (print-msnlb.c) and fields (tshark's
// msnlb.* names).
#include "proto/msnlb/msnlb.hpp"

#include "render/fields.hpp"

namespace tapsniff {

void decode_msnlb(Decoder& d, Bytes data, std::uint32_t) {
    auto* m = d.frame.add<MsnlbLayer>(Presence::partial);
    if (m == nullptr) return;
    Cursor c(data);
    auto prio = c.skip(8) ? c.le32() : std::nullopt;
    if (prio) {
        m->has_priority = true;
        m->host_priority = *prio;
    }
    if (auto ip = c.array<4>(); ip && m->has_priority) {
        m->has_cluster_ip = true;
        m->cluster_ip = *ip;
    }
    if (auto ip = c.array<4>(); ip && m->has_cluster_ip) {
        m->has_host_ip = true;
        m->host_ip = *ip;
    }
    if (m->has_priority) d.frame.set_presence(m->has_host_ip ? Presence::complete : Presence::truncated);
    if (!m->has_host_ip) d.cut("msnlb");
}

namespace {

void msnlb_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const MsnlbLayer& m = *t.frame.get<MsnlbLayer>(index);
    text::append(out, "MS NLB heartbeat");
    if (m.has_priority) TS_PUT(out, ", host priority: {}", m.host_priority);
    if (m.has_cluster_ip) {
        text::append(out, ", cluster IP: ");
        text::append_ipv4(out, m.cluster_ip);
    }
    if (m.has_host_ip) {
        text::append(out, ", host IP: ");
        text::append_ipv4(out, m.host_ip);
    }
    if (!m.has_host_ip) text::append_trunc(out, "msnlb");
}

constexpr Field kPriority{"host_priority", "Host Priority"};
constexpr Field kClusterIp{"cluster_ip", "Cluster IP"};
constexpr Field kHostIp{"host_ip", "Host IP"};

}  // namespace

template <class W>
void describe(const MsnlbLayer& m, W& w) {
    w.num(kPriority, m.host_priority);
    if (m.has_cluster_ip) w.ipv4(kClusterIp, m.cluster_ip);
    if (m.has_host_ip) w.ipv4(kHostIp, m.host_ip);
}

const Protocol MsnlbLayer::protocol =
    make_protocol<MsnlbLayer>("msnlb", "msnlb", "MS Network Load Balancing", msnlb_text);

}  // namespace tapsniff
