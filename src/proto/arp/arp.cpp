// ARP and RARP: tcpdump text (print-arp.c's arp_print and atmarp_print with -e, without -v) and fields.
#include "proto/arp/arp.hpp"

#include <algorithm>

#include "render/fields.hpp"

namespace tapsniff {

namespace {

using text::append;
using text::append_ipv4;
using text::append_link_address;
using text::append_labeled;
using text::append_trunc;

// tcpdump's arpop_values.
const char* arp_op_name(std::uint16_t op) {
    switch (op) {
        case 1: return "Request";
        case 2: return "Reply";
        case 3: return "Reverse Request";
        case 4: return "Reverse Reply";
        case 8: return "Inverse Request";
        case 9: return "Inverse Reply";
        case 10: return "NACK Reply";
        default: return nullptr;
    }
}

// tcpdump's arphrd_values.
const char* arp_hardware_name(std::uint16_t htype) {
    switch (htype) {
        case 1: return "Ethernet";
        case 6: return "TokenRing";
        case 7: return "ArcNet";
        case 15: return "FrameRelay";
        case 23: return "Strip";
        case 24: return "IEEE 1394";
        case 19: return "ATM";
        case 32: return "InfiniBand";
        default: return nullptr;
    }
}

bool is_nonzero(Bytes b) {
    return std::any_of(b.begin(), b.end(), [](std::byte x) { return x != std::byte{0}; });
}

// tcpdump's linkaddr_string: Frame Relay addresses as DLCIs (q922_string), others in hex.
void append_hardware(OutBuffer& out, const ArpLayer& arp, Bytes address, const Q922Address& dlci) {
    if (arp.htype != arp_hardware::frame_relay || address.empty()) {
        append_link_address(out, address);
        return;
    }
    switch (dlci.kind) {
        case Q922Address::Kind::dlci: append_labeled(out, "DLCI ", dlci.dlci); return;
        case Q922Address::Kind::invalid: append(out, "<Invalid DLCI>"); return;
        case Q922Address::Kind::truncated:
        case Q922Address::Kind::empty: append(out, "<Truncated>"); return;
    }
}

void append_hardware_type(OutBuffer& out, std::uint16_t htype) {
    if (const char* hw = arp_hardware_name(htype)) append(out, hw);
    else TS_PUT(out, "Unknown Hardware ({})", htype);
}

void append_protocol_type(OutBuffer& out, std::uint16_t ptype) {
    if (const char* proto = ethertype_name(ptype)) append(out, proto);
    else TS_PUT(out, "Unknown Protocol (0x{:04x})", ptype);
}

// print-arp.c's atmarp_addr_print: the ATM number, and ",subaddress" when there is one.
void append_atm_address(OutBuffer& out, Bytes number, Bytes subaddress) {
    if (number.empty()) {
        append(out, "<No address>");
        return;
    }
    append_link_address(out, number);
    if (!subaddress.empty()) {
        out.push_back(',');
        append_link_address(out, subaddress);
    }
}

// print-arp.c's atmarp_print without -v.
void atmarp_text(OutBuffer& out, const ArpLayer& arp) {
    const AtmArpLengths& l = arp.atm_lengths;
    const bool ip_like = arp.ptype == ethertype::ipv4 || arp.ptype == ethertype::trail;
    if (!ip_like || l.spln != 4 || l.tpln != 4) {
        append_hardware_type(out, arp.htype);
        append(out, ", ");
        append_protocol_type(out, arp.ptype);
        TS_PUT(out, " (len {}/{}), length {}", l.spln, l.tpln, arp.length);
        return;
    }
    if (const char* op = arp_op_name(arp.op)) append(out, op);
    else TS_PUT(out, "Unknown ({})", arp.op);
    out.push_back(' ');
    switch (arp.op) {
        case arp_op::request:
            append(out, "who-has ");
            append_ipv4(out, arp.tpa);
            if (!arp.tha.empty()) {
                append(out, " (");
                append_atm_address(out, arp.tha, arp.tsa);
                append(out, ")");
            }
            append(out, " tell ");
            append_ipv4(out, arp.spa);
            break;
        case arp_op::reply:
            append_ipv4(out, arp.spa);
            append(out, " is-at ");
            append_atm_address(out, arp.sha, arp.ssa);
            break;
        case arp_op::inverse_request:
            append(out, "who-is ");
            append_atm_address(out, arp.tha, arp.tsa);
            append(out, " tell ");
            append_atm_address(out, arp.sha, arp.ssa);
            break;
        case arp_op::inverse_reply:
            append_atm_address(out, arp.sha, arp.ssa);
            append(out, "at ");  // sic: tcpdump prints no space before "at" here
            append_ipv4(out, arp.spa);
            break;
        case arp_op::nak:
            append(out, "for ");
            append_ipv4(out, arp.spa);
            break;
        default:
            text::append_hex_ascii(out, arp.whole);
            return;
    }
    append_labeled(out, ", length ", arp.length);
}

void arp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const ArpLayer& arp = *t.frame.get<ArpLayer>(index);
    if (!arp.has_addresses) {
        append_trunc(out, "arp");
        return;
    }
    if (arp.atm) {
        atmarp_text(out, arp);
        return;
    }
    // Address formats tcpdump knows only for IPv4 (or Trailer) over a non-empty hardware address.
    bool ip_like = arp.ptype == ethertype::ipv4 || arp.ptype == ethertype::trail;
    if (!ip_like || arp.plen != 4 || arp.hlen == 0) {
        append_hardware_type(out, arp.htype);
        TS_PUT(out, " (len {}), ", arp.hlen);
        append_protocol_type(out, arp.ptype);
        TS_PUT(out, " (len {}), length {}", arp.plen, arp.length);
        return;
    }
    if (const char* op = arp_op_name(arp.op)) {
        append(out, op);
        out.push_back(' ');
    } else {
        TS_PUT(out, "Unknown ({}) ", arp.op);
    }

