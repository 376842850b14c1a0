// Token rules. The class of a token's first character picks one scanner:
//
//   letter, digit  ScanWord: a run of letters, digits and combining marks that continues over
//                  - '-' (or U+2010, U+2011) between letters or digits: war-torn, 24-04-2018;
//                    with hyphen splitting on (Universal Dependencies), only after a listed
//                    prefix (non-violent, e-mail, mid-2004) and inside numbers written with two
//                    or more hyphens or as d-dddd, ddd-dddd or ddddd-dddd (713-853-3989,
//                    24-04-2018, 555-0199), so
//                    that war-torn, F-16 and 1990-95 are split at the hyphen and the hyphen is
//                    a token of its own; U.S.-backed ends its first word at "U.S.";
//                  - '.' ',' ':' '/' between digits: 3.5, 1,000, 10:30, 24/04/2018;
//                  - '.' after a one-letter segment before a letter: U.S, e.g (initialisms),
//                    and before a hyphenated part: U.S.-backed;
//                  - '.' before a known file extension or top-level domain that ends the
//                    word: report.pdf, whitehouse.gov (token_patterns.h);
//                  - '&' between capitals: AT&T;
//                  - an apostrophe between letters (O'Neill), unless a clitic starts there:
//                    's 'll 're 've 'd 'm, or n't (did|n't, ca|n't, as in the Penn Treebank),
//                    which become tokens of their own, marked Token::clitic. An apostrophe
//                    after a final s and before no letter (the ministers' meeting) is a kQuote
//                    token, also marked clitic (a possessive).
//                  A following '.' joins the word when the word is a dotted initialism (U.S.),
//                  a single capital letter (the initial J.), or listed in the abbreviations
//                  (Mr., Jan.; "number" abbreviations such as No. only before a number). The
//                  kind is kNumber when the run has no letter, kWord otherwise.
//   http:// www.   ScanUrl: up to the next space or quote, minus trailing punctuation; kSymbol.
//   e-mail         jane@example.com, Rice@ENRON: one kSymbol (token_patterns.h).
//   emoticon       :) :-( ;D standing apart: one kSymbol (token_patterns.h).
//   . ! ? ...      a run is one kPunct token ("?!", "...").
//   dashes         a run is one kPunct token, normalized to one '-' per dash.
//   quotes         one kQuote per character, normalized to ASCII ' or ".
//   other punct    one kPunct per character.
//   anything else  one kSymbol per character plus the marks, joiners and skin tones after it, so
//                  an emoji sequence stays one token; a run of one repeated ASCII symbol (***,
//                  ====, <<) is one token. An invalid byte is a kSymbol "\uFFFD".
//
// Every scanner looks ahead a bounded number of characters, so tokenizing is linear. Norms of up
// to 15 bytes fit in std::string's small buffer, so most tokens allocate nothing.
#include "text/tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

#include "text/char_class.h"
#include "text/token_patterns.h"

namespace dyad::text {
namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

// What ScanWord has seen so far of the current word.
struct WordState {
  bool has_letter = false;
  bool dotted = false;         // Saw an initialism dot (U.S).
  uint32_t chars = 0;          // Letters and digits in the word.
  uint32_t segment_chars = 0;  // Letters and digits since the last connector.
  bool segment_letters = true;
  bool last_digit = false;
  bool last_upper = false;
  bool number_hyphen = false;  // Kept a hyphen between digits (713-853).
  size_t segment_begin = 0;    // Byte offset where the current segment starts.

  void Add(const Char& c) {
    if (c.cls == CharClass::kMark) return;
    bool letter = c.cls == CharClass::kLetter;
    has_letter |= letter;
    segment_letters &= letter;
    ++chars;
    ++segment_chars;
    last_digit = !letter;
    last_upper = c.upper;
  }
  void NewSegment(size_t begin) {
    segment_chars = 0;
    segment_letters = true;
    segment_begin = begin;
  }
  bool OneLetterSegment() const { return segment_chars == 1 && segment_letters; }
};

class Scanner {
 public:
  Scanner(std::string_view text, const Abbreviations& abbreviations,
          const WordSet* hyphen_prefixes, std::vector<Token>* out)
      : text_(text), abbreviations_(abbreviations), hyphen_prefixes_(hyphen_prefixes), out_(out) {}

  void Run(size_t pos) {
    while (pos < text_.size()) {
      Char c = CharAt(text_, pos);
      pos = c.cls == CharClass::kSpace ? pos + c.len : ScanToken(pos, c);
    }
  }

