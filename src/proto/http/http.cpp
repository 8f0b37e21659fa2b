// HTTP: decoder, tcpdump text (print-http.c through txtproto_print) and fields.
#include "proto/http/http.hpp"

#include <array>

namespace tapsniff {
namespace {

// tcpdump's httpcmds (WebDAV included).
constexpr auto kCommands = std::to_array<std::string_view>({
    "GET",      "PUT",       "COPY",      "HEAD",       "LOCK",       "MOVE",        "POLL",        "POST",
    "BCOPY",    "BMOVE",     "MKCOL",     "TRACE",      "LABEL",      "MERGE",       "DELETE",      "SEARCH",
    "UNLOCK",   "REPORT",    "UPDATE",    "NOTIFY",     "BDELETE",    "CONNECT",     "OPTIONS",     "CHECKIN",
    "PROPFIND", "CHECKOUT",  "CCM_POST",  "SUBSCRIBE",  "PROPPATCH",  "BPROPFIND",   "BPROPPATCH",  "UNCHECKOUT",
    "MKACTIVITY", "MKWORKSPACE", "UNSUBSCRIBE", "RPC_CONNECT", "VERSION-CONTROL", "BASELINE-CONTROL",
});

void http_text(const TextContext& t, std::size_t index) {
    text::append(t.out, ": ");  // tcp_print's, before http_print
    append_txt_line(t.out, "HTTP", "http", t.frame.get<HttpLayer>(index)->line);
}

constexpr Field kMethod{"request.method", "Request Method"};
constexpr Field kUri{"request.uri", "Request URI"};
constexpr Field kRequestVersion{"request.version", "Request Version"};
constexpr Field kResponseVersion{"response.version", "Response Version"};
constexpr Field kCode{"response.code", "Status Code"};
constexpr Field kPhrase{"response.phrase", "Response Phrase"};

}  // namespace

void decode_http(Decoder& d, Bytes data, std::uint32_t wire_len) {
    decode_txt_layer<HttpLayer>(d, TxtProtoSpec{kCommands, true}, data, wire_len, "http");
}

template <class W>
void describe(const HttpLayer& h, W& w) {
    const TxtLine& l = h.line;
    if (l.line.empty()) return;
    if (l.command) {
        put_text(w, kMethod, l.first);
        put_text(w, kUri, l.second);
        put_text(w, kRequestVersion, l.rest);
    } else if (l.code) {
        put_text(w, kResponseVersion, l.first);
        w.num(kCode, decimal_value(l.second));
        put_text(w, kPhrase, l.rest);
    }
}

const Protocol HttpLayer::protocol = make_protocol<HttpLayer>("http", "http", "Hypertext Transfer Protocol", http_text);

}  // namespace tapsniff
