// IEEE 802.1X EAP over LAN (ethertype 0x888e).
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace eapol {
inline constexpr std::uint16_t kEthertype = 0x888e;
inline constexpr std::uint8_t kTypePacket = 0;
}  // namespace eapol

struct EapolLayer {
    static const Protocol protocol;

    std::uint8_t version = 0;
    std::uint8_t type = 0;
    std::uint16_t length = 0;  // the body length the header announces
    // The EAP packet header of an "EAP packet" body, when captured.
    bool has_eap = false;
    std::uint8_t eap_code = 0;
    std::uint8_t eap_id = 0;
    std::uint16_t eap_length = 0;
    bool has_eap_type = false;
    std::uint8_t eap_type = 0;
};

void decode_eapol(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
