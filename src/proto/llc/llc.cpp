// IEEE 802.2 LLC and SNAP: decoder and fields (the text is in llc_text.cpp).
#include "proto/llc/llc.hpp"

#include "proto/ipx/ipx.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint8_t kUFormat = 0x03;  // low bits 11: an unnumbered frame, 1-byte control
constexpr std::uint8_t kSapSnap = 0xaa;
constexpr std::uint8_t kSapGlobal = 0xff;
constexpr std::uint8_t kUnnumberedInformation = 0x03;
constexpr std::uint8_t kXid = 0xaf;
constexpr std::uint8_t kXidFormat = 0x81;
constexpr std::uint16_t kUPoll = 0x10;
constexpr std::uint32_t kSnapLen = 5;

// SNAP: a 3-byte OUI and a 2-byte protocol id; OUI 0 means the id is an ethertype.
void read_snap(Decoder& d, Cursor& cursor, std::uint32_t wire_left, LlcLayer& llc) {
    auto snap = cursor.sub(kSnapLen);
    if (!snap || wire_left < kSnapLen) {
        llc.snap = SnapState::cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("snap");
        return;
    }
    llc.snap = SnapState::present;
    llc.oui = *snap->be24();
    llc.pid = *snap->be16();
    decode_snap(d, llc.oui, llc.pid, cursor.rest(), wire_left - kSnapLen);
}

// tcpdump's reading of an XID frame's information field.
void decode_xid(Cursor cursor, std::uint32_t info_len, LlcLayer& llc) {
    if (info_len == 0) {
        llc.xid = XidState::empty;
        return;
    }
    auto format = cursor.u8();
    if (!format) {
        llc.xid = XidState::cut;
        return;
    }
    if (*format != kXidFormat) {
        llc.xid = XidState::other;
        return;
    }
    auto cls = cursor.u8();
    auto window = cursor.u8();
    if (!window || info_len < 3) {
        llc.xid = XidState::formatted_cut;
        return;
    }
    llc.xid = XidState::formatted;
    llc.xid_class = *cls;
    llc.xid_window = *window;
}

}  // namespace

bool LlcLayer::is_snap_header() const {
    return is_u && (dsap_field & 0xfeU) == kSapSnap && (ssap_field & 0xfeU) == kSapSnap &&
           control == kUnnumberedInformation;
}

void decode_llc(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* llc = d.frame.add<LlcLayer>(Presence::partial);
    if (llc == nullptr) return;
    llc->whole = data;
    llc->wire_len = wire_len;
    Cursor cursor(data);
    auto dsap = cursor.u8();
    auto ssap = cursor.u8();
    auto control = cursor.u8();
    if (!control || wire_len < 3) {
        d.cut("llc");
        return;
    }
    llc->dsap_field = *dsap;
    llc->ssap_field = *ssap;
    llc->is_u = (*control & kUFormat) == kUFormat;
    llc->control = *control;
    llc->header_len = 3;
    if (!llc->is_u) {
        // I and S frames carry a 2-byte control field, little-endian.
        auto high = cursor.u8();
        if (!high || wire_len < 4) {
            d.cut("llc");
            return;
        }
        llc->control = static_cast<std::uint16_t>(llc->control | (*high << 8U));
        llc->header_len = 4;
    }
    d.frame.set_presence(Presence::complete);
    llc->information = cursor.rest();
    // Novell's "raw" 802.3: no LLC header, the IPX checksum 0xffff where the SAPs would be.
    if (llc->dsap_field == kSapGlobal && llc->ssap_field == kSapGlobal) {
        decode_ipx_8023(d, data, wire_len);
        return;
    }
    if (llc->is_snap_header()) {
        read_snap(d, cursor, wire_len - llc->header_len, *llc);
    } else if (llc->is_u && llc->control == kUnnumberedInformation &&
               (llc->dsap_field & 0xfeU) == (llc->ssap_field & 0xfeU) &&
               decode_llc_sap(d, llc->dsap_field & 0xfeU, cursor.rest(), wire_len - llc->header_len)) {
        // A protocol on its SAP took the information field.
    } else if (llc->is_u && (llc->control & ~kUPoll) == kXid) {
        decode_xid(cursor, wire_len - llc->header_len, *llc);
    }
}

namespace {

constexpr Field kDsap{"", "DSAP", 2};
constexpr Field kSsap{"", "SSAP", 2};
constexpr Field kControl{"", "Control", 2};
constexpr Field kControl16{"", "Control", 4};
constexpr Field kOui{"", "Organization Code", 6};
constexpr Field kPid{"", "PID", 4};

}  // namespace

template <class W>
void describe(const LlcLayer& llc, W& w) {
    w.num(kDsap, llc.dsap_field);
    w.num(kSsap, llc.ssap_field);
    w.num(llc.is_u ? kControl : kControl16, llc.control);
    if (llc.snap == SnapState::present) {
        w.num(kOui, llc.oui);
        w.num(kPid, llc.pid);
    }
}

void llc_text(const TextContext& t, std::size_t index);

const Protocol LlcLayer::protocol = make_protocol<LlcLayer>("llc", "", "Logical-Link Control", llc_text);

}  // namespace tapsniff
