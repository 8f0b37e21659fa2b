// timed: decoder (print-timed.c's walk as pieces), text and fields.
#include "proto/timed/timed.hpp"

#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kAdjtime = 1;
constexpr std::uint8_t kSettime = 5;
constexpr std::uint8_t kSetdate = 22;
constexpr std::uint8_t kSetdatereq = 23;
constexpr std::uint8_t kLoop = 24;
constexpr std::size_t kNameAt = 12;
constexpr std::size_t kNameLen = 256;

constexpr std::array<const char*, 25> kTypes{
    "TSP_ANY",      "TSP_ADJTIME",  "TSP_ACK",     "TSP_MASTERREQ", "TSP_MASTERACK", "TSP_SETTIME",  "TSP_MASTERUP",
    "TSP_SLAVEUP",  "TSP_ELECTION", "TSP_ACCEPT",  "TSP_REFUSE",    "TSP_CONFLICT",  "TSP_RESOLVE",  "TSP_QUIT",
    "TSP_DATE",     "TSP_DATEREQ",  "TSP_DATEACK", "TSP_TRACEON",   "TSP_TRACEOFF",  "TSP_MSITE",    "TSP_MSITEREQ",
    "TSP_TEST",     "TSP_SETDATE",  "TSP_SETDATEREQ", "TSP_LOOP"};

// "%d.%06d" for the signed numbers tcpdump prints.
void signed_number(Pieces<16>& p, std::int64_t v) {
    if (v < 0) p.literal("-");
    p.number(static_cast<std::uint64_t>(v < 0 ? -v : v));
}

}  // namespace

void decode_timed(Decoder& d, Bytes data, std::uint32_t wire_len) {
    (void)wire_len;  // tcpdump reads the fixed structure up to the end of the capture
    const Bytes m = udp_snap(d.frame, data);
    auto* t = d.frame.add<TimedLayer>(Presence::partial);
    if (t == nullptr) return;
    Pieces<16>& p = t->text;
    auto cut = [&] {
        p.trunc("timed");
        d.cut("timed");
        if (!m.empty()) d.frame.set_presence(Presence::truncated);
    };
    Cursor c(m);
    auto type = c.u8();
    if (!type) return cut();
    t->type = *type;
    if (t->type < kTypes.size()) {
        p.literal(kTypes[t->type]);
    } else {
        p.literal("(tsp_type 0x");
        p.literal("");
        // tcpdump's "%#x": hex with a 0x prefix (the value is not 0 here).
        static constexpr std::array<const char*, 16> kHex{"0", "1", "2", "3", "4", "5", "6", "7",
                                                          "8", "9", "a", "b", "c", "d", "e", "f"};
        if (t->type >= 16) p.literal(kHex[t->type >> 4U]);
        p.literal(kHex[t->type & 0xfU]);
        p.literal(")");
    }
    auto version = c.u8();
    if (!version) return cut();
    t->version = *version;
    p.literal(" vers ");
    p.number(t->version);
    auto seq = c.be16();
    if (!seq) return cut();
    t->sequence = *seq;
    p.literal(" seq ");
    p.number(t->sequence);
    if (t->type == kLoop) {
        auto hop = c.u8();
        if (!hop) return cut();
        p.literal(" hopcnt ");
        p.number(*hop);
    } else if (t->type == kSettime || t->type == kAdjtime || t->type == kSetdate || t->type == kSetdatereq) {
        auto sec_raw = c.be32();
        if (!sec_raw) return cut();
        auto usec_raw = c.be32();
        if (!usec_raw) return cut();
        std::int64_t sec = static_cast<std::int32_t>(*sec_raw);
        std::int64_t usec = static_cast<std::int32_t>(*usec_raw);
        if (usec < 0) {  // tcpdump stops there
            d.frame.set_presence(Presence::complete);
            return;
        }
        p.literal(" time ");
        if (sec < 0 && usec != 0) {
            ++sec;
            if (sec == 0) p.literal("-");
            usec = 1000000 - usec;
        }
        signed_number(p, sec);
        p.literal(".");
        // "%06d": usec is 0..1000000 here.
        static constexpr std::array<const char*, 7> kZeros{"", "0", "00", "000", "0000", "00000", "000000"};
        std::size_t digits = 1;
        for (std::int64_t v = usec; v >= 10; v /= 10) ++digits;
        if (digits < 6) p.literal(kZeros[6 - digits]);
        p.number(static_cast<std::uint64_t>(usec));
    }
    p.literal(" name ");
    // nd_printjnp: up to a NUL or 256 bytes, each read checked.
    const Bytes name = m.size() > kNameAt ? m.subspan(kNameAt) : Bytes{};
    std::size_t n = 0;
    while (n < kNameLen && n < name.size() && name[n] != std::byte{0}) ++n;
    p.chars(name.first(n));
    if (n < kNameLen && n == name.size()) return cut();
    d.frame.set_presence(Presence::complete);
}

namespace {

void timed_text(const TextContext& t, std::size_t index) { t.frame.get<TimedLayer>(index)->text.append_to(t.out); }

constexpr Field kType{"type", "Type"};
constexpr Field kVersion{"version", "Version"};
constexpr Field kSequence{"sequence", "Sequence"};

}  // namespace

template <class W>
void describe(const TimedLayer& t, W& w) {
    w.num(kType, t.type);
    w.num(kVersion, t.version);
    w.num(kSequence, t.sequence);
}

const Protocol TimedLayer::protocol = make_protocol<TimedLayer>("timed", "timed", "Time Synchronization Protocol", timed_text);

}  // namespace tapsniff
