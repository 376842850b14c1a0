// The records dyad reads (Article) and writes (Event, ArticleResult).
//
// All spans are byte offsets into Article::body(), the text dyad codes: for a plain-text file
// that is the whole file; for a JSON Lines record it is the title, a blank line, then the text
// (just the text when there is no title).
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <string>
#include <vector>

#include "dyad/span.h"

namespace dyad {

// One news article as read from an input.
struct Article {
  std::string id;        // From the record, or derived from the file name and line.
  std::string date;      // YYYY-MM-DD, or "" when unknown.
  std::string title;     // Headline ("" when none).
  std::string body;      // The text that spans point into (see the file comment).
  std::string url;
  std::string source;    // Publisher or feed name.
  std::string origin;    // Where it was read: "file.jsonl:12" or "dir/a.txt".
  uint32_t title_bytes = 0;  // body[0, title_bytes) is the headline when the title is in body.
};

// One side of an event.
struct ActorRef {
  std::string code;  // CAMEO actor code such as "USAGOV", or "" when unknown.
  std::string text;  // The words that named the actor in the sentence (after resolution).
  Span span;         // Where those words are in Article::body(); empty when inferred.
};

// A coded political event: who did what to whom, with the words that produced it.
struct Event {
  std::string doc_id;
  int sentence_index = 0;  // Index into ArticleResult::sentences.
  std::string date;        // YYYY-MM-DD (the article date for now).
  ActorRef source;
  ActorRef target;
  std::string cameo;       // "0231"; a string, never a number.
  std::string root;        // "02".
  int quad_class = 0;      // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.
  double goldstein = 0;
  std::string plover;      // PLOVER event type such as "DEMAND", or "".
  std::string evidence;    // The trigger words (verb and pattern words) as they appear.
  Span evidence_span;      // From the first to the last trigger byte.
  std::vector<std::string> issues;  // Issue codes tagged in the sentence.
  std::string rule;        // Why: the pattern or construction that produced the event.
};

// A sentence that was coded, kept so writers can store or print it.
struct SentenceInfo {
  Span span;
  std::string text;
};

// Why an article produced no sentences at all (empty, discarded as sport ...).
struct ArticleResult {
  std::vector<SentenceInfo> sentences;
  std::vector<Event> events;
  std::string skipped_reason;  // Non-empty when the article as a whole was not coded.
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
