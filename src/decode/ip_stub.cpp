// Placeholder until the IP decoders land: IP payloads are left undecoded.
#include "tapsniff/decode.hpp"

namespace tapsniff {
void decode_ipv4(Bytes /*packet*/, std::uint32_t /*wire_len*/, DecodedFrame& /*out*/) {}
void decode_ipv6(Bytes /*packet*/, std::uint32_t /*wire_len*/, DecodedFrame& /*out*/) {}
}  // namespace tapsniff
