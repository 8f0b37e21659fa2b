// The one dispatch table: which decoder takes the bytes after a link header, an ethertype, an IP
// protocol number, an LLC SAP, a SNAP id, a GRE or PPP protocol. The port rows (UDP, TCP) are in
// dispatch_ports.cpp. Adding a protocol = its home, a row here or there, its tests.
#include <array>

#include "proto/ah/ah.hpp"
#include "proto/aoe/aoe.hpp"
#include "proto/arp/arp.hpp"
#include "proto/cdp/cdp.hpp"
#include "proto/cfm/cfm.hpp"
#include "proto/dccp/dccp.hpp"
#include "proto/decnet/decnet.hpp"
#include "proto/decoder.hpp"
#include "proto/dtp/dtp.hpp"
#include "proto/eapol/eapol.hpp"
#include "proto/eigrp/eigrp.hpp"
#include "proto/esp/esp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/geonet/geonet.hpp"
#include "proto/gre/gre.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/igmp/igmp.hpp"
#include "proto/ip/ip.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "proto/ipx/ipx.hpp"
#include "proto/isoclns/isoclns.hpp"
#include "proto/lldp/lldp.hpp"
#include "proto/loopback/loopback.hpp"
#include "proto/mobility/mobility.hpp"
#include "proto/mpls/mpls.hpp"
#include "proto/msnlb/msnlb.hpp"
#include "proto/ospf/ospf.hpp"
#include "proto/pgm/pgm.hpp"
#include "proto/pim/pim.hpp"
#include "proto/ppp/ppp.hpp"
#include "proto/ptp/ptp.hpp"
#include "proto/pppoe/pppoe.hpp"
#include "proto/raw/raw.hpp"
#include "proto/rsvp/rsvp.hpp"
#include "proto/sctp/sctp.hpp"
#include "proto/sll/sll.hpp"
#include "proto/slow/slow.hpp"
#include "proto/stp/stp.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/udld/udld.hpp"
#include "proto/udp/udp.hpp"
#include "proto/vrrp/vrrp.hpp"
#include "proto/vtp/vtp.hpp"

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
    {cfm::kEthertype, decode_cfm},            // print-cfm.c
    {cfm::kEthertypeOld, decode_cfm},         // print-cfm.c (CFM_OLD)
    {lldp::kEthertype, decode_lldp},          // print-lldp.c
    {loopback::kEthertype, decode_loopback},  // print-loopback.c
    {msnlb::kEthertype, decode_msnlb},        // print-msnlb.c
    {geonet::kEthertypeOld, decode_geonet},   // print-geonet.c
    {geonet::kEthertype, decode_geonet},
    {geonet::kEthertypeCalmFast, decode_calm_fast},  // print-calm-fast.c
    {aoe::kEthertype, decode_aoe},            // print-aoe.c
    {kPtpEthertype, decode_ptp},              // print-ptp.c (ptp_print on the Ethernet payload)
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
        // tcpdump's print-sll.c: sll_if_print, sll2_if_print (`tcpdump -i any` captures)
        case LinkType::linux_sll:
            decode_sll(d, frame, wire_len);
            break;
        case LinkType::linux_sll2:
            decode_sll2(d, frame, wire_len);
            break;
    }
}

}  // namespace tapsniff
