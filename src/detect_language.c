/* detect_language.c - a document's language, found in its own text.
 *
 * libexttextcat (the language guesser of LibreOffice) ranks the n-grams of
 * a sample of the document's text (its title, preamble, questions and
 * answers, up to QA_DETECT_SAMPLE bytes, so the work does not grow with
 * the page) against the fingerprints it ships, one per language, listed
 * in fpdb.conf under its data folder (QACONV_TEXTCAT_DIR, from its
 * pkg-config file).  It names every language scoring within 3% of the
 * best.  One language, or several of one primary subtag (zh-CN and
 * zh-TW), is an answer; several languages, none (more than five close
 * ones) or too little text (under MIN_CHARS characters) is not.  The
 * opening of the text is asked first (FIRST_PART), then all of it.
 *
 * Text written mostly in Han, kana or Hangul is told by its script: a
 * fingerprint of 400 n-grams holds too few of the thousands of characters
 * Chinese is written with, so textcat finds Chinese text about as far
 * from every fingerprint (no answer, or Japanese before Chinese).  Kana
 * among the Han characters is Japanese, Hangul is Korean, Han alone is
 * Chinese.
 *
 * The fingerprints are loaded by each detector (one per converter, used
 * by one thread at a time: textcat's handle is not reentrant) on its first
 * detection, which takes about 12 ms, and kept for the next ones.
 * textcat tells spaces and digits with isspace() and isdigit(), which
 * depend on the locale; it runs in the "C" locale of its own thread
 * (uselocale), whatever the process's locale, so the result never
 * depends on the environment. */
#define _POSIX_C_SOURCE 200809L
#include "detect_language.h"
#include "text.h"

#include <libexttextcat/textcat.h>
#include <locale.h>
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#ifndef QACONV_TEXTCAT_DIR
#define QACONV_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

/* textcat answers SHORT below this many characters: a line or two says
 * too little ("Hours?" reads as Breton or French). */
#define MIN_CHARS 40
/* Han, kana and Hangul characters the script needs to tell the language. */
#define MIN_CJK 20
/* A page in two languages (each paragraph followed by its translation)
 * takes the language it opens with: its first FIRST_PART characters (to
 * the end of their line) decide when they read as one language, the
 * whole sample otherwise. */
#define FIRST_PART 600
/* textcat names at most five languages (beyond, it answers none) */
#define MAXCANDIDATES_SHOWN 5

struct qa_detector {
    const qaconv_mem *mem; /* it was made with */
    bool loaded;           /* tried to load: handle is the result */
    void *handle;          /* textcat's, NULL when the data cannot be read */
    candidate_t *candidates;
    locale_t c_locale;
};

qa_detector *qa_detector_new(void)
{
    const qaconv_mem *mem = qa_scope_mem();
    qa_detector *d = mem->calloc(1, sizeof *d);
    if (!d) {
        qa_out_of_memory();
        return NULL;
    }
    d->mem = mem;
    return d;
}

/* Loads the fingerprints. */
static void load(qa_detector *d)
{
    d->loaded = true;
    d->c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    d->handle = special_textcat_Init(QACONV_TEXTCAT_DIR "/fpdb.conf",
                                     QACONV_TEXTCAT_DIR "/");
    if (!d->handle)
        return;
    textcat_SetProperty(d->handle, TCPROP_UTF8AWARE, TC_TRUE);
    textcat_SetProperty(d->handle, TCPROP_MINIMUM_DOCUMENT_SIZE, MIN_CHARS);
    d->candidates = textcat_GetClassifyFullOutput(d->handle);
}

void qa_detector_free(qa_detector *d)
{
    if (!d)
        return;
    if (d->handle) {
        textcat_ReleaseClassifyFullOutput(d->handle, d->candidates);
        textcat_Done(d->handle);
    }
    if (d->c_locale != (locale_t)0)
        freelocale(d->c_locale);
    d->mem->free(d);
}

/* The primary subtag of a textcat name: "zh" of "zh-CN-utf8", "en" of
 * "en--utf8", "haw" of "haw-utf8". */
static const char *primary(qa_arena *a, const char *name)
{
    return qa_strndup(a, name, strcspn(name, "-"));
}

/* Chinese, Japanese or Korean by script, or NULL for text that is not
 * mostly Han, kana and Hangul (or has too little of them). */
static const char *cjk_by_script(const char *s, size_t len)
{
    size_t letters = 0, han = 0, kana = 0, hangul = 0;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += qa_utf8_next(s + i, len - i, &cp);
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
            (cp >= 0xF900 && cp <= 0xFAFF))
            han++;
        else if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
                 (cp >= 0xFF66 && cp <= 0xFF9F))
            kana++;
        else if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
                 (cp >= 0x3130 && cp <= 0x318F))
            hangul++;
        else if (qa_is_letter_cp(cp))
            letters++;
    }
    size_t cjk = han + kana + hangul;
    if (cjk < MIN_CJK || cjk < letters)
        return NULL;
    if (2 * hangul >= cjk)
        return "ko";
    return 10 * kana >= cjk ? "ja" : "zh";
}

