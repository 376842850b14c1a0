// Implements include/dyad/engine.h: loads the data once, then runs the pipeline
// clean -> split -> recognise/resolve/code -> enrich for each article.
#include "dyad/engine.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "base/status_macros.h"
#include "code/coder.h"
#include "code/word_classes.h"
#include "dict/source_reader.h"
#include "dict/sources.h"
#include "engine/data_files.h"
#include "enrich/cameo_table.h"
#include "match/lexicon.h"
#include "syntax/analyzer.h"
#include "text/abbreviations.h"
#include "text/cleaner.h"
#include "text/splitter.h"
#include "text/utf8.h"

namespace dyad {

struct Engine::Impl {
  text::Abbreviations abbreviations;
  std::optional<text::SentenceModel> sentence_model;  // Absent: the splitter's rules.
  text::Cleaner cleaner;
  code::WordClasses words;
  enrich::CameoTable cameo;
  std::unordered_map<std::string, std::string> intent;
  std::unordered_map<std::string, std::string> constructions;
  std::unique_ptr<match::Lexicon> lexicon;
  std::unique_ptr<syntax::Analyzer> analyzer;  // Null: word order only.
  std::unique_ptr<text::Splitter> splitter;
  std::unique_ptr<code::Coder> coder;

  std::vector<text::Sentence> Split(const Article& a, ArticleResult* r) const;
  Event MakeEvent(const Article& a, const code::CodedEvent& c) const;
};

namespace {

// Reads every dictionary file under `paths`. `strict`: any diagnostic fails (the built-in
// dictionaries must be clean); otherwise diagnostics become warnings.
Status LoadDictionaries(const std::vector<std::string>& paths, bool strict,
                        dict::DictionarySources* sources, std::vector<std::string>* warnings) {
  for (const std::string& path : paths) {
    using KindedFiles = std::vector<std::pair<std::string, dict::SourceKind>>;
    ASSIGN_OR_RETURN(KindedFiles files, engine::ListDictionaryFiles(path));
    for (const auto& [file, kind] : files) {
      size_t before = sources->diagnostics.size();
      RETURN_IF_ERROR(dict::LoadSourceFile(file, sources, kind));
      for (size_t i = before; i < sources->diagnostics.size(); ++i) {
        std::string msg = sources->diagnostics[i].ToString();
        bool fatal = strict && !sources->diagnostics[i].is_warning();
        if (fatal) return Status::InvalidArgument("built-in dictionary: " + msg);
        if (warnings) warnings->push_back(msg);
      }
    }
  }
  return Status::Ok();
}

// The parser the coder calls on sentences worth parsing: the Analyzer's tree as TreeWords.
code::SentenceParser ParserOf(const syntax::Analyzer* analyzer) {
  return [analyzer](std::string_view text, const text::Sentence& s,
                    std::vector<code::TreeWord>* out) {
    thread_local std::vector<syntax::AnalyzedWord> words;
    syntax::AnalyzeOptions options;
    options.lemmatize = false;
    analyzer->Analyze(text, s.tokens, &words, options);
    out->clear();
    for (const syntax::AnalyzedWord& w : words) out->push_back({w.head, w.deprel, w.upos});
  };
}

// The parse as "index word/UPOS <-deprel- head" lines, for `dyad explain`.
std::string ExplainTree(const syntax::Analyzer& analyzer, std::string_view body,
                        const text::Sentence& s) {
  std::vector<syntax::AnalyzedWord> words;
  analyzer.Analyze(body, s.tokens, &words);
  std::string out = "  parse:";
  for (size_t i = 0; i < words.size(); ++i) {
    out += " " + std::to_string(i + 1) + ":" + s.tokens[i].norm + "/" + std::string(words[i].upos) +
           "<" + std::string(words[i].deprel) + "-" + std::to_string(words[i].head);
  }
  return out + "\n";
}

std::string Words(const std::string& body, const std::vector<text::Token>& tokens, uint32_t begin,
                  uint32_t end) {
  if (begin >= end) return "";
  Span span{tokens[begin].span.begin, tokens[end - 1].span.end};
  return body.substr(span.begin, span.size());
}

ActorRef MakeActor(const std::string& body, const text::Sentence& s, const code::Mention& m) {
  if (m.code.empty()) return {};
  return {m.code, Words(body, s.tokens, m.begin, m.end),
          Span{s.tokens[m.begin].span.begin, s.tokens[m.end - 1].span.end}};
}

}  // namespace

std::vector<text::Sentence> Engine::Impl::Split(const Article& a, ArticleResult* r) const {
  text::CleanResult clean = cleaner.Clean(a.body, a.title_bytes);
  std::vector<text::Sentence> sentences;
  for (const Span& block : clean.blocks) splitter->Split(a.body, block, &sentences);
  r->sentences.reserve(sentences.size());
  for (const text::Sentence& s : sentences) {
    r->sentences.push_back({s.span, a.body.substr(s.span.begin, s.span.size())});
  }
  return sentences;
}

Event Engine::Impl::MakeEvent(const Article& a, const code::CodedEvent& c) const {
  // The sentence is looked up again by the caller; here only spans into the body are needed.
  Event e;
  e.doc_id = a.id;
  e.sentence_index = static_cast<int>(c.sentence);
  e.date = a.date;
  e.cameo = c.cameo;
  e.rule = c.rule;
  e.issues = c.issues;
  if (const enrich::CameoCode* info = cameo.Find(c.cameo)) {
    e.root = info->root;
    e.quad_class = info->quad_class;
    e.goldstein = info->goldstein;
  } else {
    e.root = c.cameo.substr(0, 2);
  }
  if (const enrich::PloverType* p = cameo.Plover(c.cameo)) e.plover = p->type;
  return e;
}

// Loads the syntax models when parsing is on and they are present. Missing models leave the
// coder on word order with a warning; present but unreadable models are an error.
Status LoadAnalyzer(const Options& options, const std::string& data,
                    std::unique_ptr<syntax::Analyzer>* analyzer,
                    code::CoderOptions* coder_options, std::vector<std::string>* warnings) {
  if (!options.parse) return Status::Ok();
  std::string dir = data + "/models/en";
  StatusOr<std::vector<std::string>> files = engine::ListFiles(dir);
  if (!files.ok() || files->empty()) {
    if (warnings) warnings->push_back(dir + ": no syntax models; coding by word order only");
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(*analyzer, syntax::Analyzer::Load(dir));
  coder_options->parser = ParserOf(analyzer->get());
  return Status::Ok();
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

StatusOr<std::unique_ptr<Engine>> Engine::Create(const Options& options,
                                                 std::vector<std::string>* warnings) {
  auto impl = std::make_unique<Impl>();
  std::string data = engine::ResolveDataDir(options.data_dir);
  ASSIGN_OR_RETURN(impl->abbreviations, text::Abbreviations::Load(data + "/text/abbreviations.txt"));
  ASSIGN_OR_RETURN(impl->cleaner, text::Cleaner::Load(data + "/text/boilerplate.txt"));
  ASSIGN_OR_RETURN(impl->words, code::WordClasses::Load(data + "/text/word_classes.txt"));
  ASSIGN_OR_RETURN(impl->cameo, enrich::CameoTable::Load(data + "/cameo/codes.tsv",
                                                         data + "/cameo/plover.tsv"));
  ASSIGN_OR_RETURN(impl->intent, engine::LoadPairs(data + "/cameo/intent.tsv"));
  ASSIGN_OR_RETURN(impl->constructions, engine::LoadPairs(data + "/cameo/constructions.tsv"));
  dict::DictionarySources sources;
  if (options.builtin_dictionaries) {
    RETURN_IF_ERROR(LoadDictionaries({data + "/dict"}, true, &sources, warnings));
  }
  RETURN_IF_ERROR(LoadDictionaries(options.dictionaries, false, &sources, warnings));
  std::vector<dict::Diagnostic> compile_warnings;
  ASSIGN_OR_RETURN(impl->lexicon, match::Lexicon::Build(sources, &compile_warnings));
  if (warnings) {
    for (const dict::Diagnostic& d : compile_warnings) warnings->push_back(d.ToString());
  }
  text::SplitterOptions split_options;
  if (std::string path = data + "/text/sentence_model.bin"; std::filesystem::exists(path)) {
    ASSIGN_OR_RETURN(text::SentenceModel model, text::SentenceModel::Load(path));
    split_options.sentence_model = &impl->sentence_model.emplace(std::move(model));
  }
  impl->splitter = std::make_unique<text::Splitter>(&impl->abbreviations, split_options);
  code::CoderOptions coder_options;
  coder_options.code_statements = options.code_statements;
  RETURN_IF_ERROR(LoadAnalyzer(options, data, &impl->analyzer, &coder_options, warnings));
  impl->coder = std::make_unique<code::Coder>(impl->lexicon.get(), &impl->words, &impl->intent,
                                              &impl->constructions, coder_options);
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

ArticleResult Engine::Code(const Article& a) const {
  ArticleResult r;
  size_t bad = 0;
  if (!text::IsValidUtf8(a.body, &bad)) {
    r.skipped_reason = "invalid UTF-8 at byte " + std::to_string(bad);
    return r;
  }
  std::vector<text::Sentence> sentences = impl_->Split(a, &r);
  std::vector<code::CodedEvent> coded;
  r.skipped_reason = impl_->coder->CodeArticle(sentences, a.body, match::DateToInt(a.date), &coded);
  for (const code::CodedEvent& c : coded) {
    const text::Sentence& s = sentences[c.sentence];
    Event e = impl_->MakeEvent(a, c);
    e.source = MakeActor(a.body, s, c.source);
    e.target = MakeActor(a.body, s, c.target);
    for (uint32_t t : c.trigger) {
      if (!e.evidence.empty()) e.evidence += ' ';
      e.evidence += a.body.substr(s.tokens[t].span.begin, s.tokens[t].span.size());
    }
    if (!c.trigger.empty()) {
      e.evidence_span = {s.tokens[c.trigger.front()].span.begin, s.tokens[c.trigger.back()].span.end};
    }
    r.events.push_back(std::move(e));
  }
  return r;
}

std::string Engine::Explain(std::string_view text, std::string_view date) const {
  Article a;
  a.id = "explain";
  a.date = std::string(date);
  a.body = std::string(text);
  std::string out;
  size_t bad = 0;
  if (!text::IsValidUtf8(a.body, &bad)) return "invalid UTF-8 at byte " + std::to_string(bad) + "\n";
  ArticleResult r;
  std::vector<text::Sentence> sentences = impl_->Split(a, &r);
  for (size_t i = 0; i < sentences.size(); ++i) {
    out += "sentence " + std::to_string(i) + ": " + r.sentences[i].text + "\n  tokens:";
    for (const text::Token& t : sentences[i].tokens) {
      out += " " + t.norm + "[" + std::to_string(t.span.begin) + "," + std::to_string(t.span.end) + ")";
    }
    out += "\n";
    if (impl_->analyzer) out += ExplainTree(*impl_->analyzer, a.body, sentences[i]);
  }
  code::Trace trace;
  std::vector<code::CodedEvent> coded;
  impl_->coder->CodeArticle(sentences, a.body, match::DateToInt(a.date), &coded, &trace);
  for (const std::string& line : trace) out += "  " + line + "\n";
  ArticleResult full = Code(a);
  out += "events: " + std::to_string(full.events.size()) + "\n";
  for (const Event& e : full.events) {
    const enrich::CameoCode* info = impl_->cameo.Find(e.cameo);
    out += "  " + e.source.code + " -> " + (e.target.code.empty() ? "(none)" : e.target.code) +
           "  " + e.cameo + " " + (info ? info->name : "?") + "  [" + e.evidence + "]  " + e.rule + "\n";
  }
  return out;
}

std::string Engine::Summary() const {
  const match::Lexicon& lex = *impl_->lexicon;
  return "actors " + std::to_string(lex.actor_count()) + ", actor phrases " +
         std::to_string(lex.actors().size()) + ", agent phrases " + std::to_string(lex.agents().size()) +
         ", verbs " + std::to_string(lex.verb_count()) + ", verb forms " +
         std::to_string(lex.verb_forms().size()) + ", patterns " + std::to_string(lex.pattern_count()) +
         ", discards " + std::to_string(lex.discards().size()) + ", issue phrases " +
         std::to_string(lex.issues().size());
}

}  // namespace dyad
