// Bounded reassembly of IP fragments for the virtual neighbour.
#include "reassembly.hpp"

#include <algorithm>

namespace tapsniff {

Reassembler::Datagram* Reassembler::find_or_start(const Key& key, std::int64_t now) {
    Datagram* oldest = &slots_[0];
    for (Datagram& d : slots_) {
        if (d.in_use && now - d.started > kTimeoutSeconds) d.in_use = false;  // timed out
        if (d.in_use && d.key == key) return &d;
    }
    for (Datagram& d : slots_) {
        if (!d.in_use) {
            oldest = &d;
            break;
        }
        if (d.started < oldest->started) oldest = &d;
    }
    Datagram& d = *oldest;
    d.key = key;
    d.started = now;
    d.total = 0;
    d.bytes.clear();
    d.have.clear();
    d.in_use = true;
    return &d;
}

std::optional<Bytes> Reassembler::add(const Key& key, std::uint32_t offset, bool more, Bytes data, Timestamp now) {
    Datagram* d = find_or_start(key, now.sec);
    const std::size_t end = std::size_t{offset} + data.size();
    if (end > kMaxPayload || (!more && d->total != 0 && end != d->total) || (d->total != 0 && end > d->total)) {
        d->in_use = false;
        return std::nullopt;
    }
    if (!more) d->total = static_cast<std::uint32_t>(end);
    if (d->bytes.size() < end) {
        d->bytes.resize(end);
        d->have.resize(end, false);
    }
    for (std::size_t i = 0; i < data.size(); ++i) {
        const std::size_t at = offset + i;
        if (d->have[at] && d->bytes[at] != data[i]) {  // an overlap that disagrees: not trusted
            d->in_use = false;
            return std::nullopt;
        }
        d->bytes[at] = data[i];
        d->have[at] = true;
    }
    if (d->total == 0 || !std::all_of(d->have.begin(), d->have.begin() + d->total, [](bool b) { return b; })) {
        return std::nullopt;
    }
    done_.assign(d->bytes.begin(), d->bytes.begin() + d->total);
    d->in_use = false;
    return Bytes(done_);
}

}  // namespace tapsniff
