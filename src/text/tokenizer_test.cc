// Tests of Splitter::Tokenize: one table per token rule, plus spans and arbitrary bytes.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "text/splitter.h"
#include "text/utf8.h"
#include "text/test_abbreviations.h"

namespace dyad::text {
namespace {

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  Splitter(&TestAbbreviations()).Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &tokens);
  return tokens;
}

// Norms joined with '|'.
std::string Norms(std::string_view text) {
  std::string joined;
  for (const Token& token : Tokenize(text)) {
    if (!joined.empty()) joined += '|';
    joined += token.norm;
  }
  return joined;
}

// The original bytes of `tokens` joined with '|'; with `mark_clitics`, '+' after each clitic.
std::string JoinSurfaces(std::string_view text, const std::vector<Token>& tokens,
                         bool mark_clitics = false) {
  std::string joined;
  for (const Token& token : tokens) {
    if (!joined.empty()) joined += '|';
    joined += text.substr(token.span.begin, token.span.size());
    if (mark_clitics && token.clitic) joined += '+';
  }
  return joined;
}

std::string Surfaces(std::string_view text) { return JoinSurfaces(text, Tokenize(text)); }

struct Case {
  const char* text;
  const char* norms;
};

void ExpectNorms(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Norms(c.text), c.norms) << c.text;
}

TEST(TokenizerTest, WordsAndInnerHyphensAndApostrophes) {
  ExpectNorms({
      {"Troops left the war-torn region", "troops|left|the|war-torn|region"},
      {"plans to re-launch talks", "plans|to|re-launch|talks"},
      {"O'Neill and O’Brien spoke", "o'neill|and|o'brien|spoke"},
      {"the G20 summit", "the|g20|summit"},
      {"AT&T shares", "at&t|shares"},
      {"pre- and post-war", "pre|-|and|post-war"},
  });
}

TEST(TokenizerTest, PossessivesAndClitics) {
  ExpectNorms({
      {"Britain's navy", "britain|'s|navy"},
      {"Britain’s navy", "britain|'s|navy"},
      {"the ministers' meeting", "the|ministers|'|meeting"},
      {"They didn't agree", "they|did|n't|agree"},
      {"we can't and won't", "we|ca|n't|and|wo|n't"},
      {"HE DIDN'T", "he|did|n't"},
      {"she doesn’t", "she|does|n't"},
      {"we'll they're I've you'd I'm", "we|'ll|they|'re|i|'ve|you|'d|i|'m"},
      {"the 1990's", "the|1990|'s"},
  });
  EXPECT_EQ(Surfaces("Iran’s deal"), "Iran|’s|deal");
  EXPECT_EQ(Surfaces("couldn't"), "could|n't");
}

TEST(TokenizerTest, NumbersAndDates) {
  const char* numbers[] = {"12",    "3.5", "1,000",      "24-04-2018",  "2018-04-24",
                           "10:30", "5.1", "24/04/2018", "1,250,000.75"};
  for (const char* number : numbers) {
    std::vector<Token> tokens = Tokenize(std::string("about ") + number + " units");
    ASSERT_EQ(tokens.size(), 3u) << number;
    EXPECT_EQ(tokens[1].norm, number);
    EXPECT_EQ(tokens[1].kind, TokenKind::kNumber) << number;
  }
  ExpectNorms({
      {"$5 billion", "$|5|billion"},
      {"rose 7%", "rose|7|%"},
      {"in 2018.", "in|2018|."},
      {"on 24-04-2018. Image", "on|24-04-2018|.|image"},
      {"the 5th fleet", "the|5th|fleet"},
  });
  EXPECT_EQ(Tokenize("5th")[0].kind, TokenKind::kWord);
}

TEST(TokenizerTest, AbbreviationsInitialsAndInitialisms) {
  ExpectNorms({
      {"Mr. Smith", "mr.|smith"},
      {"Gen. Lee", "gen.|lee"},
      {"on Jan. 5", "on|jan.|5"},
      {"U.S. troops", "u.s.|troops"},
      {"the U.N. said", "the|u.n.|said"},
      {"U.S.-backed forces", "u.s.-backed|forces"},
      {"J. Smith", "j.|smith"},
      {"J.R.R. Tolkien", "j.r.r.|tolkien"},
      {"e.g., this", "e.g.|,|this"},
      {"No. 10 Downing", "no.|10|downing"},
      {"She said no. Then", "she|said|no|.|then"},
      {"He fell ill. The", "he|fell|ill|.|the"},
      {"and so on etc...", "and|so|on|etc|..."},
      {"in the U.S", "in|the|u.s"},
  });
  EXPECT_EQ(Surfaces("U.S. troops"), "U.S.|troops");
}

