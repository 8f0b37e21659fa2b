// --respond: a virtual neighbour host that answers ARP, neighbour solicitations and pings.
#pragma once

#include <array>
#include <memory>
#include <span>
#include <cstdint>
#include <string_view>
#include <vector>

#include "tapsniff/decoded.hpp"
#include "tapsniff/error.hpp"

namespace tapsniff {

struct EthernetLayer;
struct ArpLayer;
struct Ipv4Layer;
struct IcmpLayer;
struct Ipv6Layer;
struct Icmp6Layer;

struct Neighbor {
    int family = 0;                      // AF_INET or AF_INET6
    std::array<std::uint8_t, 16> ip{};  // first 4 bytes for IPv4
    MacAddress mac{};
};

// Parses "IP[=MAC]". Without a MAC, one is derived from the IP: a locally administered unicast
// address, 02:00 + the four IPv4 bytes, or 06:00 + the last four bytes of an IPv6 address, so
// it stays the same from run to run and two neighbours of one run rarely share it.
Result<Neighbor> parse_neighbor(std::string_view spec);

class FrameBuilder;
class Reassembler;
struct Request;

class Responder {
public:
    static constexpr unsigned kMinimumMtu = 1280;  // IPv6's minimum link MTU
    static constexpr unsigned kMaximumMtu = 65521; // the largest a TAP takes

    // `mtu`: the link's MTU, the largest IP datagram a reply may be before it is fragmented.
    explicit Responder(std::vector<Neighbor> neighbors, unsigned mtu = 1500);
    Responder(Responder&&) noexcept;
    Responder& operator=(Responder&&) noexcept;
    ~Responder();

    // The Ethernet frames to send back for `request`: none if no neighbour should answer it (not
    // addressed to one, malformed, bad checksum, broadcast ping, a fragment of a datagram not yet
    // complete ...), one, or the fragments of one reply. `now` times out unfinished reassembly.
    // The views stay valid until the next call.
    std::span<const Bytes> replies_to(const DecodedFrame& request, Timestamp now);
    // The first of them (or nothing), for a request that is not a fragment.
    Bytes reply_to(const DecodedFrame& request);

private:
    std::vector<std::byte>& next_frame();
    void arp_reply(const Request& r, const Neighbor& self);
    void neighbor_advertisement(const Request& r, const Neighbor& self);
    void echo_v4(const Request& r, const Neighbor& self, Timestamp now);
    void echo_v6_fragment(const Request& r, const Neighbor& self, Timestamp now);
    void echo_v6(const Request& r, const Neighbor& self, Bytes request);
    static void ipv6_header(FrameBuilder& f, const Ipv6Address& src, const Ipv6Address& dst, std::uint8_t hop_limit,
                            std::uint8_t next, std::uint16_t payload_len);

    static constexpr std::uint8_t kNdHopLimit = 255;  // RFC 4861: ND messages must carry 255

    std::vector<Neighbor> neighbors_;
    unsigned mtu_;
    std::vector<std::vector<std::byte>> frames_;  // reply frames; capacity kept across replies
    std::size_t used_ = 0;
    std::vector<Bytes> views_;
    std::vector<std::byte> scratch_;              // a reply's ICMP message being built
    std::unique_ptr<Reassembler> reassembler_;
    std::uint32_t next_fragment_id_ = 1;
};

}  // namespace tapsniff
