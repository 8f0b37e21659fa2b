// pcapng output: the three block types tapsniff needs, each written whole so that a file cut
// by a signal or a full disk ends at a block boundary, with stdio's buffer between us and write(2).
#include "tapsniff/pcapng_writer.hpp"

#include <fmt/format.h>
#include <pcap/pcap.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace tapsniff {
namespace {

constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr std::uint32_t kInterfaceDescription = 0x00000001;
constexpr std::uint32_t kEnhancedPacket = 0x00000006;
constexpr std::uint32_t kByteOrderMagic = 0x1A2B3C4D;
constexpr std::uint16_t kOptEndOfOpt = 0;
constexpr std::uint16_t kShbUserAppl = 4;
constexpr std::uint16_t kIfName = 2;
constexpr std::uint16_t kIfTsresol = 9;
constexpr std::uint16_t kEpbFlags = 2;
// epb_flags bits 0-1: 01 inbound, 10 outbound (00: not known).
constexpr std::uint32_t kInbound = 1;
constexpr std::uint32_t kOutbound = 2;
constexpr std::uint32_t kSnaplen = 262144;
constexpr std::size_t kStdioBuffer = 256 * 1024;

void put8(std::vector<std::byte>& out, std::uint8_t v) { out.push_back(static_cast<std::byte>(v)); }
void put16(std::vector<std::byte>& out, std::uint16_t v) {
    put8(out, static_cast<std::uint8_t>(v));
    put8(out, static_cast<std::uint8_t>(v >> 8U));
}
void put32(std::vector<std::byte>& out, std::uint32_t v) {
    put16(out, static_cast<std::uint16_t>(v));
    put16(out, static_cast<std::uint16_t>(v >> 16U));
}
void pad32(std::vector<std::byte>& out) {
    while (out.size() % 4 != 0) put8(out, 0);
}
void set32(std::vector<std::byte>& out, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out[at + static_cast<std::size_t>(i)] = static_cast<std::byte>(v >> (8U * static_cast<unsigned>(i)));
}

// An option: code, length, the value padded to 32 bits.
void put_option(std::vector<std::byte>& out, std::uint16_t code, std::string_view value) {
    put16(out, code);
    put16(out, static_cast<std::uint16_t>(value.size()));
    for (char c : value) put8(out, static_cast<std::uint8_t>(c));
    pad32(out);
}

// Starts a block at the end of `out`: type and a length to fill in by end_block.
std::size_t begin_block(std::vector<std::byte>& out, std::uint32_t type) {
    const std::size_t start = out.size();
    put32(out, type);
    put32(out, 0);
    return start;
}
// The total length, in the header and again at the end.
void end_block(std::vector<std::byte>& out, std::size_t start) {
    const auto total = static_cast<std::uint32_t>(out.size() - start + 4);
    put32(out, total);
    set32(out, start + 4, total);
}

}  // namespace

std::uint16_t linktype_of_dlt(int dlt) {
    switch (dlt) {
        case DLT_RAW: return 101;  // LINKTYPE_RAW; DLT_RAW is 12 on Linux, 14 on OpenBSD
        default: return static_cast<std::uint16_t>(dlt);
    }
}

void PcapngWriter::append_section_header(std::vector<std::byte>& out) {
    const std::size_t start = begin_block(out, kSectionHeader);
    put32(out, kByteOrderMagic);
    put16(out, 1);  // major version
    put16(out, 0);  // minor version
    put32(out, 0xFFFFFFFF);  // section length: not known (-1)
    put32(out, 0xFFFFFFFF);
    put_option(out, kShbUserAppl, "tapsniff");
    put_option(out, kOptEndOfOpt, "");
    end_block(out, start);
}

void PcapngWriter::append_interface_description(std::vector<std::byte>& out, std::uint16_t linktype,
                                                std::string_view ifname) {
    const std::size_t start = begin_block(out, kInterfaceDescription);
    put16(out, linktype);
    put16(out, 0);  // reserved
    put32(out, kSnaplen);
    if (!ifname.empty()) put_option(out, kIfName, ifname);
    put_option(out, kIfTsresol, std::string_view("\x06", 1));  // microseconds, said outright
    put_option(out, kOptEndOfOpt, "");
    end_block(out, start);
}

