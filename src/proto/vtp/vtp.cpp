// VTP: decoder, tcpdump's vtp_print text at default verbosity (print-vtp.c) and fields
// (tshark's vtp.* names).
#include "proto/vtp/vtp.hpp"

#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 36;
constexpr std::size_t kDomainLen = 32;

}  // namespace

void decode_vtp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* v = d.frame.add<VtpLayer>(Presence::partial);
    if (v == nullptr) return;
    v->length = wire_len;
    Cursor c(data);
    if (wire_len < kHeaderLen) {
        v->too_short = true;
        v->cut = !c.has(wire_len);
        d.bad("vtp shorter than its header");
        if (v->cut) d.cut("vtp");
        return;
    }
    auto header = c.sub(kHeaderLen);
    if (!header) {
        v->cut = true;
        d.cut("vtp");
        return;
    }
    v->has_header = true;
    v->version = *header->u8();
    v->code = *header->u8();
    v->followers = *header->u8();
    v->md_len = *header->u8();
    Bytes domain = *header->bytes(kDomainLen);
    v->md = text::copy_string(d.frame, domain.first(std::min<std::size_t>(v->md_len, kDomainLen)), true);
    // At default verbosity tcpdump only checks that the whole message was captured.
    v->cut = data.size() < wire_len;
    d.frame.set_presence(v->cut ? Presence::truncated : Presence::complete);
    if (v->cut) d.cut("vtp");
}

namespace {

const char* code_name(std::uint64_t v) {
    switch (v) {
        case 1: return "Summary advertisement";
        case 2: return "Subset advertisement";
        case 3: return "Advertisement request";
        case 4: return "Join message";
        default: return nullptr;
    }
}

void vtp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const VtpLayer& v = *t.frame.get<VtpLayer>(index);
    if (v.too_short) {
        text::append(out, " (invalid)");
    } else if (v.has_header) {
        const char* name = code_name(v.code);
        TS_PUT(out, "VTPv{}, Message {} (0x{:02x}), length {}", v.version,
               name != nullptr ? name : "Unknown message type", v.code, v.length);
    }
    if (v.cut) text::append_trunc(out, "vtp");
}

constexpr Field kVersion{"version", "Version", 2};
constexpr Field kCode{"code", "Code", 2, code_name};
constexpr Field kFollowers{"followers", "Followers"};
constexpr Field kMdLen{"md_len", "Management Domain Length"};
constexpr Field kMd{"md", "Management Domain"};

}  // namespace

template <class W>
void describe(const VtpLayer& v, W& w) {
    w.num(kVersion, v.version);
    w.num(kCode, v.code);
    w.num(kFollowers, v.followers);
    w.num(kMdLen, v.md_len);
    w.str(kMd, v.md);
}

const Protocol VtpLayer::protocol = make_protocol<VtpLayer>("vtp", "vtp", "VLAN Trunking Protocol", vtp_text);

}  // namespace tapsniff
