// ESP: decoder, tcpdump text (print-esp.c without a secret) and fields.
#include "proto/esp/esp.hpp"

#include "render/fields.hpp"

namespace tapsniff {

void decode_esp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    auto* esp = d.frame.add<EspLayer>(Presence::partial);
    if (esp == nullptr) return;
    esp->length = wire_len;
    Cursor cursor(data);
    auto header = cursor.sub(8);
    // tcpdump wants a byte after the header as well before it prints it.
    if (!header || cursor.empty()) {
        d.cut("esp");
        return;
    }
    esp->spi = *header->be32();
    esp->seq = *header->be32();
    d.frame.set_presence(Presence::complete);
}

namespace {

void esp_text(const TextContext& t, std::size_t index) {
    OutBuffer& out = t.out;
    if (t.frame.layers()[index].presence == Presence::partial) {
        text::append_trunc(out, "esp");
        return;
    }
    const EspLayer& esp = *t.frame.get<EspLayer>(index);
    TS_PUT(out, "ESP(spi=0x{:08x},seq=0x{:x}), length {}", esp.spi, esp.seq, esp.length);
}

constexpr Field kSpi{"spi", "ESP SPI", 8};
constexpr Field kSequence{"sequence", "ESP Sequence"};

}  // namespace

template <class W>
void describe(const EspLayer& esp, W& w) {
    w.num(kSpi, esp.spi);
    w.num(kSequence, esp.seq);
}

const Protocol EspLayer::protocol = make_protocol<EspLayer>("esp", "esp", "Encapsulating Security Payload", esp_text);

}  // namespace tapsniff
