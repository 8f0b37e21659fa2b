// NFS replies: tcpdump's nfsreply_noaddr_print and interp_reply with the parsers of each result,
// at default verbosity (attributes are printed for getattr and setattr v2 only).
#include "proto/nfs/nfs_walk.hpp"
#include "proto/tcpdump_text.hpp"

namespace tapsniff::nfs_detail {
namespace {

constexpr std::uint32_t kV3FattrLen = 84;
constexpr std::uint32_t kV2FattrLen = 68;

constexpr auto kStatus = std::to_array<Tok>({
    {1, "Operation not permitted"}, {2, "No such file or directory"}, {5, "Input/output error"},
    {6, "Device not configured"}, {11, "Resource deadlock avoided"}, {12, "Cannot allocate memory"},
    {13, "Permission denied"}, {17, "File exists"}, {18, "Cross-device link"},
    {19, "Operation not supported by device"}, {20, "Not a directory"}, {21, "Is a directory"},
    {22, "Invalid argument"}, {26, "Text file busy"}, {27, "File too large"}, {28, "No space left on device"},
    {30, "Read-only file system"}, {31, "Too many links"}, {45, "Operation not supported"},
    {62, "Too many levels of symbolic links"}, {63, "File name too long"}, {66, "Directory not empty"},
    {69, "Disc quota exceeded"}, {70, "Stale NFS file handle"}, {71, "Too many levels of remote in path"},
    {99, "Write cache flushed to disk"}, {10001, "Illegal NFS file handle"},
    {10002, "Update synchronization mismatch"}, {10003, "READDIR/READDIRPLUS cookie is stale"},
    {10004, "Operation not supported"}, {10005, "Buffer or request is too small"},
    {10006, "Unspecified error on server"}, {10007, "Object of that type not supported"},
    {10008, "Request couldn't be completed in time"},
});
constexpr auto kAcceptStat = std::to_array<Tok>({
    {1, "PROG_UNAVAIL"}, {2, "PROG_MISMATCH"}, {3, "PROC_UNAVAIL"}, {4, "GARBAGE_ARGS"}, {5, "SYSTEM_ERR"},
});
constexpr std::array<const char*, 8> kFileTypes{"NON", "REG", "DIR", "BLK", "CHR", "LNK", nullptr, "FIFO"};

}  // namespace

std::optional<std::size_t> NfsWalk::parserep(std::uint32_t length, bool& nfserr) {
    std::size_t dp = 12;  // the reply verifier, after the reply status
    auto len = u32(dp + 4);
    if (!len || *len >= length) return std::nullopt;
    dp += ((std::size_t{*len} + 11U) / 4U) * 4U;
    auto astat = u32(dp);
    if (!astat) return std::nullopt;
    if (*astat != 0) {
        lit(" ");
        if (const char* name = tok_name(kAcceptStat, *astat)) {
            lit(name);
        } else {
            lit("ar_stat ");
            num(*astat);
        }
        nfserr = true;
        return std::nullopt;
    }
    return dp + 4;
}

std::optional<std::size_t> NfsWalk::parsestatus(std::size_t dp, std::uint32_t& er, bool& nfserr) {
    auto errnum = u32(dp);
    if (!errnum) return std::nullopt;
    er = *errnum;
    if (er != 0) {
        lit(" ERROR: ");
        if (const char* name = tok_name(kStatus, er)) {
            lit(name);
        } else {
            lit("unk ");
            num(er);
        }
        nfserr = true;
    }
    return dp + 4;
}

std::optional<std::size_t> NfsWalk::parsefattr(std::size_t dp, bool verbose, bool v3) {
    if (!ttest(dp + 16, 4)) return std::nullopt;
    if (verbose) {
        const std::uint32_t type = *u32(dp);
        lit(" ");
        if (type < kFileTypes.size() && kFileTypes[type] != nullptr) {
            lit(kFileTypes[type]);
        } else {
            lit("unk-ft ");
            num(type);
            lit(" ");
        }
        lit(" ");
        num(*u32(dp + 4), 'o');
        lit(" ids ");
        num(static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int32_t>(*u32(dp + 12)))), 'd');
        lit("/");
        num(static_cast<std::uint64_t>(static_cast<std::int64_t>(static_cast<std::int32_t>(*u32(dp + 16)))), 'd');
        if (v3) {
            auto size = u64(dp + 20);
            if (!size) return std::nullopt;
            lit(" sz ");
            num(*size);
        } else {
            auto size = u32(dp + 20);
            if (!size) return std::nullopt;
            lit(" sz ");
            num(*size);
        }
    }
    return dp + (v3 ? kV3FattrLen : kV2FattrLen);
}

bool NfsWalk::parseattrstat(std::size_t dp, bool verbose, bool v3, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return false;
    if (er != 0) return true;
    return parsefattr(*next, verbose, v3).has_value();
}

