#include "syntax/metrics.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "text/char_class.h"

namespace dyad::syntax {

std::vector<uint32_t> NonSpaceOffsets(std::string_view text, uint32_t start) {
  std::vector<uint32_t> out(text.size() + 1);
  for (size_t i = 0; i < text.size();) {
    text::Char c = text::CharAt(text, i);
    bool space = c.cls == text::CharClass::kSpace;
    for (size_t k = 0; k < c.len; ++k) out[i + k] = start + (space ? 0 : k);
    if (!space) start += c.len;
    i += c.len;
  }
  out[text.size()] = start;
  return out;
}

namespace {

uint32_t NonSpace(std::string_view s) { return NonSpaceOffsets(s, 0).back(); }

// Gives the words first..last (0-based) of a multiword token spans inside `token`.
void SplitToken(const ConlluSentence& s, const ConlluMultiword& m, CharSpan token,
                std::vector<CharSpan>* spans) {
  std::string joined;
  for (int i = m.first - 1; i < m.last; ++i) joined += s.words[i].form;
  bool spelled = NonSpace(joined) == token.end - token.begin;
  uint32_t at = token.begin;
  for (int i = m.first - 1; i < m.last; ++i) {
    uint32_t len = NonSpace(s.words[i].form);
    (*spans)[i] = spelled ? CharSpan{at, at + len} : token;
    at += len;
  }
}

// Matches equal spans of two sorted span lists; returns for each of `a` the index in `b` or -1.
template <typename GetA, typename GetB>
std::vector<int> Align(size_t na, GetA a, size_t nb, GetB b) {
  std::vector<int> out(na, -1);
  size_t j = 0;
  for (size_t i = 0; i < na; ++i) {
    while (j < nb && (b(j).begin < a(i).begin ||
                      (b(j).begin == a(i).begin && b(j).end < a(i).end))) {
      ++j;
    }
    if (j < nb && b(j) == a(i)) out[i] = static_cast<int>(j++);
  }
  return out;
}

F1 Count(size_t gold, size_t system, size_t correct) { return F1{gold, system, correct}; }

size_t Matches(const std::vector<int>& align) {
  size_t n = 0;
  for (int j : align) n += j >= 0;
  return n;
}

}  // namespace

void AppendConllu(const ConlluSentence& s, uint32_t* offset, EvalDoc* doc) {
  size_t base = doc->words.size();
  uint32_t start = *offset;
  std::vector<CharSpan> spans(s.words.size());
  size_t next_mwt = 0;
  for (int i = 0; i < static_cast<int>(s.words.size());) {
    const ConlluMultiword* m = next_mwt < s.multiwords.size() &&
                                       s.multiwords[next_mwt].first == i + 1
                                   ? &s.multiwords[next_mwt++]
                                   : nullptr;
    const std::string& form = m ? m->form : s.words[i].form;
    CharSpan token{*offset, *offset + NonSpace(form)};
    *offset = token.end;
    doc->tokens.push_back(token);
    doc->token_forms.push_back(form);
    if (m) {
      SplitToken(s, *m, token, &spans);
      i = m->last;
    } else {
      spans[i++] = token;
    }
  }
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    int head = w.head == 0 ? -1 : static_cast<int>(base) + w.head - 1;
    doc->words.push_back(EvalWord{spans[i], w.upos, w.xpos, w.lemma, w.deprel, head});
  }
  doc->sentences.push_back({start, *offset});
}

void AppendSystemToken(CharSpan span, std::string_view form, bool joins_previous, EvalDoc* doc) {
  if (joins_previous && !doc->tokens.empty()) {
    doc->tokens.back().end = span.end;
    if (!doc->token_forms.empty()) doc->token_forms.back() += form;
    return;
  }
  doc->tokens.push_back(span);
  doc->token_forms.emplace_back(form);
}

