#include "syntax/binary_io.h"

#include <cstring>

namespace dyad::syntax {

void Writer::U32(uint32_t v) {
  for (int i = 0; i < 4; ++i) U8(static_cast<uint8_t>(v >> (8 * i)));
}

void Writer::F32(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, 4);
  U32(bits);
}

void Writer::Varint(uint64_t v) {
  while (v >= 0x80) {
    U8(static_cast<uint8_t>(v | 0x80));
    v >>= 7;
  }
  U8(static_cast<uint8_t>(v));
}

void Writer::Str(std::string_view s) {
  Varint(s.size());
  out_.append(s);
}

void Writer::Strings(const std::vector<std::string>& v) {
  Varint(v.size());
  for (const std::string& s : v) Str(s);
}

void Writer::Header(ModelKind kind, uint32_t template_version) {
  out_.append(kModelMagic, sizeof(kModelMagic));
  U32(kModelFormatVersion);
  U32(static_cast<uint32_t>(kind));
  U32(template_version);
}

bool Reader::U8(uint8_t* v) {
  if (pos_ >= data_.size()) return false;
  *v = static_cast<uint8_t>(data_[pos_++]);
  return true;
}

bool Reader::U32(uint32_t* v) {
  if (data_.size() - pos_ < 4) return false;
  *v = 0;
  for (int i = 0; i < 4; ++i) *v |= uint32_t{static_cast<uint8_t>(data_[pos_ + i])} << (8 * i);
  pos_ += 4;
  return true;
}

bool Reader::F32(float* v) {
  uint32_t bits;
  if (!U32(&bits)) return false;
  std::memcpy(v, &bits, 4);
  return true;
}

bool Reader::Varint(uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    uint8_t b;
    if (!U8(&b)) return false;
    *v |= uint64_t{b & 0x7Fu} << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}

bool Reader::Str(std::string* s) {
  uint64_t n;
  if (!Varint(&n) || n > data_.size() - pos_) return false;
  s->assign(data_.substr(pos_, n));
  pos_ += n;
  return true;
}

bool Reader::Bytes(size_t n, const char** p) {
  if (n > data_.size() - pos_) return false;
  *p = data_.data() + pos_;
  pos_ += n;
  return true;
}

bool Reader::Strings(std::vector<std::string>* v) {
  uint64_t n;
  if (!Varint(&n) || n > data_.size() - pos_) return false;
  v->resize(n);
  for (std::string& s : *v) {
    if (!Str(&s)) return false;
  }
  return true;
}

Status Reader::Header(ModelKind kind, uint32_t template_version, std::string_view file) {
  std::string f(file);
  if (data_.size() < sizeof(kModelMagic) ||
      std::memcmp(data_.data(), kModelMagic, sizeof(kModelMagic)) != 0) {
    return Status::Corruption(f + ": not a dyad syntax model (bad magic)");
  }
  pos_ = sizeof(kModelMagic);
  uint32_t version, got_kind, templates;
  if (!U32(&version) || !U32(&got_kind) || !U32(&templates)) {
    return CorruptModel(file, "truncated header");
  }
  if (version != kModelFormatVersion) {
    return Status::InvalidArgument(f + ": model format version " + std::to_string(version) +
                                   ", this build reads version " +
                                   std::to_string(kModelFormatVersion) + "; retrain the model");
  }
  if (got_kind != static_cast<uint32_t>(kind)) {
    return Status::InvalidArgument(f + ": wrong kind of model file (kind " +
                                   std::to_string(got_kind) + ")");
  }
  if (templates != template_version) {
    return Status::InvalidArgument(f + ": feature-template version " + std::to_string(templates) +
                                   ", this build uses version " +
                                   std::to_string(template_version) + "; retrain the model");
  }
  return Status::Ok();
}

Status CorruptModel(std::string_view file, std::string_view what) {
  return Status::Corruption(std::string(file) + ": corrupt or truncated model (" +
                            std::string(what) + ")");
}

}  // namespace dyad::syntax
