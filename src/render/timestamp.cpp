// Timestamp text: local wall clock, epoch seconds, or time since the first/previous frame.
#include "tapsniff/timestamp.hpp"

#include <ctime>

#include "render/out.hpp"

namespace tapsniff {

using text::append;

namespace {

// a - b for timestamps with a >= b (pcap files may go backwards: then it is zero).
Timestamp difference(Timestamp a, Timestamp b) {
    std::int64_t micros = (a.sec - b.sec) * 1000000 + (static_cast<std::int64_t>(a.usec) - b.usec);
    if (micros < 0) micros = 0;
    return Timestamp{micros / 1000000, static_cast<std::uint32_t>(micros % 1000000)};
}

// ".uuuuuu " after the seconds.
void append_micros(OutBuffer& out, std::uint32_t usec) {
    out.push_back('.');
    // A broken file's microseconds may pass 999999: all their digits print, as with %06u.
    if (usec > 999999) text::append_uint(out, usec);
    else text::append_padded(out, usec, 6);
    out.push_back(' ');
}

void append_hms(OutBuffer& out, Timestamp span) {
    std::int64_t s = span.sec;
    // Hours keep counting past 99, as tcpdump's %02d does.
    fmt::format_to(fmt::appender(out), FMT_COMPILE("{:02}"), s / 3600);
    out.push_back(':');
    text::append_padded(out, static_cast<std::uint32_t>((s / 60) % 60), 2);
    out.push_back(':');
    text::append_padded(out, static_cast<std::uint32_t>(s % 60), 2);
    append_micros(out, span.usec);
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
            if (ts.sec < 0) fmt::format_to(fmt::appender(out), FMT_COMPILE("{}"), ts.sec);
            else text::append_uint(out, static_cast<std::uint64_t>(ts.sec));
            append_micros(out, ts.usec);
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
                auto t = static_cast<std::time_t>(ts.sec);
                std::tm local{};
                localtime_r(&t, &local);
                fmt::format_to(cached_hms_, "{:02}:{:02}:{:02}", local.tm_hour, local.tm_min, local.tm_sec);
                cached_second_ = ts.sec;
            }
            if (ts.usec > 999999) {
                append(out, {cached_hms_, sizeof(cached_hms_) - 1});
                append_micros(out, ts.usec);
                return;
            }
            // The common case in one piece: "HH:MM:SS.uuuuuu ".
            char* p = text::extend(out, 16);
            std::memcpy(p, cached_hms_, 8);
            p[8] = '.';
            text::put_digits(p + 15, ts.usec, 6);
            p[15] = ' ';
            return;
    }
}

}  // namespace tapsniff
