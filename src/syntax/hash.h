// Hashing for feature templates. A feature is Feature(template_id, value, value...): a 64-bit
// hash whose low bits index a Perceptron row. Changing any of this changes every feature, so
// bump the template versions in tagger.h and parser.h when you do.
#ifndef DYAD_SYNTAX_HASH_H_
#define DYAD_SYNTAX_HASH_H_

#include <cstdint>
#include <string_view>

namespace dyad::syntax {

// FNV-1a over the bytes: stable across platforms and runs (std::hash is neither).
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

// The finalizer of MurmurHash3: spreads every input bit over the low bits we index with.
inline uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

inline uint64_t Feature(uint64_t id, uint64_t a) { return Mix(id * 0x9E3779B97F4A7C15ull ^ a); }
inline uint64_t Feature(uint64_t id, uint64_t a, uint64_t b) {
  return Mix(Feature(id, a) + b * 0xC2B2AE3D27D4EB4Full);
}
inline uint64_t Feature(uint64_t id, uint64_t a, uint64_t b, uint64_t c) {
  return Mix(Feature(id, a, b) + c * 0x165667B19E3779F9ull);
}

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_HASH_H_
