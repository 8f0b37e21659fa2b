// SCTP decoder: the common header, then the chunk walk exactly as tcpdump's sctp_print walks it
// (its checks on the wire length and on the captured bytes, in its order).
#include "proto/sctp/sctp.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 12;
constexpr std::uint32_t kDescriptorLen = 4;
// Chunks kept per packet; each takes at least 4 bytes, so the bytes bound the walk as well.
constexpr std::size_t kMaxChunks = 1024;

struct Walk {
    Decoder& d;
    SctpLayer& s;
    std::uint32_t remaining = 0;  // bytes of the packet left per the IP header
    SctpChunk* last = nullptr;
};

// The SACK's gap blocks and duplicate TSNs, while the chunk has room for them. False: bogus.
bool sack_lists(Walk& w, Cursor& c, std::uint16_t& left, SctpChunk& k) {
    const std::size_t gaps = std::min<std::size_t>(k.gap_count, left / 4U);
    SctpGap* gap = gaps > 0 ? w.d.frame.allocate_array<SctpGap>(gaps) : nullptr;
    if (gap == nullptr && gaps > 0) return false;
    for (std::size_t i = 0; i < gaps; ++i) {
        gap[i].start = *c.be16();
        gap[i].end = *c.be16();
    }
    k.gaps = {gap, gaps};
    left = static_cast<std::uint16_t>(left - gaps * 4U);
    w.remaining -= static_cast<std::uint32_t>(gaps * 4U);
    if (gaps < k.gap_count && left != 0) return false;
    const std::size_t dups = std::min<std::size_t>(k.dup_count, left / 4U);
    std::uint32_t* dup = dups > 0 ? w.d.frame.allocate_array<std::uint32_t>(dups) : nullptr;
    if (dup == nullptr && dups > 0) return false;
    for (std::size_t i = 0; i < dups; ++i) dup[i] = *c.be32();
    k.dups = {dup, dups};
    left = static_cast<std::uint16_t>(left - dups * 4U);
    w.remaining -= static_cast<std::uint32_t>(dups * 4U);
    return !(dups < k.dup_count && left != 0);
}

// One chunk's fields (the whole chunk is captured). False: "bogus chunk length", stop.
bool chunk_fields(Walk& w, Cursor c, std::uint16_t& left, SctpChunk& k) {
    switch (k.type) {
        case sctpchunk::data: {
            if (left < 12) return false;
            k.tsn = *c.be32();
            k.sid = *c.be16();
            k.ssn = *c.be16();
            k.ppid = *c.be32();
            k.has_fields = true;
            w.remaining -= 12;
            left = static_cast<std::uint16_t>(left - 12);
            if (left == 0) return false;
            w.remaining -= left;
            left = 0;
            return true;
        }
        case sctpchunk::init:
        case sctpchunk::init_ack:
            if (left < 16) return false;
            k.init_tag = *c.be32();
            k.rwnd = *c.be32();
            k.outbound = *c.be16();
            k.inbound = *c.be16();
            k.initial_tsn = *c.be32();
            k.has_fields = true;
            w.remaining -= left;
            left = 0;
            return true;
        case sctpchunk::sack:
            if (left < 12) return false;
            k.cum_ack = *c.be32();
            k.rwnd = *c.be32();
            k.gap_count = *c.be16();
            k.dup_count = *c.be16();
            k.has_fields = true;
            w.remaining -= 12;
            left = static_cast<std::uint16_t>(left - 12);
            return sack_lists(w, c, left, k);
        default:
            w.remaining -= left;
            left = 0;
            return true;
    }
}

void walk_chunks(Walk& w, Cursor cursor) {
    SctpLayer& s = w.s;
    while (w.remaining != 0) {
        if (s.chunk_count == kMaxChunks) {
            s.stop = SctpStop::too_many;
            return;
        }
        if (w.remaining < kDescriptorLen) {
            s.stop = SctpStop::descriptor_cut;
            return;
        }
        auto descriptor = cursor.ahead(0).sub(kDescriptorLen);
        if (!descriptor) {
            s.stop = SctpStop::cut;
            return;
        }
        const std::uint8_t type = *descriptor->u8();
        const std::uint8_t flags = *descriptor->u8();
        const std::uint16_t length = *descriptor->be16();
        if (length < kDescriptorLen) {
            s.stop = SctpStop::length_small;
            s.stop_length = length;
            return;
        }
        const std::uint32_t align = (4U - length % 4U) % 4U;
        if (w.remaining < align) {
            s.stop = SctpStop::length_large;
            s.stop_length = length;
            return;
        }
        auto whole = cursor.sub(length);
        auto* k = whole ? w.d.frame.allocate_array<SctpChunk>(1) : nullptr;
        if (k == nullptr) {
            s.stop = SctpStop::cut;
            return;
        }
        if (w.last != nullptr) w.last->next = k;
        else s.first_chunk = k;
        w.last = k;
        ++s.chunk_count;
        k->type = type;
        k->flags = flags;
        k->length = length;
        whole->skip(kDescriptorLen);
        w.remaining -= kDescriptorLen;
        std::uint16_t left = length - kDescriptorLen;
        if (!chunk_fields(w, *whole, left, *k)) {
            k->bogus = true;
            s.stop = SctpStop::bogus;
            return;
        }
        w.remaining -= left;  // anything the chunk holds beyond its fields
        if (align != 0) {
            if (!cursor.skip(align)) {
                s.stop = SctpStop::cut;
                return;
            }
            w.remaining -= align;
        }
    }
}

}  // namespace

void decode_sctp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* s = d.frame.add<SctpLayer>(Presence::partial);
    if (s == nullptr) return;
    s->wire_len = wire_len;
    if (wire_len < kHeaderLen) {
        s->short_length = true;
        d.bad("sctp shorter than its header");
        return;
    }
    Cursor cursor(data);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        d.cut("sctp");
        return;
    }
    s->sport = *header->be16();
    s->dport = *header->be16();
    s->vtag = *header->be32();
    s->checksum = *header->be32();
    d.frame.set_presence(Presence::complete);
    Walk w{d, *s, wire_len - kHeaderLen};
    walk_chunks(w, cursor);
    switch (s->stop) {
        case SctpStop::end: break;
        case SctpStop::cut:
        case SctpStop::too_many:
            d.frame.set_presence(Presence::truncated);
            d.cut("sctp");
            break;
        default:
            d.frame.set_presence(Presence::malformed);
            d.bad("sctp chunk length");
            break;
    }
}

}  // namespace tapsniff
