// BPF filters through libpcap: pcap_compile on a "dead" handle, pcap_offline_filter per frame.
#include "tapsniff/bpf_filter.hpp"

#include <fmt/format.h>

#include <utility>

#include "tapsniff/pcap_handle.hpp"

namespace tapsniff {

Result<BpfFilter> BpfFilter::compile(const std::string& expression, int dlt) {
    PcapHandle dead = open_dead(dlt);
    if (!dead) return Error{"cannot compile the filter: libpcap could not open a handle", kExitRuntime};
    BpfFilter filter;
    if (pcap_compile(dead.get(), &filter.program_, expression.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
        return Error{fmt::format("invalid filter expression '{}': {} (the words after the options are a tcpdump "
                                 "filter; see pcap-filter(7))",
                                 expression, pcap_geterr(dead.get())),
                     kExitUsage};
    }
    filter.compiled_ = true;
    return filter;
}

BpfFilter::BpfFilter(BpfFilter&& other) noexcept
    : program_(std::exchange(other.program_, bpf_program{})), compiled_(std::exchange(other.compiled_, false)) {}

BpfFilter& BpfFilter::operator=(BpfFilter&& other) noexcept {
    if (this != &other) {
        if (compiled_) pcap_freecode(&program_);
        program_ = std::exchange(other.program_, bpf_program{});
        compiled_ = std::exchange(other.compiled_, false);
    }
    return *this;
}

BpfFilter::~BpfFilter() {
    if (compiled_) pcap_freecode(&program_);
}

bool BpfFilter::matches(const RawFrame& frame) const {
    pcap_pkthdr header{};
    header.caplen = static_cast<bpf_u_int32>(frame.bytes.size());
    header.len = frame.wire_len;
    // libpcap's interpreter takes a byte pointer; it reads only within caplen.
    const auto* data = reinterpret_cast<const u_char*>(frame.bytes.data());
    return pcap_offline_filter(&program_, &header, data) != 0;
}

}  // namespace tapsniff
