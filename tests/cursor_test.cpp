// Unit tests for Cursor: big- and little-endian reads, sub-cursors and look-ahead, and reads past
// the end that fail without moving.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>

#include "tapsniff/cursor.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;
using test::view;

TEST(Cursor, ReadsBigEndianAndAdvances) {
    auto data = from_hex("01 0203 04050607 08090a");
    Cursor c(view(data));
    EXPECT_EQ(c.remaining(), 10U);
    EXPECT_EQ(c.u8(), 0x01);
    EXPECT_EQ(c.be16(), 0x0203);
    EXPECT_EQ(c.be32(), 0x04050607U);
    EXPECT_EQ(c.offset(), 7U);
    auto rest = c.bytes(3);
    ASSERT_TRUE(rest.has_value());
    ASSERT_EQ(rest->size(), 3U);
    EXPECT_EQ((*rest)[0], std::byte{0x08});
    EXPECT_EQ((*rest)[2], std::byte{0x0a});
    EXPECT_EQ(c.remaining(), 0U);
    EXPECT_TRUE(c.empty());
}

TEST(Cursor, ReadsTheWiderBigEndianWidths) {
    auto data = from_hex("010203 040506070809 0a0b0c0d0e0f1011");
    Cursor c(view(data));
    EXPECT_EQ(c.be24(), 0x010203U);
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_EQ(c.be48(), 0x040506070809ULL);
    EXPECT_EQ(c.offset(), 9U);
    EXPECT_EQ(c.be64(), 0x0a0b0c0d0e0f1011ULL);
    EXPECT_EQ(c.offset(), 17U);
    EXPECT_TRUE(c.empty());
}

TEST(Cursor, ReadsLittleEndian) {
    auto data = from_hex("3412 78563412 fffe 01020380");
    Cursor c(view(data));
    EXPECT_EQ(c.le16(), 0x1234);
    EXPECT_EQ(c.le32(), 0x12345678U);
    EXPECT_EQ(c.le16(), 0xfeff);
    EXPECT_EQ(c.le32(), 0x80030201U);
    EXPECT_TRUE(c.empty());
}

TEST(Cursor, HighBitValuesAreNotSignExtended) {
    auto data = from_hex("ff fffe fffffffd fffffc fffffffffffb fffffffffffffffa");
    Cursor c(view(data));
    EXPECT_EQ(c.u8(), 0xff);
    EXPECT_EQ(c.be16(), 0xfffe);
    EXPECT_EQ(c.be32(), 0xfffffffdU);
    EXPECT_EQ(c.be24(), 0xfffffcU);
    EXPECT_EQ(c.be48(), 0xfffffffffffbULL);
    EXPECT_EQ(c.be64(), 0xfffffffffffffffaULL);
}

TEST(Cursor, ArrayCopiesAFixedNumberOfBytes) {
    auto data = from_hex("0a000001 020000000001 ff");
    Cursor c(view(data));
    EXPECT_EQ(c.array<4>(), (std::array<std::uint8_t, 4>{10, 0, 0, 1}));
    EXPECT_EQ(c.array<6>(), (std::array<std::uint8_t, 6>{2, 0, 0, 0, 0, 1}));
    EXPECT_EQ(c.offset(), 10U);
    // One byte left: six cannot be read, and nothing moves.
    EXPECT_FALSE(c.array<6>().has_value());
    EXPECT_EQ(c.offset(), 10U);
    EXPECT_EQ(c.array<1>(), (std::array<std::uint8_t, 1>{0xff}));
    // Zero bytes can always be read.
    EXPECT_TRUE(c.array<0>().has_value());
    EXPECT_EQ(c.offset(), 11U);
}

// A sub-cursor reads only its own bytes, starting at its own offset 0; the parent moves past them.
TEST(Cursor, SubIsABoundedCursorOverTheNextBytes) {
    auto data = from_hex("0102030405 0607");
    Cursor c(view(data));
    ASSERT_TRUE(c.skip(1));
    auto sub = c.sub(4);
    ASSERT_TRUE(sub.has_value());
    EXPECT_EQ(c.offset(), 5U);
    EXPECT_EQ(sub->offset(), 0U);
    EXPECT_EQ(sub->remaining(), 4U);
    EXPECT_EQ(sub->all().data(), data.data() + 1);  // a view, not a copy
    EXPECT_EQ(sub->all().size(), 4U);
    EXPECT_EQ(sub->be16(), 0x0203);
    // The sub-cursor does not see the parent's bytes after it.
    EXPECT_FALSE(sub->be32().has_value());
    EXPECT_EQ(sub->be16(), 0x0405);
    EXPECT_TRUE(sub->empty());
    EXPECT_FALSE(sub->u8().has_value());
    // The parent goes on after the sub-cursor's bytes.
    EXPECT_EQ(c.be16(), 0x0607);
}

