// Generates the synthetic dictionary set of dict_corpus.h. Each Write* function makes one file
// kind; they share a LineWriter that counts lines so malformed ones can be located.
#include "dict_corpus.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <unordered_set>

namespace dyad::bench {
namespace {

namespace fs = std::filesystem;

// A small deterministic generator (splitmix64), so that every run writes the same files.
class Rng {
 public:
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  bool Percent(size_t p) { return Below(100) < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }

 private:
  uint64_t state_ = 20260101;
};

// Accumulates one file's lines, counting them, and records the malformed ones.
class LineWriter {
 public:
  LineWriter(const std::string& dir, const std::string& name, GeneratedDicts* out)
      : name_(name), out_(out) {
    file_.path = dir + "/" + name;
  }
  void Line(std::string_view text) {
    text_.append(text);
    text_ += '\n';
    ++file_.lines;
  }
  void Malformed(std::string_view text, const std::string& what) {
    Line(text);
    out_->malformed.push_back({name_, file_.lines, what});
  }
  void Record() { ++file_.records; }
  bool Close(std::string* error) {
    std::ofstream f(file_.path, std::ios::binary);
    f << text_;
    if (!f.good()) {
      *error = file_.path + ": cannot write";
      return false;
    }
    file_.bytes = text_.size();
    out_->files.push_back(file_);
    return true;
  }

 private:
  std::string name_;
  GeneratedDicts* out_;
  GeneratedFile file_;
  std::string text_;
};

bool ReadLines(const std::string& path, std::vector<std::string>* lines, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot read";
    return false;
  }
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(line);
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
  return u;
}

// The words of an underscore phrase such as "GEORGE_H._BUSH_".
std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> words;
  std::string word;
  for (char c : phrase) {
    if (c == '_' || c == ' ') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

// A phrase key for uniqueness checks: upper case, words joined by one space.
std::string Key(std::string_view phrase) {
  std::string key;
  for (const std::string& w : Words(phrase)) {
    if (!key.empty()) key += ' ';
    key += Upper(w);
  }
  return key;
}

// ---------------------------------------------------------------------------------------------
// Verbs: copies of dyad's verbs file with the verb words and synset names tagged per copy.

// "&WHEN_" -> "&WHENQA_": the tag goes before a trailing underscore.
std::string TagName(std::string_view name, const std::string& tag) {
  bool under = !name.empty() && name.back() == '_';
  if (under) name.remove_suffix(1);
  return std::string(name) + tag + (under ? "_" : "");
}

// Renames every "&NAME" in a pattern line.
std::string TagSynsetRefs(std::string_view line, const std::string& tag) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    if (line[i] != '&') {
      out += line[i++];
      continue;
    }
    size_t end = i + 1;
    while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_')) ++end;
    out += '&';
    out += TagName(line.substr(i + 1, end - i - 1), tag);
    i = end;
  }
  return out;
}

// Prefixes each word of a verb line (before its code or comment) with the tag:
// "+POINT_OUT {+POINTS_OUT} [010]" -> "+QAPOINT_QAOUT {+QAPOINTS_QAOUT} [010]".
std::string TagVerbLine(std::string_view line, const std::string& tag) {
  size_t stop = line.find_first_of("[#");
  if (stop == std::string_view::npos) stop = line.size();
  std::string out;
  bool at_word_start = true;
  for (size_t i = 0; i < stop; ++i) {
    char c = line[i];
    bool sep = c == ' ' || c == '\t' || c == '_' || c == '{' || c == '}' || c == '+';
    if (!sep && at_word_start) out += tag;
    at_word_start = sep;
    out += c;
  }
  return out + std::string(line.substr(stop));
}

constexpr const char* kBadPatterns[][2] = {
    {"- * (TO + [040]", "unbalanced parenthesis"},
    {"- $ + [040]", "pattern without '*'"},
    {"- * &QZNOSUCHSET [040]", "unknown synset"},
    {"- * + [0X4]", "bad code"},
    {"- * + (WITH {CLEAN WATER})", "pattern without a code"},
};

