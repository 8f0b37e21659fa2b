// PTP (IEEE 1588; UDP 319 event, 320 general, or ethertype 0x88f7): tcpdump prints every field of a v2 header and the
// message's timestamps or announce fields, up to the first that was not captured.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kPtpEventPort = 319;
inline constexpr std::uint16_t kPtpGeneralPort = 320;
inline constexpr std::uint16_t kPtpEthertype = 0x88f7;  // PTP directly over Ethernet (IEEE 1588 annex F)

struct PtpLayer {
    static const Protocol protocol;

    std::uint32_t length = 0;     // the datagram's payload length
    std::size_t captured = 0;     // bytes of the message captured (tcpdump prints what fits)
    bool too_short = false;       // shorter than the 34-byte header ("(invalid)")
    std::uint8_t first = 0;       // transportSpecific and messageType
    std::uint8_t version = 0;     // the second byte, as tcpdump takes it
    std::uint16_t message_length = 0;
    std::uint8_t domain = 0;
    std::uint8_t reserved1 = 0;
    std::uint16_t flags = 0;
    std::uint64_t correction_ns = 0;
    std::uint16_t correction_subns = 0;
    std::uint32_t reserved2 = 0;
    std::uint64_t clock_identity = 0;
    std::uint16_t source_port = 0;
    std::uint16_t sequence_id = 0;
    std::uint8_t control = 0;
    std::uint8_t log_interval = 0;
    // The message body, field by field (what each message type has).
    std::uint64_t seconds = 0;
    std::uint32_t nanoseconds = 0;
    std::uint64_t port_identity = 0;    // a second port identity (requesting / target)
    std::uint16_t port_id = 0;
    std::uint16_t origin_cur_utc = 0;   // announce
    std::uint8_t announce_reserved = 0;
    std::uint8_t gm_priority1 = 0;
    std::uint8_t gm_clock_class = 0;
    std::uint8_t gm_clock_accuracy = 0;
    std::uint16_t gm_clock_variance = 0;
    std::uint8_t gm_priority2 = 0;
    std::uint64_t gm_clock_identity = 0;
    std::uint16_t steps_removed = 0;
    std::uint8_t time_source = 0;
    std::uint8_t body_first_byte = 0;   // management: tcpdump shows this byte four times

    [[nodiscard]] std::uint8_t message_type() const { return first & 0x0fU; }
};

void decode_ptp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