TEST(Cursor, SubPastTheEndFailsWithoutMoving) {
    auto data = from_hex("010203");
    Cursor c(view(data));
    ASSERT_TRUE(c.skip(1));
    EXPECT_FALSE(c.sub(3).has_value());
    EXPECT_EQ(c.offset(), 1U);
    EXPECT_FALSE(c.sub(SIZE_MAX).has_value());
    EXPECT_EQ(c.offset(), 1U);
    auto whole = c.sub(2);
    ASSERT_TRUE(whole.has_value());
    EXPECT_EQ(whole->remaining(), 2U);
    EXPECT_TRUE(c.empty());
    // An empty sub-cursor at the end is fine.
    auto none = c.sub(0);
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->empty());
    EXPECT_EQ(c.offset(), 3U);
}

TEST(Cursor, PeekLooksAheadWithoutMoving) {
    auto data = from_hex("aabbcc");
    Cursor c(view(data));
    EXPECT_EQ(c.peek(), 0xaa);
    EXPECT_EQ(c.peek(0), 0xaa);
    EXPECT_EQ(c.peek(2), 0xcc);
    EXPECT_FALSE(c.peek(3).has_value());
    EXPECT_EQ(c.offset(), 0U);
    ASSERT_TRUE(c.skip(1));
    EXPECT_EQ(c.peek(), 0xbb);
    EXPECT_EQ(c.peek(1), 0xcc);
    EXPECT_FALSE(c.peek(2).has_value());
    // A huge index must not wrap around in the bounds check.
    EXPECT_FALSE(c.peek(SIZE_MAX).has_value());
    EXPECT_FALSE(c.peek(SIZE_MAX - 1).has_value());
    EXPECT_EQ(c.offset(), 1U);
    ASSERT_TRUE(c.skip(2));
    EXPECT_FALSE(c.peek().has_value());
    EXPECT_EQ(c.offset(), 3U);
}

TEST(Cursor, AheadIsACursorFromFurtherOnThatLeavesThisOneAlone) {
    auto data = from_hex("0102030405");
    Cursor c(view(data));
    ASSERT_TRUE(c.skip(1));
    Cursor here = c.ahead(0);
    EXPECT_EQ(here.remaining(), 4U);
    EXPECT_EQ(here.u8(), 0x02);
    Cursor further = c.ahead(2);
    EXPECT_EQ(further.remaining(), 2U);
    EXPECT_EQ(further.be16(), 0x0405);
    EXPECT_EQ(c.offset(), 1U);
    // Past the end: an empty cursor, whatever the distance.
    EXPECT_TRUE(c.ahead(4).empty());
    EXPECT_TRUE(c.ahead(5).empty());
    EXPECT_TRUE(c.ahead(SIZE_MAX).empty());
    EXPECT_FALSE(c.ahead(9).u8().has_value());
    EXPECT_EQ(c.offset(), 1U);
    EXPECT_EQ(c.u8(), 0x02);
}

TEST(Cursor, AllIsEverythingFromTheStartWhateverWasRead) {
    auto data = from_hex("0102030405");
    Cursor c(view(data));
    ASSERT_TRUE(c.skip(3));
    EXPECT_EQ(c.all().data(), data.data());
    EXPECT_EQ(c.all().size(), 5U);
    EXPECT_EQ(c.rest().size(), 2U);
}

// Every kind of read at the very end: nullopt (or false), and the cursor stays where it was.
TEST(Cursor, EveryReadAtTheEndFailsAndDoesNotMove) {
    auto data = from_hex("aabbcc");
    Cursor c(view(data));
    ASSERT_TRUE(c.skip(3));
    ASSERT_EQ(c.offset(), 3U);
    EXPECT_TRUE(c.empty());

    EXPECT_FALSE(c.u8().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.be16().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.be24().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.be32().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.be48().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.be64().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.le16().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.le32().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.array<4>().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.bytes(1).has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.sub(1).has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.peek().has_value());
    EXPECT_TRUE(c.ahead(0).empty());
    EXPECT_FALSE(c.skip(1));
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_TRUE(c.take_at_most(5).empty());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_TRUE(c.rest().empty());
    EXPECT_FALSE(c.has(1));
    EXPECT_TRUE(c.has(0));
    // A zero-length read at the end succeeds with an empty view.
    auto none = c.bytes(0);
    ASSERT_TRUE(none.has_value());
    EXPECT_TRUE(none->empty());
    EXPECT_EQ(c.offset(), 3U);
}

