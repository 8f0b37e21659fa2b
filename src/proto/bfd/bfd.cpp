// BFD: decoder, tcpdump text (print-bfd.c at default verbosity) and fields.
#include "proto/bfd/bfd.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 24;

}  // namespace

void decode_bfd(Decoder& d, Bytes data, std::uint32_t wire_len) {
    // tcpdump picks the kind of packet by the destination port (its row matches that alone).
    const UdpLayer* udp = d.frame.size() > 0 ? d.frame.get<UdpLayer>(d.frame.size() - 1) : nullptr;
    const Bytes snap = udp_snap(d.frame, data);
    auto* b = d.frame.add<BfdLayer>(Presence::partial);
    if (b == nullptr) return;
    b->length = wire_len;
    b->port = udp != nullptr ? udp->dport : 0;
    if (b->port == kBfdEchoPort) {
        d.frame.set_presence(Presence::complete);
        return;
    }
    Cursor cursor(snap);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        d.cut("bfd");
        return;
    }
    const std::uint8_t version_diag = *header->u8();
    b->version = version_diag >> 5U;
    b->diag = version_diag & 0x1fU;
    b->flags = *header->u8();
    b->detect_mult = *header->u8();
    b->length_field = *header->u8();
    b->my_discriminator = *header->be32();
    b->your_discriminator = *header->be32();
    b->desired_min_tx = *header->be32();
    b->required_min_rx = *header->be32();
    b->required_min_echo = *header->be32();
    b->control = true;
    d.frame.set_presence(Presence::complete);
}

namespace {

constexpr auto kPorts = std::to_array<Tok>({
    {kBfdControlPort, "Control"}, {kBfdMultihopPort, "Multihop"}, {kBfdLagPort, "Lag"},
});
constexpr auto kV0Flags = std::to_array<Tok>({
    {0x80, "I Hear You"}, {0x40, "Demand"}, {0x20, "Poll"}, {0x10, "Final"}, {0x08, "Control Plane Independent"},
    {0x04, "Authentication Present"}, {0x02, "Reserved"}, {0x01, "Reserved"},
});
constexpr auto kV1Flags = std::to_array<Tok>({
    {0x20, "Poll"}, {0x10, "Final"}, {0x08, "Control Plane Independent"}, {0x04, "Authentication Present"},
    {0x02, "Demand"}, {0x01, "Multipoint"},
});
constexpr auto kStates = std::to_array<Tok>({{0, "AdminDown"}, {1, "Down"}, {2, "Init"}, {3, "Up"}});
constexpr auto kDiags = std::to_array<Tok>({
    {0, "No Diagnostic"}, {1, "Control Detection Time Expired"}, {2, "Echo Function Failed"},
    {3, "Neighbor Signaled Session Down"}, {4, "Forwarding Plane Reset"}, {5, "Path Down"},
    {6, "Concatenated Path Down"}, {7, "Administratively Down"}, {8, "Reverse Concatenated Path Down"},
});

void bfd_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const BfdLayer& b = *t.frame.get<BfdLayer>(index);
    if (b.port == kBfdEchoPort) {
        text::append_labeled(out, "BFD, Echo, length: ", b.length);
        return;
    }
    if (!b.control) {
        text::append_trunc(out, "bfd");
        return;
    }
    switch (b.version) {
        case 0:
            text::append(out, "BFDv0, Control, Flags: [");
            append_bittok(out, kV0Flags, b.flags, ", ", "none");
            text::append_labeled(out, "], length: ", b.length);
            return;
        case 1:
            text::append(out, "BFDv1, ");
            append_tok(out, kPorts, b.port);
            text::append(out, ", State ");
            append_tok(out, kStates, (b.flags & 0xc0U) >> 6U);
            text::append(out, ", Flags: [");
            append_bittok(out, kV1Flags, b.flags & 0x3fU, ", ", "none");
            text::append_labeled(out, "], length: ", b.length);
            return;
        default:
            TS_PUT(out, "BFDv{}, Control, length: {}", b.version, b.length);
            return;
    }
}

const char* diag_name(std::uint64_t v) { return tok_name(kDiags, static_cast<std::uint32_t>(v)); }
const char* state_name(std::uint64_t v) { return tok_name(kStates, static_cast<std::uint32_t>(v)); }

constexpr Field kVersion{"version", "Protocol Version"};
constexpr Field kDiag{"diag", "Diagnostic Code", 2, diag_name};
constexpr Field kState{"sta", "Session State", 2, state_name};
constexpr Field kFlags{"flags", "Message Flags", 2};
constexpr Field kDetectMult{"detect_time_multiplier", "Detect Time Multiplier"};
constexpr Field kLength{"message_length", "Message Length", 0, nullptr, nullptr, "bytes"};
constexpr Field kMyDisc{"my_discriminator", "My Discriminator", 8};
constexpr Field kYourDisc{"your_discriminator", "Your Discriminator", 8};
constexpr Field kMinTx{"desired_min_tx_interval", "Desired Min TX Interval", 0, nullptr, nullptr, "us"};
constexpr Field kMinRx{"required_min_rx_interval", "Required Min RX Interval", 0, nullptr, nullptr, "us"};
constexpr Field kMinEcho{"required_min_echo_interval", "Required Min Echo Interval", 0, nullptr, nullptr, "us"};

}  // namespace

template <class W>
void describe(const BfdLayer& b, W& w) {
    if (!b.control) return;
    w.num(kVersion, b.version);
    w.num(kDiag, b.diag);
    if (b.version == 1) {
        w.num(kState, (b.flags & 0xc0U) >> 6U);
        w.num(kFlags, b.flags & 0x3fU);
    } else {
        w.num(kFlags, b.flags);
    }
    w.num(kDetectMult, b.detect_mult);
    w.num(kLength, b.length_field);
    w.num(kMyDisc, b.my_discriminator);
    w.num(kYourDisc, b.your_discriminator);
    w.num(kMinTx, b.desired_min_tx);
    w.num(kMinRx, b.required_min_rx);
    w.num(kMinEcho, b.required_min_echo);
}

const Protocol BfdLayer::protocol =
    make_protocol<BfdLayer>("bfd", "bfd", "BFD Control message", bfd_text);

}  // namespace tapsniff
