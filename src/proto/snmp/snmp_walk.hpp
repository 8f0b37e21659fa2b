// The SNMP decoder's walk (inside the home only): tcpdump's asn1_parse and snmp_print's calls,
// recording what they print as pieces, and the values tshark shows.
#pragma once

#include <array>
#include <optional>

#include "proto/snmp/snmp.hpp"

namespace tapsniff::snmp_detail {

// ASN.1 classes and the tags tcpdump knows in each (its Universal, Application, Context and
// Private tables): a tag beyond them is "[id?...]".
constexpr std::uint8_t kUniversal = 0;
constexpr std::uint8_t kApplication = 1;
constexpr std::uint8_t kContext = 2;
constexpr std::array<std::uint16_t, 4> kIdsPerClass{18, 7, 9, 1};

// Universal tags
constexpr std::uint16_t kInteger = 2;
constexpr std::uint16_t kString = 4;
constexpr std::uint16_t kNull = 5;
constexpr std::uint16_t kObjectId = 6;
constexpr std::uint16_t kSequence = 16;
// Application tags
constexpr std::uint16_t kIpAddress = 0;
constexpr std::uint16_t kCounter = 1;
constexpr std::uint16_t kGauge = 2;
constexpr std::uint16_t kTimeTicks = 3;
constexpr std::uint16_t kCounter64 = 6;
// PDU tags
constexpr std::uint16_t kGetRequest = 0;
constexpr std::uint16_t kGetNextRequest = 1;
constexpr std::uint16_t kSetRequest = 3;
constexpr std::uint16_t kTrap = 4;
constexpr std::uint16_t kGetBulk = 5;
constexpr std::uint16_t kInform = 6;
constexpr std::uint16_t kV2Trap = 7;
constexpr std::uint16_t kReport = 8;

constexpr std::int32_t kVersion1 = 0;
constexpr std::int32_t kVersion2c = 1;
constexpr std::int32_t kVersion3 = 3;
constexpr std::int32_t kGenericEnterprise = 6;

// Enough for any frame of ordinary size; the walk stops (and says so) beyond it.
constexpr std::size_t kMaxEvents = 4096;
constexpr std::size_t kMaxVarbinds = 16384;

class SnmpWalk {
public:
    SnmpWalk(Decoder& d, SnmpLayer& snmp, Bytes all) : d_(d), s_(snmp), all_(all) {}

    void message(std::uint32_t length);

private:
    // ---- what tcpdump prints, recorded
    SnmpEvent* add() {
        if (stopped_) return nullptr;
        SnmpEvent* e = s_.event_count < kMaxEvents ? d_.frame.allocate_array<SnmpEvent>(1) : nullptr;
        if (e == nullptr || (s_.events != nullptr && e != s_.events + s_.event_count)) {
            s_.events_overflow = true;
            stopped_ = true;
            return nullptr;
        }
        if (s_.events == nullptr) s_.events = e;
        ++s_.event_count;
        return e;
    }
    void lit(const char* text) {
        if (SnmpEvent* e = add()) e->text = text;
    }
    void piece(SnmpPiece p, std::int64_t a = 0, std::uint32_t b = 0, const char* text = nullptr) {
        if (SnmpEvent* e = add()) {
            e->piece = p;
            e->a = a;
            e->b = b;
            e->text = text;
        }
    }
    void print(const BerElement& elem, SnmpPiece p = SnmpPiece::element) {
        if (SnmpEvent* e = add()) {
            e->piece = p;
            e->elem = elem;
        }
    }
    // tcpdump's GET_ macros past the captured bytes: " [|snmp]" and nothing more is printed.
    int aborted() {
        piece(SnmpPiece::trunc);
        stopped_ = aborted_ = true;
        d_.cut("snmp");
        return -1;
    }
    // Its ND_TCHECK_LEN in asn1_parse: " [|snmp]", and the element is not there (the caller goes on
    // only where tcpdump's does: after the USM header).
    int cut() {
        piece(SnmpPiece::trunc);
        stopped_ = true;
        d_.cut("snmp");
        return -1;
    }
    int fail() {
        stopped_ = true;
        if (d_.frame.malformed == nullptr) d_.bad("snmp: bad BER element");
        return -1;
    }
    std::optional<std::uint8_t> byte(std::size_t pos) const {
        if (pos >= all_.size()) return std::nullopt;
        return static_cast<std::uint8_t>(all_[pos]);
    }

    int parse(std::size_t pos, std::uint32_t len, BerElement& elem);
    // asn1_parse, then "if (elem.type != want) { note; asn1_print; }": true when it was `want`.
    bool expect(std::size_t pos, std::uint32_t len, BerElement& elem, int& count, BerType want, const char* note) {
        count = parse(pos, len, elem);
        if (count < 0) return false;
        if (elem.type != want) {
            lit(note);
            print(elem);
            stopped_ = true;
            d_.bad("snmp: unexpected BER type");
            return false;
        }
        return true;
    }

    void community(std::size_t pos, std::uint32_t length, std::int32_t version);
    void v3msg(std::size_t pos, std::uint32_t length);
    void usm(std::size_t pos, std::uint32_t length);
    void scoped_pdu(std::size_t pos, std::uint32_t length, std::int32_t version);
    void pdu(std::size_t pos, std::uint32_t length, std::int32_t version);
    void request_pdu(std::uint16_t pdu_id, std::size_t pos, std::uint32_t length);
    void trap_pdu(std::size_t pos, std::uint32_t length);
    void varbinds(std::uint16_t pdu_id, std::size_t pos, std::uint32_t length);

    Decoder& d_;
    SnmpLayer& s_;
    Bytes all_;
    bool stopped_ = false;  // the current walk returns (tcpdump's "return" after a note)
    bool aborted_ = false;  // nothing more is printed (tcpdump's longjmp)
};

}  // namespace tapsniff::snmp_detail
