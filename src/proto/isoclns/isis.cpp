// IS-IS: decoder, tcpdump text (print-isoclns.c's isis_print with -e, without -v) and fields.
#include "proto/isoclns/isoclns.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kCommonLen = 8;
constexpr std::uint8_t kVersion = 1;
constexpr std::size_t kSystemIdLen = 6;
constexpr std::size_t kNodeIdLen = 7;
constexpr std::size_t kLspIdLen = 8;

namespace pdu {
inline constexpr std::uint8_t l1_lan_iih = 15;
inline constexpr std::uint8_t l2_lan_iih = 16;
inline constexpr std::uint8_t ptp_iih = 17;
inline constexpr std::uint8_t l1_lsp = 18;
inline constexpr std::uint8_t l2_lsp = 20;
inline constexpr std::uint8_t l1_csnp = 24;
inline constexpr std::uint8_t l2_csnp = 25;
inline constexpr std::uint8_t l1_psnp = 26;
inline constexpr std::uint8_t l2_psnp = 27;
}  // namespace pdu

// The length of each PDU type's own header after the common one (0: a type tcpdump does not read).
std::size_t pdu_header_len(std::uint8_t type) {
    switch (type) {
        case pdu::l1_lan_iih: case pdu::l2_lan_iih: return 19;
        case pdu::ptp_iih: return 12;
        case pdu::l1_lsp: case pdu::l2_lsp: return 19;
        case pdu::l1_csnp: case pdu::l2_csnp: return 25;
        case pdu::l1_psnp: case pdu::l2_psnp: return 9;
        default: return 0;
    }
}

IsisId read_id(Cursor& c, std::size_t n) {
    IsisId id{};
    for (std::size_t i = 0; i < n; ++i) id[i] = c.u8().value_or(0);
    return id;
}

void read_pdu_header(Cursor h, IsisLayer& m) {
    switch (m.pdu_type) {
        case pdu::l1_lan_iih:
        case pdu::l2_lan_iih:
        case pdu::ptp_iih:
            m.circuit_type = *h.u8();
            m.source_id = read_id(h, kSystemIdLen);
            m.holding_time = *h.be16();
            m.pdu_len = *h.be16();
            if (m.pdu_type == pdu::ptp_iih) {
                m.circuit_id = *h.u8();
            } else {
                m.priority = *h.u8();
                m.lan_id = read_id(h, kNodeIdLen);
            }
            return;
        case pdu::l1_lsp:
        case pdu::l2_lsp:
            m.pdu_len = *h.be16();
            m.lifetime = *h.be16();
            m.lsp_id = read_id(h, kLspIdLen);
            m.sequence = *h.be32();
            m.checksum = *h.be16();
            m.typeblock = *h.u8();
            return;
        default:  // CSNP, PSNP
            m.pdu_len = *h.be16();
            m.source_id = read_id(h, kNodeIdLen);
            if (m.pdu_type == pdu::l1_csnp || m.pdu_type == pdu::l2_csnp) {
                m.start_lsp_id = read_id(h, kLspIdLen);
                m.end_lsp_id = read_id(h, kLspIdLen);
            }
            return;
    }
}

}  // namespace

void decode_isis(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<IsisLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->whole = data;
    Cursor c(data);
    auto header = c.sub(kCommonLen);
    if (!header || wire_len < kCommonLen) {
        m->status = IsisStatus::cut;
        d.cut("isis");
        return;
    }
    header->skip(1);
    m->fixed_len = *header->u8();
    m->version = *header->u8();
    m->id_length = *header->u8();
    m->pdu_type = *header->u8();
    m->pdu_version = *header->u8();
    header->skip(1);
    m->max_area = *header->u8();
    d.frame.set_presence(Presence::complete);
    auto bad = [&](IsisStatus status) {
        m->status = status;
        d.frame.set_presence(Presence::malformed);
        d.bad("is-is header invalid");
    };
    if (m->version != kVersion) return bad(IsisStatus::bad_version);
    if (m->id_length != kSystemIdLen && m->id_length != 0) return bad(IsisStatus::bad_id_length);
    if (m->pdu_version != kVersion) return bad(IsisStatus::bad_pdu_version);
    if (wire_len < m->fixed_len) return bad(IsisStatus::fixed_too_long);
    if (m->fixed_len < kCommonLen) return bad(IsisStatus::fixed_too_short);
    if (m->max_area == 255) return bad(IsisStatus::max_area_255);
    const std::size_t own = pdu_header_len(m->pdu_type);
    if (own == 0) return;
    if (m->fixed_len != kCommonLen + own) return bad(IsisStatus::bogus_fixed_len);
    auto pdu_header = c.sub(own);
    if (!pdu_header || wire_len < kCommonLen + own) {
        m->status = IsisStatus::pdu_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("isis");
        return;
    }
    read_pdu_header(*pdu_header, *m);
}

