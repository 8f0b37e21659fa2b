// A capture file read on a thread of its own: libpcap's reads (a fifth of the time of `-r F`)
// run on another core while the capture loop decodes and prints. The thread copies frames into
// one of two batches; the loop takes frames from the other. Only for a regular file, read to its
// end: its frames are all there, so nothing has to be flushed while the next one is awaited.
#pragma once

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "tapsniff/frame_source.hpp"

namespace tapsniff {

class ReadAheadSource final : public FrameSource {
public:
    // Starts the reading thread on `inner`, which it alone reads from then on.
    explicit ReadAheadSource(FrameSource& inner);
    ReadAheadSource(const ReadAheadSource&) = delete;
    ReadAheadSource& operator=(const ReadAheadSource&) = delete;
    ~ReadAheadSource() override { stop(); }

    // Stops the thread and waits for it (before whatever `inner` uses goes away: the progress
    // line is drawn from the thread). Frames already handed over stay valid until next().
    void stop();

    // A frame's bytes stay valid until the next call, as with every source.
    Result<ReadStatus> next(RawFrame& frame) override;
    Status wait(int /*timeout_ms*/) override { return ok_status(); }
    [[nodiscard]] LinkType link() const override { return link_; }
    [[nodiscard]] int pcap_linktype() const override { return linktype_; }

    // A batch is handed over once it holds this many bytes of frames, or this many frames.
    static constexpr std::size_t kBatchBytes = 64 * 1024;
    static constexpr std::size_t kBatchFrames = 1024;

private:
    struct Record {
        Timestamp ts;
        std::size_t offset = 0;  // into the batch's bytes
        std::uint32_t caplen = 0;
        std::uint32_t wire_len = 0;
        Direction direction = Direction::unknown;
    };
    struct Batch {
        std::vector<std::byte> bytes;
        std::vector<Record> frames;
        bool last = false;           // the source ended (or failed) after these frames
        std::optional<Error> error;  // why it failed
    };

    static std::array<Batch, 2> make_batches();
    void read_loop();
    void fill(Batch& batch);

    FrameSource& inner_;
    const LinkType link_;
    const int linktype_;
    std::array<Batch, 2> batches_;

    // The handover: `ready_[i]` says batch i is filled and the loop's to read; the reading
    // thread fills a batch only while it is not. Both under `mutex_`.
    std::mutex mutex_;
    std::condition_variable changed_;
    std::array<bool, 2> ready_{};
    bool stop_ = false;
    std::atomic<bool> stopping_{false};  // stop_, read without the lock between frames

    // The loop's side.
    std::size_t current_ = 0;  // the batch being read
    std::size_t taken_ = 0;    // frames of it handed out
    bool holding_ = false;     // the loop holds batch current_ (it waited for it to be ready)
    bool done_ = false;

    std::thread reader_;  // last: started once everything it uses exists
};

}  // namespace tapsniff
