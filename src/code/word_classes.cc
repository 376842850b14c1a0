#include "code/word_classes.h"

#include "base/file.h"
#include "base/string_util.h"

namespace dyad::code {
namespace {

constexpr std::pair<const char*, WordClass> kNames[] = {
    {"negation", WordClass::kNegation},       {"auxiliary", WordClass::kAuxiliary},
    {"adverb", WordClass::kAdverb},           {"be", WordClass::kBe},
    {"modal", WordClass::kModal},             {"intent", WordClass::kIntent},
    {"determiner", WordClass::kDeterminer},   {"np_link", WordClass::kNpLink},
    {"coordinator", WordClass::kCoordinator}, {"boundary", WordClass::kBoundary},
    {"person_pronoun", WordClass::kPersonPronoun}, {"speech", WordClass::kSpeech},
    {"caps_only", WordClass::kCapsOnly},
    {"subject_pronoun", WordClass::kSubjectPronoun},
    {"locative", WordClass::kLocative},
    {"obligation", WordClass::kObligation},
    {"verb_cue", WordClass::kVerbCue},
    {"direction", WordClass::kDirection},
    {"acceptance", WordClass::kAcceptance},
    {"failure", WordClass::kFailure},
    {"condition", WordClass::kCondition},
    {"hypothesis", WordClass::kHypothesis},
    {"act_noun", WordClass::kActNoun},
    {"adjective_cue", WordClass::kAdjectiveCue},
    {"noun_clause_mark", WordClass::kNounClauseMark},
    {"speculation", WordClass::kSpeculation},
};

}  // namespace

StatusOr<WordClasses> WordClasses::Parse(std::string_view contents, std::string_view file) {
  WordClasses classes;
  int line_no = 0;
  for (std::string_view line : Split(contents, '\n')) {
    ++line_no;
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    size_t colon = line.find(':');
    std::string where = std::string(file) + ":" + std::to_string(line_no);
    if (colon == std::string_view::npos) {
      return Status::InvalidArgument(where + ": expected 'class: words', got '" +
                                     std::string(line) + "'");
    }
    std::string_view name = Trim(line.substr(0, colon));
    const WordClass* cls = nullptr;
    for (const auto& [n, c] : kNames) {
      if (name == n) cls = &c;
    }
    if (!cls) return Status::InvalidArgument(where + ": unknown word class '" + std::string(name) + "'");
    for (std::string_view w : Split(line.substr(colon + 1), ' ')) {
      w = Trim(w);
      if (!w.empty()) classes.sets_[static_cast<size_t>(*cls)].insert(AsciiLower(w));
    }
  }
  return classes;
}

StatusOr<WordClasses> WordClasses::Load(const std::string& path) {
  StatusOr<std::string> contents = ReadFile(path);
  if (!contents.ok()) return contents.status();
  return Parse(*contents, path);
}

}  // namespace dyad::code
