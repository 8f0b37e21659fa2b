// The one dispatch table: which decoder takes the bytes after a link header, an ethertype, an IP
// protocol number. Adding a protocol = its home, a row here, its tests.
#include <array>

#include "proto/ah/ah.hpp"
#include "proto/ahcp/ahcp.hpp"
#include "proto/aoe/aoe.hpp"
#include "proto/arp/arp.hpp"
#include "proto/babel/babel.hpp"
#include "proto/bcm_li/bcm_li.hpp"
#include "proto/bfd/bfd.hpp"
#include "proto/bootp/bootp.hpp"
#include "proto/cdp/cdp.hpp"
#include "proto/dccp/dccp.hpp"
#include "proto/decnet/decnet.hpp"
#include "proto/decoder.hpp"
#include "proto/dhcp6/dhcp6.hpp"
#include "proto/dns/dns.hpp"
#include "proto/dtp/dtp.hpp"
#include "proto/eapol/eapol.hpp"
#include "proto/eigrp/eigrp.hpp"
#include "proto/esp/esp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/ftp/ftp.hpp"
#include "proto/geneve/geneve.hpp"
#include "proto/gre/gre.hpp"
#include "proto/hncp/hncp.hpp"
#include "proto/hsrp/hsrp.hpp"
#include "proto/http/http.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/igmp/igmp.hpp"
#include "proto/ip/ip.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "proto/ipx/ipx.hpp"
#include "proto/isakmp/isakmp.hpp"
#include "proto/isoclns/isoclns.hpp"
#include "proto/krb/krb.hpp"
#include "proto/lisp/lisp.hpp"
#include "proto/lldp/lldp.hpp"
#include "proto/loopback/loopback.hpp"
#include "proto/mobility/mobility.hpp"
#include "proto/mpls/mpls.hpp"
#include "proto/nfs/nfs.hpp"
#include "proto/ntp/ntp.hpp"
#include "proto/ospf/ospf.hpp"
#include "proto/otv/otv.hpp"
#include "proto/pgm/pgm.hpp"
#include "proto/pim/pim.hpp"
#include "proto/ppp/ppp.hpp"
#include "proto/pppoe/pppoe.hpp"
#include "proto/ptp/ptp.hpp"
#include "proto/radius/radius.hpp"
#include "proto/raw/raw.hpp"
#include "proto/resp/resp.hpp"
#include "proto/rip/rip.hpp"
#include "proto/rsvp/rsvp.hpp"
#include "proto/rtsp/rtsp.hpp"
#include "proto/sctp/sctp.hpp"
#include "proto/sflow/sflow.hpp"
#include "proto/sip/sip.hpp"
#include "proto/slow/slow.hpp"
#include "proto/smtp/smtp.hpp"
#include "proto/snmp/snmp.hpp"
#include "proto/someip/someip.hpp"
#include "proto/ssh/ssh.hpp"
#include "proto/stp/stp.hpp"
#include "proto/syslog/syslog.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/telnet/telnet.hpp"
#include "proto/tftp/tftp.hpp"
#include "proto/timed/timed.hpp"
#include "proto/udld/udld.hpp"
#include "proto/udp/udp.hpp"
#include "proto/vrrp/vrrp.hpp"
#include "proto/vtp/vtp.hpp"
#include "proto/vxlan/vxlan.hpp"
#include "proto/whois/whois.hpp"

