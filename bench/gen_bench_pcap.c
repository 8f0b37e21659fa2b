/* Deterministic benchmark pcap generator for tapsniff (issue 8).
 *
 * usage: gen_bench_pcap OUT.pcap N [SEED]
 *
 * Writes a classic pcap (magic a1b2c3d4, microsecond timestamps, snaplen 65535,
 * linktype 1) with N mixed Ethernet frames: ARP (plain, 802.1Q- and 802.1ad-tagged),
 * IPv4 and IPv6 with ICMP / ICMPv6 (echo, neighbour solicitation), UDP and TCP
 * (TCP as flows: SYN with options, SYN-ACK, data with timestamps, FIN), some of it
 * VLAN-tagged.  Frame sizes 42..1514 in an IMIX-like mix.  About 10 % are
 * application protocols on their well-known UDP ports (issue 15): DNS queries and
 * responses on port 53 (A/AAAA questions, some with an EDNS OPT record; answers with
 * compression pointers, CNAME chains, A and AAAA records, NXDOMAIN), DHCP on 67/68
 * (DISCOVER/REQUEST/OFFER/ACK with options) and NTP on 123 (client/server, v3/v4).
 * All other UDP and TCP ports are in 20000..29999, so tcpdump decodes no application
 * protocol there.  Checksums are valid.  Same N and SEED give the same bytes.
 *
 * Build: cc -O2 -o gen_bench_pcap gen_bench_pcap.c
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t rnd(void) { /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ULL;
}
static uint32_t rnd_below(uint32_t n) { return (uint32_t)((rnd() >> 32) % n); }
static uint32_t rnd_range(uint32_t lo, uint32_t hi) { return lo + rnd_below(hi - lo + 1); } /* inclusive */

static unsigned char payload_pool[4096];

static void put16(unsigned char *p, uint16_t v) { p[0] = (unsigned char)(v >> 8); p[1] = (unsigned char)v; }
static void put32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)(v >> 24); p[1] = (unsigned char)(v >> 16);
    p[2] = (unsigned char)(v >> 8);  p[3] = (unsigned char)v;
}

