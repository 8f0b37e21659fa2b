// AH: decoder, tcpdump text (print-ah.c without -v) and fields.
#include "proto/ah/ah.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {

void decode_ah(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const EnclosingIp ip = current_ip(d.frame);
    auto* ah = d.frame.add<AhLayer>(Presence::partial);
    if (ah == nullptr) return;
    ah->over_ipv4 = ip.v6 == nullptr;
    Cursor cursor(data);
    auto next = cursor.u8();
    if (!next) {
        d.cut("ah");
        return;
    }
    ah->next = *next;
    d.frame.set_presence(Presence::truncated);
    auto cut = [&d] { d.cut("ah"); };
    auto length = cursor.u8();
    if (!length) return cut();
    ah->length_field = *length;
    ah->stage = AhStage::no_reserved;
    auto reserved = cursor.be16();
    if (!reserved) return cut();
    ah->reserved = *reserved;
    ah->stage = AhStage::no_spi;
    auto spi = cursor.be32();
    if (!spi) return cut();
    ah->spi = *spi;
    ah->stage = AhStage::no_seq;
    auto seq = cursor.be32();
    if (!seq) return cut();
    ah->seq = *seq;
    ah->stage = AhStage::icv;
    const std::uint32_t hlen = ah->header_len();
    const std::size_t icv_len = hlen > 12 ? hlen - 12 : 0;
    ah->icv = cursor.take_at_most(icv_len);
    if (ah->icv.size() < icv_len) {
        ah->icv_cut = true;
        return cut();
    }
    d.frame.set_presence(Presence::complete);
    // tcpdump subtracts without a check: a header longer than the packet wraps around.
    ah->upper_len = wire_len - hlen;
    decode_ip_protocol(d, ah->next, data.subspan(std::min<std::size_t>(hlen, data.size())), ah->upper_len);
}

namespace {

void ah_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const AhLayer& ah = *t.frame.get<AhLayer>(index);
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "ah");
        return;
    }
    text::append(out, "AH");
    if (ah.stage == AhStage::no_length) {
        text::append_trunc(out, "ah");
        return;
    }
    out.push_back('(');
    if (ah.stage == AhStage::no_reserved) {
        text::append_trunc(out, "ah");
        return;
    }
    if (ah.reserved != 0) TS_PUT(out, "reserved=0x{:x}[MustBeZero],", ah.reserved);
    if (ah.stage == AhStage::no_spi) {
        text::append_trunc(out, "ah");
        return;
    }
    TS_PUT(out, "spi=0x{:08x},", ah.spi);
    if (ah.stage == AhStage::no_seq) {
        text::append_trunc(out, "ah");
        return;
    }
    TS_PUT(out, "seq=0x{:x},icv=0x", ah.seq);
    for (std::byte b : ah.icv) TS_PUT(out, "{:02x}", static_cast<unsigned>(b));
    if (ah.icv_cut) {
        text::append_trunc(out, "ah");
        return;
    }
    text::append(out, "): ");
    ip_upper_text(t, index, ah.next, ah.upper_len, ah.over_ipv4);
}

const char* protocol_name_of(std::uint64_t v) { return ip_protocol_name(static_cast<std::uint8_t>(v)); }

constexpr Field kNext{"next_header", "Next header", 0, protocol_name_of};
constexpr Field kLength{"length", "Length"};
constexpr Field kSpi{"spi", "AH SPI", 8};
constexpr Field kSequence{"sequence", "AH Sequence"};
constexpr Field kIcv{"icv", "AH ICV"};

}  // namespace

template <class W>
void describe(const AhLayer& ah, W& w) {
    w.num(kNext, ah.next);
    if (ah.stage == AhStage::no_length) return;
    w.num(kLength, ah.length_field);
    if (ah.stage >= AhStage::no_seq) w.num(kSpi, ah.spi);
    if (ah.stage == AhStage::icv) {
        w.num(kSequence, ah.seq);
        w.link_address(kIcv, ah.icv);
    }
}

const Protocol AhLayer::protocol = make_protocol<AhLayer>("ah", "ah", "Authentication Header", ah_text);

}  // namespace tapsniff
