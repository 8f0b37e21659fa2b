// Frames from a pcap or pcapng file (or stdin), read by libpcap.
#pragma once

#include <memory>
#include <string>

#include "tapsniff/frame_source.hpp"

struct pcap;

namespace tapsniff {

class PcapFileSource final : public FrameSource {
public:
    // "-" reads standard input. Errors: a missing file is a usage error (exit 2); a file that
    // exists but cannot be read or is not a capture is a runtime error (exit 1).
    static Result<std::unique_ptr<PcapFileSource>> open(const std::string& path);

    Result<ReadStatus> next(RawFrame& frame) override;
    Status wait(int timeout_ms) override;
    [[nodiscard]] LinkType link() const override { return link_; }
    [[nodiscard]] int pcap_linktype() const override { return linktype_; }
    // Whether reading now could block (a pipe with nothing in it): the moment to flush output.
    [[nodiscard]] bool would_block() const override;

    struct PcapCloser {
        void operator()(pcap* p) const;
    };
    // Takes an open handle (and the stdio buffer of its FILE, if ours); use open().
    PcapFileSource(std::unique_ptr<pcap, PcapCloser> handle, std::string path, LinkType link, int linktype,
                   std::unique_ptr<char[]> read_buffer = nullptr);

private:
    // Declared before the handle so that it is freed after pcap_close closes the FILE using it.
    std::unique_ptr<char[]> read_buffer_;
    std::unique_ptr<pcap, PcapCloser> handle_;
    std::string path_;
    LinkType link_;
    int linktype_;
    bool is_stream_ = false;  // a pipe or FIFO, where reads can block
};

}  // namespace tapsniff
