// pcap output: libpcap writes the format; we open the file, decide when to flush and turn errors into messages.
#include "tapsniff/pcap_writer.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace tapsniff {

PcapWriter::PcapWriter(PcapHandle dead, std::unique_ptr<pcap_dumper_t, DumperCloser> dumper, std::string path)
    : dead_(std::move(dead)), dumper_(std::move(dumper)), path_(std::move(path)) {}

Result<PcapWriter> PcapWriter::open(const std::string& path, int dlt) {
    PcapHandle dead = open_dead(dlt);
    if (!dead) return Error{"cannot write a pcap file: libpcap could not open a handle", kExitRuntime};
    // Opened here rather than by pcap_dump_open, whose messages repeat the path ("'/tmp': /tmp: Is a directory").
    std::FILE* file = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
    if (file == nullptr) return Error{fmt::format("cannot write '{}': {}", path, errno_text(errno)), kExitRuntime};
    // On success the dumper owns the FILE: pcap_dump_close closes it.
    std::unique_ptr<pcap_dumper_t, DumperCloser> dumper(pcap_dump_fopen(dead.get(), file));
    if (!dumper) {
        if (file != stdout) std::fclose(file);
        return Error{fmt::format("cannot write '{}': {}", path, pcap_geterr(dead.get())), kExitRuntime};
    }
    PcapWriter writer(std::move(dead), std::move(dumper), path);
    // The header goes out now, so even a capture that ends before its first frame is a valid file.
    if (auto flushed = writer.flush(); !flushed) return flushed.error();
    return writer;
}

Status PcapWriter::give_to(unsigned uid, unsigned gid) const {
    const int fd = fileno(pcap_dump_file(dumper_.get()));
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return ok_status();
    if (::fchown(fd, uid, gid) != 0) {
        return Error{fmt::format("cannot give '{}' to the -Z user: {}", path_, errno_text(errno)), kExitRuntime};
    }
    return ok_status();
}

void PcapWriter::write(const RawFrame& frame) {
    pcap_pkthdr header{};
    header.ts.tv_sec = static_cast<decltype(header.ts.tv_sec)>(frame.ts.sec);
    header.ts.tv_usec = static_cast<decltype(header.ts.tv_usec)>(frame.ts.usec);
    header.caplen = static_cast<bpf_u_int32>(frame.bytes.size());
    header.len = frame.wire_len;
    // pcap_dump's signature takes the dumper as u_char*; this is libpcap's documented calling convention.
    pcap_dump(reinterpret_cast<u_char*>(dumper_.get()), &header, reinterpret_cast<const u_char*>(frame.bytes.data()));
    dirty_ = true;
}

Status PcapWriter::flush() {
    if (!dirty_ || reader_gone_) return ok_status();
    FILE* file = pcap_dump_file(dumper_.get());
    if (std::fflush(file) != 0 || std::ferror(file) != 0) {
        const int err = errno;
        std::clearerr(file);
        if (err == EPIPE) {
            reader_gone_ = true;
            return ok_status();
        }
        return Error{fmt::format("cannot write '{}': {}", path_, errno_text(err)), kExitRuntime};
    }
    dirty_ = false;
    return ok_status();
}

Status PcapWriter::close() {
    if (!dumper_) return ok_status();
    Status status = flush();
    dumper_.reset();
    return status;
}

}  // namespace tapsniff