namespace {

using text::append;

const char* pdu_name(std::uint64_t type) {
    switch (type) {
        case pdu::l1_lan_iih: return "L1 Lan IIH";
        case pdu::l2_lan_iih: return "L2 Lan IIH";
        case pdu::ptp_iih: return "p2p IIH";
        case pdu::l1_lsp: return "L1 LSP";
        case pdu::l2_lsp: return "L2 LSP";
        case pdu::l1_csnp: return "L1 CSNP";
        case pdu::l2_csnp: return "L2 CSNP";
        case pdu::l1_psnp: return "L1 PSNP";
        case pdu::l2_psnp: return "L2 PSNP";
        default: return nullptr;
    }
}

// isis_print_id: "1921.6800.1001" (system id), then ".01" (node id), then "-00" (LSP id).
struct IdText {
    std::array<char, 24> buf{};
    std::size_t size = 0;
    [[nodiscard]] std::string_view view() const { return {buf.data(), size}; }
};

IdText format_id(const IsisId& id, std::size_t len) {
    IdText t;
    auto put = [&](char ch) { t.buf[t.size++] = ch; };
    auto hex = [&](std::uint8_t b) {
        constexpr std::string_view kDigits = "0123456789abcdef";
        put(kDigits[b >> 4U]);
        put(kDigits[b & 0x0fU]);
    };
    for (std::size_t i = 1; i <= kSystemIdLen; ++i) {
        hex(id[i - 1]);
        if (i == 2 || i == 4) put('.');
    }
    if (len >= kNodeIdLen) {
        put('.');
        hex(id[6]);
    }
    if (len == kLspIdLen) {
        put('-');
        hex(id[7]);
    }
    return t;
}

void pdu_text(OutBuffer& out, const IsisLayer& m) {
    switch (m.pdu_type) {
        case pdu::l1_lan_iih:
        case pdu::l2_lan_iih:
            TS_PUT(out, ", src-id {}, lan-id {}, prio {}", format_id(m.source_id, kSystemIdLen).view(),
                   format_id(m.lan_id, kNodeIdLen).view(), m.priority);
            break;
        case pdu::ptp_iih:
            TS_PUT(out, ", src-id {}", format_id(m.source_id, kSystemIdLen).view());
            break;
        case pdu::l1_lsp:
        case pdu::l2_lsp:
            TS_PUT(out, ", lsp-id {}, seq 0x{:08x}, lifetime {:5}s", format_id(m.lsp_id, kLspIdLen).view(), m.sequence,
                   m.lifetime);
            break;
        case pdu::l1_csnp:
        case pdu::l2_csnp:
        case pdu::l1_psnp:
        case pdu::l2_psnp:
            TS_PUT(out, ", src-id {}", format_id(m.source_id, kNodeIdLen).view());
            break;
        default:
            break;
    }
    TS_PUT(out, ", length {}", m.length);
}

// false when tcpdump's isis_print returns 0: isoclns_print then dumps the PDU.
bool isis_words(OutBuffer& out, const IsisLayer& m) {
    switch (m.status) {
        case IsisStatus::cut:
            text::append_trunc(out, "isis");
            return true;
        case IsisStatus::bad_version:
            TS_PUT(out, "version {} packet not supported", m.version);
            return false;
        case IsisStatus::bad_id_length:
            TS_PUT(out, "system ID length of {} is not supported", m.id_length);
            return false;
        case IsisStatus::bad_pdu_version:
            TS_PUT(out, "version {} packet not supported", m.pdu_version);
            return false;
        case IsisStatus::fixed_too_long:
            TS_PUT(out, "fixed header length {} > packet length {}", m.fixed_len, m.length);
            return false;
        case IsisStatus::fixed_too_short:
            TS_PUT(out, "fixed header length {} < minimum header size {}", m.fixed_len, kCommonLen);
            return false;
        case IsisStatus::max_area_255:
            append(out, "bad packet -- 255 areas");
            return false;
        default:
            break;
    }
    if (const char* name = pdu_name(m.pdu_type)) append(out, name);
    else TS_PUT(out, "unknown PDU-Type {}", m.pdu_type);
    switch (m.status) {
        case IsisStatus::bogus_fixed_len: {
            const bool psnp = m.pdu_type == pdu::l1_psnp || m.pdu_type == pdu::l2_psnp;
            const bool lsp = m.pdu_type == pdu::l1_lsp || m.pdu_type == pdu::l2_lsp;
            // tcpdump names the LSP header's own size here, and starts the PSNP complaint with "- ".
            const std::size_t should = lsp ? pdu_header_len(m.pdu_type) : kCommonLen + pdu_header_len(m.pdu_type);
            TS_PUT(out, "{} bogus fixed header length {} should be {}", psnp ? "-" : ",", m.fixed_len, should);
            return false;
        }
        case IsisStatus::pdu_cut:
            text::append_trunc(out, "isis");
            return true;
        default:
            pdu_text(out, m);
            return true;
    }
}

void isis_text(const TextContext& t, std::size_t index) {
    const IsisLayer& m = *t.frame.get<IsisLayer>(index);
    if (!isis_words(t.out, m)) {
        text::append_plain_hex(t.out, m.whole.first(std::min<std::size_t>(m.whole.size(), m.length)));
    }
}

bool is_iih(std::uint8_t t) { return t == pdu::l1_lan_iih || t == pdu::l2_lan_iih || t == pdu::ptp_iih; }
bool is_lsp(std::uint8_t t) { return t == pdu::l1_lsp || t == pdu::l2_lsp; }
bool is_snp(std::uint8_t t) { return t >= pdu::l1_csnp && t <= pdu::l2_psnp; }
bool is_csnp(std::uint8_t t) { return t == pdu::l1_csnp || t == pdu::l2_csnp; }

constexpr Field kIrpd{"irpd", "Intradomain Routing Protocol Discriminator", 2};
constexpr Field kFixedLen{"len", "PDU Header Length"};
constexpr Field kVersionField{"version", "Version"};
constexpr Field kIdLen{"sysid_len", "System ID Length"};
constexpr Field kType{"type", "PDU Type", 0, pdu_name};
constexpr Field kPduVersion{"version2", "Version2"};
constexpr Field kMaxArea{"max_area_adr", "Maximum Area Addresses"};
constexpr Field kCircuitType{"circuit_type", "Circuit type", 2};
constexpr Field kSourceId{"source_id", "SystemID {Sender of PDU}"};
constexpr Field kHolding{"holding_timer", "Holding timer"};
constexpr Field kPduLength{"pdu_length", "PDU length"};
constexpr Field kPriority{"priority", "Priority"};
constexpr Field kLanId{"lan_id", "SystemID {Designated IS}"};
constexpr Field kCircuitId{"local_circuit_id", "Local circuit ID"};
constexpr Field kLifetime{"remaining_life", "Remaining lifetime"};
constexpr Field kLspId{"lsp_id", "LSP-ID"};
constexpr Field kSequence{"sequence_number", "Sequence number", 8};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kStart{"start_lsp_id", "Start LSP-ID"};
constexpr Field kEnd{"end_lsp_id", "End LSP-ID"};

}  // namespace

