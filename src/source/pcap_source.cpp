// pcap/pcapng input through libpcap: it owns the file format, we only map its results.
#include <fmt/format.h>
#include "tapsniff/pcap_source.hpp"

#include <pcap/pcap.h>
#include <poll.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tapsniff {
namespace {

// Large enough that reading a file costs few system calls, small beside the RSS budget.
constexpr std::size_t kReadBufferSize = 256 * 1024;

}  // namespace

void PcapFileSource::PcapCloser::operator()(pcap* p) const {
    if (p != nullptr) pcap_close(p);
}

PcapFileSource::PcapFileSource(std::unique_ptr<pcap, PcapCloser> handle, std::string path, LinkType link,
                               int linktype, std::unique_ptr<char[]> read_buffer)
    : read_buffer_(std::move(read_buffer)),
      handle_(std::move(handle)), path_(std::move(path)), link_(link), linktype_(linktype) {
    struct stat st {};
    int fd = pcap_fileno(handle_.get());
    is_stream_ = fd >= 0 && fstat(fd, &st) == 0 && !S_ISREG(st.st_mode);
}

Result<std::unique_ptr<PcapFileSource>> PcapFileSource::open(const std::string& path) {
    if (path != "-") {
        struct stat st {};
        if (::stat(path.c_str(), &st) != 0 && errno == ENOENT) {
            return Error{fmt::format("cannot read '{}': no such file", path), kExitUsage};
        }
    }
    // We open a file ourselves to give it a large stdio buffer: libpcap reads every record with
    // two fread calls, and the default 4 KiB buffer costs a read(2) per dozen frames. Stdin
    // keeps its own buffer: it outlives the source, and on a pipe a large buffer would hide
    // waiting frames from would_block().
    std::FILE* file = stdin;
    std::unique_ptr<char[]> read_buffer;  // declared before the handle: it must outlive the FILE
    if (path != "-") {
        file = std::fopen(path.c_str(), "rb");
        if (file == nullptr) {
            // The message pcap_open_offline gives for a file it cannot open.
            return Error{fmt::format("cannot read '{}': {}: {}", path, path, std::strerror(errno)), kExitRuntime};
        }
        // glibc ignores the size unless it is given the buffer too.
        read_buffer = std::make_unique_for_overwrite<char[]>(kReadBufferSize);
        std::setvbuf(file, read_buffer.get(), _IOFBF, kReadBufferSize);
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    // On success the handle owns the FILE (pcap_close closes it, except stdin).
    pcap* raw = pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errbuf);
    if (raw == nullptr) {
        if (file != stdin) std::fclose(file);
        return Error{fmt::format("cannot read '{}': {}", path, errbuf), kExitRuntime};
    }
    std::unique_ptr<pcap, PcapCloser> handle(raw);
    int linktype = pcap_datalink(raw);
    LinkType link = LinkType::ethernet;
    switch (linktype) {
        case DLT_EN10MB:
            link = LinkType::ethernet;
            break;
        case DLT_RAW:
        case DLT_IPV4:
        case DLT_IPV6:
            link = LinkType::raw_ip;
            break;
        default: {
            const char* name = pcap_datalink_val_to_name(linktype);
            return Error{fmt::format("cannot read '{}': link type {} is not supported (tapsniff reads Ethernet (EN10MB) "
                                     "and raw IP (RAW) captures)",
                                     path, name ? name : std::to_string(linktype)),
                         kExitRuntime};
        }
    }
    return std::make_unique<PcapFileSource>(std::move(handle), path, link, linktype, std::move(read_buffer));
}

Result<ReadStatus> PcapFileSource::next(RawFrame& frame) {
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    int rc = pcap_next_ex(handle_.get(), &header, &data);
    if (rc == 1) {
        frame.ts = Timestamp{header->ts.tv_sec, static_cast<std::uint32_t>(header->ts.tv_usec)};
        frame.bytes = Bytes(reinterpret_cast<const std::byte*>(data), header->caplen);
        frame.wire_len = header->len;
        return ReadStatus::frame;
    }
    if (rc == PCAP_ERROR_BREAK) return ReadStatus::end;
    return Error{fmt::format("error reading '{}': {}", path_, pcap_geterr(handle_.get())), kExitRuntime};
}

bool PcapFileSource::would_block() const {
    if (!is_stream_) return false;
    pollfd pfd{pcap_fileno(handle_.get()), POLLIN, 0};
    return ::poll(&pfd, 1, 0) == 0;
}

Status PcapFileSource::wait(int /*timeout_ms*/) { return ok_status(); }

}  // namespace tapsniff
