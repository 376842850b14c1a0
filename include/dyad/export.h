// Symbol visibility for the public API. dyad is built as static libraries today; the macro marks
// what a shared build would export.
#ifndef DYAD_EXPORT_H_
#define DYAD_EXPORT_H_

#if defined(__GNUC__)
#define DYAD_EXPORT __attribute__((visibility("default")))
#else
#define DYAD_EXPORT
#endif

#endif  // DYAD_EXPORT_H_
