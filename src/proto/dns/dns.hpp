// DNS (RFC 1035) over UDP and TCP, and mDNS (RFC 6762): the message as tcpdump's print-domain.c
// reads it at default verbosity, names decoded into text in the frame's arena.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace dns_type {
inline constexpr std::uint16_t a = 1, ns = 2, cname = 5, soa = 6, ptr = 12, mx = 15, txt = 16, aaaa = 28,
                               srv = 33, a6 = 38, dname = 39, opt = 41, unspeca = 104, tsig = 250, uri = 256;
}  // namespace dns_type

namespace dns_class {
inline constexpr std::uint16_t in = 1;
inline constexpr std::uint16_t mdns_bit = 0x8000;  // QU in a question, cache flush in a record
}  // namespace dns_class

// tcpdump's names: ns_type2str, ns_class2str, edns_opt2str ...; nullptr when there is none.
const char* dns_type_name(std::uint16_t type);
const char* dns_class_name(std::uint16_t klass);
const char* dns_edns_option_name(std::uint16_t code);
const char* dns_dau_name(std::uint8_t alg);
const char* dns_dhu_name(std::uint8_t alg);
const char* dns_n3u_name(std::uint8_t alg);

// How tcpdump's fqdn_print ended: in full, returning NULL (the caller prints " [|domain]", or,
// for an EDNS CHAIN option, goes on), or by reading past the capture (the line ends there).
enum class DnsNameEnd : std::uint8_t { ok, fail, cut };
// What fqdn_print writes after the name's characters.
enum class DnsNameMark : std::uint8_t { none, bad_ptr, elt, bad_label_type, too_long };

struct DnsName {
    // The characters tcpdump prints, before its fn_print escaping: each label's bytes and a '.'
    // after it ("." alone for the root), bit-string labels as "\[x.../N]". In the frame's arena.
    std::string_view text = {};
    // The same characters as tshark shows them (its format_text: UTF-8 kept, control characters
    // as C escapes), only when that differs from `text`.
    std::string_view display = {};
    DnsNameEnd end = DnsNameEnd::ok;
    DnsNameMark mark = DnsNameMark::none;
    std::uint8_t elt = 0;  // the extended label type behind "<ELT n>"

    // The name as tshark shows it: no trailing dot, the root as "<Root>".
    [[nodiscard]] std::string_view shown() const;
};

// The 16 bytes tcpdump pads an EDNS client subnet to.
struct DnsEcs {
    bool valid = false;
    std::uint16_t family = 0;
    std::uint8_t source = 0;
    std::uint8_t scope = 0;
    Ipv6Address address{};  // the first 4 bytes for IPv4
};

// How far tcpdump's eopt_print got with one option.
enum class DnsOptEnd : std::uint8_t {
    ok,
    code_cut,  // its code was not captured: nothing printed, then " [|domain]"
    len_cut,   // its name printed, its length or data not captured
    name_cut,  // CHAIN: the name read past the capture
};

struct DnsEdnsOption {
    std::uint16_t code = 0;
    std::uint16_t len = 0;
    DnsOptEnd end = DnsOptEnd::ok;
    Bytes data = {};                       // printed as hex, algorithm names, characters
    std::uint32_t number = 0;              // KEEPALIVE, EXPIRE
    DnsEcs ecs;                            // ECS
    const std::uint16_t* tags = nullptr;   // KEY-TAG values, len / 2 of them
    DnsName chain;                         // CHAIN
};

// How tcpdump's ns_rprint ended for a record.
enum class DnsRecordEnd : std::uint8_t {
    ok,           // printed in full; the next record follows
    skipped,      // its name or fixed part was not captured: nothing printed, tcpdump stops there
    rdata_cut,    // its type printed, its data reaches past the capture: " [|domain]"
    failed,       // its data printed in part (as far as the fields below say), then " [|domain]"
};