EvalResult Evaluate(const EvalDoc& gold, const EvalDoc& sys) {
  EvalResult r;
  auto sent = Align(gold.sentences.size(), [&](size_t i) { return gold.sentences[i]; },
                    sys.sentences.size(), [&](size_t i) { return sys.sentences[i]; });
  r.sentences = Count(gold.sentences.size(), sys.sentences.size(), Matches(sent));
  auto tok = Align(gold.tokens.size(), [&](size_t i) { return gold.tokens[i]; },
                   sys.tokens.size(), [&](size_t i) { return sys.tokens[i]; });
  r.tokens = Count(gold.tokens.size(), sys.tokens.size(), Matches(tok));
  auto words = Align(gold.words.size(), [&](size_t i) { return gold.words[i].span; },
                     sys.words.size(), [&](size_t i) { return sys.words[i].span; });
  std::vector<int> sys_to_gold(sys.words.size(), -1);
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i] >= 0) sys_to_gold[words[i]] = static_cast<int>(i);
  }
  size_t ng = gold.words.size(), ns = sys.words.size();
  r.words = Count(ng, ns, Matches(words));
  r.upos = r.xpos = r.lemmas = r.uas = r.las = Count(ng, ns, 0);
  for (size_t i = 0; i < ng; ++i) {
    if (words[i] < 0) continue;
    const EvalWord& g = gold.words[i];
    const EvalWord& s = sys.words[words[i]];
    r.upos.correct += g.upos == s.upos;
    r.xpos.correct += g.xpos == s.xpos;
    r.lemmas.correct += g.lemma == "_" || g.lemma == s.lemma;
    int sys_head = s.head < 0 ? -1 : sys_to_gold[s.head];
    bool head_ok = s.head < 0 ? g.head < 0 : sys_head >= 0 && sys_head == g.head;
    r.uas.correct += head_ok;
    r.las.correct += head_ok && UniversalRelation(g.deprel) == UniversalRelation(s.deprel);
  }
  return r;
}

namespace {

std::string KindOf(std::string_view form) {
  bool alpha = false, digit = false, punct = false;
  for (unsigned char c : form) {
    alpha |= std::isalpha(c) || c >= 0x80;
    digit |= std::isdigit(c) != 0;
    punct |= std::ispunct(c) != 0;
  }
  if (form.find('\'') != std::string_view::npos || form.find("\xE2\x80\x99") != form.npos) {
    return "contraction";
  }
  if (form.find('@') != form.npos || form.find("://") != form.npos || form.find("www.") == 0) {
    return "url/email";
  }
  if (alpha && form.find('-') != form.npos) return "hyphenated";
  if (alpha && form.find('.') != form.npos) return "abbreviation";
  if (!alpha && !digit && punct) return "punctuation";
  if (digit) return "number";
  return "other";
}

}  // namespace

std::vector<MismatchKind> TokenMismatches(const EvalDoc& gold, const EvalDoc& sys,
                                          size_t examples) {
  auto tok = Align(gold.tokens.size(), [&](size_t i) { return gold.tokens[i]; },
                   sys.tokens.size(), [&](size_t i) { return sys.tokens[i]; });
  std::vector<MismatchKind> kinds;
  for (size_t i = 0; i < tok.size() && i < gold.token_forms.size(); ++i) {
    if (tok[i] >= 0) continue;
    std::string kind = KindOf(gold.token_forms[i]);
    std::string example = gold.token_forms[i];
    // The system token covering the gold token's first character, if any.
    auto sys_it = std::upper_bound(sys.tokens.begin(), sys.tokens.end(), gold.tokens[i].begin,
                                   [](uint32_t b, const CharSpan& t) { return b < t.begin; });
    size_t j = static_cast<size_t>(sys_it - sys.tokens.begin());
    if (j > 0 && sys.tokens[j - 1].end > gold.tokens[i].begin && j - 1 < sys.token_forms.size()) {
      const std::string& sys_form = sys.token_forms[j - 1];
      example += "=>" + sys_form;
      if (kind != "contraction" && kind != "url/email" &&
          sys_form.find('-') != std::string::npos && sys_form.size() > 1) {
        kind = "hyphenated";
      }
    }
    auto it = std::find_if(kinds.begin(), kinds.end(), [&](auto& k) { return k.kind == kind; });
    if (it == kinds.end()) it = kinds.insert(kinds.end(), MismatchKind{kind, 0, {}});
    ++it->count;
    if (it->examples.size() < examples) it->examples.push_back(example);
  }
  std::stable_sort(kinds.begin(), kinds.end(),
                   [](const auto& a, const auto& b) { return a.count > b.count; });
  return kinds;
}

std::string FormatResult(const EvalResult& r, bool raw, bool syntax) {
  std::string out =
      "Metric     | Precision |    Recall |  F1 Score\n"
      "-----------+-----------+-----------+-----------\n";
  auto line = [&](const char* name, const F1& f) {
    char buf[128];
    std::snprintf(buf, sizeof(buf), "%-10s | %9.2f | %9.2f | %9.2f\n", name, f.Precision(),
                  f.Recall(), f.Value());
    out += buf;
  };
  if (raw) {
    line("Tokens", r.tokens);
    line("Sentences", r.sentences);
    line("Words", r.words);
  }
  if (!syntax) return out;
  line("UPOS", r.upos);
  line("XPOS", r.xpos);
  line("Lemmas", r.lemmas);
  line("UAS", r.uas);
  line("LAS", r.las);
  return out;
}

}  // namespace dyad::syntax
