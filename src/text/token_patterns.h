// Surface patterns the tokenizer keeps as one token although their characters would otherwise
// be split: e-mail addresses, emoticons, and file names or host names ending in a known
// extension. Each is a pure function of the text and a byte position, tested on its own
// (token_patterns_test.cc), and looks ahead a bounded number of bytes, so tokenizing stays
// linear.
#ifndef DYAD_TEXT_TOKEN_PATTERNS_H_
#define DYAD_TEXT_TOKEN_PATTERNS_H_

#include <cstddef>
#include <string_view>

namespace dyad::text {

// The byte length of an e-mail address starting at text[pos] ("jane.doe@example.com",
// "Rice@ENRON"), or 0. The local part is at most 64 bytes of letters, digits and . _ % + -;
// the domain is letters, digits and inner . or -; a final '.' is not part of the address.
size_t EmailLength(std::string_view text, size_t pos);

// The byte length of an emoticon starting at text[pos] (":)", ":-(", ";D", ":P", "=)", ":'("),
// or 0. It must stand apart: the start of the text or whitespace before it, and no letter or
// digit after it. A repeated mouth (":)))") is part of it.
size_t EmoticonLength(std::string_view text, size_t pos);

// The byte length of a file extension or top-level domain starting at text[pos], the position
// right after a '.' ("gov" in "whitehouse.gov", "pdf" in "report.pdf"), or 0. Case-insensitive;
// no letter or digit may follow it.
size_t ExtensionLength(std::string_view text, size_t pos);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKEN_PATTERNS_H_
