// One event as a row of the GDELT 2.0 events table (see doc/output_formats.md for the columns).
#ifndef DYAD_IO_GDELT_ROW_H_
#define DYAD_IO_GDELT_ROW_H_

#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>

#include "dyad/event.h"

namespace dyad::io {

inline constexpr int kGdeltColumns = 61;

// Returns the 61 tab-separated fields of `event` (no newline). `event_id` is GLOBALEVENTID and
// `date_added` the DATEADDED value. Tabs and line breaks inside text become spaces.
std::string GdeltRow(const Article& article, const ArticleResult& result, const Event& event,
                     int64_t event_id, std::string_view date_added);

// `when` as YYYYMMDDHHMMSS in UTC, the DATEADDED format.
std::string GdeltTimestamp(std::time_t when);

}  // namespace dyad::io

#endif  // DYAD_IO_GDELT_ROW_H_