TEST(TokenizerTest, QuotesAreUnified) {
  ExpectNorms({
      {"“Hello,” she said", "\"|hello|,|\"|she|said"},
      {"‘yes’", "'|yes|'"},
      {"«non»", "\"|non|\""},
      {"\"go\" `now'", "\"|go|\"|'|now|'"},
  });
  std::vector<Token> tokens = Tokenize("“Hi”");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].kind, TokenKind::kQuote);
  EXPECT_EQ(tokens[2].kind, TokenKind::kQuote);
}

TEST(TokenizerTest, PunctuationAndDashes) {
  ExpectNorms({
      {"Paris – Berlin — Rome", "paris|-|berlin|-|rome"},
      {"yes -- no", "yes|--|no"},
      {"wait… what", "wait|...|what"},
      {"Really?! Yes...", "really|?!|yes|..."},
      {"(a) [b]; c: d", "(|a|)|[|b|]|;|c|:|d"},
  });
}

TEST(TokenizerTest, Urls) {
  ExpectNorms({
      {"see https://example.org/a?b=1.", "see|https://example.org/a?b=1|."},
      {"(www.example.com)", "(|www.example.com|)"},
  });
  EXPECT_EQ(Tokenize("http://x.org")[0].kind, TokenKind::kSymbol);
}

TEST(TokenizerTest, NonAsciiText) {
  ExpectNorms({
      {"Élysée Palace", "élysée|palace"},
      {"ÉCOLE ÑANDÚ", "école|ñandú"},
      {"北京 欢迎你", "北京|欢迎你"},
      {"Москва заявила", "москва|заявила"},
      {"great 👍🏽 news", "great|👍🏽|news"},
      {"🇫🇷🇩🇪", "🇫🇷|🇩🇪"},
      {"👨‍👩‍👧 family", "👨‍👩‍👧|family"},
      {"a\u00a0b\u200bc", "a|b|c"},  // No-break and zero-width spaces separate words.
  });
  std::vector<Token> tokens = Tokenize("Élysée élysée");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_FALSE(tokens[1].capitalized);
  EXPECT_EQ(Surfaces("Élysée, 北京"), "Élysée|,|北京");
}

TEST(TokenizerTest, SpansPointIntoTheOriginalText) {
  const std::string text = "  Iran’s “big” U.S.-led deal—didn't 1,000 👍\n";
  std::vector<Token> tokens = Tokenize(text);
  const char* expected[] = {"Iran", "’s", "“",   "big", "”",     "U.S.-led",
                            "deal", "—",  "did", "n't", "1,000", "👍"};
  ASSERT_EQ(tokens.size(), std::size(expected));
  for (size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(text.substr(tokens[i].span.begin, tokens[i].span.size()), expected[i]) << i;
  }
}

TEST(TokenizerTest, RegionIsRespectedAndClamped) {
  const std::string text = "skip this. Keep these words";
  std::vector<Token> tokens;
  Splitter splitter(&TestAbbreviations());
  splitter.Tokenize(text, {11, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span.begin, 11u);
  EXPECT_EQ(tokens[0].norm, "keep");
  tokens.clear();
  splitter.Tokenize(text, {22, 5000}, &tokens);  // Past the end: clamped.
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].norm, "words");
  tokens.clear();
  splitter.Tokenize(text, {9000, 5000}, &tokens);
  EXPECT_TRUE(tokens.empty());
}

TEST(TokenizerTest, InvalidBytesBecomeReplacementSymbols) {
  ExpectNorms({
      {"\xFF\xFE abc", "\uFFFD|\uFFFD|abc"},
      {"ab\xE2\x80", "ab|\uFFFD|\uFFFD"},
      {"x\xC0\xAFy", "x|\uFFFD|\uFFFD|y"},
  });
}

