// NFS file handles as tcpdump prints them (print-nfs.c's nfs_printfh with parsenfsfh.c's Parse_fh):
// a guess at the server's operating system decides which bytes are the device and the inode.
#include "proto/nfs/nfs_walk.hpp"

namespace tapsniff::nfs_detail {
namespace {

enum class FhType : std::uint8_t { unknown, auspex, bsd44, decosf, irix4, irix5, sunos4, sunos5, ultrix, vmsucx, hpux9 };

bool printable(std::uint8_t c) { return c >= 0x20 && c <= 0x7e; }

// is_UCX: a code byte, then printable characters, then NULs (in bytes 1 to 13).
bool is_ucx(Bytes fh, std::uint32_t words) {
    if (words < 7) return false;
    bool seen_null = false;
    for (std::size_t i = 1; i < 14; ++i) {
        const auto c = static_cast<std::uint8_t>(fh[i]);
        if (printable(c)) {
            if (seen_null) return false;
        } else if (c == 0) {
            seen_null = true;
        } else {
            return false;
        }
    }
    return true;
}

FhType guess(Bytes fh, std::uint32_t words) {
    auto b = [&fh](std::size_t i) { return static_cast<std::uint8_t>(fh[i]); };
    if (words < 4) return FhType::unknown;
    if (b(0) == 0 && b(1) == 0) {
        if (b(2) == 0 && b(3) == 0) return FhType::auspex;
        if (b(4) != 0 && b(5) == 0 && b(8) == 12 && b(9) == 0) return FhType::decosf;
        if (b(4) == 0 && b(5) == 8 && b(6) == 0 && b(7) == 0) return FhType::irix4;
        return FhType::sunos4;
    }
    if (b(2) == 0 && b(3) == 0) {
        if (b(6) == 0 && b(7) == 0) return FhType::bsd44;
        if (words >= 6 && b(21) == 0 && b(23) == 0) return FhType::ultrix;
        return b(9) == 10 ? FhType::sunos5 : FhType::unknown;
    }
    if (b(8) == 12 && b(9) == 0) return FhType::decosf;
    if (b(8) == 0 && b(9) == 10) {
        if (b(7) == 0 && b(6) == 0 && b(5) == 0 && b(4) == 0) return FhType::hpux9;
        return FhType::sunos5;
    }
    return is_ucx(fh, words) ? FhType::vmsucx : FhType::unknown;
}

std::uint32_t be(Bytes fh, std::size_t at, std::size_t n) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < n; ++i) v = (v << 8U) | static_cast<std::uint8_t>(fh[at + i]);
    return v;
}
std::uint32_t le(Bytes fh, std::size_t at, std::size_t n) {
    std::uint32_t v = 0;
    for (std::size_t i = n; i > 0; --i) v = (v << 8U) | static_cast<std::uint8_t>(fh[at + i - 1]);
    return v;
}

}  // namespace

void NfsWalk::printfh(std::size_t dp, std::uint32_t words) {
    const Bytes fh = bytes(dp, static_cast<std::size_t>(words) * 4);
    const FhType type = guess(fh, words);
    std::uint32_t major = 0;
    std::uint32_t minor = 0;
    std::uint32_t ino = 0;
    switch (type) {
        case FhType::auspex: minor = be(fh, 7, 1); major = be(fh, 6, 1); ino = be(fh, 12, 4); break;
        case FhType::bsd44: minor = be(fh, 0, 1); major = be(fh, 1, 1); ino = le(fh, 12, 4); break;
        case FhType::decosf: {
            const std::uint32_t temp = le(fh, 0, 4);
            minor = temp & 0xfffffU;
            major = (temp >> 20U) & 0xfffU;
            ino = le(fh, 12, 4);
            break;
        }
        case FhType::irix4: minor = be(fh, 3, 1); major = be(fh, 2, 1); ino = be(fh, 8, 4); break;
        case FhType::irix5: minor = be(fh, 2, 2); major = be(fh, 0, 2); ino = be(fh, 12, 4); break;
        case FhType::sunos4: minor = be(fh, 3, 1); major = be(fh, 2, 1); ino = be(fh, 12, 4); break;
        case FhType::sunos5:
            major = (be(fh, 0, 2) >> 2U) & 0x3fffU;
            minor = be(fh, 1, 3) & 0x3ffffU;
            ino = be(fh, 12, 4);
            break;
        case FhType::ultrix: minor = be(fh, 0, 1); major = be(fh, 1, 1); ino = le(fh, 4, 4); break;
        case FhType::hpux9: major = be(fh, 0, 1); minor = be(fh, 1, 3); ino = be(fh, 12, 4); break;
        case FhType::vmsucx:
            // The first 14 bytes copied over the fsid, as the host (little-endian) reads them.
            minor = le(fh, 0, 4);
            major = le(fh, 4, 4);
            ino = (be(fh, 26, 1) << 24U) | (be(fh, 27, 1) << 16U) | le(fh, 22, 2);
            break;
        case FhType::unknown: minor = 257; major = 257; ino = 1; break;
    }
    const std::size_t name_len = std::min<std::size_t>(words, 64);  // tcpdump's bound, in words
    if (type == FhType::unknown || type == FhType::vmsucx) {
        // A file-system name instead of numbers: up to a NUL, then up to the first space.
        static constexpr std::array<std::byte, 7> kUnknown{std::byte{'U'}, std::byte{'n'}, std::byte{'k'},
                                                           std::byte{'n'}, std::byte{'o'}, std::byte{'w'},
                                                           std::byte{'n'}};
        const Bytes name = type == FhType::unknown ? Bytes(kUnknown) : fh.subspan(1);
        std::size_t n = 0;
        while (n < name_len && n < name.size() && name[n] != std::byte{0} && name[n] != std::byte{' '}) ++n;
        lit(" fh ");
        raw(name.first(n));
        lit("/");
    } else {
        lit(" fh ");
        num(major);
        lit(",");
        num(minor);
        lit("/");
    }
    if (minor == 257) {
        if (type == FhType::unknown) {
            hex_upper(fh.first(std::min<std::size_t>(fh.size(), 32)));
        } else if (type == FhType::vmsucx) {
            std::size_t n = 0;
            while (n < 6 && fh[8 + n] != std::byte{0}) ++n;
            raw(fh.subspan(8, n));
        }
        // Other types leave tcpdump's opaque handle unset: what it prints then is not defined.
    } else {
        num(ino);
    }
}

}  // namespace tapsniff::nfs_detail
