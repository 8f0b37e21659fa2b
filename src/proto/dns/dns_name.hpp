// Reading DNS names as tcpdump's print-domain.c does (ns_nskip, fqdn_print), for the DNS decoder.
#pragma once

#include <cstddef>
#include <optional>

#include "proto/dns/dns.hpp"

namespace tapsniff::dns {

// The byte at `off` of the message, or nullopt past the end of the capture.
[[nodiscard]] inline std::optional<std::uint8_t> byte_at(Bytes msg, std::size_t off) { return Cursor(msg).peek(off); }
// The big-endian 16/32-bit value at `off`, or nullopt.
[[nodiscard]] std::optional<std::uint16_t> be16_at(Bytes msg, std::size_t off);
[[nodiscard]] std::optional<std::uint32_t> be32_at(Bytes msg, std::size_t off);

// tcpdump's ns_nskip: the offset after the name at `off` (a compression pointer ends it), or
// nullopt when the name runs past the capture or has a label type it cannot skip.
[[nodiscard]] std::optional<std::size_t> skip_name(Bytes msg, std::size_t off);

// tcpdump's fqdn_print(cp, bp): writes the name at `cp` into `out` (its text in the frame's
// arena) and returns where tcpdump goes on after it (possibly past the capture), or nullopt
// when fqdn_print returns NULL. Compression pointers count from `base` and must point
// backwards, so every jump lands lower than the one before: a loop cannot last, and the bytes
// read add up to at most the message's length.
// A name tcpdump does not print at default verbosity (`printed` false: the owner of a record, a
// response's question), read only for JSON and the tree, stops after 255 characters or 128
// pointers (marked too long): a message of thousands of such names would otherwise take time
// in the square of its length.
std::optional<std::size_t> read_name(Decoder& d, Bytes msg, std::size_t cp, std::size_t base, DnsName& out,
                                     bool printed = true);

}  // namespace tapsniff::dns
