// Unit tests for the TFTP home (src/proto/tftp): read and write requests with tcpdump's quoting,
// every cut and changed bytes, JSON with tshark's names.
#include <gtest/gtest.h>

#include "frame_checks.hpp"
#include "proto/tftp/tftp.hpp"
#include "tftp_frames.hpp"

namespace tapsniff {
namespace {

using test::contains;
using test::decode;
using test::from_hex;
using test::presence_of;
namespace tf = test::tftp_frames;

TEST(Tftp, ReadAndWriteRequests) {
    auto f = decode(from_hex(tf::kRrq.hex));
    const TftpLayer* t = f->find<TftpLayer>();
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(t->opcode, 1);
    ASSERT_EQ(t->strings.size(), 2U);
    EXPECT_TRUE(t->strings[1].terminated);
    EXPECT_EQ(test::text_of(tf::kRrq), "192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, RRQ \"file1\" octet");
    EXPECT_EQ(test::text_of(tf::kWrq), "192.168.0.1.57509 > 192.168.0.13.69: TFTP, length 20, WRQ \"rfc1350.txt\" octet");
    EXPECT_TRUE(contains(test::json_of(from_hex(tf::kRrq.hex)),
                         "\"tftp\":{\"opcode\":1,\"source_file\":\"file1\",\"type\":\"octet\"}"));
    EXPECT_TRUE(contains(test::json_of(from_hex(tf::kWrq.hex)), "\"destination_file\":\"rfc1350.txt\""));
    EXPECT_TRUE(contains(test::tree_of(from_hex(tf::kRrq.hex)), "        Opcode: RRQ (1)\n        Source File: file1\n"));
}

TEST(Tftp, EveryCutAndChangedByteLikeTcpdump) {
    for (const auto* frame : {&tf::kRrq, &tf::kWrq}) {
        test::expect_cuts_like_tcpdump(*frame);
        test::expect_mutations_like_tcpdump(*frame);
    }
}

TEST(Tftp, ErrorAndBlocks) {
    // The request rewritten as an error (code 1, message "file1") and as an ACK of block 0x6669.
    auto bytes = from_hex(tf::kRrq.hex);
    bytes[43] = std::byte{5};
    bytes[44] = std::byte{0};
    bytes[45] = std::byte{1};
    EXPECT_EQ(test::after_link(test::line_of(bytes)),
              "192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, ERROR ENOTFOUND \"le1\"");
    bytes[43] = std::byte{4};
    EXPECT_EQ(test::after_link(test::line_of(bytes)), "192.168.1.2.44935 > 192.168.1.1.69: TFTP, length 14, ACK block 1");
    EXPECT_EQ(presence_of<TftpLayer>(*decode(bytes)), Presence::complete);
}

}  // namespace
}  // namespace tapsniff
