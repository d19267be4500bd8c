/* lang_words.h - the words qaconv itself puts into outputs, per language
 * (lang_words.c holds the table). */
#ifndef QACONV_LANG_WORDS_H
#define QACONV_LANG_WORDS_H

#include <stdbool.h>

typedef struct qa_words {
    const char *lang; /* primary language subtag: "en", "es", ... */
    /* The notice shown where a page was cut off, after the last answer's
     * text of an entry flagged truncated. */
    const char *truncated;
    /* EPUB navigation: the table of contents' heading, the landmarks'
     * heading, and the landmarks (cover, title page, table of contents,
     * start of the questions). */
    const char *contents;
    const char *landmarks;
    const char *cover;
    const char *title_page;
    const char *start;
    /* The EPUB's accessibility summary (schema:accessibilitySummary). */
    const char *summary;
} qa_words;

/* The row for a BCP 47 tag ("es", "pt-BR", "fr-CA"), by its primary
 * subtag in any case; English for a language the table lacks or NULL. */
const qa_words *qa_words_for(const char *lang);

/* Whether words are lang's own (not English standing in for a language
 * the table lacks): text in them needs no language of its own. */
bool qa_words_are_for(const qa_words *words, const char *lang);

/* Whether s is the cut-off notice of some row of the table, word for
 * word (a reader drops it: it is qaconv's, not the page's). */
bool qa_words_is_truncated_notice(const char *s);

/* Whether a BCP 47 tag names text written right to left: by its script
 * subtag when it has one ("az-Arab"; "ks-Deva" is not), else by its
 * language (Arabic, Hebrew, Persian, Urdu, Yiddish, ...). */
bool qa_lang_is_rtl(const char *lang);

#endif
