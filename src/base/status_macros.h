// Early-return helpers for Status and StatusOr.
#ifndef DYAD_BASE_STATUS_MACROS_H_
#define DYAD_BASE_STATUS_MACROS_H_

#include "dyad/status.h"

#define DYAD_CONCAT_INNER_(a, b) a##b
#define DYAD_CONCAT_(a, b) DYAD_CONCAT_INNER_(a, b)

// Returns from the enclosing function when `expr` (a Status) is not OK.
#define RETURN_IF_ERROR(expr)              \
  do {                                     \
    ::dyad::Status dyad_status_ = (expr);  \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

// `lhs = value of expr` (a StatusOr), or returns its status from the enclosing function.
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL_(DYAD_CONCAT_(dyad_statusor_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                           \
  if (!tmp.ok()) return tmp.status();          \
  lhs = std::move(tmp).value()

#endif  // DYAD_BASE_STATUS_MACROS_H_
