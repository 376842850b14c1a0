// The recognise and resolve stages for actors: finds who is named in a sentence.
//
// Dictionary matches (actors, agents, surnames of people named earlier in the article or after a
// title, pronouns) are merged into noun-phrase mentions ("French President Emmanuel Macron" is one
// mention coded FRAGOV), coordinated mentions form compound groups ("the US, France and
// Britain"), and a mention that names only a role ("police") takes the country of the place the
// sentence names ("in Kenya") or, failing that, the article's main country.
#ifndef DYAD_CODE_MENTIONS_H_
#define DYAD_CODE_MENTIONS_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "code/word_classes.h"
#include "match/lexicon.h"
#include "text/token.h"

namespace dyad::code {

struct Mention {
  uint32_t begin = 0;       // First token.
  uint32_t end = 0;         // One past the last token.
  std::string code;         // Resolved CAMEO actor code ("" when nothing could be resolved).
  int32_t person = -1;      // Actor record of the person named, when it is a person.
  uint32_t group = 0;       // Mentions with the same group are one compound actor.
  bool role_only = false;   // Only an agent matched ("the police", "its troops").
  bool has_country = false; // The code starts with a country, named or inferred.
  std::string how;          // For `dyad explain`: how the code was found.
};

// What the article has said so far that later sentences may refer to. One per article.
struct ArticleContext {
  int32_t date = 0;                                     // YYYYMMDD, 0 when unknown.
  std::unordered_map<std::string, uint32_t> surnames;   // "macron" -> actor record.
  int32_t last_person = -1;                             // For "he" / "she".
  std::string last_person_code;
  std::unordered_map<std::string, int> country_counts;  // Country codes named so far.

  // The country named most often so far, or "" when none.
  std::string MainCountry() const;
};

class MentionFinder {
 public:
  // Both must outlive the finder.
  MentionFinder(const match::Lexicon* lexicon, const WordClasses* words)
      : lexicon_(lexicon), words_(words) {}

  // Records the people a sentence names in `ctx->surnames` (the article's first pass, so that a
  // headline may say "Macron" before the body says "Emmanuel Macron").
  void CollectPeople(const text::Sentence& sentence, ArticleContext* ctx) const;

  // The mentions of one sentence, in order; updates the context (last person, countries).
  std::vector<Mention> Find(const text::Sentence& sentence, ArticleContext* ctx) const;

 private:
  struct Piece;
  void FindPieces(const text::Sentence& s, const ArticleContext& ctx,
                  std::vector<Piece>* pieces) const;
  int32_t TitledPerson(const std::string& surname, const match::AgentInfo& title,
                       int32_t date) const;
  bool Linkable(const text::Sentence& s, uint32_t from, uint32_t to) const;
  Mention MergePieces(const std::vector<Piece>& pieces, size_t first, size_t last,
                      const ArticleContext& ctx) const;
  void GroupCompounds(const text::Sentence& s, std::vector<Mention>* mentions) const;
  bool ListEndsWithConjunction(const text::Sentence& s, const std::vector<Mention>& mentions,
                               size_t i) const;
  void InferCountries(const text::Sentence& s, const ArticleContext& ctx,
                      std::vector<Mention>* mentions) const;

  const match::Lexicon* lexicon_;
  const WordClasses* words_;
};

// True for codes that start with a country (ISO alpha-3), not IGO/NGO/IMG and the like.
bool IsCountryCode(const std::string& code);

}  // namespace dyad::code

#endif  // DYAD_CODE_MENTIONS_H_
