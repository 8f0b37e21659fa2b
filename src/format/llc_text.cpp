// 802.2 LLC text, following tcpdump's llc_print (print-llc.c) with -e.
#include <array>

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

const char* oui_name(std::uint32_t oui) {
    switch (oui) {
        case 0x000000: return "Ethernet";
        case 0x00000c: return "Cisco";
        case 0x00005e: return "IANA";
        case 0x000081: return "Nortel Networks SONMP";
        case 0x0000f8: return "Cisco bridged";
        case 0x0080c2: return "Ethernet bridged";
        case 0x00a03e: return "ATM Forum";
        case 0x00e02f: return "DOCSIS Spanning Tree";
        case 0x080007: return "Appletalk";
        case 0x009069: return "Juniper";
        case 0x080009: return "Hewlett-Packard";
        case 0x00120f: return "IEEE 802.3 Private";
        case 0x0012bb: return "ANSI/TIA";
        case 0x001b21: return "DCBX";
        case 0x002320: return "Nicira Networks";
        case 0x5c16c7: return "Big Switch Networks";
        case 0xb0d2f5: return "Vello Systems";
        case 0x002481: return "HP";
        case 0x0004ea: return "HP-Labs";
        case 0x748771: return "Infoblox Inc";
        case 0xa42305: return "Open Networking Lab";
        case 0x00049f: return "Freescale";
        case 0x0015ad: return "Netronome";
        case 0x001018: return "Broadcom";
        case 0x00e004: return "PMC-Sierra";
        case 0xd0f0db: return "Ericsson";
        default: return nullptr;
    }
}

// The protocol id's name depends on the OUI (tcpdump's oui_to_struct_tok).
const char* snap_pid_name(std::uint32_t oui, std::uint16_t pid) {
    switch (oui) {
        case 0x000000: case 0x0000f8: case 0x080007:
            return ethertype_name(pid);
        case 0x00000c:
            switch (pid) {
                case 0x2000: return "CDP";
                case 0x2003: return "VTP";
                case 0x2004: return "DTP";
                case 0x0111: return "UDLD";
                case 0x010b: return "PVST";
                case 0x010c: return "VLAN Bridge";
                default: return nullptr;
            }
        case 0x0080c2: {
            static constexpr std::array<const char*, 15> kBridged{
                nullptr, "Ethernet + FCS", "802.4 + FCS", "Token Ring + FCS", "FDDI + FCS", "802.6 + FCS",
                nullptr, "Ethernet w/o FCS", "802.4 w/o FCS", "Token Ring w/o FCS", "FDDI w/o FCS",
                "802.6 w/o FCS", nullptr, nullptr, "BPDU"};
            return pid < kBridged.size() ? kBridged[pid] : nullptr;
        }
        default:
            return nullptr;
    }
}

// tcpdump's snap_print with -e; returns false when the payload was not decoded (hex follows).
bool snap_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    const LlcHeader& llc = frame.llc;
    if (!llc.has_snap) {  // cut short
        append_trunc(out, "snap");
        return true;
    }
    const char* oui = oui_name(llc.oui);
    const char* pid = snap_pid_name(llc.oui, llc.pid);
    fmt::format_to(fmt::appender(out), FMT_COMPILE("oui {} (0x{:06x}), {} {} (0x{:04x}), length {}: "), oui ? oui : "Unknown",
                   llc.oui, llc.oui == 0 ? "ethertype" : "pid", pid ? pid : "Unknown", llc.pid,
                   frame.payload_wire_len - llc.header_len - 5);
    bool ethertype_payload = llc.oui == 0x000000 || llc.oui == 0x0000f8;
    return ethertype_payload && ethertype_text(llc.pid, frame, default_hex, out);
}

}  // namespace

void llc_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    // tcpdump's llc_print dumps a cut header itself, even under -x/-X.
    if (!frame.has_llc) {
        append_trunc(out, "llc");
        format_hex_ascii(frame.payload, out);
        return;
    }
    const LlcHeader& llc = frame.llc;
    unsigned dsap = llc.dsap_field & 0xfeU;
    unsigned ssap = llc.ssap_field & 0xfeU;
    const char* dname = llc_sap_name(static_cast<std::uint8_t>(dsap));
    const char* sname = llc_sap_name(static_cast<std::uint8_t>(ssap));
    fmt::format_to(fmt::appender(out), FMT_COMPILE("LLC, dsap {} (0x{:02x}) {}, ssap {} (0x{:02x}) {}"),
                   dname ? dname : "Unknown", dsap, (llc.dsap_field & 1U) ? "Group" : "Individual",
                   sname ? sname : "Unknown", ssap, (llc.ssap_field & 1U) ? "Response" : "Command");
    if (llc.is_u) fmt::format_to(fmt::appender(out), FMT_COMPILE(", ctrl 0x{:02x}: "), llc.control);
    else fmt::format_to(fmt::appender(out), FMT_COMPILE(", ctrl 0x{:04x}: "), llc.control);

    if (llc.is_u && (llc.dsap_field & 0xfeU) == 0xaa && (llc.ssap_field & 0xfeU) == 0xaa && llc.control == 0x03) {
        if (!snap_text(frame, default_hex, out) && default_hex) format_hex_ascii(frame.payload, out);
        return;
    }
    std::uint32_t length = frame.payload_wire_len;  // the 802.3 length, LLC header included
    Bytes after_header = frame.payload.subspan(std::min<std::size_t>(llc.header_len, frame.payload.size()));
    unsigned response = llc.ssap_field & 1U;
    if (llc.is_u) {
        unsigned cmd = llc.control & 0xefU;
        const char* name = u_command_name(cmd);
        if (name) fmt::format_to(fmt::appender(out), FMT_COMPILE("Unnumbered, {}"), name);
        else fmt::format_to(fmt::appender(out), FMT_COMPILE("Unnumbered, {:02x}"), cmd);
        fmt::format_to(fmt::appender(out), FMT_COMPILE(", Flags [{}], length {}"), flag_name(response | (llc.control & kUPoll)),
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
                    format_hex_ascii(after_header, out);
                } else {
                    fmt::format_to(fmt::appender(out), FMT_COMPILE(": {:02x} {:02x}"), byte_or_zero(after_header, 1),
                                   byte_or_zero(after_header, 2));
                }
                return;
            }
        }
    } else if ((llc.control & 1U) != 0) {
        fmt::format_to(fmt::appender(out), FMT_COMPILE("Supervisory, {}, rcv seq {}, Flags [{}], length {}"),
                       supervisory_name((llc.control >> 2U) & 3U), (llc.control >> 9U) & 0x7fU,
                       flag_name(response | (llc.control & kIsPoll)), length);
        return;  // tcpdump prints no payload for S frames
    } else {
        fmt::format_to(fmt::appender(out), FMT_COMPILE("Information, send seq {}, rcv seq {}, Flags [{}], length {}"),
                       (llc.control >> 1U) & 0x7fU, (llc.control >> 9U) & 0x7fU,
                       flag_name(response | (llc.control & kIsPoll)), length);
    }
    // tcpdump follows these with the whole LLC payload, header included, in hex.
    if (default_hex) format_hex_ascii(frame.payload, out);
}

}  // namespace tapsniff::text
