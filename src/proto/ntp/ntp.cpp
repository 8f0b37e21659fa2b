// NTP: decoder, tcpdump's text without -v ("NTPv4, Server, length 48") and fields.
#include "proto/ntp/ntp.hpp"

#include <array>

#include "render/fields.hpp"

namespace tapsniff {

void decode_ntp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* n = d.frame.add<NtpLayer>(Presence::partial);
    if (n == nullptr) return;
    n->length = wire_len;
    Cursor c(data);
    auto status = c.u8();
    if (!status) {
        d.cut("ntp");
        return;
    }
    n->leap = static_cast<std::uint8_t>(*status >> 6U);
    n->version = static_cast<std::uint8_t>((*status >> 3U) & 0x7U);
    n->mode = *status & 0x7U;
    d.frame.set_presence(Presence::complete);
    if (n->mode < ntp_mode::control) {
        auto stratum = c.u8();
        n->has_stratum = stratum.has_value();
        n->stratum = stratum.value_or(0);
    }
}

namespace {

// ntp_mode_values
const char* mode_name(std::uint64_t v) {
    constexpr std::array<const char*, 8> kNames = {"unspecified", "symmetric active", "symmetric passive", "Client",
                                                   "Server",      "Broadcast",        "Control Message",   "Reserved"};
    return v < kNames.size() ? kNames[v] : nullptr;
}

void ntp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "ntp");
        return;
    }
    const NtpLayer& n = *t.frame.get<NtpLayer>(index);
    TS_PUT(out, "NTPv{}, {}, length {}", n.version, mode_name(n.mode), n.length);
}

const char* leap_name(std::uint64_t v) {
    constexpr std::array<const char*, 4> kNames = {"no warning", "last minute of the day has 61 seconds",
                                                   "last minute of the day has 59 seconds",
                                                   "unknown (clock unsynchronized)"};
    return v < kNames.size() ? kNames[v] : nullptr;
}

constexpr Field kLeap{"", "Leap Indicator", 0, leap_name};
constexpr Field kVersion{"version", "Version number"};
constexpr Field kMode{"mode", "Mode", 0, mode_name};
constexpr Field kStratum{"stratum", "Peer Clock Stratum"};

}  // namespace

template <class W>
void describe(const NtpLayer& n, W& w) {
    w.num(kLeap, n.leap);
    w.num(kVersion, n.version);
    w.num(kMode, n.mode);
    if (n.has_stratum) w.num(kStratum, n.stratum);
}

const Protocol NtpLayer::protocol = make_protocol<NtpLayer>("ntp", "ntp", "Network Time Protocol", ntp_text);

}  // namespace tapsniff
