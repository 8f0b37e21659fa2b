// NFS: the entry points by direction, tcpdump's cache of calls, procedure names, the text and the
// fields (tshark's rpc.* names).
#include "proto/nfs/nfs.hpp"

#include "proto/ip/ip.hpp"
#include "proto/nfs/nfs_walk.hpp"
#include "proto/state.hpp"
#include "proto/tcp/tcp.hpp"
#include "proto/udp/udp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace nfs_detail {
namespace {

constexpr std::array<std::uint32_t, 26> kV3ProcId{kNull,   kGetattr, kSetattr, kNoop,  kLookup,  kReadlink, kRead,
                                                  kNoop,   kWrite,   kCreate,  kRemove, kRename, kLink,     kSymlink,
                                                  kMkdir,  kRmdir,   kReaddir, kFsstat, kNoop,   kNoop,     kNoop,
                                                  kNoop,   kNoop,    kNoop,    kNoop,   kNoop};
constexpr std::array<const char*, 22> kProcNames{
    "null",   "getattr", "setattr", "lookup", "access",  "readlink", "read",        "write",
    "create", "mkdir",   "symlink", "mknod",  "remove",  "rmdir",    "rename",      "link",
    "readdir", "readdirplus", "fsstat", "fsinfo", "pathconf", "commit"};

}  // namespace

std::uint32_t v3_procedure(std::uint32_t proc, bool v3) {
    if (!v3 && proc < kV3ProcId.size()) return kV3ProcId[proc];
    return proc;
}

void append_procedure_name(Pieces<64>& p, std::uint32_t proc) {
    p.literal(" ");
    if (proc < kProcNames.size()) {
        p.literal(kProcNames[proc]);
    } else if (proc == kNoop) {
        p.literal("nop");
    } else {
        p.literal("proc-");
        p.number(proc);
    }
}

NfsXidMap* xid_map(Decoder& d) { return d.options.state != nullptr ? &d.options.state->nfs : nullptr; }

bool datagram_addresses(const DecodedFrame& frame, unsigned& ipver, NfsXidMap::Address& src,
                        NfsXidMap::Address& dst) {
    const std::size_t n = frame.size();
    if (n == 0 || (frame.get<UdpLayer>(n - 1) == nullptr && frame.get<TcpLayer>(n - 1) == nullptr)) return false;
    const EnclosingIp ip = enclosing_ip(frame, n - 1);
    if (ip.v4 != nullptr) {
        ipver = 4;
        std::copy(ip.v4->src.begin(), ip.v4->src.end(), src.begin());
        std::copy(ip.v4->dst.begin(), ip.v4->dst.end(), dst.begin());
        return true;
    }
    if (ip.v6 != nullptr) {
        ipver = 6;
        src = ip.v6->src;
        dst = ip.v6->dst;
        return true;
    }
    return false;
}

}  // namespace nfs_detail

void NfsXidMap::enter(std::uint32_t xid, unsigned ipver, const Address& client, const Address& server,
                      std::uint32_t proc, std::uint32_t vers) {
    Entry& e = entries_[next_];
    next_ = (next_ + 1) % kEntries;
    e.xid = xid;
    e.ipver = ipver;
    e.client = client;
    e.server = server;
    e.proc = proc;
    e.vers = vers;
}

bool NfsXidMap::find(std::uint32_t xid, unsigned ipver, const Address& src, const Address& dst, std::uint32_t& proc,
                     std::uint32_t& vers) {
    const std::size_t n = ipver == 4 ? 4 : 16;
    std::size_t i = hint_;
    do {
        const Entry& e = entries_[i];
        if (e.ipver == ipver && e.xid == xid && std::equal(src.begin(), src.begin() + n, e.server.begin()) &&
            std::equal(dst.begin(), dst.begin() + n, e.client.begin())) {
            hint_ = i;
            proc = e.proc;
            vers = e.vers;
            return true;
        }
        i = (i + 1) % kEntries;
    } while (i != hint_);
    return false;
}

