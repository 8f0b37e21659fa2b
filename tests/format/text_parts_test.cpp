// The hand-written number and literal appenders against fmt, which they replace on hot paths.
#include <gtest/gtest.h>

#include <random>

#include "format/text_parts.hpp"

using namespace tapsniff;

TEST(TextParts, AppendUintMatchesFmtAtEveryDigitCount) {
    std::vector<std::uint64_t> values{0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 65535, 4294967295ULL,
                                      18446744073709551615ULL};
    std::uint64_t p = 1;
    for (int i = 0; i < 19; ++i, p *= 10) {
        values.push_back(p - 1);
        values.push_back(p);
        values.push_back(p + 1);
    }
    std::mt19937_64 rng(42);
    for (int i = 0; i < 10000; ++i) values.push_back(rng() >> (rng() % 64));
    for (std::uint64_t v : values) {
        OutBuffer out;
        text::append_labeled(out, "x ", v);
        ASSERT_EQ(fmt::to_string(out), fmt::format("x {}", v));
    }
}

TEST(TextParts, AppendPaddedMatchesFmtZeroPadding) {
    for (std::uint32_t v : {0U, 5U, 42U, 999U, 123456U, 999999U}) {
        for (std::size_t width : {1U, 2U, 3U, 6U}) {
            if (width < text::decimal_digits(v)) continue;
            OutBuffer out;
            text::append_padded(out, v, width);
            EXPECT_EQ(fmt::to_string(out), fmt::format("{:0{}}", v, width)) << v << " " << width;
        }
    }
}

TEST(TextParts, ExtendKeepsWhatIsThereWhenTheBufferGrows) {
    OutBuffer out;
    for (int i = 0; i < 1000; ++i) text::append(out, "0123456789");
    EXPECT_EQ(out.size(), 10000U);
    EXPECT_EQ(std::string_view(out.data() + 9990, 10), "0123456789");
}
