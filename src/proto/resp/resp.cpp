// RESP: decoder (print-resp.c's parser, without its recursion), tcpdump text and fields.
#include "proto/resp/resp.hpp"

#include <climits>
#include <optional>

#include "render/fields.hpp"

namespace tapsniff {
namespace {

// tcpdump's resp_get_length results.
constexpr std::int64_t kCut = -2, kTooLarge = -3, kNegative = -4, kInvalid = -5;

// One pass of tcpdump's parser over a payload: `p` what was captured, lengths from the wire. With
// `items` it stores what it finds, else it only counts. print-resp.c recurses into arrays; an array
// prints nothing of its own, and its elements are parsed one after another from the same bytes,
// so a count of elements still owed is all the nesting amounts to.
class Parser {
public:
    Parser(Bytes p, RespItem* items, std::uint32_t capacity) : p_(p), items_(items), capacity_(capacity) {}

    // Returns false where tcpdump gives up (" [|resp]").
    bool run(std::int64_t length) {
        std::size_t pos = 0;
        std::uint64_t owed = 0;  // array elements still to come
        while (length > 0 || owed > 0) {
            if (owed > 0) --owed;
            std::uint64_t elements = 0;
            const std::int64_t used = element(pos, length, elements);
            if (used < 0) return false;
            pos += static_cast<std::size_t>(used);
            length -= used;
            owed += elements;
        }
        return true;
    }
    [[nodiscard]] std::uint32_t count() const { return count_; }

private:
    std::optional<std::uint8_t> byte(std::size_t i) const {
        if (i >= p_.size()) return std::nullopt;
        return static_cast<std::uint8_t>(p_[i]);
    }
    void emit(RespKind kind, std::size_t offset = 0, std::size_t length = 0) {
        if (items_ != nullptr && count_ < capacity_) {
            items_[count_] = RespItem{kind, static_cast<std::uint32_t>(offset), static_cast<std::uint32_t>(length)};
        }
        ++count_;
    }
    // FIND_CRLF: moves `at` to the next CR LF within `len` captured bytes; false if there is none.
    bool find_crlf(std::size_t& at, std::int64_t& len) const {
        for (;;) {
            if (len < 2 || at + 2 > p_.size()) return false;
            if (p_[at] == std::byte{'\r'} && p_[at + 1] == std::byte{'\n'}) return true;
            ++at;
            --len;
        }
    }
    // CONSUME_CR_OR_LF: skips CRs and LFs; false if the data ends before one was seen.
    bool consume_cr_or_lf(std::size_t& at, std::int64_t& len) const {
        bool found = false;
        for (;;) {
            auto c = len == 0 ? std::nullopt : byte(at);
            if (!c) return found;
            if (*c != '\r' && *c != '\n') return true;
            found = true;
            ++at;
            --len;
        }
    }
    // resp_get_length: a length (>= 0, or -1 for "-1") or one of the error codes; `at` moves past it.
    std::int64_t get_length(std::size_t& at, std::int64_t& len) const {
        if (len == 0) return kCut;
        bool neg = false;
        auto c = byte(at);
        if (!c) return kCut;
        if (*c == '-') {
            neg = true;
            ++at;
            --len;
        }
        std::int64_t result = 0;
        bool saw_digit = false;
        bool too_large = false;
        for (;;) {
            if (len == 0) return kCut;
            c = byte(at);
            if (!c) return kCut;
            if (*c < '0' || *c > '9') {
                if (!saw_digit) {
                    ++at;
                    return kInvalid;
                }
                break;
            }
            const int digit = *c - '0';
            if (result > INT_MAX / 10) {
                too_large = true;
            } else {
                result *= 10;
                if (result == (INT_MAX / 10) * 10 && digit > INT_MAX % 10) too_large = true;
                else result += digit;
            }
            ++at;
            --len;
            saw_digit = true;
        }
        if (*c != '\r') {  // the byte that ended the digits
            ++at;
            return kInvalid;
        }
        ++at;
        --len;
        if (len == 0) return kCut;
        c = byte(at);
        if (!c) return kCut;
        ++at;
        if (*c != '\n') return kInvalid;
        --len;
        if (neg) return too_large || result != 1 ? kNegative : -1;
        return too_large ? kTooLarge : result;
    }
    // What a length that is not a count prints; false for a cut.
    bool length_note(std::int64_t n) {
        switch (n) {
            case -1: emit(RespKind::null); return true;
            case kCut: return false;
            case kTooLarge: emit(RespKind::too_large); return true;
            case kNegative: emit(RespKind::negative); return true;
            default: emit(RespKind::invalid); return true;
        }
    }
    // resp_parse for one element at `pos` with `length` bytes left on the wire: the bytes it used,
    // or -1; an array's header sets `elements`.
    std::int64_t element(std::size_t pos, std::int64_t length, std::uint64_t& elements) {
        if (length < 1) return -1;
        auto op = byte(pos);
        if (!op) return -1;
        std::size_t at = pos;
        std::int64_t left = length;
        switch (*op) {
            case '+':
            case '-':
            case ':': {
                std::size_t end = ++at;
                --left;
                if (!find_crlf(end, left)) return -1;
                emit(RespKind::text, at, end - at);
                return 1 + static_cast<std::int64_t>(end - at) + 2;
            }
            case '$': {
                ++at;
                --left;
                const std::size_t start = at;
                const std::int64_t n = get_length(at, left);
                left = length - 1 - static_cast<std::int64_t>(at - start);
                if (n < 0) return length_note(n) ? length - left : -1;
                if (n == 0) {
                    emit(RespKind::empty);
                } else {
                    if (left < n || at + static_cast<std::size_t>(n) > p_.size()) return -1;
                    emit(RespKind::text, at, static_cast<std::size_t>(n));
                    at += static_cast<std::size_t>(n);
                    left -= n;
                }
                if (!find_crlf(at, left)) return -1;
                left -= 2;
                return length - left;
            }
            case '*': {
                ++at;
                --left;
                const std::size_t start = at;
                const std::int64_t n = get_length(at, left);
                left = length - 1 - static_cast<std::int64_t>(at - start);
                if (n > 0) {
                    elements = static_cast<std::uint64_t>(n);
                } else if (n == 0) {
                    emit(RespKind::empty);
                } else if (!length_note(n)) {
                    return -1;
                }
                return length - left;
            }
            default: {  // an inline command: text up to CR or LF, after any CRs and LFs
                if (!consume_cr_or_lf(at, left)) return -1;
                std::size_t end = at;
                for (;;) {
                    auto c = left < 1 ? std::nullopt : byte(end);
                    if (!c) return -1;
                    if (*c == '\r' || *c == '\n') break;
                    ++end;
                    --left;
                }
                emit(RespKind::text, at, end - at);
                consume_cr_or_lf(end, left);
                return length - left;
            }
        }
    }

