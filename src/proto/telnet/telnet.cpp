// Telnet: decoder (print-telnet.c's telnet_parse), tcpdump text and fields.
#include "proto/telnet/telnet.hpp"

#include <array>
#include <optional>

#include "render/fields.hpp"

namespace tapsniff {
namespace {

using namespace telnet_cmd;  // NOLINT(google-build-using-namespace): the command bytes, as in RFC 854

constexpr std::uint8_t kFirstCommand = 236;  // xEOF
constexpr std::uint8_t kAuthentication = 37, kEncrypt = 38;

// One pass of tcpdump's telnet_print loop over the payload; stores commands when `out` is set.
class Parser {
public:
    Parser(Bytes p, TelnetCommand* out, std::uint32_t capacity) : p_(p), out_(out), capacity_(capacity) {}

    // False where tcpdump reads past the capture (" [|telnet]").
    bool run(std::uint64_t length) {
        std::size_t sp = 0;
        while (length > 0) {
            auto first = byte(sp);
            if (!first) return false;
            if (*first != iac) return true;
            TelnetCommand cmd;
            std::optional<std::size_t> used;
            if (!parse(sp, length, cmd, used)) return false;
            if (!used) return true;  // not a whole command: tcpdump stops there
            if (out_ != nullptr && count_ < capacity_) out_[count_] = cmd;
            ++count_;
            sp += *used;
            // After "IAC SB ... IAC" with no SE tcpdump steps past the end; its next read is cut.
            if (*used > length) return false;
            length -= *used;
        }
        return true;
    }
    [[nodiscard]] std::uint32_t count() const { return count_; }

private:
    std::optional<std::uint8_t> byte(std::size_t i) const {
        if (i >= p_.size()) return std::nullopt;
        return static_cast<std::uint8_t>(p_[i]);
    }

    // telnet_parse from the IAC at `at`: false for a cut; `used` stays empty for tcpdump's pktend.
    bool parse(std::size_t at, std::uint64_t length, TelnetCommand& cmd, std::optional<std::size_t>& used) const {
        std::size_t sp = at;
        // tcpdump's FETCH, once the byte was checked: one byte less on the wire.
        auto take = [&sp, &length]() {
            ++sp;
            --length;
        };
        take();  // the IAC the caller read
        if (length < 1) return true;  // FETCH's pktend
        auto c = byte(sp);
        if (!c) return false;
        take();
        cmd.command = *c;
        if (*c == iac) {
            used = sp - at;
            return true;
        }
        if (*c < kFirstCommand) return true;
        if (*c < sb) {
            used = sp - at;
            return true;
        }
        if (length < 1) return true;
        auto x = byte(sp);
        if (!x) return false;
        take();
        cmd.option = *x;
        if (*c != sb) {
            used = sp - at;
            return true;
        }
        // IAC SB <option> ... IAC SE: find the IAC SE within the bytes left.
        std::size_t p = sp;
        while (length > p + 1 - sp) {
            auto b = byte(p);
            if (!b) return false;
            if (*b == iac) {
                auto next = byte(p + 1);
                if (!next) return false;
                if (*next == se) break;
            }
            ++p;
        }
        auto end = byte(p);
        if (!end) return false;
        if (*end != iac) return true;
        const std::size_t sub = p - sp;
        cmd.sub = p_.subspan(sp, sub);
        const bool two = cmd.option == kAuthentication || cmd.option == kEncrypt;
        cmd.named = static_cast<std::uint8_t>(std::min<std::size_t>(sub, two ? 2 : 1));
        sp = p + 2;  // the terminating IAC SE, whether or not the SE is there
        used = sp - at;
        return true;
    }

