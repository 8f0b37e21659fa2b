// A decoded frame: its layers, outermost first, each a plain struct written by its decoder.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <span>
#include <type_traits>

#include "tapsniff/frame.hpp"

namespace tapsniff {

struct Protocol;  // a protocol's name, text printer and field description (src/proto/protocol.hpp)

// How much of a layer its decoder could read; owned by that decoder alone.
enum class Presence : std::uint8_t {
    complete,   // every field was there and made sense
    truncated,  // the fixed header was read, something after it was cut (options, addresses ...)
    malformed,  // the fixed header was read and a value in it makes no sense
    partial,    // the fixed header itself was cut (or is not this protocol): only the text's mark shows
};

struct Layer {
    const Protocol* protocol = nullptr;
    const void* data = nullptr;  // the protocol's layer struct, in the frame's arena
    Presence presence = Presence::complete;
    // The layers after this one are a packet or frame it carries (GRE, IP in IP ...): JSON nests
    // them in an "inner" object, so that an inner IPv4 does not repeat the outer one's key.
    bool tunnel = false;
};

// A list with a fixed capacity whose elements are constructed only when added: a layer struct
// holding one costs nothing for the slots a frame does not use, and no slot outlives a frame's
// count, so nothing from the previous frame can be read.
template <class T, std::size_t N>
class FixedVec {
    static_assert(std::is_trivially_destructible_v<T>, "layer data must be trivially destructible");

public:
    FixedVec() {}  // NOLINT(modernize-use-equals-default): the storage stays uninitialized on purpose
    FixedVec(const FixedVec& other) : size_(other.size_) {
        for (std::size_t i = 0; i < size_; ++i) new (&items_[i]) T(other.items_[i]);
    }
    FixedVec& operator=(const FixedVec& other) {
        size_ = other.size_;
        for (std::size_t i = 0; i < size_; ++i) new (&items_[i]) T(other.items_[i]);
        return *this;
    }
    ~FixedVec() = default;

    [[nodiscard]] static constexpr std::size_t capacity() { return N; }
    [[nodiscard]] std::size_t size() const { return size_; }
    [[nodiscard]] bool empty() const { return size_ == 0; }
    [[nodiscard]] bool full() const { return size_ == N; }
    // A new value-initialized element, or nullptr when full.
    T* add() {
        if (size_ == N) return nullptr;
        return new (&items_[size_++]) T{};
    }
    void clear() { size_ = 0; }
    const T& operator[](std::size_t i) const { return items_[i]; }
    T& operator[](std::size_t i) { return items_[i]; }
    const T& back() const { return items_[size_ - 1]; }
    T& back() { return items_[size_ - 1]; }
    const T* begin() const { return items_; }
    const T* end() const { return items_ + size_; }

private:
    std::size_t size_ = 0;
    union {
        T items_[N];  // NOLINT(modernize-avoid-c-arrays)
    };
};

class DecodedFrame {
public:
    // Room for tunnels within tunnels; a frame that needs more stops decoding there ("truncated").
    static constexpr std::size_t kMaxLayers = 32;
    // Where layer structs (and the text a decoder writes, such as DNS names) live for one frame.
    static constexpr std::size_t kArenaSize = 256 * 1024;

    // Not zeroed: a page of the arena costs memory only once a frame needs it (256 KiB zeroed
    // were a thirtieth of the RSS budget, for the rare frame that needs more than a page).
    DecodedFrame() : owned_arena_(std::make_unique_for_overwrite<std::byte[]>(kArenaSize)), arena_(owned_arena_.get()) {}

    // A frame without an arena of its own: use_arena() lends it one before each decode (the
    // frames of a batch decoded ahead share blocks, one frame's layers after the other's).
    struct BorrowedArena {};
    explicit DecodedFrame(BorrowedArena /*tag*/) {}
    // The kArenaSize bytes at `arena` hold this frame's layers until the next use_arena().
    void use_arena(std::byte* arena) { arena_ = arena; }
    // How many bytes of its arena the frame used (what the next frame's may start after).
    [[nodiscard]] std::size_t arena_used() const { return used_; }

