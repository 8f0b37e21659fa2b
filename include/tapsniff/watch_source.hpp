// Frames of an interface tapsniff cannot hold itself (a TAP another process holds, or not a
// TUN/TAP at all), watched from the host's side through libpcap's live capture, as tcpdump does.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "tapsniff/frame_source.hpp"
#include "tapsniff/pcap_handle.hpp"

namespace tapsniff {

class WatchSource final : public FrameSource {
public:
    // The kernel's ring per direction: 16 times tcpdump's default of 2 MiB, so that a burst
    // while stdout is slow is held rather than dropped.
    static constexpr int kBufferBytes = 32 * 1024 * 1024;

    // Two packet sockets on `ifname` (pcap_create + pcap_activate: immediate mode, the buffer
    // above, promiscuous as tcpdump is by default), one per direction (pcap_setdirection), the
    // filter `expression` (tcpdump's syntax; empty: every frame) compiled into the kernel of
    // each. libpcap gives no direction with an Ethernet frame; which socket it came from does.
    // A bad expression is a usage error (exit 2); anything else a runtime error.
    static Result<std::unique_ptr<WatchSource>> open(const std::string& ifname, const std::string& expression);

    // The frames of both sockets merged in timestamp order.
    Result<ReadStatus> next(RawFrame& frame) override;
    Status wait(int timeout_ms) override;
    [[nodiscard]] LinkType link() const override { return link_; }
    [[nodiscard]] int pcap_linktype() const override { return dlt_; }

    // Frames the kernel could not queue for us since the start (pcap_stats' ps_drop, both sockets).
    [[nodiscard]] std::optional<std::uint64_t> dropped() const;
    [[nodiscard]] const std::string& name() const { return ifname_; }

    struct Side {
        PcapHandle handle;
        Direction direction = Direction::unknown;
        bool has_head = false;  // a frame read and not yet handed out
        pcap_pkthdr* header = nullptr;
        const u_char* data = nullptr;
    };
    WatchSource(std::string ifname, std::array<Side, 2> sides, LinkType link, int dlt);

private:
    Result<bool> fill(Side& side);
    [[nodiscard]] Error read_error(const Side& side) const;

    std::string ifname_;
    std::array<Side, 2> sides_;  // outbound first: on equal timestamps the host's frame came first
    LinkType link_;
    int dlt_;
};

}  // namespace tapsniff
