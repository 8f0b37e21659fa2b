// IPv4: decoder, tcpdump text (print-ip.c's ip_print with -e, without -v) and fields.
#include "proto/ipv4/ipv4.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kMinHeader = 20;

}  // namespace

void decode_ipv4(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* ip = d.frame.add<Ipv4Layer>(Presence::partial);
    if (ip == nullptr) return;
    ip->wire_len = wire_len;
    Cursor cursor(data);
    auto vhl = cursor.peek();
    if (!vhl) {
        d.cut("ip");
        return;
    }
    ip->version = static_cast<std::uint8_t>(*vhl >> 4U);
    ip->ihl = static_cast<std::uint8_t>(*vhl & 0x0fU);
    if (ip->version != 4) {
        ip->status = Ipv4Status::bad_version;
        d.bad("ipv4 version not 4");
        return;
    }
    auto header = cursor.sub(kMinHeader);
    if (!header) {
        ip->status = Ipv4Status::cut;
        d.cut("ip");
        return;
    }
    header->skip(1);
    ip->tos = *header->u8();
    ip->total_len = *header->be16();
    ip->id = *header->be16();
    ip->frag = *header->be16();
    ip->ttl = *header->u8();
    ip->proto = *header->u8();
    const std::uint16_t checksum_field = *header->be16();
    ip->src = *header->array<4>();
    ip->dst = *header->array<4>();
    d.frame.set_presence(Presence::complete);

    if (wire_len < kMinHeader) {
        ip->status = Ipv4Status::short_length;
        d.frame.set_presence(Presence::malformed);
        d.bad("ipv4 shorter than its header");
        return;
    }
    const unsigned hlen = ip->header_len();
    if (hlen < kMinHeader) {
        ip->status = Ipv4Status::bad_hlen;
        d.frame.set_presence(Presence::malformed);
        d.bad("ipv4 ihl < 5");
        return;
    }
    if (ip->total_len > wire_len) {
        d.frame.set_presence(Presence::malformed);
        d.bad("ipv4 total length beyond frame");
    }
    if (ip->total_len < hlen) {
        ip->status = Ipv4Status::bad_len;
        d.frame.set_presence(Presence::malformed);
        d.bad("ipv4 total length < header length");
        return;
    }
    // Like tcpdump, nothing past the total length belongs to this datagram (Ethernet padding).
    Bytes datagram = data.first(std::min<std::size_t>(data.size(), ip->total_len));
    ip->available = static_cast<std::uint32_t>(datagram.size());
    Cursor rest(datagram);
    rest.skip(kMinHeader);
    ip->options = rest.take_at_most(hlen - kMinHeader);
    ip->payload = rest.rest();

    ip->checksum.value = checksum_field;
    if (d.options.verify_checksums && datagram.size() >= hlen) {
        ip->checksum = verify_checksum(ChecksumSum{}, datagram.first(hlen), checksum_field);
    }
    ip->upper_len = ip->total_len - hlen;
    if (ip->later_fragment()) return;
    if (datagram.size() < hlen) {
        ip->status = Ipv4Status::header_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("ip");
        return;
    }
    decode_ip_protocol(d, ip->proto, datagram.subspan(hlen), ip->upper_len);
}

