// For tests: a Lexicon built from the text of one verbs file.
#ifndef DYAD_MATCH_LEXICON_TESTING_H_
#define DYAD_MATCH_LEXICON_TESTING_H_

#include <memory>
#include <string_view>
#include <vector>

#include "dict/sources.h"
#include "match/lexicon.h"

namespace dyad::match {

inline StatusOr<std::unique_ptr<Lexicon>> LexiconFromVerbs(std::string_view verbs) {
  dict::DictionarySources sources;
  dict::AddSource(verbs, "test.verbs", dict::SourceKind::kVerbs, &sources);
  std::vector<dict::Diagnostic> warnings;
  return Lexicon::Build(sources, &warnings);
}

}  // namespace dyad::match

#endif  // DYAD_MATCH_LEXICON_TESTING_H_
