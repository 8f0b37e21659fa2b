// The port half of the one dispatch table (src/proto/dispatch.cpp has the link, ethertype and IP
// protocol rows): which decoder takes a UDP or TCP payload, in the order of tcpdump's udp_print and
// tcp_print.
#include <array>

#include "proto/ahcp/ahcp.hpp"
#include "proto/babel/babel.hpp"
#include "proto/bcm_li/bcm_li.hpp"
#include "proto/bfd/bfd.hpp"
#include "proto/bootp/bootp.hpp"
#include "proto/decoder.hpp"
#include "proto/dhcp6/dhcp6.hpp"
#include "proto/dns/dns.hpp"
#include "proto/ftp/ftp.hpp"
#include "proto/geneve/geneve.hpp"
#include "proto/hncp/hncp.hpp"
#include "proto/hsrp/hsrp.hpp"
#include "proto/http/http.hpp"
#include "proto/isakmp/isakmp.hpp"
#include "proto/krb/krb.hpp"
#include "proto/l2tp/l2tp.hpp"
#include "proto/lisp/lisp.hpp"
#include "proto/nfs/nfs.hpp"
#include "proto/ntp/ntp.hpp"
#include "proto/otv/otv.hpp"
#include "proto/ptp/ptp.hpp"
#include "proto/radius/radius.hpp"
#include "proto/resp/resp.hpp"
#include "proto/rip/rip.hpp"
#include "proto/rtsp/rtsp.hpp"
#include "proto/sflow/sflow.hpp"
#include "proto/sip/sip.hpp"
#include "proto/smtp/smtp.hpp"
#include "proto/snmp/snmp.hpp"
#include "proto/someip/someip.hpp"
#include "proto/ssh/ssh.hpp"
#include "proto/syslog/syslog.hpp"
#include "proto/telnet/telnet.hpp"
#include "proto/tftp/tftp.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/timed/timed.hpp"
#include "proto/udp/udp.hpp"
#include "proto/vxlan/vxlan.hpp"
#include "proto/whois/whois.hpp"

namespace tapsniff {
namespace {

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
    d.frame.mark_tunnel();  // JSON: MPLS and the packet it carries go into "inner"
    decode_ethertype(d, kEthertypeMpls, data, wire_len);
}

// UDP payloads, in the order of tcpdump's udp_print (print-udp.c), its printer named per row. A row
// without a decoder claims its port for a printer tapsniff lacks ("UDP, length N" then), so that a
// later row does not take what tcpdump gives that printer:
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
    port(654, nullptr),                // aodv_print
    port(kIsakmpPort, decode_isakmp),  // isakmp_print
    port(kIsakmpNattPort, decode_isakmp_natt),  // isakmp_rfc3948_print
    port(kIsakmpUser1Port, decode_isakmp),      // isakmp_print (7500 or 8500)
    port(kIsakmpUser2Port, decode_isakmp),
    port(kSnmpPort, decode_snmp),      // snmp_print (161 or 162)
    port(kSnmpTrapPort, decode_snmp),
    port(123, decode_ntp),             // ntp_print (NTP_PORT)
    port(kKerberosPort, decode_krb),   // krb_print (88 or 750)
    port(kKerberosSecPort, decode_krb),
    port(kL2tpPort, decode_l2tp),      // l2tp_print
    port(3456, nullptr, PortMatch::destination),  // vat_print (dport)
    port(2103, nullptr),               // zephyr_print (ZEPHYR_SRV_PORT, ZEPHYR_CLT_PORT)
    port(2104, nullptr),
    PortRow{7000, 7009, PortMatch::either, nullptr},  // rx_print (RX_PORT_LOW..RX_PORT_HIGH)
    port(521, nullptr),                // ripng_print
    port(547, decode_dhcp6),           // dhcp6_print (DHCP6_SERV_PORT, DHCP6_CLI_PORT)
    port(546, decode_dhcp6),
    port(kAhcpPort, decode_ahcp),      // ahcp_print
    port(kBabelPort, decode_babel),    // babel_print (6696 or 6697)
    port(kBabelOldPort, decode_babel),
    port(kHncpPort, decode_hncp),      // hncp_print
    port(4567, nullptr, PortMatch::destination),  // wb_print (dport)
    port(496, nullptr),                // cisco_autorp_print
    port(kRadiusPort, decode_radius),  // radius_print
    port(kRadiusNewPort, decode_radius),
    port(kRadiusAccountingPort, decode_radius),
    port(kRadiusNewAccountingPort, decode_radius),
    port(kRadiusCiscoCoaPort, decode_radius),
    port(kRadiusCoaPort, decode_radius),
    port(kHsrpPort, decode_hsrp, PortMatch::destination),  // hsrp_print (dport)
    port(921, nullptr),                // lwres_print
    port(646, nullptr),                // ldp_print
    port(698, nullptr),                // olsr_print
    port(3503, nullptr),               // lspping_print (MPLS_LSP_PING_PORT)
    port(kBcmLiPort, decode_bcm_li, PortMatch::source),    // bcm_li_print (sport)
    port(kBfdControlPort, decode_bfd, PortMatch::destination),  // bfd_print (dport)
    port(kBfdMultihopPort, decode_bfd, PortMatch::destination),
    port(kBfdLagPort, decode_bfd, PortMatch::destination),
    port(kBfdEchoPort, decode_bfd, PortMatch::destination),
    port(701, nullptr),                // lmp_print
    port(1589, nullptr),               // vqp_print
    port(kSflowPort, decode_sflow),    // sflow_print
    port(12223, nullptr),              // lwapp_control_print (dport, then sport)
    port(12222, nullptr),              // lwapp_data_print
    port(udp_port::sip, decode_sip),   // sip_print (print-sip.c)
    port(kSyslogPort, decode_syslog),  // syslog_print
    port(kOtvPort, decode_otv),        // otv_print
    port(kVxlanPort, decode_vxlan),    // vxlan_print
    port(kGenevePort, decode_geneve),  // geneve_print
    port(kLispControlPort, decode_lisp),     // lisp_print
    port(4790, nullptr),               // vxlan_gpe_print
    port(17754, nullptr),              // zep_print
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
    port(639, nullptr),                    // msdp_print (MSDP_PORT)
    port(323, nullptr),                    // rpki_rtr_print (RPKI_RTR_PORT)
    port(646, nullptr),                    // ldp_print (LDP_PORT)
    port(kNfsPort, decode_nfs_tcp),        // NFS_PORT: record mark, nfsreq/nfsreply_noaddr_print
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

}  // namespace

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

}  // namespace tapsniff