    switch (arp.op) {
        case arp_op::request:
            append(out, "who-has ");
            append_ipv4(out, arp.tpa);
            if (is_nonzero(arp.tha)) {
                append(out, " (");
                append_hardware(out, arp, arp.tha, arp.tha_dlci);
                append(out, ")");
            }
            append(out, " tell ");
            append_ipv4(out, arp.spa);
            break;
        case arp_op::reply:
            append_ipv4(out, arp.spa);
            append(out, " is-at ");
            append_hardware(out, arp, arp.sha, arp.sha_dlci);
            break;
        case arp_op::reverse_request:
        case arp_op::inverse_request:
            append(out, "who-is ");
            append_hardware(out, arp, arp.tha, arp.tha_dlci);
            append(out, " tell ");
            append_hardware(out, arp, arp.sha, arp.sha_dlci);
            break;
        case arp_op::reverse_reply:
            append_hardware(out, arp, arp.tha, arp.tha_dlci);
            append(out, " at ");
            append_ipv4(out, arp.tpa);
            break;
        case arp_op::inverse_reply:
            append_hardware(out, arp, arp.sha, arp.sha_dlci);
            append(out, " at ");
            append_ipv4(out, arp.spa);
            break;
        default:
            // An operation tcpdump cannot name: the ARP bytes in hex, and no length. tcpdump's
            // arp_print prints these even under -x/-X, so they do not depend on default_hex.
            text::append_hex_ascii(out, arp.whole);
            return;
    }
    append_labeled(out, ", length ", arp.length);
}

constexpr Field kHtype{"htype", "Hardware type", 0, [](std::uint64_t v) { return arp_hardware_name(static_cast<std::uint16_t>(v)); }};
constexpr Field kPtype{"ptype", "Protocol type", 4, [](std::uint64_t v) { return ethertype_name(static_cast<std::uint16_t>(v)); }};
constexpr Field kHlen{"hlen", "Hardware size"};
constexpr Field kPlen{"plen", "Protocol size"};
constexpr Field kOp{"op", "Opcode", 0, [](std::uint64_t v) { return arp_op_name(static_cast<std::uint16_t>(v)); }};
constexpr Field kSha{"sha", "Sender hardware address"};
constexpr Field kSpa{"spa", "Sender protocol address"};
constexpr Field kTha{"tha", "Target hardware address"};
constexpr Field kTpa{"tpa", "Target protocol address"};
// ATMARP (tshark's names): the lengths of the ATM numbers, subaddresses and protocol addresses.
constexpr Field kSrcHlen{"src.hlen", "Sender ATM number length"};
constexpr Field kSrcSlen{"src.slen", "Sender ATM subaddress length"};
constexpr Field kSrcPln{"src.pln", "Sender protocol size"};
constexpr Field kDstHlen{"dst.hlen", "Target ATM number length"};
constexpr Field kDstSlen{"dst.slen", "Target ATM subaddress length"};
constexpr Field kDstPln{"dst.pln", "Target protocol size"};
constexpr Field kSrcSub{"src.atm_subaddr", "Sender ATM subaddress"};
constexpr Field kDstSub{"dst.atm_subaddr", "Target ATM subaddress"};

}  // namespace

template <class W>
void describe(const ArpLayer& arp, W& w) {
    w.num(kHtype, arp.htype);
    w.num(kPtype, arp.ptype);
    const AtmArpLengths& l = arp.atm_lengths;
    if (arp.atm) {
        w.num(kSrcHlen, l.shtl & AtmArpLengths::kLength);
        w.num(kSrcSlen, l.sstl & AtmArpLengths::kLength);
        w.num(kOp, arp.op);
        if (!l.read) return;
        w.num(kSrcPln, l.spln);
        w.num(kDstHlen, l.thtl & AtmArpLengths::kLength);
        w.num(kDstSlen, l.tstl & AtmArpLengths::kLength);
        w.num(kDstPln, l.tpln);
    } else {
        w.num(kHlen, arp.hlen);
        w.num(kPlen, arp.plen);
        w.num(kOp, arp.op);
    }
    if (!arp.has_addresses) return;
    const bool v4 = arp.ipv4_addresses();
    w.link_address(kSha, arp.sha);
    if (!arp.ssa.empty()) w.link_address(kSrcSub, arp.ssa);
    w.protocol_address(kSpa, arp.spa, v4);
    w.link_address(kTha, arp.tha);
    if (!arp.tsa.empty()) w.link_address(kDstSub, arp.tsa);
    w.protocol_address(kTpa, arp.tpa, v4);
}

const Protocol ArpLayer::protocol = make_protocol<ArpLayer>("arp", "arp", "Address Resolution Protocol", arp_text);

}  // namespace tapsniff
