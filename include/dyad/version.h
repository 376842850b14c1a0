// The version of dyad, stamped into outputs and compiled artefacts.
#ifndef DYAD_VERSION_H_
#define DYAD_VERSION_H_

namespace dyad {

inline constexpr const char* kVersion = "0.1.0";

}  // namespace dyad

#endif  // DYAD_VERSION_H_
