// 802.2 LLC text, following tcpdump's llc_print (print-llc.c) with -e.
#include "tapsniff/decode.hpp"
#include "text_parts.hpp"

namespace tapsniff::text {
namespace {

constexpr std::uint16_t kUPoll = 0x10;
constexpr std::uint16_t kIsPoll = 0x0100;
constexpr std::uint8_t kXid = 0xaf;
constexpr std::uint8_t kXidFormat = 0x81;

const char* flag_name(unsigned value) {
    switch (value) {
        case 0: return "Command";
        case 1: return "Response";
        case kUPoll: case kIsPoll: return "Poll";
        case kUPoll | 1U: case kIsPoll | 1U: return "Final";
        default: return "?";
    }
}

const char* u_command_name(unsigned cmd) {
    switch (cmd) {
        case 0x03: return "ui";
        case 0xe3: return "test";
        case 0xaf: return "xid";
        case 0x63: return "ua";
        case 0x43: return "disc";
        case 0x0f: return "dm";
        case 0x6f: return "sabme";
        case 0x87: return "frmr";
        default: return nullptr;
    }
}

const char* supervisory_name(unsigned cmd) {
    switch (cmd) {
        case 0: return "Receiver Ready";
        case 1: return "Receiver not Ready";
        case 2: return "Reject";
        default: return "?";
    }
}

}  // namespace

void llc_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    if (!frame.has_llc) {
        append_trunc(out, "llc");
        if (default_hex) format_hex_ascii(frame.payload, out);
        return;
    }
    const LlcHeader& llc = frame.llc;
    unsigned dsap = llc.dsap_field & 0xfeU;
    unsigned ssap = llc.ssap_field & 0xfeU;
    const char* dname = llc_sap_name(static_cast<std::uint8_t>(dsap));
    const char* sname = llc_sap_name(static_cast<std::uint8_t>(ssap));
    fmt::format_to(std::back_inserter(out), "LLC, dsap {} (0x{:02x}) {}, ssap {} (0x{:02x}) {}",
                   dname ? dname : "Unknown", dsap, (llc.dsap_field & 1U) ? "Group" : "Individual",
                   sname ? sname : "Unknown", ssap, (llc.ssap_field & 1U) ? "Response" : "Command");
    if (llc.is_u) fmt::format_to(std::back_inserter(out), ", ctrl 0x{:02x}: ", llc.control);
    else fmt::format_to(std::back_inserter(out), ", ctrl 0x{:04x}: ", llc.control);

    std::uint32_t length = frame.payload_wire_len;  // the 802.3 length, LLC header included
    Bytes after_header = frame.payload.subspan(std::min<std::size_t>(llc.header_len, frame.payload.size()));
    unsigned response = llc.ssap_field & 1U;
    if (llc.is_u) {
        unsigned cmd = llc.control & 0xefU;
        const char* name = u_command_name(cmd);
        if (name) fmt::format_to(std::back_inserter(out), "Unnumbered, {}", name);
        else fmt::format_to(std::back_inserter(out), "Unnumbered, {:02x}", cmd);
        fmt::format_to(std::back_inserter(out), ", Flags [{}], length {}", flag_name(response | (llc.control & kUPoll)),
                       length);
        if ((llc.control & ~kUPoll) == kXid) {
            std::uint32_t xid_len = length - llc.header_len;
            if (xid_len == 0) return;
            if (after_header.empty()) {
                append_trunc(out, "llc");
                return;
            }
            if (byte_or_zero(after_header, 0) == kXidFormat) {
                if (after_header.size() < 3 || xid_len < 3) {
                    append_trunc(out, "llc");
                    if (default_hex) format_hex_ascii(after_header, out);
                } else {
                    fmt::format_to(std::back_inserter(out), ": {:02x} {:02x}", byte_or_zero(after_header, 1),
                                   byte_or_zero(after_header, 2));
                }
                return;
            }
        }
    } else if ((llc.control & 1U) != 0) {
        fmt::format_to(std::back_inserter(out), "Supervisory, {}, rcv seq {}, Flags [{}], length {}",
                       supervisory_name((llc.control >> 2U) & 3U), (llc.control >> 9U) & 0x7fU,
                       flag_name(response | (llc.control & kIsPoll)), length);
        return;  // tcpdump prints no payload for S frames
    } else {
        fmt::format_to(std::back_inserter(out), "Information, send seq {}, rcv seq {}, Flags [{}], length {}",
                       (llc.control >> 1U) & 0x7fU, (llc.control >> 9U) & 0x7fU,
                       flag_name(response | (llc.control & kIsPoll)), length);
    }
    // tcpdump follows these with the whole LLC payload, header included, in hex.
    if (default_hex) format_hex_ascii(frame.payload, out);
}

}  // namespace tapsniff::text
