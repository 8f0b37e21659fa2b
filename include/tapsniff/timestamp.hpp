// Timestamps at the start of each text line, in the -t modes of the contract.
#pragma once

#include <cstdint>

#include "tapsniff/render.hpp"
#include "tapsniff/time_mode.hpp"

namespace tapsniff {

class TimestampFormatter {
public:
    explicit TimestampFormatter(TimeMode mode) : mode_(mode) {}

    // Appends the timestamp and the space after it (nothing for TimeMode::none).
    void format(Timestamp ts, OutBuffer& out);

private:
    TimeMode mode_;
    bool have_first_ = false;
    Timestamp first_{};
    Timestamp previous_{};
    // Local time is converted once a second: localtime_r per frame is the cost tcpdump pays.
    std::int64_t cached_second_ = -1;
    char cached_hms_[9] = {};  // "HH:MM:SS" without NUL
};

}  // namespace tapsniff
