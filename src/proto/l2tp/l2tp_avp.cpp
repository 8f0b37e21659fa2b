// L2TP: the values of IETF AVPs as tcpdump's l2tp_*_print functions show them (the AVP is whole).
#include "proto/l2tp/l2tp.hpp"
#include "proto/tcpdump_text.hpp"

namespace tapsniff::l2tp_detail {
namespace {

constexpr auto kMessageTypes = std::to_array<Tok>({
    {1, "SCCRQ"}, {2, "SCCRP"}, {3, "SCCCN"}, {4, "StopCCN"}, {6, "HELLO"}, {7, "OCRQ"}, {8, "OCRP"},
    {9, "OCCN"}, {10, "ICRQ"}, {11, "ICRP"}, {12, "ICCN"}, {14, "CDN"}, {15, "WEN"}, {16, "SLI"},
});
constexpr auto kAuthTypes = std::to_array<Tok>({
    {0, "Reserved"}, {1, "Textual"}, {2, "CHAP"}, {3, "PAP"}, {4, "No Auth"}, {5, "MS-CHAPv1"},
});
constexpr auto kDirections = std::to_array<Tok>({{0, "global error"}, {1, "at peer"}, {2, "at local"}});

// Callers check the AVP's length first; past the end these read as 0.
std::uint32_t u16(Bytes v, std::size_t at) {
    if (at > v.size()) return 0;
    return Cursor(v.subspan(at)).be16().value_or(0);
}
std::uint8_t u8(Bytes v, std::size_t at) {
    if (at > v.size()) return 0;
    return Cursor(v.subspan(at)).u8().value_or(0);
}
std::uint32_t u32(Bytes v, std::size_t at) { return (u16(v, at) << 16U) | u16(v, at + 2); }

void named(Pieces<512>& p, std::span<const Tok> table, std::uint32_t v, const char* prefix) {
    if (const char* name = tok_name(table, v)) {
        p.literal(name);
    } else {
        p.literal(prefix);
        p.number(v);
    }
}

// Flags as letters: `first` for bit 2, `second` for bit 1 (tcpdump's order).
void letters(Pieces<512>& p, Bytes v, const char* first, const char* second) {
    if (v.size() < 4) return p.literal("AVP too short");
    const std::uint32_t bits = u32(v, 0);
    if ((bits & 2U) != 0) p.literal(first);
    if ((bits & 1U) != 0) p.literal(second);
}

}  // namespace

void avp_value(Pieces<512>& p, std::uint16_t attr, Bytes v) {
    const std::size_t n = v.size();
    switch (attr) {
        case 0:  // message type
            if (n < 2) return p.literal("AVP too short");
            return named(p, kMessageTypes, u16(v, 0), "MSGTYPE-#");
        case 1:  // result code, error code, message
            if (n < 2) return p.literal("AVP too short");
            p.number(u16(v, 0));
            if (n == 2) return;
            if (n < 4) return p.literal(" AVP too short");
            p.literal("/");
            p.number(u16(v, 2));
            if (n == 4) return;
            p.literal(" ");
            return p.chars(v.subspan(4));
        case 2:  // protocol version
            if (n < 2) return p.literal("AVP too short");
            p.number(u16(v, 0) >> 8U);
            p.literal(".");
            return p.number(u16(v, 0) & 0xffU);
        case 3:  // framing capabilities
        case 19:  // framing type
            return letters(p, v, "A", "S");
        case 4:  // bearer capabilities
        case 18:  // bearer type
            return letters(p, v, "A", "D");
        case 5:  // tie breaker
            if (n < 8) return p.literal("AVP too short");
            return p.hex_lower(v.first(8));
        case 6:
        case 9:
        case 10:
        case 14:  // 16-bit values
            if (n < 2) return p.literal("AVP too short");
            return p.number(u16(v, 0));
        case 7:
        case 8:
        case 21:
        case 22:
        case 23:
        case 30:
        case 37:  // strings
            return p.chars(v);
        case 11:
        case 26:
        case 27:
        case 28:
        case 31:
        case 33:
        case 36:  // octets
            return p.hex_lower(v);
        case 12:  // Q.931 cause code
            if (n < 3) return p.literal("AVP too short");
            p.number(u16(v, 0));
            p.literal(", ");
            p.number(u8(v, 2), 'x', 2);
            if (n > 3) {
                p.literal(" ");
                p.chars(v.subspan(3));
            }
            return;
        case 13:  // challenge response
            if (n < 16) return p.literal("AVP too short");
            return p.hex_lower(v.first(16));
        case 15:
        case 16:
        case 17:
        case 24:
        case 25:
        case 38:  // 32-bit values
            if (n < 4) return p.literal("AVP too short");
            return p.number(u32(v, 0));
        case 20:
            return p.literal("obsolete");
        case 29:  // proxy authentication type
            if (n < 2) return p.literal("AVP too short");
            return named(p, kAuthTypes, u16(v, 0), "AuthType-#");
        case 32:  // proxy authentication id
            if (n < 2) return p.literal("AVP too short");
            return p.number(u16(v, 0) & 0xffU);
        case 34: {  // call errors: reserved, then six counters
            static constexpr std::array<const char*, 6> kNames{"CRCErr=", "FrameErr=", "HardOver=",
                                                               "BufOver=", "Timeout=", "AlignErr="};
            if (n < 2) return p.literal("AVP too short");
            std::size_t at = 2;
            for (const char* name : kNames) {
                if (n - at < 4) return p.literal("AVP too short");
                p.literal(name);
                p.number(u32(v, at));
                p.literal(" ");
                at += 4;
            }
            return;
        }
        case 35: {  // ACCM
            if (n < 2) return p.literal("AVP too short");
            if (n - 2 < 4) return p.literal("AVP too short");
            p.literal("send=");
            p.number(u32(v, 2), 'x', 8);
            p.literal(" ");
            if (n - 6 < 4) return p.literal("AVP too short");
            p.literal("recv=");
            p.number(u32(v, 6), 'x', 8);
            return p.literal(" ");
        }
        case 46:  // PPP disconnect cause code
            if (n < 5) return p.literal("AVP too short");
            p.number(u16(v, 0), 'x', 4);
            p.literal(", ");
            p.number(u16(v, 2), 'x', 4);
            p.literal(" ");
            named(p, kDirections, u8(v, 4), "Direction-#");
            if (n > 5) {
                p.literal(" ");
                p.chars(v.subspan(5));
            }
            return;
        default:
            return;  // (39, sequencing required, has no value)
    }
}

}  // namespace tapsniff::l2tp_detail
