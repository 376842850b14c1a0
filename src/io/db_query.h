// Reading back a dyad SQLite database for people: what `make demo` prints.
#ifndef DYAD_IO_DB_QUERY_H_
#define DYAD_IO_DB_QUERY_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::io {

// Prints the events stored in the database at `db_path` (opened read-only) to `out` as a
// fixed-width table, in the order they were written, one line per event: date, doc id, source
// and target codes, CAMEO code, Goldstein score, the evidence words (up to 40 characters) and the
// sentence (up to 60 characters). Longer values are cut on a character boundary and end in "…".
// Prints at most `limit` events (all when `limit` <= 0), then a line with the counts.
Status PrintEventTable(const std::string& db_path, std::FILE* out, int limit);

// Pads or cuts `text` to exactly `width` characters (UTF-8 code points), replacing line breaks
// and tabs by spaces. A cut value ends in "…".
std::string FitColumn(std::string_view text, size_t width);

}  // namespace dyad::io

#endif  // DYAD_IO_DB_QUERY_H_
