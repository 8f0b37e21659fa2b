// Value-to-name tables shared by every output (tcpdump's tok tables).
#pragma once

#include <cstdint>

namespace tapsniff {

// tcpdump's ethertype_values; nullptr when the type has no name.
const char* ethertype_name(std::uint16_t type);
const char* arp_op_name(std::uint16_t op);
const char* arp_hardware_name(std::uint16_t htype);
const char* llc_sap_name(std::uint8_t sap);

}  // namespace tapsniff
