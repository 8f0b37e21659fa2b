// EAPOL: decoder, tcpdump's eapol_print text at default verbosity (print-eap.c) and fields
// (tshark's eapol.* and eap.* names).
#include "proto/eapol/eapol.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 4;
constexpr std::uint8_t kEapRequest = 1;
constexpr std::uint8_t kEapResponse = 2;

}  // namespace

void decode_eapol(Decoder& d, Bytes data, std::uint32_t wire_len) {
    (void)wire_len;  // tcpdump prints the header's own length
    auto* e = d.frame.add<EapolLayer>(Presence::partial);
    if (e == nullptr) return;
    Cursor c(data);
    auto header = c.sub(kHeaderLen);
    if (!header) {
        d.cut("eap");
        return;
    }
    e->version = *header->u8();
    e->type = *header->u8();
    e->length = *header->be16();
    d.frame.set_presence(Presence::complete);
    if (e->type != eapol::kTypePacket || e->length < kHeaderLen) return;
    auto eap = c.sub(kHeaderLen);
    if (!eap) return;
    e->has_eap = true;
    e->eap_code = *eap->u8();
    e->eap_id = *eap->u8();
    e->eap_length = *eap->be16();
    if ((e->eap_code == kEapRequest || e->eap_code == kEapResponse) && e->eap_length > kHeaderLen) {
        if (auto type = c.u8()) {
            e->has_eap_type = true;
            e->eap_type = *type;
        }
    }
}

namespace {

const char* type_name(std::uint8_t type) {
    switch (type) {
        case 0: return "EAP packet";
        case 1: return "EAPOL start";
        case 2: return "EAPOL logoff";
        case 3: return "EAPOL key";
        case 4: return "Encapsulated ASF alert";
        default: return "unknown";
    }
}

void eapol_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const EapolLayer& e = *t.frame.get<EapolLayer>(index);
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "eap");
        return;
    }
    TS_PUT(out, "{} ({}) v{}, len {}", type_name(e.type), e.type, e.version, e.length);
}

const char* type_name_of(std::uint64_t v) { return type_name(static_cast<std::uint8_t>(v)); }

const char* code_name(std::uint64_t v) {
    switch (v) {
        case 1: return "Request";
        case 2: return "Response";
        case 3: return "Success";
        case 4: return "Failure";
        default: return nullptr;
    }
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kType{"type", "Type", 0, type_name_of};
constexpr Field kLength{"len", "Length"};
constexpr Field kEap{"eap", "Extensible Authentication Protocol"};
constexpr Field kCode{"code", "Code", 0, code_name};
constexpr Field kId{"id", "Id"};
constexpr Field kEapLength{"len", "Length"};
constexpr Field kEapType{"type", "Type"};

}  // namespace

template <class W>
void describe(const EapolLayer& e, W& w) {
    w.num(kVersion, e.version);
    w.num(kType, e.type);
    w.num(kLength, e.length);
    if (!e.has_eap) return;
    w.begin_object(kEap);
    w.num(kCode, e.eap_code);
    w.num(kId, e.eap_id);
    w.num(kEapLength, e.eap_length);
    if (e.has_eap_type) w.num(kEapType, e.eap_type);
    w.end_object(kEap);
}

const Protocol EapolLayer::protocol = make_protocol<EapolLayer>("eapol", "eapol", "802.1X Authentication", eapol_text);

}  // namespace tapsniff
