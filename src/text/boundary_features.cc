#include "text/boundary_features.h"

#include <string>

#include "text/char_class.h"

namespace dyad::text {
namespace {

enum Flag : uint32_t {
  kStop = 1 << 0,        // A run of . ! ? or the ellipsis.
  kOwnPeriod = 1 << 1,   // A word that carries its final period ("etc.", "U.S.", "J.").
  kListed = 1 << 2,      // In the abbreviation list.
  kTitle = 1 << 3,       // A title abbreviation ("mr.").
  kCapitalized = 1 << 4,
  kAllCaps = 1 << 5,
  kLowerWord = 1 << 6,   // A word that starts with a lowercase letter.
  kQuote = 1 << 7,
  kOpener = 1 << 8,      // ( [ {
  kCloser = 1 << 9,      // ) ] }
  kNumber = 1 << 10,
  kSymbol = 1 << 11,
  kInitial = 1 << 12,    // One capital letter and its period ("J.").
  kSpaceAfter = 1 << 13, // Whitespace follows the token.
  kClitic = 1 << 14,     // Token::clitic.
};

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

uint64_t HashBytes(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (unsigned char b : s) h = (h ^ b) * kFnvPrime;
  return h;
}

uint64_t Mix(uint64_t a, uint64_t b) {
  a ^= b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2);
  return a * kFnvPrime;
}

// The hash of the shape of text[span]: "Xx" for "Obama", "X.X." for "U.S.", "d,d" for "1,000";
// one class per character, at most two repeats in a row, at most 6 characters.
uint64_t ShapeHash(std::string_view text, Span span) {
  uint64_t h = kFnvOffset;
  char last = 0;
  int repeats = 0;
  int length = 0;
  for (size_t pos = span.begin; pos < span.end && length < 6;) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    char s;
    if (b < 0x80) {  // ASCII fast path.
      ++pos;
      s = (b >= 'A' && b <= 'Z') ? 'X' : (b >= 'a' && b <= 'z') ? 'x' : (b >= '0' && b <= '9') ? 'd'
                                                                                               : b;
    } else {
      Char c = CharAt(text, pos);
      pos += c.len;
      s = c.cls == CharClass::kLetter ? (c.upper ? 'X' : 'x')
          : c.cls == CharClass::kDigit ? 'd'
                                       : 'o';
    }
    repeats = s == last ? repeats + 1 : 0;
    last = s;
    if (repeats >= 2) continue;
    h = (h ^ static_cast<unsigned char>(s)) * kFnvPrime;
    ++length;
  }
  return h;
}

uint32_t FlagsOf(std::string_view text, const Token& t, const Abbreviations& abbreviations) {
  uint32_t f = 0;
  const std::string& n = t.norm;
  switch (t.kind) {
    case TokenKind::kWord:
      if (n.size() > 1 && n.back() == '.') {
        f |= kOwnPeriod;
        if (abbreviations.Contains(n)) f |= kListed;
        if (abbreviations.IsTitle(n)) f |= kTitle;
        if (n.size() == 2 && t.capitalized) f |= kInitial;
      }
      if (!t.capitalized && !n.empty() && n[0] >= 'a' && n[0] <= 'z') f |= kLowerWord;
      break;
    case TokenKind::kPunct:
      if (n.empty()) break;
      if (n[0] == '.' || n[0] == '!' || n[0] == '?') f |= kStop;
      if (n == "(" || n == "[" || n == "{") f |= kOpener;
      if (n == ")" || n == "]" || n == "}") f |= kCloser;
      break;
    case TokenKind::kQuote:
      f |= kQuote;
      break;
    case TokenKind::kNumber:
      f |= kNumber;
      break;
    case TokenKind::kSymbol:
      f |= kSymbol;
      break;
  }
  if (t.clitic) f |= kClitic;
  if (t.capitalized) f |= kCapitalized;
  if (t.all_caps) f |= kAllCaps;
  if (t.span.end < text.size() && CharAt(text, t.span.end).cls == CharClass::kSpace) {
    f |= kSpaceAfter;
  }
  return f;
}

uint64_t LengthBucket(size_t n) {
  if (n <= 5) return n;
  if (n <= 8) return 6;
  if (n <= 15) return 7;
  if (n <= 30) return 8;
  return 9;
}

