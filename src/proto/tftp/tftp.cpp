// TFTP: decoder, tcpdump text (print-tftp.c) and fields.
#include "proto/tftp/tftp.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint16_t kRrq = 1;
constexpr std::uint16_t kWrq = 2;
constexpr std::uint16_t kData = 3;
constexpr std::uint16_t kAck = 4;
constexpr std::uint16_t kError = 5;
constexpr std::uint16_t kOack = 6;

// nd_printztn over at most `n` bytes: false when no NUL came first (then the string is cut).
bool read_string(Cursor& cursor, std::uint32_t& n, TftpString& s) {
    const Bytes rest = cursor.rest();
    std::size_t i = 0;
    const std::size_t limit = std::min<std::size_t>(rest.size(), n);
    while (i < limit && rest[i] != std::byte{0}) ++i;
    s.chars = rest.first(i);
    s.terminated = i < limit;
    if (!s.terminated) return false;
    cursor.skip(i + 1);
    n -= static_cast<std::uint32_t>(i + 1);
    return true;
}

}  // namespace

void decode_tftp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* t = d.frame.add<TftpLayer>(Presence::partial);
    if (t == nullptr) return;
    t->length = wire_len;
    auto cut = [&] {
        t->cut = true;
        d.cut("tftp");
        if (t->has_opcode) d.frame.set_presence(Presence::truncated);
    };
    Cursor cursor(snap);
    if (wire_len < 2) return cut();
    auto opcode = cursor.be16();
    if (!opcode) return cut();
    t->opcode = *opcode;
    t->has_opcode = true;
    d.frame.set_presence(Presence::complete);
    std::uint32_t left = wire_len - 2;
    auto strings = [&](std::size_t fixed, bool options) {
        // `fixed` strings that must be there, then (options) more while bytes are left.
        for (std::size_t i = 0; i < fixed || (options && left != 0); ++i) {
            if (left == 0 || (i >= fixed && !cursor.peek())) return cut();
            TftpString* s = t->strings.add();
            if (s == nullptr) return cut();  // more options than we keep: stop here
            if (!read_string(cursor, left, *s)) return cut();
        }
    };
    switch (t->opcode) {
        case kRrq:
        case kWrq:
            strings(2, true);
            break;
        case kOack:
            strings(0, true);
            break;
        case kData:
        case kAck:
            if (left < 2) return cut();
            if (auto block = cursor.be16()) {
                t->number = *block;
                t->has_number = true;
            } else {
                return cut();
            }
            break;
        case kError: {
            if (left < 2) return cut();
            auto code = cursor.be16();
            if (!code) return cut();
            t->number = *code;
            t->has_number = true;
            left -= 2;
            strings(1, false);  // the message; what follows it is not read
            break;
        }
        default:
            break;
    }
}

namespace {

constexpr auto kOpcodes = std::to_array<Tok>({
    {kRrq, "RRQ"}, {kWrq, "WRQ"}, {kData, "DATA"}, {kAck, "ACK"}, {kError, "ERROR"}, {kOack, "OACK"},
});
constexpr auto kErrors = std::to_array<Tok>({
    {0, "EUNDEF"}, {1, "ENOTFOUND"}, {2, "EACCESS"}, {3, "ENOSPACE"},
    {4, "EBADOP"}, {5, "EBADID"}, {6, "EEXISTS"}, {7, "ENOUSER"},
});

void tftp_text(const TextContext& tc, std::size_t index) {
    OutBuffer& out = tc.out;
    const TftpLayer& t = *tc.frame.get<TftpLayer>(index);
    auto trunc = [&out] { text::append_trunc(out, "tftp"); };
    text::append_labeled(out, "TFTP, length ", t.length);
    if (!t.has_opcode) return trunc();
    const char* name = tok_name(kOpcodes, t.opcode);
    if (name == nullptr) {
        TS_PUT(out, ", tftp-#{}", t.opcode);
        return;
    }
    TS_PUT(out, ", {}", name);
    const std::size_t n = t.strings.size();
    switch (t.opcode) {
        case kRrq:
        case kWrq:
        case kOack:
            for (std::size_t i = 0; i < n; ++i) {
                const TftpString& s = t.strings[i];
                if (t.opcode != kOack && i == 0) {
                    text::append(out, " \"");
                    text::append_fn_print(out, s.chars);
                    out.push_back('"');
                } else {
                    // The mode always has its space; an option only when not empty.
                    if ((t.opcode != kOack && i == 1) || !s.chars.empty()) out.push_back(' ');
                    text::append_fn_print(out, s.chars);
                }
            }
            break;
        case kData:
        case kAck:
            if (t.has_number) TS_PUT(out, " block {}", t.number);
            break;
        case kError:
            if (!t.has_number) break;
            if (const char* e = tok_name(kErrors, t.number)) TS_PUT(out, " {}", e);
            else TS_PUT(out, " tftp-err-#{} \"", t.number);
            if (n > 0) {
                text::append(out, " \"");
                text::append_fn_print(out, t.strings[0].chars);
                out.push_back('"');
            }
            break;
        default:
            break;
    }
    if (t.cut) trunc();
}

const char* opcode_name(std::uint64_t v) { return tok_name(kOpcodes, static_cast<std::uint32_t>(v)); }
const char* error_name(std::uint64_t v) { return tok_name(kErrors, static_cast<std::uint32_t>(v)); }

constexpr Field kOpcode{"opcode", "Opcode", 0, opcode_name};
constexpr Field kSourceFile{"source_file", "Source File"};
constexpr Field kDestinationFile{"destination_file", "Destination File"};
constexpr Field kType{"type", "Type"};
constexpr Field kBlock{"block", "Block"};
constexpr Field kErrorCode{"error_code", "Error code", 0, error_name};
constexpr Field kErrorMessage{"error_message", "Error message"};

}  // namespace

template <class W>
void describe(const TftpLayer& t, W& w) {
    w.num(kOpcode, t.opcode);
    const std::size_t n = t.strings.size();
    switch (t.opcode) {
        case kRrq:
        case kWrq:
            if (n > 0 && t.strings[0].terminated) w.wire_text(t.opcode == kRrq ? kSourceFile : kDestinationFile,
                                                              t.strings[0].chars);
            if (n > 1 && t.strings[1].terminated) w.wire_text(kType, t.strings[1].chars);
            break;
        case kData:
        case kAck:
            if (t.has_number) w.num(kBlock, t.number);
            break;
        case kError:
            if (t.has_number) w.num(kErrorCode, t.number);
            if (n > 0 && t.strings[0].terminated) w.wire_text(kErrorMessage, t.strings[0].chars);
            break;
        default:
            break;
    }
}

const Protocol TftpLayer::protocol = make_protocol<TftpLayer>("tftp", "tftp", "Trivial File Transfer Protocol", tftp_text);

}  // namespace tapsniff
