// DECnet text: the words tcpdump's decnet_print (print-decnet.c) prints for each item the
// decoder recorded, at default verbosity and with -nn (node addresses as area.node); the fields
// for JSON and the tree.
#include "proto/decnet/decnet.hpp"
#include "proto/nd_print.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

void append_node(OutBuffer& out, std::uint32_t addr) { TS_PUT(out, "{}.{}", (addr & 0176000U) >> 10U, addr & 01777U); }

const char* reason_name(std::uint32_t reason) {
    switch (reason) {
        case 0: return "object rejected connect";
        case 1: return "insufficient resources";
        case 2: return "unrecognized node name";
        case 3: return "node is shutting down";
        case 4: return "unrecognized object";
        case 5: return "invalid object name format";
        case 6: return "object too busy";
        case 7: return "protocol error discovered";
        case 8: return "third party abort";
        case 9: return "user abort";
        case 10: return "invalid node name format";
        case 11: return "local node shutting down";
        case 32: return "insufficient local resources";
        case 33: return "insufficient remote user resources";
        case 34: return "invalid access control information";
        case 36: return "bad ACCOUNT information";
        case 38: return "no response from object";
        case 39: return "node unreachable";
        case 41: return "no link terminate";
        case 42: return "disconnect complete";
        case 43: return "bad image data in connect";
        case 54: return "cryptographic service mismatch";
        default: return nullptr;
    }
}

// print_t_info (init messages) and print_i_info (hello messages).
void append_node_type(OutBuffer& out, std::uint32_t info) {
    switch (info & 3U) {
        case 0: text::append(out, "reserved-ntype? "); break;
        case 1: text::append(out, "l2rout "); break;
        case 2: text::append(out, "l1rout "); break;
        default: text::append(out, "endnode "); break;
    }
}

void append_t_info(OutBuffer& out, std::uint32_t info) {
    append_node_type(out, info);
    if ((info & 04U) != 0) text::append(out, "verif ");
    if ((info & 010U) != 0) text::append(out, "blo ");
}

void append_i_info(OutBuffer& out, std::uint32_t info) {
    append_node_type(out, info);
    if ((info & 04U) != 0) text::append(out, "verif ");
    if ((info & 040U) != 0) text::append(out, "nomcast ");
    if ((info & 0100U) != 0) text::append(out, "blo ");
}

