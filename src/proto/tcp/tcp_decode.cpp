// TCP decoder: header checks and options in the order tcpdump's tcp_print reads them.
#include "proto/ip/ip.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/tcp/tcp_conversations.hpp"

namespace tapsniff {

using namespace tcp_option;  // NOLINT(google-build-using-namespace): the option kinds, as in RFC tables

std::size_t tcp_option::fixed_data_len(std::uint8_t kind) {
    switch (kind) {
        case mss:
        case scps:
        case uto:
            return 2;
        case wscale:
            return 1;
        case echo:
        case echo_reply:
        case cc:
        case cc_new:
        case cc_echo:
            return 4;
        case timestamp:
            return 8;
        case md5:
            return 16;
        default:
            return 0;
    }
}

namespace {

constexpr std::size_t kHeaderLen = 20;

// The numbers an option's text shows, read from its captured data.
void read_values(TcpOption& opt) {
    Cursor values(opt.data);
    switch (opt.kind) {
        case mss:
        case uto:
            opt.value[0] = values.be16().value_or(0);
            return;
        case scps:  // capabilities, then connection id
        case tcp_ao:  // key id, then next key id
            opt.value[0] = values.u8().value_or(0);
            opt.value[1] = values.u8().value_or(0);
            return;
        case wscale:
            opt.value[0] = values.u8().value_or(0);
            return;
        case experiment:  // the experiment's 16-bit magic number
            opt.value[0] = values.be16().value_or(0);
            return;
        default:
            // Only the words the data holds; the rest stay zero.
            for (auto& v : opt.value) {
                auto word = values.be32();
                if (!word) break;
                v = *word;
            }
            return;
    }
}

// Walks the options like tcpdump: `hlen` counts the option bytes the header claims,
// `captured` what of them is there. Stops at EOL, at a bad length or at the capture's end.
void decode_options(Bytes captured, std::size_t hlen, TcpLayer& tcp, DecodedFrame& frame) {
    Cursor cursor(captured);
    while (hlen > 0) {
        auto kind = cursor.u8();
        if (!kind) {
            tcp.options_cut = true;
            return;
        }
        std::optional<std::uint8_t> len;
        if (*kind != eol && *kind != nop) {
            len = cursor.u8();
            if (!len) {
                tcp.options_cut = true;
                return;
            }
        }
        TcpOption* added = tcp.options.add(frame, kMaxTcpOptions);
        if (added == nullptr) return;  // 40 options, or the arena is full: as if the header ended here
        TcpOption& opt = *added;
        opt.kind = *kind;
        opt.len = 1;
        if (len) {
            opt.len = *len;
            if (opt.len < 2 || opt.len > hlen) {
                opt.end = TcpOptEnd::bad_len;
                tcp.options_bad = true;
                return;
            }
            --hlen;
        }
        --hlen;
        const std::size_t fixed = fixed_data_len(opt.kind);
        std::size_t datalen = fixed;
        if (fixed == 0 && opt.kind != eol && opt.kind != nop && opt.kind != sack_ok) datalen = opt.len - 2U;
        // tcpdump's LENCHECK: data beyond the header is "bad", data not captured is a cut.
        Bytes data = cursor.rest().first(std::min(datalen, cursor.remaining()));
        opt.data = data;
        opt.data_ok = static_cast<std::uint8_t>(data.size());
        read_values(opt);
        const bool unchecked = (opt.kind == sack && datalen % 8 != 0) || (opt.kind == tcp_ao && datalen < 2);
        if (fixed != 0 && fixed > hlen) {
            opt.end = TcpOptEnd::bad;
            tcp.options_bad = true;
            return;
        }
        if (!unchecked && data.size() < datalen) {
            opt.end = TcpOptEnd::cut;
            return;
        }
        if (opt.kind == experiment && datalen < 2) {  // no room for the magic number
            opt.end = TcpOptEnd::bad;
            tcp.options_bad = true;
            return;
        }
        if (opt.kind == mptcp) {
            decode_mptcp(data, opt.len, tcp.flags, opt.mptcp);
            if (opt.mptcp.bad) {  // tcpdump prints what mptcp_print printed, then "[bad opt]"
                opt.end = TcpOptEnd::bad;
                tcp.options_bad = true;
                return;
            }
        }
        cursor.skip(std::min(datalen, cursor.remaining()));
        hlen -= std::min(datalen, hlen);
        if (opt.kind == eol) return;
    }
}

}  // namespace

void decode_tcp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const EnclosingIp ip = current_ip(d.frame);
    auto* tcp = d.frame.add<TcpLayer>(Presence::partial);
    if (tcp == nullptr) return;
    tcp->ip_len = wire_len;
    tcp->available = static_cast<std::uint32_t>(data.size());
    Cursor cursor(data);
    auto ports = cursor.sub(4);
    if (!ports) {
        tcp->status = TcpStatus::ports_cut;
        d.cut("tcp");
        return;
    }
    tcp->sport = *ports->be16();
    tcp->dport = *ports->be16();
    auto header = cursor.sub(kHeaderLen - 4);
    if (!header) {
        tcp->status = TcpStatus::header_cut;
        d.cut("tcp");
        return;
    }
    tcp->seq = *header->be32();
    tcp->ack = *header->be32();
    tcp->data_offset = static_cast<std::uint8_t>(*header->u8() >> 4U);
    tcp->flags = *header->u8();
    tcp->window = *header->be16();
    tcp->checksum_field = *header->be16();
    tcp->urgent = *header->be16();
    tcp->checksum.value = tcp->checksum_field;
    d.frame.set_presence(Presence::complete);
    const std::size_t hlen = tcp->header_len();
    if (hlen < kHeaderLen) {
        tcp->status = TcpStatus::offset_short;
        d.frame.set_presence(Presence::malformed);
        d.bad("tcp data offset < 5");
        return;
    }
    tcp->seq_shown = tcp->seq;
    tcp->ack_shown = tcp->ack;
    if (d.options.tcp_conversations != nullptr && (tcp->flags & tcp_flag::ack) != 0 && ip.found()) {
        // tcpdump relates the numbers before it checks the header length against the segment.
        const TcpRelative shown =
            ip.v4 != nullptr
                ? d.options.tcp_conversations->relate(ip.v4->src, ip.v4->dst, tcp->sport,
                                                      tcp->dport, tcp->seq, tcp->ack, (tcp->flags & tcp_flag::syn) != 0)
                : d.options.tcp_conversations->relate(ip.v6->src, ip.v6->dst, tcp->sport,
                                                      tcp->dport, tcp->seq, tcp->ack, (tcp->flags & tcp_flag::syn) != 0);
        tcp->seq_shown = shown.seq;
        tcp->ack_shown = shown.ack;
        tcp->sack_base = shown.sack_base;
    }
    if (hlen > wire_len) {
        tcp->status = TcpStatus::offset_long;
        d.frame.set_presence(Presence::malformed);
        d.bad("tcp header beyond segment");
        return;
    }
    decode_options(cursor.rest(), hlen - kHeaderLen, *tcp, d.frame);
    // tcpdump's order: a cut option first, then a bad one, then a cut payload.
    const bool option_cut = tcp->options_cut || (!tcp->options.empty() && tcp->options.back().end == TcpOptEnd::cut);
    const bool header_cut = wire_len > hlen && data.size() < hlen;
    if (option_cut || (!tcp->options_bad && header_cut)) {
        d.frame.set_presence(Presence::truncated);
        d.cut("tcp");
    } else if (tcp->options_bad) {
        d.frame.set_presence(Presence::malformed);
        d.bad("tcp bad option");
    }
    if (data.size() > hlen) tcp->payload = data.subspan(hlen, std::min<std::size_t>(data.size(), wire_len) - hlen);

    if (d.options.verify_checksums && !ip.fragmented() && data.size() >= wire_len) {
        tcp->checksum = verify_upper_checksum(ip, ipproto::tcp, data.first(wire_len), tcp->checksum_field);
    }
    // tcpdump hands a payload on by port once the whole header, options included, was read.
    const bool options_read = !option_cut && !tcp->options_bad;
    if (options_read && wire_len > hlen && data.size() >= hlen) {
        decode_tcp_payload(d, tcp->sport, tcp->dport, tcp->payload, static_cast<std::uint32_t>(wire_len - hlen));
    }
}

}  // namespace tapsniff