static uint32_t csum_add(uint32_t sum, const unsigned char *p, size_t n) {
    size_t i;
    for (i = 0; i + 1 < n; i += 2) sum += (uint32_t)(p[i] << 8 | p[i + 1]);
    if (n & 1) sum += (uint32_t)(p[n - 1] << 8);
    return sum;
}
static uint16_t csum_fold(uint32_t sum) {
    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

/* ---------------------------------------------------------------- hosts */

#define NHOSTS 64
static unsigned char host_mac[NHOSTS][6];
static unsigned char host_ip4[NHOSTS][4];
static unsigned char host_ip6[NHOSTS][16];

static void init_hosts(void) {
    int i;
    for (i = 0; i < NHOSTS; i++) {
        host_mac[i][0] = 0x02; host_mac[i][1] = 0x00; host_mac[i][2] = 0x5e;
        host_mac[i][3] = (unsigned char)rnd_below(256);
        host_mac[i][4] = (unsigned char)rnd_below(256);
        host_mac[i][5] = (unsigned char)(i + 1);
        host_ip4[i][0] = 10; host_ip4[i][1] = (unsigned char)(i / 16);
        host_ip4[i][2] = (unsigned char)rnd_below(256); host_ip4[i][3] = (unsigned char)(i + 1);
        memset(host_ip6[i], 0, 16);
        host_ip6[i][0] = 0xfd; host_ip6[i][1] = 0x00;
        host_ip6[i][7] = (unsigned char)(i / 8);
        host_ip6[i][14] = (unsigned char)rnd_below(256);
        host_ip6[i][15] = (unsigned char)(i + 1);
        if (i % 4 == 0) { /* a few with a dense interface id, so :: compression varies */
            int k;
            for (k = 8; k < 16; k++) host_ip6[i][k] = (unsigned char)rnd_below(256);
        }
    }
}

/* ---------------------------------------------------------------- frame pieces */

/* Ethernet header with optional VLAN tags.  vlan: 0 none, 1 802.1Q, 2 802.1ad + 802.1Q.
 * Returns the header length. */
static size_t put_eth(unsigned char *f, const unsigned char *dst, const unsigned char *src, int vlan, uint16_t type) {
    size_t o = 12;
    memcpy(f, dst, 6);
    memcpy(f + 6, src, 6);
    if (vlan == 2) {
        put16(f + o, 0x88a8);
        put16(f + o + 2, (uint16_t)rnd_range(1, 4094));
        o += 4;
    }
    if (vlan >= 1) {
        put16(f + o, 0x8100);
        put16(f + o + 2, (uint16_t)(rnd_below(8) << 13 | rnd_range(1, 4094)));
        o += 4;
    }
    put16(f + o, type);
    return o + 2;
}

static uint16_t ip_id;

static size_t put_ip4(unsigned char *p, int a, int b, uint8_t proto, size_t l4len, int df) {
    size_t tot = 20 + l4len;
    p[0] = 0x45; p[1] = 0;
    put16(p + 2, (uint16_t)tot);
    put16(p + 4, ip_id++);
    put16(p + 6, df ? 0x4000 : 0);
    p[8] = (unsigned char)(a % 3 == 0 ? 128 : 64);
    p[9] = proto;
    put16(p + 10, 0);
    memcpy(p + 12, host_ip4[a], 4);
    memcpy(p + 16, host_ip4[b], 4);
    put16(p + 10, csum_fold(csum_add(0, p, 20)));
    return 20;
}

static size_t put_ip6(unsigned char *p, const unsigned char *src, const unsigned char *dst, uint8_t next, size_t l4len,
                      uint8_t hlim) {
    put32(p, 0x60000000u | rnd_below(1u << 20));
    put16(p + 4, (uint16_t)l4len);
    p[6] = next; p[7] = hlim;
    memcpy(p + 8, src, 16);
    memcpy(p + 24, dst, 16);
    return 40;
}

/* Checksum of an L4 segment (at l4, length n) under the IP header at ip. */
static void l4_checksum(unsigned char *ip, int v6, unsigned char *l4, size_t n, size_t csum_off, uint8_t proto) {
    uint32_t sum = 0;
    unsigned char ph[8];
    put16(l4 + csum_off, 0);
    if (v6) {
        sum = csum_add(sum, ip + 8, 32);
        put32(ph, (uint32_t)n); ph[4] = ph[5] = ph[6] = 0; ph[7] = proto;
        sum = csum_add(sum, ph, 8);
    } else if (proto != 1) {
        sum = csum_add(sum, ip + 12, 8);
        ph[0] = 0; ph[1] = proto; put16(ph + 2, (uint16_t)n);
        sum = csum_add(sum, ph, 4);
    }
    sum = csum_add(sum, l4, n);
    uint16_t c = csum_fold(sum);
    if (c == 0 && proto == 17) c = 0xffff;
    put16(l4 + csum_off, c);
}

static void fill_payload(unsigned char *p, size_t n) {
    size_t off = rnd_below(sizeof payload_pool - 1600);
    memcpy(p, payload_pool + off, n);
}

/* Target frame size, IMIX-like: many small, some medium, a few full-size. */
static size_t pick_size(void) {
    uint32_t r = rnd_below(100);
    if (r < 55) return rnd_range(60, 128);
    if (r < 88) return rnd_range(129, 700);
    return rnd_range(1400, 1514);
}

static size_t pad60(unsigned char *f, size_t n) {
    if (n < 60) {
        memset(f + n, 0, 60 - n);
        return 60;
    }
    return n;
}

/* ---------------------------------------------------------------- frame kinds */

static size_t gen_arp(unsigned char *f, int vlan) {
    int a = (int)rnd_below(NHOSTS), b = (int)rnd_below(NHOSTS);
    int reply = rnd_below(3) == 0;
    static const unsigned char bcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    static const unsigned char zero[6] = {0};
    size_t o = put_eth(f, reply ? host_mac[b] : bcast, host_mac[a], vlan, 0x0806);
    unsigned char *p = f + o;
    put16(p, 1); put16(p + 2, 0x0800); p[4] = 6; p[5] = 4;
    put16(p + 6, reply ? 2 : 1);
    memcpy(p + 8, host_mac[a], 6); memcpy(p + 14, host_ip4[a], 4);
    memcpy(p + 18, reply ? host_mac[b] : zero, 6); memcpy(p + 24, host_ip4[b], 4);
    size_t n = o + 28;
    return rnd_below(2) ? pad60(f, n) : n; /* sent (42) or received (padded) */
}

static size_t gen_udp(unsigned char *f, int v6, int vlan) {
    int a = (int)rnd_below(NHOSTS), b = (int)rnd_below(NHOSTS);
    size_t o = put_eth(f, host_mac[b], host_mac[a], vlan, v6 ? 0x86dd : 0x0800);
    size_t iph = v6 ? 40 : 20;
    size_t want = pick_size();
    size_t min = o + iph + 8;
    size_t plen = want > min ? want - min : 0;
    if (o + iph + 8 + plen > 1514) plen = 1514 - o - iph - 8;
    unsigned char *ip = f + o, *u = ip + iph;
    if (v6) put_ip6(ip, host_ip6[a], host_ip6[b], 17, 8 + plen, 64);
    else put_ip4(ip, a, b, 17, 8 + plen, 0);
    put16(u, (uint16_t)rnd_range(20000, 29999));
    put16(u + 2, (uint16_t)rnd_range(20000, 29999));
    put16(u + 4, (uint16_t)(8 + plen));
    fill_payload(u + 8, plen);
    l4_checksum(ip, v6, u, 8 + plen, 6, 17);
    return pad60(f, o + iph + 8 + plen);
}

static uint16_t echo_seq;

static size_t gen_icmp_echo(unsigned char *f, int v6) {
    int a = (int)rnd_below(NHOSTS), b = (int)rnd_below(NHOSTS);
    int reply = rnd_below(2);
    size_t o = put_eth(f, host_mac[b], host_mac[a], 0, v6 ? 0x86dd : 0x0800);
    size_t iph = v6 ? 40 : 20;
    size_t plen = rnd_below(4) == 0 ? rnd_range(0, 1400) : 56;
    if (o + iph + 8 + plen > 1514) plen = 1514 - o - iph - 8;
    unsigned char *ip = f + o, *c = ip + iph;
    if (v6) put_ip6(ip, host_ip6[a], host_ip6[b], 58, 8 + plen, 64);
    else put_ip4(ip, a, b, 1, 8 + plen, 1);
    c[0] = (unsigned char)(v6 ? (reply ? 129 : 128) : (reply ? 0 : 8));
    c[1] = 0;
    put16(c + 4, (uint16_t)(1000 + a));
    put16(c + 6, echo_seq++);
    fill_payload(c + 8, plen);
    l4_checksum(ip, v6, c, 8 + plen, 2, (uint8_t)(v6 ? 58 : 1));
    return pad60(f, o + iph + 8 + plen);
}

static size_t gen_ns(unsigned char *f) {
    int a = (int)rnd_below(NHOSTS), b = (int)rnd_below(NHOSTS);
    const unsigned char *t = host_ip6[b];
    unsigned char dmac[6] = {0x33, 0x33, 0xff, t[13], t[14], t[15]};
    unsigned char dip[16] = {0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, t[13], t[14], t[15]};
    size_t o = put_eth(f, dmac, host_mac[a], 0, 0x86dd);
    unsigned char *ip = f + o, *c = ip + 40;
    put_ip6(ip, host_ip6[a], dip, 58, 32, 255);
    c[0] = 135; c[1] = 0; put32(c + 4, 0);
    memcpy(c + 8, t, 16);
    c[24] = 1; c[25] = 1; memcpy(c + 26, host_mac[a], 6);
    l4_checksum(ip, 1, c, 32, 2, 58);
    return o + 40 + 32;
}

/* TCP flows: SYN (options), SYN-ACK (options), then data/ACK with timestamps, FIN, and a fresh flow. */
#define NFLOWS 256
struct flow {
    int a, b, v6, vlan;
    uint16_t sport, dport;
    uint32_t seq[2], ts[2];
    int state, left;
};
static struct flow flows[NFLOWS];

static void flow_new(struct flow *fl) {
    fl->a = (int)rnd_below(NHOSTS);
    fl->b = (int)rnd_below(NHOSTS);
    fl->v6 = rnd_below(3) == 0;
    fl->vlan = rnd_below(10) == 0;
    fl->sport = (uint16_t)rnd_range(20000, 29999);
    fl->dport = (uint16_t)rnd_range(20000, 29999);
    fl->seq[0] = (uint32_t)rnd(); fl->seq[1] = (uint32_t)rnd();
    fl->ts[0] = (uint32_t)rnd_below(1u << 30); fl->ts[1] = (uint32_t)rnd_below(1u << 30);
    fl->state = 0;
    fl->left = (int)rnd_range(4, 120);
}

static size_t gen_tcp(unsigned char *f) {
    struct flow *fl = &flows[rnd_below(NFLOWS)];
    int dir, syn = 0, fin = 0, psh = 0;
    if (fl->state == 0) { dir = 0; syn = 1; }
    else if (fl->state == 1) { dir = 1; syn = 1; }
    else { dir = (int)rnd_below(2); fin = fl->left <= 0; }
    int src = dir ? fl->b : fl->a, dst = dir ? fl->a : fl->b;
    size_t o = put_eth(f, host_mac[dst], host_mac[src], fl->vlan, fl->v6 ? 0x86dd : 0x0800);
    size_t iph = fl->v6 ? 40 : 20;
    size_t optlen = syn ? 20 : 12;
    size_t hl = 20 + optlen;
    size_t plen = 0;
    if (!syn && !fin && rnd_below(3) != 0) {
        size_t want = pick_size(), min = o + iph + hl;
        plen = want > min ? want - min : 1;
        if (o + iph + hl + plen > 1514) plen = 1514 - o - iph - hl;
        psh = 1;
    }
    unsigned char *ip = f + o, *t = ip + iph;
    if (fl->v6) put_ip6(ip, host_ip6[src], host_ip6[dst], 6, hl + plen, 64);
    else put_ip4(ip, src, dst, 6, hl + plen, 1);
    put16(t, dir ? fl->dport : fl->sport);
    put16(t + 2, dir ? fl->sport : fl->dport);
    put32(t + 4, fl->seq[dir]);
    put32(t + 8, fl->state == 0 ? 0 : fl->seq[!dir]);
    t[12] = (unsigned char)((hl / 4) << 4);
    t[13] = (unsigned char)((fin ? 0x01 : 0) | (syn ? 0x02 : 0) | (psh ? 0x08 : 0) | (fl->state == 0 ? 0 : 0x10));
    put16(t + 14, (uint16_t)(syn ? 64240 : rnd_range(500, 2000)));
    put16(t + 18, 0);
    unsigned char *op = t + 20;
    fl->ts[dir] += rnd_range(0, 3);
    if (syn) { /* mss 1460, sackOK, TS, nop, wscale 7: Linux's SYN */
        op[0] = 2; op[1] = 4; put16(op + 2, 1460);
        op[4] = 4; op[5] = 2;
        op[6] = 8; op[7] = 10; put32(op + 8, fl->ts[dir]); put32(op + 12, fl->state == 0 ? 0 : fl->ts[!dir]);
        op[16] = 1; op[17] = 3; op[18] = 3; op[19] = 7;
    } else {
        op[0] = 1; op[1] = 1; op[2] = 8; op[3] = 10;
        put32(op + 4, fl->ts[dir]); put32(op + 8, fl->ts[!dir]);
    }
    fill_payload(t + hl, plen);
    l4_checksum(ip, fl->v6, t, hl + plen, 16, 6);
    fl->seq[dir] += (uint32_t)plen + (uint32_t)(syn || fin);
    fl->state++;
    fl->left--;
    if (fin) flow_new(fl);
    return pad60(f, o + iph + hl + plen);
}

/* ---------------------------------------------------------------- application protocols on UDP */

/* UDP datagram with payload pay[0..plen) from a to b (v4 or v6, optional 802.1Q tag). */
static size_t put_udp_frame(unsigned char *f, const unsigned char *dmac, int a, int b, int v6, int vlan, uint16_t sport,
                            uint16_t dport, const unsigned char *pay, size_t plen) {
    size_t o = put_eth(f, dmac ? dmac : host_mac[b], host_mac[a], vlan, v6 ? 0x86dd : 0x0800);
    size_t iph = v6 ? 40 : 20;
    unsigned char *ip = f + o, *u = ip + iph;
    if (v6) put_ip6(ip, host_ip6[a], host_ip6[b], 17, 8 + plen, 64);
    else put_ip4(ip, a, b, 17, 8 + plen, 0);
    put16(u, sport);
    put16(u + 2, dport);
    put16(u + 4, (uint16_t)(8 + plen));
    memcpy(u + 8, pay, plen);
    l4_checksum(ip, v6, u, 8 + plen, 6, 17);
    return pad60(f, o + iph + 8 + plen);
}

/* DNS: host 0 (and 1) are the resolvers; clients ask, the resolver answers a pending question. */
static const char *const dns_names[] = {
    "www.example.com", "mail.example.org", "api.service.internal", "cdn-7.static.example.net",
    "ntp.pool.example", "login.corp.example.com", "a.b.c.d.example", "updates.vendor.example.io",
    "x", "telemetry.eu-west-1.example.com",
};
#define NDNS_NAMES (sizeof dns_names / sizeof dns_names[0])
#define NPENDING 32
struct dns_q {
    int used, client, server, v6, vlan, name, qtype, edns;
    uint16_t id, port;
};
static struct dns_q pending[NPENDING];

static size_t put_name(unsigned char *p, const char *name) { /* uncompressed labels */
    size_t o = 0;
    while (*name) {
        const char *dot = strchr(name, '.');
        size_t n = dot ? (size_t)(dot - name) : strlen(name);
        p[o++] = (unsigned char)n;
        memcpy(p + o, name, n);
        o += n;
        name += n + (dot ? 1 : 0);
    }
    p[o++] = 0;
    return o;
}

/* Question section at p + 12; returns its end offset (from p). */
static size_t dns_question(unsigned char *p, const struct dns_q *q) {
    size_t o = 12 + put_name(p + 12, dns_names[q->name]);
    put16(p + o, (uint16_t)q->qtype);
    put16(p + o + 2, 1);
    return o + 4;
}

static size_t dns_opt(unsigned char *p) { /* EDNS0 OPT, udp size 1232, no options */
    p[0] = 0; put16(p + 1, 41); put16(p + 3, 1232); put32(p + 5, 0); put16(p + 9, 0);
    return 11;
}

static size_t gen_dns(unsigned char *f) {
    unsigned char pay[512];
    int slot = (int)rnd_below(NPENDING);
    struct dns_q *q = &pending[slot];
    if (!q->used) { /* a new question */
        q->used = 1;
        q->client = (int)rnd_range(2, NHOSTS - 1);
        q->server = (int)rnd_below(2);
        q->v6 = rnd_below(4) == 0;
        q->vlan = rnd_below(10) == 0;
        q->name = (int)rnd_below(NDNS_NAMES);
        q->qtype = rnd_below(3) == 0 ? 28 : 1;
        q->edns = rnd_below(2);
        q->id = (uint16_t)rnd();
        q->port = (uint16_t)rnd_range(20000, 29999);
        put16(pay, q->id);
        put16(pay + 2, 0x0100); /* RD */
        put16(pay + 4, 1); put16(pay + 6, 0); put16(pay + 8, 0); put16(pay + 10, (uint16_t)q->edns);
        size_t o = dns_question(pay, q);
        if (q->edns) o += dns_opt(pay + o);
        return put_udp_frame(f, NULL, q->client, q->server, q->v6, q->vlan, q->port, 53, pay, o);
    }
    /* the answer to it */
    q->used = 0;
    size_t o = dns_question(pay, q);
    int nx = rnd_below(10) == 0;
    int cname = !nx && rnd_below(4) == 0;
    int nrec = nx ? 0 : (int)rnd_range(1, 4);
    uint16_t owner = 0xc00c; /* the question's name */
    int an = 0;
    if (cname) {
        /* CNAME "edge-N" + pointer to the question name minus its first label (or to itself) */
        pay[o] = 0xc0; pay[o + 1] = 12;
        put16(pay + o + 2, 5); put16(pay + o + 4, 1); put32(pay + o + 6, rnd_range(30, 86400));
        size_t rd = o + 12;
        static const char edge[] = "edge-";
        size_t first = pay[12];
        pay[rd] = 6; memcpy(pay + rd + 1, edge, 5); pay[rd + 6] = (unsigned char)('0' + rnd_below(10));
        size_t rdl = 7;
        if (pay[12 + 1 + first] != 0) { pay[rd + 7] = 0xc0; pay[rd + 8] = (unsigned char)(12 + 1 + first); rdl += 2; }
        else { pay[rd + 7] = 0xc0; pay[rd + 8] = 12; rdl += 2; }
        put16(pay + o + 10, (uint16_t)rdl);
        owner = (uint16_t)(0xc000 | rd);
        o = rd + rdl;
        an++;
    }
    for (int i = 0; i < nrec; i++) {
        put16(pay + o, owner);
        put16(pay + o + 2, (uint16_t)q->qtype); put16(pay + o + 4, 1); put32(pay + o + 6, rnd_range(30, 3600));
        if (q->qtype == 28) {
            put16(pay + o + 10, 16);
            memcpy(pay + o + 12, host_ip6[rnd_below(NHOSTS)], 16);
            put32(pay + o + 12, 0x20010db8u); /* 2001:db8::/32 */
            o += 28;
        } else {
            put16(pay + o + 10, 4);
            put32(pay + o + 12, (uint32_t)rnd() | 0x01000000u);
            o += 16;
        }
        an++;
    }
    int ns = 0;
    if (nx) { /* SOA in the authority section, names compressed */
        put16(pay + o, 0xc00c); put16(pay + o + 2, 6); put16(pay + o + 4, 1); put32(pay + o + 6, 900);
        size_t rd = o + 12, r = rd;
        r += put_name(pay + r, "ns1.example");
        pay[r++] = 10; memcpy(pay + r, "hostmaster", 10); r += 10;
        pay[r++] = 0xc0; pay[r++] = (unsigned char)(rd + 4); /* "example" of ns1.example */
        for (int k = 0; k < 5; k++) { put32(pay + r, (uint32_t)(1 + k * 3600)); r += 4; }
        put16(pay + o + 10, (uint16_t)(r - rd));
        o = r;
        ns = 1;
    }
    if (q->edns) o += dns_opt(pay + o);
    put16(pay, q->id);
    put16(pay + 2, (uint16_t)(0x8180 | (nx ? 3 : 0)));
    put16(pay + 4, 1); put16(pay + 6, (uint16_t)an); put16(pay + 8, (uint16_t)ns); put16(pay + 10, (uint16_t)q->edns);
    return put_udp_frame(f, host_mac[q->client], q->server, q->client, q->v6, q->vlan, 53, q->port, pay, o);
}

/* DHCP (BOOTP on 67/68): a client's DISCOVER/REQUEST broadcast, the server's OFFER/ACK. */
static size_t gen_dhcp(unsigned char *f) {
    static const unsigned char bcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    unsigned char pay[548];
    int client = (int)rnd_range(2, NHOSTS - 1), server = 1;
    int reply = rnd_below(2), request = rnd_below(2);
    memset(pay, 0, sizeof pay);
    pay[0] = (unsigned char)(reply ? 2 : 1); pay[1] = 1; pay[2] = 6; pay[3] = 0;
    put32(pay + 4, 0x3903f326u ^ (uint32_t)client);
    put16(pay + 8, reply ? 0 : (uint16_t)rnd_below(8));
    put16(pay + 10, reply ? 0 : 0x8000);
    if (reply) memcpy(pay + 16, host_ip4[client], 4), memcpy(pay + 20, host_ip4[server], 4);
    memcpy(pay + 28, host_mac[client], 6);
    put32(pay + 236, 0x63825363u);
    size_t o = 240;
    pay[o++] = 53; pay[o++] = 1; pay[o++] = (unsigned char)(reply ? (request ? 5 : 2) : (request ? 3 : 1));
    if (!reply) {
        pay[o++] = 61; pay[o++] = 7; pay[o++] = 1; memcpy(pay + o, host_mac[client], 6); o += 6;
        if (request) { pay[o++] = 50; pay[o++] = 4; memcpy(pay + o, host_ip4[client], 4); o += 4;
                       pay[o++] = 54; pay[o++] = 4; memcpy(pay + o, host_ip4[server], 4); o += 4; }
        pay[o++] = 12; pay[o++] = 6; memcpy(pay + o, "host", 4); pay[o + 4] = (unsigned char)('a' + client % 26);
        pay[o + 5] = (unsigned char)('0' + client % 10); o += 6;
        static const unsigned char prl[] = {1, 3, 6, 15, 26, 28, 51, 58, 59, 119};
        pay[o++] = 55; pay[o++] = sizeof prl; memcpy(pay + o, prl, sizeof prl); o += sizeof prl;
        pay[o++] = 57; pay[o++] = 2; put16(pay + o, 1500); o += 2;
    } else {
        pay[o++] = 54; pay[o++] = 4; memcpy(pay + o, host_ip4[server], 4); o += 4;
        pay[o++] = 51; pay[o++] = 4; put32(pay + o, 86400); o += 4;
        pay[o++] = 58; pay[o++] = 4; put32(pay + o, 43200); o += 4;
        pay[o++] = 59; pay[o++] = 4; put32(pay + o, 75600); o += 4;
        pay[o++] = 1; pay[o++] = 4; put32(pay + o, 0xffffff00u); o += 4;
        pay[o++] = 3; pay[o++] = 4; memcpy(pay + o, host_ip4[server], 4); o += 4;
        pay[o++] = 6; pay[o++] = 8; memcpy(pay + o, host_ip4[0], 4); memcpy(pay + o + 4, host_ip4[1], 4); o += 8;
        pay[o++] = 15; pay[o++] = 11; memcpy(pay + o, "example.com", 11); o += 11;
    }
    pay[o++] = 255;
    if (o < 300) o = 300; /* BOOTP minimum, zero padding */
    /* IPv4 by hand: the client has no address yet (0.0.0.0 -> 255.255.255.255) */
    size_t eo = put_eth(f, reply ? host_mac[client] : bcast, host_mac[reply ? server : client], 0, 0x0800);
    unsigned char *p = f + eo, *u = p + 20;
    p[0] = 0x45; p[1] = 0x10; put16(p + 2, (uint16_t)(28 + o)); put16(p + 4, ip_id++); put16(p + 6, 0);
    p[8] = reply ? 64 : 128; p[9] = 17; put16(p + 10, 0);
    if (reply) memcpy(p + 12, host_ip4[server], 4), memcpy(p + 16, host_ip4[client], 4);
    else memset(p + 12, 0, 4), memset(p + 16, 0xff, 4);
    put16(p + 10, csum_fold(csum_add(0, p, 20)));
    put16(u, reply ? 67 : 68); put16(u + 2, reply ? 68 : 67); put16(u + 4, (uint16_t)(8 + o));
    memcpy(u + 8, pay, o);
    l4_checksum(p, 0, u, 8 + o, 6, 17);
    return eo + 28 + o;
}

/* NTP: a client's request (mode 3) and a server's answer (mode 4), v4 mostly, some v3. */
static size_t gen_ntp(unsigned char *f) {
    unsigned char pay[48];
    int client = (int)rnd_range(2, NHOSTS - 1), server = (int)rnd_below(2);
    int reply = rnd_below(2), v6 = rnd_below(5) == 0;
    uint8_t vers = rnd_below(5) == 0 ? 3 : 4;
    uint32_t now = 0xeb1e2a00u + (uint32_t)rnd_below(1u << 20);
    memset(pay, 0, sizeof pay);
    pay[0] = (unsigned char)((vers << 3) | (reply ? 4 : 3));
    if (reply) {
        pay[1] = 2; pay[2] = 6; pay[3] = 0xe9; /* stratum 2, poll 6, precision -23 */
        put32(pay + 4, rnd_below(0x2000)); put32(pay + 8, rnd_below(0x4000));
        memcpy(pay + 12, host_ip4[0], 4);
        put32(pay + 16, now - 300); put32(pay + 20, (uint32_t)rnd());
        put32(pay + 24, now); put32(pay + 28, (uint32_t)rnd());
        put32(pay + 32, now); put32(pay + 36, (uint32_t)rnd());
        put32(pay + 40, now); put32(pay + 44, (uint32_t)rnd());
    } else {
        pay[2] = 6; pay[3] = 0x20;
        put32(pay + 40, now); put32(pay + 44, (uint32_t)rnd());
    }
    uint16_t cport = rnd_below(3) == 0 ? 123 : (uint16_t)rnd_range(20000, 29999);
    if (reply) return put_udp_frame(f, NULL, server, client, v6, 0, 123, cport, pay, sizeof pay);
    return put_udp_frame(f, NULL, client, server, v6, 0, cport, 123, pay, sizeof pay);
}

/* ---------------------------------------------------------------- main */

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: %s OUT.pcap N [SEED]\n", argv[0]);
        return 2;
    }
    long long n = atoll(argv[2]);
    rng_state = argc == 4 ? strtoull(argv[3], NULL, 0) : 0x7a9f5eed12345678ULL;
    if (rng_state == 0) rng_state = 1;
    if (n <= 0) {
        fprintf(stderr, "gen_bench_pcap: N must be positive\n");
        return 2;
    }
    FILE *out = fopen(argv[1], "wb");
    if (!out) {
        perror(argv[1]);
        return 1;
    }
    static char iobuf[1 << 20];
    setvbuf(out, iobuf, _IOFBF, sizeof iobuf);

    size_t i;
    for (i = 0; i < sizeof payload_pool; i++) payload_pool[i] = (unsigned char)rnd_below(256);
    init_hosts();
    for (i = 0; i < NFLOWS; i++) flow_new(&flows[i]);

    unsigned char hdr[24];
    /* little-endian pcap global header */
    uint32_t gh[6] = {0xa1b2c3d4u, 2u | (4u << 16), 0, 0, 65535, 1};
    for (i = 0; i < 6; i++) {
        hdr[4 * i] = (unsigned char)gh[i]; hdr[4 * i + 1] = (unsigned char)(gh[i] >> 8);
        hdr[4 * i + 2] = (unsigned char)(gh[i] >> 16); hdr[4 * i + 3] = (unsigned char)(gh[i] >> 24);
    }
    fwrite(hdr, 1, 24, out);

    uint32_t sec = 1732449600u, usec = 0;
    unsigned char frame[1600];
    long long k;
    for (k = 0; k < n; k++) {
        uint32_t r = rnd_below(1000);
        size_t len;
        if (r < 60) len = gen_arp(frame, 0);
        else if (r < 85) len = gen_arp(frame, 1);
        else if (r < 95) len = gen_arp(frame, 2);
        else if (r < 165) len = gen_udp(frame, 0, 1);
        else if (r < 295) len = gen_udp(frame, 0, 0);
        else if (r < 355) len = gen_dns(frame);  /* 6 % DNS */
        else if (r < 375) len = gen_dhcp(frame); /* 2 % DHCP */
        else if (r < 395) len = gen_ntp(frame);  /* 2 % NTP */
        else if (r < 495) len = gen_udp(frame, 1, 0);
        else if (r < 565) len = gen_icmp_echo(frame, 0);
        else if (r < 615) len = gen_icmp_echo(frame, 1);
        else if (r < 645) len = gen_ns(frame);
        else len = gen_tcp(frame);

        usec += rnd_range(1, 200);
        if (usec >= 1000000) { usec -= 1000000; sec++; }
        uint32_t ph[4] = {sec, usec, (uint32_t)len, (uint32_t)len};
        for (i = 0; i < 4; i++) {
            hdr[4 * i] = (unsigned char)ph[i]; hdr[4 * i + 1] = (unsigned char)(ph[i] >> 8);
            hdr[4 * i + 2] = (unsigned char)(ph[i] >> 16); hdr[4 * i + 3] = (unsigned char)(ph[i] >> 24);
        }
        fwrite(hdr, 1, 16, out);
        fwrite(frame, 1, len, out);
    }
    if (fclose(out) != 0) {
        perror(argv[1]);
        return 1;
    }
    return 0;
}
