// PTP: decoder and fields; the text is in ptp_text.cpp.
#include "proto/ptp/ptp.hpp"

#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 34;
constexpr std::size_t kBody = 34;

// A big-endian value of `n` bytes at `offset`, or 0 when not all of it was captured.
std::uint64_t get(Bytes data, std::size_t offset, std::size_t n) {
    if (offset + n > data.size()) return 0;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i) v = (v << 8U) | static_cast<std::uint8_t>(data[offset + i]);
    return v;
}

template <class T>
void set(T& field, Bytes data, std::size_t offset, std::size_t n) {
    field = static_cast<T>(get(data, offset, n));
}

}  // namespace

void decode_ptp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* p = d.frame.add<PtpLayer>(Presence::partial);
    if (p == nullptr) return;
    p->length = wire_len;
    if (wire_len < kHeaderLen) {
        p->too_short = true;
        d.bad("ptp shorter than its header");
        return;
    }
    const Bytes m = snap;  // tcpdump checks the length once, then reads what was captured
    p->captured = m.size();
    set(p->first, m, 0, 1);
    set(p->version, m, 1, 1);
    set(p->message_length, m, 2, 2);
    set(p->domain, m, 4, 1);
    set(p->reserved1, m, 5, 1);
    set(p->flags, m, 6, 2);
    set(p->correction_ns, m, 8, 6);
    set(p->correction_subns, m, 14, 2);
    set(p->reserved2, m, 16, 4);
    set(p->clock_identity, m, 20, 8);
    set(p->source_port, m, 28, 2);
    set(p->sequence_id, m, 30, 2);
    set(p->control, m, 32, 1);
    set(p->log_interval, m, 33, 1);
    // The body: timestamps, port identities, announce fields (each type reads some of these).
    set(p->seconds, m, kBody, 6);
    set(p->nanoseconds, m, kBody + 6, 4);
    set(p->body_first_byte, m, kBody, 1);
    if (p->message_type() == 0xc || p->message_type() == 0xd) {  // signalling, management
        set(p->port_identity, m, kBody, 8);
        set(p->port_id, m, kBody + 8, 2);
    } else {
        set(p->port_identity, m, kBody + 10, 8);
        set(p->port_id, m, kBody + 18, 2);
    }
    set(p->origin_cur_utc, m, kBody + 10, 2);
    set(p->announce_reserved, m, kBody + 12, 1);
    set(p->gm_priority1, m, kBody + 13, 1);
    set(p->gm_clock_class, m, kBody + 14, 1);
    set(p->gm_clock_accuracy, m, kBody + 15, 1);
    set(p->gm_clock_variance, m, kBody + 16, 2);
    set(p->gm_priority2, m, kBody + 18, 1);
    set(p->gm_clock_identity, m, kBody + 19, 8);
    set(p->steps_removed, m, kBody + 27, 2);
    set(p->time_source, m, kBody + 29, 1);
    if (m.size() >= kHeaderLen) {
        d.frame.set_presence(Presence::complete);
    } else {
        if (m.size() >= 2) d.frame.set_presence(Presence::truncated);
        d.cut("ptp");
    }
}

namespace {

constexpr Field kMessageType{"v2.messagetype", "messageType", 2};
constexpr Field kVersion{"v2.versionptp", "versionPTP"};
constexpr Field kMessageLength{"v2.messagelength", "messageLength"};
constexpr Field kDomain{"v2.domainnumber", "domainNumber"};
constexpr Field kFlags{"v2.flags", "flags", 4};
constexpr Field kCorrectionNs{"v2.correction.ns", "correctionNs"};
constexpr Field kCorrectionSubns{"v2.correction.subns", "correctionSubNs"};
constexpr Field kClockIdentity{"v2.clockidentity", "ClockIdentity", 16};
constexpr Field kSourcePort{"v2.sourceportid", "SourcePortID"};
constexpr Field kSequenceId{"v2.sequenceid", "sequenceId"};
constexpr Field kControl{"v2.controlfield", "controlField"};
constexpr Field kLogPeriod{"v2.logmessageperiod", "logMessagePeriod"};

}  // namespace

template <class W>
void describe(const PtpLayer& p, W& w) {
    if (p.captured < kHeaderLen) return;
    w.num(kMessageType, p.message_type());
    w.num(kVersion, p.version & 0x0fU);
    w.num(kMessageLength, p.message_length);
    w.num(kDomain, p.domain);
    w.num(kFlags, p.flags);
    w.num(kCorrectionNs, p.correction_ns);
    w.num(kCorrectionSubns, p.correction_subns);
    w.num(kClockIdentity, p.clock_identity);
    w.num(kSourcePort, p.source_port);
    w.num(kSequenceId, p.sequence_id);
    w.num(kControl, p.control);
    w.snum(kLogPeriod, static_cast<std::int8_t>(p.log_interval));
}

void ptp_text(const TextContext& t, std::size_t index);

const Protocol PtpLayer::protocol = make_protocol<PtpLayer>("ptp", "ptp", "Precision Time Protocol (IEEE1588)", ptp_text);

}  // namespace tapsniff
