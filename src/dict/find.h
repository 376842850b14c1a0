// `dyad dict find WORD`: which dictionary entries a word or phrase takes part in, and what each
// would code, so a user can see why a sentence was (or was not) coded as it was.
#ifndef DYAD_DICT_FIND_H_
#define DYAD_DICT_FIND_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/sources.h"

namespace dyad::dict {

struct Finding {
  Location where;
  std::string kind;    // "actor", "agent", "verb", "pattern", "synset", "discard", "issue".
  std::string phrase;  // The entry's phrase that contains the query, space-joined.
  std::string result;  // What it codes: "USAGOV 20170120-20210120; USA", "[100]", "~GOV".
};

// Every entry with a phrase (or pattern word) that contains `query` as a run of whole words,
// matched case-insensitively as the tokenizer normalises them. In load order. Thread-safe.
std::vector<Finding> Find(const DictionarySources& sources, std::string_view query);

}  // namespace dyad::dict

#endif  // DYAD_DICT_FIND_H_
