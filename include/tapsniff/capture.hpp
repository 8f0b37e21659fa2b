// The capture loop: source -> (filter) -> decode -> format -> sink.
#pragma once

#include <atomic>
#include <csignal>
#include <cstdint>

#include "tapsniff/bpf_filter.hpp"
#include "tapsniff/frame_source.hpp"
#include "tapsniff/frame_writer.hpp"
#include "tapsniff/responder.hpp"
#include "tapsniff/output_sink.hpp"
#include "tapsniff/time_mode.hpp"

namespace tapsniff {

// The one piece of global mutable state: set by the SIGINT/SIGTERM handler. An atomic, not a
// volatile sig_atomic_t: the reading thread of -r reads it too, and a lock-free atomic is both
// safe in a signal handler and free of data races between threads.
extern std::atomic<int> g_stop_requested;
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs a lock-free flag");
void install_signal_handlers();

struct CaptureConfig {
    bool print = true;                 // text/JSON on stdout (off for `-w -` and --no-print)
    const BpfFilter* filter = nullptr;  // frames that fail it are not counted, printed or saved
    FrameWriter* writer = nullptr;      // -w
    Responder* responder = nullptr;     // --respond: replies are sent through the source
    bool json = false;
    bool hex = false;
    bool verbose = false;
    bool color = false;
    bool relative_tcp = true;  // tcpdump's default TCP numbering; false with -S
    bool number = false;       // -#: the frame's number before each line
    // A watched interface (packet socket): each text line says which way the frame went, "In  "
    // or "Out " after the timestamp (tcpdump -i any's words), the rest identical to tcpdump -i.
    bool direction_words = false;
    // A regular file: read, filtered and decoded on a thread of its own (ReadAheadSource) while
    // this one prints. Not for a pipe (the loop must flush while it waits for the writer), nor a
    // device (the responder decodes what arrives before anything is shown).
    bool read_ahead = false;
    std::uint64_t count = 0;  // 0: no limit
    TimeMode time_mode = TimeMode::absolute;
};

struct CaptureStats {
    std::uint64_t frames = 0;
    std::uint64_t bytes = 0;
};

// Runs until the count is reached, the source ends, a signal arrives or stdout's reader
// leaves. Returns the statistics, or the error that stopped it (stats so far in `stats`).
Status run_capture(FrameSource& source, const CaptureConfig& config, OutputSink& out, CaptureStats& stats);

}  // namespace tapsniff