// Tokenizes pseudo-random bytes (a mix of ASCII, UTF-8 lead bytes and continuation bytes) and
// checks the invariants every later stage relies on.
TEST(TokenizerTest, ArbitraryBytesKeepInvariants) {
  const char alphabet[] = "aZ9.-'’\" ,\n\xC3\xA9\xE2\x80\x99\xF0\x9F\x91\x8D\xFF\x80\xED";
  uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    size_t length = round % 64;
    for (size_t i = 0; i < length; ++i) {
      state = state * 1103515245u + 12345u;
      text.push_back(alphabet[(state >> 16) % (sizeof(alphabet) - 1)]);
    }
    std::vector<Token> tokens = Tokenize(text);
    uint32_t previous_end = 0;
    for (const Token& token : tokens) {
      ASSERT_LT(token.span.begin, token.span.end);
      ASSERT_LE(token.span.end, text.size());
      ASSERT_GE(token.span.begin, previous_end);
      ASSERT_TRUE(IsValidUtf8(token.norm));
      previous_end = token.span.end;
    }
  }
}

const WordSet& TestHyphenPrefixes() {
  static const WordSet* prefixes = new WordSet(WordSet::Parse("non\ne\nmid\nanti\n"));
  return *prefixes;
}

// Surfaces with hyphenated compounds split the Universal Dependencies way.
std::string UdSurfaces(std::string_view text) {
  std::vector<Token> tokens;
  SplitterOptions options;
  options.hyphen_prefixes = &TestHyphenPrefixes();
  Splitter(&TestAbbreviations(), options)
      .Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &tokens);
  return JoinSurfaces(text, tokens);
}

TEST(TokenizerTest, UdHyphensSplitCompoundsButNotPrefixesOrPhoneNumbers) {
  EXPECT_EQ(UdSurfaces("the war-torn region"), "the|war|-|torn|region");
  EXPECT_EQ(UdSurfaces("a 15-year term"), "a|15|-|year|term");
  EXPECT_EQ(UdSurfaces("in 1990-95 and F-16s"), "in|1990|-|95|and|F|-|16s");
  EXPECT_EQ(UdSurfaces("U.S.-backed forces"), "U.S.|-|backed|forces");
  EXPECT_EQ(UdSurfaces("non-violent e-mail mid-2004"), "non-violent|e-mail|mid-2004");
  EXPECT_EQ(UdSurfaces("Anti-war"), "Anti-war");
  EXPECT_EQ(UdSurfaces("a well-known anti-war-group"), "a|well|-|known|anti-war|-|group");
  EXPECT_EQ(UdSurfaces("call 713-853-3989 or 555-0199 or x3-5213"),
            "call|713-853-3989|or|555-0199|or|x3|-|5213");
  EXPECT_EQ(UdSurfaces("on 24-04-2018"), "on|24-04-2018");
  // Without the option, nothing changes.
  EXPECT_EQ(Surfaces("the war-torn region"), "the|war-torn|region");
}

// '+' after each token marked Token::clitic.
std::string CliticMarks(std::string_view text) {
  return JoinSurfaces(text, Tokenize(text), /*mark_clitics=*/true);
}

TEST(TokenizerTest, CliticsAndPossessiveApostrophesAreMarked) {
  EXPECT_EQ(CliticMarks("I'm sure they don't"), "I|'m+|sure|they|do|n't+");
  EXPECT_EQ(CliticMarks("Iran’s reply"), "Iran|’s+|reply");
  EXPECT_EQ(CliticMarks("the ministers' meeting"), "the|ministers|'+|meeting");
  EXPECT_EQ(CliticMarks("he said 'no' twice"), "he|said|'|no|'|twice");
  EXPECT_EQ(CliticMarks("O'Neill"), "O'Neill");
}

TEST(TokenizerTest, EmailsEmoticonsFilesAndSymbolRuns) {
  EXPECT_EQ(Surfaces("write to jane.doe@example.com."), "write|to|jane.doe@example.com|.");
  EXPECT_EQ(Surfaces("great :) and :-( too"), "great|:)|and|:-(|too");
  EXPECT_EQ(Surfaces("see report.pdf and whitehouse.gov"), "see|report.pdf|and|whitehouse.gov");
  EXPECT_EQ(Surfaces("*** end ====="), "***|end|=====");
  EXPECT_EQ(Surfaces("It ended.The next"), "It|ended|.|The|next");
  EXPECT_EQ(Surfaces("Note: do it"), "Note|:|do|it");
}

}  // namespace
}  // namespace dyad::text
