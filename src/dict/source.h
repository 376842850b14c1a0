// Dictionary sources: the PETRARCH-2 / CAMEO dictionary formats as plain data.
//
// The readers (source_reader.h) turn the text of a dictionary file into these structs; the
// compiler (match/) turns them into lookup structures. Every word here is lowercased with the
// same normalisation the tokenizer applies (text::Token::norm), and underscores are gone:
// "UNITED_STATES_" becomes the phrase {"united", "states"}.
//
// See doc/dictionary_format.md for the accepted syntax, and where dyad differs from PETRARCH-2.
#ifndef DYAD_DICT_SOURCE_H_
#define DYAD_DICT_SOURCE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::dict {

struct Location {
  std::string file;
  int line = 0;    // 1-based.
  int column = 0;  // 1-based byte column; 0 when the problem is the whole line.
};

// A problem found while reading or linting a dictionary: "file:line: message", or
// "file:line:column: message" when the column is known. Warnings are printed as
// "file:line: warning: message"; they flag suspicious but usable entries.
struct Diagnostic {
  enum class Severity : uint8_t { kError, kWarning };
  Location where;
  std::string message;
  Severity severity = Severity::kError;
  bool is_warning() const { return severity == Severity::kWarning; }
  std::string ToString() const;
};

using Phrase = std::vector<std::string>;  // Lowercased words, in order.

// Dates are YYYYMMDD integers. Six-digit dates in the file (YYMMDD) are read with years 00-39
// as 20xx and 40-99 as 19xx.
inline constexpr int32_t kNoDate = 0;
inline constexpr int32_t kEndOfTime = 99999999;

// A code valid from `from` to `to`, both inclusive ("<date" and ">date" leave one end open).
struct DatedCode {
  std::string code;
  int32_t from = kNoDate;
  int32_t to = kEndOfTime;
};

// A record of an .actors file: a primary phrase, its '+' synonyms, and its codes.
struct ActorEntry {
  Location where;
  std::vector<Phrase> phrases;   // Primary first.
  std::string default_code;      // From "[CODE]" on the phrase line or an undated "\t[CODE]".
  std::vector<DatedCode> dated;  // In file order.
};

// A record of an agents file: "PHRASE {PLURAL} [~CODE]" or "[CODE~]".
struct AgentEntry {
  Location where;
  std::vector<Phrase> phrases;  // Singular first, then plural forms (generated or given).
  std::string code;             // Without the '~'.
  bool prefix = false;          // "NGO~": the code goes before the actor code, not after.
};

// One element of a verb pattern.
struct PatternItem {
  enum class Kind : uint8_t {
    kWord,    // A literal word.
    kSynset,  // "&NAME": any member of the synset (text holds "&name").
    kSource,  // "$": the source actor stands here.
    kTarget,  // "+": the target actor stands here.
  };
  Kind kind = Kind::kWord;
  std::string text;
};

// A run of items. A bare word is a group of one ("UNITED_NATIONS" is a consecutive group of two).
// "{A B}" is a consecutive noun phrase whose last word is the head; "(PREP A {B C})" is a
// prepositional phrase: the preposition, then its noun (the words of any "{...}" inside are
// flattened into `items`).
struct PatternGroup {
  std::vector<PatternItem> items;
  bool consecutive = false;    // "{...}": the items are adjacent words. In a prepositional group
                               // it applies to items[1..] (the noun after the preposition).
  bool prepositional = false;  // "(...)": items[0] is the preposition.
  // "@obj GROUP": on a parsed sentence the group must lie in a dependent of the verb with this
  // Universal Dependencies relation (lowercase; "obl" also takes "obl:tmod"). Empty: any place.
  std::string relation;
};

// "- BEFORE * AFTER [CODE] # comment". Groups must appear in order; other words may intervene.
struct VerbPattern {
  Location where;
  std::vector<PatternGroup> before;  // Between the source and the verb.
  std::vector<PatternGroup> after;   // After the verb.
  std::string code;                  // "---" is the null code: matching it suppresses the event.
  std::string comment;
};

// One verb of a synonym block, with every form that should match it.
struct VerbEntry {
  Location where;
  std::vector<Phrase> forms;  // Base form first; then the generated or given inflections.
  int head = 0;               // Index of the verb word within each multi-word form ('+' marker).
  std::string code;           // Own code, or "" to use the block's.
};

// "--- DESCRIPTION [CODE] ---" followed by verbs and patterns.
struct VerbBlock {
  Location where;
  std::string description;
  std::string code;  // "---" when the bare verb codes no event (also when the header has none).
  std::vector<VerbEntry> verbs;
  std::vector<VerbPattern> patterns;
};

// "&NAME" with "+member" lines; plural forms are added unless the name or member ends in '_'.
struct Synset {
  Location where;
  std::string name;  // Lowercased, with the '&' and without a trailing '_' ("&CASH_" -> "&cash").
  std::vector<Phrase> members;
};

// "~ a (a b WILL_ATTACK) SAY = a b 138": kept verbatim; applied by a later issue.
struct Transformation {
  Location where;
  std::string text;
};

struct VerbSource {
  std::vector<Synset> synsets;
  std::vector<VerbBlock> blocks;
  std::vector<Transformation> transformations;
};

// A discard line: sentences (or, with '+', whole articles) containing it are not coded.
struct DiscardEntry {
  Location where;
  Phrase phrase;
  bool whole_article = false;  // Leading '+'.
  bool whole_word = false;     // Trailing '_': the last word must match exactly, else as a stem.
};

// An issues line: "n:refugee [REFUGEES]", "~phrase" (ignore), inside <ISSUE> tags or not.
struct IssueEntry {
  Location where;
  std::vector<Phrase> phrases;  // All expansions (n:, v:, + forms).
  std::string code;             // "" for ignore phrases.
  bool ignore = false;          // "~": a sentence containing it gets no issues.
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_SOURCE_H_