void PcapngWriter::append_enhanced_packet(std::vector<std::byte>& out, const RawFrame& frame) {
    const std::size_t start = begin_block(out, kEnhancedPacket);
    const auto ts = static_cast<std::uint64_t>(frame.ts.sec) * 1000000U + frame.ts.usec;
    put32(out, 0);  // interface 0
    put32(out, static_cast<std::uint32_t>(ts >> 32U));
    put32(out, static_cast<std::uint32_t>(ts));
    put32(out, static_cast<std::uint32_t>(frame.bytes.size()));
    put32(out, frame.wire_len);
    out.insert(out.end(), frame.bytes.begin(), frame.bytes.end());
    pad32(out);
    if (frame.direction != Direction::unknown) {
        put16(out, kEpbFlags);
        put16(out, 4);
        put32(out, frame.direction == Direction::in ? kInbound : kOutbound);
        put_option(out, kOptEndOfOpt, "");
    }
    end_block(out, start);
}

PcapngWriter::PcapngWriter(std::FILE* file, std::string path) : file_(file), path_(std::move(path)) {
    if (file_ != stdout) {
        stdio_buffer_ = std::make_unique_for_overwrite<char[]>(kStdioBuffer);
        std::setvbuf(file_, stdio_buffer_.get(), _IOFBF, kStdioBuffer);
    }
}

PcapngWriter::~PcapngWriter() { (void)close(); }

Result<std::unique_ptr<PcapngWriter>> PcapngWriter::open(const std::string& path, std::uint16_t linktype,
                                                         const std::string& ifname) {
    std::FILE* file = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
    if (file == nullptr) return Error{fmt::format("cannot write '{}': {}", path, errno_text(errno)), kExitRuntime};
    auto writer = std::make_unique<PcapngWriter>(file, path);
    append_section_header(writer->block_);
    append_interface_description(writer->block_, linktype, ifname);
    if (std::fwrite(writer->block_.data(), 1, writer->block_.size(), file) != writer->block_.size()) {
        // EPIPE (`-w -` whose reader is gone) is no error: the writer just stops writing.
        if (auto failed = writer->fail(errno); !failed) return failed.error();
    }
    // The headers go out now, so even a capture that ends before its first frame is a valid file.
    if (auto flushed = writer->flush(); !flushed) return flushed.error();
    return writer;
}

Status PcapngWriter::give_to(unsigned uid, unsigned gid) const {
    const int fd = fileno(file_);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return ok_status();
    if (::fchown(fd, uid, gid) != 0) {
        return Error{fmt::format("cannot give '{}' to the -Z user: {}", path_, errno_text(errno)), kExitRuntime};
    }
    return ok_status();
}

void PcapngWriter::write(const RawFrame& frame) {
    if (file_ == nullptr || reader_gone_) return;
    block_.clear();
    append_enhanced_packet(block_, frame);
    // A short write sets the stream's error flag, which the next flush() reports.
    (void)std::fwrite(block_.data(), 1, block_.size(), file_);
    dirty_ = true;
}

Status PcapngWriter::fail(int err) {
    std::clearerr(file_);
    if (err == EPIPE) {
        reader_gone_ = true;
        return ok_status();
    }
    return Error{fmt::format("cannot write '{}': {}", path_, errno_text(err)), kExitRuntime};
}

Status PcapngWriter::flush() {
    if (file_ == nullptr || !dirty_ || reader_gone_) return ok_status();
    if (std::fflush(file_) != 0 || std::ferror(file_) != 0) return fail(errno);
    dirty_ = false;
    return ok_status();
}

Status PcapngWriter::close() {
    if (file_ == nullptr) return ok_status();
    Status status = flush();
    std::FILE* file = file_;
    file_ = nullptr;
    if (file != stdout && std::fclose(file) != 0 && status.ok() && !reader_gone_) {
        return Error{fmt::format("cannot write '{}': {}", path_, errno_text(errno)), kExitRuntime};
    }
    return status;
}

}  // namespace tapsniff
