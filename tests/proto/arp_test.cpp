// Unit tests for the ARP home (src/proto/arp): Linux ARP request/reply, RARP, nonsense address
// lengths, every cut, and the -v tree.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/arp/arp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "tapsniff/decode.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
using test::prefix;
using test::stack_of;
using test::tree_of;
namespace frames = test::frames;

std::vector<std::byte> bytes_of(Bytes b) { return {b.begin(), b.end()}; }

TEST(Arp, LinuxRequest) {
    auto bytes = from_hex(frames::kArpRequest);
    auto f = decode(bytes);
    EXPECT_EQ(stack_of(*f), "ethernet arp");
    const ArpLayer* arp = f->get<ArpLayer>(1);
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(f->layers()[1].presence, Presence::complete);
    EXPECT_EQ(arp->htype, 1);
    EXPECT_EQ(arp->ptype, ethertype::ipv4);
    EXPECT_EQ(arp->hlen, 6);
    EXPECT_EQ(arp->plen, 4);
    EXPECT_EQ(arp->op, arp_op::request);
    EXPECT_TRUE(arp->has_addresses);
    EXPECT_TRUE(arp->ipv4_addresses());
    EXPECT_EQ(bytes_of(arp->sha), from_hex("0242ac110002"));
    EXPECT_EQ(bytes_of(arp->spa), from_hex("ac110002"));
    EXPECT_EQ(bytes_of(arp->tha), from_hex("000000000000"));
    EXPECT_EQ(bytes_of(arp->tpa), from_hex("ac110001"));
    EXPECT_EQ(arp->length, 28U);
    EXPECT_EQ(arp->whole.size(), 28U);
    EXPECT_EQ(arp->whole.data(), bytes.data() + 14);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_EQ(f->malformed, nullptr);
}

TEST(Arp, LinuxReply) {
    auto bytes = from_hex(frames::kArpReply);
    auto f = decode(bytes);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(arp->op, arp_op::reply);
    EXPECT_EQ(bytes_of(arp->sha), from_hex("02420f3c5a01"));
    EXPECT_EQ(bytes_of(arp->spa), from_hex("ac110001"));
    EXPECT_EQ(bytes_of(arp->tha), from_hex("0242ac110002"));
    EXPECT_EQ(bytes_of(arp->tpa), from_hex("ac110002"));
    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
}

// Padding after the addresses is part of the ARP length (tcpdump prints "length 46").
TEST(Arp, RarpRequestAndReply) {
    auto request = from_hex(frames::kRarpRequest);
    auto f = decode(request);
    ASSERT_NE(f->get<EthernetLayer>(0), nullptr);
    EXPECT_EQ(f->get<EthernetLayer>(0)->type, ethertype::rarp);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(arp->op, arp_op::reverse_request);
    EXPECT_EQ(bytes_of(arp->sha), from_hex("525400123456"));
    EXPECT_EQ(bytes_of(arp->tha), from_hex("525400123456"));
    EXPECT_EQ(arp->length, 46U);
    EXPECT_EQ(f->truncated, nullptr);

    auto reply = from_hex(frames::kRarpReply);
    auto r = decode(reply);
    const ArpLayer* rarp = r->find<ArpLayer>();
    ASSERT_NE(rarp, nullptr);
    EXPECT_EQ(rarp->op, arp_op::reverse_reply);
    EXPECT_EQ(bytes_of(rarp->tha), from_hex("525400123456"));
    EXPECT_EQ(bytes_of(rarp->tpa), from_hex("c0a8000a"));
    EXPECT_EQ(r->truncated, nullptr);
}

