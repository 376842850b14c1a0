#include "code/coder.h"

#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

#include "base/string_util.h"

namespace dyad::code {
namespace {

// How far a verb may reach for its target when no boundary stops it first.
constexpr uint32_t kTargetReach = 20;
// How far an infinitive may stand from the verb that governs it ("urged Trump to keep").
constexpr uint32_t kControlReach = 8;

const std::string kStatement = "010";
const std::string kNull = "---";

bool IsPossessive(const std::string& w) {
  return w == "its" || w == "their" || w == "his" || w == "her" || w == "our";
}

std::string Root(const std::string& cameo) { return cameo.substr(0, 2); }

}  // namespace

// Who does what to whom, before the verb's patterns have their say.
struct Coder::Roles {
  int32_t source = -1;
  int32_t target = -1;
  int32_t tree_target = -1;  // The target the tree gives, when it gave the source too.
  std::string how;
};

// What the words around a verb say about it.
struct Coder::Clause {
  bool negated = false;
  bool modal = false;          // "will", "would": the act is intended.
  bool obligation = false;     // "must", "should": the act is required, not done.
  bool intent = false;         // "wants to", "ready to".
  bool speculative = false;    // "may", "might": the act is only possible.
  bool to_infinitive = false;  // "to" right before the verb (after adverbs).
  bool passive = false;
  uint32_t aux_begin = 0;      // First token of the auxiliary chain before the verb.
};

// What coding one verb decided; later verbs of the sentence look back at it.
struct Coder::VerbState {
  int32_t source = -1;
  int32_t target = -1;
  bool coded = false;
  bool negated = false;
  bool speech = false;
  std::string code;  // The code it was coded with, when coded.
};

Coder::Coder(const match::Lexicon* lexicon, const WordClasses* words,
             const std::unordered_map<std::string, std::string>* intent,
             const std::unordered_map<std::string, std::string>* constructions,
             CoderOptions options)
    : lexicon_(lexicon),
      words_(words),
      intent_(intent),
      constructions_(constructions),
      options_(options),
      mentions_(lexicon, words),
      verbs_(lexicon, words) {}

std::string Coder::Discarded(const text::Sentence& s, bool* whole_article) const {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    match::PhraseTable::Match m = lexicon_->discards().LongestAt(s.tokens, i);
    if (m.length == 0) continue;
    *whole_article = lexicon_->discard(m.payload).whole_article;
    std::string phrase;
    for (uint32_t k = 0; k < m.length; ++k) phrase += (k ? " " : "") + s.tokens[i + k].norm;
    return phrase;
  }
  return "";
}

std::vector<std::string> Coder::Issues(const text::Sentence& s) const {
  std::set<std::string> codes;
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    match::PhraseTable::Match m = lexicon_->issues().LongestAt(s.tokens, i);
    if (m.length == 0) continue;
    const match::IssueInfo& info = lexicon_->issue(m.payload);
    if (info.ignore) return {};
    codes.insert(info.code);
    i += m.length - 1;
  }
  return {codes.begin(), codes.end()};
}

