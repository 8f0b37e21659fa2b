// CDP: decoder (the checks and TLV walk of tcpdump's cdp_print, print-cdp.c), its default-verbosity
// text (the Device-ID, and every other TLV's value in hex) and fields (tshark's cdp.* names).
#include "proto/cdp/cdp.hpp"

#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kHeaderLen = 4;
constexpr std::uint32_t kTlvHeaderLen = 4;
constexpr std::uint16_t kMaxKnownType = 0x17;
// As many TLVs as the largest frame can hold (4 bytes each at least), so that the count bound
// never shortens tcpdump's text.
constexpr std::size_t kMaxTlvs = 65536 / 4 + 1;

// tcpdump's cdptlvs: name and the value lengths a type allows (-1: any, 0: not checked).
struct TlvInfo {
    const char* name;
    int min_len;
    int max_len;
};

constexpr TlvInfo kTlvInfo[kMaxKnownType + 1] = {
    {nullptr, 0, 0},
    {"Device-ID", -1, -1},
    {"Address", -1, -1},
    {"Port-ID", -1, -1},
    {"Capability", 4, 4},
    {"Version String", -1, -1},
    {"Platform", -1, -1},
    {"Prefixes", -1, -1},
    {"Protocol-Hello option", -1, -1},
    {"VTP Management Domain", -1, -1},
    {"Native VLAN ID", 2, 2},
    {"Duplex", 1, 1},
    {nullptr, 0, 0},
    {nullptr, 0, 0},
    {"ATA-186 VoIP VLAN assignment", 3, 3},
    {"ATA-186 VoIP VLAN request", 2, 3},
    {"power consumption", 1, 3},
    {"MTU", 4, 4},
    {"AVVID trust bitmap", 1, 1},
    {"AVVID untrusted ports CoS", 1, 1},
    {"System Name", -1, -1},
    {"System Object ID (not decoded)", -1, -1},
    {"Management Addresses", 4, -1},
    {"Physical Location", 1, -1},
};

bool out_of_range(std::uint16_t type, std::uint32_t len) {
    if (type > kMaxKnownType) return false;
    const TlvInfo& info = kTlvInfo[type];
    return (info.min_len > 0 && len < static_cast<std::uint32_t>(info.min_len)) ||
           (info.max_len > 0 && len > static_cast<std::uint32_t>(info.max_len));
}

// cdp_print's TLV loop; calls `on_tlv` for each TLV it reaches (cut ones included) and returns
// why it stopped. `on_tlv` returning false stops the walk (no room left).
template <class F>
CdpStop walk(Cursor c, std::uint32_t length, CdpLayer& cdp, F&& on_tlv) {
    while (length != 0) {
        const std::size_t captured_here = c.remaining();
        if (length < kTlvHeaderLen) {
            cdp.bad_value = length;
            cdp.rest_cut = captured_here < length;
            return CdpStop::remaining_short;
        }
        auto type = c.be16();
        auto len = c.be16();
        if (!type || !len) return CdpStop::header_cut;
        if (*len < kTlvHeaderLen) {
            cdp.bad_type = *type;
            cdp.bad_value = *len;
            cdp.rest_cut = captured_here < length;
            return CdpStop::tlv_too_short;
        }
        if (*len > length) {
            cdp.bad_value = *len;
            cdp.bad_limit = length;
            cdp.rest_cut = captured_here < length;
            return CdpStop::tlv_too_long;
        }
        length -= kTlvHeaderLen;
        const std::uint16_t value_len = *len - kTlvHeaderLen;
        const auto offset = static_cast<std::uint32_t>(c.offset());
        const auto captured = static_cast<std::uint16_t>(c.take_at_most(value_len).size());
        CdpTlv tlv{offset, *type, value_len, captured, out_of_range(*type, value_len), captured < value_len};
        if (!on_tlv(tlv)) return CdpStop::tlv_cut;
        if (tlv.cut) return CdpStop::tlv_cut;
        length -= value_len;
    }
    return CdpStop::none;
}

void read_main(Decoder& d, const CdpTlv& tlv, CdpLayer& cdp) {
    if (tlv.cut || tlv.malformed) return;
    const Bytes value = cdp.value(tlv);
    Cursor c(value);
    switch (tlv.type) {
        case cdp::kDeviceId:
            if (cdp.device_id.empty()) cdp.device_id = text::copy_string(d.frame, value, true);
            break;
        case cdp::kPortId:
            if (cdp.port_id.empty()) cdp.port_id = text::copy_string(d.frame, value, true);
            break;
        case cdp::kPlatform:
            if (cdp.platform.empty()) cdp.platform = text::copy_string(d.frame, value, true);
            break;
        case cdp::kCapabilities:
            if (!cdp.has_caps) {
                cdp.has_caps = true;
                cdp.caps = *c.be32();
            }
            break;
        case cdp::kNativeVlan:
            if (!cdp.has_native_vlan) {
                cdp.has_native_vlan = true;
                cdp.native_vlan = *c.be16();
            }
            break;
        default:
            break;
    }
}

}  // namespace