template <class W>
void describe(const IsisLayer& m, W& w) {
    w.num(kIrpd, nlpid::isis);
    w.num(kFixedLen, m.fixed_len);
    w.num(kVersionField, m.version);
    w.num(kIdLen, m.id_length);
    w.num(kType, m.pdu_type & 0x1fU);
    w.num(kPduVersion, m.pdu_version);
    w.num(kMaxArea, m.max_area);
    if (m.status != IsisStatus::ok || pdu_header_len(m.pdu_type) == 0) return;
    const std::uint8_t t = m.pdu_type;
    if (is_iih(t)) {
        w.num(kCircuitType, m.circuit_type & 0x03U);
        w.str(kSourceId, format_id(m.source_id, kSystemIdLen).view());
        w.num(kHolding, m.holding_time);
        w.num(kPduLength, m.pdu_len);
        if (t == pdu::ptp_iih) {
            w.num(kCircuitId, m.circuit_id);
        } else {
            w.num(kPriority, m.priority & 0x7fU);
            w.str(kLanId, format_id(m.lan_id, kNodeIdLen).view());
        }
    } else if (is_lsp(t)) {
        w.num(kPduLength, m.pdu_len);
        w.num(kLifetime, m.lifetime);
        w.str(kLspId, format_id(m.lsp_id, kLspIdLen).view());
        w.num(kSequence, m.sequence);
        w.num(kChecksum, m.checksum);
    } else if (is_snp(t)) {
        w.num(kPduLength, m.pdu_len);
        w.str(kSourceId, format_id(m.source_id, kSystemIdLen).view());
        if (is_csnp(t)) {
            w.str(kStart, format_id(m.start_lsp_id, kLspIdLen).view());
            w.str(kEnd, format_id(m.end_lsp_id, kLspIdLen).view());
        }
    }
}

const Protocol IsisLayer::protocol =
    make_protocol<IsisLayer>("isis", "isis", "ISO 10589 ISIS InTRA Domain Routeing Information Exchange Protocol",
                             isis_text);

}  // namespace tapsniff