void Coder::ReadClause(const text::Sentence& s, const VerbHit& hit, Clause* c) const {
  const auto& t = s.tokens;
  uint32_t k = hit.begin;
  bool saw_be = false;
  while (k > 0) {
    const std::string& w = t[k - 1].norm;
    if (k == hit.begin && t[k - 1].kind == text::TokenKind::kQuote) {
      // A verb in scare quotes keeps its auxiliaries: would not "invade".
    } else if (words_->Is(WordClass::kNegation, w)) {
      c->negated = true;
    } else if (words_->Is(WordClass::kModal, w)) {
      c->modal = true;
    } else if (words_->Is(WordClass::kObligation, w)) {
      c->obligation = true;
    } else if (words_->Is(WordClass::kSpeculation, w) && (!t[k - 1].capitalized || k == 1)) {
      c->speculative = true;  // Not "Theresa May praised".
    } else if (t[k - 1].capitalized && k > 1) {
      break;  // A capitalised word inside the sentence is a name, not an auxiliary.
    } else if (words_->Is(WordClass::kBe, w)) {
      saw_be = true;
    } else if (!words_->Is(WordClass::kAuxiliary, w) && !words_->Is(WordClass::kAdverb, w)) {
      break;
    }
    --k;
  }
  c->aux_begin = k;
  if (k > 0 && t[k - 1].norm == "to") {
    c->to_infinitive = true;
    // "failed to reach agreement", "vowed not to return": the act is not done.
    if (k > 1 && (words_->Is(WordClass::kFailure, t[k - 2].norm) ||
                  words_->Is(WordClass::kNegation, t[k - 2].norm))) {
      c->negated = true;
    }
    // "is ready to", "did not want to": the governing word and its own auxiliaries.
    if (k > 1 && words_->Is(WordClass::kIntent, t[k - 2].norm)) {
      c->intent = true;
      for (uint32_t j = k - 2; j > 0; --j) {
        const std::string& w = t[j - 1].norm;
        if (words_->Is(WordClass::kNegation, w)) c->negated = true;
        if (!words_->Is(WordClass::kAuxiliary, w) && !words_->Is(WordClass::kNegation, w) &&
            !words_->Is(WordClass::kAdverb, w) && !words_->Is(WordClass::kBe, w)) {
          break;
        }
      }
    }
  }
  bool by_follows = hit.end < t.size() && t[hit.end].norm == "by";
  c->passive = hit.kind == match::VerbFormKind::kPast && (saw_be || by_follows);
}

// The nearest mention before the verb in its clause. Parentheticals between dashes or brackets
// are stepped over ("Kim Jong Un - who he called ... - wanted"), and so is a place after a
// preposition ("police in Kenya arrested"); a relative pronoun leads to its antecedent ("Hamas,
// which advocates ...").
int32_t Coder::FindSource(const text::Sentence& s, const VerbHit& hit,
                          const std::vector<Mention>& ms,
                          const std::vector<int32_t>& mention_at) const {
  std::vector<int32_t> mention_ending(s.tokens.size() + 1, -1);
  for (size_t i = 0; i < ms.size(); ++i) mention_ending[ms[i].end] = static_cast<int32_t>(i);
  int64_t k = hit.begin;
  while (k > 0) {
    if (mention_ending[k] >= 0 && InPlacePhrase(s, ms[mention_ending[k]])) {
      k = ms[mention_ending[k]].begin - 1;
      continue;
    }
    if (mention_ending[k] >= 0) {
      int32_t m = AppositionHead(s, hit, mention_ending[k], ms, mention_ending);
      return AntecedentIfRelative(s, m, ms, mention_ending);
    }
    const std::string& w = s.tokens[k - 1].norm;
    if (w == "-" || w == ")") {
      const char* open = w == "-" ? "-" : "(";
      int64_t j = k - 2;
      while (j >= 0 && s.tokens[j].norm != open) --j;
      if (j >= 0) {
        k = j;
        continue;
      }
    }
    if (w == "who" || w == "which") {
      int64_t j = k - 1;
      if (j > 0 && s.tokens[j - 1].norm == ",") --j;
      return mention_ending[j];
    }
    if (words_->Is(WordClass::kBoundary, w)) return -1;
    --k;
  }
  return -1;
}

// Mention `m` was found before `hit`. When it sits inside an apposition between commas
// ("Pakistan, a key U.S. ally in the war, has refused"), the subject is the noun before it.
int32_t Coder::AppositionHead(const text::Sentence& s, const VerbHit& hit, int32_t m,
                              const std::vector<Mention>& ms,
                              const std::vector<int32_t>& mention_ending) const {
  uint32_t k = ms[m].begin;
  while (k > 0 && s.tokens[k - 1].norm != ",") --k;
  if (k < 2 || !words_->Is(WordClass::kDeterminer, s.tokens[k].norm)) return m;
  bool closed = false;
  for (uint32_t j = ms[m].end; j < hit.begin; ++j) closed = closed || s.tokens[j].norm == ",";
  int32_t head = mention_ending[k - 1];
  return closed && head >= 0 ? head : m;
}

