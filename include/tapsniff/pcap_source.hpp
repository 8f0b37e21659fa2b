// Frames from a pcap or pcapng file (or stdin), read by libpcap.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "tapsniff/frame_source.hpp"
#include "tapsniff/pcap_handle.hpp"

namespace tapsniff {

class PcapFileSource final : public FrameSource {
public:
    // "-" reads standard input. Every error is a runtime error (exit 1), as in tcpdump: a missing
    // file, one that cannot be read, one that is not a capture.
    static Result<std::unique_ptr<PcapFileSource>> open(const std::string& path);

    Result<ReadStatus> next(RawFrame& frame) override;
    Status wait(int timeout_ms) override;
    [[nodiscard]] LinkType link() const override { return link_; }
    [[nodiscard]] int pcap_linktype() const override { return dlt_; }
    // Whether reading now could block (a pipe with nothing in it): the moment to flush output.
    [[nodiscard]] bool would_block() const override;

    // For the progress line: where reading has got to in the file, and the file's size (nullopt
    // for a pipe or stdin that is not a regular file).
    [[nodiscard]] std::uint64_t position() const;
    [[nodiscard]] std::optional<std::uint64_t> size() const { return size_; }
    [[nodiscard]] const std::string& path() const { return path_; }

    // Takes an open handle (and the stdio buffer of its FILE, if ours); use open().
    PcapFileSource(PcapHandle handle, std::string path, LinkType link, int dlt,
                   std::unique_ptr<char[]> read_buffer = nullptr);

private:
    // Declared before the handle so that it is freed after pcap_close closes the FILE using it.
    std::unique_ptr<char[]> read_buffer_;
    PcapHandle handle_;
    std::string path_;
    LinkType link_;
    int dlt_;                           // the file's own DLT_ value, kept for -w and the filter
    bool is_stream_ = false;            // a pipe or FIFO, where reads can block
    std::optional<std::uint64_t> size_;  // a regular file's size
};

}  // namespace tapsniff
