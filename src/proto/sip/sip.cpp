// SIP: decoder, tcpdump text (print-sip.c through txtproto_print) and fields.
#include "proto/sip/sip.hpp"

#include <array>

namespace tapsniff {
namespace {

// tcpdump's sipcmds.
constexpr auto kCommands = std::to_array<std::string_view>({
    "ACK", "BYE", "CANCEL", "DO", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS", "PRACK", "QAUTH", "REFER",
    "REGISTER", "SPRACK", "SUBSCRIBE", "UPDATE", "PUBLISH",
});

// udp_print has printed "a.p > b.q: " already.
void sip_text(const TextContext& t, std::size_t index) {
    append_txt_line(t.out, "SIP", "sip", t.frame.get<SipLayer>(index)->line);
}

constexpr Field kMethod{"Method", "Method"};
constexpr Field kUri{"r-uri", "Request-URI"};
constexpr Field kStatus{"Status-Code", "Status-Code"};

}  // namespace

void decode_sip(Decoder& d, Bytes data, std::uint32_t wire_len) {
    decode_txt_layer<SipLayer>(d, TxtProtoSpec{kCommands, true}, data, wire_len, "sip");
}

template <class W>
void describe(const SipLayer& s, W& w) {
    const TxtLine& l = s.line;
    if (l.line.empty()) return;
    if (l.command) {
        put_text(w, kMethod, l.first);
        put_text(w, kUri, l.second);
    } else if (l.code) {
        w.num(kStatus, decimal_value(l.second));
    }
}

const Protocol SipLayer::protocol = make_protocol<SipLayer>("sip", "sip", "Session Initiation Protocol", sip_text);

}  // namespace tapsniff
