// Buffered output: the whole buffer goes out in as few write(2) calls as the kernel allows.
#include "tapsniff/output_sink.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>

namespace tapsniff {

Status OutputSink::flush() {
    const char* data = buffer_.data();
    std::size_t left = buffer_.size();
    while (left > 0 && !reader_gone_) {
        ssize_t n = ::write(fd_, data, left);
        if (n >= 0) {
            data += n;
            left -= static_cast<std::size_t>(n);
            continue;
        }
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            // A non-blocking stdout (shared with another process): wait until it takes more.
            pollfd pfd{fd_, POLLOUT, 0};
            ::poll(&pfd, 1, 1000);
            continue;
        }
        if (errno == EPIPE) {
            reader_gone_ = true;
            break;
        }
        int err = errno;
        buffer_.clear();
        return Error{fmt::format("cannot write output: {}", errno_text(err)), kExitRuntime};
    }
    buffer_.clear();
    return ok_status();
}

}  // namespace tapsniff
