#include "code/mentions.h"

#include <algorithm>
#include <set>

namespace dyad::code {
namespace {

// Prefixes of actor codes that are not countries.
constexpr const char* kNonCountryPrefixes[] = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS", "INT"};

// The most a noun phrase may stretch between two dictionary matches.
constexpr uint32_t kMaxLinkGap = 3;

// A person's code on the article date; when no role covers the date, the person is still of
// their country: the country of the nearest role, as an elite (ELI).
std::string PersonCode(const match::ActorInfo& actor, int32_t date) {
  std::string code = actor.CodeAt(date);
  if (!code.empty() || actor.dated.empty()) return code;
  const dict::DatedCode* nearest = &actor.dated[0];
  int64_t best = INT64_MAX;
  for (const dict::DatedCode& d : actor.dated) {
    int64_t distance = date < d.from ? int64_t{d.from} - date : int64_t{date} - d.to;
    if (distance < best) best = distance, nearest = &d;
  }
  return nearest->code.substr(0, 3) + "ELI";
}

std::string WithRole(const std::string& country, const match::AgentInfo& agent) {
  return agent.prefix ? agent.code + country : country + agent.code;
}

}  // namespace

bool IsCountryCode(const std::string& code) {
  if (code.size() < 3) return false;
  for (int i = 0; i < 3; ++i) {
    if (code[i] < 'A' || code[i] > 'Z') return false;
  }
  for (const char* p : kNonCountryPrefixes) {
    if (code.compare(0, 3, p) == 0) return false;
  }
  return true;
}

std::string ArticleContext::MainCountry() const {
  std::string best;
  int count = 0;
  for (const auto& [code, n] : country_counts) {
    if (n > count || (n == count && code < best)) best = code, count = n;
  }
  return best;
}

struct MentionFinder::Piece {
  enum class Kind { kActor, kAgent, kSurname, kPronoun } kind;
  uint32_t begin;
  uint32_t end;
  uint32_t id;  // Actor record (kActor, kSurname) or agent (kAgent).
};

void MentionFinder::CollectPeople(const text::Sentence& s, ArticleContext* ctx) const {
  const auto& tokens = s.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].capitalized) continue;
    match::PhraseTable::Match m = lexicon_->actors().LongestAt(tokens, i);
    if (m.length == 0) continue;
    const match::ActorInfo& actor = lexicon_->actor(m.payload);
    if (actor.is_person && actor.surname.size() > 2) ctx->surnames.emplace(actor.surname, m.payload);
    i += m.length - 1;
  }
}

void MentionFinder::FindPieces(const text::Sentence& s, const ArticleContext& ctx,
                               std::vector<Piece>* pieces) const {
  const auto& tokens = s.tokens;
  for (uint32_t i = 0; i < tokens.size();) {
    const text::Token& t = tokens[i];
    if (t.kind != text::TokenKind::kWord) {
      ++i;
      continue;
    }
    // Actor names are proper nouns: the capital keeps the pronoun "us" from being the US.
    match::PhraseTable::Match m;
    if (t.capitalized) m = lexicon_->actors().LongestAt(tokens, i);
    if (m.length == 1 && !t.all_caps && words_->Is(WordClass::kCapsOnly, t.norm)) {
      // "Us President" still names the US: a capitalised word before a role, mid-sentence.
      bool before_role = i > 0 && i + 1 < tokens.size() &&
                         lexicon_->agents().LongestAt(tokens, i + 1).length > 0;
      if (!before_role) m = {};
    }
    if (m.length > 0) {
      pieces->push_back({Piece::Kind::kActor, i, i + m.length, m.payload});
      i += m.length;
      continue;
    }
    m = lexicon_->agents().LongestAt(tokens, i);
    if (m.length > 0) {
      pieces->push_back({Piece::Kind::kAgent, i, i + m.length, m.payload});
      i += m.length;
      continue;
    }
    if (t.capitalized) {
      auto it = ctx.surnames.find(t.norm);
      int32_t person = it != ctx.surnames.end() ? static_cast<int32_t>(it->second) : -1;
      // "President Bush": a title names a person by surname alone. Not "President Omar El
      // Bashir": a capitalised word after it means the name goes on, so this is no surname.
      bool name_goes_on = i + 1 < tokens.size() && tokens[i + 1].capitalized &&
                          tokens[i + 1].kind == text::TokenKind::kWord;
      bool titled = !pieces->empty() && pieces->back().kind == Piece::Kind::kAgent &&
                    pieces->back().end == i && !name_goes_on;
      if (person < 0 && titled) {
        person = TitledPerson(t.norm, lexicon_->agent(pieces->back().id), ctx.date);
      }
      if (person >= 0) {
        pieces->push_back({Piece::Kind::kSurname, i, i + 1, static_cast<uint32_t>(person)});
        ++i;
        continue;
      }
    }
    if (ctx.last_person >= 0 && words_->Is(WordClass::kPersonPronoun, t.norm)) {
      pieces->push_back({Piece::Kind::kPronoun, i, i + 1, 0});
    }
    ++i;
  }
}

