// BOOTP (RFC 951) and DHCP (RFC 2131): tcpdump's print-bootp.c line at default verbosity, and
// the fixed header and option codes for JSON (tshark's dhcp.* fields).
#pragma once

#include <array>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace bootp {
inline constexpr std::uint8_t request = 1, reply = 2;
inline constexpr std::uint8_t opt_pad = 0, opt_message_type = 53, opt_end = 255;
}  // namespace bootp

// How far tcpdump's bootp_print got before the capture ended.
enum class BootpStatus : std::uint8_t {
    ok,
    op_cut,      // not even the op byte: " [|bootp]" alone
    hw_cut,      // "BOOTP/DHCP, Request [|bootp]": htype/hlen not captured
    chaddr_cut,  // an Ethernet request whose client address was not captured
};

struct BootpLayer {
    static const Protocol protocol;

    BootpStatus status = BootpStatus::ok;
    std::uint32_t length = 0;  // the UDP payload's length, as tcpdump prints it
    std::uint8_t op = 0;
    std::uint8_t htype = 0;
    std::uint8_t hlen = 0;
    std::uint8_t hops = 0;
    std::uint32_t xid = 0;
    std::uint16_t secs = 0;
    std::uint16_t flags = 0;
    Ipv4Address ciaddr{};
    Ipv4Address yiaddr{};
    Ipv4Address siaddr{};
    Ipv4Address giaddr{};
    std::array<std::uint8_t, 16> chaddr{};
    bool fixed_complete = false;  // the 236-byte fixed header was captured
    bool has_cookie = false;      // the DHCP magic cookie 99.130.83.99 follows it
    bool has_msg_type = false;
    std::uint8_t msg_type = 0;    // option 53
    const std::uint8_t* options = nullptr;  // option codes in order, without Pad and End
    std::uint16_t option_count = 0;

    [[nodiscard]] bool ethernet_address() const { return htype == 1 && hlen == 6; }
};

void decode_bootp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
