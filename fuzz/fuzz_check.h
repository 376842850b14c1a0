// FUZZ_CHECK: the invariant check of the fuzz targets. A failed check prints what was expected
// and aborts, which libFuzzer reports as a crash and saves the input that caused it.
#ifndef DYAD_FUZZ_FUZZ_CHECK_H_
#define DYAD_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                 \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                      \
    }                                                                                    \
  } while (0)

#endif  // DYAD_FUZZ_FUZZ_CHECK_H_
