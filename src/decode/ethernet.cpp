// Ethernet II / 802.3: addresses, VLAN tags, then the payload by ethertype.
#include "tapsniff/decode.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kAddressesLen = 12;
constexpr std::size_t kHeaderLen = 14;

MacAddress read_mac(Bytes six) {
    MacAddress mac{};
    for (std::size_t i = 0; i < mac.size(); ++i) mac[i] = byte_or_zero(six, i);
    return mac;
}

}  // namespace

void decode_ethernet(DecodedFrame& out) {
    Cursor cursor(out.bytes);
    if (!cursor.has(kHeaderLen)) {
        out.truncated = "ether";
        return;
    }
    out.ethernet.dst = read_mac(*cursor.bytes(6));
    out.ethernet.src = read_mac(*cursor.bytes(6));
    out.has_ethernet = true;

    // Like tcpdump, the lengths that follow count what is left after each header.
    std::uint32_t wire_left = out.wire_len > kAddressesLen ? out.wire_len - kAddressesLen : 0;
    std::uint16_t type = *cursor.be16();
    wire_left = wire_left >= 2 ? wire_left - 2 : 0;

    if (!decode_vlan_tags(cursor, wire_left, type, out)) return;
    out.ethertype = type;
    out.has_ethertype = true;

    Bytes payload = cursor.rest();
    if (type <= ethertype::max_length) {
        // An 802.3 length field: believe it only where it shortens what is there.
        if (type < wire_left) wire_left = type;
        if (payload.size() > wire_left) payload = payload.first(wire_left);
        out.payload = payload;
        out.payload_wire_len = wire_left;
        decode_llc(payload, wire_left, out);
        return;
    }
    out.payload = payload;
    out.payload_wire_len = wire_left;
    decode_by_ethertype(type, payload, wire_left, out);
}

void decode_by_ethertype(std::uint16_t type, Bytes payload, std::uint32_t wire_len, DecodedFrame& out) {
    switch (type) {
        case ethertype::arp:
        case ethertype::rarp:
            decode_arp(payload, wire_len, out);
            break;
        case ethertype::ipv4:
            decode_ipv4(payload, wire_len, out);
            break;
        case ethertype::ipv6:
            decode_ipv6(payload, wire_len, out);
            break;
        default:
            break;  // printed as an ethertype with its payload in hex
    }
}

}  // namespace tapsniff
