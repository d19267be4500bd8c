/* read_md.h - internal interface between the Markdown reader's parts. */
#ifndef QACONV_READ_MD_H
#define QACONV_READ_MD_H

#include "qaconv.h"

/* What YAML front matter said; NULL / false for what it did not say. */
typedef struct md_front {
    size_t lines; /* lines the front matter takes, 0 when there is none */
    const char *title;
    const char *language;
    bool has_categories;
    const char **categories;
    size_t n_categories, cap_categories;
} md_front;

/* Reads the front matter at the start of text ("---" ... "---") into *fm.
 * Returns its length in bytes, 0 when text does not start with one. */
size_t md_read_front_matter(qa_doc *doc, const char *text, size_t len,
                            md_front *fm);

/* Fills in what the Markdown body did not give: the title ("" when the
 * front matter has none either), the categories, and the language. */
void md_apply_front_matter(qa_doc *doc, const md_front *fm, bool have_title,
                           bool have_categories);

/* s[0..len) as model text in doc's arena: line breaks become spaces, other
 * control characters are dropped, surrounding white space is trimmed. */
char *md_clean_text(qa_doc *doc, const char *s, size_t len);

#endif
