// The code stage: for each event verb of a sentence, its source and target among the
// sentence's mentions, and its CAMEO code from the verb's patterns.
//
// Sentences with two actors and an event verb are parsed, and the tree gives source and target
// (tree_roles.h); a parsed subject with no actor in it leaves the verb without a source. Other
// sentences, and verbs the tree says nothing about, are read from word order and closed word
// classes (TABARI's way, extended): the nearest actor before the verb is the source (a place
// after "in" is not); the first actor after it is the target; "was attacked by X" swaps them;
// "X urged Y to ..." makes Y the target of the appeal and the subject of what follows. Either
// way a negation cancels the verb; "will" and "wants to" turn an act into an intention
// (data/cameo/intent.tsv); verbs of saying carry reported speech and code nothing themselves;
// compound actors code one event per member; a person is never their own target. Verbs that
// report no act code nothing: in an "if" clause, in a clause of a noun ("the power to detain",
// "rumours that"), or read as a noun on the parse ("gas monopoly").
#ifndef DYAD_CODE_CODER_H_
#define DYAD_CODE_CODER_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "code/mentions.h"
#include "code/tree_roles.h"
#include "code/verbs.h"
#include "code/word_classes.h"
#include "match/lexicon.h"
#include "text/token.h"

namespace dyad::code {

struct CodedEvent {
  uint32_t sentence = 0;
  Mention source;
  Mention target;                 // target.code is "" when the event has no target.
  std::string cameo;
  std::vector<uint32_t> trigger;  // Token indices of the verb and the pattern words.
  std::string rule;               // Why: the construction and the pattern.
  std::vector<std::string> issues;
};

// What `dyad explain` prints: one line per decision. Null when nobody asked.
using Trace = std::vector<std::string>;

// Fills one TreeWord per token of a sentence (the syntax stage). `text` is the article body the
// token spans index. Must be safe to call from several threads at once.
using SentenceParser = std::function<void(std::string_view text, const text::Sentence& sentence,
                                          std::vector<TreeWord>* words)>;

struct CoderOptions {
  bool code_statements = false;  // Also emit 010 "make statement" for verbs of saying.
  // An article with this many sentences holding a discard phrase is not coded at all.
  int discard_article_after = 3;
  // When set, sentences with an actor and an event verb are parsed and roles come from the
  // tree first, word order second. Unset: word order only.
  SentenceParser parser;
};

// Stateless and thread-safe: everything an article needs lives in its ArticleContext.
class Coder {
 public:
  // All pointers must outlive the coder. `intent` maps a root ("04") to its intention ("036").
  // `constructions` maps a construction ("reported_obligation") to its code.
  Coder(const match::Lexicon* lexicon, const WordClasses* words,
        const std::unordered_map<std::string, std::string>* intent,
        const std::unordered_map<std::string, std::string>* constructions,
        CoderOptions options = {});

  // Codes the sentences of one article in order; appends to *events. Returns "" or, when a
  // whole-article discard phrase matched, the reason the article is not coded (and no events).
  // `body` is the text the sentences' spans index.
  std::string CodeArticle(const std::vector<text::Sentence>& sentences, std::string_view body,
                          int32_t date, std::vector<CodedEvent>* events,
                          Trace* trace = nullptr) const;

 private:
  struct Clause;
  struct Roles;
  struct VerbState;
  struct SentenceWork;
  uint32_t HeadWord(const VerbHit& hit) const;
  int32_t Governor(const SentenceWork& w, size_t h, const Clause& c) const;
  void FindRoles(const SentenceWork& w, size_t h, const Clause& c, int32_t governor,
                 Roles* r) const;
  int32_t CoordinatedSubject(const SentenceWork& w, size_t h, const Clause& c) const;
  bool ComplementOfDemand(const SentenceWork& w, size_t h, const Roles& r) const;
  void CodeVerb(SentenceWork* w, size_t h) const;
  void Emit(SentenceWork* w, const Roles& r, const std::string& cameo,
            const std::vector<uint32_t>& trigger, const std::string& rule) const;
  std::string Discarded(const text::Sentence& s, bool* whole_article) const;
  std::vector<std::string> Issues(const text::Sentence& s) const;
  void CodeSentence(const text::Sentence& s, std::string_view body, uint32_t index,
                    ArticleContext* ctx,
                    std::vector<CodedEvent>* events, Trace* trace) const;
  void DropModifierRoles(SentenceWork* w) const;
  bool AnyEventVerb(const SentenceWork& w) const;
  void ReadClause(const text::Sentence& s, const VerbHit& hit, Clause* c) const;
  int32_t FindSource(const text::Sentence& s, const VerbHit& hit, const std::vector<Mention>& ms,
                     const std::vector<int32_t>& mention_at) const;
  int32_t AppositionHead(const text::Sentence& s, const VerbHit& hit, int32_t m,
                         const std::vector<Mention>& ms,
                         const std::vector<int32_t>& mention_ending) const;
  bool NegatedAcceptance(const match::VerbInfo& verb, const std::string& cameo,
                         std::string* code) const;
  bool Conditional(const text::Sentence& s, const VerbHit& hit) const;
  bool Hypothetical(const SentenceWork& w, const VerbHit& hit) const;
  bool NounClause(const SentenceWork& w, const VerbHit& hit) const;
  bool HasMark(const SentenceWork& w, int v, WordClass c) const;
  bool NounModifier(const SentenceWork& w, const VerbHit& hit) const;
  bool IsPronoun(const text::Sentence& s, const Mention& m) const;
  bool InPlacePhrase(const text::Sentence& s, const Mention& m) const;
  bool TrailingSpeaker(const text::Sentence& s, const Mention& m) const;
  bool Reciprocal(const SentenceWork& w, int32_t source, const std::string& cameo) const;
  int32_t AntecedentIfRelative(const text::Sentence& s, int32_t m, const std::vector<Mention>& ms,
                               const std::vector<int32_t>& mention_ending) const;
  int32_t FindTarget(const text::Sentence& s, uint32_t from, uint32_t limit,
                     const std::vector<Mention>& ms, uint32_t source_group) const;
  uint32_t ClauseLimit(const text::Sentence& s, const VerbHit& hit,
                       const std::vector<VerbHit>& hits, size_t index) const;
  std::string IntentCode(const std::string& cameo) const;

  const match::Lexicon* lexicon_;
  const WordClasses* words_;
  const std::unordered_map<std::string, std::string>* intent_;
  const std::unordered_map<std::string, std::string>* constructions_;
  CoderOptions options_;
  MentionFinder mentions_;
  VerbMatcher verbs_;
};

}  // namespace dyad::code

#endif  // DYAD_CODE_CODER_H_
