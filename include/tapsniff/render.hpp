// Renderers: read a DecodedFrame, append text to the output buffer. They never parse bytes.
#pragma once

#include <cstdint>

#include <fmt/format.h>

#include "tapsniff/decoded.hpp"

namespace tapsniff {

using OutBuffer = fmt::memory_buffer;

// The text of a frame after the timestamp, as `tcpdump -nn -e` prints it, without the final
// newline. With `default_hex`, payloads tcpdump cannot decode are followed by its indented
// hex lines (tcpdump drops those when -x/-X dumps the whole frame anyway).
void format_line(const DecodedFrame& frame, bool default_hex, OutBuffer& out);

// The first line of the text after the link-layer header (JSON's "summary").
void format_summary(const DecodedFrame& frame, OutBuffer& out);

// tcpdump's hex_and_ascii_print: "\n\t0x0000:  ffff ffff ...  ....", 16 bytes a line.
void format_hex_ascii(Bytes bytes, OutBuffer& out);

// One JSON Lines object (no newline); `number` counts frames from 1. A known direction (a live
// frame) is "dir":"in" or "dir":"out" after "caplen", seen from the interface (doc/json.md).
void format_json(const DecodedFrame& frame, std::uint64_t number, Timestamp ts, OutBuffer& out,
                 Direction direction = Direction::unknown);

// --color: paints the text line that starts at `start` (addresses, the ethertype's protocol,
// truncation and error marks); hex and tree lines after it stay as they are.
void colorize_line(OutBuffer& out, std::size_t start);

// The -v tree: indented lines, each starting "\n    ", a heading per layer and a line per field.
void format_tree(const DecodedFrame& frame, OutBuffer& out);

}  // namespace tapsniff
