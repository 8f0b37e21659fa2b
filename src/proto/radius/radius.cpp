// RADIUS: decoder, tcpdump text (print-radius.c at default verbosity: the header) and fields.
#include "proto/radius/radius.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 20;

}  // namespace

void decode_radius(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* r = d.frame.add<RadiusLayer>(Presence::partial);
    if (r == nullptr) return;
    Cursor cursor(snap);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        d.cut("radius");
        return;
    }
    r->code = *header->u8();
    r->id = *header->u8();
    r->length_field = *header->be16();
    r->authenticator = *header->bytes(16);
    if (r->length_field < kHeaderLen) {
        r->too_short = true;
        d.frame.set_presence(Presence::malformed);
        d.bad("radius length < 20");
        return;
    }
    r->length = std::min<std::uint32_t>(r->length_field, wire_len);
    d.frame.set_presence(Presence::complete);
}

namespace {

constexpr auto kCodes = std::to_array<Tok>({
    {1, "Access-Request"},     {2, "Access-Accept"},      {3, "Access-Reject"},  {4, "Accounting-Request"},
    {5, "Accounting-Response"}, {11, "Access-Challenge"}, {12, "Status-Server"}, {13, "Status-Client"},
    {40, "Disconnect-Request"}, {41, "Disconnect-ACK"},   {42, "Disconnect-NAK"}, {43, "CoA-Request"},
    {44, "CoA-ACK"},            {45, "CoA-NAK"},          {255, "Reserved"},
});

void radius_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const RadiusLayer& r = *t.frame.get<RadiusLayer>(index);
    if (t.frame.layers()[index].presence == Presence::partial || r.too_short) {
        text::append_trunc(out, "radius");
        return;
    }
    const char* name = tok_name(kCodes, r.code);
    TS_PUT(out, "RADIUS, {} ({}), id: 0x{:02x} length: {}", name != nullptr ? name : "Unknown Command", r.code, r.id,
           r.length);
}

const char* code_name(std::uint64_t v) { return tok_name(kCodes, static_cast<std::uint32_t>(v)); }

constexpr Field kCode{"code", "Code", 0, code_name};
constexpr Field kId{"id", "Packet identifier"};
constexpr Field kLength{"length", "Length"};

}  // namespace

template <class W>
void describe(const RadiusLayer& r, W& w) {
    w.num(kCode, r.code);
    w.num(kId, r.id);
    w.num(kLength, r.length_field);
}

const Protocol RadiusLayer::protocol = make_protocol<RadiusLayer>("radius", "radius", "RADIUS Protocol", radius_text);

}  // namespace tapsniff
