// Errors as values: a message that says what failed and what to do, and the exit code it maps to.
#pragma once

#include <string>
#include <system_error>
#include <utility>
#include <variant>

namespace tapsniff {

// Exit codes of the contract (README "Exit status", tapsniff(8)).
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntime = 1;
inline constexpr int kExitUsage = 2;

struct Error {
    std::string message;  // one line, no "tapsniff: " prefix (main adds it)
    int exit_code = kExitRuntime;
};

// A value or an Error; a small stand-in for C++23 std::expected.
template <class T>
class Result {
public:
    Result(T value) : state_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(state_); }
    const T& value() const { return std::get<T>(state_); }
    const Error& error() const { return std::get<Error>(state_); }

private:
    std::variant<T, Error> state_;
};

// strerror's text for an errno value ("No such file or directory"), for the end of a message.
inline std::string errno_text(int err) { return std::generic_category().message(err); }

// For calls that return nothing but can fail.
using Status = Result<std::monostate>;
inline Status ok_status() { return Status(std::monostate{}); }

}  // namespace tapsniff
