// Calendar dates as dyad stores them: "YYYY-MM-DD" (proleptic Gregorian, years 0001-9999).
#ifndef DYAD_IO_DATE_H_
#define DYAD_IO_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace dyad::io {

// Returns true when `yyyy_mm_dd` is exactly ten characters "YYYY-MM-DD" naming a real day
// (so "2020-02-29" is valid and "2018-02-30" or "2018-13-01" are not).
bool IsValidDate(std::string_view yyyy_mm_dd);

// Accepts a date or an ISO 8601 timestamp that starts with one ("2018-05-04T10:00:00Z",
// "2018-05-04 10:00") and returns its "YYYY-MM-DD" part, or nullopt when `text` does not start
// with a valid date or the date is followed by something other than 'T' or ' '.
std::optional<std::string> DateFromTimestamp(std::string_view text);

}  // namespace dyad::io

#endif  // DYAD_IO_DATE_H_
