// The reading thread of -r: every frame comes out once, in order, with its bytes, timestamp,
// lengths and direction; the end and a read error come after the frames before them; stopping
// early neither hangs nor loses what was handed over; the filter drops what it should; frames
// decoded on the thread print exactly as frames decoded one by one (TCP conversations and what
// printers remember carried across batches); each frame's arena in a batch has the full size.
#include "tapsniff/read_ahead_source.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "proto/state.hpp"
#include "proto/tcp/tcp_conversations.hpp"
#include "tapsniff/pcap_source.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

// A source that hands out a script of frames (real frames, and made-up sizes around the batch
// limits), then ends or fails.
class ScriptedSource final : public FrameSource {
public:
    ScriptedSource(std::vector<std::vector<std::byte>> frames, bool fail_at_end)
        : frames_(std::move(frames)), fail_at_end_(fail_at_end) {}
    ScriptedSource(std::vector<std::vector<std::byte>> frames, std::vector<std::uint32_t> wire_lens)
        : frames_(std::move(frames)), wire_lens_(std::move(wire_lens)), fail_at_end_(false) {}

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
        frame.wire_len = wire_lens_.empty() ? static_cast<std::uint32_t>(bytes.size() + at_ % 7) : wire_lens_[at_];
        frame.direction = at_ % 3 == 0 ? Direction::in : Direction::out;
        ++at_;
        return ReadStatus::frame;
    }
    Status wait(int /*timeout_ms*/) override { return ok_status(); }
    [[nodiscard]] LinkType link() const override { return LinkType::ethernet; }
    [[nodiscard]] int pcap_linktype() const override { return 1; }

private:
    std::vector<std::vector<std::byte>> frames_;
    std::vector<std::uint32_t> wire_lens_;  // empty: made up from the index
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

// The committed golden captures' frames (tcpdump's own output is their test elsewhere): TCP
// sessions, application protocols on TCP and UDP, DNS, tunnels, one after the other.
struct CapturedFrames {
    std::vector<std::vector<std::byte>> bytes;
    std::vector<std::uint32_t> wire_lens;
};

CapturedFrames golden_frames() {
    CapturedFrames out;
    for (const char* name : {"tcp_sessions.pcap", "tcpapp.pcap", "dns.pcap", "udpapps.pcap", "tunnels.pcap", "ip.pcap"}) {
        auto source = PcapFileSource::open(std::filesystem::path(TAPSNIFF_SOURCE_DIR) / "tests/golden" / name);
        if (!source) {
            ADD_FAILURE() << source.error().message;
            continue;
        }
        EXPECT_EQ(source.value()->link(), LinkType::ethernet) << name;
        RawFrame raw;
        for (;;) {
            auto status = source.value()->next(raw);
            if (!status || status.value() != ReadStatus::frame) break;
            out.bytes.emplace_back(raw.bytes.begin(), raw.bytes.end());
            out.wire_lens.push_back(raw.wire_len);
        }
    }
    return out;
}

// What a frame prints: the summary line and the JSON object.
std::string printed(const DecodedFrame& frame, std::uint64_t number) {
    OutBuffer buf;
    format_line(frame, true, buf);
    buf.push_back('\n');
    format_json(frame, number, Timestamp{}, buf, Direction::unknown);
    return test::to_string(buf);
}

