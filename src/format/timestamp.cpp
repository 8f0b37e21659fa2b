// Timestamp text: local wall clock, epoch seconds, or time since the first/previous frame.
#include <fmt/compile.h>
#include "tapsniff/timestamp.hpp"

#include <ctime>

namespace tapsniff {
namespace {

// a - b for timestamps with a >= b (pcap files may go backwards: then it is zero).
Timestamp difference(Timestamp a, Timestamp b) {
    std::int64_t micros = (a.sec - b.sec) * 1000000 + (static_cast<std::int64_t>(a.usec) - b.usec);
    if (micros < 0) micros = 0;
    return Timestamp{micros / 1000000, static_cast<std::uint32_t>(micros % 1000000)};
}

void append_hms(OutBuffer& out, Timestamp span) {
    std::int64_t s = span.sec;
    fmt::format_to(fmt::appender(out), FMT_COMPILE("{:02}:{:02}:{:02}.{:06} "), s / 3600, (s / 60) % 60, s % 60, span.usec);
}

}  // namespace

void TimestampFormatter::format(Timestamp ts, OutBuffer& out) {
    if (!have_first_) {
        first_ = previous_ = ts;
        have_first_ = true;
    }
    switch (mode_) {
        case TimeMode::none:
            return;
        case TimeMode::epoch:
            fmt::format_to(fmt::appender(out), FMT_COMPILE("{}.{:06} "), ts.sec, ts.usec);
            return;
        case TimeMode::relative:
            append_hms(out, difference(ts, first_));
            return;
        case TimeMode::delta:
            append_hms(out, difference(ts, previous_));
            previous_ = ts;
            return;
        case TimeMode::absolute:
            if (ts.sec != cached_second_) {
                std::time_t t = static_cast<std::time_t>(ts.sec);
                std::tm local{};
                localtime_r(&t, &local);
                fmt::format_to(cached_hms_, "{:02}:{:02}:{:02}", local.tm_hour, local.tm_min, local.tm_sec);
                cached_second_ = ts.sec;
            }
            out.append(cached_hms_, cached_hms_ + sizeof(cached_hms_) - 1);
            fmt::format_to(fmt::appender(out), FMT_COMPILE(".{:06} "), ts.usec);
            return;
    }
}

}  // namespace tapsniff
