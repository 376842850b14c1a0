// Status and StatusOr: how every fallible operation in dyad reports failure.
//
// The core never throws. A function that can fail returns a Status (or a StatusOr<T> when it also
// produces a value). Messages name the input and the place, e.g.
//   "data/verbs.txt:120: pattern has no code in [...]".
//
// Usage:
//   StatusOr<Dictionary> dict = Dictionary::Load(path);
//   if (!dict.ok()) return dict.status();
//   Use(*dict);
//
// Status is cheap to copy when OK (no allocation). Thread-compatible.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "dyad/export.h"

namespace dyad {

class DYAD_EXPORT Status {
 public:
  enum class Code { kOk = 0, kInvalidArgument, kNotFound, kIOError, kCorruption, kInternal };

  Status() = default;  // OK.

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string_view msg) { return {Code::kInvalidArgument, msg}; }
  static Status NotFound(std::string_view msg) { return {Code::kNotFound, msg}; }
  static Status IOError(std::string_view msg) { return {Code::kIOError, msg}; }
  static Status Corruption(std::string_view msg) { return {Code::kCorruption, msg}; }
  static Status Internal(std::string_view msg) { return {Code::kInternal, msg}; }

  bool ok() const { return rep_ == nullptr; }
  Code code() const { return rep_ ? rep_->code : Code::kOk; }
  bool IsInvalidArgument() const { return code() == Code::kInvalidArgument; }
  bool IsNotFound() const { return code() == Code::kNotFound; }
  bool IsIOError() const { return code() == Code::kIOError; }
  bool IsCorruption() const { return code() == Code::kCorruption; }

  // The message alone ("" when OK).
  const std::string& message() const;
  // "OK", or the code's name, ": ", and the message.
  std::string ToString() const;

  // Returns a copy whose message is `prefix` + ": " + message. OK stays OK.
  Status WithContext(std::string_view prefix) const;

 private:
  struct Rep {
    Code code;
    std::string message;
  };
  Status(Code code, std::string_view msg)
      : rep_(std::make_shared<const Rep>(Rep{code, std::string(msg)})) {}

  std::shared_ptr<const Rep> rep_;  // Null when OK; immutable, so sharing copies is safe.
};

// A value or the Status that explains why there is none.
// REQUIRES: a StatusOr built from a Status is built from a non-OK one.
template <typename T>
class StatusOr {
 public:
  StatusOr(const Status& status) : status_(status) {}                 // NOLINT: implicit on purpose
  StatusOr(T value) : value_(std::move(value)) {}                     // NOLINT: implicit on purpose

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok().
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }
  T&& operator*() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace dyad

#endif  // DYAD_STATUS_H_
