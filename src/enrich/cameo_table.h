// The enrich stage's tables: what each CAMEO code means (name, root, quad class, Goldstein
// score) and its PLOVER event type. Both are data files (data/cameo/codes.tsv, plover.tsv).
#ifndef DYAD_ENRICH_CAMEO_TABLE_H_
#define DYAD_ENRICH_CAMEO_TABLE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dyad/status.h"

namespace dyad::enrich {

struct CameoCode {
  std::string code;
  std::string root;
  int quad_class = 0;
  double goldstein = 0;
  std::string name;
};

struct PloverType {
  std::string type;  // "DEMAND", "ASSAULT" ...
  std::string mode;
  std::string context;
};

// Immutable after loading; safe for concurrent reads.
class CameoTable {
 public:
  // Reads both tables. Errors name the file, the line and the field.
  static StatusOr<CameoTable> Load(const std::string& codes_path, const std::string& plover_path);
  static StatusOr<CameoTable> Parse(std::string_view codes, std::string_view codes_name,
                                    std::string_view plover, std::string_view plover_name);

  // Null when `code` is not a CAMEO code.
  const CameoCode* Find(std::string_view code) const;
  // The PLOVER type of `code`: its own row, else its parent's (three digits), else its root's.
  // Null when none is mapped (root 01 has no PLOVER type).
  const PloverType* Plover(std::string_view code) const;

  bool Contains(std::string_view code) const { return Find(code) != nullptr; }
  // Every code, for dictionary lint.
  std::unordered_set<std::string> AllCodes() const;

 private:
  std::unordered_map<std::string, CameoCode> codes_;
  std::unordered_map<std::string, PloverType> plover_;
};

}  // namespace dyad::enrich

#endif  // DYAD_ENRICH_CAMEO_TABLE_H_