void decode_cdp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* cdp = d.frame.add<CdpLayer>(Presence::partial);
    if (cdp == nullptr) return;
    cdp->length = wire_len;
    Cursor c(data);
    if (wire_len < kHeaderLen) {
        cdp->stop = CdpStop::packet_short;
        cdp->bad_value = wire_len;
        cdp->rest_cut = data.size() < wire_len;
        d.bad("cdp shorter than its header");
        return;
    }
    auto version = c.u8();
    auto ttl = c.u8();
    if (!ttl) {
        cdp->stop = CdpStop::header_cut;
        d.cut("cdp");
        return;
    }
    cdp->has_version = true;
    cdp->version = *version;
    cdp->ttl = *ttl;
    auto checksum = c.be16();
    if (!checksum) {
        cdp->stop = CdpStop::header_cut;
        d.frame.set_presence(Presence::truncated);
        d.cut("cdp");
        return;
    }
    cdp->has_checksum = true;
    cdp->checksum = *checksum;
    cdp->message = data;

    std::size_t count = 0;
    CdpLayer scratch;
    walk(c, wire_len - kHeaderLen, scratch, [&](const CdpTlv&) { return ++count < kMaxTlvs; });
    auto* tlvs = d.frame.allocate_array<CdpTlv>(count);
    if (tlvs == nullptr) count = 0;
    std::size_t n = 0;
    cdp->stop = walk(c, wire_len - kHeaderLen, *cdp, [&](const CdpTlv& tlv) {
        if (n == count) return false;
        tlvs[n++] = tlv;
        return true;
    });
    cdp->tlvs = {tlvs, n};
    for (const CdpTlv& tlv : cdp->tlvs) read_main(d, tlv, *cdp);

    switch (cdp->stop) {
        case CdpStop::none:
            d.frame.set_presence(Presence::complete);
            break;
        case CdpStop::header_cut:
        case CdpStop::tlv_cut:
            d.frame.set_presence(Presence::truncated);
            d.cut("cdp");
            break;
        default:
            d.frame.set_presence(Presence::malformed);
            d.bad("cdp tlv length out of range");
            if (cdp->rest_cut) d.cut("cdp");
            break;
    }
}

namespace {

void cdp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const CdpLayer& cdp = *t.frame.get<CdpLayer>(index);
    auto rest_mark = [&] {
        text::append(out, " (invalid)");
        if (cdp.rest_cut) text::append_trunc(out, "cdp");
    };
    if (cdp.stop == CdpStop::packet_short) {
        TS_PUT(out, " (packet length {} < {})", cdp.bad_value, kHeaderLen);
        rest_mark();
        return;
    }
    if (!cdp.has_version) {
        text::append_trunc(out, "cdp");
        return;
    }
    TS_PUT(out, "CDPv{}, ttl: {}s", cdp.version, cdp.ttl);
    for (const CdpTlv& tlv : cdp.tlvs) {
        if (tlv.type == cdp::kDeviceId) {
            text::append(out, ", Device-ID '");
            text::append_printn(out, cdp.value(tlv), tlv.length);
            if (tlv.cut) break;
            out.push_back('\'');
            continue;
        }
        if (tlv.malformed) text::append(out, " (malformed TLV)");
        if (tlv.cut) break;
        text::append_hex_print(out, "\n\t  ", cdp.value(tlv));
    }
    switch (cdp.stop) {
        case CdpStop::none:
            TS_PUT(out, ", length {}", cdp.length);
            break;
        case CdpStop::header_cut:
        case CdpStop::tlv_cut:
            text::append_trunc(out, "cdp");
            break;
        case CdpStop::remaining_short:
            TS_PUT(out, " (remaining packet length {} < {})", cdp.bad_value, kTlvHeaderLen);
            rest_mark();
            break;
        case CdpStop::tlv_too_short: {
            const char* name = cdp.bad_type <= kMaxKnownType ? kTlvInfo[cdp.bad_type].name : nullptr;
            TS_PUT(out, ", {} TLV length {} too short", name != nullptr ? name : "unknown field type", cdp.bad_value);
            rest_mark();
            break;
        }
        case CdpStop::tlv_too_long:
            TS_PUT(out, " (TLV length {} > {})", cdp.bad_value, cdp.bad_limit);
            rest_mark();
            break;
        case CdpStop::packet_short:
            break;
    }
}

constexpr Field kVersion{"version", "Version"};
constexpr Field kTtl{"ttl", "TTL", 0, nullptr, nullptr, "seconds"};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kDeviceId{"deviceid", "Device ID"};
constexpr Field kPortId{"portid", "Port ID"};
constexpr Field kPlatform{"platform", "Platform"};
constexpr Field kCaps{"capabilities", "Capabilities", 8};
constexpr Field kNativeVlan{"native_vlan", "Native VLAN"};
constexpr Field kTlvTypes{"tlv_types", "TLV types"};

}  // namespace

template <class W>
void describe(const CdpLayer& cdp, W& w) {
    w.num(kVersion, cdp.version);
    w.num(kTtl, cdp.ttl);
    if (!cdp.has_checksum) return;
    w.num(kChecksum, cdp.checksum);
    if (!cdp.device_id.empty()) w.str(kDeviceId, cdp.device_id);
    if (!cdp.port_id.empty()) w.str(kPortId, cdp.port_id);
    if (!cdp.platform.empty()) w.str(kPlatform, cdp.platform);
    if (cdp.has_caps) w.num(kCaps, cdp.caps);
    if (cdp.has_native_vlan) w.num(kNativeVlan, cdp.native_vlan);
    w.begin_numbers(kTlvTypes);
    for (const CdpTlv& tlv : cdp.tlvs) w.number_item(tlv.type);
    w.end_numbers(kTlvTypes);
}

const Protocol CdpLayer::protocol = make_protocol<CdpLayer>("cdp", "cdp", "Cisco Discovery Protocol", cdp_text);

}  // namespace tapsniff
