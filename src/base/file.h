// Whole-file reads and the small path helpers every stage needs.
#ifndef DYAD_BASE_FILE_H_
#define DYAD_BASE_FILE_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// Reads the whole of `path`. Errors name the path and the system's reason.
StatusOr<std::string> ReadFile(const std::string& path);

// Writes `contents` to `path`, replacing it.
Status WriteFile(const std::string& path, std::string_view contents);

// The file name after the last '/'.
std::string_view BaseName(std::string_view path);

}  // namespace dyad

#endif  // DYAD_BASE_FILE_H_
