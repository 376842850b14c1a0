#include "text/char_class.h"

#include <utf8proc.h>

#include "text/utf8.h"

namespace dyad::text {
namespace {

// Code points whose class the Unicode category does not give the way the tokenizer needs.
bool SpecialClass(char32_t cp, CharClass* cls) {
  switch (cp) {
    // Guillemets are Pi/Pf already; listed so that every quote the tokenizer knows is here.
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
      *cls = CharClass::kQuote;
      return true;
    case 0x2212:  // MINUS SIGN is Sm, but reads as a dash.
      *cls = CharClass::kDash;
      return true;
    case 0x2026:  // HORIZONTAL ELLIPSIS ends sentences like "...".
      *cls = CharClass::kStop;
      return true;
    case 0x00AD:  // SOFT HYPHEN: invisible inside a word.
      *cls = CharClass::kMark;
      return true;
    case 0x200D:
      *cls = CharClass::kJoiner;
      return true;
    default:
      break;
  }
  if (cp >= 0x1F3FB && cp <= 0x1F3FF) {  // Emoji skin-tone modifiers (Sk) extend the emoji.
    *cls = CharClass::kMark;
    return true;
  }
  return false;
}

CharClass ClassOfCategory(utf8proc_category_t category) {
  switch (category) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return CharClass::kMark;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:  // Format chars: ZWSP, BOM, LRM ...
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
      return CharClass::kQuote;
    case UTF8PROC_CATEGORY_PD:
      return CharClass::kDash;
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PO:
      return CharClass::kPunct;
    default:
      return CharClass::kSymbol;
  }
}

// True for the quote characters that normalize to ASCII ' rather than ".
bool IsSingleQuote(char32_t cp) {
  return cp == '\'' || cp == '`' || (cp >= 0x2018 && cp <= 0x201B) || cp == 0x2039 || cp == 0x203A;
}

}  // namespace

namespace internal {

Char NonAsciiCharAt(std::string_view text, size_t pos) {
  Char c;
  if (!DecodeUtf8(text, pos, &c.cp, &c.len)) {
    c.cp = 0xFFFD;
    c.len = 1;
    c.cls = CharClass::kSymbol;
    return c;
  }
  if (SpecialClass(c.cp, &c.cls)) return c;
  utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(c.cp));
  c.cls = ClassOfCategory(category);
  c.upper = category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
  return c;
}

}  // namespace internal

void AppendUtf8(char32_t cp, std::string* out) {
  utf8proc_uint8_t buffer[4];
  if (!utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(cp))) cp = 0xFFFD;
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buffer);
  out->append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

void AppendNormalized(const Char& c, std::string* out) {
  if (c.cp < 0x80 && c.cls != CharClass::kQuote) {
    out->push_back(static_cast<char>(c.upper ? c.cp + ('a' - 'A') : c.cp));
    return;
  }
  switch (c.cls) {
    case CharClass::kLetter:
      AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(c.cp))), out);
      return;
    case CharClass::kQuote:
      out->push_back(IsSingleQuote(c.cp) ? '\'' : '"');
      return;
    case CharClass::kDash:
      out->push_back('-');
      return;
    default:
      break;
  }
  if (c.cp == 0x2026) {
    out->append("...");
  } else {
    AppendUtf8(c.cp, out);
  }
}

}  // namespace dyad::text
