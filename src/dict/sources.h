// DictionarySources: everything read from a set of dictionary files, before compilation.
//
// The matcher compiles from this struct; `dyad dict lint` checks it (lint.h) and summarises it
// (stats.h). Files of the same kind are appended in the order they are loaded, so the order of
// entries is the order of files, then of lines.
//
// Usage:
//   DictionarySources sources;
//   for (const std::string& path : paths) {
//     Status s = LoadSourceFile(path, &sources);
//     if (!s.ok()) return s;                        // Unreadable file or unknown kind.
//   }
//   for (const Diagnostic& d : sources.diagnostics) std::cerr << d.ToString() << "\n";
//
// Not thread-safe while loading; a finished DictionarySources is plain data.
#ifndef DYAD_DICT_SOURCES_H_
#define DYAD_DICT_SOURCES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/source.h"
#include "dict/source_reader.h"
#include "dyad/status.h"

namespace dyad::dict {

// A file that was read, and as what.
struct SourceFile {
  std::string path;
  SourceKind kind = SourceKind::kUnknown;
};

struct DictionarySources {
  std::vector<SourceFile> files;  // In load order.
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  VerbSource verbs;  // Synsets, blocks and transformations of every verbs file.
  std::vector<DiscardEntry> discards;
  std::vector<IssueEntry> issues;
  // What the readers reported, for every file, in load order. Entries on reported lines were
  // skipped; everything else was read.
  std::vector<Diagnostic> diagnostics;
};

// Reads `contents` as a dictionary of `kind` and appends its entries and diagnostics to *out.
// `file` names it in Locations. Invalid UTF-8 adds one diagnostic (at the first bad byte's line);
// the file is read anyway (its invalid bytes can never match a token). Never fails.
// REQUIRES: kind != SourceKind::kUnknown.
void AddSource(std::string_view contents, std::string_view file, SourceKind kind,
               DictionarySources* out);

// Reads the file at `path`, takes `kind` (or guesses it with GuessKind when kind is kUnknown),
// and calls AddSource. Returns an IOError when the file cannot be read and InvalidArgument when
// its kind cannot be guessed; problems inside the file go to out->diagnostics, not to the Status.
Status LoadSourceFile(const std::string& path, DictionarySources* out,
                      SourceKind kind = SourceKind::kUnknown);

}  // namespace dyad::dict

#endif  // DYAD_DICT_SOURCES_H_
