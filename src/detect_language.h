/* detect_language.h - a document's language, found in its own text
 * (detect_language.c). */
#ifndef QACONV_DETECT_LANGUAGE_H
#define QACONV_DETECT_LANGUAGE_H

#include "qaconv.h"

/* What the text of a document reads as. */
typedef struct qa_language_guess {
    /* the primary BCP 47 subtag ("es", "zh") when the text reads as one
     * language, NULL when it is too short, reads as several or as none */
    const char *tag;
    /* the closest language even when the text reads as several, NULL
     * when it reads as none */
    const char *best;
    /* what was found, to end "the text ...": "reads as es", "reads as es
     * or ca (ca scores within 2.6% of es)", "is too short to tell ..." */
    const char *found;
    bool broken; /* libexttextcat's data cannot be read */
} qa_language_guess;

/* What guesses languages: libexttextcat's fingerprints, loaded on the
 * first guess.  One thread at a time; two threads need a detector each. */
typedef struct qa_detector qa_detector;

/* A detector made with the allocator of the call in flight (scope.h). */
qa_detector *qa_detector_new(void);
void qa_detector_free(qa_detector *d);

/* Guesses the language of len bytes of UTF-8 text (only its first
 * QA_DETECT_SAMPLE bytes are looked at). */
#define QA_DETECT_SAMPLE 8192
qa_language_guess qa_guess_language(qa_detector *d, qa_arena *a,
                                    const char *text, size_t len);

/* Sets doc->language to the language of its title, preamble, questions
 * and answers.  When the text reads as no single language, the language
 * stays what it was (the reader's "en") and an info diagnostic,
 * language-guess, says what was found and how close it came, unless the
 * closest language is the one kept ("en or sco" on an English page); a
 * warning when libexttextcat's data cannot be read. */
void qa_detect_language(qa_detector *d, qa_doc *doc);

#endif
