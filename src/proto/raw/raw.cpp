// Raw IP link: decoder and tcpdump's raw_if_print text with -e ("ip: " before the IP text).
#include "proto/raw/raw.hpp"

#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "render/fields.hpp"

namespace tapsniff {

void decode_raw_ip(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* raw = d.frame.add<RawIpLayer>(Presence::partial);
    if (raw == nullptr) return;
    auto first = Cursor(data).peek();
    if (!first) {
        d.cut("ipn");
        return;
    }
    d.frame.set_presence(Presence::complete);
    raw->version = static_cast<std::uint8_t>(*first >> 4U);
    if (raw->version == 4) decode_ipv4(d, data, wire_len);
    else if (raw->version == 6) decode_ipv6(d, data, wire_len);
}

namespace {

void raw_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    if (t.link_part) text::append(out, "ip: ");
    if (t.frame.wire_len < 1) {
        TS_PUT(out, "truncated-ip {}", t.frame.wire_len);
        return;
    }
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "ipn");
        return;
    }
    if (!text_next(t, index)) TS_PUT(out, "unknown ip {}", t.frame.get<RawIpLayer>(index)->version);
}

constexpr Field kVersion{"", "IP version"};

}  // namespace

template <class W>
void describe(const RawIpLayer& raw, W& w) {
    w.num(kVersion, raw.version);
}

const Protocol RawIpLayer::protocol = make_protocol<RawIpLayer>("raw", "", "Raw IP", raw_text);

}  // namespace tapsniff
