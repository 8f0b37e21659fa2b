// BOOTP/DHCP: decoder (fixed header, magic cookie, option codes), tcpdump's text without -v
// ("BOOTP/DHCP, Request from 52:54:00:12:34:56, length 300") and the field description.
#include "proto/bootp/bootp.hpp"

#include <algorithm>

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kFixedLen = 236;  // op .. file: everything before the vendor area
constexpr std::uint32_t kMagicCookie = 0x63825363;  // 99.130.83.99

// The option codes after the magic cookie, until End or the capture's end.
void read_options(Decoder& d, Cursor c, BootpLayer& b) {
    // Every option but Pad and End takes at least two bytes.
    const std::size_t room = c.remaining() / 2 + 1;
    auto* codes = d.frame.allocate_array<std::uint8_t>(room);
    if (codes == nullptr) return;
    b.options = codes;
    // Each turn takes at least one byte.
    while (!c.empty()) {
        const std::uint8_t code = *c.u8();
        if (code == bootp::opt_pad) continue;
        if (code == bootp::opt_end) return;
        auto len = c.u8();
        if (!len) {
            d.frame.set_presence(Presence::truncated);
            d.cut("bootp");
            return;
        }
        if (b.option_count < room) codes[b.option_count++] = code;
        auto value = c.bytes(*len);
        if (code == bootp::opt_message_type && !b.has_msg_type && value && !value->empty()) {
            b.has_msg_type = true;
            b.msg_type = static_cast<std::uint8_t>((*value)[0]);
        }
        if (!value) {
            d.frame.set_presence(Presence::truncated);
            d.cut("bootp");
            return;
        }
    }
}

}  // namespace

void decode_bootp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* b = d.frame.add<BootpLayer>(Presence::partial);
    if (b == nullptr) return;
    b->length = wire_len;
    Cursor c(data);
    auto op = c.u8();
    if (!op) {
        b->status = BootpStatus::op_cut;
        d.cut("bootp");
        return;
    }
    b->op = *op;
    auto htype = c.u8();
    auto hlen = c.u8();
    if (!htype || !hlen) {
        b->status = BootpStatus::hw_cut;
        d.cut("bootp");
        return;
    }
    b->htype = *htype;
    b->hlen = *hlen;
    // tcpdump reads the client address only for an Ethernet request.
    if (b->ethernet_address() && b->op == bootp::request) {
        auto mac = Cursor(data).ahead(28).array<6>();
        if (!mac) {
            b->status = BootpStatus::chaddr_cut;
            d.cut("bootp");
            return;
        }
        std::copy(mac->begin(), mac->end(), b->chaddr.begin());
    }
    auto fixed = Cursor(data).sub(kFixedLen);
    if (!fixed) {  // tcpdump's line is whole; the header for JSON is not
        d.cut("bootp");
        return;
    }
    fixed->skip(3);
    b->hops = *fixed->u8();
    b->xid = *fixed->be32();
    b->secs = *fixed->be16();
    b->flags = *fixed->be16();
    b->ciaddr = *fixed->array<4>();
    b->yiaddr = *fixed->array<4>();
    b->siaddr = *fixed->array<4>();
    b->giaddr = *fixed->array<4>();
    b->chaddr = *fixed->array<16>();
    b->fixed_complete = true;
    d.frame.set_presence(Presence::complete);
    Cursor vend = Cursor(data).ahead(kFixedLen);
    auto cookie = vend.be32();
    if (cookie && *cookie == kMagicCookie) {
        b->has_cookie = true;
        read_options(d, vend, *b);
    }
}

