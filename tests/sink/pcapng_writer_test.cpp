// Unit tests for the pcapng writer (src/sink/pcapng_writer.cpp): the exact bytes of each block,
// and a file libpcap reads back frame for frame.
#include <gtest/gtest.h>
#include <pcap/pcap.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "tapsniff/frame_writer.hpp"
#include "tapsniff/pcapng_writer.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;

std::string hex_of(const std::vector<std::byte>& bytes) {
    std::string out;
    for (std::byte b : bytes) out += fmt::format("{:02x}", static_cast<unsigned>(b));
    return out;
}

TEST(PcapngWriter, SectionHeaderBlock) {
    std::vector<std::byte> out;
    PcapngWriter::append_section_header(out);
    EXPECT_EQ(hex_of(out),
              "0a0d0d0a"           // block type
              "2c000000"           // total length 44
              "4d3c2b1a"           // byte-order magic, little-endian
              "01000000"           // version 1.0
              "ffffffffffffffff"   // section length: not known
              "04000800"           // shb_userappl, 8 bytes
              "746170736e696666"   // "tapsniff"
              "00000000"           // opt_endofopt
              "2c000000");         // total length again
}

TEST(PcapngWriter, InterfaceDescriptionBlockNamesTheInterface) {
    std::vector<std::byte> out;
    PcapngWriter::append_interface_description(out, 1, "tap0");
    EXPECT_EQ(hex_of(out),
              "01000000"  // block type
              "28000000"  // total length 40
              "0100"      // LINKTYPE_ETHERNET
              "0000"      // reserved
              "00000400"  // snaplen 262144
              "02000400"  // if_name, 4 bytes
              "74617030"  // "tap0"
              "09000100"  // if_tsresol, 1 byte
              "06000000"  // 10^-6, padded
              "00000000"  // opt_endofopt
              "28000000");
    out.clear();
    PcapngWriter::append_interface_description(out, 101, "");  // a file's frames: no name
    EXPECT_EQ(hex_of(out), "01000000" "20000000" "6500" "0000" "00000400" "09000100" "06000000" "00000000" "20000000");
}

TEST(PcapngWriter, EnhancedPacketBlockCarriesTheDirection) {
    const auto bytes = from_hex("ffffffffffff 020000000001 0806 00");  // 15 bytes: padded to 16
    RawFrame frame{Timestamp{1732449600, 123456}, test::view(bytes), 60, Direction::out};
    std::vector<std::byte> out;
    PcapngWriter::append_enhanced_packet(out, frame);
    // 1732449600.123456 s = 1732449600123456 us = 0x000627a7_5b01b240
    EXPECT_EQ(hex_of(out),
              "06000000"                              // block type
              "3c000000"                              // total length 60
              "00000000"                              // interface 0
              "a7270600" "40b2015b"                   // timestamp high, low
              "0f000000"                              // captured 15
              "3c000000"                              // original 60
              "ffffffffffff0200000000010806" "00" "00" // the bytes, padded to 16
              "02000400" "02000000"                   // epb_flags: outbound
              "00000000"                              // opt_endofopt
              "3c000000");
    out.clear();
    frame.direction = Direction::in;
    PcapngWriter::append_enhanced_packet(out, frame);
    EXPECT_NE(hex_of(out).find("0200040001000000"), std::string::npos) << hex_of(out);
    out.clear();
    frame.direction = Direction::unknown;  // no flags option at all
    PcapngWriter::append_enhanced_packet(out, frame);
    EXPECT_EQ(out.size(), 48U);
}

TEST(PcapngWriter, LibpcapReadsTheFileBack) {
    char path[] = "/tmp/tapsniff-pcapng-test.XXXXXX";
    const int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    close(fd);
    const std::string file = std::string(path) + ".pcapng";
    ASSERT_TRUE(wants_pcapng(file));
    {
        auto writer = open_frame_writer(file, DLT_EN10MB, "vnet0");
        ASSERT_TRUE(writer.ok()) << writer.error().message;
        const auto a = from_hex("ffffffffffff020000000001080600010800060400010200000000010a0000010000000000000a000002");
        for (std::uint32_t i = 0; i < 3; ++i) {
            RawFrame frame{Timestamp{1732449600 + i, i}, test::view(a).first(20 + i), 42,
                           i % 2 == 0 ? Direction::in : Direction::out};
            writer.value()->write(frame);
        }
        ASSERT_TRUE(writer.value()->close().ok());
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    pcap_t* p = pcap_open_offline(file.c_str(), errbuf);
    ASSERT_NE(p, nullptr) << errbuf;
    EXPECT_EQ(pcap_datalink(p), DLT_EN10MB);
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    std::uint32_t n = 0;
    while (pcap_next_ex(p, &header, &data) == 1) {
        EXPECT_EQ(header->ts.tv_sec, 1732449600 + n);
        EXPECT_EQ(header->ts.tv_usec, n);
        EXPECT_EQ(header->caplen, 20 + n);
        EXPECT_EQ(header->len, 42U);
        ++n;
    }
    EXPECT_EQ(n, 3U);
    pcap_close(p);
    std::remove(file.c_str());
    std::remove(path);
}

TEST(PcapngWriter, ChosenByTheFileName) {
    EXPECT_TRUE(wants_pcapng("x.pcapng"));
    EXPECT_TRUE(wants_pcapng("/tmp/CAP.PCAPNG"));
    EXPECT_FALSE(wants_pcapng("x.pcap"));
    EXPECT_FALSE(wants_pcapng(".pcapng"));
    EXPECT_FALSE(wants_pcapng("-"));
    EXPECT_EQ(linktype_of_dlt(DLT_RAW), 101);
    EXPECT_EQ(linktype_of_dlt(DLT_EN10MB), 1);
    EXPECT_EQ(linktype_of_dlt(DLT_LINUX_SLL2), 276);
}

}  // namespace
}  // namespace tapsniff
