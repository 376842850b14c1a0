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
//   With a sentence model (SplitterOptions::sentence_model), rule 1 gives way to the model: at
//   each candidate gap (boundary_features.h) a sentence ends when the model's score is above
//   zero, or above the model's margin when the gap does not follow final punctuation or a
//   lowercase word follows it. The features include the length of the sentence so far, so decisions go left to right.
//   Words with their own period (abbreviations, initialisms) keep rule 2, so the abbreviation
//   list stays in charge of "U.S.", "Gen." and "Inc.".
//   4. A sentence longer than kMaxSentenceTokens tokens is cut into chunks of at most that many,
//      so that later stages, which may be superlinear in sentence length, stay bounded.
//
// Every decision looks at a bounded number of tokens, so splitting is linear in the input.
#include "text/splitter.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

#include "text/boundary_features.h"
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
  TokenizeRegion(text, region, *abbreviations_, options_.hyphen_prefixes, out);
}

void Splitter::Split(std::string_view text, Span region, std::vector<Sentence>* out) const {
  std::vector<Token> tokens;
  Tokenize(text, region, &tokens);
  if (options_.sentence_model) {
    SplitByModel(text, tokens, out);
  } else {
    SplitByRules(tokens, out);
  }
}

void Splitter::SplitByRules(std::vector<Token>& tokens, std::vector<Sentence>* out) const {
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

void Splitter::SplitByModel(std::string_view text, std::vector<Token>& tokens,
                            std::vector<Sentence>* out) const {
  BoundaryFeatures features(text, tokens, *abbreviations_);
  BoundaryFinder rules(tokens, *abbreviations_);
  std::vector<uint64_t> hashes;
  size_t begin = 0;
  size_t i = 0;
  while (i < tokens.size()) {
    size_t last = i;
    bool ends = false;
    if (i + 1 < tokens.size() && features.HasOwnPeriod(i)) {
      ends = rules.EndsAt(i, &last);  // Abbreviations keep rule 2.
      if (!ends) last = i;
    } else if (i + 1 < tokens.size() && features.IsCandidate(i)) {
      features.Extract(i, begin, &hashes);
      const SentenceModel& model = *options_.sentence_model;
      bool typical = features.AfterFinalPunctuation(i) && !features.LowercaseWordAt(i + 1);
      ends = model.Score(hashes) > (typical ? 0.0f : model.margin());
    }
    last = std::min(last, begin + kMaxSentenceTokens - 1);
    if (ends || last + 1 - begin == kMaxSentenceTokens || last + 1 == tokens.size()) {
      AppendSentence(tokens, begin, last + 1, out);
      begin = last + 1;
    }
    i = last + 1;
  }
}

}  // namespace dyad::text
