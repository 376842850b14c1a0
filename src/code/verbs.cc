#include "code/verbs.h"

namespace dyad::code {
namespace {

// How far a prepositional group's noun may stand from its preposition ("for urgent new aid").
constexpr uint32_t kPrepositionReach = 4;
// How far after the verb its pattern's first group may start: the verb's object and its
// modifiers ("launched a series of missile strikes"), not a later clause.
constexpr uint32_t kFirstGroupReach = 8;
// A sentence with at least this share of capitalised words is a title-case headline.
constexpr double kTitleCaseShare = 0.6;

bool IsTitleCase(const text::Sentence& s) {
  size_t words = 0, capitalized = 0;
  for (const text::Token& t : s.tokens) {
    if (t.kind != text::TokenKind::kWord) continue;
    ++words;
    capitalized += t.capitalized;
  }
  return words > 0 && capitalized >= kTitleCaseShare * words;
}

using Kind = dict::PatternItem::Kind;

// How many links a group's head may sit below the verb's dependent: "dozens of rockets" (nmod),
// "rockets and mortars" (conj).
constexpr int kRelationDepth = 3;

// "obl" names obl and its subtypes (obl:tmod); "obl:agent" names only itself.
bool RelationMatches(std::string_view deprel, std::string_view relation) {
  if (deprel == relation) return true;
  return relation.find(':') == std::string_view::npos && deprel.size() > relation.size() &&
         deprel.substr(0, relation.size()) == relation && deprel[relation.size()] == ':';
}

// Whether tokens [begin, end) fill a dependent of tree.verb with `relation`: their head word (the
// first whose own head lies outside them) hangs from the verb by that relation, directly or
// through nmod and conj links ("fired dozens of rockets and mortars"). A word in a compound or
// other modifier of the dependent does not ("fired the rocket forces commander").
bool InRelation(const VerbTree& tree, uint32_t begin, uint32_t end, std::string_view relation) {
  const std::vector<TreeWord>& words = *tree.words;
  uint32_t t = end - 1;
  for (uint32_t k = begin; k < end; ++k) {
    int h = words[k].head - 1;
    if (h < static_cast<int>(begin) || h >= static_cast<int>(end)) {
      t = k;
      break;
    }
  }
  for (int depth = 0; depth <= kRelationDepth; ++depth) {
    int h = words[t].head - 1;
    if (h < 0) return false;
    if (static_cast<uint32_t>(h) == tree.verb) return RelationMatches(words[t].deprel, relation);
    if (!RelationMatches(words[t].deprel, "nmod") && !RelationMatches(words[t].deprel, "conj")) {
      return false;
    }
    t = static_cast<uint32_t>(h);
  }
  return false;
}

}  // namespace

// The state of one pattern attempt: where the last group ended and what it matched.
struct VerbMatcher::Cursor {
  uint32_t next = 0;  // First token after the last matched group.
  std::vector<uint32_t> tokens;
  int32_t target = -1;
  int32_t source = -1;
};

// A present-tense verb follows its subject (an actor or a pronoun), an auxiliary or "to", or
// starts the sentence; after a common noun it is a noun itself ("missile strikes").
bool VerbMatcher::CanPrecedePresent(const text::Sentence& s, uint32_t i,
                                    const std::vector<bool>& in_mention) const {
  while (i > 0 && words_->Is(WordClass::kAdverb, s.tokens[i - 1].norm)) --i;
  if (i == 0 || in_mention[i - 1]) return true;
  const text::Token& prev = s.tokens[i - 1];
  if (prev.kind == text::TokenKind::kQuote || prev.norm == "to" || prev.norm == ":") return true;
  for (WordClass c : {WordClass::kAuxiliary, WordClass::kModal, WordClass::kNegation,
                      WordClass::kBe, WordClass::kSubjectPronoun, WordClass::kCoordinator}) {
    if (words_->Is(c, prev.norm)) return true;
  }
  return false;
}

// Where a noun cannot stand: after a verb cue ("will demand", "they demand"). After an actor
// the word is as likely a noun ("US demands").
bool VerbMatcher::OnlyVerbCanFollow(const text::Sentence& s, uint32_t i) const {
  while (i > 0 && words_->Is(WordClass::kAdverb, s.tokens[i - 1].norm)) --i;
  return i > 0 && words_->Is(WordClass::kVerbCue, s.tokens[i - 1].norm);
}

std::vector<VerbHit> VerbMatcher::Find(const text::Sentence& s,
                                       const std::vector<Mention>& mentions) const {
  std::vector<bool> in_mention(s.tokens.size(), false);
  for (const Mention& m : mentions) {
    for (uint32_t k = m.begin; k < m.end; ++k) in_mention[k] = true;
  }
  std::vector<VerbHit> hits;
  bool title_case = IsTitleCase(s);
  for (uint32_t i = 0; i < s.tokens.size(); ++i) {
    if (in_mention[i] || s.tokens[i].kind != text::TokenKind::kWord) continue;
    // A capitalised verb form inside a sentence is a name ("President Levy Mwanawasa").
    if (i > 0 && s.tokens[i].capitalized && !title_case) continue;
    match::PhraseTable::Match m = lexicon_->verb_forms().LongestAt(s.tokens, i);
    if (m.length == 0) continue;
    VerbHit hit{i, i + m.length, match::Lexicon::FormVerb(m.payload),
                match::Lexicon::FormKind(m.payload)};
    const text::Token* prev = i > 0 ? &s.tokens[i - 1] : nullptr;
    bool nominal = prev && (words_->Is(WordClass::kDeterminer, prev->norm) ||
                            prev->kind == text::TokenKind::kNumber);
    if (hit.kind == match::VerbFormKind::kBase || hit.kind == match::VerbFormKind::kThirdPerson) {
      nominal = nominal || !CanPrecedePresent(s, i, in_mention);
    }
    if (hit.kind == match::VerbFormKind::kNounlike) nominal = nominal || !OnlyVerbCanFollow(s, i);
    if (hit.kind == match::VerbFormKind::kPast) {
      // "came under repeated attack", "to meet increased demand": a past form right after a
      // preposition or right after a verb is an adjective.
      bool after_verb = !hits.empty() && hits.back().end == i;
      nominal = nominal || after_verb || (prev && words_->Is(WordClass::kAdjectiveCue, prev->norm));
    }
    if (hit.kind == match::VerbFormKind::kGerund) {
      uint32_t k = i;
      while (k > 0 && words_->Is(WordClass::kAdverb, s.tokens[k - 1].norm)) --k;
      if (k == 0 || !words_->Is(WordClass::kBe, s.tokens[k - 1].norm)) nominal = true;
    }
    if (nominal) continue;
    hits.push_back(hit);
    i = hit.end - 1;
  }
  return hits;
}

uint32_t VerbMatcher::ItemAt(const match::CompiledItem& item, const text::Sentence& s, uint32_t i,
                             const std::vector<int32_t>& mention_at,
                             const std::vector<Mention>& mentions, Cursor* cur) const {
  const text::Token& t = s.tokens[i];
  switch (item.kind) {
    case Kind::kWord:
      return (t.norm == item.word || t.norm == item.plural) ? 1 : 0;
    case Kind::kSynset:
      return lexicon_->synset(item.synset).LongestAt(s.tokens, i).length;
    case Kind::kTarget:
    case Kind::kSource: {
      int32_t m = mention_at[i];
      if (m < 0) return 0;
      (item.kind == Kind::kTarget ? cur->target : cur->source) = m;
      return mentions[m].end - mentions[m].begin;
    }
  }
  return 0;
}

bool VerbMatcher::GroupAt(const match::CompiledGroup& g, const text::Sentence& s, uint32_t i,
                          uint32_t limit, const std::vector<int32_t>& mention_at,
                          const std::vector<Mention>& mentions, const VerbTree* tree,
                          Cursor* cur) const {
  Cursor trial = *cur;
  uint32_t pos = i;
  uint32_t last = i;  // Where the group's last item (its head) starts.
  for (size_t k = 0; k < g.items.size(); ++k) {
    // A preposition's noun may stand a few words after it ("in a bomb attack"); the words of a
    // "{...}" noun then follow each other.
    bool free_position = g.prepositional && (k == 1 || (k > 1 && !g.consecutive));
    uint32_t reach = free_position ? std::min(limit, pos + kPrepositionReach) : pos + 1;
    uint32_t len = 0;
    uint32_t at = pos;
    for (; at < reach && at < limit; ++at) {
      len = ItemAt(g.items[k], s, at, mention_at, mentions, &trial);
      if (len > 0) break;
    }
    if (len == 0) return false;
    if (g.items[k].kind == Kind::kWord || g.items[k].kind == Kind::kSynset) {
      for (uint32_t t = at; t < at + len; ++t) trial.tokens.push_back(t);
    }
    last = at;
    pos = at + len;
  }
  if (tree && !g.relation.empty() && !InRelation(*tree, last, pos, g.relation)) return false;
  trial.next = pos;
  *cur = std::move(trial);
  return true;
}

bool VerbMatcher::GroupsMatch(const std::vector<match::CompiledGroup>& groups,
                              const text::Sentence& s, uint32_t from, uint32_t limit,
                              const std::vector<int32_t>& mention_at,
                              const std::vector<Mention>& mentions, const VerbTree* tree,
                              Cursor* cur) const {
  cur->next = from;
  bool first = true;
  for (const match::CompiledGroup& g : groups) {
    bool found = false;
    // The parse, not the distance, says whether a group with a relation belongs to the verb.
    bool anywhere = !first || (tree && !g.relation.empty());
    uint32_t reach = anywhere ? limit : std::min(limit, from + kFirstGroupReach);
    first = false;
    for (uint32_t i = cur->next; i < reach && !found; ++i) {
      found = GroupAt(g, s, i, limit, mention_at, mentions, tree, cur);
    }
    if (!found) return false;
  }
  return true;
}

PatternMatch VerbMatcher::Match(const text::Sentence& s, const VerbHit& hit,
                                const std::vector<int32_t>& mention_at,
                                const std::vector<Mention>& mentions, uint32_t before_from,
                                uint32_t limit, const VerbTree* tree) const {
  PatternMatch best;
  const match::VerbBlockInfo& block = lexicon_->block(lexicon_->verb(hit.verb).block);
  for (const match::CompiledPattern& p : block.patterns) {
    if (best.pattern && p.specificity <= best.pattern->specificity) continue;
    Cursor cur;
    if (!GroupsMatch(p.before, s, before_from, hit.begin, mention_at, mentions, tree, &cur)) {
      continue;
    }
    Cursor after;
    after.target = cur.target;
    after.source = cur.source;
    after.tokens = std::move(cur.tokens);
    if (!GroupsMatch(p.after, s, hit.end, limit, mention_at, mentions, tree, &after)) continue;
    best.pattern = &p;
    best.tokens = std::move(after.tokens);
    best.target = after.target;
    best.source = after.source;
  }
  return best;
}

}  // namespace dyad::code