namespace tapsniff {
namespace {

struct EthertypeRow {
    std::uint16_t type;
    DecodeFn decode;
};

constexpr auto kEthertypes = std::to_array<EthertypeRow>({
    {ethertype::ipv4, decode_ipv4},
    {ethertype::ipv6, decode_ipv6},
    {ethertype::arp, decode_arp},
    {ethertype::rarp, decode_arp},
    {kEthertypeOsi, decode_isoclns_ethertype},  // ethertype_print's ETHERTYPE_ISO
    // Link protocols of bridged LANs, in the order of tcpdump's ethertype_print.
    {decnet::kEthertype, decode_decnet},      // print-decnet.c
    {ipx::kEthertype, decode_ipx},            // print-ipx.c, "(NOV-ETHII) "
    {eapol::kEthertype, decode_eapol},        // print-eap.c
    {slow::kEthertype, decode_slow},          // print-slow.c
    {lldp::kEthertype, decode_lldp},          // print-lldp.c
    {loopback::kEthertype, decode_loopback},  // print-loopback.c
    {aoe::kEthertype, decode_aoe},            // print-aoe.c
    // print-ether.c's ethertype_print: pppoe_print, ppp_print (after ": "), mpls_print.
    // (MACsec is read by the Ethernet decoder itself, as ether_common_print does.)
    {ethertype::pppoe_discovery, decode_pppoe},
    {ethertype::pppoe_session, decode_pppoe},
    {ethertype::pppoe_discovery_3com, decode_pppoe},
    {ethertype::pppoe_session_3com, decode_pppoe},
    {ethertype::ppp, decode_ppp_ethertype},
    {ethertype::mpls, decode_mpls},
    {ethertype::mpls_multicast, decode_mpls},
});

// LLC UI frames whose DSAP and SSAP are both this SAP, as tcpdump's llc_print tests them, in its
// order after SNAP.
struct LlcSapRow {
    std::uint8_t sap;
    DecodeFn decode;
};

constexpr auto kLlcSaps = std::to_array<LlcSapRow>({
    {0x42, decode_stp},              // LLCSAP_8021D: stp_print (print-stp.c)
    {0x06, decode_ipv4},             // LLCSAP_IP: ip_print (RFC 948)
    {ipx::kLlcSap, decode_ipx_llc},  // LLCSAP_IPX: "IPX 802.2: ", ipx_print (print-ipx.c)
    {kLlcSapOsi, decode_isoclns},    // LLCSAP_ISONS: isoclns_print
});

// SNAP protocol ids by OUI, in the order of tcpdump's snap_print (OUI 0 and Cisco's 0xf8 carry
// an ethertype and go to the ethertype table).
struct SnapRow {
    std::uint32_t oui;
    std::uint16_t pid;
    DecodeFn decode;
};

constexpr std::uint32_t kOuiEncapEther = 0x000000;
constexpr std::uint32_t kOuiCisco90 = 0x0000f8;
constexpr std::uint32_t kOuiAppletalk = 0x080007;
constexpr std::uint16_t kEthertypeAtalk = 0x809b;
constexpr std::uint32_t kOuiCisco = 0x00000c;
constexpr std::uint32_t kOuiRfc2684 = 0x0080c2;

constexpr auto kSnapRows = std::to_array<SnapRow>({
    {kOuiCisco, cdp::kSnapPid, decode_cdp},    // print-cdp.c
    {kOuiCisco, dtp::kSnapPid, decode_dtp},    // print-dtp.c
    {kOuiCisco, udld::kSnapPid, decode_udld},  // print-udld.c
    {kOuiCisco, vtp::kSnapPid, decode_vtp},    // print-vtp.c
    {kOuiCisco, 0x010b, decode_stp},    // PID_CISCO_PVST: stp_print
    {kOuiCisco, 0x010c, decode_stp},    // PID_CISCO_VLANBRIDGE: stp_print
    {kOuiRfc2684, 0x000e, decode_stp},  // PID_RFC2684_BPDU: stp_print
});

// An IP packet inside an IP packet (tcpdump's ip_demux_print: IPPROTO_IPV4 / IPPROTO_IPV6): the
// outer header (or the AH after it) becomes a tunnel, so JSON nests the inner packet.
void decode_inner_ipv4(Decoder& d, Bytes data, std::uint32_t wire_len) {
    d.frame.mark_tunnel();
    decode_ipv4(d, data, wire_len);
}
void decode_inner_ipv6(Decoder& d, Bytes data, std::uint32_t wire_len) {
    d.frame.mark_tunnel();
    decode_ipv6(d, data, wire_len);
}
// IPPROTO_ETHERNET: an Ethernet frame in IPv6 (over IPv4, tcpdump says it requires IPv6).
void decode_inner_ethernet(Decoder& d, Bytes data, std::uint32_t wire_len) {
    if (current_ip(d.frame).v6 == nullptr) return;
    d.frame.mark_tunnel();
    decode_ethernet(d, data, wire_len);
}

// IP protocol numbers, indexed directly: this lookup is on every IP packet.
constexpr auto kIpProtocols = [] {
    std::array<DecodeFn, 256> t{};
    t[ipproto::icmp] = decode_icmp;
    t[ipproto::tcp] = decode_tcp;
    t[ipproto::udp] = decode_udp;
    t[ipproto::icmpv6] = decode_icmp6;
    // Routing and multicast control, in the order of tcpdump's ip_demux_print (print-ip-demux.c):
    // dccp_print, eigrp_print, ospf_print/ospf6_print, igmp_print, rsvp_print, pim_print, vrrp_print,
    // pgm_print.
    t[ipproto::dccp] = decode_dccp;
    t[eigrp::kIpProtocol] = decode_eigrp;
    t[ospf::kIpProtocol] = decode_ospf;
    t[ipproto::igmp] = decode_igmp;
    t[rsvp::kIpProtocol] = decode_rsvp;
    t[pim::kIpProtocol] = decode_pim;
    t[vrrp::kIpProtocol] = decode_vrrp;
    t[pgm::kIpProtocol] = decode_pgm;
    // ip6_print's own IPPROTO_MOBILITY(_OLD) case: mobility_print, which ends the chain.
    t[mobility::kIpProtocol] = decode_mobility;
    t[mobility::kIpProtocolOld] = decode_mobility;
    // Tunnels and IPsec, as print-ip-demux.c hands them on (print-gre.c, print-esp.c, print-ah.c,
    // print-sctp.c; ip_print / ip6_print for IP in IP).
    t[ipproto::ipv4] = decode_inner_ipv4;
    t[ipproto::ipv6] = decode_inner_ipv6;
    t[ipproto::gre] = decode_gre;
    t[ipproto::esp] = decode_esp;
    t[ipproto::ah] = decode_ah;
    t[ipproto::sctp] = decode_sctp;
    t[ipproto::ethernet] = decode_inner_ethernet;
    return t;
}();

// GRE payloads by protocol type: print-gre.c's gre_print_0 (version 0) and gre_print_1 (version 1,
// PPTP). IPX, AppleTalk and OSI, which tcpdump also prints, have no decoder here.
struct GreRow {
    std::uint8_t version;
    std::uint16_t proto;
    DecodeFn decode;
};
constexpr auto kGreProtocols = std::to_array<GreRow>({
    {0, ethertype::ipv4, decode_ipv4},
    {0, ethertype::ipv6, decode_ipv6},
    {0, ethertype::mpls, decode_mpls},
    {0, ethertype::teb, decode_ethernet},
    {1, ethertype::ppp, decode_ppp},
});

// PPP network protocols: print-ppp.c's handle_ppp (IPX and OSI have no decoder here).
struct PppRow {
    std::uint16_t proto;
    DecodeFn decode;
};
constexpr auto kPppProtocols = std::to_array<PppRow>({
    {pppproto::ip, decode_ipv4},
    {pppproto::vjnc, decode_ipv4},
    {pppproto::ipv6, decode_ipv6},
    {pppproto::mpls_unicast, decode_mpls},
    {pppproto::mpls_multicast, decode_mpls},
});

// Which of a segment's ports a row looks at (tcpdump's IS_SRC_OR_DST_PORT, dport ==, sport ==).
enum class PortMatch : std::uint8_t { either, source, destination };

struct PortRow {
    std::uint16_t low;   // a port, or a range of them
    std::uint16_t high;
    PortMatch match;
    DecodeFn decode;
};

constexpr PortRow port(std::uint16_t p, DecodeFn decode, PortMatch match = PortMatch::either) {
    return PortRow{p, p, match, decode};
}

// MPLS in UDP (RFC 7510): tcpdump hands the payload to its MPLS printer, as the ethertype does.
constexpr std::uint16_t kMplsUdpPort = 6635;
constexpr std::uint16_t kEthertypeMpls = 0x8847;
void decode_mpls_in_udp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    decode_ethertype(d, kEthertypeMpls, data, wire_len);
}

// UDP payloads, in the order of tcpdump's udp_print (print-udp.c), its printer named per row:
// 53 domain, 5353 mDNS, 525 timed, 69 tftp, 67/68 bootp, 520 rip, 654 aodv, 500 isakmp,
// 4500 isakmp_rfc3948, 7500/8500 isakmp, 161/162 snmp, 123 ntp, 88/750 krb, 1701 l2tp,
// 3456 vat (dport), 2103/2104 zephyr, 7000-7009 rx, 521 ripng, 546/547 dhcp6, 5359 ahcp,
// 6696/6697 babel, 8231 hncp, 4567 wb (dport), 496 cisco_autorp, 1645/1812/1646/1813/1700/3799
// radius, 1985 hsrp (dport), 921 lwres, 646 ldp, 698 olsr, 3503 lspping, 49152 bcm_li (sport),
// 3784/4784/6784/3785 bfd (dport), 701 lmp, 1589 vqp, 6343 sflow, 12223 lwapp control (dport,
// then sport), 12222 lwapp data, 5060 sip, 514 syslog, 8472 otv, 4789 vxlan, 6081 geneve,
// 4342 lisp, 4790 vxlan_gpe, 17754 zep, 6635 mpls, 319/320 ptp, 30490 someip.
constexpr auto kUdpPorts = std::to_array<PortRow>({
    port(53, decode_dns),              // domain_print (NAMESERVER_PORT)
    port(5353, decode_mdns),           // domain_print, is_mdns (MULTICASTDNS_PORT)
    port(kTimedPort, decode_timed),    // timed_print
    port(kTftpPort, decode_tftp),      // tftp_print
    port(68, decode_bootp),            // bootp_print (BOOTPC_PORT, BOOTPS_PORT)
    port(67, decode_bootp),
    port(kRipPort, decode_rip),        // rip_print
    port(kIsakmpPort, decode_isakmp),  // isakmp_print
    port(kIsakmpNattPort, decode_isakmp_natt),  // isakmp_rfc3948_print
    port(kIsakmpUser1Port, decode_isakmp),      // isakmp_print (7500 or 8500)
    port(kIsakmpUser2Port, decode_isakmp),
    port(kSnmpPort, decode_snmp),      // snmp_print (161 or 162)
    port(kSnmpTrapPort, decode_snmp),
    port(123, decode_ntp),             // ntp_print (NTP_PORT)
    port(kKerberosPort, decode_krb),   // krb_print (88 or 750)
    port(kKerberosSecPort, decode_krb),
    port(547, decode_dhcp6),           // dhcp6_print (DHCP6_SERV_PORT, DHCP6_CLI_PORT)
    port(546, decode_dhcp6),
    port(kAhcpPort, decode_ahcp),      // ahcp_print
    port(kBabelPort, decode_babel),    // babel_print (6696 or 6697)
    port(kBabelOldPort, decode_babel),
    port(kHncpPort, decode_hncp),      // hncp_print
    port(kRadiusPort, decode_radius),  // radius_print
    port(kRadiusNewPort, decode_radius),
    port(kRadiusAccountingPort, decode_radius),
    port(kRadiusNewAccountingPort, decode_radius),
    port(kRadiusCiscoCoaPort, decode_radius),
    port(kRadiusCoaPort, decode_radius),
    port(kHsrpPort, decode_hsrp, PortMatch::destination),  // hsrp_print (dport)
    port(kBcmLiPort, decode_bcm_li, PortMatch::source),    // bcm_li_print (sport)
    port(kBfdControlPort, decode_bfd, PortMatch::destination),  // bfd_print (dport)
    port(kBfdMultihopPort, decode_bfd, PortMatch::destination),
    port(kBfdLagPort, decode_bfd, PortMatch::destination),
    port(kBfdEchoPort, decode_bfd, PortMatch::destination),
    port(kSflowPort, decode_sflow),    // sflow_print
    port(udp_port::sip, decode_sip),   // sip_print (print-sip.c)
    port(kSyslogPort, decode_syslog),  // syslog_print
    port(kOtvPort, decode_otv),        // otv_print
    port(kVxlanPort, decode_vxlan),    // vxlan_print
    port(kGenevePort, decode_geneve),  // geneve_print
    port(kLispControlPort, decode_lisp),     // lisp_print
    port(kMplsUdpPort, decode_mpls_in_udp),  // mpls_print (RFC 7510: MPLS's home decodes it)
    port(kPtpEventPort, decode_ptp),   // ptp_print
    port(kPtpGeneralPort, decode_ptp),
    port(kSomeipPort, decode_someip),  // someip_print
});

// TCP payloads, in the order of tcpdump's tcp_print. A row without a decoder claims its port as
// tcpdump's chain does (the segment goes to that printer, not to a later row's) until its home
// comes: "length N" then ends the line.
constexpr auto kTcpPorts = std::to_array<PortRow>({
    port(tcp_port::telnet, decode_telnet), // telnet_print (print-telnet.c)
    port(tcp_port::smtp, decode_smtp),     // smtp_print (print-smtp.c, txtproto)
    port(tcp_port::whois, decode_whois),   // whois_print (print-whois.c, txtproto)
    port(179, nullptr),                    // bgp_print
    port(1723, nullptr),                   // pptp_print
    port(tcp_port::redis, decode_resp),    // resp_print (print-resp.c)
    port(tcp_port::ssh, decode_ssh),       // ssh_print (print-ssh.c)
    port(10288, nullptr),                  // beep_print (tcpdump built without ENABLE_SMB: no NBT/SMB rows)
    port(6633, nullptr),                   // openflow_print (OPENFLOW_PORT_OLD)
    port(6653, nullptr),                   // openflow_print (OPENFLOW_PORT_IANA)
    port(tcp_port::ftp, decode_ftp),       // ftp_print (print-ftp.c, txtproto)
    port(tcp_port::http, decode_http),     // http_print (print-http.c, txtproto)
    port(tcp_port::http_alt, decode_http),
    port(tcp_port::rtsp, decode_rtsp),     // rtsp_print (print-rtsp.c, txtproto)
    port(tcp_port::rtsp_alt, decode_rtsp),
    port(53, decode_dns_tcp),              // domain_print, over_tcp (NAMESERVER_PORT)
    // ... then MSDP_PORT, RPKI_RTR_PORT, LDP_PORT, NFS_PORT ...
});

// Every port any row names, so that most segments are passed on after one bit test.
template <std::size_t N>
constexpr std::array<std::uint64_t, 1024> port_bitmap(const std::array<PortRow, N>& rows) {
    std::array<std::uint64_t, 1024> bits{};
    for (const PortRow& row : rows) {
        for (std::uint32_t p = row.low; p <= row.high; ++p) bits[p >> 6U] |= std::uint64_t{1} << (p & 63U);
    }
    return bits;
}

constexpr auto kUdpPortBits = port_bitmap(kUdpPorts);
constexpr auto kTcpPortBits = port_bitmap(kTcpPorts);

bool in_bitmap(const std::array<std::uint64_t, 1024>& bits, std::uint16_t p) {
    return ((bits[p >> 6U] >> (p & 63U)) & 1U) != 0;
}

template <std::size_t N>
DecodeFn port_decoder(const std::array<PortRow, N>& rows, const std::array<std::uint64_t, 1024>& bits,
                      std::uint16_t sport, std::uint16_t dport) {
    if (!in_bitmap(bits, sport) && !in_bitmap(bits, dport)) return nullptr;
    auto hit = [](const PortRow& row, std::uint16_t p) { return p >= row.low && p <= row.high; };
    for (const PortRow& row : rows) {
        const bool src = hit(row, sport);
        const bool dst = hit(row, dport);
        if ((row.match == PortMatch::either && (src || dst)) || (row.match == PortMatch::source && src) ||
            (row.match == PortMatch::destination && dst)) {
            return row.decode;
        }
    }
    return nullptr;
}

DecodeFn ethertype_decoder(std::uint16_t type) {
    for (const EthertypeRow& row : kEthertypes) {
        if (row.type == type) return row.decode;
    }
    return nullptr;
}

}  // namespace

