// What every protocol home provides: its name, its tcpdump text printer and its field description,
// registered once as a `Protocol` that the layer stack points to (Wireshark's proto_register_protocol).
#pragma once

#include <cstddef>
#include <string_view>

#include "render/out.hpp"
#include "tapsniff/decoded.hpp"

namespace tapsniff {

class JsonWriter;
class TreeWriter;

// What a text printer sees: the whole frame (for the layers around its own) and where to write.
struct TextContext {
    const DecodedFrame& frame;
    OutBuffer& out;
    // Print the hex lines tcpdump prints for payloads it cannot decode (off under -x, which dumps
    // the whole frame anyway, and for JSON's summary).
    bool default_hex = true;
    // Print the link-layer part (addresses, ethertype, "ip: "); off for JSON's summary, which is
    // the text after it.
    bool link_part = true;
};

// Prints layer `index` and, where the protocol hands on, what follows it (text_next).
using TextFn = void (*)(const TextContext& t, std::size_t index);

struct Protocol {
    std::string_view name;      // short name, used in tests and messages ("tcp")
    std::string_view json_key;  // the JSON object's key; empty: the layer has no JSON object
    std::string_view title;     // the -v tree's heading ("Transmission Control Protocol")
    TextFn text = nullptr;
    void (*json)(const void* layer, JsonWriter& w) = nullptr;
    void (*tree)(const void* layer, TreeWriter& w) = nullptr;
};

// A Protocol for layer struct L, whose fields are described by `describe(const L&, Writer&)`
// (found by argument-dependent lookup, instantiated for JSON and for the tree).
template <class L>
constexpr Protocol make_protocol(std::string_view name, std::string_view json_key, std::string_view title,
                                 TextFn text) {
    return Protocol{name, json_key, title, text,
                    [](const void* layer, JsonWriter& w) { describe(*static_cast<const L*>(layer), w); },
                    [](const void* layer, TreeWriter& w) { describe(*static_cast<const L*>(layer), w); }};
}

// Prints the layer after `index`; false if there is none (the caller then prints what tcpdump
// prints for an undecoded payload).
inline bool text_next(const TextContext& t, std::size_t index) {
    const std::size_t next = index + 1;
    if (next >= t.frame.size()) return false;
    t.frame.layers()[next].protocol->text(t, next);
    return true;
}

}  // namespace tapsniff
