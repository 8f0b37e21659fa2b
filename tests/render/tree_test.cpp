// Unit tests for format_tree (the -v tree): a heading per decoded layer, a line per field, the
// frame's notes last. What each protocol shows is tested in its own tests/proto/ file.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "frame_checks.hpp"
#include "proto/ip_test_frames.hpp"
#include "tapsniff/render.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;
using test::prefix;
using test::tree_of;
namespace frames = test::frames;
namespace ipf = test::ipframes;

// The tree's lines (each starts with "\n"), without the newline.
std::vector<std::string> lines_of(const std::string& tree) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < tree.size()) {
        EXPECT_EQ(tree[pos], '\n') << tree;
        std::size_t next = tree.find('\n', pos + 1);
        out.push_back(tree.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1));
        pos = next == std::string::npos ? tree.size() : next;
    }
    return out;
}

std::vector<std::string> headings_of(const std::string& tree) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(tree)) {
        if (line.starts_with("    ") && line[4] != ' ') out.push_back(line.substr(4));
    }
    return out;
}

TEST(Tree, AHeadingPerLayerInOrder) {
    EXPECT_EQ(headings_of(tree_of(from_hex(ipf::kUdp))),
              (std::vector<std::string>{"Ethernet", "Internet Protocol Version 4", "User Datagram Protocol"}));
    EXPECT_EQ(headings_of(tree_of(from_hex(frames::kSnapArp))),
              (std::vector<std::string>{"Ethernet", "Logical-Link Control", "Address Resolution Protocol"}));
    EXPECT_EQ(headings_of(tree_of(from_hex(ipf::kSyn))),
              (std::vector<std::string>{"Ethernet", "Internet Protocol Version 4", "Transmission Control Protocol"}));
}

// Headings are indented 4 spaces, fields 8 (and 4 more per list level), each "Label: value".
TEST(Tree, LineLayout) {
    for (auto hex : {ipf::kUdp, ipf::kSyn, ipf::kRoutingFragment, frames::kQinqArp, frames::kStpTest}) {
        const std::string t = tree_of(from_hex(hex));
        for (const std::string& line : lines_of(t)) {
            ASSERT_TRUE(line.starts_with("    ")) << line;
            std::size_t indent = line.find_first_not_of(' ');
            ASSERT_NE(indent, std::string::npos) << line;
            EXPECT_EQ(indent % 4, 0U) << line;
            if (indent >= 8 && line.find(": ") == std::string::npos) {
                // A list item's heading ("Option", "802.1Q Virtual LAN", "Extension Header").
                EXPECT_EQ(line.find(':'), std::string::npos) << line;
            }
            EXPECT_FALSE(line.ends_with(" ")) << line;
        }
    }
}

TEST(Tree, NoLayersNoText) {
    DecodedFrame f;
    OutBuffer out;
    format_tree(f, out);
    EXPECT_EQ(test::to_string(out), "");
}

// Layers whose fixed header was cut have no heading; the frame's notes come last.
TEST(Tree, PartialLayersAreLeftOutAndNotesComeLast) {
    const std::string ether = tree_of(prefix(from_hex(frames::kArpRequest), 6), 42);
    EXPECT_EQ(ether, "\n    [Truncated: ether]");

    // hlen 0 (malformed) and the addresses cut (truncated): both notes, truncated first.
    auto both = from_hex("ffffffffffff 0242ac110002 0806 0001 0800 00 04 0001 ac110002 ac110001");
    const std::string t = tree_of(prefix(both, 26), static_cast<std::uint32_t>(both.size()));
    EXPECT_TRUE(t.ends_with("\n        Opcode: Request (1)\n    [Truncated: arp]\n    [Malformed: arp hlen 0]")) << t;
}

TEST(Tree, AppendsToTheBuffer) {
    auto bytes = from_hex(frames::kArpRequest);
    auto f = test::decode(bytes);
    OutBuffer out;
    text::append(out, "line");
    format_tree(*f, out);
    EXPECT_TRUE(test::to_string(out).starts_with("line\n    Ethernet\n        Source: ")) << test::to_string(out);
}

}  // namespace
}  // namespace tapsniff