// A read that would need one byte more than is left fails as a whole: no partial read.
TEST(Cursor, ReadsOneByteShortFailWithoutMoving) {
    for (std::size_t left = 0; left < 8; ++left) {
        auto data = from_hex("010203040506070809");
        Cursor c(view(data).first(1 + left));
        ASSERT_TRUE(c.skip(1));
        if (left < 2) {
            EXPECT_FALSE(c.be16().has_value()) << left;
            EXPECT_FALSE(c.le16().has_value()) << left;
        }
        if (left < 3) {
            EXPECT_FALSE(c.be24().has_value()) << left;
        }
        if (left < 4) {
            EXPECT_FALSE(c.be32().has_value()) << left;
            EXPECT_FALSE(c.le32().has_value()) << left;
            EXPECT_FALSE(c.array<4>().has_value()) << left;
        }
        if (left < 6) {
            EXPECT_FALSE(c.be48().has_value()) << left;
        }
        EXPECT_FALSE(c.be64().has_value()) << left;
        EXPECT_FALSE(c.bytes(left + 1).has_value()) << left;
        EXPECT_FALSE(c.sub(left + 1).has_value()) << left;
        EXPECT_FALSE(c.peek(left).has_value()) << left;
        EXPECT_FALSE(c.skip(left + 1)) << left;
        EXPECT_EQ(c.offset(), 1U);
        EXPECT_EQ(c.remaining(), left);
    }
}

TEST(Cursor, EmptySpanHasNothing) {
    Cursor c{Bytes{}};
    EXPECT_EQ(c.remaining(), 0U);
    EXPECT_TRUE(c.empty());
    EXPECT_FALSE(c.u8().has_value());
    EXPECT_FALSE(c.be16().has_value());
    EXPECT_FALSE(c.be32().has_value());
    EXPECT_FALSE(c.le16().has_value());
    EXPECT_FALSE(c.bytes(1).has_value());
    EXPECT_FALSE(c.peek().has_value());
    EXPECT_TRUE(c.ahead(1).empty());
    EXPECT_TRUE(c.all().empty());
    EXPECT_EQ(c.offset(), 0U);
    Cursor d;  // default-constructed: the same as over no bytes
    EXPECT_TRUE(d.empty());
    EXPECT_FALSE(d.u8().has_value());
}

// Huge lengths (from a wire field) must not wrap around in the bounds check.
TEST(Cursor, HugeLengthsFail) {
    auto data = from_hex("0102030405");
    Cursor c(view(data));
    ASSERT_TRUE(c.u8().has_value());
    EXPECT_FALSE(c.bytes(SIZE_MAX).has_value());
    EXPECT_FALSE(c.sub(SIZE_MAX).has_value());
    EXPECT_FALSE(c.skip(SIZE_MAX));
    EXPECT_FALSE(c.has(SIZE_MAX));
    EXPECT_EQ(c.offset(), 1U);
    EXPECT_EQ(c.take_at_most(SIZE_MAX).size(), 4U);
    EXPECT_EQ(c.offset(), 5U);
}

TEST(Cursor, TakeAtMostClampsToWhatIsThere) {
    auto data = from_hex("0102030405");
    Cursor c(view(data));
    Bytes two = c.take_at_most(2);
    ASSERT_EQ(two.size(), 2U);
    EXPECT_EQ(two[1], std::byte{0x02});
    EXPECT_EQ(c.offset(), 2U);
    Bytes rest = c.take_at_most(100);
    ASSERT_EQ(rest.size(), 3U);
    EXPECT_EQ(rest[0], std::byte{0x03});
    EXPECT_EQ(c.offset(), 5U);
}

TEST(Cursor, RestIsAViewOfTheRemainder) {
    auto data = from_hex("0102030405");
    Cursor c(view(data));
    ASSERT_TRUE(c.skip(2));
    Bytes rest = c.rest();
    ASSERT_EQ(rest.size(), 3U);
    EXPECT_EQ(rest.data(), data.data() + 2);  // a view, not a copy
    EXPECT_EQ(c.offset(), 2U);                // rest() does not consume
}

}  // namespace
}  // namespace tapsniff
