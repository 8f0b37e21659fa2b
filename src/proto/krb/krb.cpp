// Kerberos: decoder (print-krb.c's walk, recorded as pieces), text and fields.
#include "proto/krb/krb.hpp"

#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kKdcRequest = 1 << 1;
constexpr std::uint8_t kKdcReply = 2 << 1;
constexpr std::uint8_t kApplRequest = 3 << 1;
constexpr std::uint8_t kErrReply = 5 << 1;

constexpr auto kTypes = std::to_array<Tok>({
    {1 << 1, "KDC_REQUEST"}, {2 << 1, "KDC_REPLY"}, {3 << 1, "APPL_REQUEST"}, {4 << 1, "APPL_REQUEST_MUTUAL"},
    {5 << 1, "ERR_REPLY"},   {6 << 1, "PRIVATE"},   {7 << 1, "SAFE"},         {8 << 1, "APPL_ERR"},
    {63 << 1, "DIE"},
});
constexpr auto kErrors = std::to_array<Tok>({
    {0, "OK"}, {1, "NAME_EXP"}, {2, "SERVICE_EXP"}, {3, "AUTH_EXP"}, {4, "PKT_VER"}, {5, "NAME_MAST_KEY_VER"},
    {6, "SERV_MAST_KEY_VER"}, {7, "BYTE_ORDER"}, {8, "PRINCIPAL_UNKNOWN"}, {9, "PRINCIPAL_NOT_UNIQUE"},
    {10, "NULL_KEY"},
});

// Kerberos v4 as tcpdump's krb4_print reads it: strings up to a NUL or the end of what was
// captured, single bytes and 16-bit numbers in the sender's byte order.
class Krb4Walk {
public:
    Krb4Walk(Bytes m, KrbLayer& k) : m_(m), k_(k) {}

    // A NUL-terminated string at pos (c_print): false when the capture ended first.
    bool string(std::size_t& pos) {
        std::size_t end = pos;
        while (end < m_.size() && m_[end] != std::byte{0}) ++end;
        k_.text.chars(pos < m_.size() ? m_.subspan(pos, end - pos) : Bytes{});
        if (end >= m_.size()) return cut();
        pos = end + 1;
        return true;
    }
    std::optional<std::uint8_t> byte(std::size_t pos) {
        if (pos >= m_.size()) {
            cut();
            return std::nullopt;
        }
        return static_cast<std::uint8_t>(m_[pos]);
    }
    std::optional<std::uint16_t> u16(std::size_t pos, bool little) {
        if (pos + 2 > m_.size() || pos + 2 < pos) {
            cut();
            return std::nullopt;
        }
        const auto a = static_cast<std::uint16_t>(m_[pos]);
        const auto b = static_cast<std::uint16_t>(m_[pos + 1]);
        return little ? static_cast<std::uint16_t>(a | (b << 8U)) : static_cast<std::uint16_t>((a << 8U) | b);
    }
    bool cut() {
        k_.text.trunc("krb");
        return false;
    }
    // krb4_print_hdr: name.instance@realm
    bool header(std::size_t& pos) {
        pos += 2;
        if (!string(pos)) return false;
        k_.text.literal(".");
        if (!string(pos)) return false;
        k_.text.literal("@");
        return string(pos);
    }

    void message() {
        const std::uint8_t raw_type = k_.v4_type;
        const bool little = (raw_type & 0x01U) != 0;
        const auto type = static_cast<std::uint8_t>(raw_type & 0xfeU);
        k_.text.literal(little ? " le " : " be ");
        if (const char* name = tok_name(kTypes, type)) {
            k_.text.literal(name);
        } else {
            k_.text.literal("#");
            k_.text.number(type);
        }
        k_.text.literal(": ");
        std::size_t pos = 0;
        switch (type) {
            case kKdcRequest: {
                if (!header(pos)) return;
                pos += 4;  // ctime
                auto life = byte(pos);
                if (!life) return;
                k_.text.literal(" ");
                k_.text.number(static_cast<std::uint64_t>(*life) * 5);
                k_.text.literal("min ");
                ++pos;
                if (!string(pos)) return;
                k_.text.literal(".");
                string(pos);
                return;
            }
            case kApplRequest: {
                pos += 2;
                auto version = byte(pos);
                if (!version) return;
                k_.text.literal("v");
                k_.text.number(*version);
                k_.text.literal(" ");
                ++pos;
                if (!string(pos)) return;
                for (int i = 0; i < 2; ++i) {
                    auto v = byte(pos);
                    if (!v) return;
                    k_.text.literal(" (");
                    k_.text.number(*v);
                    k_.text.literal(")");
                    ++pos;
                }
                return;
            }
            case kKdcReply: {
                if (!header(pos)) return;
                pos += 10;  // timestamp, n, exp, kvno
                auto len = u16(pos, little);
                if (!len) return;
                k_.text.literal(" (");
                k_.text.number(*len);
                k_.text.literal(")");
                return;
            }
            case kErrReply: {
                if (!header(pos)) return;
                pos += 4;  // timestamp
                auto code = u16(pos, little);
                if (!code) return;
                k_.text.literal(" ");
                if (const char* name = tok_name(kErrors, *code)) {
                    k_.text.literal(name);
                } else {
                    k_.text.literal("#");
                    k_.text.number(*code);
                }
                k_.text.literal(" ");
                pos += 4;
                string(pos);
                return;
            }
            default:
                k_.text.literal("(unknown)");
                return;
        }
    }

private:
    Bytes m_;
    KrbLayer& k_;
};

}  // namespace

void decode_krb(Decoder& d, Bytes data, std::uint32_t wire_len) {
    (void)wire_len;  // tcpdump reads Kerberos up to the end of what was captured
    const Bytes m = udp_snap(d.frame, data);
    auto* k = d.frame.add<KrbLayer>(Presence::partial);
    if (k == nullptr) return;
    if (m.empty()) {
        k->empty = true;
        k->text.trunc("krb");
        d.cut("krb");
        return;
    }
    k->first = static_cast<std::uint8_t>(m[0]);
    d.frame.set_presence(Presence::complete);
    switch (k->first) {
        case 1:
        case 2:
        case 3:
            k->text.literal(" v");
            k->text.number(k->first);
            break;
        case 4: {
            k->text.literal(" v4");
            if (m.size() < 2) {
                k->text.trunc("krb");
                d.frame.set_presence(Presence::truncated);
                d.cut("krb");
                break;
            }
            k->v4_type = static_cast<std::uint8_t>(m[1]);
            Krb4Walk(m, *k).message();
            break;
        }
        case 106:  // AS-REQ
        case 107:  // AS-REP
            k->text.literal(" v5");
            break;
        default:
            break;  // other v5 messages: tcpdump prints nothing
    }
}

namespace {

void krb_text(const TextContext& t, std::size_t index) { t.frame.get<KrbLayer>(index)->text.append_to(t.out); }

constexpr Field kPvno{"pvno", "pvno"};
constexpr Field kMsgType{"msg_type", "msg-type"};

}  // namespace

template <class W>
void describe(const KrbLayer& k, W& w) {
    // An ASN.1 application tag (0x60-0x7f) is a v5 message: the tag is its type.
    if ((k.first & 0xe0U) == 0x60U) {
        w.num(kPvno, 5);
        w.num(kMsgType, k.first & 0x1fU);
    } else if (k.first == 4) {
        w.num(kPvno, 4);
        w.num(kMsgType, k.v4_type >> 1U);
    }
}

const Protocol KrbLayer::protocol = make_protocol<KrbLayer>("krb", "kerberos", "Kerberos", krb_text);

}  // namespace tapsniff
