// Spanning-tree BPDUs: decoder (following the checks of tcpdump's stp_print, print-stp.c) and
// fields (tshark's stp.* and mstp.* names). The text is in stp_text.cpp.
#include "proto/stp/stp.hpp"

#include <algorithm>

#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::uint32_t kMinLength = 4;
constexpr std::uint32_t kConfigLength = 35;    // sizeof(struct stp_bpdu_) - 1: no v1 length
constexpr std::uint32_t kRstpLength = 36;      // with the version 1 length
constexpr std::uint32_t kMstpMinLength = 102;  // STP_BPDU_MSTP_MIN_LEN
constexpr std::uint32_t kSpbMinLength = 87;    // SPB_BPDU_MIN_LEN
constexpr std::size_t kBridgeIdOffset = 17;
constexpr std::size_t kBridgeIdEnd = 27;       // non-verbose text reads up to the port id
constexpr std::size_t kV3LengthOffset = 36;
constexpr std::size_t kMstFixedEnd = 102;
constexpr std::size_t kMstConfigInfo = 64;  // MST_BPDU_CONFIG_INFO_LENGTH
constexpr std::size_t kMstiLength = 16;
constexpr std::size_t kMaxMstis = 64;       // 802.1Q allows 64 MSTIs

BridgeId read_bridge_id(Cursor& c) {
    BridgeId id;
    id.prio_ext = c.be16().value_or(0);
    id.mac = c.array<6>().value_or(MacAddress{});
    return id;
}

// The configuration part every BPDU but Topology Change carries (offsets 4..34, and the
// version 1 length at 35 when there).
void read_config(Cursor all, StpLayer& stp) {
    if (!all.skip(4)) return;
    auto c = all.sub(kConfigLength - 4);
    if (!c) return;
    stp.has_config = true;
    stp.flags = *c->u8();
    stp.root = read_bridge_id(*c);
    stp.root_cost = *c->be32();
    stp.bridge = read_bridge_id(*c);
    stp.port = *c->be16();
    stp.msg_age = *c->be16();
    stp.max_age = *c->be16();
    stp.hello = *c->be16();
    stp.forward = *c->be16();
    if (auto v1 = all.u8()) {
        stp.has_v1_length = true;
        stp.v1_length = *v1;
    }
}

// The MST extension: its fixed part and as many whole MSTI messages as v3 length announces.
void read_mst(Decoder& d, Bytes data, StpLayer& stp) {
    Cursor all(data);
    if (!all.skip(kV3LengthOffset)) return;
    auto c = all.sub(kMstFixedEnd - kV3LengthOffset);
    if (!c) return;
    stp.has_mst = true;
    stp.v3_length = *c->be16();
    stp.config_format = *c->u8();
    stp.config_name = text::copy_string(d.frame, *c->bytes(32), true);
    stp.config_revision = *c->be16();
    stp.config_digest = *c->bytes(16);
    stp.cist_internal_cost = *c->be32();
    stp.cist_bridge = read_bridge_id(*c);
    stp.cist_remaining_hops = *c->u8();
    if (stp.v3_length <= kMstConfigInfo) return;
    std::size_t count = (std::size_t{stp.v3_length} - kMstConfigInfo) / kMstiLength;
    count = std::min({count, all.remaining() / kMstiLength, kMaxMstis});
    Msti* mstis = d.frame.allocate_array<Msti>(count);
    if (mstis == nullptr) return;
    for (std::size_t i = 0; i < count; ++i) {
        Cursor m = *all.sub(kMstiLength);
        Msti& msti = mstis[i];
        msti.flags = *m.u8();
        msti.root = read_bridge_id(m);
        msti.root_cost = *m.be32();
        msti.bridge_priority = *m.u8();
        msti.port_priority = *m.u8();
        msti.remaining_hops = *m.u8();
    }
    stp.mstis = {mstis, count};
}

void finish(Decoder& d, StpLayer& stp, StpStop stop, const char* reason = nullptr) {
    stp.stop = stop;
    switch (stop) {
        case StpStop::none:
            d.frame.set_presence(Presence::complete);
            break;
        case StpStop::truncated:
            d.frame.set_presence(Presence::truncated);
            d.cut("stp");
            break;
        case StpStop::invalid:
            d.frame.set_presence(Presence::malformed);
            d.bad(reason);
            break;
    }
}

