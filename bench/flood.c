/* Frame flooder for the tapsniff live benchmark (issue 8).
 *
 * usage: flood IFNAME COUNT MAX_SECONDS
 *
 * Sends COUNT 64-byte Ethernet frames (IPv4/UDP 10.0.0.1.20000 > 10.0.0.2.20001,
 * to 02:00:00:00:00:02) out of IFNAME through an AF_PACKET socket bound to it, as
 * fast as it can (sendmmsg, batches of 256; through the qdisc, so packet taps see them),
 * and stops after MAX_SECONDS even if COUNT is not reached.  Run it inside the
 * benchmark's network namespace only.  Prints one line on stdout:
 *   sent N frames in S s
 * Build: cc -O2 -o flood flood.c
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <net/if.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define FRAME_LEN 64
#define BATCH 256

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint16_t ip_checksum(const unsigned char *p, size_t n) {
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < n; i += 2) sum += (uint32_t)(p[i] << 8 | p[i + 1]);
    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
    return (uint16_t)~sum;
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: %s IFNAME COUNT MAX_SECONDS\n", argv[0]);
        return 2;
    }
    const char *ifname = argv[1];
    long long count = atoll(argv[2]);
    double max_seconds = atof(argv[3]);
    if (count <= 0 || max_seconds <= 0 || strlen(ifname) >= IFNAMSIZ) {
        fprintf(stderr, "flood: bad arguments\n");
        return 2;
    }

    int fd = socket(AF_PACKET, SOCK_RAW, 0); /* protocol 0: this socket receives nothing */
    if (fd < 0) {
        perror("flood: socket(AF_PACKET)");
        return 1;
    }
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strncpy(ifr.ifr_name, ifname, IFNAMSIZ - 1);
    if (ioctl(fd, SIOCGIFINDEX, &ifr) < 0) {
        perror("flood: SIOCGIFINDEX");
        return 1;
    }
    int ifindex = ifr.ifr_ifindex;
    if (ioctl(fd, SIOCGIFHWADDR, &ifr) < 0) {
        perror("flood: SIOCGIFHWADDR");
        return 1;
    }
    struct sockaddr_ll sll;
    memset(&sll, 0, sizeof sll);
    sll.sll_family = AF_PACKET;
    sll.sll_ifindex = ifindex;
    sll.sll_protocol = htons(ETH_P_IP);
    if (bind(fd, (struct sockaddr *)&sll, sizeof sll) < 0) {
        perror("flood: bind");
        return 1;
    }
    /* No PACKET_QDISC_BYPASS: a bypassed frame skips the taps, so tcpdump would not see it. */
    int sndbuf = 4 << 20;
    (void)setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);

    unsigned char frame[FRAME_LEN];
    memset(frame, 0, sizeof frame);
    static const unsigned char dst[6] = {0x02, 0, 0, 0, 0, 0x02};
    memcpy(frame, dst, 6);
    memcpy(frame + 6, ifr.ifr_hwaddr.sa_data, 6);
    frame[12] = 0x08; frame[13] = 0x00;
    unsigned char *ip = frame + 14, *udp = ip + 20;
    ip[0] = 0x45;
    ip[2] = 0; ip[3] = FRAME_LEN - 14;
    ip[6] = 0x40; ip[8] = 64; ip[9] = 17;
    ip[12] = 10; ip[13] = 0; ip[14] = 0; ip[15] = 1;
    ip[16] = 10; ip[17] = 0; ip[18] = 0; ip[19] = 2;
    uint16_t c = ip_checksum(ip, 20);
    ip[10] = (unsigned char)(c >> 8); ip[11] = (unsigned char)c;
    udp[0] = 20000 >> 8; udp[1] = 20000 & 0xff;
    udp[2] = 20001 >> 8; udp[3] = 20001 & 0xff;
    udp[4] = 0; udp[5] = FRAME_LEN - 34; /* checksum 0: none */
    memset(udp + 8, 'x', FRAME_LEN - 42);

    struct iovec iov = {frame, sizeof frame};
    struct mmsghdr msgs[BATCH];
    memset(msgs, 0, sizeof msgs);
    for (int i = 0; i < BATCH; i++) {
        msgs[i].msg_hdr.msg_iov = &iov;
        msgs[i].msg_hdr.msg_iovlen = 1;
    }

    long long sent = 0, errors = 0;
    double start = now(), deadline = start + max_seconds, end = start;
    while (sent < count) {
        long long left = count - sent;
        int want = left < BATCH ? (int)left : BATCH;
        int n = sendmmsg(fd, msgs, (unsigned)want, 0);
        if (n > 0) {
            sent += n;
        } else if (n < 0 && (errno == ENOBUFS || errno == EAGAIN || errno == EINTR)) {
            errors++;
            sched_yield();
        } else if (n < 0) {
            perror("flood: sendmmsg");
            break;
        }
        end = now();
        if (end >= deadline) break;
    }
    end = now();
    printf("sent %lld frames in %.6f s\n", sent, end - start);
    if (errors) fprintf(stderr, "flood: %lld sendmmsg calls failed with ENOBUFS/EAGAIN\n", errors);
    close(fd);
    return sent > 0 ? 0 : 1;
}
