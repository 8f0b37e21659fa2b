// Unit tests for the field writers (src/render/fields.hpp): one hand-written describe() rendered as
// JSON members and as -v tree lines, as every protocol's field description is.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "render/fields.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;
using test::view;

const char* color_name(std::uint64_t v) {
    switch (v) {
        case 1: return "Red";
        case 2: return "Green";
        default: return nullptr;
    }
}

void show_bits(OutBuffer& out, std::uint64_t v) { TS_PUT(out, "0b{:b} (shown)", v); }

constexpr Field kNumber{"number", "Number"};
constexpr Field kHex{"hex", "Hex Value", 4};
constexpr Field kWide{"wide", "Wide", 8};
constexpr Field kNamed{"color", "Color", 0, color_name};
constexpr Field kNamedHex{"kind", "Kind", 2, color_name};
constexpr Field kUnit{"size", "Size", 0, nullptr, nullptr, "bytes"};
constexpr Field kShown{"bits", "Bits", 0, nullptr, show_bits};
constexpr Field kJsonOnly{"secret", ""};
constexpr Field kTreeOnly{"", "Tree Only"};
constexpr Field kNowhere{"", ""};

// Numbers: decimal, hex (a JSON string), named, with a unit, shown by a function, in one place only.
template <class W>
void describe_numbers(W& w) {
    w.num(kNumber, 42);
    w.num(kHex, 0xff);
    w.num(kWide, 0x1234);
    w.num(kNamed, 1);
    w.num(kNamed, 7);  // no name for 7
    w.num(kNamedHex, 2);
    w.num(kUnit, 20);
    w.num(kShown, 5);
    w.num(kJsonOnly, 7);
    w.num(kTreeOnly, 9);
    w.num(kNowhere, 11);
}

constexpr Field kFlag{"flag", "Flag"};
constexpr Field kText{"text", "Text"};
constexpr Field kMac{"mac", "MAC"};
constexpr Field kV4{"v4", "IPv4"};
constexpr Field kV6{"v6", "IPv6"};
constexpr Field kLink{"link", "Link"};
constexpr Field kProto{"proto", "Proto"};

