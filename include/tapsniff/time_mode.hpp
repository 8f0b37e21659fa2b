// How timestamps are shown (-t): chosen by the command line, applied by the timestamp formatter.
#pragma once

namespace tapsniff {

enum class TimeMode { absolute, epoch, relative, delta, none };

}  // namespace tapsniff
