// ARP and RARP decoder: Ethernet-style layouts, Frame Relay DLCIs and RFC 2225's ATMARP layout.
#include <optional>

#include "proto/arp/arp.hpp"

namespace tapsniff {

namespace {

// print-fr.c's parse_q922_header over a Frame Relay hardware address (captured in full): a 2, 3
// or 4 byte Q.922 address, each byte's low bit saying whether it is the last.
Q922Address q922(Bytes address) {
    Q922Address q;
    Cursor c(address);
    auto b0 = c.u8();
    if (!b0) return q;  // linkaddr_string says "<empty>" before it gets here
    if ((*b0 & 0x01U) != 0) {
        q.kind = Q922Address::Kind::invalid;
        return q;
    }
    q.kind = Q922Address::Kind::truncated;
    auto b1 = c.u8();
    if (!b1) return q;
    q.dlci = ((*b0 & 0xfcU) << 2U) | ((*b1 & 0xf0U) >> 4U);
    if ((*b1 & 0x01U) == 0) {
        auto last = c.u8();
        if (!last) return q;
        if ((*last & 0x01U) == 0) {  // a 4-byte address: seven more bits here, six in the last
            q.dlci = (q.dlci << 7U) | (*last >> 1U);
            last = c.u8();
            if (!last) return q;
            if ((*last & 0x01U) == 0) {
                q.kind = Q922Address::Kind::invalid;
                return q;
            }
        }
        q.dlci = (q.dlci << 6U) | (*last >> 2U);
    }
    q.kind = Q922Address::Kind::dlci;
    return q;
}

// RFC 2225's layout: four more type/length bytes, then six variable fields.
void decode_atmarp(Decoder& d, Cursor& cursor, ArpLayer& arp) {
    arp.atm = true;
    AtmArpLengths& l = arp.atm_lengths;
    l.shtl = arp.hlen;
    l.sstl = arp.plen;
    auto rest = cursor.sub(4);
    if (!rest) {
        d.frame.set_presence(Presence::truncated);
        d.cut("arp");
        return;
    }
    l.spln = *rest->u8();
    l.thtl = *rest->u8();
    l.tstl = *rest->u8();
    l.tpln = *rest->u8();
    l.read = true;
    constexpr std::uint8_t kLength = AtmArpLengths::kLength;
    auto sha = cursor.bytes(l.shtl & kLength);
    auto ssa = sha ? cursor.bytes(l.sstl & kLength) : std::nullopt;
    auto spa = ssa ? cursor.bytes(l.spln) : std::nullopt;
    auto tha = spa ? cursor.bytes(l.thtl & kLength) : std::nullopt;
    auto tsa = tha ? cursor.bytes(l.tstl & kLength) : std::nullopt;
    auto tpa = tsa ? cursor.bytes(l.tpln) : std::nullopt;
    if (!tpa) {
        d.frame.set_presence(Presence::truncated);
        d.cut("arp");
        return;
    }
    arp.has_addresses = true;
    arp.sha = *sha;
    arp.ssa = *ssa;
    arp.spa = *spa;
    arp.tha = *tha;
    arp.tsa = *tsa;
    arp.tpa = *tpa;
}

}  // namespace

void decode_arp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* arp = d.frame.add<ArpLayer>(Presence::partial);
    if (arp == nullptr) return;
    arp->whole = data;
    arp->length = wire_len;
    Cursor cursor(data);
    auto header = cursor.sub(8);
    if (!header) {  // the fixed 8-byte header is cut short
        d.cut("arp");
        return;
    }
    arp->htype = *header->be16();
    arp->ptype = *header->be16();
    arp->hlen = *header->u8();
    arp->plen = *header->u8();
    arp->op = *header->be16();
    d.frame.set_presence(Presence::complete);
    if (arp->htype == arp_hardware::atm) {
        decode_atmarp(d, cursor, *arp);
        return;
    }
    if (arp->hlen == 0 || arp->plen == 0) {
        d.frame.set_presence(Presence::malformed);
        d.bad(arp->hlen == 0 ? "arp hlen 0" : "arp plen 0");
    }
    // The address lengths come from the wire; each read is checked against what was captured.
    auto sha = cursor.bytes(arp->hlen);
    auto spa = sha ? cursor.bytes(arp->plen) : std::nullopt;
    auto tha = spa ? cursor.bytes(arp->hlen) : std::nullopt;
    auto tpa = tha ? cursor.bytes(arp->plen) : std::nullopt;
    if (!tpa) {
        d.frame.set_presence(Presence::truncated);
        d.cut("arp");
        return;
    }
    arp->has_addresses = true;
    arp->sha = *sha;
    arp->spa = *spa;
    arp->tha = *tha;
    arp->tpa = *tpa;
    if (arp->htype == arp_hardware::frame_relay) {
        arp->sha_dlci = q922(arp->sha);
        arp->tha_dlci = q922(arp->tha);
    }
}

bool ArpLayer::ipv4_addresses() const {
    return (atm ? atm_lengths.spln == 4 && atm_lengths.tpln == 4 : plen == 4) && ptype == ethertype::ipv4;
}

}  // namespace tapsniff
