// Unit tests for Cursor: big-endian reads, and reads past the end that fail without moving.
#include <gtest/gtest.h>

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
}

TEST(Cursor, HighBitValuesAreNotSignExtended) {
    auto data = from_hex("ff fffe fffffffd");
    Cursor c(view(data));
    EXPECT_EQ(c.u8(), 0xff);
    EXPECT_EQ(c.be16(), 0xfffe);
    EXPECT_EQ(c.be32(), 0xfffffffdU);
}

// Every kind of read at the very end: nullopt (or false), and the cursor stays where it was.
TEST(Cursor, EveryReadAtTheEndFailsAndDoesNotMove) {
    auto data = from_hex("aabbcc");
    Cursor c(view(data));
    ASSERT_TRUE(c.skip(3));
    ASSERT_EQ(c.offset(), 3U);

    EXPECT_FALSE(c.u8().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.be16().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.be32().has_value());
    EXPECT_EQ(c.offset(), 3U);
    EXPECT_FALSE(c.bytes(1).has_value());
    EXPECT_EQ(c.offset(), 3U);
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
    for (std::size_t left = 0; left < 4; ++left) {
        auto data = from_hex("0102030405");
        Cursor c(view(data).first(1 + left));
        ASSERT_TRUE(c.skip(1));
        if (left < 2) {
            EXPECT_FALSE(c.be16().has_value()) << left;
            EXPECT_EQ(c.offset(), 1U);
        }
        if (left < 4) {
            EXPECT_FALSE(c.be32().has_value()) << left;
            EXPECT_EQ(c.offset(), 1U);
        }
        EXPECT_FALSE(c.bytes(left + 1).has_value()) << left;
        EXPECT_FALSE(c.skip(left + 1)) << left;
        EXPECT_EQ(c.offset(), 1U);
        EXPECT_EQ(c.remaining(), left);
    }
}

TEST(Cursor, EmptySpanHasNothing) {
    Cursor c{Bytes{}};
    EXPECT_EQ(c.remaining(), 0U);
    EXPECT_FALSE(c.u8().has_value());
    EXPECT_FALSE(c.be16().has_value());
    EXPECT_FALSE(c.be32().has_value());
    EXPECT_FALSE(c.bytes(1).has_value());
    EXPECT_EQ(c.offset(), 0U);
}

// Huge lengths (from a wire field) must not wrap around in the bounds check.
TEST(Cursor, HugeLengthsFail) {
    auto data = from_hex("0102030405");
    Cursor c(view(data));
    ASSERT_TRUE(c.u8().has_value());
    EXPECT_FALSE(c.bytes(SIZE_MAX).has_value());
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

TEST(ByteOrZero, ReadsInsideAndZeroPastTheEnd) {
    auto data = from_hex("ab cd");
    EXPECT_EQ(byte_or_zero(view(data), 0), 0xab);
    EXPECT_EQ(byte_or_zero(view(data), 1), 0xcd);
    EXPECT_EQ(byte_or_zero(view(data), 2), 0);
    EXPECT_EQ(byte_or_zero(Bytes{}, 0), 0);
    EXPECT_EQ(byte_or_zero(view(data), SIZE_MAX), 0);
}

}  // namespace
}  // namespace tapsniff
