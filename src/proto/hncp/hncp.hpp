// HNCP (RFC 7788, UDP 8231): at default verbosity tcpdump names the TLVs on one line, runs of the
// same kind counted ("Node state (x2)").
#pragma once

#include "proto/arena_list.hpp"
#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kHncpPort = 8231;

struct HncpRun {
    std::uint32_t kind = 0;  // a TLV type, or one of tcpdump's ranges (0x10000 and up)
    std::uint32_t count = 0;
};

enum class HncpEnd : std::uint8_t { ok, cut, invalid };

struct HncpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;
    ArenaList<HncpRun> runs;  // printed; the run being counted when the walk stopped is not
    HncpEnd end = HncpEnd::ok;
};

void decode_hncp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
