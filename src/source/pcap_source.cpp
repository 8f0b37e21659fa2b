// pcap/pcapng input through libpcap: it owns the file format, we only map its results.
#include "tapsniff/pcap_source.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>

namespace tapsniff {
namespace {

// Large enough that reading a file costs few system calls, small beside the RSS budget.
constexpr std::size_t kReadBufferSize = 64 * 1024;

}  // namespace

PcapFileSource::PcapFileSource(PcapHandle handle, std::string path, LinkType link, int dlt,
                               std::unique_ptr<char[]> read_buffer)
    : read_buffer_(std::move(read_buffer)), handle_(std::move(handle)), path_(std::move(path)), link_(link), dlt_(dlt) {
    struct stat st {};
    // pcap_fileno() answers -1 for a savefile; the FILE underneath knows its descriptor.
    const int fd = fileno(pcap_file(handle_.get()));
    if (fd >= 0 && fstat(fd, &st) == 0) {
        is_stream_ = !S_ISREG(st.st_mode);
        if (S_ISREG(st.st_mode)) size_ = static_cast<std::uint64_t>(st.st_size);
    }
}

Result<std::unique_ptr<PcapFileSource>> PcapFileSource::open(const std::string& path) {
    // We open a file ourselves to give it a large stdio buffer: libpcap reads every record with
    // two fread calls, and the default 4 KiB buffer costs a read(2) per dozen frames. Stdin
    // keeps its own buffer: it outlives the source, and on a pipe a large buffer would hide
    // waiting frames from would_block().
    std::FILE* file = stdin;
    std::unique_ptr<char[]> read_buffer;  // declared before the handle: it must outlive the FILE
    if (path != "-") {
        file = std::fopen(path.c_str(), "rb");
        if (file == nullptr) return Error{fmt::format("cannot read '{}': {}", path, errno_text(errno)), kExitRuntime};
        // glibc ignores the size unless it is given the buffer too.
        read_buffer = std::make_unique_for_overwrite<char[]>(kReadBufferSize);
        std::setvbuf(file, read_buffer.get(), _IOFBF, kReadBufferSize);
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    // On success the handle owns the FILE (pcap_close closes it, except stdin).
    PcapHandle handle(pcap_fopen_offline_with_tstamp_precision(file, PCAP_TSTAMP_PRECISION_MICRO, errbuf));
    if (!handle) {
        if (file != stdin) std::fclose(file);
        return Error{fmt::format("cannot read '{}': {}", path, errbuf), kExitRuntime};
    }
    const int dlt = pcap_datalink(handle.get());
    const std::optional<LinkType> link = link_of_dlt(dlt);
    if (!link) {
        const char* name = pcap_datalink_val_to_name(dlt);
        return Error{fmt::format("cannot read '{}': link type {} is not supported (tapsniff reads Ethernet (EN10MB), "
                                 "raw IP (RAW) and Linux cooked (LINUX_SLL, LINUX_SLL2) captures)",
                                 path, name != nullptr ? name : std::to_string(dlt)),
                     kExitRuntime};
    }
    return std::make_unique<PcapFileSource>(std::move(handle), path, *link, dlt, std::move(read_buffer));
}

Result<ReadStatus> PcapFileSource::next(RawFrame& frame) {
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    const int rc = pcap_next_ex(handle_.get(), &header, &data);
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
    pollfd pfd{fileno(pcap_file(handle_.get())), POLLIN, 0};
    return ::poll(&pfd, 1, 0) == 0;
}

Status PcapFileSource::wait(int /*timeout_ms*/) { return ok_status(); }

std::uint64_t PcapFileSource::position() const {
    // The stdio position: what libpcap has consumed, not what the read buffer holds ahead.
    const long at = std::ftell(pcap_file(handle_.get()));
    return at < 0 ? 0 : static_cast<std::uint64_t>(at);
}

}  // namespace tapsniff
