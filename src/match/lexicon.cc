#include "match/lexicon.h"

#include <unordered_map>

#include "base/string_util.h"
#include "dict/source_reader.h"

namespace dyad::match {
namespace {

std::string Join(const dict::Phrase& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Whether `past` is the regular past of `stem` ("supported" of "support", "barred" of "bar",
// "studied" of "study", "hoped" of "hope").
bool IsRegularPastOf(const std::string& past, const std::string& stem) {
  if (stem.empty()) return false;
  if (past == stem + "ed" || past == stem + "d" || past == stem + stem.back() + "ed") return true;
  return stem.back() == 'y' && past == stem.substr(0, stem.size() - 1) + "ied";
}

// Dictionaries sometimes list a past form as the headword ("DEMANDED {DEMANDS DEMANDING
// DEMAND}") to say the present forms are nouns as often as verbs, so the shape of the word
// decides before its place in the list.
VerbFormKind ClassifyForm(const std::string& word, const std::string& base) {
  if (EndsWith(word, "ing") && word.size() > 5) return VerbFormKind::kGerund;
  if (EndsWith(word, "ed") && word.size() > 4) return VerbFormKind::kPast;
  if (word == base) return VerbFormKind::kBase;
  bool past_headword = EndsWith(base, "ed") && word.size() <= base.size();
  bool third_person = word.size() > 2 && word.back() == 's';
  if (past_headword && (third_person || IsRegularPastOf(base, word))) {
    return VerbFormKind::kNounlike;
  }
  if (word.size() > base.size() && third_person) return VerbFormKind::kThirdPerson;
  return VerbFormKind::kPast;
}

}  // namespace

std::string ActorInfo::CodeAt(int32_t date) const {
  if (date == 0 && !dated.empty()) {
    // Unknown date: the most recently started role.
    const dict::DatedCode* latest = &dated[0];
    for (const dict::DatedCode& d : dated) {
      if (d.from > latest->from) latest = &d;
    }
    return latest->code;
  }
  for (const dict::DatedCode& d : dated) {
    if (d.from <= date && date <= d.to) return d.code;
  }
  return default_code;
}

int32_t DateToInt(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return 0;
  int32_t v = 0;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

const std::vector<uint32_t>& Lexicon::PeopleWithSurname(const std::string& surname) const {
  static const std::vector<uint32_t> kNone;
  auto it = people_by_surname_.find(surname);
  return it == people_by_surname_.end() ? kNone : it->second;
}

size_t Lexicon::pattern_count() const {
  size_t n = 0;
  for (const VerbBlockInfo& b : blocks_) n += b.patterns.size();
  return n;
}

// Turns the sources into lookup tables; one method per dictionary kind.
class Lexicon::Builder {
 public:
  Builder(Lexicon* lex, std::vector<dict::Diagnostic>* warnings)
      : lex_(lex), warnings_(warnings) {}

  void AddActors(const std::vector<dict::ActorEntry>& entries) {
    for (const dict::ActorEntry& e : entries) {
      if (e.phrases.empty()) continue;
      ActorInfo info;
      info.name = Join(e.phrases[0]);
      info.default_code = e.default_code;
      info.dated = e.dated;
      info.is_person = !e.dated.empty();
      info.surname = e.phrases[0].back();
      uint32_t id = static_cast<uint32_t>(lex_->actor_info_.size());
      if (info.is_person) lex_->people_by_surname_[info.surname].push_back(id);
      lex_->actor_info_.push_back(std::move(info));
      for (const dict::Phrase& p : e.phrases) {
        if (!lex_->actors_.Add(p, id)) Warn(e.where, "actor phrase '" + Join(p) + "' defined earlier; this one is ignored");
      }
    }
  }

  void AddAgents(const std::vector<dict::AgentEntry>& entries) {
    for (const dict::AgentEntry& e : entries) {
      uint32_t id = static_cast<uint32_t>(lex_->agent_info_.size());
      lex_->agent_info_.push_back(AgentInfo{e.code, e.prefix});
      for (const dict::Phrase& p : e.phrases) {
        if (!lex_->agents_.Add(p, id)) Warn(e.where, "agent phrase '" + Join(p) + "' defined earlier; this one is ignored");
      }
    }
  }

  void AddVerbs(const dict::VerbSource& source) {
    for (const dict::Synset& s : source.synsets) {
      synset_index_[s.name] = static_cast<uint32_t>(lex_->synsets_.size());
      PhraseTable& table = lex_->synsets_.emplace_back();
      for (const dict::Phrase& m : s.members) table.Add(m, 0);
      table.Finalize();
    }
    for (const dict::VerbBlock& b : source.blocks) AddBlock(b);
  }

  void AddDiscards(const std::vector<dict::DiscardEntry>& entries) {
    for (const dict::DiscardEntry& e : entries) {
      uint32_t id = static_cast<uint32_t>(lex_->discard_info_.size());
      lex_->discard_info_.push_back(DiscardInfo{e.whole_article});
      lex_->discards_.Add(e.phrase, id);
    }
  }

  void AddIssues(const std::vector<dict::IssueEntry>& entries) {
    for (const dict::IssueEntry& e : entries) {
      uint32_t id = static_cast<uint32_t>(lex_->issue_info_.size());
      lex_->issue_info_.push_back(IssueInfo{e.code, e.ignore});
      for (const dict::Phrase& p : e.phrases) lex_->issues_.Add(p, id);
    }
  }

  void Finalize() {
    for (PhraseTable* t : {&lex_->actors_, &lex_->agents_, &lex_->verb_forms_, &lex_->discards_,
                           &lex_->issues_}) {
      t->Finalize();
    }
  }

 private:
  static bool IsNull(const std::string& code) { return code.empty() || code == "---"; }

  void AddBlock(const dict::VerbBlock& b) {
    uint32_t block_id = static_cast<uint32_t>(lex_->blocks_.size());
    VerbBlockInfo& info = lex_->blocks_.emplace_back();
    info.description = b.description;
    info.code = IsNull(b.code) ? "" : b.code;
    for (const dict::VerbPattern& p : b.patterns) {
      CompiledPattern compiled;
      if (CompilePattern(p, &compiled)) lex_->blocks_[block_id].patterns.push_back(std::move(compiled));
    }
    for (const dict::VerbEntry& v : b.verbs) AddVerb(v, block_id);
  }

  void AddVerb(const dict::VerbEntry& v, uint32_t block_id) {
    if (v.forms.empty() || v.forms[0].empty()) return;
    uint32_t verb_id = static_cast<uint32_t>(lex_->verb_info_.size());
    VerbInfo info;
    info.block = block_id;
    info.lemma = Join(v.forms[0]);
    info.code = IsNull(v.code) ? lex_->blocks_[block_id].code : v.code;
    info.head = static_cast<uint32_t>(v.head);
    lex_->verb_info_.push_back(info);
    const std::string& base = v.forms[0][std::min<size_t>(v.head, v.forms[0].size() - 1)];
    for (const dict::Phrase& form : v.forms) {
      if (form.empty()) continue;
      const std::string& word = form[std::min<size_t>(v.head, form.size() - 1)];
      // A form shared by two verbs keeps the first: lint reports the clash.
      lex_->verb_forms_.Add(form, EncodeForm(verb_id, ClassifyForm(word, base)));
    }
  }

  bool CompileGroups(const std::vector<dict::PatternGroup>& groups, const dict::Location& where,
                     std::vector<CompiledGroup>* out, int* items) {
    for (const dict::PatternGroup& g : groups) {
      CompiledGroup cg;
      cg.consecutive = g.consecutive;
      cg.prepositional = g.prepositional;
      cg.relation = g.relation;
      // A relation narrows the group as much as another item does.
      if (!g.relation.empty()) ++*items;
      for (const dict::PatternItem& item : g.items) {
        CompiledItem ci;
        ci.kind = item.kind;
        if (item.kind == dict::PatternItem::Kind::kWord) {
          ci.word = item.text;
          ci.plural = dict::RegularPlural(item.text);
        } else if (item.kind == dict::PatternItem::Kind::kSynset) {
          auto it = synset_index_.find(item.text);
          if (it == synset_index_.end()) {
            Warn(where, "pattern uses undefined synset " + item.text + "; pattern ignored");
            return false;
          }
          ci.synset = it->second;
        }
        cg.items.push_back(std::move(ci));
        ++*items;
      }
      out->push_back(std::move(cg));
    }
    return true;
  }

  bool CompilePattern(const dict::VerbPattern& p, CompiledPattern* out) {
    int items = 0;
    if (!CompileGroups(p.before, p.where, &out->before, &items)) return false;
    if (!CompileGroups(p.after, p.where, &out->after, &items)) return false;
    out->code = p.code;
    out->specificity = items;
    out->text = p.where.file + ":" + std::to_string(p.where.line);
    if (!p.comment.empty()) out->text += " (" + p.comment + ")";
    return true;
  }

  void Warn(const dict::Location& where, std::string message) {
    if (warnings_) warnings_->push_back(dict::Diagnostic{where, std::move(message)});
  }

  Lexicon* lex_;
  std::vector<dict::Diagnostic>* warnings_;
  std::unordered_map<std::string, uint32_t> synset_index_;
};

StatusOr<std::unique_ptr<Lexicon>> Lexicon::Build(const dict::DictionarySources& sources,
                                                  std::vector<dict::Diagnostic>* warnings) {
  std::unique_ptr<Lexicon> lex(new Lexicon());
  Builder builder(lex.get(), warnings);
  builder.AddActors(sources.actors);
  builder.AddAgents(sources.agents);
  builder.AddVerbs(sources.verbs);
  builder.AddDiscards(sources.discards);
  builder.AddIssues(sources.issues);
  builder.Finalize();
  return lex;
}

}  // namespace dyad::match
