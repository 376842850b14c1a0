#include "syntax/words.h"

#include "syntax/hash.h"
#include "text/char_class.h"

namespace dyad::syntax {
namespace {

// One symbol per character class, runs of the same symbol collapsed: "McCain" -> "XxXx",
// "1990s" -> "dx", "U.S." -> "X.X.".
uint64_t ShapeHash(std::string_view form) {
  std::string shape;
  char last = 0;
  for (size_t i = 0; i < form.size();) {
    text::Char c = text::CharAt(form, i);
    i += c.len;
    char s;
    if (c.cls == text::CharClass::kLetter) {
      s = c.upper ? 'X' : 'x';
    } else if (c.cls == text::CharClass::kDigit) {
      s = 'd';
    } else {
      s = c.cp < 0x80 ? static_cast<char>(c.cp) : '*';
    }
    if (s != last) shape.push_back(s);
    last = s;
  }
  return HashString(shape);
}

}  // namespace

std::string NormalizeForm(std::string_view form) {
  std::string norm;
  for (size_t i = 0; i < form.size();) {
    text::Char c = text::CharAt(form, i);
    i += c.len;
    text::AppendNormalized(c, &norm);
  }
  return norm;
}

void PrepareWords(std::string_view text, const std::vector<text::Token>& tokens,
                  const WordClusters* clusters, std::vector<WordInfo>* out) {
  out->resize(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    WordInfo& w = (*out)[i];
    const text::Token& t = tokens[i];
    w.form = text.substr(t.span.begin, t.span.size());
    w.norm = t.norm;
    w.norm_hash = HashString(w.norm);
    w.form_hash = HashString(w.form);
    w.shape_hash = ShapeHash(w.form);
    for (size_t k = 0; k < 4; ++k) {
      bool fits = k < w.norm.size();
      w.prefix[k] = fits ? HashString(w.norm.substr(0, k + 1)) : 0;
      w.suffix[k] = fits ? HashString(w.norm.substr(w.norm.size() - k - 1)) : 0;
    }
    uint32_t ids = clusters ? clusters->Packed(w.norm_hash) : 0;
    w.coarse_cluster = ids >> 16;
    w.fine_cluster = ids & 0xFFFF;
  }
}

void TokensFromForms(const std::vector<std::string>& forms, std::string* text,
                     std::vector<text::Token>* tokens) {
  text->clear();
  tokens->clear();
  for (const std::string& form : forms) {
    if (!text->empty()) text->push_back(' ');
    text::Token t;
    t.span.begin = static_cast<uint32_t>(text->size());
    text->append(form);
    t.span.end = static_cast<uint32_t>(text->size());
    t.norm = NormalizeForm(form);
    t.capitalized = !form.empty() && text::CharAt(form, 0).upper;
    tokens->push_back(std::move(t));
  }
}

}  // namespace dyad::syntax
