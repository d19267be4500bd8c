/* lang.h - what the reader knows of a language, one table per language.
 *
 * Each table lists words in lower case, sorted by strcmp (tests check the
 * order): the words a line of running text is made of (stop words), the
 * words a question opens with (interrogatives and auxiliaries), the words
 * of a site's controls, the labels of questions and answers, and the
 * site's furniture.  The
 * reader measures lines with them (read_text_model.c); to add a language,
 * add a file with its table, list it in lang.c and count it in
 * QA_N_LANGS.
 *
 * The single words (stop words, openers, ui words, open words) are
 * looked up as the reader cuts a line: at spaces, digits, hyphens and
 * ASCII punctuation, with apostrophes kept ("c'è") and only ASCII letters
 * lower-cased ("Wie" reads "wie", but "Как" stays "Как").  Phrases
 * (furniture, FAQ names) are matched as bare words (qa_phrase). */
#ifndef QACONV_LANG_H
#define QACONV_LANG_H

#include <stdbool.h>
#include <stddef.h>

/* What a line of a site's furniture can be: qa_phrase.kinds, a set. */
enum {
    QA_CHROME = 1 << 0,  /* anywhere: "Back to top", "Advertisement" */
    QA_HEADER = 1 << 1,  /* at the page's top: "Menu", "Search" */
    QA_LINKS = 1 << 2,   /* a heading with links under it: "Related articles" */
    QA_TRAILER = 1 << 3, /* heads what follows the content: "People also ask" */
    QA_SIGNUP = 1 << 4,  /* a sign-up box's button: "Subscribe" */
    QA_CONSENT = 1 << 5, /* a consent banner's button: "Accept all" */
    QA_FOOTER = 1 << 6,  /* a link in the footer: "Privacy Policy" */
    QA_STAMP = 1 << 7    /* a date stamp's label: "Last updated" */
};

/* A line of a site's furniture, as its bare words: lower case, without
 * digits, symbols and punctuation, words parted by one space ("↑ Back to
 * top" reads "back to top"; "a-t-elle" reads "atelle"). */
typedef struct qa_phrase {
    const char *words;
    unsigned kinds;
} qa_phrase;

typedef struct qa_lang {
    const char *tag; /* BCP 47 */
    const char *const *stop_words;
    size_t n_stop_words;
    const char *const *openers; /* words that open a question */
    size_t n_openers;
    /* words of a site's controls and navigation: "skip", "menu", "login" */
    const char *const *ui_words;
    size_t n_ui_words;
    /* a question's or an answer's label when it stands alone on its line,
     * without its punctuation: "q", "answer", "respuesta", "回答" */
    const char *const *labels;
    size_t n_labels;
    /* words a sentence does not end on (articles, prepositions,
     * conjunctions): a line that ends on one goes on in the next */
    const char *const *open_words;
    size_t n_open_words;
    /* the site's furniture, sorted by words (strcmp) */
    const qa_phrase *furniture;
    size_t n_furniture;
    /* the months' names and their abbreviations, which a date stamp ends
     * on ("Updated: March 3, 2024") */
    const char *const *months;
    size_t n_months;
    /* what a page of questions and answers is called, as bare words
     * ("frequently asked questions", "faq"): a line that holds one names
     * the page, or a part of the site */
    const char *const *faq_names;
    size_t n_faq_names;
} qa_lang;

/* No word of a table is longer (bytes): longer words need no look-up.
 * 24 bytes hold twelve letters of Cyrillic or Arabic script. */
#define QA_LANG_WORD_MAX 24

#define QA_LANG_WORDS(a) (a), sizeof(a) / sizeof *(a)

extern const qa_lang qa_lang_en, qa_lang_es, qa_lang_fr, qa_lang_pt,
    qa_lang_ja, qa_lang_ko, qa_lang_zh, qa_lang_de, qa_lang_it, qa_lang_nl,
    qa_lang_ar, qa_lang_vi, qa_lang_ht, qa_lang_ru, qa_lang_tl;
/* How many tables there are. */
#define QA_N_LANGS 15
/* Every table, NULL-terminated. */
extern const qa_lang *const qa_langs[QA_N_LANGS + 1];

/* What the line whose bare words are w can be, in any language: a set of
 * QA_CHROME ... QA_STAMP, 0 for none. */
unsigned qa_lang_furniture(const char *w);

/* Does the line whose bare words are w hold what some language calls a
 * page of questions and answers, as whole words? */
bool qa_lang_names_faq(const char *w);

/* Is the word (len bytes, lower case) in the sorted list? */
bool qa_lang_has(const char *const *list, size_t n, const char *word,
                 size_t len);

#endif
