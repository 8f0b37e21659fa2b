// A progress line on stderr for long -r runs, as pv or curl show one: file bytes read, percent,
// frames, rate. It wraps the file source, so the capture loop knows nothing of it.
#pragma once

#include <cstdint>

#include "tapsniff/pcap_source.hpp"

namespace tapsniff {

class ProgressSource final : public FrameSource {
public:
    // Writes to `fd` (a terminal): first after a second, then twice a second, one line redrawn in place.
    ProgressSource(PcapFileSource& file, int fd);
    ProgressSource(const ProgressSource&) = delete;
    ProgressSource& operator=(const ProgressSource&) = delete;
    ~ProgressSource() override { finish(); }

    Result<ReadStatus> next(RawFrame& frame) override;
    Status wait(int timeout_ms) override { return file_.wait(timeout_ms); }
    [[nodiscard]] LinkType link() const override { return file_.link(); }
    [[nodiscard]] int pcap_linktype() const override { return file_.pcap_linktype(); }
    [[nodiscard]] bool would_block() const override { return file_.would_block(); }

    // Erases the line, so that what comes next on stderr (the statistics, an error) starts clean.
    void finish();

    // The line's text for these figures (no escapes), e.g. "reading big.pcap: 812.0 MiB of
    // 1.8 GiB (45%), 1234567 frames, 3.51 M frames/s".
    static std::string text(const std::string& path, std::uint64_t position, std::optional<std::uint64_t> size,
                            std::uint64_t frames, double seconds);

private:
    void draw(std::int64_t now_ms);

    PcapFileSource& file_;
    int fd_;
    std::int64_t start_ms_;
    std::int64_t next_draw_ms_;
    std::uint64_t frames_ = 0;
    std::uint64_t bytes_ = 0;  // captured bytes of the frames read
    bool shown_ = false;
};

// Whether a -r run shows progress: stderr is a terminal a person watches, and stdout is not
// (where the output itself shows progress); never with -q.
bool want_progress(bool quiet);

}  // namespace tapsniff
