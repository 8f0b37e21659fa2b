// libpcap glue shared by the file source, the pcap writer and the filter: one handle type, one
// LinkType <-> DLT mapping, one snapshot length.
#pragma once

#include <pcap/pcap.h>

#include <memory>
#include <optional>

#include "tapsniff/frame.hpp"

namespace tapsniff {

struct PcapCloser {
    void operator()(pcap_t* p) const noexcept {
        if (p != nullptr) pcap_close(p);
    }
};
using PcapHandle = std::unique_ptr<pcap_t, PcapCloser>;

// tcpdump's default snapshot length: large enough that no frame is ever cut.
inline constexpr int kSnaplen = 262144;

// The DLT_ value libpcap uses for frames of a link type (files record it as LINKTYPE_ETHERNET/RAW).
constexpr int dlt_of(LinkType link) {
    switch (link) {
        case LinkType::raw_ip: return DLT_RAW;
        case LinkType::linux_sll: return DLT_LINUX_SLL;
        case LinkType::linux_sll2: return DLT_LINUX_SLL2;
        case LinkType::ethernet: break;
    }
    return DLT_EN10MB;
}

// The link type of a capture's DLT_ value; nullopt for one tapsniff does not decode.
constexpr std::optional<LinkType> link_of_dlt(int dlt) {
    switch (dlt) {
        case DLT_EN10MB: return LinkType::ethernet;
        case DLT_RAW:
        case DLT_IPV4:
        case DLT_IPV6: return LinkType::raw_ip;
        case DLT_LINUX_SLL: return LinkType::linux_sll;
        case DLT_LINUX_SLL2: return LinkType::linux_sll2;
        default: return std::nullopt;
    }
}

// A handle with no capture behind it, for compiling filters and writing files; null on failure.
inline PcapHandle open_dead(int dlt) {
    return PcapHandle(pcap_open_dead_with_tstamp_precision(dlt, kSnaplen, PCAP_TSTAMP_PRECISION_MICRO));
}

}  // namespace tapsniff
