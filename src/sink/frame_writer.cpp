// -w: pcap through libpcap, or pcapng through our writer when the file name asks for it.
#include "tapsniff/frame_writer.hpp"

#include <algorithm>
#include <cctype>

#include "tapsniff/pcap_writer.hpp"
#include "tapsniff/pcapng_writer.hpp"

namespace tapsniff {

bool wants_pcapng(const std::string& path) {
    constexpr std::string_view kSuffix = ".pcapng";
    if (path.size() <= kSuffix.size()) return false;
    return std::equal(kSuffix.begin(), kSuffix.end(), path.end() - static_cast<std::ptrdiff_t>(kSuffix.size()),
                      [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
}

Result<std::unique_ptr<FrameWriter>> open_frame_writer(const std::string& path, int dlt, const std::string& ifname) {
    if (wants_pcapng(path)) {
        auto opened = PcapngWriter::open(path, linktype_of_dlt(dlt), ifname);
        if (!opened) return opened.error();
        return std::unique_ptr<FrameWriter>(std::move(opened.value()));
    }
    auto opened = PcapWriter::open(path, dlt);
    if (!opened) return opened.error();
    return std::unique_ptr<FrameWriter>(std::make_unique<PcapWriter>(std::move(opened.value())));
}

}  // namespace tapsniff