namespace {

using text::append;
using text::append_trunc;

void ipv4_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const Ipv4Layer& ip = *t.frame.get<Ipv4Layer>(index);
    switch (ip.status) {
        case Ipv4Status::bad_version:
            if (ip.version == 6) append(out, "IP6, wrong link-layer encapsulation");
            else TS_PUT(out, "IP{}", ip.version);
            append(out, " (invalid)");
            return;
        case Ipv4Status::cut:
            append_trunc(out, "ip");
            return;
        case Ipv4Status::short_length:
            TS_PUT(out, "truncated-ip {}", ip.wire_len);
            return;
        case Ipv4Status::bad_hlen:
            TS_PUT(out, "bad-hlen {}", ip.header_len());
            return;
        default:
            break;
    }
    if (t.frame.layers()[index].presence == Presence::partial) {  // not even the version byte
        append_trunc(out, "ip");
        return;
    }
    if (ip.total_len > ip.wire_len) TS_PUT(out, "truncated-ip - {} bytes missing! ", ip.total_len - ip.wire_len);
    if (ip.status == Ipv4Status::bad_len) {
        TS_PUT(out, "bad-len {}", ip.total_len);
        return;
    }
    const EnclosingIp self{&ip, nullptr};
    if (ip.later_fragment()) {
        text::append_endpoints(out, self, ":");
        TS_PUT(out, " ip-proto-{}", ip.proto);
        return;
    }
    if (!prints_own_addresses(ip.proto)) text::append_endpoints(out, self, ": ");
    if (ip.status == Ipv4Status::header_cut) {
        TS_PUT(out, " [remaining caplen({}) < header length({})]", ip.available, ip.header_len());
        append_trunc(out, "ip");
        return;
    }
    ip_upper_text(t, index, ip.proto, ip.upper_len, true);
}

void show_flags(OutBuffer& out, std::uint64_t frag) {
    TS_PUT(out, "0x{:x}", frag >> 13U);
    const char* sep = " (";
    auto flag = [&](std::uint64_t bit, std::string_view name) {
        if ((frag & bit) == 0) return;
        append(out, sep);
        append(out, name);
        sep = ", ";
    };
    flag(0x8000, "Reserved bit");
    flag(0x4000, "Don't fragment");
    flag(0x2000, "More fragments");
    if (sep[0] == ',') out.push_back(')');
}

void show_id(OutBuffer& out, std::uint64_t id) { TS_PUT(out, "0x{:04x} ({})", id, id); }

const char* protocol_name_of(std::uint64_t v) { return ip_protocol_name(static_cast<std::uint8_t>(v)); }

constexpr Field kSrc{"src", "Source Address"};
constexpr Field kDst{"dst", "Destination Address"};
constexpr Field kProto{"proto", "Protocol", 0, protocol_name_of};
constexpr Field kTtl{"ttl", "Time to Live"};
constexpr Field kLen{"len", "Total Length"};
constexpr Field kIdJson{"id", ""};
constexpr Field kFragOffsetJson{"frag_offset", ""};
constexpr Field kMoreFragmentsJson{"mf", ""};
constexpr Field kVersion{"", "Version"};
constexpr Field kHeaderLen{"", "Header Length", 0, nullptr, nullptr, "bytes"};
constexpr Field kTos{"", "Type of Service", 2};
constexpr Field kId{"", "Identification", 0, nullptr, show_id};
constexpr Field kFlags{"", "Flags", 0, nullptr, show_flags};
constexpr Field kFragOffset{"", "Fragment Offset"};
constexpr Field kChecksum{"", "Header Checksum"};
constexpr Field kOptions{"", "Options", 0, nullptr, nullptr, "bytes"};

}  // namespace

template <class W>
void describe(const Ipv4Layer& ip, W& w) {
    w.ipv4(kSrc, ip.src);
    w.ipv4(kDst, ip.dst);
    w.num(kProto, ip.proto);
    w.num(kTtl, ip.ttl);
    w.num(kLen, ip.total_len);
    if (ip.fragmented()) {  // the contract's fragment fields, only for fragments
        w.num(kIdJson, ip.id);
        w.num(kFragOffsetJson, ip.frag_offset());
        w.flag(kMoreFragmentsJson, ip.more_fragments());
    }
    w.num(kVersion, ip.version);
    w.num(kHeaderLen, ip.header_len());
    w.num(kTos, ip.tos);
    w.num(kId, ip.id);
    w.num(kFlags, ip.frag);
    w.num(kFragOffset, ip.frag_offset());
    w.checksum(kChecksum, ip.checksum);
    if (!ip.options.empty()) w.num(kOptions, ip.options.size());
}

const Protocol Ipv4Layer::protocol = make_protocol<Ipv4Layer>("ipv4", "ipv4", "Internet Protocol Version 4", ipv4_text);

}  // namespace tapsniff
