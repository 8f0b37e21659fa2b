// Real frames with tunnels and encapsulations, from public test captures (named per frame), and
// tcpdump 4.99.3's text for them (`tcpdump -nn -e -t`, without the Ethernet part where noted).
#pragma once

#include <string_view>

namespace tapsniff::test::tunnelframes {

// zeek tunnels/gre-sample.pcap #1: GREv0 carrying an ICMP echo request.
inline constexpr std::string_view kGreIcmp =
    "00c0ca14b052 00022d564afd 0800"
    "4500006c00004000ff2f1e41ac1b0142423b6d89 00000800"
    "45000054000040004001da90423b6fbeac1c0203 080046c9cb6801007072e63e97190c00"
    "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
inline constexpr std::string_view kGreIcmpText =
    "172.27.1.66 > 66.59.109.137: GREv0, proto IPv4 (0x0800), length 88: 66.59.111.190 > 172.28.2.3: "
    "ICMP echo request, id 52072, seq 256, length 64";

// suricata tests/bug-2576-01-ips temp6.pcap #3: GREv0 transparent Ethernet bridging (TEB) with TCP.
inline constexpr std::string_view kGreTeb =
    "000c2927dc8f 000c299bc771 0800"
    "4500004e0d714000402fab94c0a80017c0a80014 00006558"
    "ac7409f56d45 0050569e6e80 0800"
    "4500002817f340004006279f0a5f30e10ed7b127 a51e005027ef4f352817730350106a4092a80000";
inline constexpr std::string_view kGreTebText =
    "192.168.0.23 > 192.168.0.20: GREv0, proto TEB (0x6558), length 58: 00:50:56:9e:6e:80 > ac:74:09:f5:6d:45, "
    "ethertype IPv4 (0x0800), length 54: 10.95.48.225.42270 > 14.215.177.39.80: Flags [.], ack 1, win 27200, length 0";

// tcpdump tests/pptp.pcap #16: GREv1 (PPTP) carrying PPP LCP.
inline constexpr std::string_view kPptpLcp =
    "0800209f6b72 000000000000 0800"
    "4500005003bc0000802f20ad0a01010b0a01010a 3001880b0030000000000000"
    "ff03c0210100002c0506021952cf070208020d03061104064e13170129f76a9077f1472c835247f271d656070000000c";
inline constexpr std::string_view kPptpLcpText =
    "10.1.1.11 > 10.1.1.10: GREv1, call 0, seq 0, proto PPP (0x880b), length 60: LCP (0xc021), length 48: "
    "LCP, Conf-Request (0x01), id 0, length 46";

// tcpdump tests/pppoe.pcap #1: PADI with three tags.
inline constexpr std::string_view kPadi =
    "ffffffffffff 000c29903a8b 8863 110900000012 01010000 0120000205dc 0103000416372c16";
inline constexpr std::string_view kPadiText =
    "PPPoE PADI [Service-Name] [PPP-Max-Payload 0x05DC] [Host-Uniq 0x16372C16]";

// zeek pppoe.pcap #11: PAP authenticate-request (padded to 60 bytes).
inline constexpr std::string_view kPap =
    "ca010e880006 cc050e880000 8864 110000110012"
    "c0230101001005636973636f05636973636f00000000000000000000000000000000000000000000";
inline constexpr std::string_view kPapText =
    "PPPoE  [ses 0x11] PAP (0xc023), length 18: PAP, Auth-Req (0x01), id 1, Peer cisco, Name cisco";

// suricata tests/pppoe input.pcap #28: IPCP Conf-Ack.
inline constexpr std::string_view kIpcp =
    "0000cd381343 ee86e2f97057 8864 11000002000c 80210201000a0306c0a8022d";
inline constexpr std::string_view kIpcpText =
    "PPPoE  [ses 0x2] IPCP (0x8021), length 12: IPCP, Conf-Ack (0x02), id 1, length 12";

// suricata tests/bug-4810 pppoe-session-http.pcap #1: PPP with a one-byte protocol field, TCP SYN.
inline constexpr std::string_view kPppoeTcp =
    "000c2939f3c3 000c29208ea1 8864 1100002d003d 21"
    "4500003c000040004006edda0a6400008efab383 deb50050d4bd765400000000a002fecc742f0000"
    "020405ac010303070402080acbae926300000000";
inline constexpr std::string_view kPppoeTcpText =
    "PPPoE  [ses 0x2d] IP (0x0021), length 61: 10.100.0.0.57013 > 142.250.179.131.80: Flags [S], "
    "seq 3569186388, win 65228, options [mss 1452,nop,wscale 7,sackOK,TS val 3417215587 ecr 0], length 0";

// zeek ip6_esp.pcap #112: ESP over IPv6.
inline constexpr std::string_view kEsp6 =
    "000000000005 0011434ad70a 86dd"
    "60000000004c32403ffe00000000000000000000000000013ffe0000000000000000000000000025"
    "0000001700000001800087238d61000160acf94397e90e0008090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
    "202122232425262728292a2b2c2d2e2f30313233343536370102023a";
inline constexpr std::string_view kEsp6Text = "3ffe::1 > 3ffe::25: ESP(spi=0x00000017,seq=0x1), length 76";

// suricata tests/ipv6-evasion ipv6-dos-with-ext-headers-5 denial6-5.pcap #10: AH, then ICMPv6.
inline constexpr std::string_view kAh6 =
    "64006a5b8f4a 0050b619e650 86dd"
    "60000000002033ff20010db800010000000000000000000220010db8000100000000000000000001"
    "3a0200000000000000000000 000000008000 6eb0facebabe0000000000000000";
inline constexpr std::string_view kAh6Text =
    "2001:db8:1::2 > 2001:db8:1::1: AH(spi=0x00000000,seq=0x0,icv=0x00000000): ICMP6, echo request, "
    "id 64206, seq 47806, length 16";

// suricata tests/sctp-keywords input.pcap #1: SCTP INIT (with parameters).
inline constexpr std::string_view kSctpInit =
    "00000c07ac04 00005096523a 0800"
    "4588004000010000ff84211f0aad300d58520686 0b5a189f00000000d3cccfc9"
    "01000020dd68d33d00008000002000200629bea60005000855cd346a80000004";
inline constexpr std::string_view kSctpInitText =
    "10.173.48.13.2906 > 88.82.6.134.6303: sctp (1) [INIT] [init tag: 3714634557] [rwnd: 32768] [OS: 32] "
    "[MIS: 32] [init TSN: 103399078] ";

// zeek mixed-vlan-mpls.pcap #2: one MPLS label, IPv4 guessed from the first byte, TCP.
inline constexpr std::string_view kMplsTcp =
    "003096e6fc39 003096052838 8847 0001ddff"
    "45c0002800010000ff06a4ea0a0102010a220001 2af9001798320ffc8dd58ea55010102099d60000 0000";
inline constexpr std::string_view kMplsTcpText =
    "MPLS (label 29, tc 6, [S], ttl 255) 10.1.2.1.11001 > 10.34.0.1.23: Flags [.], ack 2379583141, win 4128, length 0";

// suricata tests/bug-7725-01 ip_in_ip.pcap #1: IPv4 in IPv4, ICMP echo request.
inline constexpr std::string_view kIpIp =
    "06dac06fb451 067c3fe98b15 0800"
    "450000 68f77740007b04f2ce0a00005e0a0100ed"
    "450000546c3340007f010cdac0a8005ec0a800ed 0800f15f001a0001f7f92768000000002350050000000000"
    "101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637";
inline constexpr std::string_view kIpIpText =
    "10.0.0.94 > 10.1.0.237: 192.168.0.94 > 192.168.0.237: ICMP echo request, id 26, seq 1, length 64";

// zeek tunnels/ping6-in-ipv4.pcap #1: IPv6 in IPv4 (6in4), ICMPv6 echo request.
inline constexpr std::string_view kSixInFour =
    "c20142020000 c20042020000 0800"
    "4500007800090000ff29a7510a0000010a000002"
    "60000000003c3a4020010db800000001000000000000000120010db8000000010000000000000002"
    "80007e8f18dc0000000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
    "202122232425262728292a2b2c2d2e2f30313233";
inline constexpr std::string_view kSixInFourText =
    "10.0.0.1 > 10.0.0.2: 2001:db8:0:1::1 > 2001:db8:0:1::2: ICMP6, echo request, id 6364, seq 0, length 60";

// tcpdump tests/macsec-integonly.pcap #1: MACsec with SCI, integrity only, ICMP echo request.
inline constexpr std::string_view kMacsec =
    "3e6ff374237c 2eb73f3995c3 88e5 2000000000442eb73f3995c30001 0800"
    "45000054d120400040010634c0a87101c0a87102 08007ed803b4000149331a57000000004f15040000000000"
    "101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031323334353637"
    "deba93240fad9a4c3b74722f7470752b";
inline constexpr std::string_view kMacsecText =
    "an 0, pn 68, flags I, sci 2eb73f3995c30001, ethertype IPv4 (0x0800), 192.168.113.1 > 192.168.113.2: "
    "ICMP echo request, id 948, seq 1, length 64";

}  // namespace tapsniff::test::tunnelframes
