// Closed word classes the coder reads clause structure with (negation, auxiliaries, modals,
// determiners, clause boundaries ...). They are data: data/text/word_classes.txt.
#ifndef DYAD_CODE_WORD_CLASSES_H_
#define DYAD_CODE_WORD_CLASSES_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dyad/status.h"
#include "match/phrase_table.h"

namespace dyad::code {

enum class WordClass : uint8_t {
  kNegation,
  kAuxiliary,
  kAdverb,
  kBe,
  kModal,
  kIntent,
  kDeterminer,
  kNpLink,
  kCoordinator,
  kBoundary,
  kPersonPronoun,
  kSpeech,
  kCapsOnly,
  kSubjectPronoun,
  kLocative,
  kObligation,
  kVerbCue,
  kDirection,
  kAcceptance,
  kFailure,
  kCondition,
  kSpeculation,
  kHypothesis,
  kActNoun,
  kAdjectiveCue,
  kNounClauseMark,
  kCount,
};

// Immutable after loading; safe for concurrent reads.
class WordClasses {
 public:
  // Parses the file format described in data/text/word_classes.txt. Unknown class names and
  // lines without "name:" are errors naming the file and line.
  static StatusOr<WordClasses> Parse(std::string_view contents, std::string_view file);
  static StatusOr<WordClasses> Load(const std::string& path);

  bool Is(WordClass c, std::string_view word) const {
    return sets_[static_cast<size_t>(c)].count(word) > 0;
  }

 private:
  using Set = std::unordered_set<std::string, match::StringHash, std::equal_to<>>;
  Set sets_[static_cast<size_t>(WordClass::kCount)];
};

}  // namespace dyad::code

#endif  // DYAD_CODE_WORD_CLASSES_H_
