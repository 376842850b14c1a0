#include "code/tree_roles.h"

namespace dyad::code {
namespace {

// Prepositions whose object is the target of the verb they attach to ("strikes on Syria",
// "talks with Iran"); place and time obliques ("in March") are not targets unless an actor.
constexpr std::string_view kTargetCases[] = {"on", "against", "with", "to", "at", "into",
                                             "in", "toward", "towards", "upon", "from", "of"};

// Pronouns that open a relative clause: their clause's subject or object is the antecedent.
constexpr std::string_view kRelativePronouns[] = {"which", "who", "whom", "that"};

bool IsRelativePronoun(std::string_view word) {
  for (std::string_view p : kRelativePronouns) {
    if (word == p) return true;
  }
  return false;
}

// The relation without its subtype: "obl:agent" -> "obl".
std::string_view Base(std::string_view rel) { return rel.substr(0, rel.find(':')); }

}  // namespace

TreeReader::TreeReader(const std::vector<TreeWord>* words, const std::vector<Mention>* mentions,
                       const std::vector<text::Token>* tokens)
    : words_(words), mentions_(mentions), tokens_(tokens), mention_of_(words->size(), -1) {
  for (size_t m = 0; m < mentions->size(); ++m) {
    for (uint32_t t = (*mentions)[m].begin; t < (*mentions)[m].end && t < words->size(); ++t) {
      mention_of_[t] = static_cast<int32_t>(m);
    }
  }
}

bool TreeReader::IsRelation(uint32_t t, std::string_view relation) const {
  std::string_view rel = (*words_)[t].deprel;
  return rel == relation || (relation.find(':') == std::string_view::npos && Base(rel) == relation);
}

std::vector<uint32_t> TreeReader::Children(uint32_t t, std::string_view relation) const {
  std::vector<uint32_t> out;
  for (uint32_t i = 0; i < words_->size(); ++i) {
    if (static_cast<uint32_t>((*words_)[i].head) == t + 1 && IsRelation(i, relation)) out.push_back(i);
  }
  return out;
}

bool TreeReader::Passive(uint32_t verb) const {
  return !Children(verb, "aux:pass").empty() || !Children(verb, "nsubj:pass").empty();
}

// The mention covering `t`, else one among its nominal dependents ("the forces of Russia").
int32_t TreeReader::MentionUnder(uint32_t t, int depth) const {
  if (mention_of_[t] >= 0) return mention_of_[t];
  if (depth == 0) return -1;
  for (std::string_view rel : {"compound", "amod", "nmod:poss", "nmod", "appos"}) {
    bool modifier = rel == "compound" || rel == "amod";
    for (uint32_t c : Children(t, rel)) {
      int32_t m = MentionUnder(c, depth - 1);
      // "military aid", "official contact": a bare role modifying a noun is no actor, while a
      // named one is ("US strikes").
      if (m >= 0 && !(modifier && (*mentions_)[m].role_only)) return m;
    }
  }
  return -1;
}

// "Syria says it is willing to withdraw": a pronoun subject of a reported clause is the
// speaker.
int32_t TreeReader::ReportedSpeaker(uint32_t verb, uint32_t subject, std::string* how,
                                    int depth) const {
  if ((*words_)[subject].upos != "PRON" || !IsRelation(verb, "ccomp")) return -1;
  int head = (*words_)[verb].head;
  if (head == 0) return -1;
  int32_t m = Subject(static_cast<uint32_t>(head - 1), how, depth + 1);
  if (m >= 0) *how = "pronoun subject of reported speech: the speaker";
  return m;
}

int32_t TreeReader::Subject(uint32_t verb, std::string* how, int depth) const {
  if (depth > 3) return -1;
  for (uint32_t c : Children(verb, "nsubj")) {
    if ((*words_)[c].deprel == "nsubj:pass") continue;
    if (int32_t m = MentionUnder(c); m >= 0) {
      *how = "nsubj";
      return m;
    }
    if (int32_t m = ReportedSpeaker(verb, c, how, depth); m >= 0) return m;
    if (int32_t m = Antecedent(verb, c); m >= 0) {
      *how = "antecedent of the relative pronoun subject";
      return m;
    }
  }
  int head = (*words_)[verb].head;
  if (head == 0) return -1;
  uint32_t gov = static_cast<uint32_t>(head - 1);
  if (IsRelation(verb, "xcomp")) {
    for (uint32_t c : Children(gov, "obj")) {
      if (int32_t m = MentionUnder(c); m >= 0) {
        *how = "object of the governing verb (xcomp)";
        return m;
      }
    }
    int32_t m = Subject(gov, how, depth + 1);
    if (m >= 0) *how = "subject of the governing verb (xcomp)";
    return m;
  }
  if (IsRelation(verb, "conj")) {
    int32_t m = Subject(gov, how, depth + 1);
    if (m >= 0) *how = "subject of the first conjunct (conj)";
    return m;
  }
  if (IsRelation(verb, "acl")) {
    int32_t m = MentionUnder(gov);
    if (m >= 0) *how = "noun the relative clause modifies (acl:relcl)";
    return m;
  }
  return -1;
}

// The actor a relative pronoun at `pronoun` stands for: the noun its clause modifies, or, when
// the parser attached the clause as a conjunct, the actor right before "(,) which".
int32_t TreeReader::Antecedent(uint32_t verb, uint32_t pronoun) const {
  if (!IsRelativePronoun((*tokens_)[pronoun].norm)) return -1;
  int head = (*words_)[verb].head;
  if (IsRelation(verb, "acl") && head > 0) return MentionUnder(static_cast<uint32_t>(head - 1));
  uint32_t before = pronoun;
  if (before > 0 && ((*tokens_)[before - 1].norm == "," || (*tokens_)[before - 1].norm == "-")) {
    --before;  // "Israel, which ...", "Kim Jong Un - who ..."
  }
  return before > 0 ? mention_of_[before - 1] : -1;
}

int32_t TreeReader::Object(uint32_t verb, std::string* how) const {
  for (std::string_view rel : {"obj", "iobj"}) {
    for (uint32_t c : Children(verb, rel)) {
      if (int32_t m = MentionUnder(c); m >= 0) {
        *how = std::string(rel);
        return m;
      }
      // "Israel, which Hezbollah threatened": the object is the antecedent.
      if (int32_t m = Antecedent(verb, c); m >= 0) {
        *how = std::string(rel) + ": antecedent of the relative pronoun";
        return m;
      }
    }
  }
  for (uint32_t c : Children(verb, "obl")) {
    if ((*words_)[c].deprel == "obl:agent") continue;
    for (uint32_t k : Children(c, "case")) {
      std::string_view prep = (*tokens_)[k].norm;
      for (std::string_view p : kTargetCases) {
        if (prep != p) continue;
        if (int32_t m = MentionUnder(c); m >= 0) {
          *how = "obl (" + std::string(prep) + ")";
          return m;
        }
      }
    }
  }
  return -1;
}

bool TreeReader::Dominates(uint32_t a, uint32_t t) const {
  for (int depth = 0; depth < 32; ++depth) {
    if (t == a) return true;
    int head = (*words_)[t].head;
    if (head == 0) return false;
    t = static_cast<uint32_t>(head - 1);
  }
  return false;
}

bool TreeReader::SubjectWithoutActor(uint32_t verb) const {
  for (uint32_t c : Children(verb, "nsubj")) {
    std::string_view upos = (*words_)[c].upos;
    if (upos != "NOUN" && upos != "PROPN" && upos != "NUM") continue;
    bool actor = false;
    for (uint32_t t = 0; t < words_->size() && !actor; ++t) {
      actor = mention_of_[t] >= 0 && Dominates(c, t);
    }
    if (!actor) return true;
  }
  return false;
}

TreeRoles TreeReader::RolesOf(uint32_t verb) const {
  TreeRoles r;
  if (verb >= words_->size()) return r;
  std::string how;
  std::vector<uint32_t> passive = Children(verb, "nsubj:pass");
  if (!passive.empty()) {
    r.target = MentionUnder(passive[0]);
    for (uint32_t c : Children(verb, "obl")) {
      bool by = (*words_)[c].deprel == "obl:agent";
      for (uint32_t k : Children(c, "case")) by = by || (*tokens_)[k].norm == "by";
      if (by) r.source = MentionUnder(c);
    }
    r.how = "passive: nsubj:pass is the target, the by-agent the source";
    return r;
  }
  r.source = Subject(verb, &how);
  if (r.source < 0) r.subject_not_actor = SubjectWithoutActor(verb);
  std::string object_how;
  r.target = Object(verb, &object_how);
  r.how = "tree: source " + (r.source >= 0 ? how : "none") + ", target " +
          (r.target >= 0 ? object_how : "none");
  return r;
}

}  // namespace dyad::code
