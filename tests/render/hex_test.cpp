// Unit tests for format_hex_ascii: the layout of tcpdump's hex_and_ascii_print, byte for byte.
//
// Each expected line is from `tcpdump -nn -e -t -XX` (tcpdump 4.99.3) for a frame of exactly these bytes.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tapsniff/render.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;
using test::hex_of;
using test::view;

std::string hex(std::string_view h) { return hex_of(view(from_hex(h))); }

TEST(HexAscii, EmptyPrintsNothing) { EXPECT_EQ(hex_of(Bytes{}), ""); }

TEST(HexAscii, OneByte) {
    // tcpdump 4.99.3 -XX, 1-byte frame
    EXPECT_EQ(hex("7f"), "\n\t0x0000:  7f                                       .");
}

TEST(HexAscii, FifteenBytes) {
    // tcpdump 4.99.3 -XX, 15-byte frame
    EXPECT_EQ(hex("2021222324257e7f41424344454647"),
              "\n\t0x0000:  2021 2223 2425 7e7f 4142 4344 4546 47    .!\"#$%~.ABCDEFG");
}

TEST(HexAscii, SixteenBytes) {
    // tcpdump 4.99.3 -XX, 16-byte frame
    EXPECT_EQ(hex("2021222324257e7f4142434445464748"),
              "\n\t0x0000:  2021 2223 2425 7e7f 4142 4344 4546 4748  .!\"#$%~.ABCDEFGH");
}

TEST(HexAscii, SeventeenBytes) {
    // tcpdump 4.99.3 -XX, 17-byte frame
    EXPECT_EQ(hex("2021222324257e7f4142434445464748ff"),
              "\n\t0x0000:  2021 2223 2425 7e7f 4142 4344 4546 4748  .!\"#$%~.ABCDEFGH"
              "\n\t0x0010:  ff                                       .");
}

TEST(HexAscii, ThirtyThreeBytes) {
    // tcpdump 4.99.3 -XX, 33-byte frame
    EXPECT_EQ(hex("1d42678cb1d6fb20456a8fb4d9fe23486d92b7dc01264b7095badf04294e7398bd"),
              "\n\t0x0000:  1d42 678c b1d6 fb20 456a 8fb4 d9fe 2348  .Bg.....Ej....#H"
              "\n\t0x0010:  6d92 b7dc 0126 4b70 95ba df04 294e 7398  m....&Kp....)Ns."
              "\n\t0x0020:  bd                                       .");
}

// Space (0x20) and DEL (0x7f) are dots; '!' (0x21) and '~' (0x7e) print as themselves.
TEST(HexAscii, PrintableBoundaries) {
    std::string out = hex("20 21 7e 7f");
    ASSERT_GE(out.size(), 4U);
    EXPECT_EQ(out.substr(out.size() - 4), ".!~.");
    EXPECT_EQ(hex("00 80 ff 09 0a 0d").substr(52), "......");
}

// Every line has the same width up to the ASCII column, however short the line.
TEST(HexAscii, AsciiColumnIsAligned) {
    std::vector<std::byte> bytes(16 * 3 + 5, std::byte{0x41});
    for (std::size_t n = 1; n <= bytes.size(); ++n) {
        std::string out = hex_of(view(bytes).first(n));
        std::size_t lines = 0;
        for (std::size_t pos = 0; pos < out.size(); ++lines) {
            std::size_t next = out.find('\n', pos + 1);
            std::string one = out.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
            // "\n\t0xNNNN: " + 40 hex columns + 2 spaces, then the characters
            ASSERT_GE(one.size(), 10U + 40U + 2U);
            EXPECT_EQ(one.substr(10 + 40, 2), "  ") << n;
            pos = next == std::string::npos ? out.size() : next;
        }
        EXPECT_EQ(lines, (n + 15) / 16) << n;
    }
}

// Offsets past 0xffff get a fifth digit, as in tcpdump's "0x%04x".
TEST(HexAscii, OffsetsPastFfffUseFiveDigits) {
    std::vector<std::byte> bytes(70000);
    for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<std::byte>((i * 7 + 3) % 251);
    std::string out = hex_of(view(bytes));
    // tcpdump 4.99.3 -XX on the 70000-byte frame: the lines around 0x10000 and the last two
    EXPECT_NE(out.find("\n\t0xfff0:  4249 5057 5e65 6c73 7a81 888f 969d a4ab  BIPW^elsz......."
                       "\n\t0x10000:  b2b9 c0c7 ced5 dce3 eaf1 f804 0b12 1920  ................\n"),
              std::string::npos);
    const std::string tail =
        "\n\t0x11150:  4e55 5c63 6a71 787f 868d 949b a2a9 b0b7  NU\\cjqx........."
        "\n\t0x11160:  bec5 ccd3 dae1 e8ef f602 0910 171e 252c  ..............%,";
    ASSERT_GE(out.size(), tail.size());
    EXPECT_EQ(out.substr(out.size() - tail.size()), tail);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 4375);
}

TEST(HexAscii, AppendsToWhatIsInTheBuffer) {
    OutBuffer buf;
    buf.append(std::string_view("head"));
    auto bytes = from_hex("41");
    format_hex_ascii(view(bytes), buf);
    EXPECT_EQ(test::to_string(buf), "head\n\t0x0000:  41                                       A");
}

}  // namespace
}  // namespace tapsniff
