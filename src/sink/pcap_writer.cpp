// pcap output: libpcap writes the format; we decide when to flush and turn errors into messages.
#include <fmt/format.h>
#include "tapsniff/pcap_writer.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tapsniff {
namespace {
constexpr int kSnaplen = 262144;
}

PcapWriter::PcapWriter(std::unique_ptr<pcap_t, DeadCloser> dead, std::unique_ptr<pcap_dumper_t, DumperCloser> dumper,
                       std::string path)
    : dead_(std::move(dead)), dumper_(std::move(dumper)), path_(std::move(path)) {}

Result<PcapWriter> PcapWriter::open(const std::string& path, int linktype) {
    std::unique_ptr<pcap_t, DeadCloser> dead(pcap_open_dead_with_tstamp_precision(linktype, kSnaplen,
                                                                                   PCAP_TSTAMP_PRECISION_MICRO));
    if (!dead) return Error{"cannot write a pcap file: libpcap could not open a handle", kExitRuntime};
    std::unique_ptr<pcap_dumper_t, DumperCloser> dumper(pcap_dump_open(dead.get(), path.c_str()));
    if (!dumper) {
        return Error{fmt::format("cannot write '{}': {}", path, pcap_geterr(dead.get())), kExitRuntime};
    }
    PcapWriter writer(std::move(dead), std::move(dumper), path);
    // The header goes out now, so even a capture that ends before its first frame is a valid file.
    if (auto flushed = writer.flush(); !flushed) return flushed.error();
    return writer;
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
        int err = errno;
        std::clearerr(file);
        if (err == EPIPE) {
            reader_gone_ = true;
            return ok_status();
        }
        return Error{fmt::format("cannot write '{}': {}", path_, std::strerror(err)), kExitRuntime};
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
