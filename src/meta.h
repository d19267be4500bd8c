/* meta.h - document metadata: the keys of --metadata, their syntax, and
 * the value a writer uses (the command line's, else the document's). */
#ifndef QACONV_META_H
#define QACONV_META_H

#include "qaconv.h"

/* The keys a document carries in its own metadata (qa_doc.meta, the
 * "meta" object of qaconv JSON, Markdown front matter), in the order the
 * writers put them out.  "title" and "language" are not among them: they
 * have fields of their own. */
extern const char *const qa_doc_meta_keys[]; /* ends with NULL */

/* Whether key is one --metadata takes: the keys above, "title" and
 * "language". */
bool qa_meta_key_known(const char *key);

/* An ISO 8601 date as W3CDTF (and so dc:date, schema.org and DocBook)
 * takes it: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss[.s]] with a
 * time zone (Z, +hh:mm or -hh:mm), every field in its range. */
bool qa_meta_date_ok(const char *s);

/* Looks like an absolute URL: a scheme, "://", then something, without
 * white space ("https://example.org/faq"). */
bool qa_meta_url_ok(const char *s);

/* Metadata goes into every output: valid UTF-8 without control
 * characters. */
bool qa_meta_text_ok(const char *s);

/* Whether value is acceptable for key (date and source-url have a syntax,
 * every value holds text); *why says what is expected when not. */
bool qa_meta_value_ok(const char *key, const char *value, const char **why);

/* The value of key for doc: --metadata KEY=VALUE when given (opts may be
 * NULL), else the document's own, else NULL. */
const char *qa_doc_meta(const qa_doc *doc, const qa_write_opts *opts,
                        const char *key);

/* The document's title as written where a title is needed (a book's,
 * a heading): -M title= when given, else its own, else its source's name
 * made a title ("library faq"). */
const char *qa_doc_title(const qa_doc *doc, const qa_write_opts *opts);

/* The document's own title: -M title= when given, else what the page
 * says, "" when it says nothing (the JSON writes that). */
const char *qa_doc_own_title(const qa_doc *doc, const qa_write_opts *opts);

/* Sets the document's own value of key (copied into its arena). */
void qa_doc_set_meta(qa_doc *doc, const char *key, const char *value);

#endif
