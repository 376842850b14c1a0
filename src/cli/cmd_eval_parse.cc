// dyad eval-parse --conllu FILE [--raw]: tags, lemmatises and parses a CoNLL-U file and prints
// CoNLL 2018 scores (syntax/metrics.h). Without --raw the gold tokens are used; with --raw the
// "# text =" lines are split and tokenized by dyad itself, with hyphenated compounds split as UD
// does and the trained sentence model (data/text/sentence_model.bin) when present. A clitic
// written without a space after its host ("do" + "n't") is one surface token with two words, as
// UD's multiword tokens are. --segmentation-only scores sentences and tokens without the syntax
// models; --train-sentences OUT trains the sentence model on FILE instead of evaluating.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "syntax/analyzer.h"
#include "syntax/metrics.h"
#include "syntax/words.h"
#include "base/file.h"
#include "text/abbreviations.h"
#include "text/sentence_model.h"
#include "text/sentence_model_trainer.h"
#include "text/splitter.h"
#include "text/word_set.h"

namespace dyad::cli {
namespace {

struct EvalParseFlags {
  std::string conllu;
  std::string model_dir = syntax::Analyzer::DefaultModelDir();
  std::string abbreviations = std::string(DYAD_DATA_DIR) + "/text/abbreviations.txt";
  std::string hyphen_prefixes = std::string(DYAD_DATA_DIR) + "/text/hyphen_prefixes.txt";
  std::string sentence_model = std::string(DYAD_DATA_DIR) + "/text/sentence_model.bin";
  bool raw = false;
  bool rule_sentences = false;     // Ignore the sentence model.
  bool segmentation_only = false;  // Score sentences and tokens only; no syntax models.
  std::string train_sentences;     // Train the sentence model on --conllu and write it here.
  int epochs = 10;
  std::string out;  // When set, the system analysis is written here as CoNLL-U.
};

// The text resources of the raw path; `splitter` points into the others.
struct RawText {
  text::Abbreviations abbreviations;
  text::WordSet hyphen_prefixes;
  std::optional<text::SentenceModel> model;
  std::unique_ptr<text::Splitter> splitter;
};

int Fail(const Status& s) {
  std::fprintf(stderr, "dyad eval-parse: %s\n", s.ToString().c_str());
  return kExitError;
}

// Loads what --raw needs. The sentence model is optional: without the file, the rules split.
Status LoadRawText(const EvalParseFlags& f, bool use_model, RawText* out) {
  StatusOr<text::Abbreviations> abbr = text::Abbreviations::Load(f.abbreviations);
  if (!abbr.ok()) return abbr.status();
  out->abbreviations = *std::move(abbr);
  StatusOr<text::WordSet> prefixes = text::WordSet::Load(f.hyphen_prefixes);
  if (!prefixes.ok()) return prefixes.status();
  out->hyphen_prefixes = *std::move(prefixes);
  text::SplitterOptions options;
  options.hyphen_prefixes = &out->hyphen_prefixes;
  if (use_model && std::filesystem::exists(f.sentence_model)) {
    StatusOr<text::SentenceModel> model = text::SentenceModel::Load(f.sentence_model);
    if (!model.ok()) return model.status();
    out->model = *std::move(model);
    options.sentence_model = &*out->model;
  }
  out->splitter = std::make_unique<text::Splitter>(&out->abbreviations, options);
  return Status::Ok();
}

// A paragraph rebuilt from "# text" lines, and the byte offsets where its sentences end.
struct Paragraph {
  std::string text;
  std::vector<uint32_t> ends;
};

// Sentences are joined by a space within a "# newpar" / "# newdoc" paragraph.
std::vector<Paragraph> Paragraphs(const std::vector<syntax::ConlluSentence>& gold) {
  std::vector<Paragraph> paragraphs;
  for (const syntax::ConlluSentence& s : gold) {
    if (paragraphs.empty() || s.new_paragraph) paragraphs.emplace_back();
    Paragraph& p = paragraphs.back();
    if (!p.text.empty()) p.text += ' ';
    p.text += s.text;
    p.ends.push_back(static_cast<uint32_t>(p.text.size()));
  }
  return paragraphs;
}

// Appends one sentence of analysed words to `out` as CoNLL-U (one word per token; clitics are
// their own words, with no multiword token line).
void AppendConlluSentence(std::string_view text, const std::vector<text::Token>& tokens,
                          const std::vector<syntax::AnalyzedWord>& words, std::string* out) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    const syntax::AnalyzedWord& w = words[i];
    std::string_view form = text.substr(tokens[i].span.begin, tokens[i].span.size());
    auto field = [](std::string_view v) { return v.empty() ? std::string("_") : std::string(v); };
    *out += std::to_string(i + 1) + '\t' + std::string(form) + '\t' + field(w.lemma) + '\t' +
            field(w.upos) + '\t' + field(w.xpos) + "\t_\t" + std::to_string(w.head) + '\t' +
            field(w.deprel) + "\t_\t_\n";
  }
  *out += '\n';
}