 private:
  size_t ScanToken(size_t pos, const Char& c);
  size_t ScanWord(size_t start);
  bool Joins(const Char& c, size_t next, WordState* word) const;
  bool KeepsHyphen(size_t hyphen, size_t next, WordState* word) const;
  size_t DigitsAt(size_t pos) const;
  size_t CliticLength(size_t after_apostrophe) const;
  size_t PossessiveApostrophe(size_t pos, const WordState& word) const;
  bool IsNt(size_t start, size_t apostrophe, size_t after_apostrophe) const;
  bool AttachPeriod(size_t pos, const WordState& word, Token* token) const;
  bool NumberFollows(size_t pos) const;
  bool IsUrlStart(size_t pos) const;
  size_t ScanUrl(size_t pos);
  size_t ScanRun(size_t pos, CharClass cls);
  size_t ScanSymbol(size_t pos, const Char& first);
  Token& Emit(size_t begin, size_t end, TokenKind kind);

  CharClass ClassAt(size_t pos) const {
    return pos < text_.size() ? CharAt(text_, pos).cls : CharClass::kSpace;
  }
  bool AlnumAt(size_t pos) const { return IsAlnum(ClassAt(pos)); }
  bool LetterAt(size_t pos) const { return ClassAt(pos) == CharClass::kLetter; }
  bool ByteAt(size_t pos, char b) const { return pos < text_.size() && text_[pos] == b; }
  char LowerByteAt(size_t pos) const {
    char b = pos < text_.size() ? text_[pos] : '\0';
    return (b >= 'A' && b <= 'Z') ? static_cast<char>(b + ('a' - 'A')) : b;
  }

