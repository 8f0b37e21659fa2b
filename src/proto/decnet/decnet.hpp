// DECnet Phase IV routing layer and NSP (ethertype 0x6003).
#pragma once

#include <span>

#include "proto/decoder.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

namespace decnet {
inline constexpr std::uint16_t kEthertype = 0x6003;
}  // namespace decnet

// What tcpdump's decnet_print prints, in order, as values: the decoder records one item per
// piece it read, the text gives each its words. (The printer interleaves reads and prints, and
// stops wherever a length check or a capture ends; the items are exactly what it got to.)
enum class DnKind : std::uint8_t {
    length_short,     // " (length a < b)"
    pktlen_short,     // " (pktlen a < b)"
    pktlen_long,      // " (pktlen a > b)"
    future_version,   // "future-version-decnet" and the message in hex
    unknown_flags,    // "unknown message flags under mask" and the message in hex
    ctl_init,         // "init "
    ctl_verification, // "verification "
    ctl_test,         // "test "
    ctl_l1_routing,   // "lev-1-routing "
    ctl_l2_routing,   // "lev-2-routing "
    ctl_router_hello, // "router-hello "
    ctl_endnode_hello,// "endnode-hello "
    ctl_unknown,      // "unknown control message" and the message in hex
    init_body,        // the layer's init fields
    verification_body,// "src a fcnval b(octal)"
    test_body,        // "src a data b(octal)"
    routing_src,      // "src a "
    l1_route,         // "{ids a-a+b cost c hops d} "
    l2_route,         // "{areas a-a+b cost c hops d} "
    router_hello_body,
    endnode_hello_body,
    route,            // "a > b c " (src, dst, pktlen)
    nsp_short,        // " (nsplen a < b)"
    data,             // "data a>b "
    intr,             // "intr "
    link_service,     // "link-service a>b "
    ack, nak, oack, onak, ackdat, nakdat,  // "ack a " ...
    seg,              // "seg a "
    ls_data_count,    // "dat seg count a "
    ls_donotsend,     // "donotsend-data "
    ls_send,          // "send-data "
    ls_reserved_mod,  // "reserved-fcmod? a(hex)"
    ls_intr_count,    // "intr req count a "
    ls_reserved_val,  // "reserved-fcval-int? a(hex)"
    reserved_subtype, // "reserved-subtype? a(hex) b > c"
    data_ack,         // "data-ack a>b "
    ils_ack,          // "ils-ack a>b "
    conn_ack,         // "conn-ack a"
    reserved_acktype, // "reserved-acktype? a(hex) b > c"
    conn_initiate,    // "conn-initiate a>b "
    retrans_conn_initiate,
    flow_seg,         // "seg "
    flow_msg,         // "msg "
    version,          // "ver 3.2 " ... by a
    segsize,          // "segsize a "
    optlen,           // "optlen a "
    conn_confirm,     // "conn-confirm a>b "
    disconn_initiate, // "disconn-initiate a>b "
    disconn_confirm,  // "disconn-confirm a>b "
    reason,           // the reason's name, or "reason-a"
    reserved_ctltype, // "reserved-ctltype? a(hex) b > c"
    reserved_type,    // "reserved-type? a(hex) b > c"
};

struct DnItem {
    DnKind kind = DnKind::length_short;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::uint32_t c = 0;
    std::uint32_t d = 0;
};

// The fields of the hello and init control messages (one per message).
struct DnHello {
    std::uint32_t info = 0;
    std::uint32_t vers = 0;
    std::uint32_t eco = 0;
    std::uint32_t ueco = 0;
    std::uint16_t src = 0;
    std::uint32_t blksize = 0;
    std::uint32_t priority = 0;
    std::uint16_t router = 0;
    std::uint32_t hello = 0;
    std::uint32_t data = 0;
};

struct DecnetLayer {
    static const Protocol protocol;

    std::span<const DnItem> items;  // in the frame's arena
    DnHello hello;
    Bytes hex;              // future version, unknown flags and control messages: printed in hex
    bool invalid = false;   // " (invalid)"
    bool cut = false;       // " [|decnet]"

    // For JSON and the tree.
    bool has_flags = false;
    std::uint8_t flags = 0;       // the routing flags
    bool has_route = false;
    std::uint16_t src = 0;        // node addresses (area << 10 | node)
    std::uint16_t dst = 0;
    std::uint32_t pktlen = 0;
    bool has_nsp = false;
    std::uint8_t nsp_flags = 0;
    std::uint16_t src_link = 0;
    std::uint16_t dst_link = 0;
};

void decode_decnet(Decoder& d, Bytes data, std::uint32_t wire_len);

}  // namespace tapsniff
