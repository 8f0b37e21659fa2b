// What text protocols share (HTTP, FTP, SMTP, RTSP, SIP, WHOIS): the first line of the payload as
// tcpdump 4.99.3's txtproto_print shows it at default verbosity (util-print.c: fetch_token,
// print_txt_line), and the split of that line into request or response fields for JSON.
#pragma once

#include <span>
#include <string_view>

#include "proto/decoder.hpp"
#include "render/fields.hpp"
#include "render/out.hpp"

namespace tapsniff {

struct TxtLine {
    // How tcpdump's print_txt_line ended on the first line.
    enum class End : std::uint8_t {
        hidden,  // not a request or response line (txtproto_print's print_this): only the name
        eol,     // ended by LF or CR LF: ": <line>"
        open,    // printable up to the payload's end, no line end: ": <line> [|proto]"
        binary,  // a byte that is not printable (or a CR without LF) came first: only the name
        cut,     // the capture ended before the line did: " [|proto]"
    };
    End end = End::hidden;
    bool command = false;   // the first token is one of the protocol's request names
    bool code = false;      // the response code token (first or second) is three digits
    Bytes line;             // the first line without its end (eol, open)
    // The line's first token, second token and the rest after the blank that follows the second
    // (empty when the line has fewer): method/URI/version, version/code/phrase, code/text ...
    Bytes first, second, rest;
    Bytes tail;  // everything after the first token and its blank (an FTP or SMTP argument)
};

struct TxtProtoSpec {
    std::span<const std::string_view> commands;  // request names; empty: every payload is shown
    bool code_second = false;                     // RESP_CODE_SECOND_TOKEN: "HTTP/1.1 200 OK"
};

// Reads the first line of a payload: `captured` bytes of it, `len` on the wire.
void read_txt_line(TxtLine& out, const TxtProtoSpec& spec, Bytes captured, std::uint32_t len);

// tcpdump's text: the name in capitals, then the line and its marks; `mark` is the name in " [|name]".
void append_txt_line(OutBuffer& out, std::string_view caps, std::string_view mark, const TxtLine& line);

// True when the segment or datagram around layer `index` goes to `port` (tshark tells requests from
// responses that way for FTP, SMTP and WHOIS).
bool to_port(const DecodedFrame& frame, std::size_t index, std::uint16_t port);

// Sets a text protocol layer's presence from how its line ended (the layer was added partial):
// hidden or binary stay partial (no JSON object), a cut line is truncated under `mark`.
void set_txt_presence(Decoder& d, const TxtLine& line, const char* mark);

// A text protocol's decoder: adds layer L (partial), reads the payload's first line into L::line
// and sets the layer's presence; returns the layer for the protocol's own members (nullptr when the
// frame has no room).
template <class L>
L* decode_txt_layer(Decoder& d, const TxtProtoSpec& spec, Bytes data, std::uint32_t wire_len, const char* mark) {
    auto* layer = d.frame.add<L>(Presence::partial);
    if (layer == nullptr) return nullptr;
    read_txt_line(layer->line, spec, data, wire_len);
    set_txt_presence(d, layer->line, mark);
    return layer;
}

// A JSON string or tree line holding bytes the decoder found to be text.
template <class W>
void put_text(W& w, const Field& f, Bytes b) {
    OutBuffer tmp;
    text::append_chars(tmp, b);
    w.str(f, std::string_view(tmp.data(), tmp.size()));
}

// "3 digits" as a number, for JSON response codes; the text itself otherwise is not a number.
std::uint32_t decimal_value(Bytes digits);

}  // namespace tapsniff
