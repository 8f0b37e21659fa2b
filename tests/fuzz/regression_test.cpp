// Runs every committed fuzz input (the seed corpus and each crash the fuzzer ever found)
// through the fuzz target's path, so the normal and sanitizer test builds replay them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "fuzz/fuzz_decode.cpp"  // NOLINT(bugprone-suspicious-include): the target itself

namespace {

std::vector<std::filesystem::path> inputs(const char* folder) {
    std::vector<std::filesystem::path> files;
    std::filesystem::path dir = std::filesystem::path(TAPSNIFF_SOURCE_DIR) / "tests/fuzz" / folder;
    if (!std::filesystem::exists(dir)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
    return files;
}

void replay(const char* folder) {
    auto files = inputs(folder);
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        SCOPED_TRACE(file.string());
        EXPECT_EQ(LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()), 0);
    }
    ::testing::Test::RecordProperty("inputs", static_cast<int>(files.size()));
}

}  // namespace

// The corpus holds what libFuzzer kept and, named crash-*, every input that ever crashed a
// decoder (scripts/fuzz.sh copies them in); all of them must run clean under ASan+UBSan.
TEST(FuzzRegression, SeedCorpusRunsClean) {
    ASSERT_GT(inputs("corpus").size(), 100U) << "the seed corpus is missing";
    replay("corpus");
}
