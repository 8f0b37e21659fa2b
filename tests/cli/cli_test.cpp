// Unit tests for parse_command_line: the Plan a command line becomes, and its errors in our words.
#include "tapsniff/cli.hpp"

#include <sys/socket.h>

#include <initializer_list>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace tapsniff {
namespace {

Result<CommandLine> parse(std::initializer_list<const char*> args) {
    std::vector<const char*> argv{"tapsniff"};
    argv.insert(argv.end(), args.begin(), args.end());
    return parse_command_line(static_cast<int>(argv.size()), argv.data());
}

// The usage error's message, or "" (with a test failure) when it parsed.
std::string usage_error(std::initializer_list<const char*> args) {
    auto r = parse(args);
    if (r.ok()) {
        ADD_FAILURE() << "parsed, want a usage error";
        return "";
    }
    EXPECT_EQ(r.error().exit_code, kExitUsage) << r.error().message;
    return r.error().message;
}

TEST(Cli, DeviceCommandLineBecomesAPlan) {
    auto r = parse({"-i", "tap5", "-a", "10.0.0.1/24", "--address=fd00::1/64", "--mtu", "1400", "--persist", "--owner",
                    "0", "--group", "0", "-Z", "0", "--respond", "10.0.0.2", "-c", "5", "-t", "epoch", "--color",
                    "never", "arp", "or", "icmp"});
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_TRUE(r.value().plan);
    const Plan& p = *r.value().plan;
    EXPECT_TRUE(p.live());
    EXPECT_EQ(p.device.name, "tap5");
    ASSERT_EQ(p.device.addresses.size(), 2U);
    EXPECT_EQ(p.device.addresses[0].family, AF_INET);
    EXPECT_EQ(p.device.addresses[1].family, AF_INET6);
    EXPECT_TRUE(p.device.up);  // implied by -a
    EXPECT_EQ(p.device.mtu, 1400);
    EXPECT_TRUE(p.device.persist);
    EXPECT_EQ(p.device.owner, 0U);
    EXPECT_EQ(p.device.group, 0U);
    ASSERT_TRUE(p.drop_to);
    EXPECT_EQ(p.drop_to->uid, 0U);
    ASSERT_EQ(p.neighbors.size(), 1U);
    EXPECT_EQ(p.count, 5U);
    EXPECT_EQ(p.output.time_mode, TimeMode::epoch);
    EXPECT_EQ(p.output.color, ColorWhen::never);
    EXPECT_TRUE(p.output.print);
    EXPECT_EQ(p.filter, "arp or icmp");
    EXPECT_TRUE(p.warnings.empty());
}

TEST(Cli, WriteToStdoutPrintsNothing) {
    auto r = parse({"-r", "x.pcap", "-w", "-"});
    ASSERT_TRUE(r.ok()) << r.error().message;
    const Plan& p = *r.value().plan;
    EXPECT_FALSE(p.live());
    EXPECT_FALSE(p.output.print);
    EXPECT_EQ(p.write_file, "-");
}

TEST(Cli, HelpAndVersionAreTextForStdout) {
    auto help = parse({"--help"});
    ASSERT_TRUE(help.ok());
    EXPECT_FALSE(help.value().plan);
    EXPECT_NE(help.value().print_and_exit.find("--interface"), std::string::npos);
    auto version = parse({"-V"});
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(version.value().print_and_exit.rfind("tapsniff ", 0), 0U);
}

TEST(Cli, AnAddressWithoutPrefixWarns) {
    auto r = parse({"-a", "10.0.0.1"});
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r.value().plan->warnings.size(), 1U);
    EXPECT_NE(r.value().plan->warnings[0].find("-a 10.0.0.1 has no prefix length"), std::string::npos);
}

TEST(Cli, TheSameNeighbourTwiceIsOne) {
    auto r = parse({"--respond", "10.0.0.2", "--respond", "10.0.0.2=02:00:0a:00:00:02"});
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r.value().plan->neighbors.size(), 1U);
}

TEST(Cli, ErrorsNameTheOptionAsTypedAndWhatItTakes) {
    EXPECT_EQ(usage_error({"-c", "abc"}), "-c: 'abc' is not a count (a whole number ≥ 1)");
    EXPECT_EQ(usage_error({"--count", "0"}), "--count: '0' is not a count (a whole number ≥ 1)");
    EXPECT_EQ(usage_error({"-c18446744073709551616"}),
              "-c: '18446744073709551616' is not a count (a whole number ≥ 1)");
    EXPECT_EQ(usage_error({"--mtu", "67"}), "--mtu: '67' is not an MTU (a whole number from 68 to 65535)");
    EXPECT_EQ(usage_error({"-t"}), "-t: missing value; give a time mode (abs, epoch, rel, delta or none)");
    EXPECT_EQ(usage_error({"--bogus"}), "--bogus: unknown option (tapsniff --help lists the options)");
    EXPECT_EQ(usage_error({"--json=1"}), "--json: takes no value (got '1')");
    EXPECT_EQ(usage_error({"-w", "a", "-w", "b"}), "-w: given twice ('a' and 'b'); give it once");
    EXPECT_EQ(usage_error({"-i", "."}),
              "-i: '.' is not an interface name (1-15 bytes without '/', ':' or white space, not '.' or '..')");
}

TEST(Cli, OptionsThatWouldDoNothingAreErrors) {
    EXPECT_EQ(usage_error({"-r", "f", "--no-print"}),
              "--no-print: saves frames without printing them, so it needs -w FILE (or leave it out)");
    EXPECT_EQ(usage_error({"-r", "f", "-w", "-", "--color", "always"}),
              "--color: nothing is printed with -w - (the pcap stream owns stdout), so it has no effect; leave one "
              "of them out");
    EXPECT_EQ(usage_error({"--group", "0"}), "--group: only a persistent device keeps an owner or group; add --persist");
    EXPECT_EQ(usage_error({"-r", "f", "--persist"}),
              "--persist: works on a device, so it cannot be combined with -r (reading a file)");
    EXPECT_EQ(usage_error({"-a", "fd00::1/64", "--respond", "fd00::1"}),
              "--respond fd00::1: that is the device's own address (-a fd00::1/64); the neighbour needs another "
              "address on the subnet");
}

}  // namespace
}  // namespace tapsniff
