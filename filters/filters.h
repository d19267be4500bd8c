/* filters.h - the built-in filters, one file each, registered in
 * filters.c.  Filters use only the public API of src/qaconv.h. */
#ifndef QACONV_FILTERS_H
#define QACONV_FILTERS_H

#include "qaconv.h"

void qa_filter_text(qa_docs *docs);
void qa_filter_sections(qa_docs *docs);
void qa_filter_numbering(qa_docs *docs);
void qa_filter_labels(qa_docs *docs);
void qa_filter_lint(qa_docs *docs);
void qa_filter_strip_disclaimers(qa_docs *docs);

/* lint.c: where text speaks as an AI persona or disclaims expertise
 * ("As an expert in ...", "As an AI, ..."): the start of the phrase, or
 * NULL.  Shared with strip-disclaimers. */
const char *qa_persona_phrase(const char *text);
/* The same, for a phrase that starts before end. */
const char *qa_persona_phrase_in(const char *text, const char *end);

#endif
