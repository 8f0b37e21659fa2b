// Kerberos (UDP 88, and 750 for v4): tcpdump names v5 messages by their first byte and prints
// Kerberos v4 requests, replies and errors field by field.
#pragma once

#include "proto/decoder.hpp"
#include "proto/pieces.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kKerberosPort = 88;
inline constexpr std::uint16_t kKerberosSecPort = 750;

struct KrbLayer {
    static const Protocol protocol;

    bool empty = false;        // nothing captured
    std::uint8_t first = 0;    // v4: the protocol version; v5: the ASN.1 application tag
    std::uint8_t v4_type = 0;  // v4: the message type (its low bit is the byte order)
    Pieces<24> text;           // what tcpdump prints, as the decoder found it
};

void decode_krb(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