struct Addresses {
    MacAddress mac{0x02, 0x42, 0xac, 0x11, 0x00, 0x02};
    Ipv4Address v4{10, 0, 0, 1};
    Ipv6Address v6{0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    std::vector<std::byte> eight = from_hex("0102030405060708");
    std::vector<std::byte> four = from_hex("ac110002");
};

template <class W>
void describe_values(const Addresses& a, W& w) {
    w.flag(kFlag, true);
    w.flag(kFlag, false);
    w.str(kText, "plain");
    w.mac(kMac, a.mac);
    w.ipv4(kV4, a.v4);
    w.ipv6(kV6, a.v6);
    w.link_address(kLink, view(a.eight));
    w.link_address(kLink, Bytes{});
    w.protocol_address(kProto, view(a.four), true);
    w.protocol_address(kProto, view(a.four), false);
}

constexpr Field kItems{"items", "Item"};
constexpr Field kItemId{"id", "ID"};
constexpr Field kItemName{"name", "Name"};
constexpr Field kInner{"inner", "Inner"};
constexpr Field kNumbers{"numbers", "Numbers"};
constexpr Field kTreeNumbers{"", "Tree Numbers"};
constexpr Field kJsonNumbers{"json_numbers", ""};
constexpr Field kAfter{"after", "After"};

// A list of two items (the second with a list of its own), lists of numbers, then a field after.
template <class W>
void describe_lists(W& w) {
    w.begin_list(kItems);
    w.begin_item(kItems);
    w.num(kItemId, 1);
    w.str(kItemName, "one");
    w.end_item(kItems);
    w.begin_item(kItems);
    w.num(kItemId, 2);
    w.begin_list(kInner);
    w.begin_item(kInner);
    w.num(kItemId, 21);
    w.end_item(kInner);
    w.end_list(kInner);
    w.end_item(kItems);
    w.end_list(kItems);
    w.begin_numbers(kNumbers);
    w.number_item(3);
    w.number_item(4);
    w.number_item(5);
    w.end_numbers(kNumbers);
    w.begin_numbers(kTreeNumbers);
    w.number_item(6);
    w.number_item(7);
    w.end_numbers(kTreeNumbers);
    w.begin_numbers(kJsonNumbers);
    w.number_item(8);
    w.end_numbers(kJsonNumbers);
    w.num(kAfter, 9);
}

template <class F>
std::string json(F&& describe) {
    OutBuffer out;
    JsonWriter w(out);
    describe(w);
    return test::to_string(out);
}

template <class F>
std::string tree(F&& describe) {
    OutBuffer out;
    TreeWriter w(out);
    describe(w);
    return test::to_string(out);
}

TEST(JsonWriter, Numbers) {
    EXPECT_EQ(json([](auto& w) { describe_numbers(w); }),
              R"("number":42,"hex":"0x00ff","wide":"0x00001234","color":1,"color":7,"kind":"0x02","size":20,)"
              R"("bits":5,"secret":7)");
}

TEST(TreeWriter, Numbers) {
    EXPECT_EQ(tree([](auto& w) { describe_numbers(w); }),
              "\n        Number: 42"
              "\n        Hex Value: 0x00ff"
              "\n        Wide: 0x00001234"
              "\n        Color: Red (1)"
              "\n        Color: 7"
              "\n        Kind: Green (0x02)"
              "\n        Size: 20 bytes"
              "\n        Bits: 0b101 (shown)"
              "\n        Tree Only: 9");
}

TEST(JsonWriter, ValuesAndAddresses) {
    Addresses a;
    EXPECT_EQ(json([&](auto& w) { describe_values(a, w); }),
              R"("flag":true,"flag":false,"text":"plain","mac":"02:42:ac:11:00:02","v4":"10.0.0.1","v6":"fe80::1",)"
              R"("link":"01:02:03:04:05:06:07:08","link":"","proto":"172.17.0.2","proto":"ac:11:00:02")");
}

TEST(TreeWriter, ValuesAndAddresses) {
    Addresses a;
    EXPECT_EQ(tree([&](auto& w) { describe_values(a, w); }),
              "\n        Flag: True"
              "\n        Flag: False"
              "\n        Text: plain"
              "\n        MAC: 02:42:ac:11:00:02"
              "\n        IPv4: 10.0.0.1"
              "\n        IPv6: fe80::1"
              "\n        Link: 01:02:03:04:05:06:07:08"
              "\n        Link: <empty>"
              "\n        Proto: 172.17.0.2"
              "\n        Proto: ac:11:00:02");
}

TEST(JsonWriter, Lists) {
    EXPECT_EQ(json([](auto& w) { describe_lists(w); }),
              R"("items":[{"id":1,"name":"one"},{"id":2,"inner":[{"id":21}]}],"numbers":[3,4,5],)"
              R"("json_numbers":[8],"after":9)");
}

TEST(TreeWriter, ListsNestOneLevelPerItem) {
    EXPECT_EQ(tree([](auto& w) { describe_lists(w); }),
              "\n        Item"
              "\n            ID: 1"
              "\n            Name: one"
              "\n        Item"
              "\n            ID: 2"
              "\n            Inner"
              "\n                ID: 21"
              "\n        Numbers: 3, 4, 5"
              "\n        Tree Numbers: 6, 7"
              "\n        After: 9");
}

TEST(JsonWriter, EmptyListsAndLists) {
    constexpr Field kEmpty{"empty", "Empty"};
    EXPECT_EQ(json([&](auto& w) {
                  w.begin_list(kEmpty);
                  w.end_list(kEmpty);
                  w.begin_numbers(kEmpty);
                  w.end_numbers(kEmpty);
                  w.num(kAfter, 1);
              }),
              R"("empty":[],"empty":[],"after":1)");
    EXPECT_EQ(tree([&](auto& w) {
                  w.begin_list(kEmpty);
                  w.end_list(kEmpty);
                  w.num(kAfter, 1);
              }),
              "\n        After: 1");
}

// A list whose items have no JSON key writes nothing to JSON, whatever its items hold.
TEST(JsonWriter, TreeOnlyListIsNotInJson) {
    constexpr Field kTreeList{"", "Entry"};
    auto describe = [&](auto& w) {
        w.num(kNumber, 1);
        w.begin_list(kTreeList);
        w.begin_item(kTreeList);
        w.num(kTreeOnly, 2);
        w.end_item(kTreeList);
        w.end_list(kTreeList);
        w.num(kAfter, 3);
    };
    EXPECT_EQ(json(describe), R"("number":1,"after":3)");
    EXPECT_EQ(tree(describe), "\n        Number: 1\n        Entry\n            Tree Only: 2\n        After: 3");
}

TEST(JsonWriter, StringEscaping) {
    constexpr Field kS{"s", "S"};
    const std::string raw =
        std::string("quote\" backslash\\ tab\t nl\n nul") + '\0' + " del\x7f utf8\xc3\xa9 bad\xff\xc3 surrogate\xed\xa0\x80";
    // Well-formed UTF-8 goes out as it is (tshark shows "é"); any other byte >= 0x7f is escaped.
    EXPECT_EQ(json([&](auto& w) { w.str(kS, raw); }),
              "\"s\":\"quote\\\" backslash\\\\ tab\\u0009 nl\\u000a nul\\u0000 del\\u007f utf8\xc3\xa9 bad\\u00ff\\u00c3"
              " surrogate\\u00ed\\u00a0\\u0080\"");
    // The tree shows the text as it is.
    EXPECT_EQ(tree([&](auto& w) { w.str(kS, "a\"b\\c"); }), "\n        S: a\"b\\c");
    // The escaping the frame object's own strings use.
    OutBuffer out;
    JsonWriter::append_string(out, "x\"y");
    EXPECT_EQ(test::to_string(out), R"("x\"y")");
}

TEST(JsonWriter, ChecksumIsItsNumber) {
    constexpr Field kSum{"sum", "Checksum"};
    constexpr Field kSumHex{"sum", "Checksum", 4};
    Checksum c;
    c.value = 0x1c46;
    c.state = Checksum::State::correct;
    EXPECT_EQ(json([&](auto& w) { w.checksum(kSum, c); }), R"("sum":7238)");
    EXPECT_EQ(json([&](auto& w) { w.checksum(kSumHex, c); }), R"("sum":"0x1c46")");
}

TEST(TreeWriter, ChecksumStates) {
    constexpr Field kSum{"", "Checksum"};
    auto line = [&](Checksum::State state, std::uint16_t value, std::uint16_t expected = 0) {
        Checksum c;
        c.state = state;
        c.value = value;
        c.expected = expected;
        return tree([&](auto& w) { w.checksum(kSum, c); });
    };
    EXPECT_EQ(line(Checksum::State::correct, 0x1c46), "\n        Checksum: 0x1c46 [correct]");
    EXPECT_EQ(line(Checksum::State::incorrect, 0x1234, 0x00ab),
              "\n        Checksum: 0x1234 [incorrect, should be 0x00ab]");
    EXPECT_EQ(line(Checksum::State::unused, 0), "\n        Checksum: 0x0000 [not used]");
    EXPECT_EQ(line(Checksum::State::unverified, 0xbeef), "\n        Checksum: 0xbeef [unverified]");
    // Without a label there is no line.
    Checksum c;
    EXPECT_EQ(tree([&](auto& w) { w.checksum(kJsonOnly, c); }), "");
}

// Writers append to what is already in the buffer.
TEST(FieldWriters, AppendToTheBuffer) {
    OutBuffer out;
    text::append(out, "{");
    JsonWriter j(out);
    j.num(kNumber, 1);
    j.num(kHex, 2);
    out.push_back('}');
    EXPECT_EQ(test::to_string(out), R"({"number":1,"hex":"0x0002"})");

    OutBuffer t;
    text::append(t, "\n    Heading");
    TreeWriter w(t);
    w.num(kNumber, 1);
    EXPECT_EQ(test::to_string(t), "\n    Heading\n        Number: 1");
}

}  // namespace
}  // namespace tapsniff
