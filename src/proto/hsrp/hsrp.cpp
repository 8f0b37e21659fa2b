// HSRP: decoder, tcpdump text (print-hsrp.c at default verbosity) and fields.
#include "proto/hsrp/hsrp.hpp"

#include <array>
#include <utility>

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 20;
// Where each field tcpdump reads ends.
constexpr std::size_t kVersionEnd = 1;
constexpr std::size_t kOpEnd = 2;
constexpr std::size_t kStateEnd = 3;
constexpr std::size_t kGroupEnd = 7;
constexpr std::size_t kReservedEnd = 8;

}  // namespace

void decode_hsrp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* h = d.frame.add<HsrpLayer>(Presence::partial);
    if (h == nullptr) return;
    h->length = wire_len;
    h->captured = std::min(snap.size(), kHeaderLen);
    Cursor head(snap.first(h->captured));
    // Whatever is there, field by field (the rest stays zero).
    auto get = [&head](std::uint8_t& field) {
        if (auto v = head.u8()) field = *v;
    };
    get(h->version);
    get(h->op_code);
    get(h->state);
    get(h->hellotime);
    get(h->holdtime);
    get(h->priority);
    get(h->group);
    get(h->reserved);
    if (auto auth = head.bytes(8)) h->auth = *auth;
    if (auto addr = head.array<4>()) h->virtual_ip = *addr;
    if (h->captured == kHeaderLen) {
        d.frame.set_presence(Presence::complete);
    } else {
        if (h->captured > 0) d.frame.set_presence(Presence::truncated);
        d.cut("hsrp");
    }
}

namespace {

constexpr std::array<const char*, 3> kOpCodes{"hello", "coup", "resign"};
constexpr auto kStates = std::to_array<Tok>({
    {0, "initial"}, {1, "learn"}, {2, "listen"}, {4, "speak"}, {8, "standby"}, {16, "active"},
});

void hsrp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const HsrpLayer& h = *t.frame.get<HsrpLayer>(index);
    auto trunc = [&out] { text::append_trunc(out, "hsrp"); };
    if (h.captured < kVersionEnd) return trunc();
    text::append_labeled(out, "HSRPv", h.version);
    if (h.version != 0) return;
    out.push_back('-');
    if (h.captured < kOpEnd) return trunc();
    if (h.op_code < kOpCodes.size()) text::append(out, kOpCodes[h.op_code]);
    else TS_PUT(out, "unknown ({})", h.op_code);
    TS_PUT(out, " {}: ", h.length);
    if (h.captured < kStateEnd) return trunc();
    text::append(out, "state=");
    append_tok(out, kStates, h.state, "Unknown (");
    out.push_back(' ');
    if (h.captured < kGroupEnd) return trunc();
    TS_PUT(out, "group={} ", h.group);
    if (h.captured < kReservedEnd) return trunc();
    if (h.reserved != 0) TS_PUT(out, "[reserved={}!] ", h.reserved);
    if (h.captured < kHeaderLen) return trunc();
    text::append(out, "addr=");
    text::append_ipv4(out, h.virtual_ip);
}

const char* op_name(std::uint64_t v) { return v < kOpCodes.size() ? kOpCodes[v] : nullptr; }
const char* state_name(std::uint64_t v) { return tok_name(kStates, static_cast<std::uint32_t>(v)); }

constexpr Field kVersion{"version", "Version"};
constexpr Field kOpCode{"opcode", "Op Code", 0, op_name};
constexpr Field kState{"state", "State", 0, state_name};
constexpr Field kHellotime{"hellotime", "Hellotime", 0, nullptr, nullptr, "seconds"};
constexpr Field kHoldtime{"holdtime", "Holdtime", 0, nullptr, nullptr, "seconds"};
constexpr Field kPriority{"priority", "Priority"};
constexpr Field kGroup{"group", "Group"};
constexpr Field kReserved{"reserved", "Reserved"};
constexpr Field kAuth{"auth_data", "Authentication Data"};
constexpr Field kVirtualIp{"virt_ip", "Virtual IP Address"};

}  // namespace

template <class W>
void describe(const HsrpLayer& h, W& w) {
    // The fields that were captured, in header order.
    const std::array<std::pair<const Field*, std::uint8_t>, 8> bytes{{{&kVersion, h.version},
                                                                     {&kOpCode, h.op_code},
                                                                     {&kState, h.state},
                                                                     {&kHellotime, h.hellotime},
                                                                     {&kHoldtime, h.holdtime},
                                                                     {&kPriority, h.priority},
                                                                     {&kGroup, h.group},
                                                                     {&kReserved, h.reserved}}};
    for (std::size_t i = 0; i < bytes.size() && i < h.captured; ++i) w.num(*bytes[i].first, bytes[i].second);
    if (h.captured == kHeaderLen) {
        // A string padded with zeros, shown as tshark does: up to the first zero.
        std::size_t n = 0;
        while (n < h.auth.size() && h.auth[n] != std::byte{0}) ++n;
        w.wire_text(kAuth, h.auth.first(n));
        w.ipv4(kVirtualIp, h.virtual_ip);
    }
}

const Protocol HsrpLayer::protocol =
    make_protocol<HsrpLayer>("hsrp", "hsrp", "Cisco Hot Standby Router Protocol", hsrp_text);

}  // namespace tapsniff
