/* text.h - internal UTF-8 helpers shared by readers and writers. */
#ifndef QACONV_TEXT_H
#define QACONV_TEXT_H

#include "qaconv.h"

/* Turns raw input bytes into clean text in doc's arena: a UTF-8 byte order
 * mark is dropped, UTF-16 with a byte order mark is converted, CRLF and CR
 * become LF, invalid UTF-8 becomes U+FFFD and C0 control characters other
 * than tab and newline are removed, each reported as a diagnostic on doc.
 * Returns NULL (with an error diagnostic) only for input that is not text. */
char *qa_clean_input(qa_doc *doc, const char *data, size_t len,
                     size_t *out_len);

/* Decodes one code point at s (len bytes available, len > 0; s must be valid
 * UTF-8).  Stores the code point in *cp and returns its length in bytes. */
size_t qa_utf8_next(const char *s, size_t len, int32_t *cp);
/* Length of the code point ending just before s + len. */
size_t qa_utf8_prev_len(const char *s, size_t len);

/* Horizontal white space: space, tab, and the Unicode space separators
 * (U+00A0 no-break space among them). */
bool qa_is_space_cp(int32_t cp);
bool qa_is_upper_cp(int32_t cp);
bool qa_is_lower_cp(int32_t cp);
bool qa_is_letter_cp(int32_t cp);

/* Bytes of leading / trailing horizontal white space in s[0..len). */
size_t qa_space_prefix(const char *s, size_t len);
size_t qa_space_suffix(const char *s, size_t len);

#endif
