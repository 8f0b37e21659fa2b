// The -v tree for the IP layers: one indented line per field, checksums verified by the decoders.
#include "tapsniff/decode.hpp"
#include "ip_text_parts.hpp"

namespace tapsniff {
namespace {

using text::append;


void field_v4(OutBuffer& out, std::string_view name, const Ipv4Address& a) {
    TS_PUT(out, "\n        {} ", name);
    text::append_v4(out, a);
}

void field_v6(OutBuffer& out, std::string_view name, const Ipv6Address& a) {
    TS_PUT(out, "\n        {} ", name);
    text::append_v6(out, a);
}

void checksum_line(OutBuffer& out, const Checksum& c) {
    TS_PUT(out, "\n        checksum 0x{:04x} ", c.value);
    switch (c.state) {
        case Checksum::State::correct: append(out, "[correct]"); break;
        case Checksum::State::incorrect: TS_PUT(out, "[incorrect, should be 0x{:04x}]", c.expected); break;
        case Checksum::State::unused: append(out, "[not used]"); break;
        case Checksum::State::unverified: append(out, "[unverified]"); break;
    }
}

void ipv4_tree(const Ipv4Header& ip, OutBuffer& out) {
    TS_PUT(out, "\n    IPv4\n        version {}\n        ihl {} ({} bytes)", ip.version, ip.ihl, ip.header_len());
    if (ip.status == Ipv4Status::cut || ip.status == Ipv4Status::bad_version) return;
    TS_PUT(out, "\n        tos 0x{:02x}\n        total length {}\n        id {}", ip.tos, ip.total_len, ip.id);
    append(out, "\n        flags [");
    bool first = true;
    auto flag = [&](bool on, std::string_view n) {
        if (!on) return;
        if (!first) append(out, ",");
        append(out, n);
        first = false;
    };
    flag(ip.reserved_flag(), "rsvd");
    flag(ip.dont_fragment(), "DF");
    flag(ip.more_fragments(), "MF");
    if (first) append(out, "none");
    TS_PUT(out, "]\n        fragment offset {}\n        ttl {}\n        protocol {}", ip.frag_offset(), ip.ttl, ip.proto);
    checksum_line(out, ip.checksum);
    field_v4(out, "src", ip.src);
    field_v4(out, "dst", ip.dst);
    if (!ip.options.empty()) TS_PUT(out, "\n        options {} bytes", ip.options.size());
}

void ipv6_tree(const Ipv6Header& ip, OutBuffer& out) {
    append(out, "\n    IPv6");
    if (ip.stop == Ipv6Stop::header_cut) return;
    TS_PUT(out, "\n        version {}\n        traffic class 0x{:02x}\n        flow label 0x{:05x}\n        payload length {}"
             "\n        next header {}\n        hop limit {}",
        ip.version, ip.traffic_class, ip.flow_label, ip.payload_len, ip.next, ip.hop_limit);
    field_v6(out, "src", ip.src);
    field_v6(out, "dst", ip.dst);
    for (std::size_t i = 0; i < ip.ext_count; ++i) {
        const Ipv6Extension& e = ip.ext[i];
        switch (e.kind) {
            case Ip6ExtKind::hop_by_hop: append(out, "\n    IPv6 hop-by-hop options"); break;
            case Ip6ExtKind::destination: append(out, "\n    IPv6 destination options"); break;
            case Ip6ExtKind::routing: append(out, "\n    IPv6 routing"); break;
            case Ip6ExtKind::fragment: append(out, "\n    IPv6 fragment"); break;
        }
        TS_PUT(out, "\n        next header {}\n        length {}", e.next, e.length);
        if (e.kind == Ip6ExtKind::routing) {
            TS_PUT(out, "\n        type {}\n        segments left {}", e.rt_type, e.rt_segleft);
            for (std::size_t k = 0; k + 16 <= e.rt_addresses.size(); k += 16) {
                Ipv6Address a{};
                for (std::size_t j = 0; j < a.size(); ++j) a[j] = byte_or_zero(e.rt_addresses, k + j);
                field_v6(out, "address", a);
            }
        } else if (e.kind == Ip6ExtKind::fragment) {
            TS_PUT(out, "\n        offset {}\n        more fragments {}\n        id 0x{:08x}", e.frag_offset * 8U,
                e.frag_more ? 1 : 0, e.frag_id);
        }
    }
}

void icmp_tree(const IcmpMessage& m, OutBuffer& out) {
    TS_PUT(out, "\n    ICMP\n        type {}\n        code {}", m.type, m.code);
    checksum_line(out, m.checksum);
    if (m.type == 0 || m.type == 8 || m.type == 13 || m.type == 14) {
        TS_PUT(out, "\n        id {}\n        seq {}", m.id(), m.seq());
    } else if (m.type == 5) {
        TS_PUT(out, "\n        gateway {}.{}.{}.{}", m.rest >> 24U, (m.rest >> 16U) & 0xffU, (m.rest >> 8U) & 0xffU,
            m.rest & 0xffU);
    } else if (m.type == 3 && m.code == 4) {
        TS_PUT(out, "\n        next-hop mtu {}", m.rest & 0xffffU);
    }
    TS_PUT(out, "\n        length {}", m.length);
}

void icmp6_tree(const Icmp6Message& m, OutBuffer& out) {
    TS_PUT(out, "\n    ICMPv6\n        type {}\n        code {}", m.type, m.code);
    if (m.cut == Icmp6Cut::type || m.cut == Icmp6Cut::code) return;
    checksum_line(out, m.checksum);
    switch (m.type) {
        case 128: case 129: TS_PUT(out, "\n        id {}\n        seq {}", m.id(), m.seq()); break;
        case 135: case 136: field_v6(out, "target", m.addr1); break;
        case 2: TS_PUT(out, "\n        mtu {}", m.rest); break;
        case 130: case 131: case 132:
            TS_PUT(out, "\n        max response delay {}", m.mld_delay);
            field_v6(out, "multicast address", m.addr1);
            break;
        case 143:
            TS_PUT(out, "\n        records {}", m.group_count);
            for (std::size_t i = 0; i < m.record_count; ++i) {
                TS_PUT(out, "\n        record type {} sources {} group ", m.records[i].type, m.records[i].sources);
                text::append_v6(out, m.records[i].group);
            }
            break;
        default: break;
    }
    TS_PUT(out, "\n        length {}", m.length);
}

}  // namespace

void append_ip_tree(const DecodedFrame& frame, OutBuffer& out) {
    const IpLayers& ip = frame.ip;
    if (ip.has_ipv4) ipv4_tree(ip.ipv4, out);
    if (ip.has_ipv6) ipv6_tree(ip.ipv6, out);
    if (ip.has_icmp) icmp_tree(ip.icmp, out);
    if (ip.has_icmp6 && ip.icmp6.length > 0) icmp6_tree(ip.icmp6, out);
    if (ip.has_udp && ip.udp.status != UdpStatus::ports_cut) {
        TS_PUT(out, "\n    UDP\n        sport {}\n        dport {}", ip.udp.sport, ip.udp.dport);
        if (ip.udp.status == UdpStatus::ok || ip.udp.status == UdpStatus::bad_length) {
            TS_PUT(out, "\n        length {}", ip.udp.length_field);
        }
        if (ip.udp.status == UdpStatus::ok) checksum_line(out, ip.udp.checksum);
    }
    if (ip.has_tcp && ip.tcp.status != TcpStatus::ports_cut) {
        const TcpHeader& t = ip.tcp;
        TS_PUT(out, "\n    TCP\n        sport {}\n        dport {}", t.sport, t.dport);
        if (t.status == TcpStatus::header_cut) return;
        TS_PUT(out, "\n        seq {}\n        ack {}\n        data offset {} ({} bytes)\n        flags 0x{:02x}"
                 "\n        window {}",
            t.seq, t.ack, t.data_offset, t.header_len(), t.flags, t.window);
        checksum_line(out, t.checksum);
        TS_PUT(out, "\n        urgent pointer {}", t.urgent);
        for (std::size_t i = 0; i < t.option_count; ++i) {
            TS_PUT(out, "\n        option kind {} length {}", t.options[i].kind, t.options[i].len);
        }
    }
}

}  // namespace tapsniff
