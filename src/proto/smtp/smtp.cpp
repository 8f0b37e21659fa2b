// SMTP: decoder, tcpdump text (print-smtp.c through txtproto_print) and fields.
#include "proto/smtp/smtp.hpp"

namespace tapsniff {
namespace {

void smtp_text(const TextContext& t, std::size_t index) {
    text::append(t.out, ": ");  // tcp_print's, before smtp_print
    append_txt_line(t.out, "SMTP", "smtp", t.frame.get<SmtpLayer>(index)->line);
}

constexpr Field kCommand{"req.command", "Command"};
constexpr Field kParameter{"req.parameter", "Request parameter"};
constexpr Field kCode{"response.code", "Response code"};
constexpr Field kResponseParameter{"rsp.parameter", "Response parameter"};

}  // namespace

void decode_smtp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const std::size_t index = d.frame.size();
    if (auto* smtp = decode_txt_layer<SmtpLayer>(d, TxtProtoSpec{}, data, wire_len, "smtp")) {
        smtp->request = to_port(d.frame, index, tcp_port::smtp);
    }
}

template <class W>
void describe(const SmtpLayer& s, W& w) {
    const TxtLine& l = s.line;
    if (l.line.empty()) return;
    if (s.request) {
        put_text(w, kCommand, l.first);
        if (!l.tail.empty()) put_text(w, kParameter, l.tail);
    } else if (l.line.size() >= 3) {
        // "250-first line" or "250 last line": the code is the first three characters.
        w.num(kCode, decimal_value(l.line.first(3)));
        if (l.line.size() > 4) put_text(w, kResponseParameter, l.line.subspan(4));
    }
}

const Protocol SmtpLayer::protocol =
    make_protocol<SmtpLayer>("smtp", "smtp", "Simple Mail Transfer Protocol", smtp_text);

}  // namespace tapsniff
