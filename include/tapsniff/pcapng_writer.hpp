// A small pcapng writer (libpcap writes only pcap): one section, one interface with its name,
// and an Enhanced Packet Block per frame whose epb_flags carry the frame's direction.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tapsniff/frame_writer.hpp"

namespace tapsniff {

class PcapngWriter final : public FrameWriter {
public:
    // "-" writes to standard output. `linktype` is the file format's LINKTYPE_ value (not a DLT_).
    // The Section Header and Interface Description blocks are on the file once this returns.
    static Result<std::unique_ptr<PcapngWriter>> open(const std::string& path, std::uint16_t linktype,
                                                      const std::string& ifname);
    ~PcapngWriter() override;

    Status give_to(unsigned uid, unsigned gid) const override;
    void write(const RawFrame& frame) override;
    Status flush() override;
    Status close() override;
    [[nodiscard]] bool reader_gone() const override { return reader_gone_; }

    // The blocks, appended to `out` in pcapng's little-endian form (the byte-order magic says so).
    static void append_section_header(std::vector<std::byte>& out);
    static void append_interface_description(std::vector<std::byte>& out, std::uint16_t linktype,
                                             std::string_view ifname);
    static void append_enhanced_packet(std::vector<std::byte>& out, const RawFrame& frame);

    PcapngWriter(std::FILE* file, std::string path);

private:
    Status fail(int err);

    std::FILE* file_;
    std::string path_;
    std::unique_ptr<char[]> stdio_buffer_;
    std::vector<std::byte> block_;  // one block at a time, handed to stdio whole
    bool dirty_ = true;
    bool reader_gone_ = false;
};

// The LINKTYPE_ value files record for libpcap's DLT_ value (they differ for RAW: 12 vs 101).
std::uint16_t linktype_of_dlt(int dlt);

}  // namespace tapsniff