void append_item(OutBuffer& out, const DnItem& it, const DecnetLayer& l) {
    const DnHello& h = l.hello;
    switch (it.kind) {
        case DnKind::length_short: TS_PUT(out, " (length {} < {})", it.a, it.b); break;
        case DnKind::pktlen_short: TS_PUT(out, " (pktlen {} < {})", it.a, it.b); break;
        case DnKind::pktlen_long: TS_PUT(out, " (pktlen {} > {})", it.a, it.b); break;
        case DnKind::future_version: text::append(out, "future-version-decnet"); break;
        case DnKind::unknown_flags: text::append(out, "unknown message flags under mask"); break;
        case DnKind::ctl_init: text::append(out, "init "); break;
        case DnKind::ctl_verification: text::append(out, "verification "); break;
        case DnKind::ctl_test: text::append(out, "test "); break;
        case DnKind::ctl_l1_routing: text::append(out, "lev-1-routing "); break;
        case DnKind::ctl_l2_routing: text::append(out, "lev-2-routing "); break;
        case DnKind::ctl_router_hello: text::append(out, "router-hello "); break;
        case DnKind::ctl_endnode_hello: text::append(out, "endnode-hello "); break;
        case DnKind::ctl_unknown: text::append(out, "unknown control message"); break;
        case DnKind::init_body:
            append_t_info(out, h.info);
            text::append(out, "src ");
            append_node(out, h.src);
            TS_PUT(out, "blksize {} vers {} eco {} ueco {} hello {}", h.blksize, h.vers, h.eco, h.ueco, h.hello);
            break;
        case DnKind::verification_body:
            text::append(out, "src ");
            append_node(out, it.a);
            TS_PUT(out, " fcnval {:o}", it.b);
            break;
        case DnKind::test_body:
            text::append(out, "src ");
            append_node(out, it.a);
            TS_PUT(out, " data {:o}", it.b);
            break;
        case DnKind::routing_src:
            text::append(out, "src ");
            append_node(out, it.a);
            out.push_back(' ');
            break;
        case DnKind::l1_route: TS_PUT(out, "{{ids {}-{} cost {} hops {}}} ", it.a, it.a + it.b, it.c, it.d); break;
        case DnKind::l2_route: TS_PUT(out, "{{areas {}-{} cost {} hops {}}} ", it.a, it.a + it.b, it.c, it.d); break;
        case DnKind::router_hello_body:
            append_i_info(out, h.info);
            TS_PUT(out, "vers {} eco {} ueco {} src ", h.vers, h.eco, h.ueco);
            append_node(out, h.src);
            TS_PUT(out, " blksize {} pri {} hello {}", h.blksize, h.priority, h.hello);
            break;
        case DnKind::endnode_hello_body:
            append_i_info(out, h.info);
            TS_PUT(out, "vers {} eco {} ueco {} src ", h.vers, h.eco, h.ueco);
            append_node(out, h.src);
            TS_PUT(out, " blksize {} rtr ", h.blksize);
            append_node(out, h.router);
            TS_PUT(out, " hello {} data {:o}", h.hello, h.data);
            break;
        case DnKind::route:
            append_node(out, it.a);
            text::append(out, " > ");
            append_node(out, it.b);
            TS_PUT(out, " {} ", it.c);
            break;
        case DnKind::nsp_short: TS_PUT(out, " (nsplen {} < {})", it.a, it.b); break;
        case DnKind::data: TS_PUT(out, "data {}>{} ", it.a, it.b); break;
        case DnKind::intr: text::append(out, "intr "); break;
        case DnKind::link_service: TS_PUT(out, "link-service {}>{} ", it.a, it.b); break;
        case DnKind::ack: TS_PUT(out, "ack {} ", it.a); break;
        case DnKind::nak: TS_PUT(out, "nak {} ", it.a); break;
        case DnKind::oack: TS_PUT(out, "oack {} ", it.a); break;
        case DnKind::onak: TS_PUT(out, "onak {} ", it.a); break;
        case DnKind::ackdat: TS_PUT(out, "ackdat {} ", it.a); break;
        case DnKind::nakdat: TS_PUT(out, "nakdat {} ", it.a); break;
        case DnKind::seg: TS_PUT(out, "seg {} ", it.a); break;
        case DnKind::ls_data_count: TS_PUT(out, "dat seg count {} ", it.a); break;
        case DnKind::ls_donotsend: text::append(out, "donotsend-data "); break;
        case DnKind::ls_send: text::append(out, "send-data "); break;
        case DnKind::ls_reserved_mod: TS_PUT(out, "reserved-fcmod? {:x}", it.a); break;
        case DnKind::ls_intr_count: TS_PUT(out, "intr req count {} ", it.a); break;
        case DnKind::ls_reserved_val: TS_PUT(out, "reserved-fcval-int? {:x}", it.a); break;
        case DnKind::reserved_subtype: TS_PUT(out, "reserved-subtype? {:x} {} > {}", it.a, it.b, it.c); break;
        case DnKind::data_ack: TS_PUT(out, "data-ack {}>{} ", it.a, it.b); break;
        case DnKind::ils_ack: TS_PUT(out, "ils-ack {}>{} ", it.a, it.b); break;
        case DnKind::conn_ack: TS_PUT(out, "conn-ack {}", it.a); break;
        case DnKind::reserved_acktype: TS_PUT(out, "reserved-acktype? {:x} {} > {}", it.a, it.b, it.c); break;
        case DnKind::conn_initiate: TS_PUT(out, "conn-initiate {}>{} ", it.a, it.b); break;
        case DnKind::retrans_conn_initiate: TS_PUT(out, "retrans-conn-initiate {}>{} ", it.a, it.b); break;
        case DnKind::flow_seg: text::append(out, "seg "); break;
        case DnKind::flow_msg: text::append(out, "msg "); break;
        case DnKind::version: {
            static constexpr const char* kVersions[] = {"ver 3.2 ", "ver 3.1 ", "ver 4.0 ", "ver 4.1 "};
            text::append(out, kVersions[it.a & 3U]);
            break;
        }
        case DnKind::segsize: TS_PUT(out, "segsize {} ", it.a); break;
        case DnKind::optlen: TS_PUT(out, "optlen {} ", it.a); break;
        case DnKind::conn_confirm: TS_PUT(out, "conn-confirm {}>{} ", it.a, it.b); break;
        case DnKind::disconn_initiate: TS_PUT(out, "disconn-initiate {}>{} ", it.a, it.b); break;
        case DnKind::disconn_confirm: TS_PUT(out, "disconn-confirm {}>{} ", it.a, it.b); break;
        case DnKind::reason:
            if (const char* name = reason_name(it.a)) TS_PUT(out, "{} ", name);
            else TS_PUT(out, "reason-{} ", it.a);
            break;
        case DnKind::reserved_ctltype: TS_PUT(out, "reserved-ctltype? {:x} {} > {}", it.a, it.b, it.c); break;
        case DnKind::reserved_type: TS_PUT(out, "reserved-type? {:x} {} > {}", it.a, it.b, it.c); break;
    }
}

}  // namespace

void decnet_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    const DecnetLayer& l = *t.frame.get<DecnetLayer>(index);
    for (const DnItem& it : l.items) append_item(out, it, l);
    // ND_DEFAULTPRINT after "future-version-decnet" and the like, whatever -x says.
    if (!l.hex.empty()) text::append_hex_ascii(out, l.hex);
    if (l.invalid) text::append(out, " (invalid)");
    if (l.cut) text::append_trunc(out, "decnet");
}

namespace {

constexpr Field kFlags{"flags", "Routing flags", 2};
// Node addresses as tshark shows them (area << 10 | node, in hex); the tree adds area.node.
void show_node(OutBuffer& out, std::uint64_t addr) {
    TS_PUT(out, "{}.{} (0x{:04x})", addr >> 10U, addr & 01777U, addr);
}

constexpr Field kSrc{"src_node", "Source node", 4, nullptr, show_node};
constexpr Field kDst{"dst_node", "Destination node", 4, nullptr, show_node};
constexpr Field kPktLen{"length", "Length"};
constexpr Field kNspFlags{"nsp_msg_type", "NSP message type", 2};
constexpr Field kSrcLink{"nsp_src_link", "Source link address", 4};
constexpr Field kDstLink{"nsp_dst_link", "Destination link address", 4};

}  // namespace

template <class W>
void describe(const DecnetLayer& l, W& w) {
    w.num(kFlags, l.flags);
    if (l.has_route) {
        w.num(kDst, l.dst);
        w.num(kSrc, l.src);
        w.num(kPktLen, l.pktlen);
    }
    if (l.has_nsp) {
        w.num(kNspFlags, l.nsp_flags);
        w.num(kSrcLink, l.src_link);
        w.num(kDstLink, l.dst_link);
    }
}

const Protocol DecnetLayer::protocol = make_protocol<DecnetLayer>("decnet", "decnet", "DECnet", decnet_text);

}  // namespace tapsniff
