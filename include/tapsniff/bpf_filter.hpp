// A tcpdump (BPF) filter expression, compiled by libpcap and run on each frame in user space.
#pragma once

#include <pcap/pcap.h>

#include <memory>
#include <string>

#include "tapsniff/error.hpp"
#include "tapsniff/frame.hpp"

namespace tapsniff {

class BpfFilter {
public:
    // Compiles `expression` for frames of the given DLT_ value; a bad expression is a usage
    // error quoting libpcap's message.
    static Result<BpfFilter> compile(const std::string& expression, int dlt);

    BpfFilter(BpfFilter&& other) noexcept;
    BpfFilter& operator=(BpfFilter&& other) noexcept;
    BpfFilter(const BpfFilter&) = delete;
    BpfFilter& operator=(const BpfFilter&) = delete;
    ~BpfFilter();

    [[nodiscard]] bool matches(const RawFrame& frame) const;

private:
    BpfFilter() = default;
    bpf_program program_{};
    bool compiled_ = false;
};

}  // namespace tapsniff
