// Unit tests for TimestampFormatter: the five -t modes and the once-a-second local time cache.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <string>

#include "tapsniff/timestamp.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

std::string stamp(TimestampFormatter& f, std::int64_t sec, std::uint32_t usec) {
    OutBuffer buf;
    f.format(Timestamp{sec, usec}, buf);
    return test::to_string(buf);
}

// Sets TZ for one test and puts the old value back.
class ScopedTz {
public:
    explicit ScopedTz(const char* tz) {
        if (const char* old = std::getenv("TZ")) {
            old_ = old;
            had_ = true;
        }
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ScopedTz() {
        if (had_) setenv("TZ", old_.c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }
    ScopedTz(const ScopedTz&) = delete;
    ScopedTz& operator=(const ScopedTz&) = delete;

private:
    std::string old_;
    bool had_ = false;
};

TEST(Timestamp, Epoch) {
    TimestampFormatter f(TimeMode::epoch);
    EXPECT_EQ(stamp(f, 1732449600, 1), "1732449600.000001 ");
    EXPECT_EQ(stamp(f, 1732449601, 999999), "1732449601.999999 ");
    EXPECT_EQ(stamp(f, 0, 0), "0.000000 ");
}

TEST(Timestamp, NonePrintsNothing) {
    TimestampFormatter f(TimeMode::none);
    EXPECT_EQ(stamp(f, 1732449600, 123456), "");
    EXPECT_EQ(stamp(f, 1732449601, 0), "");
}

TEST(Timestamp, RelativeToFirstFrame) {
    TimestampFormatter f(TimeMode::relative);
    EXPECT_EQ(stamp(f, 1732449600, 500000), "00:00:00.000000 ");
    EXPECT_EQ(stamp(f, 1732449602, 0), "00:00:01.500000 ");
    EXPECT_EQ(stamp(f, 1732449602, 100), "00:00:01.500100 ");
    // Hours, minutes and seconds: 1 h 2 min 3.5 s after the first frame.
    EXPECT_EQ(stamp(f, 1732449600 + 3724, 0), "01:02:03.500000 ");
    // More than a day is still counted in hours.
    EXPECT_EQ(stamp(f, 1732449600 + 100 * 3600, 500000), "100:00:00.000000 ");
}

TEST(Timestamp, DeltaToPreviousFrame) {
    TimestampFormatter f(TimeMode::delta);
    EXPECT_EQ(stamp(f, 1732449600, 900000), "00:00:00.000000 ");
    EXPECT_EQ(stamp(f, 1732449602, 400000), "00:00:01.500000 ");
    EXPECT_EQ(stamp(f, 1732449602, 400001), "00:00:00.000001 ");
    EXPECT_EQ(stamp(f, 1732449602 + 61, 400001), "00:01:01.000000 ");
}

// A pcap file may go back in time: the difference is zero, never negative.
TEST(Timestamp, BackwardsTimeIsZero) {
    TimestampFormatter delta(TimeMode::delta);
    EXPECT_EQ(stamp(delta, 1732449600, 0), "00:00:00.000000 ");
    EXPECT_EQ(stamp(delta, 1732449599, 0), "00:00:00.000000 ");
    EXPECT_EQ(stamp(delta, 1732449599, 250000), "00:00:00.250000 ");  // against the frame before
    TimestampFormatter rel(TimeMode::relative);
    EXPECT_EQ(stamp(rel, 1732449600, 0), "00:00:00.000000 ");
    EXPECT_EQ(stamp(rel, 1732449500, 0), "00:00:00.000000 ");
}

TEST(Timestamp, AbsoluteInUtc) {
    ScopedTz tz("UTC");
    TimestampFormatter f(TimeMode::absolute);
    EXPECT_EQ(stamp(f, 1732449600, 123456), "12:00:00.123456 ");  // 2024-11-24 12:00:00 UTC
}

TEST(Timestamp, AbsoluteFollowsTheTimeZone) {
    ScopedTz tz("UTC-2");  // POSIX sign: two hours east of UTC
    TimestampFormatter f(TimeMode::absolute);
    EXPECT_EQ(stamp(f, 1732449600, 5), "14:00:00.000005 ");
}

// Local time is cached per second: frames in one second share it, the next second updates it,
// and going back to an earlier second does not reuse the newer text.
TEST(Timestamp, AbsoluteCacheAcrossSeconds) {
    ScopedTz tz("UTC");
    TimestampFormatter f(TimeMode::absolute);
    EXPECT_EQ(stamp(f, 1732449600, 1), "12:00:00.000001 ");
    EXPECT_EQ(stamp(f, 1732449600, 999999), "12:00:00.999999 ");
    EXPECT_EQ(stamp(f, 1732449601, 0), "12:00:01.000000 ");
    EXPECT_EQ(stamp(f, 1732449600 + 3599, 7), "12:59:59.000007 ");
    EXPECT_EQ(stamp(f, 1732449600 + 3600, 7), "13:00:00.000007 ");
    EXPECT_EQ(stamp(f, 1732449600, 2), "12:00:00.000002 ");
    EXPECT_EQ(stamp(f, 1732449600 + 86400 - 1, 0), "11:59:59.000000 ");
}

TEST(Timestamp, AppendsAfterExistingText) {
    TimestampFormatter f(TimeMode::epoch);
    OutBuffer buf;
    buf.append(std::string_view("x"));
    f.format(Timestamp{1, 2}, buf);
    f.format(Timestamp{3, 4}, buf);
    EXPECT_EQ(test::to_string(buf), "x1.000002 3.000004 ");
}

}  // namespace
}  // namespace tapsniff
