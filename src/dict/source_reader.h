// Readers for the PETRARCH-2 / CAMEO dictionary formats.
//
// Each reader parses the full contents of one file. Reading never stops at a bad line: every
// malformed line becomes a Diagnostic ("file:line: what is wrong") and the rest is read. Callers
// decide whether diagnostics are fatal (`dyad dict lint`, strict loading) or warnings (a user's
// large dictionary with a few broken lines).
//
// Every reader APPENDS to `*out` and `*errors` (neither is cleared), so several files of one kind
// can be read into the same vectors. ReadVerbs sees the synsets already in `out->synsets`, so a
// verbs file may use the synsets of a file read before it. `file` is only used in Locations.
//
// Input is any bytes: lines end in "\n" or "\r\n", '#' starts a comment (also ';' in actors
// files), blank lines and "<!-- ... -->" lines are skipped. Invalid UTF-8 is not an error here
// (sources.h reports it); such bytes are kept as they are. Time is linear in the input size, and
// the expansions a single line may generate (agents "!SET!" markers, issues "n:"/"v:"/"+") are
// capped at kMaxExpansions, beyond which the line is reported and skipped.
//
// Usage:
//   std::vector<ActorEntry> actors;
//   std::vector<Diagnostic> errors;
//   ReadActors(contents, "data/countries.actors.txt", &actors, &errors);
//   for (const Diagnostic& d : errors) std::cerr << d.ToString() << "\n";
//
// Thread-safe: the functions keep no state.
#ifndef DYAD_DICT_SOURCE_READER_H_
#define DYAD_DICT_SOURCE_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dict/source.h"

namespace dyad::dict {

inline constexpr size_t kMaxExpansions = 256;

enum class SourceKind { kActors, kAgents, kVerbs, kDiscards, kIssues, kUnknown };

// Guesses the kind from the file name ("*.actors*", "*agent*", "*verb*", "*discard*",
// "*issue*", case-insensitive; "*actor*" is enough), then from the contents (a "--- ... ---"
// block line means verbs, an "<ISSUE" line issues, a "[~CODE]" or "[CODE~]" agents). Returns
// kUnknown when neither tells. Only the base name counts, not the directories.
SourceKind GuessKind(std::string_view file_name, std::string_view contents);
const char* SourceKindName(SourceKind kind);

void ReadActors(std::string_view contents, std::string_view file, std::vector<ActorEntry>* out,
                std::vector<Diagnostic>* errors);
void ReadAgents(std::string_view contents, std::string_view file, std::vector<AgentEntry>* out,
                std::vector<Diagnostic>* errors);
void ReadVerbs(std::string_view contents, std::string_view file, VerbSource* out,
               std::vector<Diagnostic>* errors);
void ReadDiscards(std::string_view contents, std::string_view file, std::vector<DiscardEntry>* out,
                  std::vector<Diagnostic>* errors);
void ReadIssues(std::string_view contents, std::string_view file, std::vector<IssueEntry>* out,
                std::vector<Diagnostic>* errors);

// Lowercases a dictionary word the way the tokenizer normalises tokens, and turns '_' into
// word breaks: "UNITED_STATES_" -> {"united", "states"}. Spaces and tabs also break words and empty
// words are dropped. Letters are lowercased (ASCII, and other code points with utf8proc's simple
// lowercase mapping; invalid UTF-8 bytes are kept), typographic apostrophes become "'", and a
// word ending in "'s" or "n't" is split the way the tokenizer splits it: "PEOPLE'S" ->
// {"people", "'s"}, "DIDN'T" -> {"did", "n't"}. Dots and hyphens stay inside words ("U.S." ->
// {"u.s."}, "AL-QAEDA" -> {"al-qaeda"}); "WORKERS'" stays one word.
Phrase SplitPhrase(std::string_view text);

// Regular English forms used when a file gives none: plural of a noun ("army" -> "armies",
// "day" -> "days", "church" -> "churches"), and third person, past and gerund of a verb
// ("attack" -> {"attacks", "attacked", "attacking"}, "deny" -> {"denies", "denied", "denying"}).
// No consonant doubling ("stop" -> "stoped"): dictionaries list those forms. The suffix follows
// the case of the word's last letter ("ARMY" -> "ARMIES"). Empty input gives "" / {}.
std::string RegularPlural(std::string_view noun);
std::vector<std::string> RegularVerbForms(std::string_view verb);

}  // namespace dyad::dict

#endif  // DYAD_DICT_SOURCE_READER_H_
