// The layers of a request the neighbour looks at (see trusted_layers in responder.cpp).
#pragma once

#include "proto/arp/arp.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"

namespace tapsniff {

struct Request {
    const EthernetLayer* eth = nullptr;
    const ArpLayer* arp = nullptr;
    const Ipv4Layer* ipv4 = nullptr;
    const IcmpLayer* icmp = nullptr;
    const Ipv6Layer* ipv6 = nullptr;
    const Icmp6Layer* icmp6 = nullptr;
};

}  // namespace tapsniff
