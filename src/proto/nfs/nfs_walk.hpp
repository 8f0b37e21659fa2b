// The NFS decoder's walk (inside the home only): tcpdump's print-nfs.c functions over the RPC
// message, recording what they print as pieces. Offsets are byte offsets in the message; a read
// past what was captured ends everything with " [|nfs]", as tcpdump's GET_ macros do.
#pragma once

#include <optional>

#include "proto/nfs/nfs.hpp"

namespace tapsniff::nfs_detail {

// NFS procedures, v3 numbering (v2 calls are mapped to these).
enum Proc : std::uint32_t {
    kNull = 0, kGetattr = 1, kSetattr = 2, kLookup = 3, kAccess = 4, kReadlink = 5, kRead = 6, kWrite = 7,
    kCreate = 8, kMkdir = 9, kSymlink = 10, kMknod = 11, kRemove = 12, kRmdir = 13, kRename = 14, kLink = 15,
    kReaddir = 16, kReaddirplus = 17, kFsstat = 18, kFsinfo = 19, kPathconf = 20, kCommit = 21, kNoop = 25,
};

// A v2 procedure's v3 number (tcpdump's nfsv3_procid), or the number itself past the table.
std::uint32_t v3_procedure(std::uint32_t proc, bool v3);
// " getattr", " proc-30" ...
void append_procedure_name(Pieces<64>& p, std::uint32_t proc);
NfsXidMap* xid_map(Decoder& d);
// The client's and server's addresses of the IP header carrying the datagram.
bool datagram_addresses(const DecodedFrame& frame, unsigned& ipver, NfsXidMap::Address& src,
                        NfsXidMap::Address& dst);

class NfsWalk {
public:
    // `address_ok`: the datagram's IP addresses were found (src, dst in the order on the wire).
    NfsWalk(Decoder& d, NfsLayer& n, Bytes m, std::uint32_t length, bool address_ok, unsigned ipver,
            const NfsXidMap::Address& src, const NfsXidMap::Address& dst)
        : d_(d), n_(n), m_(m), length_(length), address_ok_(address_ok), ipver_(ipver), src_(src), dst_(dst) {}

    // ---- reading, as GET_ and ND_TTEST do
    std::optional<std::uint32_t> u32(std::size_t off) {
        if (aborted_ || off > m_.size() || m_.size() - off < 4) return abort32();
        std::uint32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) v = (v << 8U) | static_cast<std::uint8_t>(m_[off + i]);
        return v;
    }
    std::optional<std::uint64_t> u64(std::size_t off) {
        auto hi = u32(off);
        auto lo = hi ? u32(off + 4) : std::nullopt;
        if (!lo) return std::nullopt;
        return (static_cast<std::uint64_t>(*hi) << 32U) | *lo;
    }
    std::optional<std::uint8_t> u8(std::size_t off) {
        if (aborted_ || off >= m_.size()) {
            abort32();
            return std::nullopt;
        }
        return static_cast<std::uint8_t>(m_[off]);
    }
    [[nodiscard]] bool ttest(std::size_t off, std::size_t n) const { return off <= m_.size() && m_.size() - off >= n; }
    [[nodiscard]] Bytes bytes(std::size_t off, std::size_t n) const { return m_.subspan(off, n); }

    // ---- printing (nothing once the walk was cut)
    void lit(const char* s) {
        if (!aborted_) n_.text.literal(s);
    }
    void num(std::uint64_t v, char style = 'u', std::uint8_t width = 0) {
        if (!aborted_) n_.text.number(v, style, width);
    }
    void chars(Bytes b) {
        if (!aborted_) n_.text.chars(b);
    }
    void raw(Bytes b) {
        if (!aborted_) n_.text.raw(b);
    }
    void hex_upper(Bytes b) {
        if (!aborted_) n_.text.hex_upper(b);
    }
    // nd_print_trunc, or a GET_ past the capture: the mark, and the end of the text.
    void trunc() {
        if (aborted_) return;
        n_.text.trunc("nfs");
        aborted_ = true;
        d_.cut("nfs");
    }
    [[nodiscard]] bool aborted() const { return aborted_; }
    Pieces<64>& pieces() { return n_.text; }

    // ---- print-nfs.c
    std::optional<std::size_t> parsereq(std::uint32_t length);
    std::optional<std::size_t> parsefh(std::size_t dp, bool v3);
    std::optional<std::size_t> parsefn(std::size_t dp);
    std::optional<std::size_t> parsefhn(std::size_t dp, bool v3);
    std::optional<std::size_t> parse_sattr3(std::size_t dp);
    void printfh(std::size_t dp, std::uint32_t words);  // nfs_printfh and Parse_fh (nfs_fh.cpp)

    void request();                       // nfsreq_noaddr_print (nfs_request.cpp)
    void reply(std::uint32_t length);     // nfsreply_noaddr_print (nfs_reply.cpp)

private:
    std::optional<std::uint32_t> abort32() {
        trunc();
        return std::nullopt;
    }
    // nfs_reply.cpp
    void interp_reply(std::uint32_t proc, std::uint32_t vers, std::uint32_t length);
    std::optional<std::size_t> parserep(std::uint32_t length, bool& nfserr);
    std::optional<std::size_t> parsestatus(std::size_t dp, std::uint32_t& er, bool& nfserr);
    std::optional<std::size_t> parsefattr(std::size_t dp, bool verbose, bool v3);
    bool parseattrstat(std::size_t dp, bool verbose, bool v3, bool& nfserr);
    bool parsediropres(std::size_t dp, bool& nfserr);
    bool parselinkres(std::size_t dp, bool v3, bool& nfserr);
    bool parsestatfs(std::size_t dp, bool v3, bool& nfserr);
    bool parserddires(std::size_t dp, bool& nfserr);
    std::optional<std::size_t> parse_pre_op_attr(std::size_t dp);
    std::optional<std::size_t> parse_post_op_attr(std::size_t dp);
    std::optional<std::size_t> parse_wcc_data(std::size_t dp);
    std::optional<std::size_t> parsecreateopres(std::size_t dp, bool& nfserr);
    std::optional<std::size_t> parsewccres(std::size_t dp, bool& nfserr);
    // The status, then the post-op attributes (what READDIR, FSINFO and PATHCONF replies start with).
    std::optional<std::size_t> parse_status_attr(std::size_t dp, std::uint32_t& er, bool& nfserr);
    std::optional<std::size_t> parsev3rddirres(std::size_t dp, bool& nfserr);
    bool parsefsinfo(std::size_t dp, bool& nfserr);
    bool parsepathconf(std::size_t dp, bool& nfserr);

    Decoder& d_;
    NfsLayer& n_;
    Bytes m_;
    std::uint32_t length_;
    bool address_ok_;
    unsigned ipver_;
    NfsXidMap::Address src_;
    NfsXidMap::Address dst_;
    bool aborted_ = false;
};

}  // namespace tapsniff::nfs_detail