// Mention `m` was found before a verb. When it sits inside a relative clause between commas
// ("Hamas, which controls Gaza, fired"), the subject is the clause's antecedent instead.
int32_t Coder::AntecedentIfRelative(const text::Sentence& s, int32_t m,
                                    const std::vector<Mention>& ms,
                                    const std::vector<int32_t>& mention_ending) const {
  int64_t k = ms[m].begin;
  while (k > 0 && s.tokens[k - 1].norm != ",") --k;
  bool relative = k > 0 && (s.tokens[k].norm == "which" || s.tokens[k].norm == "who");
  // "which Mr Trump criticised": a mention right after the pronoun is the clause's own subject.
  bool own_subject = true;
  for (int64_t j = k + 1; j < ms[m].begin; ++j) {
    const text::Token& t = s.tokens[j];
    if (!t.capitalized && !words_->Is(WordClass::kNpLink, t.norm)) own_subject = false;
  }
  if (relative && !own_subject && mention_ending[k - 1] >= 0) return mention_ending[k - 1];
  return m;
}

int32_t Coder::FindTarget(const text::Sentence& s, uint32_t from, uint32_t limit,
                          const std::vector<Mention>& ms, uint32_t source_group) const {
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& m = ms[i];
    if (m.begin < from) continue;
    if (m.begin >= limit) break;
    if (m.group == source_group) continue;
    // "its troops", "their countries": the source's own, not a target.
    if (m.role_only && m.begin > 0 && IsPossessive(s.tokens[m.begin - 1].norm)) continue;
    if (TrailingSpeaker(s, m)) continue;
    return static_cast<int32_t>(i);
  }
  return -1;
}

// "..., the White House announced": the speaker of a verb of saying after a comma starts a
// clause of its own and is no target of the verbs before it.
bool Coder::TrailingSpeaker(const text::Sentence& s, const Mention& m) const {
  if (m.end >= s.tokens.size() || !words_->Is(WordClass::kSpeech, s.tokens[m.end].norm)) {
    return false;
  }
  uint32_t k = m.begin;
  while (k > 0 && words_->Is(WordClass::kDeterminer, s.tokens[k - 1].norm)) --k;
  return k > 0 && s.tokens[k - 1].norm == ",";
}

uint32_t Coder::ClauseLimit(const text::Sentence& s, const VerbHit& hit,
                            const std::vector<VerbHit>& hits, size_t index) const {
  uint32_t limit = std::min<uint32_t>(s.tokens.size(), hit.end + kTargetReach);
  for (uint32_t k = hit.end; k < limit; ++k) {
    if (words_->Is(WordClass::kBoundary, s.tokens[k].norm)) return k;
  }
  for (size_t j = index + 1; j < hits.size(); ++j) {
    uint32_t b = hits[j].begin;
    if (b >= limit) break;
    if (b > 0 && s.tokens[b - 1].norm == "to") continue;  // An infinitive stays in the clause.
    return b;
  }
  return limit;
}

std::string Coder::IntentCode(const std::string& cameo) const {
  auto it = intent_->find(Root(cameo));
  return it == intent_->end() ? cameo : it->second;
}

// Everything known about one sentence while its verbs are coded left to right.
struct Coder::SentenceWork {
  const text::Sentence& s;
  uint32_t index;
  std::vector<Mention> ms;
  std::vector<int32_t> mention_at;  // Token -> mention starting there, or -1.
  std::vector<VerbHit> hits;
  std::vector<VerbState> state;     // Parallel to `hits`.
  std::vector<bool> consumed;       // Tokens used by an earlier verb's pattern.
  int32_t speaker = -1;             // Source of the last verb of saying.
  std::vector<std::string> issues;
  Trace* trace;
  std::vector<CodedEvent> found;
  std::vector<TreeWord> tree;             // Empty when the sentence was not parsed.
  std::unique_ptr<TreeReader> reader;

  void Say(const std::string& line) const {
    if (trace) trace->push_back(line);
  }
};

// The token of a (multi-word) verb that the parse makes its head: the word that inflects.
uint32_t Coder::HeadWord(const VerbHit& hit) const {
  return std::min(hit.begin + lexicon_->verb(hit.verb).head, hit.end - 1);
}

// The verb that governs an infinitive: "urged Trump to keep", "promised to withdraw".
int32_t Coder::Governor(const SentenceWork& w, size_t h, const Clause& c) const {
  if (!c.to_infinitive || h == 0) return -1;
  const VerbHit& prev = w.hits[h - 1];
  // "says it is willing to withdraw": the intent word governs, not the verb before it.
  if (c.intent && prev.end + 1 != c.aux_begin) return -1;
  return prev.end < c.aux_begin && prev.end + kControlReach >= c.aux_begin
             ? static_cast<int32_t>(h - 1) : -1;
}

