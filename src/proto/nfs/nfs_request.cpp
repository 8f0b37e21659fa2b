// NFS calls: tcpdump's nfsreq_noaddr_print and the parsers it shares with replies (parsereq,
// parsefh, parsefn, parse_sattr3), at default verbosity.
#include "proto/nfs/nfs_walk.hpp"

namespace tapsniff::nfs_detail {
namespace {

constexpr std::size_t kCred = 24;       // the call's credentials start here
constexpr std::size_t kCallVers = 16;
constexpr std::size_t kCallProc = 20;
constexpr std::uint32_t kV2FhWords = 8;  // NFSX_V2FH / 4
constexpr std::uint32_t kVersion3 = 3;

// roundup2(len, 4) in tcpdump's 32-bit arithmetic.
std::uint32_t round4(std::uint32_t len) { return (len + 3U) & ~3U; }
// (len + 2 * sizeof(uint32_t) + 3) / 4 words past an opaque auth (in size_t), as a byte count.
std::size_t skip_auth(std::uint32_t len) { return ((std::size_t{len} + 11U) / 4U) * 4U; }

}  // namespace

std::optional<std::size_t> NfsWalk::parsereq(std::uint32_t length) {
    std::size_t dp = kCred;
    if (length < 8) return std::nullopt;
    auto len = u32(dp + 4);
    if (!len) return std::nullopt;
    std::uint32_t rounded = round4(*len);
    if (!ttest(dp + 8, rounded)) return std::nullopt;
    if (std::uint64_t{8} + rounded <= length) {  // size_t arithmetic, as tcpdump's
        dp += skip_auth(*len);
        length -= 8U + rounded;
        if (length < 8) return std::nullopt;
        len = u32(dp + 4);
        if (!len) return std::nullopt;
        rounded = round4(*len);
        if (!ttest(dp + 8, rounded)) return std::nullopt;
        if (std::uint64_t{8} + rounded < length) return dp + skip_auth(*len);
    }
    return std::nullopt;
}

std::optional<std::size_t> NfsWalk::parsefh(std::size_t dp, bool v3) {
    std::uint32_t words = kV2FhWords;
    if (v3) {
        auto len = u32(dp);
        if (!len) return std::nullopt;
        words = *len / 4;
        dp += 4;
    }
    if (!ttest(dp, static_cast<std::size_t>(words) * 4)) return std::nullopt;
    printfh(dp, words);
    return dp + static_cast<std::size_t>(words) * 4;
}

std::optional<std::size_t> NfsWalk::parsefn(std::size_t dp) {
    auto len = u32(dp);
    if (!len) return std::nullopt;
    dp += 4;
    if (0xffffffffU - *len < 3) {
        lit("[cannot pad to 32-bit boundaries] (invalid)");
        return std::nullopt;
    }
    const std::uint32_t rounded = round4(*len);
    if (!ttest(dp, rounded)) return std::nullopt;
    lit("\"");
    chars(bytes(dp, *len));
    lit("\"");
    return dp + rounded;
}

std::optional<std::size_t> NfsWalk::parsefhn(std::size_t dp, bool v3) {
    auto next = parsefh(dp, v3);
    if (!next) return std::nullopt;
    lit(" ");
    return parsefn(*next);
}

std::optional<std::size_t> NfsWalk::parse_sattr3(std::size_t dp) {
    // Six "set" words, four with a value after them, two with a time (two words) after them.
    for (int field = 0; field < 6; ++field) {
        auto set = u32(dp);
        if (!set) return std::nullopt;
        dp += 4;
        if (field < 4) {
            if (*set != 0) {
                if (!u32(dp)) return std::nullopt;
                dp += 4;
            }
        } else if (*set == 2) {  // NFSV3SATTRTIME_TOCLIENT
            if (!u32(dp) || !u32(dp + 4)) return std::nullopt;
            dp += 8;
        }
    }
    return dp;
}

void NfsWalk::request() {
    num(length_);
    if (!ttest(kCallProc, 4)) return trunc();  // xid_map_enter
    if (NfsXidMap* map = xid_map(d_); map != nullptr && address_ok_) {
        map->enter(*u32(0), ipver_, src_, dst_, *u32(kCallProc), *u32(kCallVers));
    }
    auto vers = u32(kCallVers);
    auto raw_proc = u32(kCallProc);
    if (!vers || !raw_proc) return;
    n_.version = *vers;
    n_.procedure = *raw_proc;
    n_.has_procedure = true;
    const bool v3 = *vers == kVersion3;
    const std::uint32_t proc = v3_procedure(*raw_proc, v3);
    append_procedure_name(n_.text, proc);

    std::optional<std::size_t> dp;
    auto start = [&]() -> bool {
        dp = parsereq(length_);
        if (!dp) trunc();
        return dp.has_value();
    };
    auto fh = [&]() -> bool {
        dp = parsefh(*dp, v3);
        if (!dp) trunc();
        return dp.has_value();
    };
    auto fhn = [&]() -> bool {
        dp = parsefhn(*dp, v3);
        if (!dp) trunc();
        return dp.has_value();
    };
    switch (proc) {
        case kGetattr:
        case kSetattr:
        case kReadlink:
        case kFsstat:
        case kFsinfo:
        case kPathconf:
            if (start()) fh();
            return;
        case kLookup:
        case kCreate:
        case kMkdir:
        case kRemove:
        case kRmdir:
            if (start()) fhn();
            return;
        case kAccess: {
            if (!start() || !fh()) return;
            auto flags = u32(*dp);
            if (!flags) return;
            constexpr std::uint32_t kFull = 0x3f;
            if ((*flags & ~kFull) != 0) {
                lit(" ");
                num(*flags, 'x', 4);
            } else if (*flags == kFull) {
                lit(" NFS_ACCESS_FULL");
            } else {
                static constexpr std::array<const char*, 6> kNames{"NFS_ACCESS_READ",   "NFS_ACCESS_LOOKUP",
                                                                   "NFS_ACCESS_MODIFY", "NFS_ACCESS_EXTEND",
                                                                   "NFS_ACCESS_DELETE", "NFS_ACCESS_EXECUTE"};
                const char* separator = " ";
                for (std::size_t bit = 0; bit < kNames.size(); ++bit) {
                    if ((*flags & (1U << bit)) == 0) continue;
                    lit(separator);
                    lit(kNames[bit]);
                    separator = "|";
                }
            }
            return;
        }
        case kRead:
        case kCommit: {
            if (!start() || !fh()) return;
            if (v3 || proc == kCommit) {
                auto count = u32(*dp + 8);
                auto offset = count ? u64(*dp) : std::nullopt;
                if (!offset) return;
                lit(" ");
                num(*count);
                lit(" bytes @ ");
                num(*offset);
            } else {
                auto count = u32(*dp + 4);
                auto offset = count ? u32(*dp) : std::nullopt;
                if (!offset) return;
                lit(" ");
                num(*count);
                lit(" bytes @ ");
                num(*offset);
            }
            return;
        }
        case kWrite: {
            if (!start() || !fh()) return;
            if (v3) {
                auto data_len = u32(*dp + 16);
                auto count = data_len ? u32(*dp + 8) : std::nullopt;
                auto offset = count ? u64(*dp) : std::nullopt;
                if (!offset) return;
                lit(" ");
                num(*data_len);
                lit(" (");
                num(*count);
                lit(") bytes @ ");
                num(*offset);
            } else {
                auto total = u32(*dp + 12);
                auto count = total ? u32(*dp + 8) : std::nullopt;
                auto offset = count ? u32(*dp + 4) : std::nullopt;
                auto begin = offset ? u32(*dp) : std::nullopt;
                if (!begin) return;
                lit(" ");
                num(*total);
                lit(" (");
                num(*count);
                lit(") bytes @ ");
                num(*offset);
                lit(" (");
                num(*begin);
                lit(")");
            }
            return;
        }
        case kSymlink:
            if (!start() || !fhn()) return;
            lit(" ->");
            if (v3) {
                dp = parse_sattr3(*dp);
                if (!dp) return trunc();
            }
            if (!parsefn(*dp)) trunc();
            return;
        case kMknod: {
            if (!start() || !fhn()) return;
            auto type = u32(*dp);
            if (!type) return;
            dp = parse_sattr3(*dp + 4);
            if (!dp) return trunc();
            static constexpr std::array<const char*, 8> kTypes{"NON", "REG", "DIR", "BLK", "CHR", "LNK", nullptr,
                                                               "FIFO"};
            if (*type < kTypes.size() && kTypes[*type] != nullptr) {
                lit(" ");
                lit(kTypes[*type]);
            } else {
                lit(" unk-ft ");
                num(*type);
            }
            return;
        }
        case kRename:
            if (!start() || !fhn()) return;
            lit(" ->");
            fhn();
            return;
        case kLink:
            if (!start() || !fh()) return;
            lit(" ->");
            fhn();
            return;
        case kReaddir:
        case kReaddirplus: {
            if (!start() || !fh()) return;
            if (v3 || proc == kReaddirplus) {
                auto count = u32(*dp + 16);
                auto cookie = count ? u64(*dp) : std::nullopt;
                if (!cookie) return;
                lit(" ");
                num(*count);
                lit(" bytes @ ");
                num(*cookie, 'd');  // tcpdump prints the cookie signed
            } else {
                auto count = u32(*dp + 4);
                auto cookie = count ? u32(*dp) : std::nullopt;
                if (!cookie) return;
                lit(" ");
                num(*count);
                lit(" bytes @ ");
                num(*cookie);
            }
            return;
        }
        default:
            return;
    }
}

}  // namespace tapsniff::nfs_detail
