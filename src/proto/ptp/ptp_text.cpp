// PTP: tcpdump's text (print-ptp.c), which prints field after field and stops with " [|ptp]" at
// the first one that was not captured.
#include "proto/ptp/ptp.hpp"
#include "proto/tcpdump_text.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kBody = 34;

constexpr auto kMessageTypes = std::to_array<Tok>({
    {0x0, "sync msg"}, {0x1, "delay req msg"}, {0x2, "peer delay req msg"}, {0x3, "peer delay resp msg"},
    {0x8, "follow up msg"}, {0x9, "delay resp msg"}, {0xa, "pdelay resp fup msg"}, {0xb, "announce msg"},
    {0xc, "signalling msg"}, {0xd, "management msg"},
});
constexpr auto kControls = std::to_array<Tok>({
    {0, "Sync"}, {1, "Delay_Req"}, {2, "Follow_Up"}, {3, "Delay_Resp"}, {4, "Management"}, {5, "Other"},
});
constexpr auto kFlags = std::to_array<Tok>({
    {0x1, "l1 61"}, {0x2, "l1 59"}, {0x4, "utc reasonable"}, {0x8, "timescale"}, {0x10, "time tracable"},
    {0x20, "frequency tracable"}, {0x100, "alternate master"}, {0x200, "two step"}, {0x400, "unicast"},
    {0x1000, "profile specific 1"}, {0x2000, "profile specific 2"}, {0x4000, "security mask"},
    {0x18c0, "unknown"},
});

constexpr const char* kPreciseOrigin = "preciseOriginTimeStamp";
constexpr const char* kOrigin = "originTimeStamp";
constexpr const char* kReceive = "receiveTimeStamp";

// Prints while the bytes a field needs were captured; then the mark, once, and nothing more.
class Printer {
public:
    Printer(OutBuffer& out, std::size_t captured) : out_(out), captured_(captured) {}
    // True when bytes up to `end` are there; otherwise prints the mark and stops.
    bool have(std::size_t end) {
        if (stopped_) return false;
        if (end <= captured_) return true;
        text::append_trunc(out_, "ptp");
        stopped_ = true;
        return false;
    }
    [[nodiscard]] bool stopped() const { return stopped_; }

private:
    OutBuffer& out_;
    std::size_t captured_;
    bool stopped_ = false;
};

void timestamp(OutBuffer& out, Printer& p, const PtpLayer& m, const char* name) {
    TS_PUT(out, ", {} :", name);
    if (!p.have(kBody + 6)) return;
    TS_PUT(out, " {} seconds,", m.seconds);
    if (!p.have(kBody + 10)) return;
    TS_PUT(out, " {} nanoseconds", m.nanoseconds);
}

void timestamp_identity(OutBuffer& out, Printer& p, const PtpLayer& m, const char* name) {
    timestamp(out, p, m, name);
    if (!p.have(kBody + 18)) return;
    TS_PUT(out, ", port identity : 0x{:x}", m.port_identity);
    if (!p.have(kBody + 20)) return;
    TS_PUT(out, ", port id : {}", m.port_id);
}

void port_id(OutBuffer& out, Printer& p, const PtpLayer& m) {
    if (!p.have(kBody + 8)) return;
    TS_PUT(out, ", port identity : 0x{:x}", m.port_identity);
    if (!p.have(kBody + 10)) return;
    TS_PUT(out, ", port id : {}", m.port_id);
}

void announce(OutBuffer& out, Printer& p, const PtpLayer& m) {
    TS_PUT(out, ", {} :", kOrigin);
    if (!p.have(kBody + 6)) return;
    TS_PUT(out, " {} seconds", m.seconds);
    if (!p.have(kBody + 10)) return;
    TS_PUT(out, " {} nanoseconds", m.nanoseconds);
    if (!p.have(kBody + 12)) return;
    TS_PUT(out, ", origin cur utc :{}", m.origin_cur_utc);
    if (!p.have(kBody + 13)) return;
    TS_PUT(out, ", rsvd : {}", m.announce_reserved);
    if (!p.have(kBody + 14)) return;
    TS_PUT(out, ", gm priority_1 : {}", m.gm_priority1);
    if (!p.have(kBody + 15)) return;
    TS_PUT(out, ", gm clock class : {}", m.gm_clock_class);
    if (!p.have(kBody + 16)) return;
    TS_PUT(out, ", gm clock accuracy : {}", m.gm_clock_accuracy);
    if (!p.have(kBody + 18)) return;
    TS_PUT(out, ", gm clock variance : {}", m.gm_clock_variance);
    if (!p.have(kBody + 19)) return;
    TS_PUT(out, ", gm priority_2 : {}", m.gm_priority2);
    if (!p.have(kBody + 27)) return;
    TS_PUT(out, ", gm clock id : 0x{:x}", m.gm_clock_identity);
    if (!p.have(kBody + 29)) return;
    TS_PUT(out, ", steps removed : {}", m.steps_removed);
    if (!p.have(kBody + 30)) return;
    TS_PUT(out, ", time source : 0x{:x}", m.time_source);
}

