// NFS replies: tcpdump's nfsreply_noaddr_print (accepted, denied) and interp_reply, which reads the
// results by the procedure of the call the reply answers.
#include "proto/nfs/nfs_walk.hpp"
#include "proto/tcpdump_text.hpp"

namespace tapsniff::nfs_detail {
namespace {

constexpr std::uint32_t kVersion3 = 3;

constexpr auto kAuthStat = std::to_array<Tok>({
    {0, "OK"},
    {1, "Bogus Credentials (seal broken)"},
    {2, "Rejected Credentials (client should begin new session)"},
    {3, "Bogus Verifier (seal broken)"},
    {4, "Verifier expired or was replayed"},
    {5, "Credentials are too weak"},
    {6, "Bogus response verifier"},
    {7, "Unknown failure"},
});

}  // namespace

void NfsWalk::reply(std::uint32_t length) {
    auto stat = ttest(8, 4) ? u32(8) : std::nullopt;
    if (!stat) return trunc();
    n_.reply_state = *stat;
    n_.has_reply_state = true;
    switch (*stat) {
        case 0: {  // accepted
            lit("reply ok ");
            num(length);
            NfsXidMap scratch;  // without a run's state, no call is known
            NfsXidMap* map = xid_map(d_);
            if (map == nullptr) map = &scratch;
            std::uint32_t proc = 0;
            std::uint32_t vers = 0;
            if (address_ok_ && map->find(*u32(0), ipver_, src_, dst_, proc, vers)) {
                n_.has_procedure = true;
                n_.procedure = proc;
                n_.version = vers;
                interp_reply(proc, vers, length);
            }
            return;
        }
        case 1: {  // denied
            lit("reply ERR ");
            num(length);
            lit(": ");
            auto rstat = ttest(12, 4) ? u32(12) : std::nullopt;
            if (!rstat) return trunc();
            if (*rstat == 0) {  // RPC version mismatch
                if (!ttest(20, 4)) return trunc();
                lit("RPC Version mismatch (");
                num(*u32(16));
                lit("-");
                num(*u32(20));
                lit(")");
            } else if (*rstat == 1) {  // authentication error
                if (!ttest(16, 4)) return trunc();
                const std::uint32_t why = *u32(16);
                lit("Auth ");
                if (const char* name = tok_name(kAuthStat, why)) {
                    lit(name);
                } else {
                    lit("Invalid failure code ");
                    num(why);
                }
            } else {
                lit("Unknown reason for rejecting rpc message ");
                num(*rstat);
            }
            return;
        }
        default:
            lit("reply Unknown rpc response code=");
            num(*stat);
            lit(" ");
            num(length);
            return;
    }
}

void NfsWalk::interp_reply(std::uint32_t raw_proc, std::uint32_t vers, std::uint32_t length) {
    const bool v3 = vers == kVersion3;
    const std::uint32_t proc = v3_procedure(raw_proc, v3);
    append_procedure_name(n_.text, proc);
    bool nfserr = false;
    std::uint32_t er = 0;
    // tcpdump's "goto trunc": the mark, unless an error status was printed.
    auto trunc_unless_error = [&] {
        if (!nfserr) trunc();
    };
    std::optional<std::size_t> dp;
    switch (proc) {
        case kGetattr:
        case kSetattr:
        case kLookup:
        case kAccess:
        case kReadlink:
        case kRead:
        case kWrite:
        case kCreate:
        case kMkdir:
        case kSymlink:
        case kMknod:
        case kRemove:
        case kRmdir:
        case kRename:
        case kLink:
        case kReaddir:
        case kReaddirplus:
        case kFsstat:
        case kFsinfo:
        case kPathconf:
        case kCommit:
            dp = parserep(length, nfserr);
            if (!dp) return trunc_unless_error();
            break;
        default:
            return;  // tcpdump does not read the results of other procedures
    }
    switch (proc) {
        case kGetattr:
            if (!parseattrstat(*dp, true, v3, nfserr)) trunc_unless_error();
            return;
        case kSetattr:
            if (v3 ? !parsewccres(*dp, nfserr) : !parseattrstat(*dp, true, false, nfserr)) trunc_unless_error();
            return;
        case kLookup:
            if (v3) {
                dp = parsestatus(*dp, er, nfserr);
                if (!dp) return trunc_unless_error();
                if (er != 0) return;
                dp = parsefh(*dp, true);
                if (!dp) return trunc_unless_error();
                if (!parse_post_op_attr(*dp)) trunc_unless_error();
            } else if (!parsediropres(*dp, nfserr)) {
                trunc_unless_error();
            }
            return;
        case kAccess: {
            dp = parsestatus(*dp, er, nfserr);
            if (!dp) return trunc_unless_error();
            dp = parse_post_op_attr(*dp);
            if (!dp) return trunc_unless_error();
            if (er == 0) {
                auto c = u32(*dp);
                if (!c) return;
                lit(" c ");
                num(*c, 'x', 4);
            }
            return;
        }
        case kReadlink:
            if (!parselinkres(*dp, v3, nfserr)) trunc_unless_error();
            return;
        case kRead:
            if (v3) {
                dp = parsestatus(*dp, er, nfserr);
                if (!dp) return trunc_unless_error();
                if (!parse_post_op_attr(*dp)) trunc_unless_error();
            } else if (!parseattrstat(*dp, false, false, nfserr)) {
                trunc_unless_error();
            }
            return;
        case kWrite:
            if (v3) {
                dp = parsestatus(*dp, er, nfserr);
                if (!dp) return trunc_unless_error();
                if (!parse_wcc_data(*dp)) trunc_unless_error();
            } else if (!parseattrstat(*dp, false, false, nfserr)) {
                trunc_unless_error();
            }
            return;
        case kCreate:
        case kMkdir:
            if (v3 ? !parsecreateopres(*dp, nfserr) : !parsediropres(*dp, nfserr)) trunc_unless_error();
            return;
        case kSymlink:
            if (v3 ? !parsecreateopres(*dp, nfserr) : !parsestatus(*dp, er, nfserr)) trunc_unless_error();
            return;
        case kMknod:
            if (!parsecreateopres(*dp, nfserr)) trunc_unless_error();
            return;
        case kRemove:
        case kRmdir:
            if (v3 ? !parsewccres(*dp, nfserr) : !parsestatus(*dp, er, nfserr)) trunc_unless_error();
            return;
        case kRename:
        case kLink:
            if (!parsestatus(*dp, er, nfserr)) trunc_unless_error();
            return;
        case kReaddir:
            if (v3 ? !parsev3rddirres(*dp, nfserr) : !parserddires(*dp, nfserr)) trunc_unless_error();
            return;
        case kReaddirplus:
            if (!parsev3rddirres(*dp, nfserr)) trunc_unless_error();
            return;
        case kFsstat:
            if (!parsestatfs(*dp, v3, nfserr)) trunc_unless_error();
            return;
        case kFsinfo:
            if (!parsefsinfo(*dp, nfserr)) trunc_unless_error();
            return;
        case kPathconf:
            if (!parsepathconf(*dp, nfserr)) trunc_unless_error();
            return;
        case kCommit:
            if (!parsewccres(*dp, nfserr)) trunc_unless_error();
            return;
        default:
            return;
    }
}

}  // namespace tapsniff::nfs_detail
