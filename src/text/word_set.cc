#include "text/word_set.h"

#include "base/file.h"
#include "base/status_macros.h"
#include "base/string_util.h"

namespace dyad::text {

StatusOr<WordSet> WordSet::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::string contents, ReadFile(path));
  return Parse(contents);
}

WordSet WordSet::Parse(std::string_view contents) {
  WordSet result;
  for (std::string_view raw : Split(contents, '\n')) {
    std::string_view line = Trim(raw);
    if (!line.empty() && line[0] != '#') result.Add(line);
  }
  return result;
}

void WordSet::Add(std::string_view word) { words_.insert(AsciiLower(word)); }

}  // namespace dyad::text
