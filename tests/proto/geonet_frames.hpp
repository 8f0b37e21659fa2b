// Real frames for the geonet tests, from public captures, and what tcpdump 4.99.3 -nn -e prints
// after the link layer for every cut of each from the UDP payload on (runs of equal text) and
// for single-byte changes of the payload (one per kind of text), all made by tcpdump itself.
#pragma once

#include "cut_table.hpp"

namespace tapsniff::test::geonet_frames {

// tcpdump--geonet_and_calm_fast.pcap frame 2
inline const CutFrame kBeacon{
    "ffffffffffff000c426d54d5070700100000000000010000000c426d54d5f7d0"
    "84b41eaec29a035f9b1b000c00b4003c0000",
    50, 14,
    {
        {14, 21, "GeoNet src:00:0c:42:6d:54:d5;  [|geonet]"},
        {22, 29, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0  [|geonet]"},
        {30, 37, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5  [|geonet]"},
        {38, 41, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562  [|geonet]"},
        {42, 49, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275 [|geonet]"},
        {50, 50, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
    },
    {
        {14, 0x01, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:1-BTP-A HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275 (BTP length 0 < 4) (invalid)"},
        {14, 0x02, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:2-BTP-B HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275 (BTP length 0 < 4) (invalid)"},
        {14, 0x04, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:4-Unknown HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0x06, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:6-Unknown HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0x1f, "GeoNet src:00:0c:42:6d:54:d5; v:1 NH:15-Unknown HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0x30, "GeoNet src:00:0c:42:6d:54:d5; v:3 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0x7f, "GeoNet src:00:0c:42:6d:54:d5; v:7 NH:15-Unknown HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0x80, "GeoNet src:00:0c:42:6d:54:d5; v:8 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0x81, "GeoNet src:00:0c:42:6d:54:d5; v:8 NH:1-BTP-A HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275 (BTP length 0 < 4) (invalid)"},
        {14, 0x82, "GeoNet src:00:0c:42:6d:54:d5; v:8 NH:2-BTP-B HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275 (BTP length 0 < 4) (invalid)"},
        {14, 0x84, "GeoNet src:00:0c:42:6d:54:d5; v:8 NH:4-Unknown HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0xa0, "GeoNet src:00:0c:42:6d:54:d5; v:10 NH:0-Any HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {14, 0xff, "GeoNet src:00:0c:42:6d:54:d5; v:15 NH:15-Unknown HT:1-0-Beacon HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
        {15, 0x00, "GeoNet src:00:0c:42:6d:54:d5; v:0 NH:0-Any HT:0-0-Any HopLim:1 Payload:0 GN_ADDR:00:00:00:0c:42:6d:54:d5 lat:514769562 lon:56597275"},
    },
};

// tcpdump--geonet_and_calm_fast.pcap frame 16
inline const CutFrame kBtp{
    "ffffffffffff000c426968be070701510002001d0002c0cc000c426968bef7d0"
    "8f101eaed88f035fbd0e00000000001670000eaf0300c0cc000c426968bef7d0"
    "8f101eaed88f035fbd0e0000000000167000138813880000013cf7d0912d0000"
    "001984006bf4d607abb56c8009f600",
    111, 14,
    {
        {14, 21, "GeoNet src:00:0c:42:69:68:be;  [|geonet]"},
        {22, 29, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29  [|geonet]"},
        {30, 37, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be  [|geonet]"},
        {38, 41, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183  [|geonet]"},
        {42, 83, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966 [|geonet]"},
        {84, 85, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 [|geonet]"},
        {86, 86, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000 [|geonet]"},
        {87, 87, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 [|geonet]"},
        {88, 111, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM"},
    },
    {
        {14, 0x00, "GeoNet src:00:0c:42:69:68:be; v:0 NH:0-Any HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0x02, "GeoNet src:00:0c:42:69:68:be; v:0 NH:2-BTP-B HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM"},
        {14, 0x04, "GeoNet src:00:0c:42:69:68:be; v:0 NH:4-Unknown HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0x06, "GeoNet src:00:0c:42:69:68:be; v:0 NH:6-Unknown HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0x1f, "GeoNet src:00:0c:42:69:68:be; v:1 NH:15-Unknown HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0x30, "GeoNet src:00:0c:42:69:68:be; v:3 NH:0-Any HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0x7f, "GeoNet src:00:0c:42:69:68:be; v:7 NH:15-Unknown HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0x80, "GeoNet src:00:0c:42:69:68:be; v:8 NH:0-Any HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0x81, "GeoNet src:00:0c:42:69:68:be; v:8 NH:1-BTP-A HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM"},
        {14, 0x82, "GeoNet src:00:0c:42:69:68:be; v:8 NH:2-BTP-B HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:5000 Src:5000; ItsPduHeader v:0 t:0-CAM"},
        {14, 0x84, "GeoNet src:00:0c:42:69:68:be; v:8 NH:4-Unknown HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0xa0, "GeoNet src:00:0c:42:69:68:be; v:10 NH:0-Any HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {14, 0xff, "GeoNet src:00:0c:42:69:68:be; v:15 NH:15-Unknown HT:5-1-TopoScopeBcast-MH HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966"},
        {15, 0x00, "GeoNet src:00:0c:42:69:68:be; v:0 NH:1-BTP-A HT:0-0-Any HopLim:2 Payload:29 GN_ADDR:c0:cc:00:0c:42:69:68:be lat:514775183 lon:56605966; BTP Dst:3759 Src:768; ItsPduHeader v:192 t:204-unknown (204)"},
    },
};

// tcpdump--geonet_and_calm_fast.pcap frame 20
inline const CutFrame kCalmFast{
    "ffffffffffff000c426968be11110000000001ac8005445535401c02a2b30290"
    "20356fa06041a4b61737465656c2054726176657273652f5a75696465696e646"
    "50204047063f93000030",
    74, 14,
    {
        {14, 14, "CALM FAST src:00:0c:42:69:68:be;  [|calm_fast]"},
        {15, 15, "CALM FAST src:00:0c:42:69:68:be; SrcNwref:0;  [|calm_fast]"},
        {16, 74, "CALM FAST src:00:0c:42:69:68:be; SrcNwref:0; DstNwref:0; "},
    },
    {
        {14, 0x01, "CALM FAST src:00:0c:42:69:68:be; SrcNwref:1; DstNwref:0; "},
    },
};

}  // namespace tapsniff::test::geonet_frames
