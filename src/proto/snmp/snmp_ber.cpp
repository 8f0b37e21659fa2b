// SNMP: tcpdump's asn1_parse (print-snmp.c), one BER element at a time, bounded by the element's
// length and by the captured bytes.
#include "proto/snmp/snmp_walk.hpp"

namespace tapsniff::snmp_detail {

int SnmpWalk::parse(std::size_t pos, std::uint32_t len, BerElement& elem) {
    elem = BerElement{};
    if (stopped_) return -1;
    if (len < 1) {
        lit("[nothing to parse]");
        return fail();
    }
    auto first = byte(pos);
    if (!first) return aborted();
    std::uint8_t id = *first & 0x1fU;
    const auto form = static_cast<std::uint8_t>((*first & 0x20U) >> 5U);
    const auto cls = static_cast<std::uint8_t>((*first & 0xc0U) >> 6U);
    elem.form = form;
    elem.cls = cls;
    elem.id = id;
    ++pos;
    --len;
    std::uint32_t hdr = 1;
    if (id == 0x1f) {
        // A tag in base-128 digits; tcpdump keeps it in a byte, as it does here. The loop ends
        // at the last digit, at the end of the element's length or of the captured bytes.
        id = 0;
        for (;;) {
            auto b = byte(pos);
            if (!b) return aborted();
            if ((*b & 0x80U) == 0) break;
            if (len < 1) {
                lit("[Xtagfield?]");
                return fail();
            }
            id = static_cast<std::uint8_t>((id << 7U) | (*b & 0x7fU));
            --len;
            ++hdr;
            ++pos;
        }
        if (len < 1) {
            lit("[Xtagfield?]");
            return fail();
        }
        id = static_cast<std::uint8_t>((id << 7U) | *byte(pos));
        elem.id = id;
        --len;
        ++hdr;
        ++pos;
    }
    if (len < 1) {
        lit("[no asnlen]");
        return fail();
    }
    auto lenbyte = byte(pos);
    if (!lenbyte) return aborted();
    std::uint32_t asnlen = *lenbyte;
    ++pos;
    --len;
    ++hdr;
    if ((asnlen & 0x80U) != 0) {
        const std::uint32_t noct = asnlen % 0x80U;
        asnlen = 0;
        if (len < noct) {
            piece(SnmpPiece::asnlen_short, len, noct);
            return fail();
        }
        if (all_.size() < pos || all_.size() - pos < noct) return cut();
        for (std::uint32_t i = 0; i < noct; ++i) {
            asnlen = (asnlen << 8U) | *byte(pos);
            ++pos;
            --len;
            ++hdr;
        }
    }
    elem.asnlen = asnlen;
    if (len < asnlen) {
        piece(SnmpPiece::len_lt_asnlen, len, asnlen);
        return fail();
    }
    if (id >= kIdsPerClass[cls]) {
        piece(SnmpPiece::bad_id, id, form);
        return fail();
    }
    if (all_.size() < pos || all_.size() - pos < asnlen) return cut();
    elem.raw = all_.subspan(pos, asnlen);
    elem.at = pos;

    if (form == 0) {  // primitive
        switch (cls) {
            case kUniversal:
                switch (id) {
                    case kString: elem.type = BerType::str; break;
                    case kInteger: {
                        elem.type = BerType::integer;
                        if (asnlen == 0) {
                            lit("[asnlen=0]");
                            return fail();
                        }
                        std::uint32_t data = (static_cast<std::uint8_t>(elem.raw[0]) & 0x80U) != 0 ? 0xffffffffU : 0;
                        for (std::byte b : elem.raw) data = (data << 8U) | static_cast<std::uint8_t>(b);
                        elem.integer = static_cast<std::int32_t>(data);
                        break;
                    }
                    case kObjectId: elem.type = BerType::oid; break;
                    case kNull: elem.type = BerType::null; break;
                    default:
                        elem.type = BerType::octet;
                        print(elem, SnmpPiece::prim_universal);
                        break;
                }
                break;
            case kApplication:
                switch (id) {
                    case kIpAddress: elem.type = BerType::inetaddr; break;
                    case kCounter:
                    case kGauge:
                    case kTimeTicks: {
                        elem.type = BerType::uns;
                        std::uint32_t data = 0;
                        for (std::byte b : elem.raw) data = (data << 8U) + static_cast<std::uint8_t>(b);
                        elem.uns = data;
                        break;
                    }
                    case kCounter64: {
                        elem.type = BerType::uns64;
                        std::uint64_t data = 0;
                        for (std::byte b : elem.raw) data = (data << 8U) + static_cast<std::uint8_t>(b);
                        elem.uns64 = data;
                        break;
                    }
                    default:
                        elem.type = BerType::octet;
                        print(elem, SnmpPiece::prim_application);
                        break;
                }
                break;
            case kContext:
                // noSuchObject, noSuchInstance, endOfMibView; other tags stay "any".
                if (id == 0) elem.type = BerType::nosuchobject;
                else if (id == 1) elem.type = BerType::nosuchinst;
                else if (id == 2) elem.type = BerType::endofmibview;
                break;
            default:
                print(elem, SnmpPiece::prim_private);
                elem.type = BerType::octet;
                break;
        }
    } else {  // constructed
        if (cls == kUniversal) {
            if (id == kSequence) {
                elem.type = BerType::seq;
            } else {
                elem.type = BerType::octet;
                print(elem, SnmpPiece::cons_universal);
            }
        } else if (cls == kContext) {
            elem.type = BerType::pdu;
        } else {
            elem.type = BerType::octet;
            print(elem, SnmpPiece::cons_other);
        }
    }
    if (stopped_) return -1;
    return static_cast<int>(asnlen + hdr);
}

}  // namespace tapsniff::snmp_detail
