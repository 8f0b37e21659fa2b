// Unit tests for the -r progress line's text: bytes, percent of the file, frames, rate.
#include "tapsniff/progress.hpp"

#include <gtest/gtest.h>

namespace tapsniff {
namespace {

TEST(ProgressText, FileWithSizeShowsPercent) {
    EXPECT_EQ(ProgressSource::text("big.pcap", 812ULL << 20, 1800ULL << 20, 1234567, 2.0),
              "reading big.pcap: 812.0 MiB of 1.8 GiB (45%), 1234567 frames, 617.3 k frames/s");
}

TEST(ProgressText, PipeHasNoPercent) {
    EXPECT_EQ(ProgressSource::text("-", 3 << 10, std::nullopt, 40, 1.0),
              "reading stdin: 3.0 KiB, 40 frames, 40 frames/s");
}

TEST(ProgressText, RatesAndSizesScale) {
    EXPECT_EQ(ProgressSource::text("f", 5ULL << 30, 10ULL << 30, 7000000, 2.0),
              "reading f: 5.0 GiB of 10.0 GiB (50%), 7000000 frames, 3.50 M frames/s");
    // A position past the size (the file grew) never shows more than 100 %.
    EXPECT_EQ(ProgressSource::text("f", 2048, 1024, 1, 0.0), "reading f: 2.0 KiB of 1.0 KiB (100%), 1 frames, 0 frames/s");
}

}  // namespace
}  // namespace tapsniff
