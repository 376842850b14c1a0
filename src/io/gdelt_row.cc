#include "io/gdelt_row.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "base/string_util.h"
#include "io/date.h"
#include "io/json_util.h"

namespace dyad::io {
namespace {

constexpr int kGeoColumns = 3 * 8;  // Actor1Geo_*, Actor2Geo_*, ActionGeo_*: unknown to dyad.

std::string Clean(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// `s`[pos, pos + 3) when `s` is long enough, else "".
std::string ThreeLetters(std::string_view s, size_t pos) {
  return s.size() >= pos + 3 ? std::string(s.substr(pos, 3)) : "";
}

// SQLDATE, MonthYear, Year, FractionDate; empty when the date is unknown.
void AppendDateColumns(std::string_view date, std::vector<std::string>* row) {
  if (!IsValidDate(date)) {
    row->insert(row->end(), 4, "");
    return;
  }
  std::string year(date.substr(0, 4)), month(date.substr(5, 2)), day(date.substr(8, 2));
  row->push_back(year + month + day);
  row->push_back(year + month);
  row->push_back(year);
  // GDELT's approximation: year + (month * 30 + day) / 365.
  double fraction = std::stoi(year) + (std::stoi(month) * 30 + std::stoi(day)) / 365.0;
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.4f", fraction);
  row->push_back(buf);
}

// Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code,
// Type1Code, Type2Code, Type3Code: the CAMEO code is read as country + up to three types.
void AppendActorColumns(const ActorRef& actor, std::vector<std::string>* row) {
  row->push_back(Clean(actor.code));
  row->push_back(Clean(AsciiUpper(actor.text)));
  row->push_back(Clean(ThreeLetters(actor.code, 0)));
  row->insert(row->end(), 4, "");
  for (size_t pos : {3, 6, 9}) row->push_back(Clean(ThreeLetters(actor.code, pos)));
}

void AppendEventColumns(const Event& event, std::vector<std::string>* row) {
  row->push_back(event.sentence_index == 0 ? "1" : "0");  // IsRootEvent.
  row->push_back(Clean(event.cameo));
  row->push_back(Clean(event.cameo.substr(0, 3)));
  row->push_back(Clean(event.root.empty() ? event.cameo.substr(0, 2) : event.root));
  row->push_back(event.quad_class > 0 ? std::to_string(event.quad_class) : "");
  row->push_back(std::isfinite(event.goldstein) ? FormatDouble(event.goldstein) : "");
  row->insert(row->end(), {"1", "1", "1", ""});  // NumMentions, NumSources, NumArticles, AvgTone.
}

}  // namespace

std::string GdeltRow(const Article& article, const ArticleResult& result, const Event& event,
                     int64_t event_id, std::string_view date_added) {
  std::vector<std::string> row;
  row.reserve(kGdeltColumns);
  row.push_back(std::to_string(event_id));
  AppendDateColumns(event.date.empty() ? article.date : event.date, &row);
  AppendActorColumns(event.source, &row);
  AppendActorColumns(event.target, &row);
  AppendEventColumns(event, &row);
  row.insert(row.end(), kGeoColumns, "");
  row.push_back(std::string(date_added));
  row.push_back(Clean(article.url.empty() ? article.origin : article.url));
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i > 0) line.push_back('\t');
    line.append(row[i]);
  }
  return line;
}

std::string GdeltTimestamp(std::time_t when) {
  std::tm utc;
  gmtime_r(&when, &utc);
  char buf[32];
  std::strftime(buf, sizeof(buf), "%Y%m%d%H%M%S", &utc);
  return buf;
}

}  // namespace dyad::io
