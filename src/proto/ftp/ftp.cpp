// FTP: decoder, tcpdump text (print-ftp.c through txtproto_print) and fields.
#include "proto/ftp/ftp.hpp"

namespace tapsniff {
namespace {

void ftp_text(const TextContext& t, std::size_t index) {
    text::append(t.out, ": ");  // tcp_print's, before ftp_print
    append_txt_line(t.out, "FTP", "ftp", t.frame.get<FtpLayer>(index)->line);
}

constexpr Field kCommand{"request.command", "Request command"};
constexpr Field kArg{"request.arg", "Request arg"};
constexpr Field kCode{"response.code", "Response code"};
constexpr Field kResponseArg{"response.arg", "Response arg"};

}  // namespace

void decode_ftp(Decoder& d, Bytes data, std::uint32_t wire_len) {
    const std::size_t index = d.frame.size();
    if (auto* ftp = decode_txt_layer<FtpLayer>(d, TxtProtoSpec{}, data, wire_len, "ftp")) {
        ftp->request = to_port(d.frame, index, tcp_port::ftp);
    }
}

template <class W>
void describe(const FtpLayer& f, W& w) {
    const TxtLine& l = f.line;
    if (l.line.empty()) return;
    if (f.request) {
        put_text(w, kCommand, l.first);
        if (!l.tail.empty()) put_text(w, kArg, l.tail);
    } else {
        w.num(kCode, decimal_value(l.first));
        if (!l.tail.empty()) put_text(w, kResponseArg, l.tail);
    }
}

const Protocol FtpLayer::protocol = make_protocol<FtpLayer>("ftp", "ftp", "File Transfer Protocol (FTP)", ftp_text);

}  // namespace tapsniff
