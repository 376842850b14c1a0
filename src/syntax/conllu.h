// Reading Universal Dependencies CoNLL-U files (https://universaldependencies.org/format.html).
//
// Only what training and evaluation need is kept: the syntactic words (integer ID lines) with
// FORM, LEMMA, UPOS, XPOS, HEAD and DEPREL; the multiword tokens ("1-2" lines) as ranges over
// those words; and the `# text =` and `# newpar` / `# newdoc` comments. Empty nodes ("1.1"
// lines, enhanced graphs only) are skipped.
#ifndef DYAD_SYNTAX_CONLLU_H_
#define DYAD_SYNTAX_CONLLU_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::syntax {

struct ConlluWord {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string xpos;
  int head = 0;  // 0 = the root; words are numbered from 1.
  std::string deprel;
};

// A multiword token such as "don't" over words [first, last] (1-based, inclusive).
struct ConlluMultiword {
  int first = 0;
  int last = 0;
  std::string form;
};

struct ConlluSentence {
  std::string text;          // From "# text = ..."; empty when absent.
  bool new_paragraph = false;  // A "# newpar" or "# newdoc" comment precedes the sentence.
  std::vector<ConlluWord> words;  // words[i] has ID i + 1.
  std::vector<ConlluMultiword> multiwords;  // In order.
};

// Parses CoNLL-U `contents`; `name` (usually the path) is used in messages, which carry
// "name:line". Rejects lines without 10 columns, bad IDs and heads outside the sentence.
StatusOr<std::vector<ConlluSentence>> ParseConllu(std::string_view contents,
                                                  std::string_view name);

// Reads and parses the file at `path`.
StatusOr<std::vector<ConlluSentence>> ReadConllu(const std::string& path);

// The universal part of a dependency relation: "nmod" for "nmod:poss".
std::string_view UniversalRelation(std::string_view deprel);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_CONLLU_H_
