// DTP: decoder, tcpdump's dtp_print text at default verbosity (print-dtp.c) and fields.
#include "proto/dtp/dtp.hpp"

#include "render/fields.hpp"

namespace tapsniff {

void decode_dtp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* dtp = d.frame.add<DtpLayer>(Presence::partial);
    if (dtp == nullptr) return;
    dtp->length = wire_len;
    if (wire_len < 1) {
        dtp->empty = true;
        d.bad("dtp message empty");
        return;
    }
    auto version = Cursor(data).u8();
    if (!version) {
        d.cut("dtp");
        return;
    }
    dtp->version = *version;
    d.frame.set_presence(Presence::complete);
}

namespace {

void dtp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const DtpLayer& dtp = *t.frame.get<DtpLayer>(index);
    if (dtp.empty) text::append(out, "[zero packet length] (invalid)");
    else if (t.frame.layers()[index].presence == Presence::partial) text::append_trunc(out, "dtp");
    else TS_PUT(out, "DTPv{}, length {}", dtp.version, dtp.length);
}

constexpr Field kVersion{"version", "Version"};

}  // namespace

template <class W>
void describe(const DtpLayer& dtp, W& w) {
    w.num(kVersion, dtp.version);
}

const Protocol DtpLayer::protocol = make_protocol<DtpLayer>("dtp", "dtp", "Dynamic Trunking Protocol", dtp_text);

}  // namespace tapsniff
