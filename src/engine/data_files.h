// Where the engine finds its data, and the small loaders for data that has no module of its own.
#ifndef DYAD_ENGINE_DATA_FILES_H_
#define DYAD_ENGINE_DATA_FILES_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "dict/source_reader.h"
#include "dyad/status.h"

namespace dyad::engine {

// `configured` if non-empty, else $DYAD_DATA if set, else the directory dyad was built with.
std::string ResolveDataDir(const std::string& configured);

// The regular files under `path` (itself if it is a file), recursively, sorted; hidden files
// and editor backups are skipped. Errors name the path.
StatusOr<std::vector<std::string>> ListFiles(const std::string& path);

// The dictionary files under `path` with their kinds: a configuration file (dict/config.h)
// gives the files it names with the kinds it says; other files come from ListFiles with kind
// kUnknown (told later by name or contents).
StatusOr<std::vector<std::pair<std::string, dict::SourceKind>>> ListDictionaryFiles(
    const std::string& path);

// A two-column tab-separated table ('#' comments) as a map from the first column to the second.
StatusOr<std::unordered_map<std::string, std::string>> LoadPairs(const std::string& path);

}  // namespace dyad::engine

#endif  // DYAD_ENGINE_DATA_FILES_H_
