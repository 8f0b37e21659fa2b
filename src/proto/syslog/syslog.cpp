// syslog: decoder, tcpdump text (print-syslog.c at default verbosity) and fields.
#include "proto/syslog/syslog.hpp"

#include <array>

#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kMaxDigits = 3;  // tcpdump reads at most three digits of the priority

}  // namespace

void decode_syslog(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* s = d.frame.add<SyslogLayer>(Presence::partial);
    if (s == nullptr) return;
    s->length = wire_len;
    Cursor cursor(snap);
    auto cut = [&] {
        s->status = SyslogStatus::cut;
        d.cut("syslog");
    };
    auto invalid = [&] {
        s->status = SyslogStatus::invalid;
        d.bad("syslog without <PRI>");
    };
    auto open = cursor.u8();
    if (!open) return cut();
    if (*open != '<') return invalid();
    std::uint16_t pri = 0;
    for (std::size_t i = 0; i < kMaxDigits; ++i) {
        auto c = cursor.peek();
        if (!c) return cut();
        if (*c < '0' || *c > '9') break;
        pri = static_cast<std::uint16_t>(pri * 10 + (*c - '0'));
        cursor.skip(1);
    }
    auto close = cursor.u8();
    if (!close) return cut();
    if (*close != '>') return invalid();
    s->pri = pri;
    s->facility = static_cast<std::uint8_t>((pri & 0x03f8U) >> 3U);
    s->severity = static_cast<std::uint8_t>(pri & 0x0007U);
    s->message = cursor.offset() < data.size() ? data.subspan(cursor.offset()) : Bytes{};
    d.frame.set_presence(Presence::complete);
}

namespace {

constexpr std::array<const char*, 8> kSeverities{"emergency", "alert",  "critical", "error",
                                                 "warning",   "notice", "info",     "debug"};
constexpr std::array<const char*, 24> kFacilities{
    "kernel", "user",    "mail",   "daemon", "auth",   "syslog", "lpr",    "news",
    "uucp",   "cron",    "authpriv", "ftp",  "ntp",    "security", "console", "cron",
    "local0", "local1",  "local2", "local3", "local4", "local5", "local6", "local7"};

const char* facility_name(std::uint64_t v) { return v < kFacilities.size() ? kFacilities[v] : nullptr; }
const char* severity_name(std::uint64_t v) { return v < kSeverities.size() ? kSeverities[v] : nullptr; }

void syslog_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const SyslogLayer& s = *t.frame.get<SyslogLayer>(index);
    switch (s.status) {
        case SyslogStatus::invalid:
            text::append(out, " (invalid)");
            return;
        case SyslogStatus::cut:
            text::append_trunc(out, "syslog");
            return;
        case SyslogStatus::ok:
            break;
    }
    text::append(out, "SYSLOG ");
    if (const char* f = facility_name(s.facility)) text::append(out, f);
    else TS_PUT(out, "unknown ({})", s.facility);
    out.push_back('.');
    if (const char* v = severity_name(s.severity)) text::append(out, v);
    else TS_PUT(out, "unknown ({})", s.severity);
    text::append_labeled(out, ", length: ", s.length);
}

constexpr Field kFacility{"facility", "Facility", 0, facility_name};
constexpr Field kLevel{"level", "Level", 0, severity_name};
constexpr Field kMessage{"msg", "Message"};

}  // namespace

template <class W>
void describe(const SyslogLayer& s, W& w) {
    w.num(kFacility, s.facility);
    w.num(kLevel, s.severity);
    // A string as tshark shows it: up to the first NUL.
    std::size_t n = 0;
    while (n < s.message.size() && s.message[n] != std::byte{0}) ++n;
    w.wire_text(kMessage, s.message.first(n));
}

const Protocol SyslogLayer::protocol = make_protocol<SyslogLayer>("syslog", "syslog", "Syslog message", syslog_text);

}  // namespace tapsniff