// Source and target of hit `h` before patterns: passive, control, or plain word order.
void Coder::FindRoles(const SentenceWork& w, size_t h, const Clause& c, int32_t governor,
                      Roles* r) const {
  const VerbHit& hit = w.hits[h];
  if (w.reader) {
    TreeRoles t = w.reader->RolesOf(HeadWord(hit));
    if (t.source >= 0 || t.subject_not_actor) {
      r->source = t.source;
      r->tree_target = t.target;
      r->how = t.source >= 0 ? t.how : "tree: the subject is no actor";
      return;
    }
  }
  if (c.passive) {
    uint32_t end = std::min<uint32_t>(w.s.tokens.size(), hit.end + 4);
    for (uint32_t k = hit.end; k + 1 < end; ++k) {
      if (w.s.tokens[k].norm == "by") r->source = w.mention_at[k + 1];
    }
    r->target = FindSource(w.s, hit, w.ms, w.mention_at);
    r->how = "passive";
  } else if (governor >= 0) {
    const VerbState& g = w.state[governor];
    bool object = g.target >= 0 && w.ms[g.target].begin > w.hits[governor].begin;
    r->source = object ? g.target : g.source;
    r->how = object ? "object of the verb before 'to'" : "subject of the verb before 'to'";
  } else if (int32_t shared = CoordinatedSubject(w, h, c); shared >= 0) {
    r->source = shared;
    r->how = "subject shared with the coordinated verb before 'and'";
  } else {
    r->source = FindSource(w.s, hit, w.ms, w.mention_at);
    r->how = "subject before the verb";
  }
}

// "X accused Y of ... and appealed to Z": a verb right after "and" shares the subject of the
// verb before it, when that verb had one.
int32_t Coder::CoordinatedSubject(const SentenceWork& w, size_t h, const Clause& c) const {
  uint32_t k = c.aux_begin;
  if (k > 0 && w.s.tokens[k - 1].norm == "and" && h > 0 && w.hits[h - 1].end < k) {
    return w.state[h - 1].source;
  }
  return -1;
}

