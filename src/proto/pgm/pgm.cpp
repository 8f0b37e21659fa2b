// PGM: decoder, tcpdump text (print-pgm.c's pgm_print without -v) and fields.
#include "proto/pgm/pgm.hpp"

#include "proto/ip/ip.hpp"
#include "render/fields.hpp"

namespace tapsniff {

void decode_pgm(Decoder& d, Bytes data, std::uint32_t wire_len) {
    (void)wire_len;  // tcpdump prints the header's own TSDU length
    auto* m = d.frame.add<PgmLayer>(Presence::partial);
    if (m == nullptr) return;
    Cursor c(data);
    auto sport = c.be16();
    auto dport = c.be16();
    if (!dport) {
        d.cut("pgm");
        return;
    }
    m->ports = true;
    m->sport = *sport;
    m->dport = *dport;
    auto rest = c.sub(pgm::kHeaderLen - 4);
    if (!rest) {
        d.cut("pgm");
        return;
    }
    m->header = true;
    m->type = *rest->u8();
    m->options = *rest->u8();
    m->checksum = *rest->be16();
    m->gsi = *rest->bytes(6);
    m->tsdu_length = *rest->be16();
    d.frame.set_presence(Presence::complete);
}

namespace {

void pgm_text(const TextContext& t, std::size_t index) {
    const PgmLayer& m = *t.frame.get<PgmLayer>(index);
    OutBuffer& out = t.out;
    const EnclosingIp ip = enclosing_ip(t.frame, index);
    if (!m.ports) {
        text::append_endpoints(out, ip, ":");
        text::append_trunc(out, "pgm");
        return;
    }
    text::append_ports(out, ip, pgm::kIpProtocol, m.sport, m.dport);
    if (!m.header) {
        text::append_trunc(out, "pgm");
        return;
    }
    TS_PUT(out, "PGM, length {}", m.tsdu_length);
}

const char* type_name(std::uint64_t type) {
    switch (type) {
        case 0x00: return "SPM";
        case 0x01: return "POLL";
        case 0x02: return "POLR";
        case 0x04: return "ODATA";
        case 0x05: return "RDATA";
        case 0x08: return "NAK";
        case 0x09: return "NNAK";
        case 0x0a: return "NCF";
        case 0x0c: return "SPMR";
        case 0x0d: return "ACK";
        default: return nullptr;
    }
}

constexpr Field kSport{"sport", "Source Port"};
constexpr Field kDport{"dport", "Destination Port"};
constexpr Field kType{"type", "Type", 2, type_name};
constexpr Field kOptions{"opts", "Options", 2};
constexpr Field kChecksum{"cksum", "Checksum", 4};
constexpr Field kGsi{"gsi", "Global Source Identifier"};
constexpr Field kTsdu{"tsdulen", "Transport Service Data Unit Length"};

}  // namespace

template <class W>
void describe(const PgmLayer& m, W& w) {
    w.num(kSport, m.sport);
    w.num(kDport, m.dport);
    w.num(kType, m.type);
    w.num(kOptions, m.options);
    w.num(kChecksum, m.checksum);
    w.link_address(kGsi, m.gsi);
    w.num(kTsdu, m.tsdu_length);
}

const Protocol PgmLayer::protocol =
    make_protocol<PgmLayer>("pgm", "pgm", "Pragmatic General Multicast", pgm_text);

}  // namespace tapsniff
