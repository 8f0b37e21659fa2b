// DHCPv6: decoder, tcpdump's text without -v ("dhcp6 solicit", "dhcp6 [|dhcp6]") and fields.
#include "proto/dhcp6/dhcp6.hpp"

#include <array>

#include "render/fields.hpp"

namespace tapsniff {

void decode_dhcp6(Decoder& d, Bytes data, std::uint32_t wire_len) {
    (void)wire_len;
    auto* m = d.frame.add<Dhcp6Layer>(Presence::partial);
    if (m == nullptr) return;
    // tcpdump needs the type and the transaction id (four bytes) before it names the type.
    auto head = Cursor(data).be32();
    if (!head) {
        d.cut("dhcp6");
        return;
    }
    m->msg_type = static_cast<std::uint8_t>(*head >> 24U);
    m->xid = *head & 0x00ffffffU;
    d.frame.set_presence(Presence::complete);
}

namespace {

// dh6_msgtype_str
const char* msg_type_name(std::uint64_t v) {
    constexpr std::array<const char*, 16> kNames = {
        nullptr,   "solicit", "advertise",   "request",   "confirm",    "renew",      "rebind",     "reply",
        "release", "decline", "reconfigure", "inf-req",   "relay-fwd",  "relay-reply", "leasequery", "leasequery-reply"};
    return v < kNames.size() ? kNames[v] : nullptr;
}

void dhcp6_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    text::append(out, "dhcp6");
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "dhcp6");
        return;
    }
    const Dhcp6Layer& m = *t.frame.get<Dhcp6Layer>(index);
    if (const char* name = msg_type_name(m.msg_type)) {
        out.push_back(' ');
        text::append(out, name);
    } else {
        TS_PUT(out, " msgtype-{}", m.msg_type);
    }
}

constexpr Field kMsgType{"msg_type", "Message type", 0, msg_type_name};
constexpr Field kXid{"xid", ""};
constexpr Field kTreeXid{"", "Transaction ID", 6};

}  // namespace

template <class W>
void describe(const Dhcp6Layer& m, W& w) {
    w.num(kMsgType, m.msg_type);
    if (!m.relay()) {
        w.num(kXid, m.xid);
        w.num(kTreeXid, m.xid);
    }
}

const Protocol Dhcp6Layer::protocol = make_protocol<Dhcp6Layer>("dhcp6", "dhcp6", "DHCPv6", dhcp6_text);

}  // namespace tapsniff
