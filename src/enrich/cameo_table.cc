#include "enrich/cameo_table.h"

#include <cstdlib>

#include "base/file.h"
#include "base/string_util.h"

namespace dyad::enrich {
namespace {

bool IsCodeString(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Calls `row(fields, where)` for each non-comment line; stops at the first error.
template <typename RowFn>
Status ForEachRow(std::string_view contents, std::string_view name, size_t min_fields, RowFn row) {
  int line_no = 0;
  for (std::string_view line : Split(contents, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    std::string where = std::string(name) + ":" + std::to_string(line_no);
    if (fields.size() < min_fields) {
      return Status::InvalidArgument(where + ": expected " + std::to_string(min_fields) +
                                     " tab-separated fields, got " + std::to_string(fields.size()));
    }
    if (!IsCodeString(fields[0])) {
      return Status::InvalidArgument(where + ": '" + std::string(fields[0]) + "' is not a CAMEO code");
    }
    Status s = row(fields, where);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

StatusOr<CameoTable> CameoTable::Parse(std::string_view codes, std::string_view codes_name,
                                       std::string_view plover, std::string_view plover_name) {
  CameoTable table;
  Status s = ForEachRow(codes, codes_name, 5, [&](const auto& f, const std::string& where) {
    CameoCode c;
    c.code = std::string(f[0]);
    c.root = std::string(f[1]);
    c.quad_class = std::atoi(std::string(f[2]).c_str());
    char* end = nullptr;
    std::string g(f[3]);
    c.goldstein = std::strtod(g.c_str(), &end);
    if (end == g.c_str() || c.quad_class < 1 || c.quad_class > 4 || c.code.compare(0, 2, c.root) != 0) {
      return Status::InvalidArgument(where + ": bad root, quad class or Goldstein score");
    }
    c.name = std::string(f[4]);
    table.codes_[c.code] = std::move(c);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = ForEachRow(plover, plover_name, 2, [&](const auto& f, const std::string& where) {
    PloverType p{std::string(Trim(f[1])), f.size() > 2 ? std::string(Trim(f[2])) : "",
                 f.size() > 3 ? std::string(Trim(f[3])) : ""};
    if (p.type.empty()) return Status::InvalidArgument(where + ": empty PLOVER type");
    table.plover_[std::string(f[0])] = std::move(p);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return table;
}

StatusOr<CameoTable> CameoTable::Load(const std::string& codes_path,
                                      const std::string& plover_path) {
  StatusOr<std::string> codes = ReadFile(codes_path);
  if (!codes.ok()) return codes.status();
  StatusOr<std::string> plover = ReadFile(plover_path);
  if (!plover.ok()) return plover.status();
  return Parse(*codes, codes_path, *plover, plover_path);
}

const CameoCode* CameoTable::Find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

const PloverType* CameoTable::Plover(std::string_view code) const {
  for (size_t len = code.size(); len >= 2; --len) {
    auto it = plover_.find(std::string(code.substr(0, len)));
    if (it != plover_.end()) return &it->second;
  }
  return nullptr;
}

std::unordered_set<std::string> CameoTable::AllCodes() const {
  std::unordered_set<std::string> out;
  for (const auto& [code, c] : codes_) out.insert(code);
  return out;
}

}  // namespace dyad::enrich
