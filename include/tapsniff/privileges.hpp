// Users, groups and dropping root: what --owner, --group and -Z need.
#pragma once

#include <string>

#include "tapsniff/error.hpp"

namespace tapsniff {

struct UserIds {
    unsigned uid = 0;
    unsigned gid = 0;   // the user's primary group
    std::string name;   // empty when given as a number with no passwd entry
};

// A user name or a number; unknown names are usage errors.
Result<UserIds> resolve_user(const std::string& user);
// A group name or a number.
Result<unsigned> resolve_group(const std::string& group);

// Becomes `user` for good: supplementary groups, gid, uid (real, effective and saved), so no way
// back to root and no capabilities left. Checked afterwards, like tcpdump's -Z.
Status drop_privileges(const UserIds& user);

}  // namespace tapsniff
