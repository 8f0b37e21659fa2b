// VXLAN: decoder, tcpdump text (print-vxlan.c: the header on one line, the inner Ethernet frame
// on the next) and fields.
#include "proto/vxlan/vxlan.hpp"

#include "proto/ethernet/ethernet.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 8;
constexpr std::uint8_t kFlagI = 0x08;  // the VNI is valid

}  // namespace

void decode_vxlan(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const Bytes snap = udp_snap(d.frame, data);
    auto* vx = d.frame.add<VxlanLayer>(Presence::partial);
    if (vx == nullptr) return;
    if (wire_len < kHeaderLen) {
        vx->status = VxlanStatus::invalid;
        d.bad("vxlan shorter than its header");
        return;
    }
    Cursor cursor(snap);
    auto flags = cursor.be16();
    if (!flags) {
        vx->status = cursor.has(1) ? VxlanStatus::vni_cut : VxlanStatus::flags_cut;
        if (auto f = cursor.peek()) vx->flags = static_cast<std::uint16_t>(*f << 8U);
        d.cut("vxlan");
        return;
    }
    vx->flags = *flags;
    auto rest = cursor.sub(5);
    if (!rest) {
        vx->status = VxlanStatus::vni_cut;
        d.cut("vxlan");
        return;
    }
    vx->group_policy_id = *rest->be16();
    vx->vni = *rest->be24();
    auto reserved = cursor.u8();
    if (!reserved) {
        vx->status = VxlanStatus::reserved_cut;
        d.cut("vxlan");
        return;
    }
    vx->reserved = *reserved;
    d.frame.set_presence(Presence::complete);
    // tcpdump's ether_print refuses a frame with more bytes captured than its length (here, when
    // the UDP length is shorter than the IP payload).
    const std::uint32_t inner_length = wire_len - kHeaderLen;
    if (cursor.remaining() > inner_length) {
        vx->status = VxlanStatus::inner_long;
        vx->inner_length = inner_length;
        vx->inner_caplen = static_cast<std::uint32_t>(cursor.remaining());
        d.bad("vxlan: udp length shorter than the ip payload");
        return;
    }
    d.frame.mark_tunnel();  // JSON: the inner frame goes into "inner"
    decode_ethernet(d, cursor.rest(), inner_length);
}

namespace {

void vxlan_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const VxlanLayer& vx = *t.frame.get<VxlanLayer>(index);
    text::append(out, "VXLAN");
    switch (vx.status) {
        case VxlanStatus::invalid:
            text::append(out, " (invalid)");
            return;
        case VxlanStatus::flags_cut:
            text::append_trunc(out, "vxlan");
            return;
        default:
            break;
    }
    TS_PUT(out, ", flags [{}] (0x{:02x}), ", (vx.flags8() & kFlagI) != 0 ? "I" : "invalid", vx.flags8());
    if (vx.status == VxlanStatus::vni_cut) {
        text::append_trunc(out, "vxlan");
        return;
    }
    TS_PUT(out, "vni {}\n", vx.vni);
    if (vx.status == VxlanStatus::reserved_cut) {
        text::append_trunc(out, "vxlan");
        return;
    }
    if (vx.status == VxlanStatus::inner_long) {
        TS_PUT(out, "[length {} < caplen {}] (invalid)", vx.inner_length, vx.inner_caplen);
        return;
    }
    // The inner frame is printed whole, its link-layer part included (also in JSON's summary).
    const TextContext inner{t.frame, t.out, t.default_hex, true};
    text_next(inner, index);
}

constexpr Field kFlags{"flags", "Flags", 4};
constexpr Field kGroupPolicy{"gbp", "Group Policy ID"};
constexpr Field kReserved16{"reserved_16", "Reserved"};
constexpr Field kVni{"vni", "VXLAN Network Identifier (VNI)"};
constexpr Field kReserved{"reserved8", "Reserved"};

}  // namespace

template <class W>
void describe(const VxlanLayer& vx, W& w) {
    w.num(kFlags, vx.flags);
    // tshark reads the second 16 bits as VXLAN-GBP's group policy when the G flag says so.
    if ((vx.flags & 0x8000U) != 0) w.num(kGroupPolicy, vx.group_policy_id);
    else w.num(kReserved16, vx.group_policy_id);
    w.num(kVni, vx.vni);
    w.num(kReserved, vx.reserved);
}

const Protocol VxlanLayer::protocol =
    make_protocol<VxlanLayer>("vxlan", "vxlan", "Virtual eXtensible Local Area Network", vxlan_text);

}  // namespace tapsniff
