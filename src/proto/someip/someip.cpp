// SOME/IP: decoder, tcpdump text (print-someip.c) and fields.
#include "proto/someip/someip.hpp"

#include "proto/tcpdump_text.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kHeaderLen = 16;

}  // namespace

void decode_someip(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* s = d.frame.add<SomeipLayer>(Presence::partial);
    if (s == nullptr) return;
    if (wire_len < kHeaderLen) {
        s->too_short = true;
        d.bad("someip shorter than its header");
        return;
    }
    s->captured = std::min(snap.size(), kHeaderLen);
    Cursor c(snap.first(s->captured));
    if (auto v = c.be16()) s->service_id = *v;
    if (auto v = c.be16()) s->method_id = *v;
    if (auto v = c.be32()) s->length = *v;
    if (auto v = c.be16()) s->client_id = *v;
    if (auto v = c.be16()) s->session_id = *v;
    if (auto v = c.u8()) s->protocol_version = *v;
    if (auto v = c.u8()) s->interface_version = *v;
    if (auto v = c.u8()) s->message_type = *v;
    if (auto v = c.u8()) s->return_code = *v;
    if (s->captured == kHeaderLen) {
        d.frame.set_presence(Presence::complete);
    } else {
        if (s->captured >= 4) d.frame.set_presence(Presence::truncated);
        d.cut("someip");
    }
}

namespace {

constexpr auto kMessageTypes = std::to_array<Tok>({
    {0x00, "REQUEST"},    {0x01, "REQUEST_NO_RETURN"},    {0x02, "NOTIFICATION"},    {0x80, "RESPONSE"},
    {0x81, "ERROR"},      {0x20, "TP_REQUEST"},           {0x21, "TP_REQUEST_NO_RETURN"},
    {0x22, "TP_NOTIFICATION"}, {0xa0, "TP_RESPONSE"},     {0xa1, "TP_ERROR"},
});
constexpr auto kReturnCodes = std::to_array<Tok>({
    {0x00, "E_OK"}, {0x01, "E_NOT_OK"}, {0x02, "E_UNKNOWN_SERVICE"}, {0x03, "E_UNKNOWN_METHOD"},
    {0x04, "E_NOT_READY"}, {0x05, "E_NOT_REACHABLE"}, {0x06, "E_TIMEOUT"}, {0x07, "E_WRONG_PROTOCOL_VERSION"},
    {0x08, "E_WRONG_INTERFACE_VERSION"}, {0x09, "E_MALFORMED_MESSAGE"}, {0x0a, "E_WRONG_MESSAGE_TYPE"},
    {0x0b, "E_E2E_REPEATED"}, {0x0c, "E_E2E_WRONG_SEQUENCE"}, {0x0d, "E_E2E"}, {0x0e, "E_E2E_NOT_AVAILABLE"},
    {0x0f, "E_E2E_NO_NEW_DATA"},
});

void someip_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const SomeipLayer& s = *t.frame.get<SomeipLayer>(index);
    text::append(out, "SOMEIP");
    if (s.too_short) {
        text::append(out, " (invalid)");
        return;
    }
    auto have = [&](std::size_t end) {
        if (s.captured >= end) return true;
        text::append_trunc(out, "someip");
        return false;
    };
    if (!have(4)) return;
    TS_PUT(out, ", service {}, {} {}", s.service_id, (s.method_id & 0x8000U) != 0 ? "event" : "method",
           s.method_id & 0x7fffU);
    if (!have(8)) return;
    TS_PUT(out, ", len {}", s.length);
    if (!have(12)) return;
    TS_PUT(out, ", client {}, session {}", s.client_id, s.session_id);
    if (!have(13)) return;
    TS_PUT(out, ", pver {}", s.protocol_version);
    if (!have(14)) return;
    TS_PUT(out, ", iver {}", s.interface_version);
    if (!have(15)) return;
    text::append(out, ", msgtype ");
    append_tok_or(out, kMessageTypes, s.message_type, "Unknown");
    if (!have(16)) return;
    text::append(out, ", retcode ");
    append_tok_or(out, kReturnCodes, s.return_code, "Unknown");
    out.push_back('\n');  // tcpdump ends the line twice
}

const char* type_name(std::uint64_t v) { return tok_name(kMessageTypes, static_cast<std::uint32_t>(v)); }
const char* code_name(std::uint64_t v) { return tok_name(kReturnCodes, static_cast<std::uint32_t>(v)); }

constexpr Field kServiceId{"serviceid", "Service ID", 4};
constexpr Field kMethodId{"methodid", "Method ID", 4};
constexpr Field kLength{"length", "Length"};
constexpr Field kClientId{"clientid", "Client ID", 4};
constexpr Field kSessionId{"sessionid", "Session ID", 4};
constexpr Field kProtocolVersion{"protoversion", "Protocol Version"};
constexpr Field kInterfaceVersion{"interfaceversion", "Interface Version"};
constexpr Field kMessageType{"messagetype", "Message Type", 2, type_name};
constexpr Field kReturnCode{"returncode", "Return Code", 2, code_name};

}  // namespace

template <class W>
void describe(const SomeipLayer& s, W& w) {
    if (s.captured < kHeaderLen) return;
    w.num(kServiceId, s.service_id);
    w.num(kMethodId, s.method_id);
    w.num(kLength, s.length);
    w.num(kClientId, s.client_id);
    w.num(kSessionId, s.session_id);
    w.num(kProtocolVersion, s.protocol_version);
    w.num(kInterfaceVersion, s.interface_version);
    w.num(kMessageType, s.message_type);
    w.num(kReturnCode, s.return_code);
}

const Protocol SomeipLayer::protocol = make_protocol<SomeipLayer>("someip", "someip", "SOME/IP Protocol", someip_text);

}  // namespace tapsniff