namespace {

void bootp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const BootpLayer& b = *t.frame.get<BootpLayer>(index);
    if (b.status == BootpStatus::op_cut) {
        text::append_trunc(out, "bootp");
        return;
    }
    text::append(out, "BOOTP/DHCP, ");
    if (b.op == bootp::request) text::append(out, "Request");
    else if (b.op == bootp::reply) text::append(out, "Reply");
    else TS_PUT(out, "unknown (0x{:02x})", b.op);
    if (b.status == BootpStatus::hw_cut || b.status == BootpStatus::chaddr_cut) {
        text::append_trunc(out, "bootp");
        return;
    }
    if (b.ethernet_address() && b.op == bootp::request) {
        text::append(out, " from ");
        text::append_mac(out, MacAddress{b.chaddr[0], b.chaddr[1], b.chaddr[2], b.chaddr[3], b.chaddr[4], b.chaddr[5]});
    }
    text::append_labeled(out, ", length ", b.length);
}

const char* op_name(std::uint64_t v) {
    if (v == bootp::request) return "Boot Request";
    if (v == bootp::reply) return "Boot Reply";
    return nullptr;
}

const char* msg_type_name(std::uint64_t v) {
    constexpr std::array<const char*, 19> kNames = {
        nullptr,   "Discover", "Offer",  "Request", "Decline", "ACK",  "NAK",  "Release",    "Inform",
        "Force Renew", "Lease query", "Lease Unassigned", "Lease Unknown", "Lease Active", "Bulk Lease Query",
        "Lease Query Done", "Active LeaseQuery", "Lease Query Status", "TLS"};
    return v < kNames.size() ? kNames[v] : nullptr;
}

constexpr Field kOp{"op", "Message type", 0, op_name};
constexpr Field kHtype{"", "Hardware type", 2};
constexpr Field kHlen{"", "Hardware address length"};
constexpr Field kHops{"", "Hops"};
constexpr Field kXid{"xid", ""};
constexpr Field kTreeXid{"", "Transaction ID", 8};
constexpr Field kSecs{"", "Seconds elapsed"};
constexpr Field kFlags{"", "Bootp flags", 4};
constexpr Field kCiaddr{"ciaddr", "Client IP address"};
constexpr Field kYiaddr{"yiaddr", "Your (client) IP address"};
constexpr Field kSiaddr{"siaddr", "Next server IP address"};
constexpr Field kGiaddr{"giaddr", "Relay agent IP address"};
constexpr Field kChaddr{"chaddr", "Client hardware address"};
constexpr Field kMsgType{"msg_type", "DHCP Message Type", 0, msg_type_name};
constexpr Field kOptions{"options", "Options"};

}  // namespace

template <class W>
void describe(const BootpLayer& b, W& w) {
    w.num(kOp, b.op);
    w.num(kHtype, b.htype);
    w.num(kHlen, b.hlen);
    w.num(kHops, b.hops);
    w.num(kXid, b.xid);
    w.num(kTreeXid, b.xid);
    w.num(kSecs, b.secs);
    w.num(kFlags, b.flags);
    w.ipv4(kCiaddr, b.ciaddr);
    w.ipv4(kYiaddr, b.yiaddr);
    w.ipv4(kSiaddr, b.siaddr);
    w.ipv4(kGiaddr, b.giaddr);
    // tshark shows the address hlen says (a MAC for Ethernet), at most the field's 16 bytes.
    const std::size_t n = std::min<std::size_t>(b.hlen, b.chaddr.size());
    std::array<std::byte, 16> addr{};
    for (std::size_t i = 0; i < n; ++i) addr[i] = std::byte{b.chaddr[i]};
    w.link_address(kChaddr, Bytes(addr.data(), n));
    if (b.has_msg_type) w.num(kMsgType, b.msg_type);
    if (b.has_cookie) {
        w.begin_numbers(kOptions);
        for (std::size_t i = 0; i < b.option_count; ++i) w.number_item(b.options[i]);
        w.end_numbers(kOptions);
    }
}

const Protocol BootpLayer::protocol =
    make_protocol<BootpLayer>("bootp", "dhcp", "Dynamic Host Configuration Protocol", bootp_text);

}  // namespace tapsniff