NfsDirection nfs_direction(Bytes snap, std::uint16_t sport, std::uint16_t dport) {
    if (snap.size() < 8) return NfsDirection::none;
    Cursor c(snap.subspan(4, 4));
    const std::uint32_t direction = *c.be32();
    if (dport == kNfsPort && direction == 0) return NfsDirection::request;
    if (sport == kNfsPort && direction == 1) return NfsDirection::reply;
    return NfsDirection::none;
}

namespace {

// `snap`: what tcpdump may read of the RPC message; `length`: its length for the printers.
void decode_message(Decoder& d, Bytes snap, std::uint32_t length, bool reply, bool over_tcp) {
    unsigned ipver = 0;
    NfsXidMap::Address src{};
    NfsXidMap::Address dst{};
    const bool address_ok = nfs_detail::datagram_addresses(d.frame, ipver, src, dst);
    auto* n = d.frame.add<NfsLayer>(Presence::partial);
    if (n == nullptr) return;
    // The direction check read the xid's word too.
    n->xid = *Cursor(snap).be32();
    n->reply = reply;
    n->over_tcp = over_tcp;
    n->length = length;
    d.frame.set_presence(Presence::complete);
    nfs_detail::NfsWalk walk(d, *n, snap, length, address_ok, ipver, src, dst);
    if (reply) walk.reply(length);
    else walk.request();
    if (walk.aborted() || n->text.overflow()) d.frame.set_presence(Presence::truncated);
}

}  // namespace

void decode_nfs_request(Decoder& d, Bytes data, std::uint32_t wire_len) {
    decode_message(d, udp_snap(d.frame, data), wire_len, false, false);
}
void decode_nfs_reply(Decoder& d, Bytes data, std::uint32_t wire_len) {
    decode_message(d, udp_snap(d.frame, data), wire_len, true, false);
}

void decode_nfs_tcp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    // tcp_print: the record mark's fragment length (at most the segment's rest), then the call or
    // reply after it if the direction word was captured; otherwise nothing more is printed.
    Cursor c(data);
    const auto mark = c.be32();
    if (wire_len < 4 || !mark) return;
    const std::uint32_t fraglen = std::min(*mark & 0x7fffffffU, wire_len - 4);
    const Bytes message = data.subspan(4);
    const auto xid = c.be32();
    const auto direction = c.be32();
    if (!xid || !direction) return;
    const TcpLayer* tcp = d.frame.size() > 0 ? d.frame.get<TcpLayer>(d.frame.size() - 1) : nullptr;
    if (tcp == nullptr) return;
    if (tcp->dport == kNfsPort && *direction == 0) decode_message(d, message, fraglen, false, true);
    else if (tcp->sport == kNfsPort && *direction == 1) decode_message(d, message, fraglen, true, true);
}

namespace {

void nfs_text(const TextContext& t, std::size_t index) {
    const NfsLayer& n = *t.frame.get<NfsLayer>(index);
    if (n.over_tcp) text::append(t.out, ": ");
    TS_PUT(t.out, "NFS {} xid {} ", n.reply ? "reply" : "request", n.xid);
    n.text.append_to(t.out);
}

constexpr Field kXid{"xid", "XID", 8};
constexpr Field kMsgType{"msgtyp", "Message Type"};
constexpr Field kVersion{"programversion", "Program Version"};
constexpr Field kProcedure{"procedure", "Procedure"};
constexpr Field kReplyState{"replystat", "Reply State"};

}  // namespace

template <class W>
void describe(const NfsLayer& n, W& w) {
    w.num(kXid, n.xid);
    w.num(kMsgType, n.reply ? 1 : 0);
    if (n.has_procedure) {
        w.num(kVersion, n.version);
        w.num(kProcedure, n.procedure);
    }
    if (n.has_reply_state) w.num(kReplyState, n.reply_state);
}

const Protocol NfsLayer::protocol = make_protocol<NfsLayer>("nfs", "nfs", "Network File System", nfs_text);

}  // namespace tapsniff