// Cut at every byte, wire length intact and cut: "arp" is what was cut; the fixed header is kept
// (presence truncated) once its 8 bytes are there, before that the layer is only a mark (partial).
TEST(Arp, RequestTruncatedAtEveryOffset) {
    for (std::string_view hex : {frames::kArpRequest, frames::kArpReply, frames::kRarpRequest}) {
        auto bytes = from_hex(hex);
        // The RARP frame's addresses end at byte 42; what follows is padding.
        for (std::size_t cut = 0; cut < 42; ++cut) {
            for (std::uint32_t wire : {static_cast<std::uint32_t>(bytes.size()), static_cast<std::uint32_t>(cut)}) {
                SCOPED_TRACE(std::string(hex.substr(26, 8)) + " cut " + std::to_string(cut) + " wire " +
                             std::to_string(wire));
                auto f = decode(prefix(bytes, cut), wire);
                ASSERT_NE(f->truncated, nullptr);
                if (cut < 14) {
                    EXPECT_STREQ(f->truncated, "ether");
                    EXPECT_EQ(f->find<ArpLayer>(), nullptr);
                    continue;
                }
                EXPECT_STREQ(f->truncated, "arp");
                EXPECT_EQ(presence_of<EthernetLayer>(*f), Presence::complete);
                EXPECT_TRUE(f->get<EthernetLayer>(0)->has_type);
                const ArpLayer* arp = f->find<ArpLayer>();
                ASSERT_NE(arp, nullptr);
                EXPECT_FALSE(arp->has_addresses);
                EXPECT_EQ(arp->whole.size(), cut - 14);
                if (cut >= 22) {
                    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::truncated);
                    EXPECT_EQ(arp->hlen, 6);
                    EXPECT_EQ(arp->plen, 4);
                    EXPECT_EQ(arp->htype, 1);
                } else {
                    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::partial);
                }
                EXPECT_EQ(f->malformed, nullptr);
            }
        }
        // From the last address byte on, nothing is cut.
        for (std::size_t cut = 42; cut <= bytes.size(); ++cut) {
            auto f = decode(prefix(bytes, cut), static_cast<std::uint32_t>(bytes.size()));
            EXPECT_EQ(f->truncated, nullptr) << cut;
            EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::complete) << cut;
        }
    }
}

TEST(Arp, HardwareLengthZeroIsMalformed) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0806 0001 0800 00 04 0001 ac110002 ac110001"
        "0000000000000000000000000000000000000000000000000000000000000000");
    auto f = decode(bytes);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::malformed);
    EXPECT_EQ(arp->hlen, 0);
    EXPECT_STREQ(f->malformed, "arp hlen 0");
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_TRUE(arp->has_addresses);
    EXPECT_TRUE(arp->sha.empty());
    EXPECT_TRUE(arp->tha.empty());
    EXPECT_EQ(bytes_of(arp->spa), from_hex("ac110002"));
    EXPECT_EQ(bytes_of(arp->tpa), from_hex("ac110001"));
}

TEST(Arp, ProtocolLengthZeroIsMalformed) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0806 0001 0800 06 00 0001 0242ac110002 000000000000"
        "0000000000000000000000000000000000000000000000000000000000000000");
    auto f = decode(bytes);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::malformed);
    EXPECT_STREQ(f->malformed, "arp plen 0");
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_TRUE(arp->spa.empty());
    EXPECT_EQ(arp->sha.size(), 6U);
    EXPECT_FALSE(arp->ipv4_addresses());
}

// Address lengths of 255 cannot fit in a 60-byte frame: the header is kept, the addresses are cut.
TEST(Arp, HugeAddressLengthsInSmallFrameAreTruncated) {
    for (const char* lens : {"ff 04", "06 ff", "ff ff"}) {
        auto bytes = from_hex(std::string("ffffffffffff 0242ac110002 0806 0001 0800 ") + lens +
                              " 0001 0242ac110002 ac110002 000000000000 ac110001"
                              "000000000000000000000000000000000000");
        ASSERT_EQ(bytes.size(), 60U);
        auto f = decode(bytes);
        SCOPED_TRACE(lens);
        const ArpLayer* arp = f->find<ArpLayer>();
        ASSERT_NE(arp, nullptr);
        EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::truncated);
        EXPECT_STREQ(f->truncated, "arp");
        EXPECT_EQ(f->malformed, nullptr);
        EXPECT_EQ(arp->op, 1);
        EXPECT_EQ(arp->length, 46U);
        EXPECT_FALSE(arp->has_addresses);
    }
}

// Odd but complete: 8-byte hardware addresses, 16-byte protocol addresses.
TEST(Arp, NonEthernetAddressLengths) {
    auto bytes = from_hex(
        "ffffffffffff 0242ac110002 0806 0020 86dd 08 10 0001"
        "0102030405060708 fe800000000000000000000000000001"
        "1112131415161718 fe800000000000000000000000000002");
    auto f = decode(bytes);
    const ArpLayer* arp = f->find<ArpLayer>();
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(presence_of<ArpLayer>(*f), Presence::complete);
    EXPECT_EQ(f->truncated, nullptr);
    EXPECT_FALSE(arp->ipv4_addresses());
    EXPECT_EQ(arp->sha.size(), 8U);
    EXPECT_EQ(arp->spa.size(), 16U);
    EXPECT_EQ(bytes_of(arp->tha), from_hex("1112131415161718"));
    EXPECT_EQ(arp->tpa.size(), 16U);
    EXPECT_EQ(static_cast<unsigned>(arp->tpa[15]), 2U);
}