// Appends one system sentence to `doc`, analyzed by `a` unless it is null (then the words carry
// no tags); `to_char` maps byte offsets of `text` to non-whitespace character offsets. A clitic
// token joins the surface token before it (a multiword token), and keeps its own word. When
// `conllu` is not null, the sentence is also appended to it as CoNLL-U.
void AddSentence(const syntax::Analyzer* a, std::string_view text,
                 const std::vector<text::Token>& tokens, const std::vector<uint32_t>& to_char,
                 syntax::EvalDoc* doc, std::vector<syntax::AnalyzedWord>* words,
                 std::string* conllu) {
  if (a) {
    a->Analyze(text, tokens, words);
  } else {
    words->assign(tokens.size(), syntax::AnalyzedWord{});
  }
  size_t base = doc->words.size();
  size_t first_token = doc->tokens.size();
  for (size_t i = 0; i < tokens.size(); ++i) {
    const syntax::AnalyzedWord& w = (*words)[i];
    const text::Token& t = tokens[i];
    syntax::CharSpan span{to_char[t.span.begin], to_char[t.span.end]};
    bool joins = t.clitic && i > 0 && tokens[i - 1].span.end == t.span.begin;
    syntax::AppendSystemToken(span, text.substr(t.span.begin, t.span.size()), joins, doc);
    int head = w.head == 0 ? -1 : static_cast<int>(base) + w.head - 1;
    doc->words.push_back({span, std::string(w.upos), std::string(w.xpos), w.lemma,
                          std::string(w.deprel), head});
  }
  doc->sentences.push_back({doc->tokens[first_token].begin, doc->tokens.back().end});
  if (conllu) AppendConlluSentence(text, tokens, *words, conllu);
}

// From gold tokens: one system sentence per gold sentence.
void RunGoldTokens(const syntax::Analyzer& a, const std::vector<syntax::ConlluSentence>& gold,
                   syntax::EvalDoc* doc, std::string* conllu) {
  std::string text;
  std::vector<text::Token> tokens;
  std::vector<syntax::AnalyzedWord> words;
  uint32_t offset = 0;
  for (const syntax::ConlluSentence& s : gold) {
    std::vector<std::string> forms;
    for (const syntax::ConlluWord& w : s.words) forms.push_back(w.form);
    syntax::TokensFromForms(forms, &text, &tokens);
    std::vector<uint32_t> to_char = syntax::NonSpaceOffsets(text, offset);
    AddSentence(&a, text, tokens, to_char, doc, &words, conllu);
    offset = to_char.back();
  }
}

// From raw text: paragraphs are rebuilt from "# text" lines and split by dyad; `a` may be null
// (segmentation only).
void RunRaw(const syntax::Analyzer* a, const text::Splitter& splitter,
            const std::vector<syntax::ConlluSentence>& gold, syntax::EvalDoc* doc,
            std::string* conllu) {
  std::vector<syntax::AnalyzedWord> words;
  uint32_t offset = 0;
  for (const Paragraph& p : Paragraphs(gold)) {
    std::vector<text::Sentence> sentences;
    splitter.Split(p.text, Span{0, static_cast<uint32_t>(p.text.size())}, &sentences);
    std::vector<uint32_t> to_char = syntax::NonSpaceOffsets(p.text, offset);
    for (const text::Sentence& s : sentences) {
      AddSentence(a, p.text, s.tokens, to_char, doc, &words, conllu);
    }
    offset = to_char.back();
  }
}

