// AHCP: decoder (print-ahcp.c at default verbosity, as pieces), text and fields.
#include "proto/ahcp/ahcp.hpp"

#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kMagic = 43;
constexpr std::uint32_t kHeaderRest = 22;  // the fixed header after magic and version
constexpr std::uint32_t kBodyMin = 4;

}  // namespace

void decode_ahcp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes m = udp_snap(d.frame, data);
    auto* a = d.frame.add<AhcpLayer>(Presence::partial);
    if (a == nullptr) return;
    Pieces<6>& p = a->text;
    p.literal("AHCP");
    std::size_t cp = 0;
    std::uint32_t len = wire_len;
    auto captured = [&](std::size_t n) { return cp <= m.size() && m.size() - cp >= n; };
    auto trunc = [&] {
        p.trunc("ahcp");
        d.cut("ahcp");
    };
    // "(invalid)", then tcpdump checks that the rest of the datagram was captured.
    auto invalid = [&] {
        p.literal(" (invalid)");
        d.bad("ahcp: bad length or magic");
        if (!captured(len)) trunc();
    };
    if (len < 2) return invalid();
    if (!captured(1)) return trunc();
    if (static_cast<std::uint8_t>(m[0]) != kMagic) return invalid();
    cp = 1;
    --len;
    if (!captured(1)) return trunc();
    a->version = static_cast<std::uint8_t>(m[1]);
    a->has_version = true;
    cp = 2;
    --len;
    d.frame.set_presence(Presence::complete);
    if (a->version != 1) {
        p.literal(" Version ");
        p.number(a->version);
        p.literal(" (unknown)");
        if (!captured(len)) trunc();
        return;
    }
    p.literal(" Version 1");
    if (len < kHeaderRest) return invalid();
    if (!captured(kHeaderRest)) return trunc();
    cp += kHeaderRest;
    len -= kHeaderRest;
    if (len < kBodyMin) return invalid();
    if (!captured(kBodyMin)) return trunc();
    a->type = static_cast<std::uint8_t>(m[cp]);
    a->body_length = static_cast<std::uint16_t>((static_cast<unsigned>(m[cp + 2]) << 8U) | static_cast<unsigned>(m[cp + 3]));
    a->has_body = true;
    cp += kBodyMin;
    len -= kBodyMin;
    if (a->body_length > len) return invalid();
    if (!captured(a->body_length)) trunc();
}

namespace {

void ahcp_text(const TextContext& t, std::size_t index) { t.frame.get<AhcpLayer>(index)->text.append_to(t.out); }

constexpr Field kVersion{"version", "Version"};
constexpr Field kType{"type", "Message Type"};
constexpr Field kLength{"length", "Body Length"};

}  // namespace

template <class W>
void describe(const AhcpLayer& a, W& w) {
    if (a.has_version) w.num(kVersion, a.version);
    if (a.has_body) {
        w.num(kType, a.type);
        w.num(kLength, a.body_length);
    }
}

const Protocol AhcpLayer::protocol = make_protocol<AhcpLayer>("ahcp", "ahcp", "Ad-Hoc Configuration Protocol", ahcp_text);

}  // namespace tapsniff