void WriteVerbs(const std::vector<std::string>& source, const DictScale& scale, LineWriter* w,
                GeneratedDicts* out) {
  size_t next_bad = 0;
  for (char copy = 'A'; out->verb_patterns < scale.verb_patterns && copy <= 'Z'; ++copy) {
    std::string tag = std::string("Q") + copy;
    bool in_block = false;
    for (const std::string& raw : source) {
      std::string_view t = Trim(raw);
      if (t.empty() || t[0] == '#' || t[0] == '~') {
        w->Line(raw);
      } else if (t.rfind("---", 0) == 0) {
        if (out->verb_patterns >= scale.verb_patterns) break;
        in_block = true;
        w->Line(raw);
      } else if (t[0] == '&') {
        in_block = false;
        std::string label(1, '&');
        label += TagName(Trim(t.substr(1, t.find('#') - 1)), tag);  // npos - 1 clamps.
        w->Line(label);
      } else if (t[0] == '+' && !in_block) {
        w->Line(raw);  // A synset member.
      } else if (t[0] == '-') {
        w->Line(TagSynsetRefs(raw, tag));
        w->Record();
        ++out->verb_patterns;
        if (out->verb_patterns % 3000 == 0) {
          const auto& bad = kBadPatterns[next_bad++ % std::size(kBadPatterns)];
          w->Malformed(bad[0], bad[1]);
        }
      } else {
        w->Line(TagVerbLine(raw, tag));
        w->Record();
        ++out->verbs;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Actors: people with dated roles, and groups, from names recombined out of dyad's own files.

struct NamePools {
  std::vector<std::string> given, surnames, countries;
  std::unordered_set<std::string> taken;  // Keys of every phrase dyad or we already define.
};

bool IsNameWord(const std::string& w) {
  if (w.size() < 3) return false;
  for (char c : w) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Reads names, country codes and taken phrases from the .actors files of `source_dir`.
bool ReadNamePools(const std::string& source_dir, NamePools* pools, std::string* error) {
  std::unordered_set<std::string> given, surnames;
  for (const char* name : {"leaders.actors", "countries.actors", "groups.actors", "organizations.actors"}) {
    std::vector<std::string> lines;
    if (!ReadLines(source_dir + "/" + name, &lines, error)) return false;
    bool leaders = std::string_view(name) == "leaders.actors";
    for (const std::string& raw : lines) {
      std::string_view t = Trim(std::string_view(raw).substr(0, raw.find_first_of("#;")));
      if (t.empty() || t[0] == '[') continue;
      bool synonym = t[0] == '+';
      std::string_view phrase = t.substr(synonym ? 1 : 0, t.find('[') == std::string_view::npos
                                                              ? std::string_view::npos
                                                              : t.find('[') - (synonym ? 1 : 0));
      pools->taken.insert(Key(phrase));
      size_t open = t.find('[');
      if (!synonym && open != std::string_view::npos && t.size() >= open + 5 && t[open + 4] == ']' &&
          name == std::string_view("countries.actors")) {
        pools->countries.emplace_back(t.substr(open + 1, 3));
      }
      std::vector<std::string> words = Words(phrase);
      if (!leaders || synonym || words.size() < 2) continue;
      if (IsNameWord(words.front())) given.insert(words.front());
      if (IsNameWord(words.back())) surnames.insert(words.back());
    }
  }
  pools->given.assign(given.begin(), given.end());
  pools->surnames.assign(surnames.begin(), surnames.end());
  std::sort(pools->given.begin(), pools->given.end());
  std::sort(pools->surnames.begin(), pools->surnames.end());
  if (pools->given.empty() || pools->surnames.empty() || pools->countries.empty()) {
    *error = source_dir + ": found no names or country codes to vary";
    return false;
  }
  return true;
}

// Takes `phrase` if no dyad or generated phrase has its key yet.
bool Claim(NamePools* pools, const std::string& phrase) {
  return pools->taken.insert(Key(phrase)).second;
}

// "19950317" or, one time in five, the six-digit "950317".
std::string Date(Rng* rng, int year) {
  char buf[16];
  int month = 1 + int(rng->Below(12)), day = 1 + int(rng->Below(28));
  if (year < 2040 && rng->Percent(20)) {  // Six-digit years 40-99 are read as 19xx.
    std::snprintf(buf, sizeof buf, "%02d%02d%02d", year % 100, month, day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
  }
  return buf;
}

constexpr const char* kRoles[] = {"GOV", "GOV", "GOV", "MIL", "OPP", "LEG", "JUD", "ELI", "SPY", "COP"};
constexpr const char* kBadCodeLines[][2] = {
    {"\t[QQQGOV 20190230-20200101]", "impossible date"},
    {"\t[QQQGOV 20200101-20190101]", "range that ends before it starts"},
    {"\t[QQQGOV 20200101-20210101", "unclosed ["},
    {"\t[qqq-gov]", "bad code"},
};

// One person: a name, maybe an initial-and-surname synonym, one to three consecutive roles.
void WritePerson(Rng* rng, NamePools* pools, LineWriter* w, GeneratedDicts* out) {
  std::string given, surname, name;
  do {
    given = rng->Pick(pools->given);
    surname = rng->Pick(pools->surnames);
    name = given + "_" + surname + "_";
    if (rng->Percent(30)) name = given + "_" + char('A' + rng->Below(26)) + "._" + surname + "_";
  } while (!Claim(pools, name));
  w->Line(name);
  w->Record();
  ++out->actors;
  ++out->actor_lines;
  std::string synonym(1, '+');
  synonym += given[0];
  synonym += "._" + surname + "_";
  if (rng->Percent(60) && Claim(pools, synonym.substr(1))) {
    w->Line(synonym);
    ++out->actor_lines;
  }
  const std::string& country = rng->Pick(pools->countries);
  int year = 1985 + int(rng->Below(38));
  size_t roles = 1 + rng->Below(3);
  for (size_t r = 0; r < roles && (r == 0 || year < 2030); ++r) {
    int end = year + 2 + int(rng->Below(7));  // The role ends in a later year than it starts.
    std::string code = country + kRoles[rng->Below(std::size(kRoles))];
    std::string when = Date(rng, year) + "-" + Date(rng, end - 1);
    if (r == 0 && rng->Percent(5)) when = std::string("<") + Date(rng, end - 1);
    if (r + 1 == roles && rng->Percent(15)) when = std::string(">") + Date(rng, year);
    w->Line("\t[" + code + " " + when + "]");
    ++out->actor_lines;
    ++out->dated_codes;
    year = end;
  }
  if (rng->Percent(10)) {
    w->Line("\t[" + country + "]");
    ++out->actor_lines;
  }
}

void WritePeople(const DictScale& scale, Rng* rng, NamePools* pools, LineWriter* w, GeneratedDicts* out) {
  w->Line("# Synthetic people with dated roles, generated by bench/dict_bench for timing.");
  w->Line("QUENTIN_ZARKOVSKY_  # the probe person of GeneratedDicts::kProbeName");
  w->Line("\t[FRAGOV 20150101-20191231]");
  w->Line("\t[FRAELI >20200101]");
  w->Line("");
  w->Record();
  pools->taken.insert("QUENTIN ZARKOVSKY");
  out->actors += 1;
  out->actor_lines += 3;
  out->dated_codes += 2;
  for (size_t i = 0; i < scale.people; ++i) {
    WritePerson(rng, pools, w, out);
    if (i % 4000 == 1999) {
      const auto& bad = kBadCodeLines[(i / 4000) % std::size(kBadCodeLines)];
      w->Malformed(bad[0], bad[1]);
      ++out->actor_lines;
    }
    w->Line("");
  }
}

constexpr const char* kGroupKinds[][2] = {
    {"LIBERATION_FRONT", "REB"}, {"MARTYRS_BRIGADE", "REB"}, {"NATIONAL_MOVEMENT", "OPP"},
    {"DEMOCRATIC_PARTY", "PTY"}, {"PEOPLE'S_PARTY", "PTY"},  {"RELIEF_FOUNDATION", "NGO"},
    {"TRADE_UNION", "LAB"},      {"MILITIA", "UAF"},          {"CHAMBER_OF_COMMERCE", "BUS"},
    {"PRESS_AGENCY", "MED"},     {"UNIVERSITY", "EDU"},       {"ISLAMIC_ARMY", "REB"},
};

void WriteGroups(const DictScale& scale, Rng* rng, NamePools* pools, LineWriter* w, GeneratedDicts* out) {
  w->Line("# Synthetic organisations and armed groups, generated by bench/dict_bench for timing.");
  for (size_t i = 0; i < scale.groups; ++i) {
    const auto& kind = kGroupKinds[rng->Below(std::size(kGroupKinds))];
    std::string name;
    do {
      name = rng->Pick(pools->surnames) + "_" + kind[0] + "_";
    } while (!Claim(pools, name));
    std::string code = rng->Pick(pools->countries) + kind[1];
    bool inline_code = rng->Percent(50);
    w->Line(inline_code ? name + " [" + code + "]" : name);
    w->Record();
    ++out->actors;
    ++out->actor_lines;
    std::string acronym;
    for (const std::string& word : Words(name)) acronym += word[0];
    if (rng->Percent(40) && Claim(pools, acronym + "_")) {
      w->Line("+" + acronym + "_");
      ++out->actor_lines;
    }
    if (!inline_code) {
      w->Line("\t[" + code + "]");
      ++out->actor_lines;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Agents, discards and issues: dyad's own phrases with a modifier word added.

constexpr const char* kModifiers[] = {
    "SENIOR",   "DEPUTY",   "REGIONAL", "PROVINCIAL", "FORMER",  "ACTING",    "ASSISTANT",
    "LOCAL",    "NATIONAL", "MUNICIPAL", "FEDERAL",   "JUNIOR",  "INTERIM",   "DISTRICT",
    "VETERAN",  "EXILED",   "ROGUE",    "ELECTED",    "APPOINTED", "PROVISIONAL", "COASTAL",
    "NORTHERN", "SOUTHERN", "EASTERN",  "WESTERN",    "CENTRAL", "BORDER",    "RURAL",
    "URBAN",    "STATE",    "COUNTY",   "HIGHLAND",   "ISLAND",  "SPECIAL",   "RESERVE",
};

struct Agent {
  std::string phrase, code;  // "POLICE_CHIEF", "~COP".
};

// The plain "PHRASE [CODE]" agents of dyad's file (no substitution markers).
std::vector<Agent> ReadAgents(const std::vector<std::string>& lines, NamePools* pools) {
  std::vector<Agent> agents;
  for (const std::string& raw : lines) {
    std::string_view t = Trim(std::string_view(raw).substr(0, raw.find('#')));
    size_t open = t.find('['), close = t.find(']');
    if (t.empty() || t[0] == '<' || t.find('!') != std::string_view::npos ||
        open == std::string_view::npos || close == std::string_view::npos) {
      continue;
    }
    std::string_view phrase = Trim(t.substr(0, std::min(open, t.find('{'))));
    pools->taken.insert(Key(phrase));
    agents.push_back({std::string(phrase), std::string(t.substr(open + 1, close - open - 1))});
  }
  return agents;
}

void WriteAgents(const std::vector<Agent>& heads, const DictScale& scale, Rng* rng, NamePools* pools,
                 LineWriter* w) {
  w->Line("<!-- Synthetic agents, generated by bench/dict_bench for timing. -->");
  w->Line("!RANKQ! = SERGEANT, SERGEANTS, CORPORAL, CORPORALS, CAPTAIN, CAPTAINS");
  for (size_t i = 0; i < 20; ++i) {
    w->Line(std::string("!RANKQ!_OF_THE_") + kModifiers[i] + "_GUARD [~MIL]");
    w->Record();
  }
  for (size_t i = 20; i < scale.agents; ++i) {
    std::string phrase;
    const Agent* head = nullptr;
    do {
      head = &rng->Pick(heads);
      phrase = std::string(kModifiers[rng->Below(std::size(kModifiers))]) + "_" + head->phrase;
    } while (!Claim(pools, phrase));
    std::string plural = rng->Percent(8) ? " {}" : "";
    w->Line(phrase + plural + " [" + head->code + "]");
    w->Record();
    if (i % 500 == 250) w->Malformed("TAX_WARDEN [GOV]", "agent code without '~'");
    if (i % 500 == 251) w->Malformed("HARBOUR_WARDEN", "agent without a code");
    if (i % 500 == 252) w->Malformed("!QZNOSUCH!_WARDEN [~GOV]", "unknown substitution marker");
  }
}

void WriteDiscards(const std::vector<std::string>& source, const DictScale& scale, LineWriter* w) {
  w->Line("# Synthetic discards, generated by bench/dict_bench for timing.");
  size_t written = 0;
  for (size_t m = 0; written < scale.discards && m < std::size(kModifiers); ++m) {
    for (const std::string& raw : source) {
      std::string_view t = Trim(std::string_view(raw).substr(0, raw.find('#')));
      if (t.empty() || written >= scale.discards) continue;
      bool article = t[0] == '+';
      w->Line(std::string(article ? "+" : "") + kModifiers[m] + " " + std::string(t.substr(article)));
      w->Record();
      if (++written % 400 == 200) w->Malformed("CHESS_OPEN [SPORT]", "discard with a code");
      if (written % 400 == 201) w->Malformed("+_", "empty discard phrase");
    }
  }
}

void WriteIssues(const std::vector<std::string>& source, const DictScale& scale, LineWriter* w) {
  w->Line("# Synthetic issues, generated by bench/dict_bench for timing.");
  size_t written = 0;
  for (size_t m = 0; written < scale.issues && m < std::size(kModifiers); ++m) {
    bool open = false;
    for (const std::string& raw : source) {
      std::string_view t = Trim(std::string_view(raw).substr(0, raw.find('#')));
      if (t.empty()) continue;
      if (t[0] == '<') {
        bool closing = t.rfind("</", 0) == 0;
        if (!closing && written >= scale.issues) break;
        w->Line(t);
        open = !closing;
        continue;
      }
      if (!open || written >= scale.issues) continue;
      size_t tilde = t.find_first_not_of('~');
      std::string word = kModifiers[m];
      for (char& c : word) c = char(std::tolower(static_cast<unsigned char>(c)));
      w->Line(std::string(t.substr(0, tilde)) + word + " " + std::string(t.substr(tilde)));
      w->Record();
      if (++written % 300 == 150) w->Malformed("famine relief", "issue without a code");
      if (written % 300 == 151) w->Malformed("~relief fund [FOOD]", "ignore line with a code");
    }
  }
}

}  // namespace

size_t GeneratedDicts::total_bytes() const {
  size_t n = 0;
  for (const GeneratedFile& f : files) n += f.bytes;
  return n;
}

size_t GeneratedDicts::total_records() const {
  size_t n = 0;
  for (const GeneratedFile& f : files) n += f.records;
  return n;
}

bool GenerateDicts(const std::string& source_dir, const std::string& out_dir, const DictScale& scale,
                   GeneratedDicts* out, std::string* error) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) {
    *error = out_dir + ": " + ec.message();
    return false;
  }
  *out = GeneratedDicts();
  out->dir = out_dir;
  std::vector<std::string> verbs, agents, discards, issues;
  NamePools pools;
  if (!ReadLines(source_dir + "/verbs.txt", &verbs, error) ||
      !ReadLines(source_dir + "/agents.txt", &agents, error) ||
      !ReadLines(source_dir + "/discards.txt", &discards, error) ||
      !ReadLines(source_dir + "/issues.txt", &issues, error) ||
      !ReadNamePools(source_dir, &pools, error)) {
    return false;
  }
  Rng rng;
  LineWriter v(out_dir, "synthetic.verbs.txt", out);
  WriteVerbs(verbs, scale, &v, out);
  LineWriter p(out_dir, "synthetic_people.actors", out);
  WritePeople(scale, &rng, &pools, &p, out);
  LineWriter g(out_dir, "synthetic_groups.actors", out);
  WriteGroups(scale, &rng, &pools, &g, out);
  LineWriter a(out_dir, "synthetic.agents.txt", out);
  std::vector<Agent> heads = ReadAgents(agents, &pools);
  WriteAgents(heads, scale, &rng, &pools, &a);
  out->agents = scale.agents;
  LineWriter d(out_dir, "synthetic.discards.txt", out);
  WriteDiscards(discards, scale, &d);
  LineWriter i(out_dir, "synthetic.issues.txt", out);
  WriteIssues(issues, scale, &i);
  for (LineWriter* w : {&v, &p, &g, &a, &d, &i}) {
    if (!w->Close(error)) return false;
  }
  return true;
}

}  // namespace dyad::bench
