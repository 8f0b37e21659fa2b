// Watching an interface through libpcap's live capture: two packet sockets, one per direction,
// merged by timestamp; errors in our words, "the interface disappeared" as its own message.
#include "tapsniff/watch_source.hpp"

#include <fmt/format.h>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace tapsniff {
namespace {

// libpcap asks for a short poll timeout while it waits to learn whether a down interface was
// deleted; shorter than this only spins.
constexpr int kMinNetdownPollMs = 20;

Error activate_error(const std::string& ifname, pcap_t* p, int rc) {
    const std::string detail = pcap_geterr(p);
    switch (rc) {
        case PCAP_ERROR_PERM_DENIED:
            return Error{fmt::format("cannot watch {}: permission denied; try sudo (a packet socket needs "
                                     "CAP_NET_RAW){}",
                                     ifname, detail.empty() ? "" : " (" + detail + ")")};
        case PCAP_ERROR_NO_SUCH_DEVICE:
            return Error{fmt::format("cannot watch {}: the interface disappeared", ifname)};
        case PCAP_ERROR_IFACE_NOT_UP:
            return Error{fmt::format("cannot watch {}: the interface is down; wait for its owner to bring it up",
                                     ifname)};
        default:
            return Error{fmt::format("cannot watch {}: {}", ifname, detail.empty() ? pcap_statustostr(rc) : detail)};
    }
}

// Replaces the kernel's copy of `program` on the socket by one that first tests the frame's
// packet type (the kernel's auxiliary data, SKF_AD_PKTTYPE: PACKET_OUTGOING for what the host
// sent) and rejects the other direction. When the kernel refuses it (a program at the length
// limit), libpcap's filter stays: the frames are the same, only the rings hold both directions.
void attach_with_direction(int fd, const bpf_program& program, pcap_direction_t direction) {
    constexpr std::size_t kMaxInsns = 4096;  // the kernel's BPF_MAXINSNS (libpcap's header says 512)
    if (program.bf_len + 3 > kMaxInsns) return;
    const bool out = direction == PCAP_D_OUT;
    std::vector<sock_filter> code;
    code.reserve(program.bf_len + 3);
    code.push_back(sock_filter{BPF_LD | BPF_W | BPF_ABS, 0, 0, static_cast<std::uint32_t>(SKF_AD_OFF + SKF_AD_PKTTYPE)});
    // Outgoing: on to the program (skip the reject) when we want "out", else reject.
    code.push_back(sock_filter{BPF_JMP | BPF_JEQ | BPF_K, static_cast<std::uint8_t>(out ? 1 : 0),
                               static_cast<std::uint8_t>(out ? 0 : 1), PACKET_OUTGOING});
    code.push_back(sock_filter{BPF_RET | BPF_K, 0, 0, 0});
    for (std::size_t i = 0; i < program.bf_len; ++i) {
        const bpf_insn& insn = program.bf_insns[i];
        code.push_back(sock_filter{insn.code, insn.jt, insn.jf, insn.k});
    }
    const sock_fprog fprog{static_cast<unsigned short>(code.size()), code.data()};
    (void)::setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &fprog, sizeof(fprog));
}

// One packet socket for one direction, with the filter in the kernel.
Result<PcapHandle> open_side(const std::string& ifname, const std::string& expression, pcap_direction_t direction) {
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    PcapHandle p(pcap_create(ifname.c_str(), errbuf));
    if (!p) return Error{fmt::format("cannot watch {}: {}", ifname, errbuf)};
    pcap_set_snaplen(p.get(), kSnaplen);
    pcap_set_promisc(p.get(), 1);
    pcap_set_immediate_mode(p.get(), 1);
    pcap_set_buffer_size(p.get(), WatchSource::kBufferBytes);
    pcap_set_tstamp_precision(p.get(), PCAP_TSTAMP_PRECISION_MICRO);
    const int rc = pcap_activate(p.get());
    if (rc < 0) return activate_error(ifname, p.get(), rc);
    if (pcap_setnonblock(p.get(), 1, errbuf) != 0) return Error{fmt::format("cannot watch {}: {}", ifname, errbuf)};

    // Each socket takes one direction. libpcap checks the packet type the kernel hands it with
    // every frame (pcap_setdirection works in user space), so each socket is exact; but each ring
    // would still receive, and drop, the frames of both directions, and the drop count would mix
    // them. So the kernel's filter also tests the type (attach_with_direction). libpcap's own
    // "inbound"/"outbound" words cannot do it: frames already in the ring when a filter is set
    // are filtered again in user space, where their test always fails, and were lost.
    if (pcap_setdirection(p.get(), direction) != 0) {
        return Error{fmt::format("cannot watch {}: cannot choose a direction: {}", ifname, pcap_geterr(p.get()))};
    }
    bpf_program program{};
    if (pcap_compile(p.get(), &program, expression.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        return Error{fmt::format("invalid filter expression '{}': {} (the words after the options are a tcpdump "
                                 "filter; see pcap-filter(7))",
                                 expression, pcap_geterr(p.get())),
                     kExitUsage};
    }
    // Into the kernel: frames that fail it are never copied to us. libpcap filters what is
    // already in the ring itself, then the direction joins the kernel's copy of the filter.
    const int set = pcap_setfilter(p.get(), &program);
    if (set == 0) attach_with_direction(pcap_fileno(p.get()), program, direction);
    pcap_freecode(&program);
    if (set != 0) return Error{fmt::format("cannot watch {}: cannot set the filter: {}", ifname, pcap_geterr(p.get()))};
    return p;
}

bool earlier(const pcap_pkthdr& a, const pcap_pkthdr& b) {
    if (a.ts.tv_sec != b.ts.tv_sec) return a.ts.tv_sec < b.ts.tv_sec;
    return a.ts.tv_usec < b.ts.tv_usec;
}

}  // namespace

