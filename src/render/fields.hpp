// Fields described once, rendered twice: each protocol writes one `describe(const Layer&, Writer&)`
// naming its fields (Wireshark's hf_register_info: key, label, how a value is shown), and the
// JSON writer and the -v tree writer below turn the same calls into JSON members or tree lines.
#pragma once

#include <cstdint>
#include <string_view>

#include "render/out.hpp"
#include "tapsniff/checksum.hpp"

namespace tapsniff {

// A value's name for the tree ("TCP" for 6), or nullptr when it has none.
using NameFn = const char* (*)(std::uint64_t value);
// The whole tree text of a value, for values a name cannot describe (flag sets).
using ShowFn = void (*)(OutBuffer& out, std::uint64_t value);

struct Field {
    std::string_view json;         // JSON key; empty: only in the tree
    std::string_view label;        // tree label; empty: only in JSON
    std::uint8_t hex_digits = 0;   // numbers: 0 decimal; else "0x" and this many digits (a JSON string)
    NameFn name = nullptr;         // tree: "Name (value)"
    ShowFn show = nullptr;         // tree: written by this function instead
    std::string_view unit = {};    // tree: "20 bytes"
};

// JSON members: `"key":value`, comma-separated, for fields that have a key.
class JsonWriter {
public:
    explicit JsonWriter(OutBuffer& out) : out_(out) {}

    void num(const Field& f, std::uint64_t v) {
        if (!key(f)) return;
        if (f.hex_digits != 0) {
            out_.push_back('"');
            append_hex(v, f.hex_digits);
            out_.push_back('"');
        } else {
            text::append_uint(out_, v);
        }
    }
    void flag(const Field& f, bool v) {
        if (key(f)) text::append(out_, v ? "true" : "false");
    }
    // A signed number (decimal only).
    void snum(const Field& f, std::int64_t v) {
        if (key(f)) TS_PUT(out_, "{}", v);
    }
    void str(const Field& f, std::string_view v) {
        if (key(f)) append_string(out_, v);
    }
    // Text from the wire (names, community strings): any byte, escaped as JSON needs.
    void wire_text(const Field& f, Bytes v) {
        if (key(f)) append_string(out_, v);
    }
    void mac(const Field& f, const MacAddress& v) {
        if (!key(f)) return;
        out_.push_back('"');
        text::append_mac(out_, v);
        out_.push_back('"');
    }
    void ipv4(const Field& f, const Ipv4Address& v) {
        if (!key(f)) return;
        out_.push_back('"');
        text::append_ipv4(out_, v);
        out_.push_back('"');
    }
    void ipv6(const Field& f, const Ipv6Address& v) {
        if (!key(f)) return;
        out_.push_back('"');
        text::append_ipv6(out_, v);
        out_.push_back('"');
    }
    // A hardware address of any length: a MAC when 6 bytes, else lowercase hex octets.
    void link_address(const Field& f, Bytes v) {
        if (!key(f)) return;
        out_.push_back('"');
        if (!v.empty()) text::append_link_address(out_, v);
        out_.push_back('"');
    }
    // A protocol address: dotted quad when `as_ipv4` (four bytes of IPv4), else hex octets.
    void protocol_address(const Field& f, Bytes v, bool as_ipv4) {
        if (!key(f)) return;
        out_.push_back('"');
        if (as_ipv4) text::append_ipv4(out_, v);
        else if (!v.empty()) text::append_link_address(out_, v);
        out_.push_back('"');
    }
    void checksum(const Field& f, const Checksum& c) { num(f, c.value); }
    // A number with a fraction (STP's timers in seconds), as tshark shows it: "1.5", "20".
    void real(const Field& f, double v) {
        if (key(f)) TS_PUT(out_, "{}", v);
    }

