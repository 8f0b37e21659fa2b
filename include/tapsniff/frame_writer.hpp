// Where -w saves frames: a pcap file (libpcap) or a pcapng file (ours, which keeps directions).
#pragma once

#include <memory>
#include <string>

#include "tapsniff/error.hpp"
#include "tapsniff/frame.hpp"

namespace tapsniff {

class FrameWriter {
public:
    FrameWriter() = default;
    FrameWriter(const FrameWriter&) = delete;
    FrameWriter& operator=(const FrameWriter&) = delete;
    FrameWriter(FrameWriter&&) = default;
    FrameWriter& operator=(FrameWriter&&) = default;
    virtual ~FrameWriter() = default;

    // Hands the file to another user (-Z), as tcpdump does, so that user can read and rotate it.
    // Only a regular file changes hands: never stdout, a device such as /dev/null, or a FIFO.
    virtual Status give_to(unsigned uid, unsigned gid) const = 0;
    // Appends one record; errors surface on the next flush().
    virtual void write(const RawFrame& frame) = 0;
    // Pushes buffered records to the file so readers following it see them; reports write errors.
    virtual Status flush() = 0;
    // Flushes and closes; the destructor does the same but cannot report errors.
    virtual Status close() = 0;
    // True once `-w -`'s reader went away (EPIPE): capturing stops, which is not an error.
    [[nodiscard]] virtual bool reader_gone() const = 0;
};

// Whether -w FILE writes pcapng: FILE ends in ".pcapng" (any case). Everything else is pcap.
bool wants_pcapng(const std::string& path);

// Opens the -w file for frames of libpcap's link type `dlt`: pcapng (with `ifname` in its
// interface description when not empty, and each frame's direction) or pcap, by wants_pcapng().
Result<std::unique_ptr<FrameWriter>> open_frame_writer(const std::string& path, int dlt, const std::string& ifname);

}  // namespace tapsniff
