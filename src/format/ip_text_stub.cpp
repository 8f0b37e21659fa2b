// Placeholder until the IP formatters land.
#include "text_parts.hpp"

namespace tapsniff {
void append_ip_json(const DecodedFrame& /*frame*/, OutBuffer& /*out*/) {}
void append_ip_tree(const DecodedFrame& /*frame*/, OutBuffer& /*out*/) {}
namespace text {
void ip_text(const DecodedFrame& frame, bool default_hex, OutBuffer& out) {
    if (default_hex) format_hex_ascii(frame.payload, out);
}
}  // namespace text
}  // namespace tapsniff