bool has_ethertype_decoder(std::uint16_t type) { return ethertype_decoder(type) != nullptr; }

bool decode_llc_sap(Decoder& d, std::uint8_t sap, Bytes data, std::uint32_t wire_len) {
    for (const LlcSapRow& row : kLlcSaps) {
        if (row.sap == sap) {
            row.decode(d, data, wire_len);
            return true;
        }
    }
    return false;
}

bool decode_snap(Decoder& d, std::uint32_t oui, std::uint16_t pid, Bytes data, std::uint32_t wire_len) {
    if (oui == kOuiEncapEther || oui == kOuiCisco90 || (oui == kOuiAppletalk && pid == kEthertypeAtalk)) {
        return decode_ethertype(d, pid, data, wire_len);
    }
    for (const SnapRow& row : kSnapRows) {
        if (row.oui == oui && row.pid == pid) {
            row.decode(d, data, wire_len);
            return true;
        }
    }
    return false;
}

bool decode_ethertype(Decoder& d, std::uint16_t type, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = ethertype_decoder(type);
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

bool decode_gre_payload(Decoder& d, std::uint8_t version, std::uint16_t proto, Bytes data, std::uint32_t wire_len) {
    for (const GreRow& row : kGreProtocols) {
        if (row.version == version && row.proto == proto) {
            row.decode(d, data, wire_len);
            return true;
        }
    }
    return false;
}

bool decode_ppp_protocol(Decoder& d, std::uint16_t proto, Bytes data, std::uint32_t wire_len) {
    for (const PppRow& row : kPppProtocols) {
        if (row.proto == proto) {
            row.decode(d, data, wire_len);
            return true;
        }
    }
    return false;
}

bool decode_ip_protocol(Decoder& d, std::uint8_t protocol, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = kIpProtocols[protocol];
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

bool decode_udp_payload(Decoder& d, std::uint16_t sport, std::uint16_t dport, Bytes data, std::uint32_t wire_len) {
    // Before its port table, udp_print looks for an NFS call to 2049 or a reply from it.
    if (sport == kNfsPort || dport == kNfsPort) {
        switch (nfs_direction(udp_snap(d.frame, data), sport, dport)) {
            case NfsDirection::request: decode_nfs_request(d, data, wire_len); return true;
            case NfsDirection::reply: decode_nfs_reply(d, data, wire_len); return true;
            case NfsDirection::none: break;
        }
    }
    DecodeFn decode = port_decoder(kUdpPorts, kUdpPortBits, sport, dport);
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

bool decode_tcp_payload(Decoder& d, std::uint16_t sport, std::uint16_t dport, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = port_decoder(kTcpPorts, kTcpPortBits, sport, dport);
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

void decode_frame(Bytes frame, std::uint32_t wire_len, LinkType link, const DecodeOptions& options,
                  DecodedFrame& out) {
    out.reset(frame, wire_len, link);
    Decoder d{out, options};
    switch (link) {
        case LinkType::ethernet:
            decode_ethernet(d, frame, wire_len);
            break;
        case LinkType::raw_ip:
            decode_raw_ip(d, frame, wire_len);
            break;
    }
}

}  // namespace tapsniff