struct DnsRecord {
    DnsName name;
    std::uint16_t type = 0;
    std::uint16_t klass = 0;  // as on the wire (mDNS cache-flush bit included)
    std::uint32_t ttl = 0;
    std::uint16_t rdlen = 0;
    DnsRecordEnd end = DnsRecordEnd::ok;
    bool fixed_cut = false;  // the data's fixed part (address, preference, SRV numbers, URI ...) was cut
    Ipv6Address address{};   // A (first 4 bytes), AAAA, A6's suffix
    std::array<std::uint16_t, 3> num{};  // MX preference; SRV priority, weight, port; URI priority, weight; A6 prefix
    std::uint16_t opt_flags = 0;       // OPT: the flags half of the TTL field
    DnsName target;          // NS, CNAME, PTR, DNAME, MX, SRV, A6
    Bytes raw = {};          // URI target, UNSPECA text
    bool raw_cut = false;    // URI whose length < 4: tcpdump prints to the end of the capture
    // TXT: its strings (the last one may be cut); OPT: its options.
    const Bytes* strings = nullptr;
    std::uint16_t string_count = 0;
    bool last_string_cut = false;
    const DnsEdnsOption* options = nullptr;
    std::uint16_t option_count = 0;
};

struct DnsQuestion {
    DnsName name;
    std::uint16_t type = 0;
    std::uint16_t klass = 0;  // as on the wire (mDNS QU bit included)
    bool complete = false;    // the name and type/class were captured (tcpdump's ns_nskip + 4)
};

enum class DnsStatus : std::uint8_t {
    ok,
    tcp_short,        // a TCP payload of fewer than 2 bytes: " [DNS over TCP: length N < 2] (invalid)"
    tcp_prefix_cut,   // the TCP length prefix was not captured
    tcp_prefix_bad,   // the prefix is not the payload's length: " [prefix length(P) != length(N)] (invalid)"
    short_length,     // fewer than 12 bytes: "domain [length N < 12] (invalid)"
    header_cut,       // the 12-byte header was not captured
};

inline constexpr std::size_t kMaxDnsEntries = 1024;  // questions, and answers, kept per message

struct DnsLayer {
    static const Protocol protocol;

    DnsStatus status = DnsStatus::ok;
    bool over_tcp = false;
    bool mdns = false;
    std::uint16_t tcp_prefix = 0;
    std::uint32_t length = 0;  // the message's length as tcpdump prints it (" (N)")
    std::uint16_t id = 0;
    std::uint16_t flags = 0;
    std::uint16_t qdcount = 0;
    std::uint16_t ancount = 0;
    std::uint16_t nscount = 0;
    std::uint16_t arcount = 0;
    std::uint16_t rcode = 0;  // with the OPT record's extended bits, as tcpdump prints it
    // A query: the questions tcpdump prints. A response: every question that was captured.
    const DnsQuestion* qd = nullptr;
    std::uint16_t qd_count = 0;
    // A response: the answers tcpdump prints. A query: the answers that were captured.
    const DnsRecord* an = nullptr;
    std::uint16_t an_count = 0;
    std::uint16_t qd_commas = 0;  // a response: tcpdump prints a ',' for each question it skips after the first
    bool qd_skip_cut = false;  // a response whose questions tcpdump could not skip: " [|domain]" first
    bool text_cut = false;     // tcpdump ends the line with " [|domain]" after what it printed

    [[nodiscard]] bool response() const { return (flags & 0x8000U) != 0; }
    [[nodiscard]] unsigned opcode() const { return (flags >> 11U) & 0xfU; }
};

// tcpdump's text for the message (dns_text.cpp).
void dns_text(const TextContext& t, std::size_t index);

void decode_dns(Decoder& d, Bytes data, std::uint32_t wire_len);       // UDP port 53
void decode_mdns(Decoder& d, Bytes data, std::uint32_t wire_len);      // UDP port 5353
void decode_dns_tcp(Decoder& d, Bytes data, std::uint32_t wire_len);   // TCP port 53

}  // namespace tapsniff
