// The -v tree: a heading per decoded layer and a line per field, from each layer's field
// description (the same one JSON is written from).
#include "proto/protocol.hpp"
#include "render/fields.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff {

void format_tree(const DecodedFrame& frame, OutBuffer& out) {
    for (const Layer& layer : frame.layers()) {
        if (layer.presence == Presence::partial) continue;
        const Protocol& p = *layer.protocol;
        text::append(out, "\n    ");
        text::append(out, p.title);
        TreeWriter w(out);
        p.tree(layer.data, w);
    }
    if (frame.truncated != nullptr) TS_PUT(out, "\n    [Truncated: {}]", frame.truncated);
    if (frame.malformed != nullptr) TS_PUT(out, "\n    [Malformed: {}]", frame.malformed);
}

}  // namespace tapsniff
