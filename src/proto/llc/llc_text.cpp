// 802.2 LLC and SNAP text, following tcpdump's llc_print (print-llc.c) with -e.
#include <array>

#include "proto/llc/llc.hpp"

namespace tapsniff {

using text::append;
using text::append_trunc;

namespace {

constexpr std::uint16_t kUPoll = 0x10;
constexpr std::uint16_t kIsPoll = 0x0100;

const char* flag_name(unsigned value) {
    switch (value) {
        case 0: return "Command";
        case 1: return "Response";
        case kUPoll: case kIsPoll: return "Poll";
        case kUPoll | 1U: case kIsPoll | 1U: return "Final";
        default: return "?";
    }
}

// tcpdump's llc_values.
const char* llc_sap_name(unsigned sap) {
    switch (sap) {
        case 0x00: return "Null";
        case 0xff: return "Global";
        case 0x02: return "802.1B I";
        case 0x03: return "802.1B G";
        case 0x06: return "IP";
        case 0x04: return "SNA";
        case 0x0e: return "ProWay NM";
        case 0x42: return "STP";
        case 0x4e: return "RS511";
        case 0x7e: return "ISO8208";
        case 0x8e: return "ProWay";
        case 0xaa: return "SNAP";
        case 0xe0: return "IPX";
        case 0xf0: return "NetBeui";
        case 0xfe: return "OSI";
        default: return nullptr;
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
bool snap_text(const TextContext& t, std::size_t index, const LlcLayer& llc) {
    OutBuffer& out = t.out;
    if (llc.snap != SnapState::present) {  // cut short
        append_trunc(out, "snap");
        return true;
    }
    const char* oui = oui_name(llc.oui);
    const char* pid = snap_pid_name(llc.oui, llc.pid);
    TS_PUT(out, "oui {} (0x{:06x}), {} {} (0x{:04x}), length {}: ", oui ? oui : "Unknown", llc.oui,
           llc.oui == 0 ? "ethertype" : "pid", pid ? pid : "Unknown", llc.pid, llc.wire_len - llc.header_len - 5);
    return text_next(t, index);
}

}  // namespace

void llc_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const LlcLayer& llc = *t.frame.get<LlcLayer>(index);
    // tcpdump's llc_print dumps a cut header itself, even under -x/-X.
    if (t.frame.layers()[index].presence == Presence::partial) {
        append_trunc(out, "llc");
        text::append_hex_ascii(out, llc.whole);
        return;
    }
    // IPX in "raw" 802.3 (llc_print's LLCSAP_GLOBAL pair): no LLC header to print.
    if (llc.dsap_field == 0xff && llc.ssap_field == 0xff && text_next(t, index)) return;
    unsigned dsap = llc.dsap_field & 0xfeU;
    unsigned ssap = llc.ssap_field & 0xfeU;
    const char* dname = llc_sap_name(dsap);
    const char* sname = llc_sap_name(ssap);
    TS_PUT(out, "LLC, dsap {} (0x{:02x}) {}, ssap {} (0x{:02x}) {}", dname ? dname : "Unknown", dsap,
           (llc.dsap_field & 1U) ? "Group" : "Individual", sname ? sname : "Unknown", ssap,
           (llc.ssap_field & 1U) ? "Response" : "Command");
    if (llc.is_u) TS_PUT(out, ", ctrl 0x{:02x}: ", llc.control);
    else TS_PUT(out, ", ctrl 0x{:04x}: ", llc.control);

    if (llc.is_snap_header()) {
        if (!snap_text(t, index, llc) && t.default_hex) text::append_hex_ascii(out, llc.whole);
        return;
    }
    if (text_next(t, index)) return;  // a protocol on its SAP (llc_print's stp_print, isoclns_print ...)
    const std::uint32_t length = llc.wire_len;  // the 802.3 length, LLC header included
    const unsigned response = llc.ssap_field & 1U;
    if (llc.is_u) {
        const unsigned cmd = llc.control & 0xefU;
        if (const char* name = u_command_name(cmd)) TS_PUT(out, "Unnumbered, {}", name);
        else TS_PUT(out, "Unnumbered, {:02x}", cmd);
        TS_PUT(out, ", Flags [{}], length {}", flag_name(response | (llc.control & kUPoll)), length);
        switch (llc.xid) {
            case XidState::empty:
                return;
            case XidState::cut:
                append_trunc(out, "llc");
                return;
            case XidState::formatted_cut:
                append_trunc(out, "llc");
                text::append_hex_ascii(out, llc.information);
                return;
            case XidState::formatted:
                TS_PUT(out, ": {:02x} {:02x}", llc.xid_class, llc.xid_window);
                return;
            default:
                break;
        }
    } else if ((llc.control & 1U) != 0) {
        TS_PUT(out, "Supervisory, {}, rcv seq {}, Flags [{}], length {}", supervisory_name((llc.control >> 2U) & 3U),
               (llc.control >> 9U) & 0x7fU, flag_name(response | (llc.control & kIsPoll)), length);
        return;  // tcpdump prints no payload for S frames
    } else {
        TS_PUT(out, "Information, send seq {}, rcv seq {}, Flags [{}], length {}", (llc.control >> 1U) & 0x7fU,
               (llc.control >> 9U) & 0x7fU, flag_name(response | (llc.control & kIsPoll)), length);
    }
    // tcpdump follows these with the whole LLC payload, header included, in hex.
    if (t.default_hex) text::append_hex_ascii(out, llc.whole);
}

}  // namespace tapsniff
