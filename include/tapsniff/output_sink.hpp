// Buffered output to a file descriptor: large write(2)s, flushed when the source is idle.
#pragma once

#include "tapsniff/error.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff {

class OutputSink {
public:
    // Writes go out once this much is buffered, even while frames keep coming.
    static constexpr std::size_t kFlushThreshold = 64 * 1024;

    explicit OutputSink(int fd) : fd_(fd) {}

    OutBuffer& buffer() { return buffer_; }

    // Writes everything buffered. EINTR and EAGAIN are retried (waiting for the fd with poll);
    // EPIPE sets reader_gone() and drops the rest, which is not an error.
    Status flush();
    Status flush_if_full() { return buffer_.size() >= kFlushThreshold ? flush() : ok_status(); }
    [[nodiscard]] bool reader_gone() const { return reader_gone_; }

private:
    int fd_;
    OutBuffer buffer_;
    bool reader_gone_ = false;
};

}  // namespace tapsniff