void header(OutBuffer& out, Printer& p, const PtpLayer& m) {
    TS_PUT(out, ", v1 compat : {}", (m.first & 0x10U) != 0 ? "yes" : "no");
    const char* type = tok_name(kMessageTypes, m.message_type());
    TS_PUT(out, ", msg type : {}", type != nullptr ? type : "Reserved");
    if (!p.have(4)) return;
    TS_PUT(out, ", length : {}", m.message_length);
    if (!p.have(6)) return;
    TS_PUT(out, ", domain : {}, reserved1 : {}", m.domain, m.reserved1);
    if (!p.have(8)) return;
    text::append(out, ", Flags [");
    append_bittok(out, kFlags, m.flags, ", ", "none");
    out.push_back(']');
    if (!p.have(14)) return;
    TS_PUT(out, ", NS correction : {}", m.correction_ns);
    if (!p.have(16)) return;
    TS_PUT(out, ", sub NS correction : {}", m.correction_subns);
    if (!p.have(20)) return;
    TS_PUT(out, ", reserved2 : {}", m.reserved2);
    if (!p.have(28)) return;
    TS_PUT(out, ", clock identity : 0x{:x}", m.clock_identity);
    if (!p.have(30)) return;
    TS_PUT(out, ", port id : {}", m.source_port);
    if (!p.have(32)) return;
    TS_PUT(out, ", seq id : {}", m.sequence_id);
    if (!p.have(33)) return;
    const char* control = tok_name(kControls, m.control);
    TS_PUT(out, ", control : {} ({})", m.control, control != nullptr ? control : "Reserved");
    if (!p.have(34)) return;
    TS_PUT(out, ", log message interval : {}", m.log_interval);
}

}  // namespace

void ptp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const PtpLayer& m = *t.frame.get<PtpLayer>(index);
    if (m.too_short) {  // ND_LCHECK_U
        TS_PUT(out, " [length {} < 34] (invalid)", m.length);
        return;
    }
    Printer p(out, m.captured);
    if (!p.have(2)) return;
    TS_PUT(out, "PTPv{}", m.version);
    if (m.version == 1) {
        text::append(out, " (not implemented)");
        return;
    }
    if (m.version != 2) return;
    header(out, p, m);
    if (p.stopped()) return;
    switch (m.message_type()) {
        case 0x0:  // sync
        case 0x1:  // delay request
            timestamp(out, p, m, kOrigin);
            break;
        case 0x2: timestamp_identity(out, p, m, kPreciseOrigin); break;  // peer delay request
        case 0x3: timestamp_identity(out, p, m, kReceive); break;        // peer delay response
        case 0x8: timestamp(out, p, m, kPreciseOrigin); break;           // follow up
        case 0x9: timestamp_identity(out, p, m, kReceive); break;        // delay response
        case 0xa: timestamp_identity(out, p, m, kPreciseOrigin); break;  // peer delay response follow up
        case 0xb: announce(out, p, m); break;
        case 0xc: port_id(out, p, m); break;  // signalling
        case 0xd:                             // management: tcpdump reads these four from the body's start
            port_id(out, p, m);
            if (p.stopped()) return;
            // Its labels already start with ", " and it prints another before each.
            TS_PUT(out, ", , start boundary hops  {}, , boundary hops  {}", m.body_first_byte, m.body_first_byte);
            TS_PUT(out, ", , flags  0x{:x}, , reserved  0x{:x}", m.body_first_byte, m.body_first_byte);
            break;
        default: break;
    }
}

}  // namespace tapsniff
