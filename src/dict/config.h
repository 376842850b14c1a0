// Dictionary configurations in the PETRARCH-2 style: an INI file that names the dictionary files
// and what each is, so that files whose names do not tell their kind ("CAMEO.2.0.txt") load
// as what they are.
//
//   [Dictionaries]
//   verbfile_name    = CAMEO.2.0.txt
//   actorfile_list   = Countries.actors.txt, Groups.actors.txt
//   agentfile_name   = agents.txt
//   discardfile_name = discards.txt
//   issuefile_name   = issues.txt
//
// Keys are matched by their start (verb, actor, agent, discard, issue); other keys and sections
// are ignored. Relative paths are relative to the configuration file's directory.
#ifndef DYAD_DICT_CONFIG_H_
#define DYAD_DICT_CONFIG_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dict/source_reader.h"
#include "dyad/status.h"

namespace dyad::dict {

// True for file names that are configurations rather than dictionaries (*.ini, *.cfg, *.conf).
bool IsDictionaryConfig(std::string_view path);

// The files a configuration names, with their kinds, in file order. Errors name the file and
// line (a line that is neither a section, a comment, nor "key = value").
StatusOr<std::vector<std::pair<std::string, SourceKind>>> ParseDictionaryConfig(
    std::string_view contents, std::string_view path);
StatusOr<std::vector<std::pair<std::string, SourceKind>>> ReadDictionaryConfig(
    const std::string& path);

}  // namespace dyad::dict

#endif  // DYAD_DICT_CONFIG_H_