  std::string_view text_;  // Ends at the region's end.
  const Abbreviations& abbreviations_;
  const WordSet* hyphen_prefixes_;  // Null: hyphenated words stay whole.
  std::vector<Token>* out_;
};

size_t Scanner::ScanToken(size_t pos, const Char& c) {
  if (IsAlnum(c.cls)) {
    if (size_t n = EmailLength(text_, pos)) {
      Emit(pos, pos + n, TokenKind::kSymbol);
      return pos + n;
    }
  } else if (c.cp == ':' || c.cp == ';' || c.cp == '=') {
    if (size_t n = EmoticonLength(text_, pos)) {
      Emit(pos, pos + n, TokenKind::kSymbol);
      return pos + n;
    }
  }
  switch (c.cls) {
    case CharClass::kLetter:
      if (IsUrlStart(pos)) return ScanUrl(pos);
      return ScanWord(pos);
    case CharClass::kDigit:
      return ScanWord(pos);
    case CharClass::kStop:
    case CharClass::kDash:
      return ScanRun(pos, c.cls);
    case CharClass::kQuote:
      Emit(pos, pos + c.len, TokenKind::kQuote);
      return pos + c.len;
    case CharClass::kPunct:
      Emit(pos, pos + c.len, TokenKind::kPunct);
      return pos + c.len;
    default:
      return ScanSymbol(pos, c);
  }
}

size_t Scanner::ScanWord(size_t start) {
  WordState word;
  word.segment_begin = start;
  size_t pos = start;
  size_t word_end = kNone;
  Span clitic;
  while (pos < text_.size()) {
    Char c = CharAt(text_, pos);
    size_t next = pos + c.len;
    if (IsAlnum(c.cls) || c.cls == CharClass::kMark) {
      word.Add(c);
    } else if (Joins(c, next, &word)) {
      word.NewSegment(next);
    } else if ((c.cp == '\'' || c.cp == 0x2019) && LetterAt(next)) {
      if (size_t n = CliticLength(next)) {
        clitic = {static_cast<uint32_t>(pos), static_cast<uint32_t>(next + n)};
        break;
      }
      if (IsNt(start, pos, next)) {
        word_end = pos - 1;
        clitic = {static_cast<uint32_t>(pos - 1), static_cast<uint32_t>(next + 1)};
        break;
      }
      word.NewSegment(next);  // O'Neill.
    } else {
      break;
    }
    pos = next;
  }
  if (word_end == kNone) word_end = pos;
  Token& token = Emit(start, word_end, word.has_letter ? TokenKind::kWord : TokenKind::kNumber);
  if (!clitic.empty()) {
    Emit(clitic.begin, clitic.end, TokenKind::kWord).clitic = true;
    return clitic.end;
  }
  if (size_t n = PossessiveApostrophe(word_end, word)) {
    Emit(word_end, word_end + n, TokenKind::kQuote).clitic = true;
    return word_end + n;
  }
  return AttachPeriod(word_end, word, &token) ? word_end + 1 : word_end;
}

// True when the non-word character `c` (ending at `next`) continues the word.
bool Scanner::Joins(const Char& c, size_t next, WordState* word) const {
  switch (c.cp) {
    case '-':
    case 0x2010:
    case 0x2011:
      return AlnumAt(next) && (hyphen_prefixes_ == nullptr || KeepsHyphen(next - c.len, next, word));
    case ',':
    case ':':
    case '/':
      return word->last_digit && ClassAt(next) == CharClass::kDigit;
    case '&':
      return word->last_upper && next < text_.size() && CharAt(text_, next).upper;
    case '.':
      if (LetterAt(next) && ExtensionLength(text_, next) > 0) return true;  // report.pdf
      if (word->last_digit) return ClassAt(next) == CharClass::kDigit;
      if (!word->OneLetterSegment()) return false;
      if (LetterAt(next)) {
        word->dotted = true;
        return true;
      }
      return word->dotted && ByteAt(next, '-') && AlnumAt(next + 1) &&
             hyphen_prefixes_ == nullptr;  // U.S.-backed.
    default:
      return false;
  }
}

// With hyphen splitting on: true when the hyphen at `hyphen` (an alphanumeric follows at `next`)
// stays inside the word: after a listed prefix that starts the word, or inside a number with two
// or more hyphens or of the form d-dddd, ddd-dddd or ddddd-dddd (extensions, phone numbers,
// ZIP+4).
bool Scanner::KeepsHyphen(size_t hyphen, size_t next, WordState* word) const {
  if (word->segment_letters) {
    if (word->chars != word->segment_chars) return false;  // Not the word's first segment.
    std::string prefix;
    for (size_t pos = word->segment_begin; pos < hyphen; ++pos) prefix.push_back(LowerByteAt(pos));
    return hyphen_prefixes_->Contains(prefix);
  }
  if (word->has_letter || !word->last_digit) return false;
  if (word->number_hyphen) return true;
  size_t right = DigitsAt(next);
  bool another = ByteAt(next + right, '-') && ClassAt(next + right + 1) == CharClass::kDigit;
  bool phone = right == 4 && (word->segment_chars == 1 || word->segment_chars == 3 ||
                              word->segment_chars == 5);
  word->number_hyphen = another || phone;
  return word->number_hyphen;
}

// The number of ASCII digits starting at `pos`.
size_t Scanner::DigitsAt(size_t pos) const {
  size_t n = 0;
  while (pos + n < text_.size() && text_[pos + n] >= '0' && text_[pos + n] <= '9') ++n;
  return n;
}

// Length of the clitic letters (s, d, m, ll, re, ve) after an apostrophe, or 0 when none ends
// there.
size_t Scanner::CliticLength(size_t pos) const {
  char a = LowerByteAt(pos);
  char b = LowerByteAt(pos + 1);
  size_t n = 0;
  if (a == 's' || a == 'd' || a == 'm') {
    n = 1;
  } else if ((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e')) {
    n = 2;
  }
  return n != 0 && !AlnumAt(pos + n) ? n : 0;
}

// The byte length of the apostrophe at `pos` when it marks a plural possessive: it follows a
// word ending in 's' and no letter or digit follows it ("ministers' meeting"); otherwise 0.
size_t Scanner::PossessiveApostrophe(size_t pos, const WordState& word) const {
  if (!word.has_letter || pos == 0 || LowerByteAt(pos - 1) != 's' || pos >= text_.size()) return 0;
  Char c = CharAt(text_, pos);
  if (c.cp != '\'' && c.cp != 0x2019) return 0;
  return AlnumAt(pos + c.len) ? 0 : c.len;
}

// True for "n't" at the end of a longer word: the apostrophe follows an 'n' that is not the
// word's first character, and a lone 't' follows it.
bool Scanner::IsNt(size_t start, size_t apostrophe, size_t after) const {
  return apostrophe > start + 1 && LowerByteAt(apostrophe - 1) == 'n' &&
         LowerByteAt(after) == 't' && !AlnumAt(after + 1);
}

// Joins the '.' at `pos` to `token` when the word is an initialism, an initial or a listed
// abbreviation. Returns whether it did.
bool Scanner::AttachPeriod(size_t pos, const WordState& word, Token* token) const {
  if (!ByteAt(pos, '.') || ByteAt(pos + 1, '.')) return false;  // "etc..." keeps its ellipsis.
  token->norm.push_back('.');
  bool attach = (word.dotted && word.OneLetterSegment()) ||
                (word.chars == 1 && word.has_letter && token->capitalized);
  if (!attach && abbreviations_.Contains(token->norm)) {
    attach = !abbreviations_.NeedsNumber(token->norm) || NumberFollows(pos + 1);
  }
  if (!attach) {
    token->norm.pop_back();
    return false;
  }
  token->span.end = static_cast<uint32_t>(pos + 1);
  return true;
}

bool Scanner::NumberFollows(size_t pos) const {
  while (ByteAt(pos, ' ') || ByteAt(pos, '\t')) ++pos;
  return ClassAt(pos) == CharClass::kDigit;
}

bool Scanner::IsUrlStart(size_t pos) const {
  for (std::string_view prefix : {"http://", "https://", "www."}) {
    size_t i = 0;
    while (i < prefix.size() && LowerByteAt(pos + i) == prefix[i]) ++i;
    if (i == prefix.size()) return true;
  }
  return false;
}

size_t Scanner::ScanUrl(size_t pos) {
  size_t end = pos;
  while (end < text_.size()) {
    Char c = CharAt(text_, end);
    if (c.cls == CharClass::kSpace || (c.cls == CharClass::kQuote && c.cp != '\'')) break;
    end += c.len;
  }
  static constexpr std::string_view kTrailing = ".,;:!?)]}'";
  while (end > pos + 4 && kTrailing.find(text_[end - 1]) != std::string_view::npos) --end;
  Emit(pos, end, TokenKind::kSymbol);
  return end;
}

size_t Scanner::ScanRun(size_t pos, CharClass cls) {
  size_t end = pos;
  while (end < text_.size()) {
    Char c = CharAt(text_, end);
    if (c.cls != cls) break;
    end += c.len;
  }
  Emit(pos, end, TokenKind::kPunct);
  return end;
}

bool IsRegionalIndicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

size_t Scanner::ScanSymbol(size_t pos, const Char& first) {
  size_t end = pos + first.len;
  if (first.cp < 0x80) {  // A run of one ASCII symbol: ***, ====, <<.
    while (end < text_.size() && text_[end] == text_[pos]) ++end;
  }
  bool pair_open = IsRegionalIndicator(first.cp);  // Flags are two regional indicators.
  while (end < text_.size()) {
    Char c = CharAt(text_, end);
    if (c.cls == CharClass::kJoiner) {
      end += c.len;
      if (end < text_.size() && ClassAt(end) != CharClass::kSpace) end += CharAt(text_, end).len;
    } else if (c.cls == CharClass::kMark || (pair_open && IsRegionalIndicator(c.cp))) {
      pair_open = false;
      end += c.len;
    } else {
      break;
    }
  }
  Emit(pos, end, TokenKind::kSymbol);
  return end;
}

Token& Scanner::Emit(size_t begin, size_t end, TokenKind kind) {
  Token& token = out_->emplace_back();
  token.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  token.kind = kind;
  token.norm.reserve(end - begin);
  int upper = 0, lower = 0;
  for (size_t pos = begin; pos < end;) {
    unsigned char b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80 && b != '`') {  // ASCII fast path; '`' normalizes to '\''.
      upper += b >= 'A' && b <= 'Z';
      lower += b >= 'a' && b <= 'z';
      token.norm.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
      ++pos;
      continue;
    }
    Char c = CharAt(text_, pos);
    AppendNormalized(c, &token.norm);
    pos += c.len;
  }
  token.capitalized = begin < end && CharAt(text_, begin).upper;
  token.all_caps = upper >= 2 && lower == 0;
  return token;
}

}  // namespace

void TokenizeRegion(std::string_view text, Span region, const Abbreviations& abbreviations,
                    const WordSet* hyphen_prefixes, std::vector<Token>* out) {
  // Spans are 32-bit; bytes past 4 GiB are not tokenized.
  text = text.substr(0, std::min<size_t>(text.size(), std::numeric_limits<uint32_t>::max()));
  size_t end = std::min<size_t>(region.end, text.size());
  size_t begin = std::min<size_t>(region.begin, end);
  out->reserve(out->size() + (end - begin) / 6);
  Scanner(text.substr(0, end), abbreviations, hyphen_prefixes, out).Run(begin);
}

}  // namespace dyad::text
