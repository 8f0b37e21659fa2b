// Where frames come from: a TAP device or a pcap/pcapng file. Each yields timestamped bytes.
#pragma once

#include <cstdint>

#include "tapsniff/error.hpp"
#include "tapsniff/frame.hpp"

namespace tapsniff {

enum class ReadStatus {
    frame,  // `frame` was filled
    idle,   // nothing ready now: flush output, then wait()
    end,    // no more frames (end of file)
};

class FrameSource {
public:
    FrameSource() = default;
    FrameSource(const FrameSource&) = delete;
    FrameSource& operator=(const FrameSource&) = delete;
    virtual ~FrameSource() = default;

    virtual Result<ReadStatus> next(RawFrame& frame) = 0;
    // Blocks until a frame may be ready, a signal arrives or timeout_ms passes.
    virtual Status wait(int timeout_ms) = 0;
    [[nodiscard]] virtual LinkType link() const = 0;
    // Sends a frame out through the source (only a device can).
    virtual Status send(Bytes /*frame*/) { return Error{"this source cannot send frames", kExitRuntime}; }
    // Whether the next read may block (a pipe with nothing in it yet): the moment to flush.
    [[nodiscard]] virtual bool would_block() const { return false; }
    // libpcap's DLT_ value of the frames (for the filter and the pcap writer).
    [[nodiscard]] virtual int pcap_linktype() const = 0;
};

}  // namespace tapsniff
