// dyad eval-parse --conllu FILE [--raw]: tags, lemmatises and parses a CoNLL-U file and prints
// CoNLL 2018 scores (syntax/metrics.h). Without --raw the gold tokens are used; with --raw the
// "# text =" lines are split and tokenized by dyad itself.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "syntax/analyzer.h"
#include "syntax/metrics.h"
#include "syntax/words.h"
#include "text/abbreviations.h"
#include "text/splitter.h"

namespace dyad::cli {
namespace {

struct EvalParseFlags {
  std::string conllu;
  std::string model_dir = syntax::Analyzer::DefaultModelDir();
  std::string abbreviations = std::string(DYAD_DATA_DIR) + "/text/abbreviations.txt";
  bool raw = false;
};

// Analyzes one sentence and appends it to `doc`; `to_char` maps byte offsets of `text` to
// non-whitespace character offsets.
void AddSentence(const syntax::Analyzer& a, std::string_view text,
                 const std::vector<text::Token>& tokens, const std::vector<uint32_t>& to_char,
                 syntax::EvalDoc* doc, std::vector<syntax::AnalyzedWord>* words) {
  a.Analyze(text, tokens, words);
  size_t base = doc->words.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const syntax::AnalyzedWord& w = (*words)[i];
    syntax::CharSpan span{to_char[tokens[i].span.begin], to_char[tokens[i].span.end]};
    doc->tokens.push_back(span);
    doc->token_forms.emplace_back(text.substr(tokens[i].span.begin, tokens[i].span.size()));
    int head = w.head == 0 ? -1 : static_cast<int>(base) + w.head - 1;
    doc->words.push_back({span, std::string(w.upos), std::string(w.xpos), w.lemma,
                          std::string(w.deprel), head});
  }
  doc->sentences.push_back({doc->tokens[base].begin, doc->tokens.back().end});
}

// From gold tokens: one system sentence per gold sentence.
void RunGoldTokens(const syntax::Analyzer& a, const std::vector<syntax::ConlluSentence>& gold,
                   syntax::EvalDoc* doc) {
  std::string text;
  std::vector<text::Token> tokens;
  std::vector<syntax::AnalyzedWord> words;
  uint32_t offset = 0;
  for (const syntax::ConlluSentence& s : gold) {
    std::vector<std::string> forms;
    for (const syntax::ConlluWord& w : s.words) forms.push_back(w.form);
    syntax::TokensFromForms(forms, &text, &tokens);
    std::vector<uint32_t> to_char = syntax::NonSpaceOffsets(text, offset);
    AddSentence(a, text, tokens, to_char, doc, &words);
    offset = to_char.back();
  }
}

// From raw text: paragraphs are rebuilt from "# text" lines and split by dyad.
int RunRaw(const syntax::Analyzer& a, const EvalParseFlags& f,
           const std::vector<syntax::ConlluSentence>& gold, syntax::EvalDoc* doc) {
  StatusOr<text::Abbreviations> abbr = text::Abbreviations::Load(f.abbreviations);
  if (!abbr.ok()) {
    std::fprintf(stderr, "dyad eval-parse: %s\n", abbr.status().ToString().c_str());
    return kExitError;
  }
  text::Splitter splitter(&*abbr);
  std::vector<std::string> paragraphs;
  for (const syntax::ConlluSentence& s : gold) {
    if (paragraphs.empty() || s.new_paragraph) paragraphs.emplace_back();
    if (!paragraphs.back().empty()) paragraphs.back() += ' ';
    paragraphs.back() += s.text;
  }
  std::vector<syntax::AnalyzedWord> words;
  uint32_t offset = 0;
  for (const std::string& p : paragraphs) {
    std::vector<text::Sentence> sentences;
    splitter.Split(p, Span{0, static_cast<uint32_t>(p.size())}, &sentences);
    std::vector<uint32_t> to_char = syntax::NonSpaceOffsets(p, offset);
    for (const text::Sentence& s : sentences) AddSentence(a, p, s.tokens, to_char, doc, &words);
    offset = to_char.back();
  }
  return kExitOk;
}

// Which gold tokens the tokenizer missed, by kind, so tokenizer work can be prioritised.
void PrintMismatches(const syntax::EvalDoc& gold, const syntax::EvalDoc& sys) {
  std::printf("# unmatched gold tokens by kind:\n");
  for (const syntax::MismatchKind& k : syntax::TokenMismatches(gold, sys, 8)) {
    std::printf("#   %-13s %5zu  e.g.", k.kind.c_str(), k.count);
    for (const std::string& e : k.examples) std::printf(" %s", e.c_str());
    std::printf("\n");
  }
}

int Run(const EvalParseFlags& f) {
  auto t0 = std::chrono::steady_clock::now();
  StatusOr<std::unique_ptr<syntax::Analyzer>> analyzer = syntax::Analyzer::Load(f.model_dir);
  StatusOr<std::vector<syntax::ConlluSentence>> gold = syntax::ReadConllu(f.conllu);
  for (const Status& s : {analyzer.status(), gold.status()}) {
    if (!s.ok()) {
      std::fprintf(stderr, "dyad eval-parse: %s\n", s.ToString().c_str());
      return kExitError;
    }
  }
  auto t1 = std::chrono::steady_clock::now();
  syntax::EvalDoc gold_doc, sys_doc;
  uint32_t offset = 0;
  for (const syntax::ConlluSentence& s : *gold) syntax::AppendConllu(s, &offset, &gold_doc);
  if (f.raw) {
    if (RunRaw(**analyzer, f, *gold, &sys_doc) != kExitOk) return kExitError;
  } else {
    RunGoldTokens(**analyzer, *gold, &sys_doc);
  }
  auto t2 = std::chrono::steady_clock::now();
  double secs = std::chrono::duration<double>(t2 - t1).count();
  std::printf("# %s, from %s; LAS compares universal relations only (CoNLL 2018)\n",
              f.conllu.c_str(), f.raw ? "raw text (dyad splitter + tokenizer)" : "gold tokens");
  std::fputs(syntax::FormatResult(syntax::Evaluate(gold_doc, sys_doc), f.raw).c_str(), stdout);
  if (f.raw) PrintMismatches(gold_doc, sys_doc);
  std::printf("# model load %.3f s; %zu words in %.3f s (%.0f words/s, incl. lemmas, eval)\n",
              std::chrono::duration<double>(t1 - t0).count(), sys_doc.words.size(), secs,
              sys_doc.words.size() / secs);
  return kExitOk;
}

}  // namespace

Runner AddEvalParseCommand(CLI::App* app) {
  auto f = std::make_shared<EvalParseFlags>();
  app->add_option("--conllu", f->conllu, "Gold CoNLL-U file")->required();
  app->add_flag("--raw", f->raw, "Start from the '# text' lines instead of gold tokens");
  app->add_option("--model", f->model_dir, "Model directory (default: built-in models/en)");
  app->add_option("--abbreviations", f->abbreviations, "Abbreviation list for --raw");
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
