// Sentence boundaries. The region is tokenized first; then one left-to-right pass decides, at
// each token, whether a sentence ends after it:
//
//   1. A run of . ! ? (or the ellipsis) ends a sentence when the next token is separated from it
//      by whitespace and starts with a capital letter, a digit, a quote or an opening bracket.
//      Closing quotes and brackets written right after the run (no space) belong to the sentence
//      that ends: `He said "go." Then` ends after the `"`.
//   2. A word that carries its own final period (an abbreviation, a dotted initialism or an
//      initial, see tokenizer.cc) does not end a sentence, with one exception: a non-title
//      abbreviation that can end a sentence (tagged "final" in the list, or any dotted
//      initialism such as U.S.) followed by a capitalized common sentence starter (The, He, It,
//      But ...) does: "... moved to the U.S. The move". Titles (Mr., Gen.) never end one, nor do
//      initials (J. Smith).
//   3. The end of the region always ends a sentence, so a headline without final punctuation is
//      one sentence.
//   4. A sentence longer than kMaxSentenceTokens tokens is cut into chunks of at most that many,
//      so that later stages, which may be superlinear in sentence length, stay bounded.
//
// Every decision looks at a bounded number of tokens, so splitting is linear in the input.
#include "text/splitter.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "text/tokenizer.h"

namespace dyad::text {
namespace {

constexpr size_t kMaxSentenceTokens = 400;

// Capitalized words that, after an abbreviation able to end a sentence, signal that a new
// sentence has begun (rule 2). Closed-class words only, so false splits before names are rare.
constexpr std::array<std::string_view, 22> kSentenceStarters = {
    "a",   "an",    "but",   "he",    "however", "i",    "in",    "it", "its",  "she",  "that",
    "the", "their", "there", "these", "they",    "this", "those", "we", "what", "when", "yet"};

bool IsStop(const Token& t) {
  return t.kind == TokenKind::kPunct && !t.norm.empty() &&
         (t.norm[0] == '.' || t.norm[0] == '!' || t.norm[0] == '?');
}

bool IsCloser(const Token& t) {
  return t.kind == TokenKind::kQuote || t.norm == ")" || t.norm == "]" || t.norm == "}";
}

bool IsOpener(const Token& t) { return t.norm == "(" || t.norm == "[" || t.norm == "{"; }

bool SpaceBetween(const Token& a, const Token& b) { return b.span.begin > a.span.end; }

// True for a word that carries its own final period ("mr.", "u.s.", "j.").
bool HasOwnPeriod(const Token& t) {
  return t.kind == TokenKind::kWord && t.norm.size() > 1 && t.norm.back() == '.';
}

bool IsSentenceStarter(const Token& t) {
  return t.capitalized && std::find(kSentenceStarters.begin(), kSentenceStarters.end(), t.norm) !=
                              kSentenceStarters.end();
}

class BoundaryFinder {
 public:
  BoundaryFinder(const std::vector<Token>& tokens, const Abbreviations& abbreviations)
      : tokens_(tokens), abbreviations_(abbreviations) {}

  // When a sentence ends at token i (including the closers after it), returns true and sets
  // *last to the sentence's last token.
  bool EndsAt(size_t i, size_t* last) const {
    const Token& t = tokens_[i];
    if (!IsStop(t) && !HasOwnPeriod(t)) return false;
    size_t j = i;
    while (j + 1 < tokens_.size() && IsCloser(tokens_[j + 1]) &&
           !SpaceBetween(tokens_[j], tokens_[j + 1])) {
      ++j;
    }
    *last = j;
    if (j + 1 == tokens_.size()) return true;
    const Token& next = tokens_[j + 1];
    if (!SpaceBetween(tokens_[j], next)) return false;
    if (IsStop(t)) {
      return next.capitalized || next.kind == TokenKind::kNumber ||
             next.kind == TokenKind::kQuote || IsOpener(next);
    }
    return AbbreviationCanEnd(t.norm) && IsSentenceStarter(next);
  }

 private:
  bool AbbreviationCanEnd(const std::string& norm) const {
    if (abbreviations_.IsTitle(norm)) return false;
    bool initialism = norm.find('.') + 1 < norm.size();  // A period before the final one.
    return initialism || abbreviations_.CanEndSentence(norm);
  }

  const std::vector<Token>& tokens_;
  const Abbreviations& abbreviations_;
};

// Moves tokens[begin, end) into a new sentence at the end of *out.
void AppendSentence(std::vector<Token>& tokens, size_t begin, size_t end,
                    std::vector<Sentence>* out) {
  Sentence& sentence = out->emplace_back();
  sentence.tokens.assign(std::make_move_iterator(tokens.begin() + begin),
                         std::make_move_iterator(tokens.begin() + end));
  sentence.span = {sentence.tokens.front().span.begin, sentence.tokens.back().span.end};
}

}  // namespace

void Splitter::Tokenize(std::string_view text, Span region, std::vector<Token>* out) const {
  TokenizeRegion(text, region, *abbreviations_, out);
}

void Splitter::Split(std::string_view text, Span region, std::vector<Sentence>* out) const {
  std::vector<Token> tokens;
  TokenizeRegion(text, region, *abbreviations_, &tokens);
  BoundaryFinder finder(tokens, *abbreviations_);
  size_t begin = 0;
  size_t i = 0;
  while (i < tokens.size()) {
    size_t last = i;
    bool ends = finder.EndsAt(i, &last);
    last = std::min(last, begin + kMaxSentenceTokens - 1);
    if (ends || last + 1 - begin == kMaxSentenceTokens || last + 1 == tokens.size()) {
      AppendSentence(tokens, begin, last + 1, out);
      begin = last + 1;
    }
    i = last + 1;
  }
}

}  // namespace dyad::text
