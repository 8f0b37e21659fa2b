// RIP: decoder, tcpdump text (print-rip.c at default verbosity) and fields.
#include "proto/rip/rip.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 4;
constexpr std::size_t kEntryLen = 20;

}  // namespace

void decode_rip(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* r = d.frame.add<RipLayer>(Presence::partial);
    if (r == nullptr) return;
    r->length = wire_len;
    // tcpdump looks at what was captured of the datagram, no more than its length says.
    const Bytes have = snap.first(std::min<std::size_t>(snap.size(), wire_len));
    Cursor cursor(have);
    auto header = cursor.sub(kHeaderLen);
    if (!header) {
        d.cut("rip");
        return;
    }
    r->command = *header->u8();
    r->version = *header->u8();
    r->dump = have;
    r->routes = static_cast<std::uint16_t>(std::min<std::size_t>(cursor.remaining() / kEntryLen, 0xffff));
    d.frame.set_presence(Presence::complete);
}

namespace {

constexpr auto kCommands = std::to_array<Tok>({
    {1, "Request"}, {2, "Response"}, {3, "Trace on"}, {4, "Trace off"}, {5, "Poll"}, {6, "Poll Entry"},
});

void rip_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const RipLayer& r = *t.frame.get<RipLayer>(index);
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "rip");
        return;
    }
    text::append_labeled(out, "RIPv", r.version);
    if (r.version == 0) {
        // RFC 1058 says to ignore such datagrams; tcpdump dumps them.
        text::append_plain_hex(out, r.dump);
        return;
    }
    text::append(out, ", ");
    append_tok(out, kCommands, r.command, "unknown command (");
    text::append_labeled(out, ", length: ", r.length);
}

const char* command_name(std::uint64_t v) { return tok_name(kCommands, static_cast<std::uint32_t>(v)); }

constexpr Field kCommand{"command", "Command", 0, command_name};
constexpr Field kVersion{"version", "Version"};
constexpr Field kRoutes{"", "Routes"};

}  // namespace

template <class W>
void describe(const RipLayer& r, W& w) {
    w.num(kCommand, r.command);
    w.num(kVersion, r.version);
    w.num(kRoutes, r.routes);
}

const Protocol RipLayer::protocol = make_protocol<RipLayer>("rip", "rip", "Routing Information Protocol", rip_text);

}  // namespace tapsniff
