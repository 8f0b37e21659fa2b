// PIM over IP: decoder, tcpdump text (print-pim.c's pim_print without -v) and fields.
#include "proto/pim/pim.hpp"

#include "render/fields.hpp"

namespace tapsniff {

void decode_pim(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<PimLayer>(Presence::partial);
    if (m == nullptr) return;
    m->length = wire_len;
    m->captured = static_cast<std::uint32_t>(data.size());
    Cursor c(data);
    auto typever = c.u8();
    if (!typever) {
        d.cut("pim");
        return;
    }
    m->version = static_cast<std::uint8_t>(*typever >> 4U);
    m->type = static_cast<std::uint8_t>(*typever & 0x0fU);
    auto reserved = c.u8();
    auto checksum = c.be16();
    if (!checksum) return;  // tcpdump prints the version and type alone: the layer stays partial
    m->reserved = *reserved;
    m->checksum = *checksum;
    m->has_checksum = true;
    d.frame.set_presence(Presence::complete);
}

namespace {

const char* pimv2_type_name(std::uint64_t type) {
    switch (type) {
        case 0: return "Hello";
        case 1: return "Register";
        case 2: return "Register Stop";
        case 3: return "Join / Prune";
        case 4: return "Bootstrap";
        case 5: return "Assert";
        case 6: return "Graft";
        case 7: return "Graft Acknowledgement";
        case 8: return "Candidate RP Advertisement";
        case 9: return "Prune Refresh";
        case 10: return "DF Election";
        case 11: return "ECMP Redirect";
        default: return nullptr;
    }
}

void pim_text(const TextContext& t, std::size_t index) {
    const PimLayer& m = *t.frame.get<PimLayer>(index);
    if (m.captured == 0) {
        text::append_trunc(t.out, "pim");
        return;
    }
    if (m.version == 2) {
        const char* name = pimv2_type_name(m.type);
        TS_PUT(t.out, "PIMv{}, {}, length {}", m.version, name != nullptr ? name : "Unknown Type", m.length);
    } else {
        TS_PUT(t.out, "PIMv{}, length {}", m.version, m.length);
    }
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kType{"type", "Type", 0, pimv2_type_name};
constexpr Field kChecksum{"cksum", "Checksum", 4};

}  // namespace

template <class W>
void describe(const PimLayer& m, W& w) {
    w.num(kVersion, m.version);
    w.num(kType, m.type);
    if (m.has_checksum) w.num(kChecksum, m.checksum);
}

const Protocol PimLayer::protocol =
    make_protocol<PimLayer>("pim", "pim", "Protocol Independent Multicast", pim_text);

}  // namespace tapsniff
