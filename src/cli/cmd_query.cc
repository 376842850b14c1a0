// dyad query --db FILE [--limit N]: prints the events of a dyad database as a table.
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "io/db_query.h"

namespace dyad::cli {
namespace {

struct QueryFlags {
  std::string db;
  int limit = 50;
};

int Run(const QueryFlags& f) {
  Status s = io::PrintEventTable(f.db, stdout, f.limit);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

Runner AddQueryCommand(CLI::App* app) {
  auto f = std::make_shared<QueryFlags>();
  app->add_option("--db", f->db, "A database written by dyad code --db")->required();
  app->add_option("--limit", f->limit, "Print at most this many events (default 50)");
  return [f] { return Run(*f); };
}

}  // namespace dyad::cli
