/* The baseline for the tapsniff live benchmark (issue 8): the least a TAP reader can do.
 *
 * usage: bare_read IFNAME [--hold]
 *
 * Creates (or attaches to) the TAP device IFNAME (IFF_TAP | IFF_NO_PI), prints "ready"
 * on stdout once TUNSETIFF succeeded, then reads frames with blocking read(2) into a
 * 64 KiB buffer and counts them until SIGINT or SIGTERM.  Then it prints
 *   N frames, M bytes
 * With --hold it only keeps the device attached (carrier on) and reads nothing.
 * Bringing the device up and giving it an address is left to the caller (ip).
 * Build: cc -O2 -o bare_read bare_read.c
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static volatile sig_atomic_t stop;
static void on_signal(int sig) { (void)sig; stop = 1; }

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3 || (argc == 3 && strcmp(argv[2], "--hold") != 0) || strlen(argv[1]) >= IFNAMSIZ) {
        fprintf(stderr, "usage: %s IFNAME [--hold]\n", argv[0]);
        return 2;
    }
    int hold = argc == 3;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal; /* no SA_RESTART: a blocked read returns EINTR */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    int fd = open("/dev/net/tun", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        perror("bare_read: /dev/net/tun");
        return 1;
    }
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    ifr.ifr_flags = IFF_TAP | IFF_NO_PI;
    strncpy(ifr.ifr_name, argv[1], IFNAMSIZ - 1);
    if (ioctl(fd, TUNSETIFF, &ifr) < 0) {
        perror("bare_read: TUNSETIFF");
        return 1;
    }
    printf("ready\n");
    fflush(stdout);

    if (hold) {
        while (!stop) pause();
        close(fd);
        return 0;
    }

    static unsigned char buf[65536];
    unsigned long long frames = 0, bytes = 0;
    while (!stop) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0) {
            frames++;
            bytes += (unsigned long long)n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            perror("bare_read: read");
            break;
        }
    }
    printf("%llu frames, %llu bytes\n", frames, bytes);
    close(fd);
    return 0;
}
