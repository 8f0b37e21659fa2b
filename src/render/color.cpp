// --color: ANSI colours on a finished text line, so that a reader's eye finds addresses, the
// protocol and what went wrong. It works on tapsniff's own text (never on frame bytes) and runs
// only when colour is on, so the plain text path pays nothing.
#include <string_view>

#include "render/out.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kMac = "\x1b[33m";       // yellow
constexpr std::string_view kAddress = "\x1b[36m";   // cyan
constexpr std::string_view kProtocol = "\x1b[1m";   // bold
constexpr std::string_view kProblem = "\x1b[31m";   // red

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_mac(std::string_view t) {
    if (t.size() != 17) return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i % 3 == 2 ? t[i] != ':' : !is_hex(t[i])) return false;
    }
    return true;
}

// a.b.c.d, optionally with ".port".
bool is_ipv4(std::string_view t) {
    std::size_t dots = 0;
    std::size_t digits = 0;
    for (char c : t) {
        if (is_digit(c)) {
            if (++digits > (dots == 4 ? 5U : 3U)) return false;  // a port after the fourth dot
        } else if (c == '.' && digits > 0) {
            ++dots;
            digits = 0;
        } else {
            return false;
        }
    }
    return digits > 0 && (dots == 3 || dots == 4);
}

// Hex groups with two or more colons ("fd00::1", "fe80::1.546"), optionally a dotted tail.
bool is_ipv6(std::string_view t) {
    std::size_t colons = 0;
    for (char c : t) {
        if (c == ':') ++colons;
        else if (!is_hex(c) && c != '.') return false;
    }
    return colons >= 2 && t.find(":::") == std::string_view::npos;
}

// What a token is painted with, or empty.
std::string_view paint_for(std::string_view token, std::string_view previous) {
    if (token.starts_with("[|") || token == "(invalid)" || token.starts_with("truncated") ||
        token.starts_with("[bad") || token == "bad" || token.starts_with("[Invalid")) {
        return kProblem;
    }
    if (previous == "ethertype") return kProtocol;
    if (is_mac(token)) return kMac;
    if (is_ipv4(token) || is_ipv6(token)) return kAddress;
    return {};
}

}  // namespace

void colorize_line(OutBuffer& out, std::size_t start) {
    const std::string_view line(out.data() + start, out.size() - start);
    const std::size_t end = std::min(line.find('\n'), line.size());  // the summary line only
    OutBuffer painted;
    std::string_view previous;
    std::size_t i = 0;
    while (i < end) {
        if (line[i] == ' ') {
            painted.push_back(' ');
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < end && line[j] != ' ') ++j;
        std::string_view token = line.substr(i, j - i);
        // A separator after an address (',' or ':') is not part of it; "fe80:::" is "fe80::" + ':'.
        std::string_view core = token;
        while (!core.empty() && core.back() == ',') core.remove_suffix(1);
        std::string_view paint;
        if (!core.empty() && core.back() == ':') {
            paint = paint_for(core.substr(0, core.size() - 1), previous);
            if (!paint.empty()) core.remove_suffix(1);
        }
        if (paint.empty()) paint = paint_for(core, previous);
        if (!paint.empty()) text::append(painted, paint);
        text::append(painted, core);
        if (!paint.empty()) text::append(painted, kReset);
        text::append(painted, token.substr(core.size()));
        previous = core;
        i = j;
    }
    text::append(painted, line.substr(end));
    out.resize(start);
    out.append(painted.data(), painted.data() + painted.size());
}

}  // namespace tapsniff
