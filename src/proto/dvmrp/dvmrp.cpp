// DVMRP: decoder, tcpdump text (print-dvmrp.c's dvmrp_print without -v) and fields.
#include "proto/dvmrp/dvmrp.hpp"

#include "proto/igmp/igmp.hpp"
#include "render/fields.hpp"

namespace tapsniff {
namespace {

constexpr std::size_t kIgmpHeaderLen = 8;
// No neighbor list holds more entries than this; a longer one is cut here (its text ends with the
// mark), which keeps a frame's arena for the layers that follow.
constexpr std::size_t kMaxNeighbors = 4096;

// Walks a neighbor list the way print_neighbors (old format: 7-byte entries) and
// print_neighbors2 (8-byte entries with flags) do, writing what they print into `out` (when
// not null) and returning how many items there were.
std::size_t walk_neighbors(Cursor c, std::uint32_t len, bool v2, DvmrpLayer& m, DvmrpNeighbor* out) {
    const std::uint32_t entry_len = v2 ? 8 : 7;
    std::size_t n = 0;
    m.end = DvmrpListEnd::done;
    while (len > 0) {
        if (len < entry_len) {
            m.end = DvmrpListEnd::short_entry;
            m.end_len = len;
            return n;
        }
        auto entry = c.sub(entry_len);
        if (!entry) {
            m.end = DvmrpListEnd::entry_cut;
            return n;
        }
        const Ipv4Address local = *entry->array<4>();
        const std::uint8_t metric = *entry->u8();
        const std::uint8_t threshold = *entry->u8();
        const std::uint8_t flags = v2 ? *entry->u8() : 0;
        int ncount = *entry->u8();
        len -= entry_len;
        while (--ncount >= 0 && (!v2 || len > 0)) {
            if (len < 4) {
                m.end = DvmrpListEnd::short_neighbor;
                m.end_len = len;
                return n;
            }
            auto neighbor = c.array<4>();
            if (!neighbor || n == kMaxNeighbors) {
                m.end = DvmrpListEnd::neighbor_cut;
                m.cut_local = local;
                return n;
            }
            if (out != nullptr) out[n] = DvmrpNeighbor{local, *neighbor, metric, threshold, flags};
            ++n;
            len -= 4;
        }
        if (v2 && ncount != -1) {
            m.end = DvmrpListEnd::bad_ncount;
            return n;
        }
    }
    return n;
}

void decode_list(Decoder& d, Cursor c, std::uint32_t len, bool v2, DvmrpLayer& m) {
    const std::size_t n = walk_neighbors(c, len, v2, m, nullptr);
    DvmrpNeighbor* items = n == 0 ? nullptr : d.frame.allocate_array<DvmrpNeighbor>(n);
    if (n != 0 && items == nullptr) {  // the arena is full: say so rather than print half a list
        m.end = DvmrpListEnd::entry_cut;
        return;
    }
    walk_neighbors(c, len, v2, m, items);
    m.list = {items, n};
}

}  // namespace

void decode_dvmrp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* m = d.frame.add<DvmrpLayer>(Presence::partial);
    if (m == nullptr) return;
    m->captured = static_cast<std::uint32_t>(data.size());
    m->length = wire_len;
    Cursor c(data);
    auto header = c.sub(kIgmpHeaderLen);
    if (!header) {
        m->type = c.peek(1).value_or(0);
        d.cut("dvmrp");
        return;
    }
    header->skip(1);
    m->type = *header->u8();
    m->checksum = *header->be16();
    header->skip(1);
    m->capabilities = *header->u8();
    m->minor = *header->u8();
    m->major = *header->u8();
    d.frame.set_presence(Presence::complete);
    const std::uint32_t len = wire_len - kIgmpHeaderLen;
    auto cut = [&] {
        d.frame.set_presence(Presence::truncated);
        d.cut("dvmrp");
    };
    switch (m->type) {
        case dvmrp_type::neighbors:
        case dvmrp_type::neighbors2:
            decode_list(d, c, len, m->type == dvmrp_type::neighbors2, *m);
            if (m->end == DvmrpListEnd::entry_cut || m->end == DvmrpListEnd::neighbor_cut) cut();
            else if (m->end != DvmrpListEnd::done) {
                d.frame.set_presence(Presence::malformed);
                d.bad("dvmrp neighbor list invalid");
            }
            return;
        case dvmrp_type::prune:
        case dvmrp_type::graft:
        case dvmrp_type::graft_ack: {
            auto addresses = c.sub(8);
            if (!addresses) return cut();
            m->source = *addresses->array<4>();
            m->group = *addresses->array<4>();
            if (m->type == dvmrp_type::prune) {
                auto timer = c.be32();
                if (!timer) return cut();
                m->prune_timer = *timer;
            }
            return;
        }
        default:
            return;
    }
}

