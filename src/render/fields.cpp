// The JSON and -v tree writers behind every protocol's field description.
#include "render/fields.hpp"

namespace tapsniff {

namespace {

// The length of the well-formed UTF-8 sequence starting at s[i] (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF), or 0.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0U; };
    const unsigned c = at(i);
    auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xbf) {
        const unsigned b = at(i + k);
        return i + k < s.size() && b >= lo && b <= hi;
    };
    if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
    if (c == 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if (c == 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
    if (c == 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c == 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

// Bytes that go into a JSON string as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (std::size_t c = 0x20; c < 0x7f; ++c) plain[c] = c != '"' && c != '\\';
    return plain;
}();

// The length of the run of plain bytes at the start of `s`.
std::size_t plain_run(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && kPlain[static_cast<unsigned char>(s[n])]) ++n;
    return n;
}

}  // namespace

// Control characters and bytes that are not well-formed UTF-8 are escaped as \u00XX; text in
// UTF-8 (a DNS name, a host name) goes out as it is, as tshark shows it.
void JsonWriter::append_string(OutBuffer& out, std::string_view s) {
    out.push_back('"');
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Plain text (nearly all of it: the summary line, names) is copied a run at a time.
        if (const std::size_t run = plain_run(s.substr(i)); run != 0) {
            text::append(out, s.substr(i, run));
            i += run;
            if (i == s.size()) break;
        }
        const char c = s[i];
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (u >= 0x80) {
            const std::size_t n = utf8_sequence(s, i);
            if (n == 0) {
                TS_PUT(out, "\\u{:04x}", u);
                continue;
            }
            text::append(out, s.substr(i, n));
            i += n - 1;
        } else {  // a control character or DEL: plain text went out with the run above
            TS_PUT(out, "\\u{:04x}", u);
        }
    }
    out.push_back('"');
}

void JsonWriter::append_string(OutBuffer& out, Bytes s) {
    out.push_back('"');
    const std::string_view chars(reinterpret_cast<const char*>(s.data()), s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (const std::size_t run = plain_run(chars.substr(i)); run != 0) {
            text::append(out, chars.substr(i, run));
            i += run;
            if (i == s.size()) break;
        }
        const std::byte b = s[i];
        const auto u = static_cast<unsigned>(b);
        if (u == '"' || u == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(u));
        } else {  // not printable ASCII: plain text went out with the run above
            TS_PUT(out, "\\u{:04x}", u);
        }
    }
    out.push_back('"');
}

void JsonWriter::append_hex(std::uint64_t v, unsigned digits) {
    TS_PUT(out_, "0x{:0{}x}", v, digits);
}

bool TreeWriter::line(const Field& f) {
    if (f.label.empty()) return false;
    text::append(out_, "\n        ");
    for (unsigned i = 0; i < depth_; ++i) text::append(out_, "    ");
    text::append(out_, f.label);
    text::append(out_, ": ");
    return true;
}

void TreeWriter::num(const Field& f, std::uint64_t v) {
    if (!line(f)) return;
    if (f.show != nullptr) {
        f.show(out_, v);
        return;
    }
    const char* name = f.name != nullptr ? f.name(v) : nullptr;
    if (name != nullptr) {
        text::append(out_, name);
        text::append(out_, " (");
    }
    if (f.hex_digits != 0) TS_PUT(out_, "0x{:0{}x}", v, f.hex_digits);
    else text::append_uint(out_, v);
    if (name != nullptr) out_.push_back(')');
    if (!f.unit.empty()) {
        out_.push_back(' ');
        text::append(out_, f.unit);
    }
}

void TreeWriter::wire_text(const Field& f, Bytes v) {
    if (!line(f)) return;
    for (std::byte b : v) {
        const auto c = static_cast<unsigned>(b);
        if (c >= 0x20 && c < 0x7f && c != '\\') out_.push_back(static_cast<char>(c));
        else TS_PUT(out_, "\\x{:02x}", c);
    }
}

void TreeWriter::checksum(const Field& f, const Checksum& c) {
    if (!line(f)) return;
    TS_PUT(out_, "0x{:04x} ", c.value);
    switch (c.state) {
        case Checksum::State::correct: text::append(out_, "[correct]"); break;
        case Checksum::State::incorrect: TS_PUT(out_, "[incorrect, should be 0x{:04x}]", c.expected); break;
        case Checksum::State::unused: text::append(out_, "[not used]"); break;
        case Checksum::State::unverified: text::append(out_, "[unverified]"); break;
    }
}

void TreeWriter::begin_item(const Field& list) {
    if (list.label.empty()) return;
    text::append(out_, "\n        ");
    for (unsigned i = 0; i < depth_; ++i) text::append(out_, "    ");
    text::append(out_, list.label);
    ++depth_;
}

void TreeWriter::end_item(const Field& list) {
    if (!list.label.empty() && depth_ > 0) --depth_;
}

void TreeWriter::begin_numbers(const Field& f) {
    first_number_ = true;
    numbers_shown_ = line(f);
}

void TreeWriter::number_item(std::uint64_t v) {
    if (!numbers_shown_) return;
    if (!first_number_) text::append(out_, ", ");
    first_number_ = false;
    text::append_uint(out_, v);
}

void TreeWriter::end_numbers(const Field& f) { (void)f; }

}  // namespace tapsniff
