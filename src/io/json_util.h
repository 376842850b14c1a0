// Small JSON writing helpers shared by the writers.
#ifndef DYAD_IO_JSON_UTIL_H_
#define DYAD_IO_JSON_UTIL_H_

#include <string>
#include <string_view>

namespace dyad::io {

// Appends `s` as a quoted JSON string. Invalid UTF-8 (which should not reach a writer) is
// replaced by U+FFFD so the output is always valid JSON.
void AppendJsonString(std::string_view s, std::string* out);

// Appends `value` in the shortest form that reads back to the same double ("3.4", "-10");
// NaN and infinities, which JSON cannot express, become null.
void AppendJsonNumber(double value, std::string* out);

// The shortest decimal text that reads back to `value` ("3.4", "-10", "nan").
std::string FormatDouble(double value);

}  // namespace dyad::io

#endif  // DYAD_IO_JSON_UTIL_H_
