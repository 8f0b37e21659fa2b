// Unit tests for the capture loop with a fake source: -c, the filter, flushing when the source
// is idle, a reader that leaves (EPIPE), and --respond's order (request printed before its reply).
#include "tapsniff/capture.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tapsniff/fd.hpp"
#include "tapsniff/pcap_handle.hpp"
#include "test_frames.hpp"

namespace tapsniff {
namespace {

using test::from_hex;

// A source that plays a script: frames, idle moments, the end; and records what is sent back.
class FakeSource final : public FrameSource {
public:
    enum class Kind { frame, idle, end };
    struct Step {
        Kind kind;
        std::vector<std::byte> bytes;
    };

    void add_frame(std::string_view hex, int times = 1) {
        for (int i = 0; i < times; ++i) steps.push_back({Kind::frame, from_hex(hex)});
    }
    void add_idle() { steps.push_back({Kind::idle, {}}); }

    Result<ReadStatus> next(RawFrame& frame) override {
        if (on_next) on_next();
        if (steps.empty()) return ReadStatus::end;
        current_ = std::move(steps.front());
        steps.pop_front();
        if (current_.kind == Kind::idle) return ReadStatus::idle;
        if (current_.kind == Kind::end) return ReadStatus::end;
        frame.ts = Timestamp{1732449600 + static_cast<std::int64_t>(++frames_read), 0};
        frame.bytes = Bytes(current_.bytes.data(), current_.bytes.size());
        frame.wire_len = static_cast<std::uint32_t>(current_.bytes.size());
        return ReadStatus::frame;
    }
    Status wait(int /*timeout_ms*/) override {
        ++waits;
        if (on_wait) on_wait();
        return ok_status();
    }
    [[nodiscard]] LinkType link() const override { return LinkType::ethernet; }
    [[nodiscard]] int pcap_linktype() const override { return dlt_of(LinkType::ethernet); }
    Status send(Bytes frame) override {
        sent.emplace_back(frame.begin(), frame.end());
        return ok_status();
    }

