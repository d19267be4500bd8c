/* convert.h - the steps of a conversion around the readers, shared by the
 * public functions (api_convert.c) and the command line's pipeline. */
#ifndef QACONV_CONVERT_H
#define QACONV_CONVERT_H

#include "detect_language.h"
#include "qaconv.h"

/* Whether data, read as a text page, is plainly an HTML document: past an
 * XML declaration and blanks, it opens with a doctype or an <html> tag. */
bool qa_looks_like_html(const char *data, size_t len);

/* What follows the reader from for doc: the language given (-M
 * language=, NULL: none) replaces doc's; the pages of a format that holds
 * several are cut (qa_split_pages) and pushed to out, else doc itself; and
 * each page's language is detected with d unless given or stated in the
 * input.  Returns false, with doc freed and nothing pushed, when cancel
 * is set after reading. */
bool qa_docs_finish(const qa_format *from, qa_doc *doc, const char *language,
                    qa_detector *d, qa_cancel *cancel, qa_docs *out);

/* An identifier made of [a-z0-9-] from s[0..len), "document" when nothing
 * of s is left: ASCII letters and digits kept (lower case), every other
 * run of bytes one dash. */
char *qa_identifier(qa_arena *a, const char *s, size_t len);

/* Gives each document of docs its id: given (-M identifier=), else its
 * own (qaconv JSON names one), else made from the source's name without
 * its extension ("ny/faq.txt" gives "ny-faq", standard input "stdin");
 * the second and later pages add "-2", "-3", ... */
void qa_docs_name(qa_docs *docs, const char *name, const char *given);

#endif
