// Resolving --owner/--group/-Z and dropping root for good after the device is set up.
#include "tapsniff/privileges.hpp"

#include <fmt/format.h>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <vector>

namespace tapsniff {
namespace {

bool parse_number(const std::string& text, unsigned& out) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

// getpw*_r / getgr*_r need a caller-sized buffer; sysconf gives a hint, growing covers the rest.
template <class Entry, class Lookup>
bool lookup_entry(Lookup lookup, Entry& entry, std::vector<char>& buffer) {
    buffer.resize(16384);
    Entry* found = nullptr;
    for (int attempt = 0; attempt < 4; ++attempt) {
        int rc = lookup(&entry, buffer.data(), buffer.size(), &found);
        if (rc == ERANGE) {
            buffer.resize(buffer.size() * 4);
            continue;
        }
        return rc == 0 && found != nullptr;
    }
    return false;
}

}  // namespace

Result<UserIds> resolve_user(const std::string& user) {
    passwd entry{};
    std::vector<char> buffer;
    unsigned number = 0;
    bool numeric = parse_number(user, number);
    bool found = numeric ? lookup_entry(
                               [&](passwd* e, char* b, std::size_t n, passwd** r) {
                                   return getpwuid_r(number, e, b, n, r);
                               },
                               entry, buffer)
                         : lookup_entry(
                               [&](passwd* e, char* b, std::size_t n, passwd** r) {
                                   return getpwnam_r(user.c_str(), e, b, n, r);
                               },
                               entry, buffer);
    if (found) return UserIds{entry.pw_uid, entry.pw_gid, entry.pw_name};
    if (numeric) return UserIds{number, number, {}};
    return Error{fmt::format("unknown user '{}': give a user name or a numeric uid", user), kExitUsage};
}

Result<unsigned> resolve_group(const std::string& group) {
    unsigned number = 0;
    if (parse_number(group, number)) return number;
    ::group entry{};
    std::vector<char> buffer;
    bool found = lookup_entry(
        [&](::group* e, char* b, std::size_t n, ::group** r) { return getgrnam_r(group.c_str(), e, b, n, r); },
        entry, buffer);
    if (found) return static_cast<unsigned>(entry.gr_gid);
    return Error{fmt::format("unknown group '{}': give a group name or a numeric gid", group), kExitUsage};
}

Status drop_privileges(const UserIds& user) {
    const std::string who = user.name.empty() ? std::to_string(user.uid) : user.name;
    auto failed = [&](const char* step) {
        return Error{fmt::format("cannot drop privileges to '{}': {} failed: {}", who, step, errno_text(errno))};
    };
    // Groups first: once the uid is not 0 they can no longer be changed.
    if (!user.name.empty()) {
        if (initgroups(user.name.c_str(), user.gid) != 0) return failed("initgroups");
    } else {
        gid_t gid = user.gid;
        if (setgroups(1, &gid) != 0) return failed("setgroups");
    }
    if (setresgid(user.gid, user.gid, user.gid) != 0) return failed("setresgid");
    if (setresuid(user.uid, user.uid, user.uid) != 0) return failed("setresuid");
    // Leaving uid 0 this way clears the capability sets; make sure root cannot be regained.
    if (user.uid != 0 && setuid(0) == 0) {
        return Error{fmt::format("cannot drop privileges to '{}': root could be regained", who)};
    }
    return ok_status();
}

}  // namespace tapsniff