    std::deque<Step> steps;
    std::vector<std::vector<std::byte>> sent;
    std::function<void()> on_next;  // before each read
    std::function<void()> on_wait;
    int waits = 0;
    int frames_read = 0;

private:
    Step current_{Kind::end, {}};
};

// stdout stand-in: a pipe whose read end the test reads without blocking.
struct Stdout {
    Fd read_end, write_end;
    Stdout() {
        int fds[2] = {-1, -1};
        if (::pipe2(fds, O_CLOEXEC) == 0) {
            read_end = Fd(fds[0]);
            write_end = Fd(fds[1]);
            ::fcntl(fds[0], F_SETFL, O_NONBLOCK);
        }
    }
    // Everything written so far.
    std::string drain() const {
        std::string text;
        char chunk[4096];
        ssize_t n = 0;
        while ((n = ::read(read_end.get(), chunk, sizeof chunk)) > 0) text.append(chunk, static_cast<std::size_t>(n));
        return text;
    }
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        out.push_back(text.substr(start, end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

class CaptureTest : public ::testing::Test {
protected:
    void SetUp() override {
        old_pipe_ = std::signal(SIGPIPE, SIG_IGN);  // as install_signal_handlers() does
        g_stop_requested = 0;
        config.time_mode = TimeMode::none;
    }
    void TearDown() override { std::signal(SIGPIPE, old_pipe_); }

    Status run() {
        OutputSink sink(out.write_end.get());
        return run_capture(source, config, sink, stats);
    }

    FakeSource source;
    CaptureConfig config;
    CaptureStats stats;
    Stdout out;

private:
    void (*old_pipe_)(int) = SIG_DFL;
};

TEST_F(CaptureTest, CountStopsAfterNFramesWithoutReadingMore) {
    source.add_frame(test::frames::kArpRequest, 5);
    config.count = 3;
    ASSERT_TRUE(run().ok());
    EXPECT_EQ(stats.frames, 3U);
    EXPECT_EQ(stats.bytes, 3U * 42U);
    EXPECT_EQ(lines(out.drain()).size(), 3U);
    EXPECT_EQ(source.steps.size(), 2U);  // the last two were never read
}

TEST_F(CaptureTest, FilterChoosesWhatIsCountedAndPrinted) {
    source.add_frame(test::frames::kArpRequest);
    source.add_frame(test::frames::kStpBpdu);
    source.add_frame(test::frames::kArpReply);
    source.add_frame(test::frames::kStpBpdu);
    auto filter = BpfFilter::compile("arp", dlt_of(LinkType::ethernet));
    ASSERT_TRUE(filter.ok()) << filter.error().message;
    config.filter = &filter.value();
    config.count = 2;  // counts frames after the filter: both ARP frames, then stop
    ASSERT_TRUE(run().ok());
    EXPECT_EQ(stats.frames, 2U);
    const auto printed = lines(out.drain());
    ASSERT_EQ(printed.size(), 2U);
    EXPECT_NE(printed[0].find("Request who-has 172.17.0.1 tell 172.17.0.2"), std::string::npos) << printed[0];
    EXPECT_NE(printed[1].find("Reply 172.17.0.1 is-at 02:42:0f:3c:5a:01"), std::string::npos) << printed[1];
    EXPECT_EQ(source.steps.size(), 1U);  // the count was reached: the last frame is never read
}

// `tapsniff | grep who-has`: what was printed reaches the reader before tapsniff waits.
TEST_F(CaptureTest, OutputIsWrittenWhenTheSourceIsIdle) {
    source.add_frame(test::frames::kArpRequest);
    source.add_idle();
    source.add_frame(test::frames::kArpReply);
    std::string seen_while_waiting;
    source.on_wait = [&] { seen_while_waiting = out.drain(); };
    ASSERT_TRUE(run().ok());
    EXPECT_EQ(source.waits, 1);
    ASSERT_EQ(lines(seen_while_waiting).size(), 1U);
    EXPECT_NE(seen_while_waiting.find("Request who-has"), std::string::npos);
    EXPECT_NE(out.drain().find("Reply 172.17.0.1"), std::string::npos);  // the rest at the end
}

// Frames that keep coming are not written one by one: a burst stays in the buffer until the
// source has nothing more, then goes out in one piece.
TEST_F(CaptureTest, ABurstIsWrittenWhenItEndsNotFrameByFrame) {
    source.add_frame(test::frames::kArpRequest, 10);
    source.add_idle();
    std::string written_during_burst;
    std::string written_at_idle;
    source.on_next = [&] {
        if (source.waits == 0) written_during_burst += out.drain();
    };
    source.on_wait = [&] { written_at_idle = out.drain(); };
    ASSERT_TRUE(run().ok());
    EXPECT_EQ(written_during_burst, "");
    EXPECT_EQ(lines(written_at_idle).size(), 10U);
}

// `tapsniff | head -1`: the reader left; capturing ends, and that is success.
TEST_F(CaptureTest, ReaderGoneEndsTheCaptureWithSuccess) {
    source.add_frame(test::frames::kArpRequest);
    source.add_idle();
    source.add_frame(test::frames::kArpRequest, 10);
    out.read_end.close();
    const Status status = run();
    EXPECT_TRUE(status.ok()) << status.error().message;
    EXPECT_EQ(stats.frames, 1U);
    EXPECT_EQ(source.steps.size(), 10U);  // stopped at the first flush that found no reader
}

// --respond: the request is printed, then the reply tapsniff sent, marked as its own.
TEST_F(CaptureTest, RespondPrintsTheRequestBeforeItsReply) {
    auto neighbor = parse_neighbor("172.17.0.1");
    ASSERT_TRUE(neighbor.ok());
    Responder responder({neighbor.value()});
    config.responder = &responder;
    source.add_frame(test::frames::kArpRequest);
    ASSERT_TRUE(run().ok());
    ASSERT_EQ(source.sent.size(), 1U);
    EXPECT_EQ(stats.frames, 2U);
    const auto printed = lines(out.drain());
    ASSERT_EQ(printed.size(), 2U);
    EXPECT_NE(printed[0].find("Request who-has 172.17.0.1 tell 172.17.0.2"), std::string::npos) << printed[0];
    EXPECT_EQ(printed[1].rfind("[respond] 02:00:ac:11:00:01 > 02:42:ac:11:00:02", 0), 0U) << printed[1];
    EXPECT_NE(printed[1].find("Reply 172.17.0.1 is-at 02:00:ac:11:00:01"), std::string::npos) << printed[1];
}

// -c counts what is shown: the request reaches the count, its reply is sent but not shown.
TEST_F(CaptureTest, RespondSendsTheReplyPastTheCountWithoutShowingIt) {
    auto neighbor = parse_neighbor("172.17.0.1");
    ASSERT_TRUE(neighbor.ok());
    Responder responder({neighbor.value()});
    config.responder = &responder;
    config.count = 1;
    source.add_frame(test::frames::kArpRequest, 2);
    ASSERT_TRUE(run().ok());
    EXPECT_EQ(source.sent.size(), 1U);
    EXPECT_EQ(stats.frames, 1U);
    EXPECT_EQ(lines(out.drain()).size(), 1U);
    EXPECT_EQ(source.steps.size(), 1U);
}

// JSON marks the reply with "dir":"in": it goes into the host, as the interface sees it. The fake
// source gives no direction, so the request has none.
TEST_F(CaptureTest, RespondMarksTheReplyInJson) {
    auto neighbor = parse_neighbor("172.17.0.1");
    ASSERT_TRUE(neighbor.ok());
    Responder responder({neighbor.value()});
    config.responder = &responder;
    config.json = true;
    source.add_frame(test::frames::kArpRequest);
    ASSERT_TRUE(run().ok());
    const auto printed = lines(out.drain());
    ASSERT_EQ(printed.size(), 2U);
    EXPECT_EQ(printed[0].find("\"dir\""), std::string::npos) << printed[0];
    EXPECT_NE(printed[1].find("\"dir\":\"in\""), std::string::npos) << printed[1];
}

}  // namespace
}  // namespace tapsniff
