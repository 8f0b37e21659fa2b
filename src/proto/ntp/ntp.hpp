// NTP (RFC 5905) and its control messages (mode 6): tcpdump's print-ntp.c line at default
// verbosity ("NTPv4, Client, length 48") and version, mode, stratum for JSON.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace ntp_mode {
inline constexpr std::uint8_t control = 6, private_use = 7;
}  // namespace ntp_mode

struct NtpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;  // the UDP payload's length, as tcpdump prints it
    std::uint8_t leap = 0;
    std::uint8_t version = 0;
    std::uint8_t mode = 0;
    bool has_stratum = false;  // a time message (modes 0-5) whose second byte was captured
    std::uint8_t stratum = 0;
};

void decode_ntp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
