// TCP (RFC 9293): header checks and options in the order tcpdump's tcp_print reads them.
#pragma once

#include <array>

#include "proto/arena_list.hpp"
#include "proto/decoder.hpp"
#include "proto/protocol.hpp"
#include "proto/tcp/mptcp.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

namespace tcp_flag {
inline constexpr std::uint8_t fin = 0x01, syn = 0x02, rst = 0x04, psh = 0x08, ack = 0x10, urg = 0x20, ece = 0x40,
                              cwr = 0x80;
}  // namespace tcp_flag

// tcpdump's letters for the flags, lowest bit first: "S." is SYN+ACK.
inline constexpr std::string_view kTcpFlagLetters = "FSRP.UEW";

namespace tcp_option {
inline constexpr std::uint8_t eol = 0, nop = 1, mss = 2, wscale = 3, sack_ok = 4, sack = 5, echo = 6,
                              echo_reply = 7, timestamp = 8, cc = 11, cc_new = 12, cc_echo = 13, md5 = 19,
                              scps = 20, uto = 28, tcp_ao = 29, mptcp = 30, fastopen = 34, experiment = 254;
// Data bytes an option of this kind has before its value is printed (0: as many as its length says).
std::size_t fixed_data_len(std::uint8_t kind);
}  // namespace tcp_option

// How an option ended: read in full, cut by the capture, a length field < 2 or beyond the header
// (bad_len, found before the option is named), or data claimed beyond the header (bad).
enum class TcpOptEnd : std::uint8_t { ok, cut, bad_len, bad };

struct TcpOption {
    std::uint8_t kind = 0;
    std::uint8_t len = 0;            // length field (1 for EOL/NOP)
    TcpOptEnd end = TcpOptEnd::ok;
    std::uint8_t data_ok = 0;        // data bytes that were there to read
    // Decoded numbers: mss, wscale, TS val/ecr, SACK edges, the experiment's magic, SCPS
    // capabilities and id, TCP-AO key ids ...
    std::array<std::uint32_t, 8> value{};
    Bytes data;                      // the option data that was captured
    MptcpOption mptcp;               // kind 30, read in full: what tcpdump's mptcp_print shows
};

enum class TcpStatus : std::uint8_t {
    ok,
    ports_cut,       // fewer than 4 bytes captured
    header_cut,      // fewer than 20 bytes captured
    offset_short,    // data offset < 5
    offset_long,     // header longer than the segment
};

inline constexpr std::size_t kMaxTcpOptions = 40;  // 40 option bytes of NOPs at most

struct TcpLayer {
    static const Protocol protocol;

    std::uint16_t sport = 0;
    std::uint16_t dport = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t data_offset = 0;    // in 32-bit words
    std::uint8_t flags = 0;
    std::uint16_t window = 0;
    std::uint16_t checksum_field = 0;
    std::uint16_t urgent = 0;
    std::uint32_t ip_len = 0;        // bytes the IP layer says belong to TCP
    std::uint32_t available = 0;     // captured bytes of the segment
    TcpStatus status = TcpStatus::ok;
    // In the arena, as many as the header has (a frame carries one or two of the 40 it might:
    // room for all 40 in every TCP layer was 4.5 KiB a segment).
    ArenaList<TcpOption> options;
    bool options_cut = false;        // the capture ended where the next option's kind/length was
    bool options_bad = false;        // an option length < 2 or beyond the header
    Checksum checksum;
    Bytes payload;                   // captured bytes after the header
    // What the text prints: relative to the conversation's first numbers as tcpdump does by
    // default, or as on the wire (-S, or no ACK flag).
    std::uint32_t seq_shown = 0;
    std::uint32_t ack_shown = 0;
    std::uint32_t sack_base = 0;     // subtracted from SACK edges

    [[nodiscard]] unsigned header_len() const { return data_offset * 4U; }
};

void decode_tcp(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