    // A list of objects: begin_list, then begin_item/end_item around each, then end_list.
    void begin_list(const Field& f) {
        if (!key(f)) return;
        out_.push_back('[');
        first_ = true;
    }
    void end_list(const Field& f) {
        if (f.json.empty()) return;
        out_.push_back(']');
        first_ = false;
    }
    void begin_item(const Field& list) {
        if (list.json.empty()) return;
        if (!first_) out_.push_back(',');
        out_.push_back('{');
        first_ = true;
    }
    void end_item(const Field& list) {
        if (list.json.empty()) return;
        out_.push_back('}');
        first_ = false;
    }
    // A nested object: begin_object, its fields, end_object.
    void begin_object(const Field& f) {
        if (!key(f)) return;
        out_.push_back('{');
        first_ = true;
    }
    void end_object(const Field& f) {
        if (f.json.empty()) return;
        out_.push_back('}');
        first_ = false;
    }
    // A list of plain numbers.
    void begin_numbers(const Field& f) {
        numbers_shown_ = !f.json.empty();
        begin_list(f);
    }
    void number_item(std::uint64_t v) {
        if (!numbers_shown_) return;
        if (!first_) out_.push_back(',');
        text::append_uint(out_, v);
        first_ = false;
    }
    void end_numbers(const Field& f) { end_list(f); }

    static void append_string(OutBuffer& out, std::string_view s);
    static void append_string(OutBuffer& out, Bytes s);

private:
    bool key(const Field& f) {
        if (f.json.empty()) return false;
        // ,"name": in one piece
        const std::size_t comma = first_ ? 0 : 1;
        first_ = false;
        char* p = text::extend(out_, comma + f.json.size() + 3);
        *p = ',';
        p += comma;
        *p++ = '"';
        std::memcpy(p, f.json.data(), f.json.size());
        p += f.json.size();
        *p++ = '"';
        *p = ':';
        return true;
    }
    void append_hex(std::uint64_t v, unsigned digits);

    OutBuffer& out_;
    bool first_ = true;
    bool numbers_shown_ = false;
};

// The -v tree: "\n        Label: value" per field, a heading per list item, deeper for nesting.
class TreeWriter {
public:
    explicit TreeWriter(OutBuffer& out) : out_(out) {}

    void num(const Field& f, std::uint64_t v);
    void flag(const Field& f, bool v) {
        if (line(f)) text::append(out_, v ? "True" : "False");
    }
    void snum(const Field& f, std::int64_t v) {
        if (line(f)) TS_PUT(out_, "{}", v);
    }
    void str(const Field& f, std::string_view v) {
        if (line(f)) text::append(out_, v);
    }
    // Printable ASCII as it is, other bytes as \xNN: the tree stays one line per field.
    void wire_text(const Field& f, Bytes v);
    void mac(const Field& f, const MacAddress& v) {
        if (line(f)) text::append_mac(out_, v);
    }
    void ipv4(const Field& f, const Ipv4Address& v) {
        if (line(f)) text::append_ipv4(out_, v);
    }
    void ipv6(const Field& f, const Ipv6Address& v) {
        if (line(f)) text::append_ipv6(out_, v);
    }
    void link_address(const Field& f, Bytes v) {
        if (line(f)) text::append_link_address(out_, v);
    }
    void protocol_address(const Field& f, Bytes v, bool as_ipv4) {
        if (!line(f)) return;
        if (as_ipv4) text::append_ipv4(out_, v);
        else text::append_link_address(out_, v);
    }
    // "0x1c46 [correct]", "[incorrect, should be 0x...]", "[unverified]", "[not used]".
    void checksum(const Field& f, const Checksum& c);
    void real(const Field& f, double v) {
        if (!line(f)) return;
        TS_PUT(out_, "{}", v);
        if (!f.unit.empty()) {
            out_.push_back(' ');
            text::append(out_, f.unit);
        }
    }

    void begin_list(const Field& f) { (void)f; }
    void end_list(const Field& f) { (void)f; }
    void begin_item(const Field& list);
    void end_item(const Field& list);
    void begin_object(const Field& f) { begin_item(f); }
    void end_object(const Field& f) { end_item(f); }
    void begin_numbers(const Field& f);
    void number_item(std::uint64_t v);
    void end_numbers(const Field& f);

private:
    bool line(const Field& f);

    OutBuffer& out_;
    unsigned depth_ = 0;        // list items nest one level per begin_item
    bool first_number_ = true;  // in a list of numbers
    bool numbers_shown_ = false;
};

// A list of objects, one per element of `range`: `each(element)` describes an element's fields.
// The same calls serve both writers: a JSON array of objects, or a block per element in the tree.
template <class Writer, class Range, class Each>
void describe_list(Writer& w, const Field& list, const Range& range, Each&& each) {
    w.begin_list(list);
    for (const auto& element : range) {
        w.begin_item(list);
        each(element);
        w.end_item(list);
    }
    w.end_list(list);
}

}  // namespace tapsniff