// The decoder reads nothing of the frame past the ARP payload it is given.
TEST(Arp, DecodeArpDirectlyOnAShortView) {
    auto bytes = from_hex("0001 0800 06 04 00");
    DecodedFrame f;
    f.reset(test::view(bytes), 7, LinkType::ethernet);
    const DecodeOptions options;
    Decoder d{f, options};
    decode_arp(d, test::view(bytes), 7);
    ASSERT_EQ(f.size(), 1U);
    const ArpLayer* arp = f.get<ArpLayer>(0);
    ASSERT_NE(arp, nullptr);
    EXPECT_EQ(f.layers()[0].presence, Presence::partial);
    EXPECT_STREQ(f.truncated, "arp");
    EXPECT_EQ(arp->whole.size(), 7U);
    EXPECT_EQ(arp->length, 7U);
}

// --- The -v tree ---

TEST(ArpTree, RequestFields) {
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kArpRequest)),
                         "\n    Address Resolution Protocol"
                         "\n        Hardware type: Ethernet (1)"
                         "\n        Protocol type: IPv4 (0x0800)"
                         "\n        Hardware size: 6"
                         "\n        Protocol size: 4"
                         "\n        Opcode: Request (1)"
                         "\n        Sender hardware address: 02:42:ac:11:00:02"
                         "\n        Sender protocol address: 172.17.0.2"
                         "\n        Target hardware address: 00:00:00:00:00:00"
                         "\n        Target protocol address: 172.17.0.1"));
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kArpReply)), "\n        Opcode: Reply (2)"));
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kRarpReply)), "\n        Opcode: Reverse Reply (4)"));
    // An operation without a name shows only its number.
    EXPECT_TRUE(contains(tree_of(from_hex(frames::kArpUnknownOp)), "\n        Opcode: 7\n"));
}

TEST(ArpTree, OtherAddressFormats) {
    const std::string t = tree_of(from_hex(
        "ffffffffffff 0242ac110002 0806 0020 86dd 08 10 0001"
        "0102030405060708 fe800000000000000000000000000001"
        "1112131415161718 fe800000000000000000000000000002"));
    EXPECT_TRUE(contains(t, "\n        Hardware type: InfiniBand (32)"));
    EXPECT_TRUE(contains(t, "\n        Protocol type: IPv6 (0x86dd)"));
    EXPECT_TRUE(contains(t, "\n        Sender hardware address: 01:02:03:04:05:06:07:08"));
    EXPECT_TRUE(contains(t, "\n        Sender protocol address: fe:80:00:00:00:00:00:00:00:00:00:00:00:00:00:01"));
}

TEST(ArpTree, CutAddressesAreLeftOut) {
    auto bytes = from_hex(frames::kArpRequest);
    const std::string t = tree_of(prefix(bytes, 30), 42);
    EXPECT_TRUE(contains(t, "\n        Opcode: Request (1)"));
    EXPECT_EQ(t.find("Sender hardware address"), std::string::npos) << t;
    EXPECT_TRUE(t.ends_with("\n    [Truncated: arp]")) << t;
    // The fixed header cut short: no ARP heading at all.
    const std::string header_cut = tree_of(prefix(bytes, 20), 42);
    EXPECT_EQ(header_cut.find("Address Resolution Protocol"), std::string::npos) << header_cut;
    EXPECT_TRUE(header_cut.ends_with("\n    [Truncated: arp]")) << header_cut;
}

TEST(ArpTree, MalformedNote) {
    const std::string t = tree_of(from_hex("ffffffffffff 0242ac110002 0806 0001 0800 00 04 0001 ac110002 ac110001"));
    EXPECT_TRUE(contains(t, "\n        Hardware size: 0"));
    EXPECT_TRUE(t.ends_with("\n    [Malformed: arp hlen 0]")) << t;
}

}  // namespace
}  // namespace tapsniff
