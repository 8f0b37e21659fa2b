// Babel: decoder (print-babel.c's walk over the TLVs at default verbosity), text and fields.
#include "proto/babel/babel.hpp"

#include <array>

#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kMagic = 42;
constexpr std::uint8_t kPad1 = 0;
constexpr std::uint8_t kUpdate = 8;
constexpr std::size_t kMaxTlvs = 65536;  // each TLV takes a byte at least: the bytes bound it first

class BabelWalk {
public:
    BabelWalk(Decoder& d, BabelLayer& b, Bytes snap) : d_(d), b_(b), snap_(snap) {}

    // babel_print_v2_tlvs over [start, start + tlvs_length); false when it ended the packet.
    bool tlvs(std::size_t start, std::uint32_t tlvs_length, std::uint32_t remaining, bool trailer) {
        std::uint32_t i = 0;
        bool first = true;
        while (i < tlvs_length) {
            auto icheck = [&](std::uint32_t l) { return i + l <= tlvs_length && i + l <= remaining; };
            if (!icheck(1)) return end(BabelEnd::invalid);
            const std::size_t at = start + i;
            if (at >= snap_.size()) return end(BabelEnd::cut);
            const auto type = static_cast<std::uint8_t>(snap_[at]);
            std::uint32_t len = 0;
            if (type != kPad1) {
                // A TLV is printed only once its length and bytes are known good.
                if (!icheck(2)) return end(BabelEnd::invalid);
                if (at + 2 > snap_.size()) return end(BabelEnd::cut);
                len = static_cast<std::uint32_t>(snap_[at + 1]);
                if (!icheck(2 + len)) return end(BabelEnd::invalid);
                if (at + 2 + len > snap_.size()) return end(BabelEnd::cut);
            }
            BabelTlv* tlv = b_.tlvs.add(d_.frame, kMaxTlvs);
            if (tlv == nullptr) return end(BabelEnd::cut);  // no room left to keep them
            tlv->type = type;
            tlv->trailer = trailer && first;
            first = false;
            if (type == kPad1) {
                i += 1;
                continue;
            }
            if (type == kUpdate) {
                if (len < 10) {
                    tlv->update_short = true;
                    return end(BabelEnd::invalid);
                }
                tlv->flags = static_cast<std::uint8_t>(snap_[at + 3]);
            }
            i += len + 2;
        }
        return true;
    }
    bool end(BabelEnd how) {
        b_.end = how;
        if (how == BabelEnd::cut) d_.cut("babel");
        else d_.bad("babel: TLV beyond its packet");
        return false;
    }

private:
    Decoder& d_;
    BabelLayer& b_;
    Bytes snap_;
};

}  // namespace

void decode_babel(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* b = d.frame.add<BabelLayer>(Presence::partial);
    if (b == nullptr) return;
    Cursor cursor(snap);
    auto header = cursor.sub(4);
    if (!header) {
        b->end = BabelEnd::cut;
        d.cut("babel");
        return;
    }
    b->header = true;
    b->magic = *header->u8();
    b->version = *header->u8();
    d.frame.set_presence(Presence::complete);
    if (b->magic != kMagic || b->version != 2) {
        d.frame.set_presence(Presence::malformed);
        d.bad(b->magic != kMagic ? "babel: bad magic" : "babel: unknown version");
        return;
    }
    BabelWalk walk(d, *b, snap);
    if (wire_len < 4) {
        walk.end(BabelEnd::invalid);
        return;
    }
    b->body_length = *header->be16();
    b->has_body_length = true;
    std::uint32_t length = wire_len - 4;
    if (length < b->body_length) {
        walk.end(BabelEnd::invalid);
        return;
    }
    if (!walk.tlvs(4, b->body_length, length, false)) return;
    length -= b->body_length;
    if (length != 0) {
        const std::size_t before = b->tlvs.size();
        const bool ok = walk.tlvs(4 + b->body_length, length, length, true);
        // The trailer's " |" comes before whatever the walk found, even if that is nothing.
        if (b->tlvs.size() == before) b->trailer_empty = true;
        (void)ok;
    }
    if (b->end != BabelEnd::ok) d.frame.set_presence(Presence::truncated);
}

namespace {

constexpr std::array<const char*, 20> kWords{
    "pad1",   "padN",          "ack-req",       "ack",  "hello",      "ihu",        "router-id",
    "nh",     "update",        "route-request", "seqno-request", "tspc", "hmac", "ss-update",
    "ss-request", "ss-mh-request", "mac",       "pc",   "challenge_request", "challenge_reply"};

void babel_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const BabelLayer& b = *t.frame.get<BabelLayer>(index);
    text::append(out, "babel");
    if (!b.header) return text::append_trunc(out, "babel");
    if (b.magic != kMagic) return text::append(out, " invalid header");
    TS_PUT(out, " {}", b.version);
    if (b.version != 2) return text::append(out, " unknown version");
    if (b.has_body_length) TS_PUT(out, " ({})", b.body_length);
    for (const BabelTlv& tlv : b.tlvs) {
        if (tlv.trailer) text::append(out, " |");
        out.push_back(' ');
        text::append(out, tlv.type < kWords.size() ? kWords[tlv.type] : "unknown");
        if (tlv.type == kUpdate && !tlv.update_short) {
            if ((tlv.flags & 0x80U) != 0) text::append(out, "/prefix");
            if ((tlv.flags & 0x40U) != 0) text::append(out, "/id");
            if ((tlv.flags & 0x3fU) != 0) text::append(out, "/unknown");
        }
    }
    if (b.trailer_empty) text::append(out, " |");
    switch (b.end) {
        case BabelEnd::ok: break;
        case BabelEnd::cut: text::append_trunc(out, "babel"); break;
        case BabelEnd::invalid: text::append(out, " (invalid)"); break;
    }
}

constexpr Field kMagicField{"magic", "Magic"};
constexpr Field kVersion{"version", "Version"};
constexpr Field kBodyLength{"bodylen", "Body Length"};
constexpr Field kTypes{"messages", "Messages"};

}  // namespace

template <class W>
void describe(const BabelLayer& b, W& w) {
    w.num(kMagicField, b.magic);
    w.num(kVersion, b.version);
    if (b.has_body_length) w.num(kBodyLength, b.body_length);
    w.begin_numbers(kTypes);
    for (const BabelTlv& tlv : b.tlvs) w.number_item(tlv.type);
    w.end_numbers(kTypes);
}

const Protocol BabelLayer::protocol = make_protocol<BabelLayer>("babel", "babel", "Babel Routing Protocol", babel_text);

}  // namespace tapsniff
