// What an Engine is built from.
#ifndef DYAD_OPTIONS_H_
#define DYAD_OPTIONS_H_

#include <string>
#include <vector>

namespace dyad {

struct Options {
  // The directory of the built-in data (dictionaries, tables, word lists). "" means the
  // DYAD_DATA environment variable if set, else the data/ directory dyad was built with.
  std::string data_dir;

  // Further dictionary files or directories in the PETRARCH-2 / CAMEO formats (the user's own),
  // read after the built-in ones. The kind of each file is told by its name (see
  // doc/dictionary_format.md).
  std::vector<std::string> dictionaries;

  // False: use only `dictionaries`, not the built-in ones under data/dict/.
  bool builtin_dictionaries = true;

  // Also emit CAMEO 010 "make statement" for verbs of saying (off: they carry reported speech).
  bool code_statements = false;

  // Read who did what to whom from a dependency parse (the models under data/models/en) for
  // sentences with an actor and an event verb; false, or no model files: word order only.
  bool parse = true;
};

}  // namespace dyad

#endif  // DYAD_OPTIONS_H_