// Feature templates; a feature's hash mixes its template with its values.
enum Template : uint64_t {
  kBias = 1, kLNorm, kRNorm, kLLNorm, kRRNorm, kLShape, kRShape, kLLShape, kRRShape,
  kLNormRShape, kLShapeRNorm, kLShapeRShape, kLLLRShapes, kLRRRShapes, kLLLNorms, kRRRNorms,
  kFlagPair, kLRNorms, kLLLNormRShape, kSinceLShape, kSinceRFlags, kUntilLFlags, kLFlagsRNorm,
  kLowerLFlagsRFlags, kLowerLShape,
};

uint64_t LowerBucket(size_t n) { return n <= 2 ? n : n <= 5 ? 3 : 4; }

}  // namespace

BoundaryFeatures::BoundaryFeatures(std::string_view text, const std::vector<Token>& tokens,
                                   const Abbreviations& abbreviations)
    : tokens_(tokens) {
  infos_.resize(tokens.size());
  lower_before_.resize(tokens.size() + 1);
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    infos_[i] = {HashBytes(t.norm), ShapeHash(text, t.span), FlagsOf(text, t, abbreviations)};
    lower_before_[i + 1] = lower_before_[i] + ((infos_[i].flags & kLowerWord) != 0);
  }
  before_ = {HashBytes("<region>"), HashBytes("<region>"), 0};
  after_ = {HashBytes("</region>"), HashBytes("</region>"), 0};
}

const BoundaryFeatures::Info& BoundaryFeatures::At(ptrdiff_t i) const {
  if (i < 0) return before_;
  return static_cast<size_t>(i) < infos_.size() ? infos_[i] : after_;
}

bool BoundaryFeatures::HasOwnPeriod(size_t i) const { return infos_[i].flags & kOwnPeriod; }

bool BoundaryFeatures::LowercaseWordAt(size_t i) const { return infos_[i].flags & kLowerWord; }

bool BoundaryFeatures::AfterFinalPunctuation(size_t i) const {
  while (i > 0 && (infos_[i].flags & (kQuote | kCloser)) && !(infos_[i - 1].flags & kSpaceAfter)) {
    --i;
  }
  return infos_[i].flags & kStop;
}

bool BoundaryFeatures::IsCandidate(size_t i) const {
  uint32_t l = infos_[i].flags;
  uint32_t r = infos_[i + 1].flags;
  if (!(l & kSpaceAfter) || (l & (kTitle | kInitial))) return false;
  if ((l & kClitic) && (l & kQuote)) return false;  // The ministers' meeting.
  if (!(r & kLowerWord)) return true;
  return (l & (kStop | kOwnPeriod | kSymbol)) != 0;
}

void BoundaryFeatures::Extract(size_t i, size_t begin, std::vector<uint64_t>* out) const {
  ptrdiff_t p = static_cast<ptrdiff_t>(i);
  const Info& ll = At(p - 1);
  const Info& l = At(p);
  const Info& r = At(p + 1);
  const Info& rr = At(p + 2);
  uint64_t until = LengthBucket(tokens_.size() - i - 1);
  uint64_t s = LengthBucket(i + 1 - begin);
  uint64_t lower = LowerBucket(lower_before_[i + 1] - lower_before_[begin]);
  out->clear();
  auto add = [out](Template t, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    out->push_back(Mix(Mix(Mix(t, a), b), c));
  };
  add(kBias, 0);
  add(kLNorm, l.norm);
  add(kRNorm, r.norm);
  add(kLLNorm, ll.norm);
  add(kRRNorm, rr.norm);
  add(kLShape, l.shape);
  add(kRShape, r.shape);
  add(kLLShape, ll.shape);
  add(kRRShape, rr.shape);
  add(kLNormRShape, l.norm, r.shape);
  add(kLShapeRNorm, l.shape, r.norm);
  add(kLShapeRShape, l.shape, r.shape);
  add(kLLLRShapes, ll.shape, l.shape, r.shape);
  add(kLRRRShapes, l.shape, r.shape, rr.shape);
  add(kLLLNorms, ll.norm, l.norm);
  add(kRRRNorms, r.norm, rr.norm);
  add(kFlagPair, l.flags, r.flags);
  add(kLRNorms, l.norm, r.norm);
  add(kLLLNormRShape, ll.norm, l.norm, r.shape);
  add(kSinceLShape, s, l.shape);
  add(kSinceRFlags, s, r.flags);
  add(kUntilLFlags, until, l.flags);
  add(kLFlagsRNorm, l.flags, r.norm);
  add(kLowerLFlagsRFlags, lower, l.flags, r.flags);
  add(kLowerLShape, lower, l.shape);
}

}  // namespace dyad::text
