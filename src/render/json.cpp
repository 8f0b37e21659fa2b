// JSON Lines: one object per frame, keys in the contract's order (doc/json.md); each layer's
// object comes from its field description.
#include "proto/protocol.hpp"
#include "render/fields.hpp"
#include "tapsniff/render.hpp"

namespace tapsniff {

void format_json(const DecodedFrame& frame, std::uint64_t number, Timestamp ts, OutBuffer& out, Direction direction) {
    // The common case with the plain appenders (a third of the time fmt took here); a timestamp
    // before 1970 or with a microsecond count out of range as fmt prints it.
    text::append_labeled(out, "{\"n\":", number);
    if (ts.sec >= 0 && ts.usec < 1000000) {
        text::append_labeled(out, ",\"ts\":", static_cast<std::uint64_t>(ts.sec), ".");
        text::append_padded(out, ts.usec, 6);
    } else {
        TS_PUT(out, ",\"ts\":{}.{:06}", ts.sec, ts.usec);
    }
    text::append_labeled(out, ",\"len\":", frame.wire_len);
    text::append_labeled(out, ",\"caplen\":", frame.bytes.size());
    if (direction == Direction::in) text::append(out, ",\"dir\":\"in\"");
    else if (direction == Direction::out) text::append(out, ",\"dir\":\"out\"");
    // The layers a tunnel carries go into an "inner" object after the tunnel's own, one level
    // deeper per tunnel (doc/json.md), so that keys never repeat within an object.
    unsigned open = 0;     // "inner" objects written and not yet closed
    unsigned pending = 0;  // tunnels passed whose "inner" object waits for a layer to show
    bool first = false;    // the next member is the first of its object
    for (const Layer& layer : frame.layers()) {
        const Protocol& p = *layer.protocol;
        if (!p.json_key.empty() && layer.presence != Presence::partial) {
            for (; pending > 0; --pending, ++open) {
                text::append(out, first ? "\"inner\":{" : ",\"inner\":{");
                first = true;
            }
            if (!first) out.push_back(',');
            first = false;
            out.push_back('"');
            text::append(out, p.json_key);
            text::append(out, "\":{");
            JsonWriter w(out);
            p.json(layer.data, w);
            out.push_back('}');
        }
        if (layer.tunnel) ++pending;
    }
    for (; open > 0; --open) out.push_back('}');
    if (frame.truncated != nullptr) {
        text::append(out, ",\"truncated\":");
        JsonWriter::append_string(out, frame.truncated);
    }
    if (frame.malformed != nullptr) {
        text::append(out, ",\"malformed\":");
        JsonWriter::append_string(out, frame.malformed);
    }
    // The summary is built in a scratch buffer so it can be escaped; summaries are short.
    OutBuffer summary;
    format_summary(frame, summary);
    text::append(out, ",\"summary\":");
    JsonWriter::append_string(out, std::string_view(summary.data(), summary.size()));
    out.push_back('}');
}

}  // namespace tapsniff
