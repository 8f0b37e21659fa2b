// A frame cut at every byte, checked against tcpdump 4.99.3's text for each cut: a table of
// (first cut, text) rows, each holding until the next row's cut (made with tcpdump -nn -e on
// the frame written with caplen = cut and the original length on the wire).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ip_test_frames.hpp"
#include "test_frames.hpp"

namespace tapsniff::test {

struct CutText {
    std::size_t from;       // the first cut (captured bytes) that prints this
    std::string_view text;  // the text after "<macs>, ethertype ..., length N: "
};

// `wire`: the frame's length on the wire (0: the bytes given are the whole frame).
inline void expect_cut_texts(const std::vector<std::byte>& bytes, const std::vector<CutText>& rows,
                             std::uint32_t wire = 0) {
    if (wire == 0) wire = static_cast<std::uint32_t>(bytes.size());
    ASSERT_GT(rows.size(), 0U);
    for (std::size_t cut = rows.front().from; cut <= bytes.size(); ++cut) {
        std::string_view want;
        for (const CutText& row : rows) {
            if (row.from <= cut) want = row.text;
        }
        EXPECT_EQ(ipframes::ip_part(line_of(prefix(bytes, cut), wire, false)), want) << "cut at " << cut;
    }
}

// Every cut from 0 on decodes and prints without a crash (the sanitizers watch the reads).
inline void expect_every_cut_prints(const std::vector<std::byte>& bytes) {
    const auto wire = static_cast<std::uint32_t>(bytes.size());
    for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
        EXPECT_FALSE(line_of(prefix(bytes, cut), wire).empty()) << cut;
        EXPECT_FALSE(json_of(prefix(bytes, cut), wire).empty()) << cut;
    }
}

}  // namespace tapsniff::test