namespace {

using text::append;
using text::append_ipv4;

const char* type_words(std::uint8_t type) {
    switch (type) {
        case dvmrp_type::probe: return "Probe";
        case dvmrp_type::report: return "Report";
        case dvmrp_type::ask_neighbors: return "Ask-neighbors(old)";
        case dvmrp_type::neighbors: return "Neighbors(old)";
        case dvmrp_type::ask_neighbors2: return "Ask-neighbors2";
        case dvmrp_type::neighbors2: return "Neighbors2";
        case dvmrp_type::prune: return "Prune";
        case dvmrp_type::graft: return "Graft";
        case dvmrp_type::graft_ack: return "Graft-ACK";
        default: return nullptr;
    }
}

void append_neighbor_flags(OutBuffer& out, std::uint8_t flags) {
    if ((flags & 0x01U) != 0) append(out, "/tunnel");
    if ((flags & 0x02U) != 0) append(out, "/srcrt");
    if ((flags & 0x40U) != 0) append(out, "/querier");
    if ((flags & 0x20U) != 0) append(out, "/disabled");
    if ((flags & 0x10U) != 0) append(out, "/down");
}

// print_neighbors / print_neighbors2; false when cut (the caller prints the mark).
bool list_text(OutBuffer& out, const DvmrpLayer& m) {
    const bool v2 = m.type == dvmrp_type::neighbors2;
    for (const DvmrpNeighbor& n : m.list) {
        append(out, " [");
        append_ipv4(out, n.local);
        append(out, " -> ");
        append_ipv4(out, n.neighbor);
        if (v2) {
            TS_PUT(out, " ({}/{}", n.metric, n.threshold);
            append_neighbor_flags(out, n.flags);
            append(out, ")]");
        } else {
            TS_PUT(out, ", ({}/{})]", n.metric, n.threshold);
        }
    }
    switch (m.end) {
        case DvmrpListEnd::done:
            return true;
        case DvmrpListEnd::short_entry:
            TS_PUT(out, " [length {} < {}] (invalid)", m.end_len, v2 ? 8 : 7);
            return true;
        case DvmrpListEnd::short_neighbor:
            TS_PUT(out, " [length {} < 4] (invalid)", m.end_len);
            return true;
        case DvmrpListEnd::bad_ncount:
            append(out, " [invalid ncount] (invalid)");
            return true;
        case DvmrpListEnd::entry_cut:
            return false;
        case DvmrpListEnd::neighbor_cut:
            append(out, " [");
            append_ipv4(out, m.cut_local);
            append(out, v2 ? " -> " : " ->");
            return false;
    }
    return true;
}

bool dvmrp_words(OutBuffer& out, const DvmrpLayer& m) {
    if (!m.has(2)) return false;
    if (const char* words = type_words(m.type)) TS_PUT(out, " {}", words);
    else TS_PUT(out, " [type {}]", m.type);
    switch (m.type) {
        case dvmrp_type::neighbors:
            return list_text(out, m);
        case dvmrp_type::neighbors2:
            if (!m.has(8)) return false;
            TS_PUT(out, " (v {}.{}):", m.major, m.minor);
            return list_text(out, m);
        case dvmrp_type::prune:
        case dvmrp_type::graft:
        case dvmrp_type::graft_ack:
            if (!m.has(16)) return false;
            append(out, " src ");
            append_ipv4(out, m.source);
            append(out, " grp ");
            append_ipv4(out, m.group);
            if (m.type != dvmrp_type::prune) return true;
            append(out, " timer ");
            if (!m.has(20)) return false;
            text::append_relts(out, m.prune_timer);
            return true;
        default:
            return true;
    }
}

void dvmrp_text(const TextContext& t, std::size_t index) {
    const DvmrpLayer& m = *t.frame.get<DvmrpLayer>(index);
    if (!dvmrp_words(t.out, m)) text::append_trunc(t.out, "dvmrp");
}

constexpr Field kType{"type", "Type", 2};
constexpr Field kCode{"code", "Code", 2, [](std::uint64_t v) { return type_words(static_cast<std::uint8_t>(v)); }};
constexpr Field kChecksum{"checksum", "Checksum", 4};
constexpr Field kMinor{"min_ver", "Minor Version", 2};
constexpr Field kMajor{"maj_ver", "Major Version", 2};
constexpr Field kNeighbors{"neighbors", "Neighbor"};
constexpr Field kLocal{"local", "Local Addr"};
constexpr Field kMetric{"metric", "Metric"};
constexpr Field kThreshold{"threshold", "Threshold"};
constexpr Field kNeighbor{"neighbor", "Neighbor Addr"};
constexpr Field kSource{"", "Source Addr"};
constexpr Field kGroup{"", "Group Addr"};

}  // namespace

template <class W>
void describe(const DvmrpLayer& m, W& w) {
    w.num(kType, 0x13);
    w.num(kCode, m.type);
    w.num(kChecksum, m.checksum);
    w.num(kMinor, m.minor);
    w.num(kMajor, m.major);
    if (m.type == dvmrp_type::neighbors || m.type == dvmrp_type::neighbors2) {
        w.begin_list(kNeighbors);
        for (const DvmrpNeighbor& n : m.list) {
            w.begin_item(kNeighbors);
            w.ipv4(kLocal, n.local);
            w.num(kMetric, n.metric);
            w.num(kThreshold, n.threshold);
            w.ipv4(kNeighbor, n.neighbor);
            w.end_item(kNeighbors);
        }
        w.end_list(kNeighbors);
    }
    if ((m.type == dvmrp_type::prune || m.type == dvmrp_type::graft || m.type == dvmrp_type::graft_ack) &&
        m.has(16)) {
        w.ipv4(kSource, m.source);
        w.ipv4(kGroup, m.group);
    }
}

const Protocol DvmrpLayer::protocol =
    make_protocol<DvmrpLayer>("dvmrp", "dvmrp", "Distance Vector Multicast Routing Protocol", dvmrp_text);

}  // namespace tapsniff
