// NFS v2/v3 over Sun RPC (RFC 1094, 1813, 5531) on port 2049, as tcpdump prints it: a call to 2049
// ("NFS request xid N ...") or a reply from 2049 ("NFS reply xid N ..."), the reply interpreted by
// the procedure of the call it answers (a cache of recent calls, as tcpdump keeps).
#pragma once

#include "proto/decoder.hpp"
#include "proto/pieces.hpp"
#include "proto/protocol.hpp"

namespace tapsniff {

inline constexpr std::uint16_t kNfsPort = 2049;

struct NfsLayer {
    static const Protocol protocol;

    bool reply = false;
    bool over_tcp = false;         // after an RPC record mark (tcp_print prints ": " first)
    std::uint32_t xid = 0;
    std::uint32_t length = 0;      // the RPC message's length
    bool has_procedure = false;    // a call's, or the matched call's for a reply
    std::uint32_t version = 0;     // NFS version
    std::uint32_t procedure = 0;   // as on the wire (v2 numbers for v2)
    bool has_reply_state = false;
    std::uint32_t reply_state = 0;  // 0 accepted, 1 denied
    Pieces<64> text;               // what tcpdump prints after "NFS request xid N "
};

// udp_print's check before its port table: an RPC call to 2049 or a reply from it (the direction
// word captured). `snap` is what tcpdump may read of the payload.
enum class NfsDirection : std::uint8_t { none, request, reply };
NfsDirection nfs_direction(Bytes snap, std::uint16_t sport, std::uint16_t dport);

void decode_nfs_request(Decoder& d, Bytes data, std::uint32_t wire_len);
void decode_nfs_reply(Decoder& d, Bytes data, std::uint32_t wire_len);
// tcp_print's NFS_PORT branch: a record mark, then a call to 2049 or a reply from it, whatever
// the segment holds (tcpdump does not look for a record's start).
void decode_nfs_tcp(Decoder& d, Bytes data, std::uint32_t wire_len);

// tcpdump's cache of recent NFS calls (print-nfs.c's xid_map: 64 entries reused in turn), to read
// a reply by the procedure of its call.
class NfsXidMap {
public:
    using Address = std::array<std::uint8_t, 16>;
    void enter(std::uint32_t xid, unsigned ipver, const Address& client, const Address& server, std::uint32_t proc,
               std::uint32_t vers);
    // The call a reply from `src` to `dst` answers: its procedure and version.
    bool find(std::uint32_t xid, unsigned ipver, const Address& src, const Address& dst, std::uint32_t& proc,
              std::uint32_t& vers);

private:
    static constexpr std::size_t kEntries = 64;
    struct Entry {
        std::uint32_t xid = 0;
        unsigned ipver = 0;
        Address client{};
        Address server{};
        std::uint32_t proc = 0;
        std::uint32_t vers = 0;
    };
    std::array<Entry, kEntries> entries_{};
    std::size_t next_ = 0;
    std::size_t hint_ = 0;
};

}  // namespace tapsniff
