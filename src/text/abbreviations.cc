#include "text/abbreviations.h"

#include <string>

#include "base/file.h"
#include "base/status_macros.h"
#include "base/string_util.h"

namespace dyad::text {
namespace {

std::string Where(std::string_view name, size_t line_number) {
  return std::string(name) + ":" + std::to_string(line_number);
}

}  // namespace

StatusOr<Abbreviations> Abbreviations::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::string contents, ReadFile(path));
  return Parse(contents, path);
}

StatusOr<Abbreviations> Abbreviations::Parse(std::string_view contents, std::string_view name) {
  Abbreviations result;
  size_t line_number = 0;
  for (std::string_view raw : Split(contents, '\n')) {
    ++line_number;
    std::string_view line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::string_view entry = line;
    std::string_view tag;
    size_t space = line.find_first_of(" \t");
    if (space != std::string_view::npos) {
      entry = line.substr(0, space);
      tag = Trim(line.substr(space));
    }
    if (entry.size() < 2 || entry.back() != '.') {
      return Status::InvalidArgument(Where(name, line_number) + ": abbreviation \"" +
                                     std::string(entry) + "\" must end with a period");
    }
    uint8_t flags = 0;
    if (tag == "title") {
      flags = kTitle;
    } else if (tag == "final") {
      flags = kFinal;
    } else if (tag == "number") {
      flags = kNumber;
    } else if (!tag.empty()) {
      return Status::InvalidArgument(Where(name, line_number) + ": unknown tag \"" +
                                     std::string(tag) + "\" (expected title, final or number)");
    }
    result.AddWithFlags(entry, flags);
  }
  return result;
}

void Abbreviations::Add(std::string_view abbreviation) { AddWithFlags(abbreviation, 0); }

void Abbreviations::AddWithFlags(std::string_view abbreviation, uint8_t flags) {
  flags_[AsciiLower(abbreviation)] |= flags;
}

uint8_t Abbreviations::FlagsOf(std::string_view lowered_with_period) const {
  auto it = flags_.find(lowered_with_period);
  return it == flags_.end() ? 0 : it->second;
}

bool Abbreviations::Contains(std::string_view lowered_with_period) const {
  return flags_.find(lowered_with_period) != flags_.end();
}

bool Abbreviations::IsTitle(std::string_view lowered_with_period) const {
  return (FlagsOf(lowered_with_period) & kTitle) != 0;
}

bool Abbreviations::CanEndSentence(std::string_view lowered_with_period) const {
  return (FlagsOf(lowered_with_period) & kFinal) != 0;
}

bool Abbreviations::NeedsNumber(std::string_view lowered_with_period) const {
  return (FlagsOf(lowered_with_period) & kNumber) != 0;
}

}  // namespace dyad::text
