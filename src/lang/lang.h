/* lang.h - what the reader knows of a language, one table per language.
 *
 * Each table lists words in lower case, sorted by strcmp (tests check the
 * order): the words a line of running text is made of (stop words), the
 * words a question opens with (interrogatives and auxiliaries), the words
 * of a site's controls, and the labels of questions and answers.  The
 * reader measures lines with them (read_text_model.c); to add a language,
 * add a file with its table and list it in lang.c. */
#ifndef QACONV_LANG_H
#define QACONV_LANG_H

#include <stdbool.h>
#include <stddef.h>

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
} qa_lang;

/* No word of a table is longer (bytes): longer words need no look-up. */
#define QA_LANG_WORD_MAX 12

#define QA_LANG_WORDS(a) (a), sizeof(a) / sizeof *(a)

extern const qa_lang qa_lang_en, qa_lang_es, qa_lang_fr, qa_lang_pt,
    qa_lang_ja, qa_lang_ko, qa_lang_zh;
/* Every table, NULL-terminated. */
extern const qa_lang *const qa_langs[];

/* Is the word (len bytes, lower case) in the sorted list? */
bool qa_lang_has(const char *const *list, size_t n, const char *word,
                 size_t len);

#endif
