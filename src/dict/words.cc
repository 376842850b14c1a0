// SplitPhrase and the regular English inflections (declared in source_reader.h).
#include <utf8proc.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/string_util.h"
#include "dict/source_reader.h"

namespace dyad::dict {
namespace {

bool IsWordBreak(char c) { return c == '_' || c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Appends the lowercase form of the code point at s[*i] and advances *i past it. Invalid UTF-8
// bytes are copied one at a time; typographic apostrophes become '\''.
void AppendLowerCodePoint(std::string_view s, size_t* i, std::string* out) {
  unsigned char byte = static_cast<unsigned char>(s[*i]);
  if (byte < 0x80) {
    out->push_back(static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte));
    ++*i;
    return;
  }
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + *i),
                                          static_cast<utf8proc_ssize_t>(s.size() - *i), &cp);
  if (len <= 0) {
    out->push_back(static_cast<char>(byte));
    ++*i;
    return;
  }
  *i += static_cast<size_t>(len);
  if (cp == 0x2018 || cp == 0x2019) {
    out->push_back('\'');
    return;
  }
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(utf8proc_tolower(cp), buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Appends `word`, split off a final "'s" or "n't" as the tokenizer does.
void AppendWord(std::string word, Phrase* words) {
  if (word.size() > 2 && EndsWith(word, "'s")) {
    words->push_back(word.substr(0, word.size() - 2));
    words->push_back("'s");
  } else if (word.size() > 3 && EndsWith(word, "n't")) {
    words->push_back(word.substr(0, word.size() - 3));
    words->push_back("n't");
  } else {
    words->push_back(std::move(word));
  }
}

bool IsVowel(char c) {
  switch (c | 0x20) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return true;
    default:
      return false;
  }
}

char LastLower(std::string_view w, size_t from_end) {
  return w.size() > from_end ? static_cast<char>(w[w.size() - 1 - from_end] | 0x20) : '\0';
}

// `word` without its last `drop` bytes, plus `suffix` in the case of the word's last letter.
std::string WithSuffix(std::string_view word, size_t drop, std::string_view suffix) {
  bool upper = !word.empty() && word.back() >= 'A' && word.back() <= 'Z';
  std::string out(word.substr(0, word.size() - drop));
  out += upper ? AsciiUpper(suffix) : std::string(suffix);
  return out;
}

bool EndsInConsonantY(std::string_view w) {
  return w.size() >= 2 && LastLower(w, 0) == 'y' && !IsVowel(LastLower(w, 1));
}

// s, x, z, ch and sh take "es" in plurals and third persons.
bool EndsInSibilant(std::string_view w) {
  char last = LastLower(w, 0);
  char prev = LastLower(w, 1);
  return last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 'c' || prev == 's'));
}

std::string ThirdPerson(std::string_view verb) {
  if (EndsInConsonantY(verb)) return WithSuffix(verb, 1, "ies");
  bool consonant_o = LastLower(verb, 0) == 'o' && verb.size() >= 2 && !IsVowel(LastLower(verb, 1));
  if (EndsInSibilant(verb) || consonant_o) return WithSuffix(verb, 0, "es");
  return WithSuffix(verb, 0, "s");
}

std::string Past(std::string_view verb) {
  if (LastLower(verb, 0) == 'e') return WithSuffix(verb, 0, "d");
  if (EndsInConsonantY(verb)) return WithSuffix(verb, 1, "ied");
  return WithSuffix(verb, 0, "ed");
}

std::string Gerund(std::string_view verb) {
  char last = LastLower(verb, 0);
  char prev = LastLower(verb, 1);
  if (last == 'e' && prev == 'i' && verb.size() > 2) return WithSuffix(verb, 2, "ying");
  bool keep_e = prev == 'e' || prev == 'o' || prev == 'y' || verb.size() <= 2;
  if (last == 'e' && !keep_e) return WithSuffix(verb, 1, "ing");
  return WithSuffix(verb, 0, "ing");
}

}  // namespace

Phrase SplitPhrase(std::string_view text) {
  Phrase words;
  std::string word;
  size_t i = 0;
  while (i <= text.size()) {
    if (i == text.size() || IsWordBreak(text[i])) {
      if (!word.empty()) AppendWord(std::move(word), &words);
      word.clear();
      ++i;
      continue;
    }
    AppendLowerCodePoint(text, &i, &word);
  }
  return words;
}

std::string RegularPlural(std::string_view noun) {
  if (noun.empty()) return "";
  if (EndsInConsonantY(noun)) return WithSuffix(noun, 1, "ies");
  if (EndsInSibilant(noun)) return WithSuffix(noun, 0, "es");
  return WithSuffix(noun, 0, "s");
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  if (verb.empty()) return {};
  return {ThirdPerson(verb), Past(verb), Gerund(verb)};
}

}  // namespace dyad::dict
