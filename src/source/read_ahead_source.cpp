// The reading thread of a capture file and the two batches it hands over.
#include "tapsniff/read_ahead_source.hpp"

#include <cstring>

#include "tapsniff/capture.hpp"

namespace tapsniff {

namespace {

// Room for a full batch and one more frame of the usual sizes, so that filling one rarely
// reallocates; memory is touched only as frames arrive.
constexpr std::size_t kReserveBytes = ReadAheadSource::kBatchBytes + 16 * 1024;

}  // namespace

std::array<ReadAheadSource::Batch, 2> ReadAheadSource::make_batches() {
    std::array<Batch, 2> batches;
    for (Batch& b : batches) {
        b.bytes.reserve(kReserveBytes);
        b.frames.reserve(kBatchFrames);
    }
    return batches;
}

ReadAheadSource::ReadAheadSource(FrameSource& inner)
    : inner_(inner), link_(inner.link()), linktype_(inner.pcap_linktype()), batches_(make_batches()),
      reader_([this] { read_loop(); }) {}

void ReadAheadSource::stop() {
    if (!reader_.joinable()) return;
    {
        const std::lock_guard lock(mutex_);
        stop_ = true;
    }
    stopping_.store(true, std::memory_order_relaxed);
    changed_.notify_all();
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
        if (stopping_.load(std::memory_order_relaxed) || g_stop_requested != 0) {
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
        const std::size_t at = batch.bytes.size();
        batch.bytes.resize(at + raw.bytes.size());
        if (!raw.bytes.empty()) std::memcpy(batch.bytes.data() + at, raw.bytes.data(), raw.bytes.size());
        batch.frames.push_back(
            Record{raw.ts, at, static_cast<std::uint32_t>(raw.bytes.size()), raw.wire_len, raw.direction});
    }
}

void ReadAheadSource::read_loop() {
    for (std::size_t i = 0;; i ^= 1U) {
        {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return stop_ || !ready_[i]; });
            if (stop_) return;
        }
        Batch& batch = batches_[i];
        fill(batch);
        {
            const std::lock_guard lock(mutex_);
            ready_[i] = true;
        }
        changed_.notify_all();
        if (batch.last) return;
    }
}

Result<ReadStatus> ReadAheadSource::next(RawFrame& frame) {
    for (;;) {
        if (done_) return ReadStatus::end;
        if (!holding_) {
            std::unique_lock lock(mutex_);
            changed_.wait(lock, [&] { return ready_[current_]; });
            holding_ = true;
            taken_ = 0;
        }
        Batch& batch = batches_[current_];
        if (taken_ < batch.frames.size()) {
            const Record& r = batch.frames[taken_++];
            frame.ts = r.ts;
            frame.bytes = Bytes(batch.bytes.data() + r.offset, r.caplen);
            frame.wire_len = r.wire_len;
            frame.direction = r.direction;
            return ReadStatus::frame;
        }
        // This batch is used up (its last frame is the caller's no more): hand it back.
        if (batch.last) {
            done_ = true;
            if (batch.error) return *batch.error;
            return ReadStatus::end;
        }
        {
            const std::lock_guard lock(mutex_);
            ready_[current_] = false;
        }
        changed_.notify_all();
        holding_ = false;
        current_ ^= 1U;
    }
}

}  // namespace tapsniff