    Bytes p_;
    RespItem* items_;
    std::uint32_t capacity_;
    std::uint32_t count_ = 0;
};

void resp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const RespLayer& r = *t.frame.get<RespLayer>(index);
    text::append(out, ": RESP");
    for (std::uint32_t i = 0; i < r.count; ++i) {
        const RespItem& item = r.items[i];
        switch (item.kind) {
            case RespKind::text:
                text::append(out, " \"");
                text::append_fn_print(out, r.payload.subspan(item.offset, item.length));
                out.push_back('"');
                break;
            case RespKind::empty: text::append(out, " empty"); break;
            case RespKind::null: text::append(out, " null"); break;
            case RespKind::too_large: text::append(out, " length too large"); break;
            case RespKind::negative: text::append(out, " length negative and not -1"); break;
            case RespKind::invalid: text::append(out, " invalid"); break;
        }
    }
    if (r.cut) text::append_trunc(out, "resp");
}

constexpr Field kItems{"", "Items"};  // tshark has no such field

}  // namespace

void decode_resp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* resp = d.frame.add<RespLayer>(Presence::partial);
    if (resp == nullptr) return;
    resp->payload = data.first(std::min<std::size_t>(data.size(), wire_len));
    // Count first, then keep exactly as many items as there are (up to the cap).
    Parser counting(resp->payload, nullptr, 0);
    const bool whole = counting.run(wire_len);
    const std::uint32_t n = std::min(counting.count(), RespLayer::kMaxItems);
    auto* items = n == 0 ? nullptr : d.frame.allocate_array<RespItem>(n);
    if (items != nullptr) {
        Parser storing(resp->payload, items, n);
        storing.run(wire_len);
        resp->items = items;
        resp->count = n;
    }
    resp->cut = !whole;
    d.frame.set_presence(whole ? Presence::complete : Presence::truncated);
    if (!whole) d.cut("resp");
}

template <class W>
void describe(const RespLayer& r, W& w) {
    w.num(kItems, r.count);
}

const Protocol RespLayer::protocol = make_protocol<RespLayer>("resp", "resp", "REdis Serialization Protocol", resp_text);

}  // namespace tapsniff