// Codes hit `h`; appends its events to w->found. Each early return says why in the trace.
void Coder::CodeVerb(SentenceWork* w, size_t h) const {
  const VerbHit& hit = w->hits[h];
  const match::VerbInfo& verb = lexicon_->verb(hit.verb);
  std::string say = "verb '" + verb.lemma + "'";
  if (w->consumed[hit.begin]) return w->Say(say + ": part of an earlier verb's pattern");
  Clause c;
  ReadClause(w->s, hit, &c);
  if (w->reader && w->reader->Passive(HeadWord(hit))) c.passive = true;
  int32_t governor = Governor(*w, h, c);
  if (governor >= 0 && w->state[governor].negated) c.negated = true;
  Roles r;
  FindRoles(*w, h, c, governor, &r);
  uint32_t limit = ClauseLimit(w->s, hit, w->hits, h);
  uint32_t before_from = r.source >= 0 ? w->ms[r.source].end : 0;
  VerbTree tree{&w->tree, HeadWord(hit)};
  PatternMatch pm = verbs_.Match(w->s, hit, w->mention_at, w->ms, before_from, limit,
                                 w->reader ? &tree : nullptr);
  if (pm.target >= 0) {
    r.target = pm.target;
  } else if (r.tree_target >= 0) {
    r.target = r.tree_target;
  } else if (!c.passive) {
    uint32_t group = r.source >= 0 ? w->ms[r.source].group : UINT32_MAX;
    r.target = FindTarget(w->s, hit.end, limit, w->ms, group);
  }
  if (pm.source >= 0) {
    // "came under attack from Iran": a source the pattern finds after the verb acts on the
    // verb's subject, unless the pattern names the target too.
    if (pm.target < 0 && r.source >= 0 && r.source != pm.source &&
        w->ms[pm.source].begin >= hit.end) {
      r.target = r.source;
    }
    r.source = pm.source;
  }
  std::string cameo = pm.pattern ? pm.pattern->code : verb.code;
  VerbState& st = w->state[h];
  st = {r.source, r.target, false, c.negated, false, ""};
  // A verb of saying carries reported speech, unless a pattern makes it an event of its own
  // ("declared a state of emergency").
  bool speech = cameo == kStatement ||
                (!pm.pattern && words_->Is(WordClass::kSpeech, w->s.tokens[hit.begin].norm));
  if (speech) {
    st.speech = true;
    if (r.source >= 0) w->speaker = r.source;
    if (!options_.code_statements) return w->Say(say + ": verb of saying, its clause is coded on its own");
  }
  for (uint32_t t : pm.tokens) w->consumed[t] = true;
  if (governor >= 0 && w->state[governor].coded) {
    return w->Say(say + ": infinitive of an event verb already coded");
  }
  const std::string uncoded = cameo;  // Before negation and intention change it.
  if (c.negated && !NegatedAcceptance(verb, cameo, &cameo)) {
    return w->Say(say + ": negated, no event");
  }
  if (c.negated) r.how += "; a negated acceptance is a rejection";
  if (c.speculative) return w->Say(say + ": only possible ('may'), no event");
  if (Hypothetical(*w, hit)) return w->Say(say + ": in an 'if' or 'unless' clause, no event");
  if (NounModifier(*w, hit)) return w->Say(say + ": a noun modifying a noun ('gas company'), no verb");
  if (NounClause(*w, hit)) {
    return w->Say(say + ": a clause of a noun ('the power to detain', 'rumours that'), no event");
  }
  if (ComplementOfDemand(*w, h, r)) {
    return w->Say(say + ": what an earlier appeal or demand asks for, not an act");
  }
  if (c.obligation && w->speaker >= 0 && r.source >= 0 &&
      constructions_->count("reported_obligation")) {
    // "Russia said Sudan must return the helicopter": Russia demands it of Sudan.
    Roles demand{w->speaker, r.source, -1, "reported obligation: the speaker demands it of the subject"};
    if (w->ms[demand.source].group == w->ms[demand.target].group) return;
    st.coded = true;
    const std::string& code = constructions_->at("reported_obligation");
    w->Say(say + " [" + code + "]: " + demand.how);
    return Emit(w, demand, code, {hit.begin}, demand.how);
  }
  std::string pattern = pm.pattern ? "pattern " + pm.pattern->text : "verb " + verb.lemma;
  if (cameo.empty() || cameo == kNull) return w->Say(say + ": no event code (" + pattern + ")");
  if (c.modal || c.intent) {
    cameo = IntentCode(cameo);
    r.how += c.modal ? "; future: intention" : "; intention";
    if (Conditional(w->s, hit) && Root(cameo) != "13" && constructions_->count("conditional_threat")) {
      // "will withdraw its force unless ...": an intention on a condition is a threat.
      cameo = constructions_->at("conditional_threat");
      r.how += " on a condition ('unless'): a threat";
    }
  }
  if (r.source < 0) return w->Say(say + " [" + cameo + "]: no source actor");
  if (r.target >= 0 && w->ms[r.source].person >= 0 &&
      w->ms[r.source].person == w->ms[r.target].person) {
    // A person is no target of their own act. "Blair denied he ...": the pronoun target is
    // Blair again, so there is none. "He went on to accuse Mr Brown", with "he" resolved to
    // Brown: the source was misread, so the event goes.
    if (!IsPronoun(w->s, w->ms[r.target])) {
      return w->Say(say + " [" + cameo + "]: source and named target are one person");
    }
    r.target = -1;
    r.how += "; the target is the source itself: none";
  }
  // Reported speech: whom a speaker says someone wants to meet or cooperate with.
  if (r.target < 0 && w->speaker >= 0 && (Root(cameo) == "03" || Root(cameo) == "04") &&
      w->ms[w->speaker].group != w->ms[r.source].group) {
    r.target = w->speaker;
    r.how += "; target is the speaker reporting it";
  }
  if (r.target < 0 && Reciprocal(*w, r.source, uncoded)) {
    r.target = r.source;
    r.how += "; a compound subject acting together: each member on the others";
  }
  st.coded = true;
  st.code = cameo;
  std::string rule = r.how + "; " + pattern;
  w->Say(say + " [" + cameo + "]: " + rule);
  std::vector<uint32_t> trigger;
  for (uint32_t t = hit.begin; t < hit.end; ++t) trigger.push_back(t);
  trigger.insert(trigger.end(), pm.tokens.begin(), pm.tokens.end());
  std::sort(trigger.begin(), trigger.end());
  Emit(w, r, cameo, trigger, rule);
}

