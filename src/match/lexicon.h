// The compiled dictionaries: everything the recognise stage looks up, built once from the
// dictionary sources and then shared read-only by every thread.
//
// Usage:
//   std::vector<dict::Diagnostic> warnings;
//   StatusOr<std::unique_ptr<Lexicon>> lex = Lexicon::Build(sources, &warnings);
//   PhraseTable::Match m = (*lex)->actors().LongestAt(tokens, i);
//   const ActorInfo& actor = (*lex)->actor(m.payload);
//
// Thread-safe after Build: all accessors are const.
#ifndef DYAD_MATCH_LEXICON_H_
#define DYAD_MATCH_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dict/source.h"
#include "dict/sources.h"
#include "dyad/status.h"
#include "match/phrase_table.h"

namespace dyad::match {

// One actor record: a country, organisation, group or person.
struct ActorInfo {
  std::string name;          // The primary phrase, for display.
  std::string default_code;  // May be "".
  std::vector<dict::DatedCode> dated;
  bool is_person = false;    // Has dated roles: titles, surnames and pronouns can refer to it.
  std::string surname;       // For persons: the last word of the primary phrase.

  // The code in force on `date` (YYYYMMDD). `date` 0 means unknown: the most recent role is
  // used. Returns "" when no role applies and there is no default.
  std::string CodeAt(int32_t date) const;
};

// One agent (role noun): "president" -> GOV, appended to the country code ("FRA" + "GOV").
struct AgentInfo {
  std::string code;
  bool prefix = false;  // "NGO~": goes before the country code.
};

// How a verb form relates to its lemma; used to recognise passives and infinitives.
// kNounlike is a base or third-person form of a verb whose dictionary entry heads with its past
// ("DEMANDED {DEMANDS DEMANDING DEMAND}"): the entry says the word is a common noun as often as
// a verb, so the coder takes it as a verb only where a noun cannot stand.
enum class VerbFormKind : uint8_t { kBase, kThirdPerson, kPast, kGerund, kNounlike };

// A compiled pattern item: a word (with its regular plural), a synset, or an actor marker.
struct CompiledItem {
  dict::PatternItem::Kind kind = dict::PatternItem::Kind::kWord;
  std::string word;
  std::string plural;
  uint32_t synset = 0;  // Index into Lexicon::synset(), for kSynset.
};

struct CompiledGroup {
  std::vector<CompiledItem> items;
  bool consecutive = false;
  bool prepositional = false;
  std::string relation;  // "@REL": checked on parsed sentences only (code/verbs.h).
};

struct CompiledPattern {
  std::vector<CompiledGroup> before;
  std::vector<CompiledGroup> after;
  std::string code;     // "---" suppresses the event.
  int specificity = 0;  // Items plus relations; the most specific matching pattern wins.
  std::string text;     // As written, for `dyad explain`.
};

struct VerbBlockInfo {
  std::string description;
  std::string code;  // "" when the bare verb codes nothing.
  std::vector<CompiledPattern> patterns;
};

struct VerbInfo {
  uint32_t block = 0;
  std::string lemma;  // The base form, space-joined.
  std::string code;   // Own code, else the block's; "" when the bare verb codes nothing.
  uint32_t head = 0;  // Index of the verb word within multi-word forms.
};

struct DiscardInfo {
  bool whole_article = false;
};

struct IssueInfo {
  std::string code;
  bool ignore = false;
};

class Lexicon {
 public:
  // Compiles `sources`. Entries that cannot be compiled (a duplicate phrase, a pattern naming an
  // unknown synset) are skipped with a warning appended to *warnings. Fails only when the
  // result would be unusable.
  static StatusOr<std::unique_ptr<Lexicon>> Build(const dict::DictionarySources& sources,
                                                  std::vector<dict::Diagnostic>* warnings);

  Lexicon(const Lexicon&) = delete;  // Large and shared by pointer; copies would be a mistake.
  Lexicon& operator=(const Lexicon&) = delete;

  const PhraseTable& actors() const { return actors_; }
  const PhraseTable& agents() const { return agents_; }
  const PhraseTable& verb_forms() const { return verb_forms_; }  // Payload: EncodeForm().
  const PhraseTable& discards() const { return discards_; }
  const PhraseTable& issues() const { return issues_; }
  const PhraseTable& synset(uint32_t i) const { return synsets_[i]; }

  const ActorInfo& actor(uint32_t i) const { return actor_info_[i]; }
  // People (actors with dated roles) whose primary phrase ends in `surname`, in dictionary order.
  const std::vector<uint32_t>& PeopleWithSurname(const std::string& surname) const;
  const AgentInfo& agent(uint32_t i) const { return agent_info_[i]; }
  const VerbInfo& verb(uint32_t i) const { return verb_info_[i]; }
  const VerbBlockInfo& block(uint32_t i) const { return blocks_[i]; }
  const DiscardInfo& discard(uint32_t i) const { return discard_info_[i]; }
  const IssueInfo& issue(uint32_t i) const { return issue_info_[i]; }

  // Verb-form payloads pack the verb index and the form kind.
  static constexpr uint32_t kFormKinds = 8;
  static uint32_t EncodeForm(uint32_t verb, VerbFormKind kind) {
    return verb * kFormKinds + static_cast<uint32_t>(kind);
  }
  static uint32_t FormVerb(uint32_t payload) { return payload / kFormKinds; }
  static VerbFormKind FormKind(uint32_t payload) {
    return static_cast<VerbFormKind>(payload % kFormKinds);
  }

  size_t actor_count() const { return actor_info_.size(); }
  size_t verb_count() const { return verb_info_.size(); }
  size_t pattern_count() const;

 private:
  Lexicon() = default;
  class Builder;

  PhraseTable actors_, agents_, verb_forms_, discards_, issues_;
  std::vector<PhraseTable> synsets_;
  std::vector<ActorInfo> actor_info_;
  std::unordered_map<std::string, std::vector<uint32_t>> people_by_surname_;
  std::vector<AgentInfo> agent_info_;
  std::vector<VerbInfo> verb_info_;
  std::vector<VerbBlockInfo> blocks_;
  std::vector<DiscardInfo> discard_info_;
  std::vector<IssueInfo> issue_info_;
};

// "20180424" from "2018-04-24"; 0 when `date` is empty or malformed.
int32_t DateToInt(std::string_view yyyy_mm_dd);

}  // namespace dyad::match

#endif  // DYAD_MATCH_LEXICON_H_
