// WHOIS: decoder, tcpdump text (print-whois.c through txtproto_print) and fields.
#include "proto/whois/whois.hpp"

namespace tapsniff {
namespace {

void whois_text(const TextContext& t, std::size_t index) {
    text::append(t.out, ": ");  // tcp_print's, before whois_print
    append_txt_line(t.out, "WHOIS", "whois", t.frame.get<WhoisLayer>(index)->line);
}

constexpr Field kQuery{"query", "Query"};

}  // namespace

void decode_whois(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const std::size_t index = d.frame.size();
    if (auto* whois = decode_txt_layer<WhoisLayer>(d, TxtProtoSpec{}, data, wire_len, "whois")) {
        whois->query = to_port(d.frame, index, tcp_port::whois);
    }
}

template <class W>
void describe(const WhoisLayer& q, W& w) {
    if (q.query && !q.line.line.empty()) put_text(w, kQuery, q.line.line);
}

const Protocol WhoisLayer::protocol = make_protocol<WhoisLayer>("whois", "whois", "whois", whois_text);

}  // namespace tapsniff
