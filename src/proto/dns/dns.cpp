// DNS: tcpdump's value names (print-domain.c's tables) and the field description behind JSON and
// the -v tree (tshark's dns.* fields).
#include "proto/dns/dns.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "render/fields.hpp"

namespace tapsniff {
namespace {

using Name = std::pair<std::uint16_t, const char*>;

template <std::size_t N>
const char* lookup(const std::array<Name, N>& table, std::uint16_t v) {
    auto it = std::find_if(table.begin(), table.end(), [v](const Name& n) { return n.first == v; });
    return it == table.end() ? nullptr : it->second;
}

// ns_type2str
constexpr auto kTypes = std::to_array<Name>({
    {1, "A"},        {2, "NS"},        {3, "MD"},        {4, "MF"},          {5, "CNAME"},   {6, "SOA"},
    {7, "MB"},       {8, "MG"},        {9, "MR"},        {10, "NULL"},       {11, "WKS"},    {12, "PTR"},
    {13, "HINFO"},   {14, "MINFO"},    {15, "MX"},       {16, "TXT"},        {17, "RP"},     {18, "AFSDB"},
    {19, "X25"},     {20, "ISDN"},     {21, "RT"},       {22, "NSAP"},       {23, "NSAP_PTR"}, {24, "SIG"},
    {25, "KEY"},     {26, "PX"},       {27, "GPOS"},     {28, "AAAA"},       {29, "LOC"},    {30, "NXT"},
    {31, "EID"},     {32, "NIMLOC"},   {33, "SRV"},      {34, "ATMA"},       {35, "NAPTR"},  {36, "KX"},
    {37, "CERT"},    {38, "A6"},       {39, "DNAME"},    {40, "SINK"},       {41, "OPT"},    {42, "APL"},
    {43, "DS"},      {44, "SSHFP"},    {45, "IPSECKEY"}, {46, "RRSIG"},      {47, "NSEC"},   {48, "DNSKEY"},
    {99, "SPF"},     {100, "UINFO"},   {101, "UID"},     {102, "GID"},       {103, "UNSPEC"}, {104, "UNSPECA"},
    {249, "TKEY"},   {250, "TSIG"},    {251, "IXFR"},    {252, "AXFR"},      {253, "MAILB"}, {254, "MAILA"},
    {255, "ANY"},    {256, "URI"},
});

// ns_class2str
constexpr auto kClasses = std::to_array<Name>({{1, "IN"}, {3, "CHAOS"}, {4, "HS"}, {255, "ANY"}});

// edns_opt2str
constexpr auto kEdnsOptions = std::to_array<Name>({
    {1, "LLQ"},     {2, "UL"},        {3, "NSID"},     {5, "DAU"},      {6, "DHU"},      {7, "N3U"},
    {8, "ECS"},     {9, "EXPIRE"},    {10, "COOKIE"},  {11, "KEEPALIVE"}, {12, "PADDING"}, {13, "CHAIN"},
    {14, "KEY-TAG"}, {16, "CLIENT-TAG"}, {17, "SERVER-TAG"},
});

// dau_alg2str, dhu_alg2str, n3u_alg2str
constexpr auto kDau = std::to_array<Name>({
    {0, "DELETE"},          {1, "RSAMD5"},          {2, "DH"},         {3, "DS"},        {5, "RSASHA1"},
    {6, "DSA-NSEC3-SHA1"},  {7, "RSASHA1-NSEC3-SHA1"}, {8, "RSASHA256"}, {10, "RSASHA512"}, {12, "ECC-GOST"},
    {13, "ECDSAP256SHA256"}, {14, "ECDSAP384SHA384"}, {15, "ED25519"},  {16, "ED448"},     {252, "INDIRECT"},
    {253, "PRIVATEDNS"},    {254, "PRIVATEOID"},
});
constexpr auto kDhu = std::to_array<Name>({{1, "SHA-1"}, {2, "SHA-256"}, {3, "GOST_R_34.11-94"}, {4, "SHA-384"}});
constexpr auto kN3u = std::to_array<Name>({{1, "SHA-1"}});

// tshark's names for the tree.
constexpr auto kOpcodes = std::to_array<Name>({{0, "Standard query"}, {1, "Inverse query"}, {2, "Server status request"},
                                               {4, "Zone change notification"}, {5, "Dynamic update"}});
constexpr auto kRcodes = std::to_array<Name>({{0, "No error"}, {1, "Format error"}, {2, "Server failure"},
                                              {3, "No such name"}, {4, "Not implemented"}, {5, "Refused"}});

const char* type_name(std::uint64_t v) { return dns_type_name(static_cast<std::uint16_t>(v)); }
const char* class_name(std::uint64_t v) { return dns_class_name(static_cast<std::uint16_t>(v)); }
const char* opcode_name(std::uint64_t v) { return lookup(kOpcodes, static_cast<std::uint16_t>(v)); }
const char* rcode_name(std::uint64_t v) { return lookup(kRcodes, static_cast<std::uint16_t>(v)); }
const char* qr_name(std::uint64_t v) { return v != 0 ? "Message is a response" : "Message is a query"; }

constexpr Field kId{"id", ""};
constexpr Field kTreeId{"", "Transaction ID", 4};
constexpr Field kQr{"qr", "Response", 0, qr_name};
constexpr Field kOpcode{"opcode", "Opcode", 0, opcode_name};
constexpr Field kRcode{"rcode", "Reply code", 0, rcode_name};
constexpr Field kQdcount{"", "Questions"};
constexpr Field kAncount{"", "Answer RRs"};
constexpr Field kTreeNs{"", "Authority RRs"};
constexpr Field kTreeAr{"", "Additional RRs"};
constexpr Field kNs{"ns", ""};  // JSON keeps the contract's order: counts after the lists
constexpr Field kAr{"ar", ""};
constexpr Field kQueries{"qd", "Query"};
constexpr Field kAnswers{"an", "Answer"};
constexpr Field kName{"name", "Name"};
constexpr Field kType{"type", "Type", 0, type_name};
constexpr Field kClass{"class", ""};
constexpr Field kTtl{"ttl", "Time to live"};
constexpr Field kData{"data", "Data"};
constexpr Field kTreeClass{"", "Class", 4, class_name};
constexpr Field kLength{"", "Data length"};

}  // namespace

const char* dns_type_name(std::uint16_t type) { return lookup(kTypes, type); }
const char* dns_class_name(std::uint16_t klass) { return lookup(kClasses, klass); }
const char* dns_edns_option_name(std::uint16_t code) { return lookup(kEdnsOptions, code); }
const char* dns_dau_name(std::uint8_t alg) { return lookup(kDau, alg); }
const char* dns_dhu_name(std::uint8_t alg) { return lookup(kDhu, alg); }
const char* dns_n3u_name(std::uint8_t alg) { return lookup(kN3u, alg); }

std::string_view DnsName::shown() const {
    std::string_view s = display.empty() ? text : display;
    if (s == ".") return "<Root>";
    if (mark == DnsNameMark::none && end == DnsNameEnd::ok && !s.empty() && s.back() == '.') s.remove_suffix(1);
    return s;
}

template <class W>
void describe(const DnsLayer& m, W& w) {
    w.num(kId, m.id);
    w.num(kTreeId, m.id);
    w.num(kQr, m.response() ? 1 : 0);
    w.num(kOpcode, m.opcode());
    w.num(kRcode, m.flags & 0xfU);
    w.num(kQdcount, m.qdcount);
    w.num(kAncount, m.ancount);
    w.num(kTreeNs, m.nscount);
    w.num(kTreeAr, m.arcount);
    // The questions and answers that were read whole.
    w.begin_list(kQueries);
    for (std::size_t i = 0; i < m.qd_count; ++i) {
        const DnsQuestion& q = m.qd[i];
        if (!q.complete || q.name.end != DnsNameEnd::ok) continue;
        w.begin_item(kQueries);
        w.str(kName, q.name.shown());
        w.num(kType, q.type);
        const unsigned klass = m.mdns ? (q.klass & ~dns_class::mdns_bit) : q.klass;
        w.num(kClass, klass);
        w.num(kTreeClass, klass);
        w.end_item(kQueries);
    }
    w.end_list(kQueries);
    w.begin_list(kAnswers);
    for (std::size_t i = 0; i < m.an_count; ++i) {
        const DnsRecord& r = m.an[i];
        if (r.end != DnsRecordEnd::ok) continue;
        w.begin_item(kAnswers);
        w.str(kName, r.name.shown());
        w.num(kType, r.type);
        w.num(kTreeClass, m.mdns ? (r.klass & ~dns_class::mdns_bit) : r.klass);
        w.num(kTtl, r.ttl);
        w.num(kLength, r.rdlen);
        // The data as tshark shows it: only what the record's length covers.
        if (r.type == dns_type::a && r.rdlen >= 4) {
            w.ipv4(kData, Ipv4Address{r.address[0], r.address[1], r.address[2], r.address[3]});
        } else if (r.type == dns_type::aaaa && r.rdlen >= 16) {
            w.ipv6(kData, r.address);
        } else if ((r.type == dns_type::cname || r.type == dns_type::ptr || r.type == dns_type::ns) && r.rdlen > 0) {
            w.str(kData, r.target.shown());
        }
        w.end_item(kAnswers);
    }
    w.end_list(kAnswers);
    w.num(kNs, m.nscount);
    w.num(kAr, m.arcount);
}

const Protocol DnsLayer::protocol = make_protocol<DnsLayer>("dns", "dns", "Domain Name System", dns_text);

}  // namespace tapsniff
