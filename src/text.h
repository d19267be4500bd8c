/* text.h - internal UTF-8 helpers shared by readers and writers. */
#ifndef QACONV_TEXT_H
#define QACONV_TEXT_H

#include "qaconv.h"

/* Turns raw input bytes into clean text in doc's arena: a UTF-8 byte order
 * mark is dropped, UTF-16 with a byte order mark is converted, CRLF and CR
 * become LF, invalid UTF-8 and the noncharacters U+FFFE and U+FFFF become
 * U+FFFD, C0 and C1 control characters other than tab and newline are
 * removed (mojibake that holds C1 ones repaired first, qa_drop_c1),
 * and so are, when scraped (text as scraped from a web page), the
 * invisible zero-width space, word joiner and soft hyphen, whose HTML
 * character references ("&amp;", "&#8217;") become their characters; each
 * is reported as a diagnostic on doc.
 * Returns NULL (with an error diagnostic) only for input that is not text. */
char *qa_clean_input(qa_doc *doc, const char *data, size_t len, bool scraped,
                     size_t *out_len);

/* U+FFFE and U+FFFF: valid UTF-8, but not characters.  XML 1.0 cannot
 * carry them and cmark mangles them, so the model never holds them. */
bool qa_is_nonchar(int32_t cp);

/* Tries to read one mojibake character at s: the Windows-1252 (or
 * Latin-1) rendering of a 2-4 byte UTF-8 sequence, such as "â€™" for "’".
 * On success writes the repaired bytes to out and returns how many bytes
 * of s it replaces, else 0. */
size_t qa_mojibake_repair(const char *s, size_t len, char *out,
                          size_t *out_n);

/* What qa_drop_c1 did: counts, and the line (from 1) of the first. */
typedef struct qa_c1_count {
    size_t dropped, dropped_line;
    size_t repaired, repaired_line;
} qa_c1_count;

/* Removes the C1 control characters (U+0080-U+009F) from the valid UTF-8
 * s[0..*len) in place, as control characters are; but a mojibake
 * character that holds one (UTF-8 read as Windows-1252, whose undefined
 * bytes decode to C1: "â€\u009D" for "”"; or read as Latin-1: "Ã\u0081"
 * for "Á") is repaired first.  Adds what it did to *count. */
void qa_drop_c1(char *s, size_t *len, qa_c1_count *count);

/* s[0..len) (any bytes) as model text in a's arena: invalid UTF-8 and
 * noncharacters become U+FFFD (counted in *replaced), line breaks become
 * spaces, other control characters (C0 and C1) but tab are dropped (counted in
 * *dropped).  For text that did not come through qa_clean_input: JSON
 * strings, text decoded from Markdown entities. */
char *qa_model_text(qa_arena *a, const char *s, size_t len, size_t *replaced,
                    size_t *dropped);

/* The start of every text-based reader: a document with its source
 * recorded, and the input cleaned (qa_clean_input) into *text, which is
 * NULL when the input is not text; the document then carries the error. */
qa_doc *qa_text_doc_new(const char *data, size_t len, const char *name,
                        bool scraped, char **text, size_t *text_len);

/* Decodes one code point at s (len bytes available, len > 0; s must be valid
 * UTF-8).  Stores the code point in *cp and returns its length in bytes. */
size_t qa_utf8_next(const char *s, size_t len, int32_t *cp);
/* Appends to b what printf would print: a line of any length. */
void qa_buf_appendf(qa_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* A file name as a message may print it (malloc'd): control characters
 * (C0, DEL, C1) and bytes that are not UTF-8 written as \xNN, so that a
 * name cannot end a message line, forge another or send the terminal an
 * escape sequence. */
char *qa_shown_name(const char *name);

/* Length of the code point ending just before s + len. */
size_t qa_utf8_prev_len(const char *s, size_t len);

/* Horizontal white space: space, tab, and the Unicode space separators
 * (U+00A0 no-break space among them). */
bool qa_is_space_cp(int32_t cp);
bool qa_is_upper_cp(int32_t cp);
bool qa_is_lower_cp(int32_t cp);
bool qa_is_letter_cp(int32_t cp);
/* A character that marks a list item when it opens a line: "-", "*", "+",
 * and beyond ASCII any punctuation or symbol (•, ▪, ■, ◆, ✓, ➢, ►, →, –,
 * », ...) but those that open sentences or notices (¿, ¡, §, ¶, ©, ®,
 * …), and the private-use characters of symbol and icon fonts. */
bool qa_is_bullet_cp(int32_t cp);

/* Is s[0..len) one Markdown link, "[Immigration](/immigration/)", as
 * scraping to Markdown leaves a link alone on its line?  Its text is then
 * s[*text, *text + *text_len). */
bool qa_link_text(const char *s, size_t len, size_t *text, size_t *text_len);

/* Bytes of leading / trailing horizontal white space in s[0..len). */
size_t qa_space_prefix(const char *s, size_t len);
size_t qa_space_suffix(const char *s, size_t len);

/* A well-formed BCP 47 tag, as the JSON contract wants it: a first subtag
 * of 2 to 8 letters, then subtags of 1 to 8 letters or digits ("en",
 * "pt-BR", "zh-Hant-TW"). */
bool qa_is_language_tag(const char *s);

/* A title made from a file name, for a page that has none:
 * "pages/03-library-card_faq.txt" -> "03 library card faq"; "Untitled" for
 * standard input.  File names are bytes: the title keeps to model text. */
const char *qa_title_from_name(qa_doc *doc, const char *name);

#endif