WatchSource::WatchSource(std::string ifname, std::array<Side, 2> sides, LinkType link, int dlt)
    : ifname_(std::move(ifname)), sides_(std::move(sides)), link_(link), dlt_(dlt) {}

Result<std::unique_ptr<WatchSource>> WatchSource::open(const std::string& ifname, const std::string& expression) {
    auto out = open_side(ifname, expression, PCAP_D_OUT);
    if (!out) return out.error();
    auto in = open_side(ifname, expression, PCAP_D_IN);
    if (!in) return in.error();
    const int dlt = pcap_datalink(out.value().get());
    const std::optional<LinkType> link = link_of_dlt(dlt);
    if (!link || link == LinkType::linux_sll || link == LinkType::linux_sll2) {
        const char* name = pcap_datalink_val_to_name(dlt);
        return Error{fmt::format("cannot watch {}: its link type {} is not supported (tapsniff watches Ethernet and "
                                 "raw IP interfaces)",
                                 ifname, name != nullptr ? name : std::to_string(dlt))};
    }
    std::array<Side, 2> sides;
    sides[0].handle = std::move(out.value());
    sides[0].direction = Direction::out;
    sides[1].handle = std::move(in.value());
    sides[1].direction = Direction::in;
    return std::make_unique<WatchSource>(ifname, std::move(sides), *link, dlt);
}

Error WatchSource::read_error(const Side& side) const {
    const std::string message = pcap_geterr(side.handle.get());
    if (message.find("disappeared") != std::string::npos) {
        return Error{fmt::format("{} disappeared (the interface was deleted)", ifname_), kExitRuntime};
    }
    return Error{fmt::format("cannot read from {}: {}", ifname_, message), kExitRuntime};
}

// Reads the side's next frame unless it holds one; false when none is ready.
Result<bool> WatchSource::fill(Side& side) {
    if (side.has_head) return true;
    const int rc = pcap_next_ex(side.handle.get(), &side.header, &side.data);
    if (rc == 1) {
        side.has_head = true;
        return true;
    }
    if (rc == 0) return false;
    if (rc == PCAP_ERROR_BREAK) return false;
    return read_error(side);
}

Result<ReadStatus> WatchSource::next(RawFrame& frame) {
    // Both heads filled first: a frame is handed out only when the other direction has nothing
    // earlier waiting. The chosen head's bytes stay valid until its socket is read again, which
    // happens on the next call, after the loop is done with this frame.
    for (Side& side : sides_) {
        auto filled = fill(side);
        if (!filled) return filled.error();
    }
    Side* pick = nullptr;
    for (Side& side : sides_) {
        if (side.has_head && (pick == nullptr || earlier(*side.header, *pick->header))) pick = &side;
    }
    if (pick == nullptr) return ReadStatus::idle;
    pick->has_head = false;
    frame.ts = Timestamp{pick->header->ts.tv_sec, static_cast<std::uint32_t>(pick->header->ts.tv_usec)};
    frame.bytes = Bytes(reinterpret_cast<const std::byte*>(pick->data), pick->header->caplen);
    frame.wire_len = pick->header->len;
    frame.direction = pick->direction;
    return ReadStatus::frame;
}

Status WatchSource::wait(int timeout_ms) {
    std::array<pollfd, 2> fds{};
    for (std::size_t i = 0; i < sides_.size(); ++i) {
        fds[i] = pollfd{pcap_get_selectable_fd(sides_[i].handle.get()), POLLIN, 0};
        // After an ENETDOWN libpcap must be asked again soon to learn whether the interface
        // was deleted or only taken down.
        if (const timeval* required = pcap_get_required_select_timeout(sides_[i].handle.get())) {
            const auto ms = static_cast<int>(required->tv_sec * 1000 + required->tv_usec / 1000);
            timeout_ms = std::min(timeout_ms, std::max(ms, kMinNetdownPollMs));
        }
    }
    // EINTR (a signal) and POLLERR both end the wait; the next read tells what happened.
    (void)::poll(fds.data(), fds.size(), timeout_ms);
    return ok_status();
}

std::optional<std::uint64_t> WatchSource::dropped() const {
    std::uint64_t total = 0;
    for (const Side& side : sides_) {
        pcap_stat stats{};
        if (pcap_stats(side.handle.get(), &stats) != 0) return std::nullopt;
        total += stats.ps_drop;
    }
    return total;
}

}  // namespace tapsniff
