// HNCP: decoder (print-hncp.c's in-line walk), text and fields.
#include "proto/hncp/hncp.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kReserved = 0x10000;
constexpr std::uint32_t kUnassigned = 0x10001;
constexpr std::uint32_t kPrivateUse = 0x10002;
constexpr std::uint32_t kFutureUse = 0x10003;
constexpr std::size_t kMaxRuns = 16384;

constexpr auto kTypes = std::to_array<Tok>({
    {1, "Request network state"}, {2, "Request node state"}, {3, "Node endpoint"}, {4, "Network state"},
    {5, "Node state"}, {8, "Peer"}, {9, "Keep-alive interval"}, {10, "Trust-Verdict"}, {32, "HNCP-Version"},
    {33, "External-Connection"}, {34, "Delegated-Prefix"}, {43, "Prefix-Policy"}, {37, "DHCPv4-Data"},
    {38, "DHCPv6-Data"}, {35, "Assigned-Prefix"}, {36, "Node-Address"}, {39, "DNS-Delegated-Zone"},
    {40, "Domain-Name"}, {41, "Node-Name"}, {42, "Managed-PSK"}, {kReserved, "Reserved"},
    {kUnassigned, "Unassigned"}, {kPrivateUse, "Private use"}, {kFutureUse, "Future use"},
});

std::uint32_t kind_of(std::uint16_t type) {
    for (const Tok& t : kTypes) {
        if (t.value > 0xffff) break;
        if (t.value == type) return type;
    }
    if (type == 0) return kReserved;
    if (type >= 44 && type <= 511) return kUnassigned;
    if (type >= 768 && type <= 1023) return kPrivateUse;
    return kFutureUse;
}

}  // namespace

void decode_hncp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes m = udp_snap(d.frame, data);
    auto* h = d.frame.add<HncpLayer>(Presence::complete);
    if (h == nullptr) return;
    h->length = wire_len;
    std::uint32_t i = 0;
    HncpRun current{0xffffffffU, 0};
    auto flush = [&]() -> bool {
        if (current.count == 0) return true;
        HncpRun* run = h->runs.add(d.frame, kMaxRuns);
        if (run == nullptr) return false;
        *run = current;
        return true;
    };
    auto stop = [&](HncpEnd how) {
        h->end = how;
        d.frame.set_presence(Presence::truncated);
        if (how == HncpEnd::cut) d.cut("hncp");
        else d.bad("hncp: TLV beyond the datagram");
    };
    // Each TLV takes four bytes at least: the length bounds the loop.
    while (i < wire_len) {
        if (std::size_t{i} + 4 > m.size()) return stop(HncpEnd::cut);
        if (i + 4 > wire_len) return stop(HncpEnd::invalid);
        const auto type = static_cast<std::uint16_t>((static_cast<unsigned>(m[i]) << 8U) | static_cast<unsigned>(m[i + 1]));
        const auto bodylen =
            static_cast<std::uint16_t>((static_cast<unsigned>(m[i + 2]) << 8U) | static_cast<unsigned>(m[i + 3]));
        if (std::size_t{i} + 4 + bodylen > m.size()) return stop(HncpEnd::cut);
        if (std::uint64_t{i} + bodylen + 4 > wire_len) return stop(HncpEnd::invalid);
        const std::uint32_t kind = kind_of(type);
        if (kind == current.kind) {
            ++current.count;
        } else {
            if (!flush()) return stop(HncpEnd::cut);
            current = HncpRun{kind, 1};
        }
        i += 4 + ((bodylen + 3U) & ~3U);
    }
    if (!flush()) stop(HncpEnd::cut);
}

namespace {

void hncp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const HncpLayer& h = *t.frame.get<HncpLayer>(index);
    TS_PUT(out, "hncp ({})", h.length);
    bool first = true;
    for (const HncpRun& run : h.runs) {
        text::append(out, first ? " " : ", ");
        first = false;
        append_tok_or(out, kTypes, run.kind, "Easter Egg");
        if (run.count > 1) TS_PUT(out, " (x{})", run.count);
    }
    if (h.end == HncpEnd::cut) text::append_trunc(out, "hncp");
    else if (h.end == HncpEnd::invalid) text::append(out, " (invalid)");
}

constexpr Field kTlvs{"tlvs", "TLV types"};

}  // namespace

template <class W>
void describe(const HncpLayer& h, W& w) {
    w.begin_numbers(kTlvs);
    for (const HncpRun& run : h.runs) {
        for (std::uint32_t i = 0; i < run.count && i < 1024; ++i) w.number_item(run.kind);
    }
    w.end_numbers(kTlvs);
}

const Protocol HncpLayer::protocol = make_protocol<HncpLayer>("hncp", "hncp", "Home Networking Control Protocol", hncp_text);

}  // namespace tapsniff