/* textcat's verdict on the sample. */
static qa_language_guess classify(qa_detector *d, qa_arena *a, const char *s,
                                  size_t len)
{
    qa_language_guess g = {NULL, NULL, NULL, false};
    if (!d->loaded)
        load(d);
    if (!d->handle || d->c_locale == (locale_t)0) {
        g.found = "cannot be told: libexttextcat's fingerprints are missing "
                  "(" QACONV_TEXTCAT_DIR "/fpdb.conf)";
        g.broken = true;
        return g;
    }
    candidate_t *candidates = d->candidates;
    locale_t was = uselocale(d->c_locale);
    int n = textcat_ClassifyFull(d->handle, s, len, candidates);
    uselocale(was);
    if (n == TEXTCAT_RESULT_SHORT) {
        g.found = qa_printf(a, "is too short to tell (under %d characters)",
                            MIN_CHARS);
        return g;
    }
    if (n <= 0) {
        g.found = "reads as no language clearly (more than five score "
                  "within 3% of the best)";
        return g;
    }
    const char *tags[MAXCANDIDATES_SHOWN];
    size_t n_tags = 0;
    qa_buf names = {0};
    qa_buf_puts(&names, "reads as ");
    for (int i = 0; i < n && n_tags < MAXCANDIDATES_SHOWN; i++) {
        const char *tag = primary(a, candidates[i].name);
        bool seen = false; /* zh-CN and zh-TW: "zh" once */
        for (size_t k = 0; k < n_tags; k++)
            seen = seen || strcmp(tags[k], tag) == 0;
        if (!seen) {
            qa_buf_appendf(&names, "%s%s", n_tags ? " or " : "", tag);
            tags[n_tags++] = tag;
        }
    }
    g.best = tags[0];
    if (n_tags == 1) {
        g.tag = tags[0];
    } else { /* how close the last is to the best, in tenths of a percent */
        long best = candidates[0].score, last = candidates[n - 1].score;
        long tenths = best > 0 ? (last - best) * 1000 / best : 0;
        qa_buf_appendf(&names, " (%s scores within %ld.%ld%% of %s)",
                       tags[n_tags - 1], tenths / 10, tenths % 10, tags[0]);
    }
    g.found = qa_strndup(a, names.data, names.len);
    qa_buf_free(&names);
    return g;
}

/* The first FIRST_PART characters of s, or all of s, up to a line end. */
static size_t first_part(const char *s, size_t len)
{
    size_t i = 0;
    for (size_t chars = 0; i < len && chars < FIRST_PART; chars++) {
        int32_t cp;
        i += qa_utf8_next(s + i, len - i, &cp);
    }
    while (i < len && s[i] != '\n')
        i++;
    return i;
}

qa_language_guess qa_guess_language(qa_detector *d, qa_arena *a,
                                    const char *text, size_t len)
{
    if (len > QA_DETECT_SAMPLE) { /* cut before a character, not in one */
        len = QA_DETECT_SAMPLE;
        while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--;
    }
    const char *cjk = cjk_by_script(text, len);
    if (cjk)
        return (qa_language_guess){cjk, cjk, cjk, false};
    size_t head = first_part(text, len);
    qa_language_guess g = classify(d, a, text, head);
    if (!g.tag && head < len)
        g = classify(d, a, text, len);
    return g;
}

/* ---- the sample ---------------------------------------------------------- */

static bool full(const qa_buf *b)
{
    return b->len >= QA_DETECT_SAMPLE;
}

static void add(qa_buf *b, const char *s)
{
    if (s && *s && !full(b)) {
        qa_buf_puts(b, s);
        qa_buf_puts(b, "\n");
    }
}

static void add_list(qa_buf *b, const qa_list *l)
{
    for (size_t i = 0; i < l->n_items && !full(b); i++) {
        add(b, l->items[i].label);
        add(b, l->items[i].text);
        if (l->items[i].sublist)
            add_list(b, l->items[i].sublist);
    }
}

static void add_blocks(qa_buf *b, const qa_blocks *blocks)
{
    for (size_t i = 0; i < blocks->n && !full(b); i++) {
        const qa_block *bl = &blocks->v[i];
        if (bl->type == QA_BLOCK_PARAGRAPH)
            add(b, bl->text);
        else
            add_list(b, &bl->list);
    }
}

void qa_detect_language(qa_detector *d, qa_doc *doc)
{
    qa_buf sample = {0};
    add(&sample, doc->title);
    add_blocks(&sample, &doc->preamble);
    for (size_t i = 0; i < doc->n_entries && !full(&sample); i++) {
        add(&sample, doc->entries[i].question);
        add_blocks(&sample, &doc->entries[i].answer);
    }
    qa_language_guess g = qa_guess_language(d, doc->arena,
                                            sample.data ? sample.data : "",
                                            sample.len);
    qa_buf_free(&sample);
    if (g.tag) {
        doc->language = g.tag;
        return;
    }
    size_t n = strcspn(doc->language, "-");
    if (g.best && strlen(g.best) == n &&
        strncasecmp(g.best, doc->language, n) == 0)
        return; /* "en or sco" on a page kept in English: nothing to say */
    qa_diag_add(doc, g.broken ? QA_WARNING : QA_INFO, "language-guess", 0,
                "the text %s; keeping '%s' (name the language with "
                "-M language=TAG)", g.found, doc->language);
}
