// Frames read from an open TAP (or TUN) file descriptor, and replies written to it.
#pragma once

#include <string>
#include <vector>

#include "tapsniff/frame_source.hpp"
#include "tapsniff/pcap_handle.hpp"

namespace tapsniff {

class TapSource final : public FrameSource {
public:
    // Room for the largest frame: a 65535-byte MTU plus the Ethernet header and stacked VLAN
    // tags, with margin, so a frame is never cut by a short buffer.
    static constexpr std::size_t kBufferSize = 128 * 1024;

    TapSource(int fd, std::string ifname, bool tun_mode);

    Result<ReadStatus> next(RawFrame& frame) override;
    Status wait(int timeout_ms) override;
    Status send(Bytes frame) override;
    [[nodiscard]] LinkType link() const override { return tun_mode_ ? LinkType::raw_ip : LinkType::ethernet; }
    [[nodiscard]] int pcap_linktype() const override { return dlt_of(link()); }

private:
    [[nodiscard]] Error disappeared() const;

    int fd_;  // owned by the TunDevice, which outlives the source
    std::string ifname_;
    bool tun_mode_;
    std::vector<std::byte> buffer_;
};

}  // namespace tapsniff
