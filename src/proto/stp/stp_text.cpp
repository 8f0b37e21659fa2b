// Spanning-tree BPDU text: tcpdump's stp_print (print-stp.c) at default verbosity.
#include "proto/nd_print.hpp"
#include "proto/stp/stp.hpp"

namespace tapsniff {
namespace {

constexpr text::BitName kFlagNames[] = {
    {0x01, "Topology change"}, {0x02, "Proposal"},  {0x10, "Learn"},
    {0x20, "Forward"},         {0x40, "Agreement"}, {0x80, "Topology change ACK"},
};

const char* version_name(std::uint8_t v) {
    switch (v) {
        case stp::kVersionStp: return "802.1d";
        case stp::kVersionRstp: return "802.1w";
        case stp::kVersionMstp: return "802.1s";
        case stp::kVersionSpb: return "802.1aq";
        default: return nullptr;
    }
}

const char* type_name(std::uint8_t v) {
    switch (v) {
        case stp::kTypeConfig: return "Config";
        case stp::kTypeRstp: return "Rapid STP";
        case stp::kTypeTopologyChange: return "Topology Change";
        default: return nullptr;
    }
}

void append_bridge_id(OutBuffer& out, const BridgeId& id) {
    TS_PUT(out, "{:04x}.", id.prio_ext);
    text::append_mac(out, id.mac);
}

}  // namespace

void stp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const StpLayer& stp = *t.frame.get<StpLayer>(index);
    if (stp.reach == StpReach::unknown_id) {
        TS_PUT(out, "unknown STP version, length {}", stp.length);
        return;
    }
    if (stp.reach >= StpReach::version) {
        if (const char* name = version_name(stp.version)) TS_PUT(out, "STP {}", name);
        else TS_PUT(out, "STP Unknown STP protocol (0x{:02x})", stp.version);
    }
    if (stp.reach >= StpReach::type) {
        if (const char* name = type_name(stp.type)) TS_PUT(out, ", {}", name);
        else TS_PUT(out, ", Unknown BPDU Type (0x{:02x})", stp.type);
    }
    if (stp.reach == StpReach::flags || stp.reach == StpReach::config) {
        text::append(out, ", Flags [");
        text::append_bits(out, kFlagNames, stp.flags, "none");
        out.push_back(']');
    }
    if (stp.reach == StpReach::config) {
        text::append(out, ", bridge-id ");
        append_bridge_id(out, stp.bridge);
        TS_PUT(out, ".{:04x}, length {}", stp.port, stp.length);
    }
    if (stp.reach == StpReach::mstp) {
        text::append(out, ", CIST Flags [");
        text::append_bits(out, kFlagNames, stp.flags, "none");
        TS_PUT(out, "], length {}", stp.length);
    }
    switch (stp.stop) {
        case StpStop::truncated: text::append_trunc(out, "stp"); break;
        case StpStop::invalid: text::append(out, " (invalid)"); break;
        case StpStop::none: break;
    }
}

}  // namespace tapsniff
