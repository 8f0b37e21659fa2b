// IPv4/IPv6 and the transport layers above them (filled by src/decode/ip*.cpp, icmp*.cpp, udp.cpp, tcp.cpp).
#pragma once

#include <cstdint>

#include "tapsniff/cursor.hpp"

namespace tapsniff {

struct IpLayers {
    void reset() {}
};

}  // namespace tapsniff
