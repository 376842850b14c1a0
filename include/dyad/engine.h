// The dyad engine: news articles in, coded political events out.
//
// Usage:
//   dyad::Options options;
//   std::vector<std::string> warnings;
//   dyad::StatusOr<std::unique_ptr<dyad::Engine>> engine = dyad::Engine::Create(options, &warnings);
//   if (!engine.ok()) { Report(engine.status()); return; }
//   dyad::ArticleResult result = (*engine)->Code(article);
//   for (const dyad::Event& e : result.events) Use(e);
//
// An Engine loads its dictionaries, tables and word lists once (the slow part, well under a
// second) and is then immutable: Code() and Explain() are const and safe to call from many
// threads at once on one Engine.
#ifndef DYAD_ENGINE_H_
#define DYAD_ENGINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/export.h"
#include "dyad/options.h"
#include "dyad/status.h"

namespace dyad {

class DYAD_EXPORT Engine {
 public:
  // Loads everything `options` names. Fails, with a message naming the file and line, when
  // built-in data is missing or malformed. Malformed lines of the user's own dictionaries do
  // not fail: each is appended to *warnings (may be null) and the rest is used.
  static StatusOr<std::unique_ptr<Engine>> Create(const Options& options,
                                                  std::vector<std::string>* warnings);
  ~Engine();

  Engine(const Engine&) = delete;  // Holds large compiled dictionaries; share it by pointer.
  Engine& operator=(const Engine&) = delete;

  // Cleans, splits and codes one article. The body must be valid UTF-8: an article that is not
  // comes back with no sentences and `skipped_reason` set. Never fails otherwise.
  ArticleResult Code(const Article& article) const;

  // Codes `text` (one or more sentences) dated `date` (YYYY-MM-DD or "") and returns a
  // human-readable account: tokens, actors, verbs, the reason for each decision, the events.
  std::string Explain(std::string_view text, std::string_view date) const;

  // Counts of what was loaded, for `dyad dict stats` and logs: "actors 1234, verbs 567, ...".
  std::string Summary() const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_ENGINE_H_