// The person a title plus `surname` names on `date`: of the dictionary's people of that surname,
// those who hold the title's role then (role code ending in the title's agent code, "GOV" for
// "President"; at any time when the date is unknown). They must all be of one country, else the
// name is ambiguous and -1 is returned; of several, one in office on the date is preferred.
int32_t MentionFinder::TitledPerson(const std::string& surname, const match::AgentInfo& title,
                                    int32_t date) const {
  if (surname.size() <= 2 || title.prefix) return -1;
  auto ends_with = [](const std::string& code, const std::string& suffix) {
    return code.size() > suffix.size() &&
           code.compare(code.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  auto holds_title = [&](const match::ActorInfo& a) {
    for (const dict::DatedCode& d : a.dated) {
      bool when = date == 0 || (d.from <= date && date <= d.to);
      if (when && ends_with(d.code, title.code)) return true;
    }
    return false;
  };
  int32_t found = -1;
  std::string code;
  for (uint32_t id : lexicon_->PeopleWithSurname(surname)) {
    const match::ActorInfo& a = lexicon_->actor(id);
    if (!holds_title(a)) continue;
    std::string c = a.CodeAt(date);
    if (found >= 0 && c.compare(0, 3, code, 0, 3) != 0) return -1;
    if (found < 0 || (!ends_with(c, "ELI") && ends_with(code, "ELI"))) {
      found = static_cast<int32_t>(id);
      code = c;
    }
  }
  return found;
}

// True when the tokens [from, to) may stand inside one noun phrase: linking words such as
// "'s", "of", "senior", or capitalised words that are no verb (names the dictionary lacks).
bool MentionFinder::Linkable(const text::Sentence& s, uint32_t from, uint32_t to) const {
  if (to - from > kMaxLinkGap) return false;
  for (uint32_t k = from; k < to; ++k) {
    const text::Token& t = s.tokens[k];
    if (words_->Is(WordClass::kNpLink, t.norm)) continue;
    bool name_like = t.capitalized && t.kind == text::TokenKind::kWord && k > 0 &&
                     !lexicon_->verb_forms().HasFirstWord(t.norm);
    if (!name_like) return false;
  }
  return true;
}

Mention MentionFinder::MergePieces(const std::vector<Piece>& pieces, size_t first, size_t last,
                                   const ArticleContext& ctx) const {
  Mention m;
  m.begin = pieces[first].begin;
  m.end = pieces[last].end;
  std::string person_code, country_code;
  const match::AgentInfo* agent = nullptr;
  for (size_t k = first; k <= last; ++k) {
    const Piece& p = pieces[k];
    switch (p.kind) {
      case Piece::Kind::kPronoun:
        person_code = ctx.last_person_code;
        m.person = ctx.last_person;
        m.how = "pronoun for the last person named";
        break;
      case Piece::Kind::kSurname:
      case Piece::Kind::kActor: {
        const match::ActorInfo& a = lexicon_->actor(p.id);
        if (a.is_person) {
          if (person_code.empty()) person_code = PersonCode(a, ctx.date);
          m.person = static_cast<int32_t>(p.id);
          m.how = (p.kind == Piece::Kind::kSurname ? "surname of " : "person ") + a.name;
        } else if (country_code.empty()) {
          country_code = a.CodeAt(ctx.date);
          if (m.how.empty()) m.how = "actor " + a.name;
        }
        break;
      }
      case Piece::Kind::kAgent:
        if (!agent) agent = &lexicon_->agent(p.id);
        break;
    }
  }
  if (!person_code.empty()) {
    m.code = person_code;
    m.has_country = IsCountryCode(person_code);
  } else if (!country_code.empty()) {
    m.has_country = IsCountryCode(country_code);
    m.code = (agent && country_code.size() == 3) ? WithRole(country_code, *agent) : country_code;
  } else if (agent) {
    m.code = agent->code;
    m.role_only = true;
    m.how = "role only";
  }
  return m;
}

// Whether the mentions from `i` on, joined by bare commas, reach one joined by a conjunction.
bool MentionFinder::ListEndsWithConjunction(const text::Sentence& s,
                                            const std::vector<Mention>& mentions,
                                            size_t i) const {
  for (size_t j = i + 1; j < mentions.size(); ++j) {
    uint32_t from = mentions[j - 1].end, to = mentions[j].begin;
    if (to <= from || to - from > 2) return false;
    bool conjunction = false;
    for (uint32_t k = from; k < to; ++k) {
      const std::string& w = s.tokens[k].norm;
      if (!words_->Is(WordClass::kCoordinator, w)) return false;
      conjunction = conjunction || w != ",";
    }
    if (conjunction) return true;
  }
  return false;
}

void MentionFinder::GroupCompounds(const text::Sentence& s, std::vector<Mention>* mentions) const {
  for (size_t i = 0; i < mentions->size(); ++i) (*mentions)[i].group = static_cast<uint32_t>(i);
  for (size_t i = 1; i < mentions->size(); ++i) {
    Mention& prev = (*mentions)[i - 1];
    Mention& cur = (*mentions)[i];
    if (cur.begin == prev.end) continue;
    bool coordinated = true;
    for (uint32_t k = prev.end; k < cur.begin; ++k) {
      if (!words_->Is(WordClass::kCoordinator, s.tokens[k].norm)) coordinated = false;
    }
    if (!coordinated || cur.begin - prev.end > 2) continue;
    // "... arrived in Bosnia, Defense Secretary William Perry said": after a bare comma, the
    // speaker of a verb of saying starts a clause of its own.
    bool comma_only = cur.begin - prev.end == 1 && s.tokens[prev.end].norm == ",";
    bool speaker = cur.end < s.tokens.size() && words_->Is(WordClass::kSpeech, s.tokens[cur.end].norm);
    if (comma_only && speaker) continue;
    // "Speaking in Berlin, Chancellor Merkel accused": a place after a preposition and a bare
    // comma is no list unless the list goes on to "and" ("in Britain, France and Germany").
    bool place = prev.group == i - 1 && prev.begin > 0 &&
                 words_->Is(WordClass::kLocative, s.tokens[prev.begin - 1].norm);
    if (comma_only && place && !ListEndsWithConjunction(s, *mentions, i)) continue;
    cur.group = prev.group;
    // "Israeli helicopters and tanks": a bare role takes its partner's country.
    if (cur.role_only && !cur.has_country && prev.has_country) {
      cur.code = prev.code.substr(0, 3) + cur.code;
      cur.has_country = true;
      cur.how = "role; country from its compound partner";
    }
  }
  // "Hungarian and Romanian officials": a bare country takes the role of the group's last member.
  for (size_t i = 0; i + 1 < mentions->size(); ++i) {
    Mention& m = (*mentions)[i];
    if (m.code.size() != 3 || !m.has_country || m.person >= 0) continue;
    for (size_t j = i + 1; j < mentions->size() && (*mentions)[j].group == m.group; ++j) {
      const Mention& last = (*mentions)[j];
      bool is_last = j + 1 == mentions->size() || (*mentions)[j + 1].group != m.group;
      if (is_last && last.person < 0 && last.has_country && last.code.size() > 3) {
        m.code += last.code.substr(3);
      }
    }
  }
}

// A bare role ("police", "military sites") takes the country of the place the sentence names
// after it ("near Kyiv", "in northern Iraq"), else of any place it names, else the article's
// main country, else the only country the sentence names.
void MentionFinder::InferCountries(const text::Sentence& s, const ArticleContext& ctx,
                                   std::vector<Mention>* mentions) const {
  std::vector<const Mention*> places;
  std::set<std::string> countries;
  for (const Mention& m : *mentions) {
    if (!m.has_country || m.role_only) continue;
    countries.insert(m.code.substr(0, 3));
    uint32_t k = m.begin;
    while (k > 0 && words_->Is(WordClass::kDirection, s.tokens[k - 1].norm)) --k;
    if (k > 0 && words_->Is(WordClass::kLocative, s.tokens[k - 1].norm)) places.push_back(&m);
  }
  // A sentence with no earlier context: the one country it names, if it names only one.
  std::string main = ctx.MainCountry();
  if (main.empty() && countries.size() == 1) main = *countries.begin();
  for (Mention& m : *mentions) {
    if (!m.role_only || m.has_country) continue;
    const Mention* place = nullptr;
    for (const Mention* p : places) {
      if (!place || (p->begin > m.begin && place->begin < m.begin)) place = p;
    }
    std::string country = place ? place->code.substr(0, 3) : main;
    if (country.empty()) continue;
    m.code = country + m.code;
    m.has_country = true;
    m.how = place ? "role; country from the place named in the sentence"
                  : "role; country is the article's main country";
  }
}

std::vector<Mention> MentionFinder::Find(const text::Sentence& s, ArticleContext* ctx) const {
  std::vector<Piece> pieces;
  FindPieces(s, *ctx, &pieces);
  std::vector<Mention> mentions;
  for (size_t first = 0; first < pieces.size();) {
    size_t last = first;
    while (last + 1 < pieces.size() && pieces[last].kind != Piece::Kind::kPronoun &&
           pieces[last + 1].kind != Piece::Kind::kPronoun &&
           Linkable(s, pieces[last].end, pieces[last + 1].begin)) {
      ++last;
    }
    Mention m = MergePieces(pieces, first, last, *ctx);
    if (!m.code.empty()) mentions.push_back(std::move(m));
    first = last + 1;
  }
  GroupCompounds(s, &mentions);
  InferCountries(s, *ctx, &mentions);
  // The sentence's first person, usually its subject, is whom a later "he" or "she" means
  // ("Blair warned of Bush's re-election. He said ..."); a pronoun there keeps the antecedent.
  bool person_seen = false;
  for (const Mention& m : mentions) {
    if (m.person >= 0 && !person_seen) {
      person_seen = true;
      ctx->last_person = m.person;
      ctx->last_person_code = m.code;
    }
    if (m.has_country && !m.role_only) ++ctx->country_counts[m.code.substr(0, 3)];
  }
  return mentions;
}

}  // namespace dyad::code
