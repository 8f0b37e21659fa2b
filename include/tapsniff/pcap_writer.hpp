// Saves frames to a pcap file (or stdout) through libpcap's dump functions.
#pragma once

#include <memory>
#include <string>

#include "tapsniff/error.hpp"
#include "tapsniff/frame.hpp"
#include "tapsniff/frame_writer.hpp"
#include "tapsniff/pcap_handle.hpp"

namespace tapsniff {

class PcapWriter final : public FrameWriter {
public:
    // "-" writes to standard output. The file is complete (header written) once this returns.
    static Result<PcapWriter> open(const std::string& path, int dlt);

    // Hands the file to another user (-Z), as tcpdump does, so that user can read and rotate it.
    // Only a regular file changes hands: never stdout, a device such as /dev/null, or a FIFO.
    Status give_to(unsigned uid, unsigned gid) const override;

    // Appends one record; errors surface on the next flush().
    void write(const RawFrame& frame) override;
    // Pushes buffered records to the file so readers following it see them; reports write errors.
    Status flush() override;
    // Flushes and closes; the destructor does the same but cannot report errors.
    Status close() override;
    // True once `-w -`'s reader went away (EPIPE): capturing stops, which is not an error.
    [[nodiscard]] bool reader_gone() const override { return reader_gone_; }

private:
    struct DumperCloser {
        void operator()(pcap_dumper_t* d) const { pcap_dump_close(d); }
    };

    PcapWriter(PcapHandle dead, std::unique_ptr<pcap_dumper_t, DumperCloser> dumper, std::string path);

    PcapHandle dead_;
    std::unique_ptr<pcap_dumper_t, DumperCloser> dumper_;
    std::string path_;
    bool dirty_ = true;  // the file header is not flushed yet
    bool reader_gone_ = false;
};

}  // namespace tapsniff
