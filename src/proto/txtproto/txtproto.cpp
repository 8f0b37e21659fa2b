// The first line of a text protocol's payload, read as tcpdump 4.99.3's txtproto_print reads it.
#include "proto/txtproto/txtproto.hpp"

#include "proto/tcp/tcp.hpp"
#include "proto/udp/udp.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kTokenBuffer = 129;  // tcpdump's MAX_TOKEN + 1, terminating NUL included

std::uint8_t at(Bytes p, std::size_t i) { return static_cast<std::uint8_t>(p[i]); }
bool printable(std::uint8_t c) { return c >= 0x20 && c < 0x7f; }  // ND_ASCII_ISPRINT
bool blank(std::uint8_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// tcpdump's fetch_token: the token at `idx` (into `token`) and the index after it and the blanks
// that follow it, or 0 when there is no token there. Bounded by `len` and the captured bytes.
std::size_t fetch_token(Bytes p, std::size_t idx, std::size_t len, Bytes& token) {
    const std::size_t start = idx;
    for (; idx < len; ++idx) {
        if (idx >= p.size()) return 0;  // ran past the captured data
        const std::uint8_t c = at(p, idx);
        if (c >= 0x80) return 0;
        if (blank(c)) break;
        if (!printable(c)) return 0;
        if (idx - start + 2 > kTokenBuffer) return 0;  // no room in tcpdump's buffer
    }
    if (idx == start) return 0;
    token = p.subspan(start, idx - start);
    for (; idx < len && idx < p.size(); ++idx) {
        const std::uint8_t c = at(p, idx);
        if (c != ' ') break;  // a line end, a byte that is not printable (tabs too), the next token
    }
    return idx;
}

bool same_ignoring_case(Bytes token, std::string_view name) {
    if (token.size() != name.size()) return false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        std::uint8_t c = at(token, i);
        if (c >= 'a' && c <= 'z') c = static_cast<std::uint8_t>(c - 'a' + 'A');
        auto n = static_cast<std::uint8_t>(name[i]);
        if (n >= 'a' && n <= 'z') n = static_cast<std::uint8_t>(n - 'a' + 'A');
        if (c != n) return false;
    }
    return true;
}

bool three_digits(Bytes token) {
    if (token.size() != 3) return false;
    for (std::byte b : token) {
        if (b < std::byte{'0'} || b > std::byte{'9'}) return false;
    }
    return true;
}

// tcpdump's print_txt_line from the payload's start, without -v.
void first_line(TxtLine& out, Bytes p, std::size_t len) {
    for (std::size_t idx = 0; idx < len; ++idx) {
        if (idx >= p.size()) {  // GET_U_1 past the capture
            out.end = TxtLine::End::cut;
            return;
        }
        const std::uint8_t c = at(p, idx);
        if (c == '\n') {
            out.end = TxtLine::End::eol;
            out.line = p.first(idx);
            return;
        }
        if (c == '\r') {
            if (idx + 1 >= len) {  // the LF is not in this segment
                out.end = TxtLine::End::binary;
                return;
            }
            if (idx + 1 >= p.size()) {
                out.end = TxtLine::End::cut;
                return;
            }
            out.end = at(p, idx + 1) == '\n' ? TxtLine::End::eol : TxtLine::End::binary;
            if (out.end == TxtLine::End::eol) out.line = p.first(idx);
            return;
        }
        if (!printable(c) && c != '\t') {
            out.end = TxtLine::End::binary;
            return;
        }
    }
    out.end = TxtLine::End::open;
    out.line = p.first(len);
}

// The line's first token, second token and rest, split at single spaces (for JSON only).
void split(TxtLine& out) {
    Bytes rest = out.line;
    auto word = [&rest]() {
        std::size_t i = 0;
        while (i < rest.size() && rest[i] != std::byte{' '}) ++i;
        Bytes w = rest.first(i);
        rest = rest.subspan(i < rest.size() ? i + 1 : i);
        return w;
    };
    out.first = word();
    out.tail = rest;
    out.second = word();
    out.rest = rest;
}

}  // namespace

void read_txt_line(TxtLine& out, const TxtProtoSpec& spec, Bytes captured, std::uint32_t len) {
    captured = captured.first(std::min<std::size_t>(captured.size(), len));
    bool shown = spec.commands.empty();
    if (!shown) {
        Bytes token;
        std::size_t idx = fetch_token(captured, 0, len, token);
        if (idx != 0) {
            for (std::string_view name : spec.commands) {
                if (same_ignoring_case(token, name)) {
                    out.command = true;
                    break;
                }
            }
            if (spec.code_second) idx = fetch_token(captured, idx, len, token);
            if (idx != 0 && three_digits(token)) out.code = true;
        }
        shown = out.command || out.code;
    }
    if (!shown) {
        out.end = TxtLine::End::hidden;
        return;
    }
    first_line(out, captured, len);
    split(out);
}

void append_txt_line(OutBuffer& out, std::string_view caps, std::string_view mark, const TxtLine& line) {
    text::append(out, caps);
    switch (line.end) {
        case TxtLine::End::eol:
        case TxtLine::End::open:
            text::append(out, ": ");
            text::append_chars(out, line.line);
            if (line.end == TxtLine::End::open) text::append_trunc(out, mark);
            return;
        case TxtLine::End::cut:
            text::append_trunc(out, mark);
            return;
        case TxtLine::End::hidden:
        case TxtLine::End::binary:
            return;
    }
}

void set_txt_presence(Decoder& d, const TxtLine& line, const char* mark) {
    switch (line.end) {
        case TxtLine::End::eol:
            d.frame.set_presence(Presence::complete);
            return;
        case TxtLine::End::open:
        case TxtLine::End::cut:
            d.frame.set_presence(Presence::truncated);
            d.cut(mark);
            return;
        case TxtLine::End::hidden:
        case TxtLine::End::binary:
            return;
    }
}

bool to_port(const DecodedFrame& frame, std::size_t index, std::uint16_t port) {
    if (index == 0) return false;
    if (const auto* tcp = frame.get<TcpLayer>(index - 1)) return tcp->dport == port;
    if (const auto* udp = frame.get<UdpLayer>(index - 1)) return udp->dport == port;
    return false;
}

std::uint32_t decimal_value(Bytes digits) {
    std::uint32_t v = 0;
    for (std::byte b : digits.first(std::min<std::size_t>(digits.size(), 9))) {
        if (b < std::byte{'0'} || b > std::byte{'9'}) break;
        v = v * 10 + static_cast<std::uint32_t>(b) - '0';
    }
    return v;
}

}  // namespace tapsniff