bool NfsWalk::parsediropres(std::size_t dp, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return false;
    if (er != 0) return true;
    next = parsefh(*next, false);
    if (!next) return false;
    return parsefattr(*next, false, false).has_value();
}

bool NfsWalk::parselinkres(std::size_t dp, bool v3, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return false;
    if (er != 0) return true;
    if (v3) {
        next = parse_post_op_attr(*next);
        if (!next) return false;
    }
    lit(" ");
    return parsefn(*next).has_value();
}

bool NfsWalk::parsestatfs(std::size_t dp, bool v3, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return false;
    if (!v3 && er != 0) return true;
    if (v3) {
        next = parse_post_op_attr(*next);
        if (!next) return false;
    }
    if (!ttest(*next, v3 ? 52 : 20)) return false;
    const std::size_t at = *next;
    if (v3) {
        lit(" tbytes ");
        num(*u64(at));
        lit(" fbytes ");
        num(*u64(at + 8));
        lit(" abytes ");
        num(*u64(at + 16));
    } else {
        static constexpr std::array<const char*, 5> kNames{" tsize ", " bsize ", " blocks ", " bfree ", " bavail "};
        for (std::size_t i = 0; i < kNames.size(); ++i) {
            lit(kNames[i]);
            num(*u32(at + 4 * i));
        }
    }
    return true;
}

bool NfsWalk::parserddires(std::size_t dp, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return false;
    if (er != 0) return true;
    auto size = u32(*next + 4);
    auto offset = size ? u32(*next) : std::nullopt;
    if (!offset) return false;
    lit(" offset 0x");
    num(*offset, 'x');
    lit(" size ");
    num(*size);
    lit(" ");
    auto eof = u32(*next + 8);
    if (!eof) return false;
    if (*eof != 0) lit(" eof");
    return true;
}

std::optional<std::size_t> NfsWalk::parse_pre_op_attr(std::size_t dp) {
    auto present = u32(dp);
    if (!present) return std::nullopt;
    if (*present == 0) return dp + 4;
    if (!ttest(dp + 4, 24)) return std::nullopt;
    return dp + 4 + 24;
}

std::optional<std::size_t> NfsWalk::parse_post_op_attr(std::size_t dp) {
    auto present = u32(dp);
    if (!present) return std::nullopt;
    if (*present == 0) return dp + 4;
    return dp + 4 + kV3FattrLen;
}

std::optional<std::size_t> NfsWalk::parse_wcc_data(std::size_t dp) {
    auto next = parse_pre_op_attr(dp);
    if (!next) return std::nullopt;
    return parse_post_op_attr(*next);
}

std::optional<std::size_t> NfsWalk::parsecreateopres(std::size_t dp, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return std::nullopt;
    if (er != 0) return parse_wcc_data(*next);
    auto follows = u32(*next);
    if (!follows) return std::nullopt;
    if (*follows == 0) return *next + 4;
    return parsefh(*next + 4, true);
}

std::optional<std::size_t> NfsWalk::parsewccres(std::size_t dp, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return std::nullopt;
    return parse_wcc_data(*next);
}

std::optional<std::size_t> NfsWalk::parse_status_attr(std::size_t dp, std::uint32_t& er, bool& nfserr) {
    auto next = parsestatus(dp, er, nfserr);
    if (!next) return std::nullopt;
    return parse_post_op_attr(*next);
}

std::optional<std::size_t> NfsWalk::parsev3rddirres(std::size_t dp, bool& nfserr) {
    std::uint32_t er = 0;
    return parse_status_attr(dp, er, nfserr);
}

bool NfsWalk::parsefsinfo(std::size_t dp, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parse_status_attr(dp, er, nfserr);
    if (!next) return false;
    if (er != 0) return true;
    if (!ttest(*next, 48)) return false;
    const std::size_t at = *next;
    static constexpr std::array<std::pair<const char*, std::size_t>, 5> kFields{
        {{" rtmax ", 0}, {" rtpref ", 4}, {" wtmax ", 12}, {" wtpref ", 16}, {" dtpref ", 24}}};
    for (const auto& [label, off] : kFields) {
        lit(label);
        num(*u32(at + off));
    }
    return true;
}

bool NfsWalk::parsepathconf(std::size_t dp, bool& nfserr) {
    std::uint32_t er = 0;
    auto next = parse_status_attr(dp, er, nfserr);
    if (!next) return false;
    if (er != 0) return true;
    if (!ttest(*next, 24)) return false;
    const std::size_t at = *next;
    lit(" linkmax ");
    num(*u32(at));
    lit(" namemax ");
    num(*u32(at + 4));
    lit(*u32(at + 8) != 0 ? " notrunc" : " ");
    lit(*u32(at + 12) != 0 ? " chownres" : " ");
    lit(*u32(at + 16) != 0 ? " igncase" : " ");
    lit(*u32(at + 20) != 0 ? " keepcase" : " ");
    return true;
}

}  // namespace tapsniff::nfs_detail