    Bytes p_;
    TelnetCommand* out_;
    std::uint32_t capacity_;
    std::uint32_t count_ = 0;
};

// tcpdump's tables.
constexpr std::array<const char*, 20> kCommands{"EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK",
                                                "BRK", "IP", "AO", "AYT", "EC", "EL", "GA", "SB",
                                                "WILL", "WONT", "DO", "DONT", "IAC"};
constexpr std::array<const char*, 40> kOptions{
    "BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME", "STATUS", "TIMING MARK", "RCTE", "NAOL", "NAOP",
    "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD", "NAOLFD", "EXTEND ASCII", "LOGOUT", "BYTE MACRO",
    "DATA ENTRY TERMINAL", "SUPDUP", "SUPDUP OUTPUT", "SEND LOCATION", "TERMINAL TYPE", "END OF RECORD",
    "TACACS UID", "OUTPUT MARKING", "TTYLOC", "3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW", "LINEMODE",
    "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION", "ENCRYPT", "NEW-ENVIRON"};
constexpr std::array<const char*, 3> kQualifiers{"IS", "SEND", "INFO"};
constexpr std::array<const char*, 4> kAuthCommands{"IS", "SEND", "REPLY", "NAME"};
constexpr std::array<const char*, 16> kAuthTypes{"NULL", "KERBEROS_V4", "KERBEROS_V5", "SPX", "MINK", "SRP",
                                                 "RSA", "SSL", nullptr, nullptr, "LOKI", "SSA", "KEA_SJ",
                                                 "KEA_SJ_INTEG", "DSS", "NTLM"};
constexpr std::array<const char*, 9> kEncryptCommands{"IS", "SUPPORT", "REPLY", "START", "END",
                                                      "REQUEST-START", "REQUEST-END", "END_KEYID", "DEC_KEYID"};
constexpr std::array<const char*, 10> kEncryptTypes{"NULL", "DES_CFB64", "DES_OFB64", "DES3_CFB64",
                                                    "DES3_OFB64", nullptr, "CAST5_40_CFB64", "CAST5_40_OFB64",
                                                    "CAST128_CFB64", "CAST128_OFB64"};

// C's "%#x": no prefix for zero.
void append_hash_hex(OutBuffer& out, unsigned v) {
    if (v == 0) out.push_back('0');
    else TS_PUT(out, "0x{:x}", v);
}

// tcpdump's STR_OR_ID.
template <std::size_t N>
void append_name_or_id(OutBuffer& out, const std::array<const char*, N>& table, std::uint8_t v) {
    if (v < N && table[v] != nullptr) text::append(out, table[v]);
    else append_hash_hex(out, v);
}

void append_command(OutBuffer& out, const TelnetCommand& c) {
    if (c.command == iac) {
        text::append(out, "IAC IAC");
        return;
    }
    text::append(out, kCommands[c.command - kFirstCommand]);
    if (c.command < sb) return;
    out.push_back(' ');
    if (c.option < kOptions.size()) text::append(out, kOptions[c.option]);
    else append_hash_hex(out, c.option);
    if (c.command != sb) return;
    for (std::size_t i = 0; i < c.sub.size(); ++i) {
        const auto b = static_cast<std::uint8_t>(c.sub[i]);
        out.push_back(' ');
        if (i >= c.named) append_hash_hex(out, b);
        else if (c.option == kAuthentication) (i == 0 ? append_name_or_id(out, kAuthCommands, b) : append_name_or_id(out, kAuthTypes, b));
        else if (c.option == kEncrypt) (i == 0 ? append_name_or_id(out, kEncryptCommands, b) : append_name_or_id(out, kEncryptTypes, b));
        else append_name_or_id(out, kQualifiers, b);
    }
    text::append(out, " SE");
}

void telnet_text(const TextContext& t, std::size_t index) {
    const TelnetLayer& tn = *t.frame.get<TelnetLayer>(index);
    for (std::uint32_t i = 0; i < tn.count; ++i) {
        text::append(t.out, i == 0 ? " [telnet " : ", ");
        append_command(t.out, tn.commands[i]);
    }
    if (tn.cut) text::append_trunc(t.out, "telnet");
    else if (tn.count > 0) t.out.push_back(']');
}

constexpr Field kCommandCount{"", "Commands"};

}  // namespace

void decode_telnet(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* tn = d.frame.add<TelnetLayer>(Presence::partial);
    if (tn == nullptr) return;
    data = data.first(std::min<std::size_t>(data.size(), wire_len));
    Parser counting(data, nullptr, 0);
    const bool whole = counting.run(wire_len);
    const std::uint32_t n = std::min(counting.count(), TelnetLayer::kMaxCommands);
    auto* commands = n == 0 ? nullptr : d.frame.allocate_array<TelnetCommand>(n);
    if (commands != nullptr) {
        Parser storing(data, commands, n);
        storing.run(wire_len);
        tn->commands = commands;
        tn->count = n;
    }
    tn->cut = !whole;
    if (!whole) {
        d.frame.set_presence(Presence::truncated);
        d.cut("telnet");
    } else if (tn->count > 0) {
        d.frame.set_presence(Presence::complete);
    }
}

template <class W>
void describe(const TelnetLayer& t, W& w) {
    w.num(kCommandCount, t.count);
}

const Protocol TelnetLayer::protocol = make_protocol<TelnetLayer>("telnet", "telnet", "Telnet", telnet_text);

}  // namespace tapsniff
