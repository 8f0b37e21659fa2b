// ARP and RARP (RFC 826, RFC 903, RFC 2390): any hardware/protocol type and address lengths.
#include "tapsniff/decode.hpp"

namespace tapsniff {

void decode_arp(Bytes payload, std::uint32_t wire_len, DecodedFrame& out) {
    Cursor cursor(payload);
    ArpPacket& arp = out.arp;
    arp.whole = payload;
    arp.length = wire_len;
    auto htype = cursor.be16();
    auto ptype = cursor.be16();
    auto hlen = cursor.u8();
    auto plen = cursor.u8();
    auto op = cursor.be16();
    if (!op) {  // the fixed 8-byte header is cut short
        out.truncated = "arp";
        return;
    }
    arp.htype = *htype;
    arp.ptype = *ptype;
    arp.hlen = *hlen;
    arp.plen = *plen;
    arp.op = *op;
    out.has_arp = true;
    if (arp.hlen == 0) out.malformed = "arp hlen 0";
    else if (arp.plen == 0) out.malformed = "arp plen 0";

    // The address lengths come from the wire; each read is checked against what was captured.
    auto sha = cursor.bytes(arp.hlen);
    auto spa = sha ? cursor.bytes(arp.plen) : std::nullopt;
    auto tha = spa ? cursor.bytes(arp.hlen) : std::nullopt;
    auto tpa = tha ? cursor.bytes(arp.plen) : std::nullopt;
    if (!tpa) {
        out.truncated = "arp";
        return;
    }
    arp.sha = *sha;
    arp.spa = *spa;
    arp.tha = *tha;
    arp.tpa = *tpa;
}

}  // namespace tapsniff
