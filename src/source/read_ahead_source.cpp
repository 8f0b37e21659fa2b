// The reading thread of a capture file, the batches it hands over, and their decoding.
#include "tapsniff/read_ahead_source.hpp"

#include "tapsniff/capture.hpp"

namespace tapsniff {

namespace {

// Room for a full batch and one more frame of the usual sizes, so that filling one rarely
// reallocates; memory is touched only as frames arrive.
constexpr std::size_t kReserveBytes = ReadAheadSource::kBatchBytes + 16 * 1024;

// Where each frame's layers start: aligned for any layer struct, as a frame's own arena is.
constexpr std::size_t kArenaAlign = alignof(std::max_align_t);

// Tells the core this is a spin loop (it yields to a sibling thread and saves power).
inline void cpu_relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
}

}  // namespace

std::byte* BatchArena::start_frame() {
    if (used_ + DecodedFrame::kArenaSize > kBlockSize) {
        ++block_;
        used_ = 0;
    }
    if (block_ == blocks_.size()) blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(kBlockSize));
    return blocks_[block_].get() + used_;
}

void BatchArena::end_frame(std::size_t used) { used_ += (used + kArenaAlign - 1) & ~(kArenaAlign - 1); }

std::array<ReadAheadSource::Batch, ReadAheadSource::kBatches> ReadAheadSource::make_batches() {
    std::array<Batch, kBatches> batches;
    for (Batch& b : batches) {
        b.bytes.reserve(kReserveBytes);
        b.frames.reserve(kBatchFrames);
        b.decoded.reserve(kBatchFrames);
    }
    return batches;
}

ReadAheadSource::ReadAheadSource(FrameSource& inner, ReadAheadWork work)
    : inner_(inner), work_(work), link_(inner.link()), linktype_(inner.pcap_linktype()),
      batches_(make_batches()), reader_([this] { read_loop(); }) {}

// The other side is usually a few microseconds from its change (the two take turns with the
// batches), and waking a thread that sleeps costs a system call on each side and, in a VM, an
// interrupt between cores: thousands per file. So a while of spinning first (2,000 pauses: 57 µs
// on the development machine's EPYC, about two batches' time of either side), then sleep.
template <class Predicate>
void ReadAheadSource::await(Predicate done) {
    constexpr int kSpins = 2000;
    for (int i = 0; i < kSpins; ++i) {
        if (done()) return;
        cpu_relax();
    }
    std::unique_lock lock(mutex_);
    changed_.wait(lock, done);
}

template <class Change>
void ReadAheadSource::publish(Change change) {
    {
        const std::lock_guard lock(mutex_);
        change();
    }
    changed_.notify_all();
}

void ReadAheadSource::stop() {
    if (!reader_.joinable()) return;
    publish([&] { stop_.store(true, std::memory_order_release); });
    reader_.join();
}

void ReadAheadSource::fill(Batch& batch) {
    batch.bytes.clear();
    batch.frames.clear();
    batch.last = false;
    batch.error.reset();
    RawFrame raw;
    while (batch.frames.size() < kBatchFrames && batch.bytes.size() < kBatchBytes) {
        // Stopped (by the loop, or a signal): what was read still goes out, then the end.
        if (stop_.load(std::memory_order_relaxed) || g_stop_requested != 0) {
            batch.last = true;
            return;
        }
        auto status = inner_.next(raw);
        if (!status) {
            batch.error = status.error();
            batch.last = true;
            return;
        }
        if (status.value() == ReadStatus::end) {
            batch.last = true;
            return;
        }
        if (status.value() == ReadStatus::idle) continue;  // a file is never idle
        if (work_.filter != nullptr && !work_.filter->matches(raw)) continue;
        const std::size_t at = batch.bytes.size();
        batch.bytes.insert(batch.bytes.end(), raw.bytes.begin(), raw.bytes.end());  // no zeroing first
        batch.frames.push_back(
            Record{raw.ts, at, static_cast<std::uint32_t>(raw.bytes.size()), raw.wire_len, raw.direction});
    }
}

// After the batch is read whole: its bytes no longer move, so the layers may point into them.
void ReadAheadSource::decode(Batch& batch) {
    batch.arena.clear();
    for (std::size_t i = 0; i < batch.frames.size(); ++i) {
        if (i == batch.decoded.size()) batch.decoded.emplace_back(DecodedFrame::BorrowedArena{});
        const Record& r = batch.frames[i];
        DecodedFrame& frame = batch.decoded[i];
        frame.use_arena(batch.arena.start_frame());
        decode_frame(Bytes(batch.bytes.data() + r.offset, r.caplen), r.wire_len, link_, *work_.decode, frame);
        batch.arena.end_frame(frame.arena_used());
    }
}

void ReadAheadSource::read_loop() {
    for (std::size_t i = 0;; i = (i + 1) % kBatches) {
        await([&] { return stop_.load(std::memory_order_acquire) || !ready_[i].load(std::memory_order_acquire); });
        if (stop_.load(std::memory_order_acquire)) return;
        Batch& batch = batches_[i];
        fill(batch);
        if (work_.decode != nullptr) decode(batch);
        publish([&] { ready_[i].store(true, std::memory_order_release); });
        if (batch.last) return;
    }
}

Result<ReadStatus> ReadAheadSource::next(RawFrame& frame) {
    for (;;) {
        if (done_) return ReadStatus::end;
        if (!holding_) {
            await([&] { return ready_[current_].load(std::memory_order_acquire); });
            holding_ = true;
            taken_ = 0;
        }
        Batch& batch = batches_[current_];
        if (taken_ < batch.frames.size()) {
            const std::size_t i = taken_++;
            const Record& r = batch.frames[i];
            frame.ts = r.ts;
            frame.bytes = Bytes(batch.bytes.data() + r.offset, r.caplen);
            frame.wire_len = r.wire_len;
            frame.direction = r.direction;
            decoded_ = work_.decode != nullptr ? &batch.decoded[i] : nullptr;
            return ReadStatus::frame;
        }
        // This batch is used up (its last frame is the caller's no more): hand it back.
        if (batch.last) {
            done_ = true;
            if (batch.error) return *batch.error;
            return ReadStatus::end;
        }
        publish([&] { ready_[current_].store(false, std::memory_order_release); });
        holding_ = false;
        current_ = (current_ + 1) % kBatches;
    }
}

}  // namespace tapsniff
