// A capture file read on a thread of its own. The thread reads frames with libpcap, drops those
// the filter does not pass and decodes the rest, a batch at a time, while the capture loop prints
// the batch before: reading and decoding on one core, text and JSON on the other. Only for a
// regular file, read to its end: its frames are all there, so nothing has to be flushed while
// the next one is awaited.
#pragma once

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "tapsniff/bpf_filter.hpp"
#include "tapsniff/decode.hpp"
#include "tapsniff/frame_source.hpp"

namespace tapsniff {

// Where a batch's decoded frames keep their layers: one frame's after the other's, in blocks of
// two frames' arena size; a frame starts in a new block when less than a whole arena is left,
// so that every frame has the room it has when decoded alone (the same output).
class BatchArena {
public:
    static constexpr std::size_t kBlockSize = 2 * DecodedFrame::kArenaSize;

    void clear() { block_ = 0, used_ = 0; }
    // Where the next frame's arena starts: DecodedFrame::kArenaSize bytes, aligned for any layer.
    std::byte* start_frame();
    // The frame decoded there used `used` bytes of it.
    void end_frame(std::size_t used);
    [[nodiscard]] std::size_t blocks() const { return blocks_.size(); }

private:
    std::vector<std::unique_ptr<std::byte[]>> blocks_;  // NOLINT(modernize-avoid-c-arrays): raw, not zeroed
    std::size_t block_ = 0;
    std::size_t used_ = 0;
};

// What the reading thread does to each frame besides reading it.
struct ReadAheadWork {
    const BpfFilter* filter = nullptr;      // frames it does not pass never come out
    const DecodeOptions* decode = nullptr;  // decode with these (the thread alone uses what they
                                            // point to while it runs); nullptr: raw frames only
};

class ReadAheadSource final : public FrameSource {
public:
    // Starts the reading thread on `inner`, which it alone reads from then on.
    explicit ReadAheadSource(FrameSource& inner, ReadAheadWork work = {});
    ReadAheadSource(const ReadAheadSource&) = delete;
    ReadAheadSource& operator=(const ReadAheadSource&) = delete;
    ~ReadAheadSource() override { stop(); }

    // Stops the thread and waits for it (before whatever `inner` uses goes away: the progress
    // line is drawn from the thread). Frames already handed over stay valid until next().
    void stop();

    // A frame's bytes, and its decoding, stay valid until the next call, as with every source.
    Result<ReadStatus> next(RawFrame& frame) override;
    // The decoding of the frame next() handed out last (with work.decode), else nullptr.
    [[nodiscard]] const DecodedFrame* decoded() const { return decoded_; }
    Status wait(int /*timeout_ms*/) override { return ok_status(); }
    [[nodiscard]] LinkType link() const override { return link_; }
    [[nodiscard]] int pcap_linktype() const override { return linktype_; }

    // A batch is handed over once it holds this many bytes of frames, or this many frames. Four
    // small batches: those in flight, decoded, stay within the memory budget (a decoded frame is
    // about 1 KiB with its layers), and four let either side run ahead of the other a while
    // (2×128, 3×96, 3×128 and 2×192 frames were no faster, and took up to 400 KiB more).
    static constexpr std::size_t kBatchBytes = 64 * 1024;
    static constexpr std::size_t kBatchFrames = 64;
    static constexpr std::size_t kBatches = 4;

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
        std::vector<DecodedFrame> decoded;  // frames[i]'s decoding; made once, reused
        BatchArena arena;
        bool last = false;           // the source ended (or failed) after these frames
        std::optional<Error> error;  // why it failed
    };

    static std::array<Batch, kBatches> make_batches();
    void read_loop();
    void fill(Batch& batch);
    void decode(Batch& batch);

    FrameSource& inner_;
    const ReadAheadWork work_;
    const LinkType link_;
    const int linktype_;
    std::array<Batch, kBatches> batches_;

    // The handover: `ready_[i]` says batch i is filled and the loop's to read; the reading
    // thread fills a batch only while it is not. Each side waits for the other's change by
    // spinning a while, then sleeping on `changed_`; changes are made under `mutex_`, so that
    // a sleeper cannot miss one.
    template <class Predicate>
    void await(Predicate done);
    template <class Change>
    void publish(Change change);

    std::mutex mutex_;
    std::condition_variable changed_;
    std::array<std::atomic<bool>, kBatches> ready_{};
    std::atomic<bool> stop_{false};

    // The loop's side.
    std::size_t current_ = 0;  // the batch being read
    std::size_t taken_ = 0;    // frames of it handed out
    bool holding_ = false;     // the loop holds batch current_ (it waited for it to be ready)
    bool done_ = false;
    const DecodedFrame* decoded_ = nullptr;

    std::thread reader_;  // last: started once everything it uses exists
};

}  // namespace tapsniff
