// What some of tcpdump's printers remember from one frame to the next (its static tables: ISAKMP
// initiator cookies, NFS calls ...), kept for a run and handed to the decoders through DecodeOptions::state.
// Without it (nullptr) each frame is decoded as if it were the first.
#pragma once

#include "proto/isakmp/isakmp_cookies.hpp"
#include "proto/nfs/nfs.hpp"

namespace tapsniff {

struct ProtocolState {
    IsakmpCookies isakmp;
    NfsXidMap nfs;
};

}  // namespace tapsniff
