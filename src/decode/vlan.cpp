// 802.1Q / 802.1ad VLAN tags, stacked to any depth.
#include "tapsniff/decode.hpp"

namespace tapsniff {

bool decode_vlan_tags(Cursor& cursor, std::uint32_t& wire_left, std::uint16_t& type, DecodedFrame& out) {
    while (is_vlan_tpid(type)) {
        // A tag is the TCI and the next type field; both must be there, on the wire and captured.
        if (!cursor.has(4) || wire_left < 4) {
            out.truncated = "vlan";
            out.ethertype = type;
            return false;
        }
        VlanTag tag;
        tag.tpid = type;
        tag.tci = *cursor.be16();
        type = *cursor.be16();
        wire_left -= 4;
        out.vlans.push_back(tag);
    }
    return true;
}

}  // namespace tapsniff
