// For text/ tests: the built-in abbreviation list, loaded once.
#ifndef DYAD_TEXT_TEST_ABBREVIATIONS_H_
#define DYAD_TEXT_TEST_ABBREVIATIONS_H_

#include <gtest/gtest.h>

#include <string>

#include "text/abbreviations.h"

namespace dyad::text {

inline const Abbreviations& TestAbbreviations() {
  static const Abbreviations* abbreviations = [] {
    StatusOr<Abbreviations> loaded =
        Abbreviations::Load(std::string(DYAD_DATA_DIR) + "/text/abbreviations.txt");
    EXPECT_TRUE(loaded.ok()) << loaded.status().ToString();
    return new Abbreviations(loaded.ok() ? *std::move(loaded) : Abbreviations());
  }();
  return *abbreviations;
}

}  // namespace dyad::text

#endif  // DYAD_TEXT_TEST_ABBREVIATIONS_H_
