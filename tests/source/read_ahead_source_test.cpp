// The reading thread of -r: every frame comes out once, in order, with its bytes, timestamp,
// lengths and direction; the end and a read error come after the frames before them; stopping
// early neither hangs nor loses what was handed over.
#include "tapsniff/read_ahead_source.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_frames.hpp"

namespace tapsniff {
namespace {

// A source that hands out a script of frames (real frames, and made-up sizes around the batch
// limits), then ends or fails.
class ScriptedSource final : public FrameSource {
public:
    ScriptedSource(std::vector<std::vector<std::byte>> frames, bool fail_at_end)
        : frames_(std::move(frames)), fail_at_end_(fail_at_end) {}

    Result<ReadStatus> next(RawFrame& frame) override {
        if (at_ == frames_.size()) {
            if (fail_at_end_) return Error{"error reading 'scripted': truncated record", kExitRuntime};
            return ReadStatus::end;
        }
        const auto& bytes = frames_[at_];
        // The source's own buffer is reused, as libpcap's is: a copy taken late would show it.
        buffer_ = bytes;
        frame.ts = Timestamp{1700000000 + static_cast<std::int64_t>(at_), static_cast<std::uint32_t>(at_ % 1000000)};
        frame.bytes = Bytes(buffer_.data(), buffer_.size());
        frame.wire_len = static_cast<std::uint32_t>(bytes.size() + at_ % 7);
        frame.direction = at_ % 3 == 0 ? Direction::in : Direction::out;
        ++at_;
        return ReadStatus::frame;
    }
    Status wait(int /*timeout_ms*/) override { return ok_status(); }
    [[nodiscard]] LinkType link() const override { return LinkType::ethernet; }
    [[nodiscard]] int pcap_linktype() const override { return 1; }

private:
    std::vector<std::vector<std::byte>> frames_;
    bool fail_at_end_;
    std::vector<std::byte> buffer_;
    std::size_t at_ = 0;
};

// `count` frames: real ARP frames, an empty one, and some larger than a whole batch.
std::vector<std::vector<std::byte>> script(std::size_t count) {
    const std::vector<std::byte> arp = test::from_hex(test::frames::kArpRequest);
    const std::vector<std::byte> qinq = test::from_hex(test::frames::kQinqArp);
    std::vector<std::vector<std::byte>> frames;
    for (std::size_t i = 0; i < count; ++i) {
        if (i % 997 == 500) {
            // Bigger than a batch's byte budget: it must come out whole all the same.
            std::vector<std::byte> big(ReadAheadSource::kBatchBytes + 1000 + i);
            for (std::size_t k = 0; k < big.size(); ++k) big[k] = static_cast<std::byte>((k * 31 + i) & 0xffU);
            frames.push_back(std::move(big));
        } else if (i % 401 == 7) {
            frames.emplace_back();
        } else {
            std::vector<std::byte> f = i % 2 == 0 ? arp : qinq;
            f.back() = static_cast<std::byte>(i & 0xffU);  // each frame its own
            frames.push_back(std::move(f));
        }
    }
    return frames;
}

void expect_same_frames(ReadAheadSource& ahead, const std::vector<std::vector<std::byte>>& frames) {
    RawFrame frame;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        auto status = ahead.next(frame);
        ASSERT_TRUE(status) << "frame " << i << ": " << status.error().message;
        ASSERT_EQ(status.value(), ReadStatus::frame) << "frame " << i;
        ASSERT_EQ(std::vector<std::byte>(frame.bytes.begin(), frame.bytes.end()), frames[i]) << "frame " << i;
        EXPECT_EQ(frame.ts.sec, 1700000000 + static_cast<std::int64_t>(i));
        EXPECT_EQ(frame.ts.usec, i % 1000000);
        EXPECT_EQ(frame.wire_len, frames[i].size() + i % 7);
        EXPECT_EQ(frame.direction, i % 3 == 0 ? Direction::in : Direction::out);
    }
}

TEST(ReadAheadSource, EveryFrameOnceInOrderThenTheEnd) {
    // Several batches by frame count and by bytes, and the frames that fill one alone.
    const auto frames = script(5 * ReadAheadSource::kBatchFrames + 123);
    ScriptedSource inner(frames, false);
    ReadAheadSource ahead(inner);
    EXPECT_EQ(ahead.link(), LinkType::ethernet);
    EXPECT_EQ(ahead.pcap_linktype(), 1);
    expect_same_frames(ahead, frames);
    RawFrame frame;
    auto end = ahead.next(frame);
    ASSERT_TRUE(end);
    EXPECT_EQ(end.value(), ReadStatus::end);
    // And it stays at the end.
    end = ahead.next(frame);
    ASSERT_TRUE(end);
    EXPECT_EQ(end.value(), ReadStatus::end);
}

TEST(ReadAheadSource, EmptyFileEndsAtOnce) {
    ScriptedSource inner({}, false);
    ReadAheadSource ahead(inner);
    RawFrame frame;
    auto end = ahead.next(frame);
    ASSERT_TRUE(end);
    EXPECT_EQ(end.value(), ReadStatus::end);
}

TEST(ReadAheadSource, ReadErrorComesAfterTheFramesBeforeIt) {
    const auto frames = script(ReadAheadSource::kBatchFrames + 5);
    ScriptedSource inner(frames, true);
    ReadAheadSource ahead(inner);
    expect_same_frames(ahead, frames);
    RawFrame frame;
    auto failed = ahead.next(frame);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().message, "error reading 'scripted': truncated record");
    EXPECT_EQ(failed.error().exit_code, kExitRuntime);
}

TEST(ReadAheadSource, StoppingEarlyKeepsTheFrameHandedOver) {
    // -c 10 of a long file: the loop stops after ten frames; the thread, a batch or two ahead,
    // must stop too (no hang), and the last frame handed over is still readable.
    const auto frames = script(20 * ReadAheadSource::kBatchFrames);
    ScriptedSource inner(frames, false);
    ReadAheadSource ahead(inner);
    RawFrame frame;
    for (int i = 0; i < 10; ++i) {
        auto status = ahead.next(frame);
        ASSERT_TRUE(status);
        ASSERT_EQ(status.value(), ReadStatus::frame);
    }
    ahead.stop();
    EXPECT_EQ(std::vector<std::byte>(frame.bytes.begin(), frame.bytes.end()), frames[9]);
    ahead.stop();  // again: nothing left to stop
}

TEST(ReadAheadSource, DestroyedUnreadDoesNotHang) {
    const auto frames = script(10 * ReadAheadSource::kBatchFrames);
    ScriptedSource inner(frames, false);
    { ReadAheadSource ahead(inner); }
    SUCCEED();
}

}  // namespace
}  // namespace tapsniff