// "will not accept", "failed to reach agreement": refusing what the verb would accept is a
// rejection. Other negated verbs are no event ("did not promise").
bool Coder::NegatedAcceptance(const match::VerbInfo& verb, const std::string& cameo,
                              std::string* code) const {
  auto it = constructions_->find("negated_acceptance");
  if (it == constructions_->end() || cameo.empty() || cameo == kNull) return false;
  std::string_view lemma = verb.lemma;
  lemma = lemma.substr(0, lemma.find(' '));
  if (!words_->Is(WordClass::kAcceptance, lemma)) return false;
  *code = it->second;
  return true;
}

// "Armenia and Azerbaijan agreed (met, failed to agree)": with no other target, the members of
// a compound subject act on each other when the verb's root is one of mutual action.
bool Coder::Reciprocal(const SentenceWork& w, int32_t source, const std::string& cameo) const {
  auto it = constructions_->find("reciprocal_roots");
  if (it == constructions_->end() || cameo.size() < 2) return false;
  bool mutual = false;
  for (std::string_view root : Split(it->second, ' ')) mutual = mutual || root == Root(cameo);
  int members = 0;
  for (const Mention& m : w.ms) members += m.group == w.ms[source].group;
  return mutual && members > 1;
}

// "if Hamas runs in the election", "unless the Kremlin closes its base": a verb in a clause that a
// hypothesis word opens reports nothing that happened. On the parse, the verb, or a verb it is
// coordinated with or the complement of, has such a word as its mark; by word order, such a word
// comes before the verb with no comma, colon or semicolon between.
bool Coder::Hypothetical(const SentenceWork& w, const VerbHit& hit) const {
  const std::vector<text::Token>& tokens = w.s.tokens;
  if (w.reader) {
    int v = static_cast<int>(HeadWord(hit));
    for (int depth = 0; depth < 4 && v >= 0; ++depth) {
      if (HasMark(w, v, WordClass::kHypothesis)) return true;
      std::string_view rel = w.tree[v].deprel;
      if (rel.substr(0, 4) != "conj" && rel.substr(0, 5) != "xcomp") break;
      v = w.tree[v].head - 1;
    }
    return false;
  }
  for (uint32_t k = hit.begin; k-- > 0;) {
    std::string_view norm = tokens[k].norm;
    if (norm == "," || norm == ";" || norm == ":") return false;
    if (words_->Is(WordClass::kHypothesis, norm)) return true;
  }
  return false;
}

// "in Moscow", "at the UN": a mention right after a preposition of place (not "from", which
// also gives origin: "troops from Britain").
bool Coder::InPlacePhrase(const text::Sentence& s, const Mention& m) const {
  if (m.begin == 0) return false;
  const std::string& prev = s.tokens[m.begin - 1].norm;
  return prev != "from" && words_->Is(WordClass::kLocative, prev);
}

bool Coder::IsPronoun(const text::Sentence& s, const Mention& m) const {
  return m.end == m.begin + 1 && words_->Is(WordClass::kPersonPronoun, s.tokens[m.begin].norm);
}

// "oil and gas company", "an attack mongrel": on the parse, a base form the tagger reads as a noun
// compounded with the next noun is no verb. Inflected forms stay verbs whatever the tag, since
// headlines ("Blair pledges unity", "Brown visits slum") are often parsed as compounds.
bool Coder::NounModifier(const SentenceWork& w, const VerbHit& hit) const {
  if (!w.reader || hit.kind != match::VerbFormKind::kBase) return false;
  const TreeWord& word = w.tree[HeadWord(hit)];
  return word.upos == "NOUN" && word.deprel == "compound";
}

