// SSH: decoder, tcpdump text (print-ssh.c's ssh_print_version) and fields.
#include "proto/ssh/ssh.hpp"

#include "render/fields.hpp"

namespace tapsniff {
namespace {

void ssh_text(const TextContext& t, std::size_t index) {
    const SshLayer& s = *t.frame.get<SshLayer>(index);
    if (s.kind == SshLayer::Kind::banner) {
        text::append(t.out, ": SSH: ");
        text::append_chars(t.out, s.banner);
    } else if (s.kind == SshLayer::Kind::cut) {
        text::append_trunc(t.out, "ssh");
    }
}

constexpr Field kProtocol{"protocol", "Protocol"};

}  // namespace

void decode_ssh(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* ssh = d.frame.add<SshLayer>(Presence::partial);
    if (ssh == nullptr) return;
    data = data.first(std::min<std::size_t>(data.size(), wire_len));
    auto cut = [&d, ssh] {
        ssh->kind = SshLayer::Kind::cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("ssh");
    };
    Cursor c(data);
    // tcpdump reads "SSH-" a byte at a time, without looking at the length first.
    for (char expected : std::string_view("SSH-")) {
        auto b = c.u8();
        if (!b) return cut();
        if (*b != static_cast<std::uint8_t>(expected)) return;
    }
    for (std::size_t idx = 4; idx < wire_len; ++idx) {
        auto b = c.u8();
        if (!b) return cut();
        if (*b == '\n' || (*b == '\r' && c.peek() == std::uint8_t{'\n'} && idx + 1 < wire_len)) {
            ssh->kind = SshLayer::Kind::banner;
            ssh->banner = data.first(idx);
            d.frame.set_presence(Presence::complete);
            return;
        }
        if (*b == '\r') {
            if (idx + 1 >= wire_len) return;  // the LF is not in this segment: nothing
            if (!c.peek()) return cut();
            return;  // CR and something else: binary, nothing
        }
        if (*b < 0x20 || *b >= 0x7f) return;  // not printable: nothing
    }
    // Printable up to the end with no line end: nothing either.
}

template <class W>
void describe(const SshLayer& s, W& w) {
    if (s.kind != SshLayer::Kind::banner) return;
    OutBuffer tmp;
    text::append_chars(tmp, s.banner);
    w.str(kProtocol, std::string_view(tmp.data(), tmp.size()));
}

const Protocol SshLayer::protocol = make_protocol<SshLayer>("ssh", "ssh", "SSH Protocol", ssh_text);

}  // namespace tapsniff
