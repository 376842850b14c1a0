// Readers for the PETRARCH-2 / CAMEO dictionary formats.
//
// Each reader parses the full contents of one file. Reading never stops at a bad line: every
// malformed line becomes a Diagnostic ("file:line: what is wrong") and the rest is read. Callers
// decide whether diagnostics are fatal (`dyad dict lint`, strict loading) or warnings (a user's
// large dictionary with a few broken lines).
//
// Thread-safe: the functions keep no state.
#ifndef DYAD_DICT_SOURCE_READER_H_
#define DYAD_DICT_SOURCE_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/source.h"

namespace dyad::dict {

enum class SourceKind { kActors, kAgents, kVerbs, kDiscards, kIssues, kUnknown };

// Guesses the kind from the file name ("*.actors*", "*agent*", "*verb*", "*discard*",
// "*issue*", case-insensitive), then from the contents (a "--- ... ---" block line means
// verbs). Returns kUnknown when neither tells.
SourceKind GuessKind(std::string_view file_name, std::string_view contents);
const char* SourceKindName(SourceKind kind);

void ReadActors(std::string_view contents, std::string_view file, std::vector<ActorEntry>* out,
                std::vector<Diagnostic>* errors);
void ReadAgents(std::string_view contents, std::string_view file, std::vector<AgentEntry>* out,
                std::vector<Diagnostic>* errors);
void ReadVerbs(std::string_view contents, std::string_view file, VerbSource* out,
               std::vector<Diagnostic>* errors);
void ReadDiscards(std::string_view contents, std::string_view file,
                  std::vector<DiscardEntry>* out, std::vector<Diagnostic>* errors);
void ReadIssues(std::string_view contents, std::string_view file, std::vector<IssueEntry>* out,
                std::vector<Diagnostic>* errors);

// Lowercases a dictionary word the way the tokenizer normalises tokens, and turns '_' into
// word breaks: "UNITED_STATES_" -> {"united", "states"}.
Phrase SplitPhrase(std::string_view text);

// Regular English forms used when a file gives none: plural of a noun ("army" -> "armies"),
// and third person, past and gerund of a verb ("attack" -> attacks, attacked, attacking).
std::string RegularPlural(std::string_view noun);
std::vector<std::string> RegularVerbForms(std::string_view verb);

}  // namespace dyad::dict

#endif  // DYAD_DICT_SOURCE_READER_H_