// The MST/SPB checks of stp_print for an RST-type BPDU of version 3 or 4.
void decode_mstp(Decoder& d, Cursor all, StpLayer& stp) {
    if (stp.length < kMstpMinLength) return finish(d, stp, StpStop::invalid, "stp mst bpdu too short");
    auto v1 = all.ahead(kConfigLength).peek();
    if (!v1) return finish(d, stp, StpStop::truncated);
    if (*v1 != 0) return finish(d, stp, StpStop::invalid, "stp mst bpdu version 1 length not 0");
    Cursor at_v3 = all.ahead(kV3LengthOffset);
    auto v3 = at_v3.be16();
    if (!v3) return finish(d, stp, StpStop::truncated);
    const std::uint32_t mstp_len = *v3 + 2U;
    if (stp.length < kRstpLength + mstp_len) return finish(d, stp, StpStop::invalid, "stp version 3 length too long");
    stp.reach = StpReach::mstp;
    if (stp.version != stp::kVersionSpb) return finish(d, stp, StpStop::none);
    auto v4 = all.ahead(kRstpLength + mstp_len).be16();
    if (!v4) return finish(d, stp, StpStop::truncated);
    stp.has_v4_length = true;
    stp.v4_length = *v4;
    const std::uint32_t spb_len = *v4 + 2U;
    if (stp.length < kRstpLength + mstp_len + spb_len || spb_len < kSpbMinLength) {
        return finish(d, stp, StpStop::invalid, "stp version 4 length out of range");
    }
    finish(d, stp, StpStop::none);
}

// A configuration or RST BPDU as the non-verbose text reads it: flags, then bridge and port id.
void decode_config_text(Decoder& d, Cursor all, StpLayer& stp, std::uint32_t min_length) {
    if (stp.length < min_length) return finish(d, stp, StpStop::invalid, "stp bpdu too short");
    if (!all.has(5)) return finish(d, stp, StpStop::truncated);
    stp.reach = StpReach::flags;
    if (!all.has(kBridgeIdEnd)) return finish(d, stp, StpStop::truncated);
    if (!stp.has_config) {  // the text needs only the bridge and port ids
        Cursor ids = all.ahead(kBridgeIdOffset);
        stp.bridge = read_bridge_id(ids);
        stp.port = ids.be16().value_or(0);
    }
    stp.reach = StpReach::config;
    finish(d, stp, StpStop::none);
}

}  // namespace

void decode_stp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* stp = d.frame.add<StpLayer>(Presence::partial);
    if (stp == nullptr) return;
    stp->length = wire_len;
    Cursor all(data);
    if (wire_len < kMinLength) {
        stp->stop = StpStop::invalid;
        d.bad("stp bpdu shorter than 4 bytes");
        return;
    }
    Cursor c = all;
    auto id = c.be16();
    if (!id) {
        stp->stop = StpStop::truncated;
        d.cut("stp");
        return;
    }
    stp->protocol_id = *id;
    if (*id != 0) {
        stp->reach = StpReach::unknown_id;
        return finish(d, *stp, StpStop::none);
    }
    auto version = c.u8();
    if (!version) return finish(d, *stp, StpStop::truncated);
    stp->version = *version;
    stp->reach = StpReach::version;
    if (*version > stp::kVersionSpb || *version == 1) return finish(d, *stp, StpStop::none);
    auto type = c.u8();
    if (!type) return finish(d, *stp, StpStop::truncated);
    stp->type = *type;
    stp->reach = StpReach::type;
    if (auto flags = c.peek()) stp->flags = *flags;
    if (*type != stp::kTypeTopologyChange) read_config(all, *stp);
    if (*version == stp::kVersionMstp || *version == stp::kVersionSpb) read_mst(d, data, *stp);

    switch (*type) {
        case stp::kTypeConfig:
            return decode_config_text(d, all, *stp, kConfigLength);
        case stp::kTypeRstp:
            if (*version == stp::kVersionRstp) return decode_config_text(d, all, *stp, kRstpLength);
            if (*version == stp::kVersionMstp || *version == stp::kVersionSpb) return decode_mstp(d, all, *stp);
            return finish(d, *stp, StpStop::none);
        default:
            return finish(d, *stp, StpStop::none);
    }
}

