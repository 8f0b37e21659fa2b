// ISAKMP / IKE (RFC 2408, 7296; UDP 500, and 7500/8500 as tcpdump does) and its UDP encapsulation
// with ESP on 4500 (RFC 3948). At default verbosity tcpdump prints the header: phase, who sent it
// (from a cache of initiator cookies), the exchange type and flags.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kIsakmpPort = 500;
inline constexpr std::uint16_t kIsakmpNattPort = 4500;
inline constexpr std::uint16_t kIsakmpUser1Port = 7500;
inline constexpr std::uint16_t kIsakmpUser2Port = 8500;

struct IsakmpLayer {
    static const Protocol protocol;

    std::array<std::uint8_t, 8> initiator_cookie{};
    std::array<std::uint8_t, 8> responder_cookie{};
    std::uint8_t next_payload = 0;
    std::uint8_t version = 0;
    std::uint8_t exchange_type = 0;
    std::uint8_t flags = 0;
    std::uint32_t message_id = 0;
    std::uint32_t length_field = 0;
    char role = '?';  // IKEv1: 'I' initiator, 'R' responder, '?' unknown

    [[nodiscard]] unsigned major() const { return version >> 4U; }
    [[nodiscard]] unsigned minor() const { return version & 0x0fU; }
};

// RFC 3948 on port 4500: a keep-alive, IKE after four zero bytes, or ESP.
enum class IsakmpEncap : std::uint8_t { keepalive, cut, ike, esp };

struct IsakmpNattLayer {
    static const Protocol protocol;

    IsakmpEncap kind = IsakmpEncap::cut;
};

void decode_isakmp(Decoder& d, Bytes data, std::uint32_t wire_len);
void decode_isakmp_natt(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
