// The TAP read loop's source: non-blocking reads, poll() to wait, and a vanished device detected.
#include "tapsniff/tap_source.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>

namespace tapsniff {

TapSource::TapSource(int fd, std::string ifname, bool tun_mode)
    : fd_(fd), ifname_(std::move(ifname)), tun_mode_(tun_mode), buffer_(kBufferSize) {}

Error TapSource::disappeared() const {
    return Error{fmt::format("{} disappeared (the interface was deleted)", ifname_), kExitRuntime};
}

Result<ReadStatus> TapSource::next(RawFrame& frame) {
    ssize_t n = ::read(fd_, buffer_.data(), buffer_.size());
    if (n > 0) {
        timespec now{};
        clock_gettime(CLOCK_REALTIME, &now);
        frame.ts = Timestamp{now.tv_sec, static_cast<std::uint32_t>(now.tv_nsec / 1000)};
        frame.bytes = Bytes(buffer_.data(), static_cast<std::size_t>(n));
        frame.wire_len = static_cast<std::uint32_t>(n);
        frame.direction = Direction::out;  // what the host sent into the interface
        return ReadStatus::frame;
    }
    // Nothing now, or a signal: the loop flushes, looks at the stop flag and waits.
    if (n == 0 || errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) return ReadStatus::idle;
    // The kernel answers EBADFD once the interface behind the fd is gone.
    if (errno == EBADFD || errno == EIO || errno == ENXIO || errno == ENODEV) return disappeared();
    return Error{fmt::format("cannot read from {}: {}", ifname_, errno_text(errno)), kExitRuntime};
}

Status TapSource::send(Bytes frame) {
    // One write(2) is one frame on a TAP fd; it is never split.
    for (int attempt = 0; attempt < 100; ++attempt) {
        ssize_t n = ::write(fd_, frame.data(), frame.size());
        if (n >= 0) return ok_status();
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            pollfd pfd{fd_, POLLOUT, 0};
            ::poll(&pfd, 1, 10);
            continue;
        }
        if (errno == EBADFD || errno == EIO) return disappeared();
        return Error{fmt::format("cannot send a reply on {}: {}", ifname_, errno_text(errno)), kExitRuntime};
    }
    return ok_status();  // the device kept refusing: drop the reply, as a congested link would
}

Status TapSource::wait(int timeout_ms) {
    pollfd pfd{fd_, POLLIN, 0};
    int rc = ::poll(&pfd, 1, timeout_ms);
    if (rc < 0) return ok_status();  // EINTR: a signal; the loop checks why
    if (rc > 0 && (pfd.revents & (POLLERR | POLLHUP | POLLNVAL)) != 0 && (pfd.revents & POLLIN) == 0) {
        return disappeared();
    }
    return ok_status();
}

}  // namespace tapsniff
