// Loopback: decoder following tcpdump's loopback_print (print-loopback.c), its text and fields
// (tshark's loop.* names).
#include "proto/loopback/loopback.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

// tcpdump's "invalid" path: the mark, then a check that the rest was captured.
void invalid(LoopbackLayer& l, const Cursor& c, std::uint32_t len) {
    l.invalid = true;
    l.cut = !c.has(len);
}

void read_message(LoopbackLayer& l, Cursor c, std::uint32_t len) {
    if (len < 2) return invalid(l, c, len);
    auto function = c.le16();
    if (!function) {
        l.cut = true;
        return;
    }
    len -= 2;
    l.has_function = true;
    l.function = *function;
    switch (*function) {
        case loopback::kReply: {
            if (len < 2) return invalid(l, c, len);
            auto receipt = c.le16();
            if (!receipt) {
                l.cut = true;
                return;
            }
            len -= 2;
            l.has_receipt = true;
            l.receipt = *receipt;
            break;
        }
        case loopback::kForwardData: {
            if (len < 6) return invalid(l, c, len);
            auto mac = c.array<6>();
            if (!mac) {
                l.cut = true;
                return;
            }
            len -= 6;
            l.has_forward = true;
            l.forward = *mac;
            break;
        }
        default:
            l.cut = !c.has(len);
            return;
    }
    l.has_data = true;
    l.data_len = len;
    l.cut = !c.has(len);
}

}  // namespace

void decode_loopback(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* l = d.frame.add<LoopbackLayer>(Presence::partial);
    if (l == nullptr) return;
    Cursor c(data);
    std::uint32_t len = wire_len;
    if (len < 2) {
        invalid(*l, c, len);
    } else if (auto skip = c.le16()) {
        len -= 2;
        l->has_skip_count = true;
        l->skip_count = *skip;
        if (*skip > len) {
            invalid(*l, c, len);
        } else if (!c.skip(*skip)) {
            l->cut = true;
        } else {
            read_message(*l, c, len - *skip);
        }
    } else {
        l->cut = true;
    }
    if (l->has_skip_count) {
        d.frame.set_presence(l->invalid ? Presence::malformed : l->cut ? Presence::truncated : Presence::complete);
    }
    if (l->invalid) d.bad("loopback message too short");
    if (l->cut) d.cut("loopback");
}

namespace {

void loopback_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const LoopbackLayer& l = *t.frame.get<LoopbackLayer>(index);
    text::append(out, "Loopback");
    if (l.has_skip_count) {
        TS_PUT(out, ", skipCount {}", l.skip_count);
        if (l.skip_count % 8 != 0) text::append(out, " (bogus)");
    }
    if (l.has_function) {
        switch (l.function) {
            case loopback::kReply: text::append(out, ", Reply"); break;
            case loopback::kForwardData: text::append(out, ", Forward Data"); break;
            default: TS_PUT(out, ",  invalid ({})", l.function); break;
        }
    }
    if (l.has_receipt) TS_PUT(out, ", receipt number {}", l.receipt);
    if (l.has_forward) {
        text::append(out, ", forwarding address ");
        text::append_mac(out, l.forward);
    }
    if (l.has_data) TS_PUT(out, ", data ({} octets)", l.data_len);
    if (l.invalid) text::append(out, " (invalid)");
    if (l.cut) text::append_trunc(out, "loopback");
}

const char* function_name(std::uint64_t v) {
    switch (v) {
        case loopback::kReply: return "Reply";
        case loopback::kForwardData: return "Forward Data";
        default: return nullptr;
    }
}

constexpr Field kSkipCount{"skipcount", "skipCount"};
constexpr Field kFunction{"relevant_function", "Relevant function", 0, function_name};
constexpr Field kReceipt{"receipt_number", "Receipt number"};
constexpr Field kForward{"forwarding_address", "Forwarding address"};

}  // namespace

template <class W>
void describe(const LoopbackLayer& l, W& w) {
    w.num(kSkipCount, l.skip_count);
    if (l.has_function) w.num(kFunction, l.function);
    if (l.has_receipt) w.num(kReceipt, l.receipt);
    if (l.has_forward) w.mac(kForward, l.forward);
}

const Protocol LoopbackLayer::protocol =
    make_protocol<LoopbackLayer>("loopback", "loopback", "Configuration Test Protocol (loopback)", loopback_text);

}  // namespace tapsniff
