// The one dispatch table: which decoder takes the bytes after a link header, an ethertype, an IP
// protocol number. Adding a protocol = its home, a row here, its tests.
#include <array>

#include "proto/arp/arp.hpp"
#include "proto/decoder.hpp"
#include "proto/ethernet/ethernet.hpp"
#include "proto/icmp/icmp.hpp"
#include "proto/icmp6/icmp6.hpp"
#include "proto/ipv4/ipv4.hpp"
#include "proto/ipv6/ipv6.hpp"
#include "proto/raw/raw.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/udp/udp.hpp"

namespace tapsniff {
namespace {

struct EthertypeRow {
    std::uint16_t type;
    DecodeFn decode;
};

constexpr auto kEthertypes = std::to_array<EthertypeRow>({
    {ethertype::ipv4, decode_ipv4},
    {ethertype::ipv6, decode_ipv6},
    {ethertype::arp, decode_arp},
    {ethertype::rarp, decode_arp},
});

// IP protocol numbers, indexed directly: this lookup is on every IP packet.
constexpr auto kIpProtocols = [] {
    std::array<DecodeFn, 256> t{};
    t[ipproto::icmp] = decode_icmp;
    t[ipproto::tcp] = decode_tcp;
    t[ipproto::udp] = decode_udp;
    t[ipproto::icmpv6] = decode_icmp6;
    return t;
}();

DecodeFn ethertype_decoder(std::uint16_t type) {
    for (const EthertypeRow& row : kEthertypes) {
        if (row.type == type) return row.decode;
    }
    return nullptr;
}

}  // namespace

bool has_ethertype_decoder(std::uint16_t type) { return ethertype_decoder(type) != nullptr; }

bool decode_ethertype(Decoder& d, std::uint16_t type, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = ethertype_decoder(type);
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

bool decode_ip_protocol(Decoder& d, std::uint8_t protocol, Bytes data, std::uint32_t wire_len) {
    DecodeFn decode = kIpProtocols[protocol];
    if (decode == nullptr) return false;
    decode(d, data, wire_len);
    return true;
}

void decode_frame(Bytes frame, std::uint32_t wire_len, LinkType link, const DecodeOptions& options,
                  DecodedFrame& out) {
    out.reset(frame, wire_len, link);
    Decoder d{out, options};
    switch (link) {
        case LinkType::ethernet:
            decode_ethernet(d, frame, wire_len);
            break;
        case LinkType::raw_ip:
            decode_raw_ip(d, frame, wire_len);
            break;
    }
}

}  // namespace tapsniff
