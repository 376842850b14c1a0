#include "syntax/conllu.h"

#include <charconv>

#include "base/file.h"
#include "base/status_macros.h"
#include "base/string_util.h"

namespace dyad::syntax {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

Status LineError(std::string_view name, int line, std::string_view what) {
  return Status::Corruption(std::string(name) + ":" + std::to_string(line) + ": " +
                            std::string(what));
}

// Handles one comment line; only the text and paragraph markers matter.
void ReadComment(std::string_view line, ConlluSentence* sentence) {
  if (StartsWith(line, "# text = ")) {
    sentence->text = std::string(line.substr(9));
  } else if (StartsWith(line, "# newpar") || StartsWith(line, "# newdoc")) {
    sentence->new_paragraph = true;
  }
}

// Handles one 10-column line: a word, a multiword range, or an empty node (skipped).
Status ReadWordLine(std::string_view line, std::string_view name, int line_no,
                    ConlluSentence* sentence) {
  std::vector<std::string_view> cols = Split(line, '\t');
  if (cols.size() != 10) return LineError(name, line_no, "expected 10 tab-separated columns");
  std::string_view id = cols[0];
  if (id.find('.') != std::string_view::npos) return Status::Ok();  // Empty node.
  size_t dash = id.find('-');
  if (dash != std::string_view::npos) {
    ConlluMultiword mwt;
    if (!ParseInt(id.substr(0, dash), &mwt.first) || !ParseInt(id.substr(dash + 1), &mwt.last) ||
        mwt.last < mwt.first) {
      return LineError(name, line_no, "bad multiword token range '" + std::string(id) + "'");
    }
    mwt.form = std::string(cols[1]);
    sentence->multiwords.push_back(std::move(mwt));
    return Status::Ok();
  }
  int n = 0;
  if (!ParseInt(id, &n) || n != static_cast<int>(sentence->words.size()) + 1) {
    return LineError(name, line_no, "word ID '" + std::string(id) + "' out of sequence");
  }
  ConlluWord word{std::string(cols[1]), std::string(cols[2]), std::string(cols[3]),
                  std::string(cols[4]), 0, std::string(cols[7])};
  if (cols[6] != "_" && !ParseInt(cols[6], &word.head)) {
    return LineError(name, line_no, "bad HEAD '" + std::string(cols[6]) + "'");
  }
  sentence->words.push_back(std::move(word));
  return Status::Ok();
}

Status CheckHeads(const ConlluSentence& s, std::string_view name, int line_no) {
  for (const ConlluWord& w : s.words) {
    if (w.head < 0 || w.head > static_cast<int>(s.words.size())) {
      return LineError(name, line_no, "HEAD outside the sentence");
    }
  }
  for (const ConlluMultiword& m : s.multiwords) {
    if (m.last > static_cast<int>(s.words.size())) {
      return LineError(name, line_no, "multiword token beyond the last word");
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<std::vector<ConlluSentence>> ParseConllu(std::string_view contents,
                                                  std::string_view name) {
  std::vector<ConlluSentence> out;
  ConlluSentence current;
  int line_no = 0;
  auto finish = [&]() -> Status {
    if (!current.words.empty()) {
      RETURN_IF_ERROR(CheckHeads(current, name, line_no));
      out.push_back(std::move(current));
    }
    current = ConlluSentence();
    return Status::Ok();
  };
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t eol = contents.find('\n', pos);
    if (eol == std::string_view::npos) eol = contents.size();
    std::string_view line = contents.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      RETURN_IF_ERROR(finish());
    } else if (line[0] == '#') {
      ReadComment(line, &current);
    } else {
      RETURN_IF_ERROR(ReadWordLine(line, name, line_no, &current));
    }
  }
  RETURN_IF_ERROR(finish());
  return out;
}

StatusOr<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  ASSIGN_OR_RETURN(std::string contents, ReadFile(path));
  return ParseConllu(contents, path);
}

std::string_view UniversalRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

}  // namespace dyad::syntax