TEST(ReadAheadSource, FramesDecodedAheadPrintAsFramesDecodedOneByOne) {
    const CapturedFrames captured = golden_frames();
    ASSERT_GT(captured.bytes.size(), 3 * ReadAheadSource::kBatchFrames);
    // One by one, as the loop decodes without a reading thread.
    TcpConversations conversations_alone;
    ProtocolState state_alone;
    DecodeOptions alone;
    alone.tcp_conversations = &conversations_alone;
    alone.state = &state_alone;
    std::vector<std::string> expected;
    DecodedFrame frame;
    for (std::size_t i = 0; i < captured.bytes.size(); ++i) {
        decode_frame(test::view(captured.bytes[i]), captured.wire_lens[i], LinkType::ethernet, alone, frame);
        expected.push_back(printed(frame, i + 1));
    }
    // Relative TCP numbers depend on every frame before: some conversations span batches.
    std::size_t relative = 0;
    for (const std::string& text : expected) relative += text.find(", ack 1,") != std::string::npos ? 1 : 0;
    EXPECT_GT(relative, 10U);

    TcpConversations conversations;
    ProtocolState state;
    DecodeOptions options;
    options.tcp_conversations = &conversations;
    options.state = &state;
    ScriptedSource inner(captured.bytes, captured.wire_lens);
    ReadAheadSource ahead(inner, ReadAheadWork{nullptr, &options});
    RawFrame raw;
    for (std::size_t i = 0; i < captured.bytes.size(); ++i) {
        auto status = ahead.next(raw);
        ASSERT_TRUE(status && status.value() == ReadStatus::frame) << "frame " << i;
        const DecodedFrame* decoded = ahead.decoded();
        ASSERT_NE(decoded, nullptr);
        // The decoding is of this frame's bytes, where the source keeps them.
        EXPECT_EQ(decoded->bytes.data(), raw.bytes.data());
        EXPECT_EQ(decoded->wire_len, raw.wire_len);
        ASSERT_EQ(printed(*decoded, i + 1), expected[i]) << "frame " << i;
    }
    auto end = ahead.next(raw);
    ASSERT_TRUE(end);
    EXPECT_EQ(end.value(), ReadStatus::end);
}

TEST(ReadAheadSource, FilterDropsOnTheThread) {
    const auto frames = script(3 * ReadAheadSource::kBatchFrames + 17);
    auto filter = BpfFilter::compile("arp and not vlan", 1);
    ASSERT_TRUE(filter) << filter.error().message;
    ScriptedSource inner(frames, false);
    ReadAheadSource ahead(inner, ReadAheadWork{&filter.value(), nullptr});
    RawFrame raw;
    std::size_t passed = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        RawFrame original{Timestamp{}, test::view(frames[i]), static_cast<std::uint32_t>(frames[i].size()),
                          Direction::unknown};
        if (!filter.value().matches(original)) continue;
        auto status = ahead.next(raw);
        ASSERT_TRUE(status && status.value() == ReadStatus::frame) << "frame " << i;
        ASSERT_EQ(std::vector<std::byte>(raw.bytes.begin(), raw.bytes.end()), frames[i]) << "frame " << i;
        EXPECT_EQ(ahead.decoded(), nullptr);  // not asked to decode
        ++passed;
    }
    EXPECT_GT(passed, ReadAheadSource::kBatchFrames);
    EXPECT_LT(passed, frames.size());  // the QinQ frames and the others did not pass
    auto end = ahead.next(raw);
    ASSERT_TRUE(end);
    EXPECT_EQ(end.value(), ReadStatus::end);
}

// Every frame gets a whole arena inside one block, aligned, after the bytes the frame before used;
// a new block only when the rest of one is smaller than an arena; blocks are reused after clear().
TEST(BatchArena, EachFrameHasAWholeArena) {
    BatchArena arena;
    std::byte* first = arena.start_frame();
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(first) % alignof(std::max_align_t), 0U);
    arena.end_frame(1000);
    std::byte* second = arena.start_frame();
    EXPECT_EQ(second, first + 1008);  // 1000 rounded up to the alignment
    arena.end_frame(DecodedFrame::kArenaSize - 2000);
    std::byte* third = arena.start_frame();  // more than an arena is left in the block
    EXPECT_EQ(third, second + DecodedFrame::kArenaSize - 2000);
    EXPECT_EQ(arena.blocks(), 1U);
    arena.end_frame(2000);
    std::byte* fourth = arena.start_frame();  // less than an arena left: the next block
    EXPECT_EQ(arena.blocks(), 2U);
    EXPECT_NE(fourth, third + 2000);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(fourth) % alignof(std::max_align_t), 0U);
    arena.end_frame(DecodedFrame::kArenaSize);  // a frame that used all of its arena
    EXPECT_EQ(arena.start_frame(), fourth + DecodedFrame::kArenaSize);  // exactly one arena left
    EXPECT_EQ(arena.blocks(), 2U);
    arena.end_frame(1);
    arena.start_frame();
    EXPECT_EQ(arena.blocks(), 3U);
    arena.clear();
    EXPECT_EQ(arena.start_frame(), first);  // the first block again, no new one
    EXPECT_EQ(arena.blocks(), 3U);
}

}  // namespace
}  // namespace tapsniff
