// The -r progress line: counted in the source's next(), drawn with "\r" and erased at the end.
#include "tapsniff/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <ctime>

namespace tapsniff {
namespace {

constexpr std::int64_t kFirstDrawMs = 1000;  // a short run shows nothing
constexpr std::int64_t kRedrawMs = 500;
constexpr std::uint64_t kFramesPerClockCheck = 256;  // the clock is read once per this many frames

std::int64_t monotonic_ms() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

std::string bytes_text(std::uint64_t bytes) {
    const auto b = static_cast<double>(bytes);
    if (bytes < 1024 * 1024) return fmt::format("{:.1f} KiB", b / 1024);
    if (bytes < 1024ULL * 1024 * 1024) return fmt::format("{:.1f} MiB", b / (1024 * 1024));
    return fmt::format("{:.1f} GiB", b / (1024.0 * 1024 * 1024));
}

std::string rate_text(double per_second) {
    if (per_second >= 1e6) return fmt::format("{:.2f} M", per_second / 1e6);
    if (per_second >= 1e3) return fmt::format("{:.1f} k", per_second / 1e3);
    return fmt::format("{:.0f}", per_second);
}

void write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n <= 0) return;  // a progress line is not worth an error
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace

ProgressSource::ProgressSource(PcapFileSource& file, int fd)
    : file_(file), fd_(fd), start_ms_(monotonic_ms()), next_draw_ms_(start_ms_ + kFirstDrawMs) {}

Result<ReadStatus> ProgressSource::next(RawFrame& frame) {
    auto status = file_.next(frame);
    if (!status || status.value() != ReadStatus::frame) return status;
    bytes_ += frame.bytes.size();
    if (++frames_ % kFramesPerClockCheck == 0) {
        const std::int64_t now = monotonic_ms();
        if (now >= next_draw_ms_) draw(now);
    }
    return status;
}

std::string ProgressSource::text(const std::string& path, std::uint64_t position, std::optional<std::uint64_t> size,
                                 std::uint64_t frames, double seconds) {
    std::string where = bytes_text(position);
    if (size && *size > 0) {
        where += fmt::format(" of {} ({}%)", bytes_text(*size), std::min<std::uint64_t>(100, position * 100 / *size));
    }
    const double rate = seconds > 0 ? static_cast<double>(frames) / seconds : 0;
    return fmt::format("reading {}: {}, {} frames, {} frames/s", path == "-" ? "stdin" : path, where, frames,
                       rate_text(rate));
}

void ProgressSource::draw(std::int64_t now_ms) {
    next_draw_ms_ = now_ms + kRedrawMs;
    const double seconds = static_cast<double>(now_ms - start_ms_) / 1000.0;
    // "\r" back to the start of the line, the text, then erase whatever a longer line left.
    // A pipe has no position to ask for: there the bytes are the frames' own.
    const std::uint64_t position = file_.size() ? file_.position() : bytes_;
    write_all(fd_, fmt::format("\r{}\x1b[K", text(file_.path(), position, file_.size(), frames_, seconds)));
    shown_ = true;
}

void ProgressSource::finish() {
    if (!shown_) return;
    write_all(fd_, "\r\x1b[K");
    shown_ = false;
}

bool want_progress(bool quiet) { return !quiet && isatty(STDERR_FILENO) == 1 && isatty(STDOUT_FILENO) != 1; }

}  // namespace tapsniff
