// Listing the article files under a directory.
#ifndef DYAD_IO_DIR_WALK_H_
#define DYAD_IO_DIR_WALK_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::io {

// A file found by WalkDirectory, or a place where the walk could not go on.
struct WalkEntry {
  std::string path;      // The root joined with `relative`: what to open or report.
  std::string relative;  // Path below the root, "sub/a.txt".
  std::string error;     // Non-empty when `path` could not be listed or inspected.
};

// Returns the files under directory `root` that have an article extension
// (HasArticleExtension), depth first, each directory's entries in byte order of their names.
// Names starting with '.' are skipped. Symbolic links are followed, but each directory is read
// at most once (by device and inode), so link loops end. Entries that are neither regular files
// nor directories are skipped.
std::vector<WalkEntry> WalkDirectory(const std::string& root);

// True for the names a directory walk reads: *.txt, *.text, *.jsonl, *.ndjson, *.json, each
// optionally followed by ".gz".
bool HasArticleExtension(std::string_view name);

// True for JSON Lines names: *.jsonl, *.ndjson, *.json, optionally followed by ".gz".
bool IsJsonLinesName(std::string_view name);

}  // namespace dyad::io

#endif  // DYAD_IO_DIR_WALK_H_
