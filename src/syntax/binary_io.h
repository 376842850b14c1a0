// Little-endian binary encoding for the model files (doc/syntax.md documents the layout).
//
// Every model file starts with a FileHeader. A Reader never reads past its buffer: each getter
// returns false on truncation, and Load functions turn that into a Corruption status naming
// the file.
#ifndef DYAD_SYNTAX_BINARY_IO_H_
#define DYAD_SYNTAX_BINARY_IO_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::syntax {

inline constexpr char kModelMagic[8] = {'D', 'Y', 'A', 'D', 'S', 'Y', 'N', '\0'};
inline constexpr uint32_t kModelFormatVersion = 1;

// What a model file holds; stored in the header so a tagger file cannot be loaded as a parser.
enum class ModelKind : uint32_t { kTagger = 1, kParser = 2, kLemmatizer = 3, kClusters = 4 };

class Writer {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v);
  void F32(float v);
  void Varint(uint64_t v);
  void Str(std::string_view s);
  void Strings(const std::vector<std::string>& v);
  // Magic, format version, kind and the component's feature-template version.
  void Header(ModelKind kind, uint32_t template_version);
  const std::string& data() const { return out_; }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool U8(uint8_t* v);
  bool U32(uint32_t* v);
  bool F32(float* v);
  bool Varint(uint64_t* v);
  bool Str(std::string* s);
  // Points *p at the next `n` bytes and skips them.
  bool Bytes(size_t n, const char** p);
  bool Strings(std::vector<std::string>* v);
  bool AtEnd() const { return pos_ == data_.size(); }

  // Checks magic, format version, kind and template version; errors name `file`.
  Status Header(ModelKind kind, uint32_t template_version, std::string_view file);

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

// "file: corrupt or truncated model (what)".
Status CorruptModel(std::string_view file, std::string_view what);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_BINARY_IO_H_