    Bytes bytes;                 // captured bytes of the frame
    std::uint32_t wire_len = 0;  // length on the wire (>= bytes.size())
    LinkType link = LinkType::ethernet;
    // The tcpdump mark of the layer that was cut ("arp", "ip6", "hbhopt" ...), and what made no
    // sense; JSON's "truncated" and "malformed". The last decoder to say so wins.
    const char* truncated = nullptr;
    const char* malformed = nullptr;

    // Starts a new frame: no layer, no note and an empty arena.
    void reset(Bytes frame, std::uint32_t wire_length, LinkType link_type) {
        bytes = frame;
        wire_len = wire_length;
        link = link_type;
        truncated = malformed = nullptr;
        layers_.clear();
        used_ = 0;
    }

    [[nodiscard]] std::span<const Layer> layers() const { return {layers_.begin(), layers_.size()}; }
    [[nodiscard]] std::size_t size() const { return layers_.size(); }

    // Appends a layer of type L, or returns nullptr when the frame has no room left for it (too
    // many layers, arena full): the decoder then stops. Every member of a layer struct has a
    // default member initializer, so default-initialization sets each field afresh for every
    // frame, while FixedVec storage is left untouched (zeroing it cost more than decoding).
    template <class L>
    L* add(Presence presence = Presence::complete) {
        static_assert(std::is_trivially_destructible_v<L>, "layer structs are plain data");
        if (layers_.full()) return nullptr;
        void* place = allocate(sizeof(L), alignof(L));
        if (place == nullptr) return nullptr;
        L* layer = new (place) L;
        Layer* entry = layers_.add();
        entry->protocol = &L::protocol;
        entry->data = layer;
        entry->presence = presence;
        return layer;
    }

    // Sets the presence of the last layer added (its decoder's verdict).
    void set_presence(Presence presence) {
        if (!layers_.empty()) layers_.back().presence = presence;
    }

    // Marks the last layer added as a tunnel: what is decoded after it is the packet it carries.
    void mark_tunnel() {
        if (!layers_.empty()) layers_.back().tunnel = true;
    }

    // Layer `i` as an L, or nullptr if it is another protocol (or there is none).
    template <class L>
    [[nodiscard]] const L* get(std::size_t i) const {
        if (i >= layers_.size() || layers_[i].protocol != &L::protocol) return nullptr;
        return static_cast<const L*>(layers_[i].data);
    }
    // The first layer of type L, or nullptr.
    template <class L>
    [[nodiscard]] const L* find() const {
        for (const Layer& layer : layers_) {
            if (layer.protocol == &L::protocol) return static_cast<const L*>(layer.data);
        }
        return nullptr;
    }
    // The index of the first layer of type L, or size().
    template <class L>
    [[nodiscard]] std::size_t index_of() const {
        std::size_t i = 0;
        while (i < layers_.size() && layers_[i].protocol != &L::protocol) ++i;
        return i;
    }

    // `n` objects of T in the arena (value-initialized), for a layer's variable-length parts; nullptr
    // when the arena is full. Consecutive calls with nothing in between are contiguous.
    template <class T>
    T* allocate_array(std::size_t n) {
        static_assert(std::is_trivially_destructible_v<T>);
        void* place = allocate(sizeof(T) * n, alignof(T));
        if (place == nullptr) return nullptr;
        T* first = static_cast<T*>(place);
        for (std::size_t i = 0; i < n; ++i) new (first + i) T{};
        return first;
    }

private:
    void* allocate(std::size_t size, std::size_t align) {
        std::size_t start = (used_ + align - 1) & ~(align - 1);
        if (start + size > kArenaSize) return nullptr;
        used_ = start + size;
        return arena_ + start;
    }

    FixedVec<Layer, kMaxLayers> layers_;
    std::unique_ptr<std::byte[]> owned_arena_;  // NOLINT(modernize-avoid-c-arrays): one block for the whole run
    std::byte* arena_ = nullptr;                // kArenaSize bytes: owned_arena_, or lent
    std::size_t used_ = 0;
};

}  // namespace tapsniff