// --train-sentences: trains the sentence model on the paragraphs of `gold` and writes it.
int TrainSentences(const EvalParseFlags& f, const std::vector<syntax::ConlluSentence>& gold) {
  RawText raw;
  if (Status s = LoadRawText(f, false, &raw); !s.ok()) return Fail(s);
  text::SentenceModelTrainer trainer(&raw.abbreviations, &raw.hyphen_prefixes);
  for (const Paragraph& p : Paragraphs(gold)) trainer.AddParagraph(p.text, p.ends);
  text::SentenceModel model = trainer.Train(f.epochs, /*seed=*/1);
  if (Status s = WriteFile(f.train_sentences, model.Serialize()); !s.ok()) return Fail(s);
  std::printf("# %zu candidate gaps, %zu gold sentence ends out of reach; wrote %s\n",
              trainer.examples(), trainer.unreachable(), f.train_sentences.c_str());
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
  StatusOr<std::vector<syntax::ConlluSentence>> gold = syntax::ReadConllu(f.conllu);
  if (!gold.ok()) return Fail(gold.status());
  if (!f.train_sentences.empty()) return TrainSentences(f, *gold);
  bool syntax = !(f.raw && f.segmentation_only);
  std::unique_ptr<syntax::Analyzer> analyzer;
  if (syntax) {
    StatusOr<std::unique_ptr<syntax::Analyzer>> loaded = syntax::Analyzer::Load(f.model_dir);
    if (!loaded.ok()) return Fail(loaded.status());
    analyzer = *std::move(loaded);
  }
  RawText raw;
  if (f.raw) {
    if (Status s = LoadRawText(f, !f.rule_sentences, &raw); !s.ok()) return Fail(s);
  }
  auto t1 = std::chrono::steady_clock::now();
  syntax::EvalDoc gold_doc, sys_doc;
  uint32_t offset = 0;
  for (const syntax::ConlluSentence& s : *gold) syntax::AppendConllu(s, &offset, &gold_doc);
  std::string conllu;
  std::string* conllu_out = f.out.empty() ? nullptr : &conllu;
  if (f.raw) {
    RunRaw(analyzer.get(), *raw.splitter, *gold, &sys_doc, conllu_out);
  } else {
    RunGoldTokens(*analyzer, *gold, &sys_doc, conllu_out);
  }
  if (conllu_out) {
    if (Status s = WriteFile(f.out, conllu); !s.ok()) return Fail(s);
  }
  auto t2 = std::chrono::steady_clock::now();
  double secs = std::chrono::duration<double>(t2 - t1).count();
  std::printf("# %s, from %s; LAS compares universal relations only (CoNLL 2018)\n",
              f.conllu.c_str(),
              !f.raw        ? "gold tokens"
              : raw.model   ? "raw text (dyad tokenizer, UD hyphens, sentence model)"
                            : "raw text (dyad tokenizer, UD hyphens, sentence rules)");
  std::fputs(syntax::FormatResult(syntax::Evaluate(gold_doc, sys_doc), f.raw, syntax).c_str(),
             stdout);
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
  app->add_option("--hyphen-prefixes", f->hyphen_prefixes,
                  "Prefixes that keep their hyphen, for --raw");
  app->add_option("--sentence-model", f->sentence_model,
                  "Sentence model for --raw (default: built-in; the rules when absent)");
  app->add_flag("--rule-sentences", f->rule_sentences,
                "With --raw: split sentences by the rules, not the model");
  app->add_flag("--segmentation-only", f->segmentation_only,
                "With --raw: score sentences and tokens only (no syntax models needed)");
  app->add_option("--train-sentences", f->train_sentences,
                  "Train the sentence model on --conllu, write it to this file, and exit");
  app->add_option("--epochs", f->epochs, "Training passes for --train-sentences")
      ->check(CLI::Range(1, 100));
  app->add_option("--out", f->out, "Also write the system's analysis to this CoNLL-U file");
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