// "the power to detain suspects", "efforts to impose curbs": on the parse, an infinitive that
// modifies a noun names a possible act, not one that happened, unless the noun says the act was
// taken ("the decision to bar"). A "that" clause of a noun is what someone reports, fears or
// rumours ("rumours that the US had launched a strike"), not what the article asserts.
bool Coder::NounClause(const SentenceWork& w, const VerbHit& hit) const {
  if (!w.reader) return false;
  uint32_t v = HeadWord(hit);
  const TreeWord& word = w.tree[v];
  if (word.deprel != "acl" || word.head == 0) return false;
  uint32_t noun = static_cast<uint32_t>(word.head - 1);
  if (w.tree[noun].upos != "NOUN" || words_->Is(WordClass::kActNoun, w.s.tokens[noun].norm)) {
    return false;
  }
  return HasMark(w, static_cast<int>(v), WordClass::kNounClauseMark);
}

// Whether the clause headed by token `v` has a "mark" dependent of word class `c`.
bool Coder::HasMark(const SentenceWork& w, int v, WordClass c) const {
  for (size_t k = 0; k < w.tree.size(); ++k) {
    if (w.tree[k].head - 1 == v && w.tree[k].deprel == "mark" && words_->Is(c, w.s.tokens[k].norm)) {
      return true;
    }
  }
  return false;
}

// Whether the sentence puts a condition after the verb ("... unless Baghdad accepts").
bool Coder::Conditional(const text::Sentence& s, const VerbHit& hit) const {
  for (uint32_t k = hit.end; k < s.tokens.size(); ++k) {
    if (words_->Is(WordClass::kCondition, s.tokens[k].norm)) return true;
  }
  return false;
}

// "X demanded that Y stop ...", "X urged Y to ...": Y's verb is what X asks for, not something
// Y did. True when an earlier coded appeal or demand has this verb's subject as its target.
bool Coder::ComplementOfDemand(const SentenceWork& w, size_t h, const Roles& r) const {
  if (r.source < 0) return false;
  for (size_t j = 0; j < h; ++j) {
    const VerbState& g = w.state[j];
    bool asks = g.code.size() >= 2 && (Root(g.code) == "02" || Root(g.code) == "10");
    if (g.coded && asks && g.target >= 0 && w.ms[g.target].group == w.ms[r.source].group) {
      return true;
    }
  }
  return false;
}

// One event per member of the source group and of the target group.
void Coder::Emit(SentenceWork* w, const Roles& r, const std::string& cameo,
                 const std::vector<uint32_t>& trigger, const std::string& rule) const {
  for (const Mention& src : w->ms) {
    if (src.group != w->ms[r.source].group) continue;
    bool any_target = false;
    for (const Mention& tgt : w->ms) {
      if (r.target < 0 || tgt.group != w->ms[r.target].group) continue;
      // "Palestinians and Israelis failed to agree": each member acts on the others.
      if (&tgt == &src) continue;
      any_target = true;
      // A bare role whose country was guessed, acting on that same actor, is no event.
      if (tgt.code == src.code && (src.role_only || tgt.role_only)) continue;
      w->found.push_back({w->index, src, tgt, cameo, trigger, rule, w->issues});
    }
    if (!any_target) w->found.push_back({w->index, src, Mention{}, cameo, trigger, rule, w->issues});
  }
}

// "military aid", "official contact": on the parse, a bare role whose head word modifies a
// common noun outside any actor is an adjective, not an actor.
void Coder::DropModifierRoles(SentenceWork* w) const {
  std::vector<bool> in_mention(w->s.tokens.size(), false);
  for (const Mention& m : w->ms) {
    for (uint32_t k = m.begin; k < m.end; ++k) in_mention[k] = true;
  }
  auto is_modifier = [&](const Mention& m) {
    const TreeWord& last = w->tree[m.end - 1];
    bool modifies = last.deprel == "amod" || last.deprel == "compound";
    uint32_t head = static_cast<uint32_t>(last.head);  // 1-based
    // A title before a name the dictionaries do not know is the person ("Vice-President Awori").
    return m.role_only && modifies && head > 0 && (head - 1 < m.begin || head - 1 >= m.end) &&
           !in_mention[head - 1] && w->tree[head - 1].upos != "PROPN";
  };
  std::vector<Mention> kept;
  for (Mention& m : w->ms) {
    if (is_modifier(m)) {
      w->Say("'" + w->s.tokens[m.begin].norm + "...' modifies a noun: not an actor");
      continue;
    }
    kept.push_back(std::move(m));
  }
  w->ms = std::move(kept);
  w->mention_at.assign(w->s.tokens.size(), -1);
  for (size_t i = 0; i < w->ms.size(); ++i) w->mention_at[w->ms[i].begin] = static_cast<int32_t>(i);
}

