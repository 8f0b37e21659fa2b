// Telnet (RFC 854) on TCP port 23: the commands and option negotiations at the start of a segment,
// as tcpdump 4.99.3's print-telnet.c shows them (" [telnet DO ECHO, WILL NAWS]"); text is not shown.
#pragma once

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace tcp_port {
inline constexpr std::uint16_t telnet = 23;
}  // namespace tcp_port

namespace telnet_cmd {
inline constexpr std::uint8_t se = 240, sb = 250, will = 251, wont = 252, do_ = 253, dont = 254, iac = 255;
}  // namespace telnet_cmd

struct TelnetCommand {
    std::uint8_t command = 0;  // the byte after IAC (IAC itself for an escaped 0xff)
    std::uint8_t option = 0;   // WILL/WONT/DO/DONT/SB: the option
    std::uint8_t named = 0;    // SB: how many of `sub`'s first bytes tcpdump names (0-2)
    Bytes sub;                 // SB: the bytes between the option and IAC SE
};

struct TelnetLayer {
    static const Protocol protocol;
    static constexpr std::uint32_t kMaxCommands = 8192;  // more are not kept (a segment of IACs)

    const TelnetCommand* commands = nullptr;  // in the frame's arena
    std::uint32_t count = 0;
    bool cut = false;  // the capture ended inside a command: " [|telnet]" instead of "]"
};

void decode_telnet(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