namespace {

const char* version_name(std::uint64_t v) {
    switch (v) {
        case stp::kVersionStp: return "Spanning Tree";
        case stp::kVersionRstp: return "Rapid Spanning Tree";
        case stp::kVersionMstp: return "Multiple Spanning Tree";
        case stp::kVersionSpb: return "Shortest Path Tree";
        default: return nullptr;
    }
}

const char* type_name(std::uint64_t v) {
    switch (v) {
        case stp::kTypeConfig: return "Configuration";
        case stp::kTypeRstp: return "Rapid/Multiple Spanning Tree";
        case stp::kTypeTopologyChange: return "Topology Change Notification";
        default: return nullptr;
    }
}

constexpr Field kProtocolId{"protocol", "Protocol Identifier", 4};
constexpr Field kVersion{"version", "Protocol Version Identifier", 0, version_name};
constexpr Field kType{"type", "BPDU Type", 2, type_name};
constexpr Field kFlags{"flags", "BPDU flags", 2};
constexpr Field kRootPrio{"root_prio", "Root Bridge Priority"};
constexpr Field kRootExt{"root_ext", "Root Bridge System ID Extension"};
constexpr Field kRootHw{"root_hw", "Root Bridge System ID"};
constexpr Field kRootCost{"root_cost", "Root Path Cost"};
constexpr Field kBridgePrio{"bridge_prio", "Bridge Priority"};
constexpr Field kBridgeExt{"bridge_ext", "Bridge System ID Extension"};
constexpr Field kBridgeHw{"bridge_hw", "Bridge System ID"};
constexpr Field kPort{"port", "Port identifier", 4};
constexpr Field kMsgAge{"msg_age", "Message Age", 0, nullptr, nullptr, "s"};
constexpr Field kMaxAge{"max_age", "Max Age", 0, nullptr, nullptr, "s"};
constexpr Field kHello{"hello", "Hello Time", 0, nullptr, nullptr, "s"};
constexpr Field kForward{"forward", "Forward Delay", 0, nullptr, nullptr, "s"};
constexpr Field kV1Length{"version_1_length", "Version 1 Length"};
constexpr Field kV3Length{"version_3_length", "Version 3 Length"};
constexpr Field kConfigFormat{"config_format_selector", "MST Config ID format selector"};
constexpr Field kConfigName{"config_name", "MST Config name"};
constexpr Field kConfigRevision{"config_revision_level", "MST Config revision"};
constexpr Field kConfigDigest{"config_digest", "MST Config digest"};
constexpr Field kCistCost{"cist_internal_root_path_cost", "CIST Internal Root Path Cost"};
constexpr Field kCistPrio{"cist_bridge_prio", "CIST Bridge Priority"};
constexpr Field kCistExt{"cist_bridge_ext", "CIST Bridge Identifier System ID Extension"};
constexpr Field kCistHw{"cist_bridge_hw", "CIST Bridge Identifier System ID"};
constexpr Field kCistHops{"cist_remaining_hops", "CIST Remaining hops"};
constexpr Field kMstis{"msti", "MSTI"};
constexpr Field kMstiFlags{"flags", "MSTI flags", 2};
constexpr Field kMstiId{"msti_id", "MSTID"};
constexpr Field kMstiRootHw{"root_hw", "Regional Root"};
constexpr Field kMstiRootCost{"root_cost", "Internal root path cost"};
constexpr Field kMstiBridgePrio{"bridge_priority", "Bridge Identifier Priority"};
constexpr Field kMstiPortPrio{"port_priority", "Port identifier priority"};
constexpr Field kMstiHops{"remaining_hops", "Remaining hops"};
constexpr Field kV4Length{"version_4_length", "Version 4 Length"};

constexpr double kTimeBase = 256.0;

}  // namespace

template <class W>
void describe(const StpLayer& stp, W& w) {
    w.num(kProtocolId, stp.protocol_id);
    if (stp.reach < StpReach::version) return;
    w.num(kVersion, stp.version);
    if (stp.reach < StpReach::type) return;
    w.num(kType, stp.type);
    if (!stp.has_config) return;
    w.num(kFlags, stp.flags);
    w.num(kRootPrio, stp.root.prio());
    w.num(kRootExt, stp.root.ext());
    w.mac(kRootHw, stp.root.mac);
    w.num(kRootCost, stp.root_cost);
    w.num(kBridgePrio, stp.bridge.prio());
    w.num(kBridgeExt, stp.bridge.ext());
    w.mac(kBridgeHw, stp.bridge.mac);
    w.num(kPort, stp.port);
    w.real(kMsgAge, stp.msg_age / kTimeBase);
    w.real(kMaxAge, stp.max_age / kTimeBase);
    w.real(kHello, stp.hello / kTimeBase);
    w.real(kForward, stp.forward / kTimeBase);
    if (stp.has_v1_length && stp.version != stp::kVersionStp) w.num(kV1Length, stp.v1_length);
    if (!stp.has_mst) return;
    w.num(kV3Length, stp.v3_length);
    w.num(kConfigFormat, stp.config_format);
    w.str(kConfigName, stp.config_name);
    w.num(kConfigRevision, stp.config_revision);
    w.link_address(kConfigDigest, stp.config_digest);
    w.num(kCistCost, stp.cist_internal_cost);
    w.num(kCistPrio, stp.cist_bridge.prio());
    w.num(kCistExt, stp.cist_bridge.ext());
    w.mac(kCistHw, stp.cist_bridge.mac);
    w.num(kCistHops, stp.cist_remaining_hops);
    if (!stp.mstis.empty()) {
        w.begin_list(kMstis);
        for (const Msti& m : stp.mstis) {
            w.begin_item(kMstis);
            w.num(kMstiFlags, m.flags);
            w.num(kMstiId, m.root.ext());
            w.mac(kMstiRootHw, m.root.mac);
            w.num(kMstiRootCost, m.root_cost);
            w.num(kMstiBridgePrio, m.bridge_priority >> 4U);
            w.num(kMstiPortPrio, m.port_priority >> 4U);
            w.num(kMstiHops, m.remaining_hops);
            w.end_item(kMstis);
        }
        w.end_list(kMstis);
    }
    if (stp.has_v4_length) w.num(kV4Length, stp.v4_length);
}

void stp_text(const TextContext& t, std::size_t index);

const Protocol StpLayer::protocol = make_protocol<StpLayer>("stp", "stp", "Spanning Tree Protocol", stp_text);

}  // namespace tapsniff