// Whether a verb of the sentence can code an event: verbs of saying alone ("X said on Monday")
// code nothing unless statements are coded, nor do verbs with no code and no pattern.
bool Coder::AnyEventVerb(const SentenceWork& w) const {
  for (const VerbHit& hit : w.hits) {
    const match::VerbInfo& verb = lexicon_->verb(hit.verb);
    bool codes = (!verb.code.empty() && verb.code != kNull) ||
                 !lexicon_->block(verb.block).patterns.empty();
    bool speech = words_->Is(WordClass::kSpeech, w.s.tokens[hit.begin].norm);
    if (codes && (!speech || options_.code_statements)) return true;
  }
  return false;
}

void Coder::CodeSentence(const text::Sentence& s, std::string_view body, uint32_t index,
                         ArticleContext* ctx, std::vector<CodedEvent>* events,
                         Trace* trace) const {
  SentenceWork w{s, index, mentions_.Find(s, ctx), {}, {}, {}, {}, -1, {}, trace, {}, {}, {}};
  w.mention_at.assign(s.tokens.size(), -1);
  for (size_t i = 0; i < w.ms.size(); ++i) w.mention_at[w.ms[i].begin] = static_cast<int32_t>(i);
  w.hits = verbs_.Find(s, w.ms);
  for (const Mention& m : w.ms) {
    std::string words;
    for (uint32_t k = m.begin; k < m.end; ++k) words += (k > m.begin ? " " : "") + s.tokens[k].norm;
    w.Say("actor '" + words + "' = " + m.code + " (" + m.how + ")");
  }
  if (w.ms.empty() || w.hits.empty()) {
    return w.Say(w.ms.empty() ? "no actor: nothing to code" : "no event verb");
  }
  bool two_actors = false;
  for (const Mention& m : w.ms) two_actors = two_actors || m.group != w.ms[0].group;
  if (options_.parser && two_actors && AnyEventVerb(w)) {
    // Only sentences with an event verb and two actors pay for a parse: with one actor there is
    // no question of who did what to whom that word order cannot answer.
    options_.parser(body, s, &w.tree);
    if (w.tree.size() == s.tokens.size()) {
      DropModifierRoles(&w);
      w.reader = std::make_unique<TreeReader>(&w.tree, &w.ms, &s.tokens);
    }
  }
  w.state.resize(w.hits.size());
  w.consumed.assign(s.tokens.size(), false);
  w.issues = Issues(s);
  for (size_t h = 0; h < w.hits.size(); ++h) CodeVerb(&w, h);
  // One event per (source, target, code) in a sentence.
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (CodedEvent& e : w.found) {
    if (seen.insert({e.source.code, e.target.code, e.cameo}).second) events->push_back(std::move(e));
  }
}

std::string Coder::CodeArticle(const std::vector<text::Sentence>& sentences,
                               std::string_view body, int32_t date,
                               std::vector<CodedEvent>* events, Trace* trace) const {
  ArticleContext ctx;
  ctx.date = date;
  for (const text::Sentence& s : sentences) mentions_.CollectPeople(s, &ctx);
  std::vector<CodedEvent> article_events;
  int discarded_sentences = 0;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    bool whole_article = false;
    std::string discard = Discarded(sentences[i], &whole_article);
    discarded_sentences += !discard.empty();
    // One whole-article phrase, or sport (film, market) language in sentence after sentence:
    // the article is about that, and its conflict words are not political.
    if (!discard.empty() && (whole_article || discarded_sentences >= options_.discard_article_after)) {
      if (trace) trace->push_back("article discarded: '" + discard + "'");
      return "discarded: '" + discard + "'";
    }
    if (!discard.empty()) {
      if (trace) trace->push_back("sentence " + std::to_string(i) + " discarded: '" + discard + "'");
      continue;
    }
    if (trace) trace->push_back("sentence " + std::to_string(i) + ":");
    CodeSentence(sentences[i], body, i, &ctx, &article_events, trace);
  }
  events->insert(events->end(), std::make_move_iterator(article_events.begin()),
                 std::make_move_iterator(article_events.end()));
  return "";
}

}  // namespace dyad::code
