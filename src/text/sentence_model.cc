#include "text/sentence_model.h"

#include <cstring>

#include "base/file.h"
#include "base/status_macros.h"

namespace dyad::text {
namespace {

constexpr std::string_view kMagic = "DYADSBM1";
constexpr size_t kHeaderSize = 20;  // Magic, bits, margin, count.

void PutU32(uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

uint32_t GetU32(std::string_view bytes, size_t at) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    v |= static_cast<uint32_t>(static_cast<uint8_t>(bytes[at + i])) << (8 * i);
  }
  return v;
}

void PutFloat(float v, std::string* out) {
  uint32_t raw;
  std::memcpy(&raw, &v, sizeof raw);
  PutU32(raw, out);
}

float GetFloat(std::string_view bytes, size_t at) {
  uint32_t raw = GetU32(bytes, at);
  float v;
  std::memcpy(&v, &raw, sizeof v);
  return v;
}

Status Corrupt(std::string_view name, std::string_view why) {
  return Status::InvalidArgument(std::string(name) + ": not a sentence model: " + std::string(why));
}

}  // namespace

SentenceModel::SentenceModel(int bits, std::vector<float> weights, float margin)
    : bits_(bits), margin_(margin), weights_(std::move(weights)) {}

StatusOr<SentenceModel> SentenceModel::Load(const std::string& path) {
  ASSIGN_OR_RETURN(std::string bytes, ReadFile(path));
  return Parse(bytes, path);
}

StatusOr<SentenceModel> SentenceModel::Parse(std::string_view bytes, std::string_view name) {
  if (bytes.size() < kHeaderSize || bytes.substr(0, kMagic.size()) != kMagic) {
    return Corrupt(name, "bad header");
  }
  uint32_t bits = GetU32(bytes, 8);
  float margin = GetFloat(bytes, 12);
  uint32_t count = GetU32(bytes, 16);
  if (bits < kMinBits || bits > kMaxBits) return Corrupt(name, "bad table size");
  if (!(margin >= 0 && margin < 1e6)) return Corrupt(name, "bad margin");
  if (bytes.size() != kHeaderSize + 8 * static_cast<size_t>(count)) {
    return Corrupt(name, "bad length");
  }
  std::vector<float> weights(size_t{1} << bits, 0.0f);
  for (size_t k = 0; k < count; ++k) {
    size_t at = kHeaderSize + 8 * k;
    uint32_t index = GetU32(bytes, at);
    if (index >= weights.size()) return Corrupt(name, "weight index out of range");
    weights[index] = GetFloat(bytes, at + 4);
  }
  return SentenceModel(static_cast<int>(bits), std::move(weights), margin);
}

std::string SentenceModel::Serialize() const {
  std::string out(kMagic);
  PutU32(static_cast<uint32_t>(bits_), &out);
  PutFloat(margin_, &out);
  uint32_t count = 0;
  for (float w : weights_) count += w != 0.0f;
  PutU32(count, &out);
  for (size_t i = 0; i < weights_.size(); ++i) {
    if (weights_[i] == 0.0f) continue;
    PutU32(static_cast<uint32_t>(i), &out);
    PutFloat(weights_[i], &out);
  }
  return out;
}

}  // namespace dyad::text
