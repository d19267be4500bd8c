/* read_text_model.c - features of a page's lines and the decoder that
 * labels them (read_text_model.h). */
#include "read_text_model.h"
#include "lang/lang.h"
#include "text.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The features, one X() each: its name, then how it is computed from the
 * line l (index i), its neighbours and the page's measures st.  Booleans
 * are 0 or 1; measures are scaled to about [0, 1]. */
#define FEATURES                                                              \
    X(role_furniture, l->role == ROLE_FURNITURE)                              \
    X(role_breadcrumb, l->role == ROLE_BREADCRUMB)                            \
    X(role_title, l->role == ROLE_TITLE)                                      \
    X(role_preamble, l->role == ROLE_PREAMBLE)                                \
    X(role_section, l->role == ROLE_SECTION)                                  \
    X(role_question, l->role == ROLE_QUESTION)                                \
    X(role_answer, l->role == ROLE_ANSWER)                                    \
    X(role_item1, l->role == ROLE_ITEM1)                                      \
    X(role_item2, l->role == ROLE_ITEM2)                                      \
    X(question_start, l->is_question)                                         \
    X(kind_text, l->kind == LINE_TEXT)                                        \
    X(kind_numbered, l->kind == LINE_NUMBERED)                                \
    X(kind_bullet, l->kind == LINE_BULLET)                                    \
    X(kind_lettered, l->kind == LINE_LETTERED)                                \
    X(kind_junk, l->kind == LINE_JUNK)                                        \
    X(question_marker, l->question_mark)                                      \
    X(roman, l->roman)                                                        \
    X(inline_question, l->inline_question > 0)                                \
    X(toc, l->toc)                                                            \
    X(introduced, l->introduced)                                              \
    X(heading_marked, l->heading)                                             \
    X(evidence, clamp(l->evidence / 6.0))                                     \
    X(ends_question, s->ends_q)                                               \
    X(ends_wide_question, s->ends_wide_q)                                     \
    X(ends_sentence, s->ends_sentence)                                        \
    X(ends_colon, s->ends_colon)                                              \
    X(ends_open, s->ends_open)                                                \
    X(ends_bare, !s->ends_q && !s->ends_sentence && !s->ends_colon &&         \
                     !s->ends_open)                                           \
    X(starts_upper, text_starts_upper(l->raw, l->raw_len))                    \
    X(starts_lower, s->starts_lower)                                          \
    X(opener, s->opener)                                                      \
    X(heading_like, heading_like(l))                                          \
    X(all_caps, s->all_caps)                                                  \
    X(label_colon, s->label_colon)                                            \
    X(quoted, l->quoted)                                                      \
    X(indented, l->indent > 0)                                                \
    X(words_log, clamp(log1p((double)s->words) / 5.0))                        \
    X(words_1, s->words == 1)                                                 \
    X(words_2_3, s->words >= 2 && s->words <= 3)                              \
    X(words_4_12, s->words >= 4 && s->words <= 12)                            \
    X(words_over_25, s->words > 25)                                           \
    X(chars_over_200, l->raw_len > 200)                                       \
    X(stop_share, s->stop_share)                                              \
    X(digit_share, s->digit_share)                                            \
    X(upper_share, s->upper_share)                                            \
    X(symbol_share, s->symbol_share)                                          \
    X(separators, clamp(s->separators / 3.0))                                 \
    X(url, s->url)                                                            \
    X(two_questions, s->question_marks >= 2)                                  \
    X(non_ascii_start, (unsigned char)l->raw[0] >= 0x80)                      \
    X(line_1, s->nth == 0)                                                    \
    X(line_2, s->nth == 1)                                                    \
    X(line_3, s->nth == 2)                                                    \
    X(position, st->n_held > 1 ? (double)s->nth / (double)(st->n_held - 1)   \
                                : 0.0)                                        \
    X(before_questions, i < st->first_question)                               \
    X(last_line, s->nth + 1 == st->n_held)                                    \
    X(repeated, s->repeated)                                                  \
    X(blank_before, i == 0 || page->lines[i - 1].kind == LINE_BLANK)          \
    X(blank_after, i + 1 >= page->n_lines ||                                  \
                       page->lines[i + 1].kind == LINE_BLANK)                 \
    X(prev_ends_question, p && (p->ends_q || p->ends_wide_q))                 \
    X(next_ends_question, x && (x->ends_q || x->ends_wide_q))                 \
    X(prev_question_start, pl && pl->is_question)                             \
    X(next_question_start, xl && xl->is_question)                             \
    X(prev_ends_colon, p && p->ends_colon)                                    \
    X(prev_list, pl && pl->kind != LINE_TEXT && pl->kind != LINE_JUNK)        \
    X(next_list, xl && xl->kind != LINE_TEXT && xl->kind != LINE_JUNK)        \
    X(prev_junk, pl && pl->kind == LINE_JUNK)                                 \
    X(next_junk, xl && xl->kind == LINE_JUNK)                                 \
    X(page_question_share, st->question_share)                                \
    X(page_numbered_share, st->numbered_share)                                \
    X(page_blank_share, st->blank_share)                                      \
    X(page_without_questions, st->first_question == page->n_lines)           \
    X(page_short, st->n_held < 8)                                             \
    X(numbered_start, l->is_question && l->kind == LINE_NUMBERED)             \
    X(chain_page, st->numbered_starts >= 2)                                   \
    X(unnumbered_on_chain_page, st->numbered_starts >= 2 &&                   \
                                    l->kind != LINE_NUMBERED)                 \
    X(asks_on_chain_page, st->numbered_starts >= 2 && s->ends_q &&            \
                              l->kind != LINE_NUMBERED)                       \
    X(numbered_not_start_on_chain_page, st->numbered_starts >= 2 &&           \
                                            l->kind == LINE_NUMBERED &&       \
                                            !l->is_question)                  \
    X(asks_not_start, s->ends_q && !l->is_question &&                         \
                          l->role != ROLE_QUESTION)                           \
    X(heading_start, l->is_question && !s->ends_q && !s->ends_wide_q)         \
    X(headings_page, st->asking_starts == 0 &&                                \
                         st->first_question < page->n_lines)                  \
    X(ui_share, s->ui_share)                                                  \
    X(ui_first, s->ui_first)                                                  \
    X(bare_label, s->bare_label)                                              \
    X(prev_bare_label, p && p->bare_label)                                    \
    X(next_bare_label, x && x->bare_label)                                    \
    X(chars_log, clamp(log1p((double)s->chars) / 6.0))                        \
    X(cjk_share, s->cjk_share)                                                \
    X(prev_heading_like, pl && heading_like(pl))                              \
    X(next_heading_like, xl && heading_like(xl))                              \
    X(prev_ends_sentence, p && p->ends_sentence)                              \
    X(next_ends_sentence, x && x->ends_sentence)                              \
    X(next_words_over_25, x && x->words > 25)                                 \
    X(prev_role_title, pl && pl->role == ROLE_TITLE)                          \
    X(next_role_title, xl && xl->role == ROLE_TITLE)                          \
    X(next_role_question, xl && (xl->role == ROLE_QUESTION ||                 \
                                 xl->role == ROLE_TITLE_QUESTION))            \
    X(next_ui_share, x ? x->ui_share : 0.0)                                   \
    X(prev_ui_share, p ? p->ui_share : 0.0)                                   \
    X(heading_then_prose, heading_like(l) && x &&                             \
                              (x->ends_sentence || x->words > 12))            \
    X(heading_then_heading, heading_like(l) && xl && heading_like(xl))       \
    X(names_faq, names_faq(l))                                                \
    X(first_heading, i == st->first_heading)                                  \
    X(before_first_heading, i < st->first_heading)                            \
    X(last_heading_before_questions, i == st->last_heading)                   \
    X(next_is_first_question, fp->next[i] == st->first_question &&            \
                                  st->first_question < n)                     \
    X(same_as_next, s->same_as_next)

/* What the features read of a line, measured once; kept small, as a page
 * holds one per line. */
typedef struct line_stats {
    uint32_t nth; /* among the lines that hold something */
    uint32_t words, chars; /* chars: code points */
    uint16_t question_marks, separators;
    bool ends_q : 1, ends_wide_q : 1, ends_sentence : 1, ends_colon : 1,
        ends_open : 1, starts_lower : 1, opener : 1, all_caps : 1,
        label_colon : 1, url : 1, repeated : 1, ui_first : 1, bare_label : 1,
        same_as_next : 1;
    float stop_share, digit_share, upper_share, symbol_share, ui_share,
        cjk_share;
} line_stats;

typedef struct page_stats {
    size_t n_held, first_question, numbered_starts, asking_starts;
    /* the first line that reads as a heading (and names no control), and
     * the last such line before the first question: where a title
     * stands, below a site's header */
    size_t first_heading, last_heading;
    double question_share, numbered_share, blank_share;
} page_stats;

/* What computing the features of a page's lines needs: every line's
 * measures, its neighbours that hold something (n_lines: none) and the
 * page's measures. */
typedef struct feature_pass {
    const text_page *page;
    line_stats *ls;
    size_t *prev, *next;
    page_stats st;
} feature_pass;

/* The title features of candidate r, past its line's: where it stands
 * among the candidates (rank), among the heading-like lines above it
 * and below it, and from the first candidate that starts a question
 * (fq; nc when none does).  A title stands below a site's header and
 * above the questions; the last heading above them is often a section's,
 * the first a menu's or a banner's. */
#define TITLE_EXTRAS                                                          \
    X(rank_1, r == 0)                                                         \
    X(rank_2, r == 1)                                                         \
    X(rank_3, r == 2)                                                         \
    X(rank, (double)r / (READER_TITLE_LINES - 1))                             \
    X(first_heading_candidate, above == 0)                                    \
    X(headings_above, clamp((double)above / 3.0))                             \
    X(above_questions, r < fq)                                                \
    X(first_question, r == fq)                                                \
    X(right_above_questions, r + 1 == fq)                                     \
    X(from_questions, clamp((double)(r > fq ? r - fq : fq - r) / 5.0))        \
    X(last_heading_above_questions, r < fq && below == 0)                     \
    X(headings_below, clamp((double)below / 3.0))

#define X(name, expr) +1
_Static_assert(0 FEATURES == READER_N_FEATURES,
               "READER_N_FEATURES counts the features");
_Static_assert(0 TITLE_EXTRAS == READER_N_TITLE_EXTRA,
               "READER_N_TITLE_EXTRA counts the title's features");
#undef X

/* F_name: the index of a feature in a row */
enum {
#define X(name, expr) F_##name,
    FEATURES
#undef X
};

const char *const reader_feature_names[READER_N_COLUMNS] = {
#define X(name, expr) #name,
    FEATURES
#undef X
    "title_candidate",
#define X(name, expr) "title_" #name,
    TITLE_EXTRAS
#undef X
};

static double clamp(double v)
{
    return v < 0 ? 0 : v > 1 ? 1 : v;
}

/* The words of s, lower-cased (ASCII letters), to fn until it says stop. */
static size_t next_word(const char *s, size_t len, size_t *at, char *buf,
                        size_t cap)
{
    size_t i = *at;
    while (i < len && !((unsigned char)s[i] >= 0x80 ||
                        ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')))
        i++;
    size_t n = 0;
    for (; i < len && ((unsigned char)s[i] >= 0x80 || s[i] == '\'' ||
                       ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'));
         i++)
        if (n + 1 < cap)
            buf[n++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
    buf[n] = '\0';
    *at = i;
    return n;
}

#define LANG_WORD_MAX QA_LANG_WORD_MAX

/* Share of the words of l that are stop words of the language whose
 * table knows most of them, and the same for the words of a site's
 * controls (on a line of 12 words at most); and whether its first word opens questions, or names a
 * control, in some language. */
static void measure_words(const text_line *l, line_stats *s)
{
    enum { LANGS = QA_N_LANGS, UI_MAX_WORDS = 12 };
    size_t hits[LANGS] = {0}, ui[LANGS] = {0}, words = 0, at = 0, n;
    char w[48];
    bool first = true;
    /* a site's controls are short: a longer line is text */
    bool short_line = s->words <= UI_MAX_WORDS;
    while ((n = next_word(l->raw, l->raw_len, &at, w, sizeof w)) > 0) {
        words++;
        if (n > LANG_WORD_MAX) { /* no table has a word that long */
            first = false;
            continue;
        }
        for (size_t k = 0; k < LANGS && qa_langs[k]; k++) {
            const qa_lang *g = qa_langs[k];
            hits[k] += qa_lang_has(g->stop_words, g->n_stop_words, w, n);
            bool control = short_line && qa_lang_has(g->ui_words,
                                                     g->n_ui_words, w, n);
            ui[k] += control;
            if (first && control)
                s->ui_first = true;
            if (first && qa_lang_has(g->openers, g->n_openers, w, n))
                s->opener = true;
        }
        first = false;
    }
    size_t best = 0, best_ui = 0;
    for (size_t k = 0; k < LANGS && qa_langs[k]; k++) {
        best = hits[k] > best ? hits[k] : best;
        best_ui = ui[k] > best_ui ? ui[k] : best_ui;
    }
    s->stop_share = words ? (float)best / (float)words : 0;
    s->ui_share = words ? (float)best_ui / (float)words : 0;
}

/* Is the text of l a question's or an answer's label alone ("Q", "A:",
 * "Answer:", "Réponse :", "Q |", "1. Q", "回答") in some language? */
bool reader_bare_label(const text_line *l)
{
    char w[40];
    size_t n = 0;
    const char *t = l->text;
    size_t len = l->text_len;
    while (len > 0 && strchr(" |:.-", t[len - 1]))
        len--;
    if (len >= 3 && memcmp(t + len - 3, FULL_WIDTH_COLON, 3) == 0)
        len -= 3;
    while (len > 0 && t[len - 1] == ' ')
        len--;
    if (len == 0 || len >= sizeof w)
        return false;
    for (; n < len; n++)
        w[n] = (char)(t[n] >= 'A' && t[n] <= 'Z' ? t[n] | 0x20 : t[n]);
    for (size_t k = 0; qa_langs[k]; k++)
        if (qa_lang_has(qa_langs[k]->labels, qa_langs[k]->n_labels, w, n))
            return true;
    return false;
}

/* How many code points l has, and the share of them, spaces aside, in the
 * scripts written without spaces between words (Chinese, Japanese) or
 * in syllable blocks (Korean). */
static void measure_script(const text_line *l, line_stats *s)
{
    size_t chars = 0, wide = 0, spaces = 0;
    for (size_t i = 0; i < l->raw_len;) {
        int32_t cp;
        i += qa_utf8_next(l->raw + i, l->raw_len - i, &cp);
        chars++;
        spaces += cp == ' ';
        wide += (cp >= 0x2E80 && cp < 0xA000) || (cp >= 0xAC00 && cp < 0xD7B0);
    }
    s->chars = chars > UINT32_MAX ? UINT32_MAX : (uint32_t)chars;
    s->cjk_share = chars > spaces ? (float)wide / (float)(chars - spaces) : 0;
}

static bool has(const char *s, size_t len, const char *part)
{
    size_t n = strlen(part);
    for (const char *p = s; n <= len && (size_t)(p - s) <= len - n;) {
        p = memchr(p, part[0], len - n + 1 - (size_t)(p - s));
        if (!p)
            return false;
        if (memcmp(p, part, n) == 0)
            return true;
        p++;
    }
    return false;
}

/* Separators between a breadcrumb's crumbs or a menu's links, with a
 * space on each side: " | ", " > ", " » ", " / ", " :: ", " › ". */
static size_t count_separators(const char *r, size_t len)
{
    static const char *const seps[] = {"|", ">", "\xC2\xBB", "/", "::",
                                       "\xE2\x80\xBA"};
    size_t count = 0;
    for (const char *p = r; p && (size_t)(p - r) + 2 < len;) {
        p = memchr(p, ' ', len - (size_t)(p - r));
        if (!p)
            break;
        size_t left = len - (size_t)(p - r) - 1;
        for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
            size_t n = strlen(seps[k]);
            if (left > n && memcmp(p + 1, seps[k], n) == 0 && p[1 + n] == ' ') {
                count++;
                break;
            }
        }
        p++;
    }
    return count;
}

static void measure_line(const text_line *l, line_stats *s)
{
    const char *r = l->raw;
    size_t len = l->raw_len;
    size_t words = text_words(r, len);
    s->words = words > UINT32_MAX ? UINT32_MAX : (uint32_t)words;
    s->ends_q = text_ends_question(r, len);
    /* "？" of Chinese and Japanese, "؟" of Arabic */
    s->ends_wide_q = (len >= 3 && memcmp(r + len - 3, "\xEF\xBC\x9F", 3) == 0) ||
                     (len >= 2 && memcmp(r + len - 2, "\xD8\x9F", 2) == 0);
    s->ends_sentence = !s->ends_q && text_ends_sentence(r, len);
    s->ends_colon = len > 0 && (r[len - 1] == ':' ||
                                (len >= 3 && memcmp(r + len - 3,
                                                    FULL_WIDTH_COLON, 3) == 0));
    s->ends_open = len > 0 && r[len - 1] == ',';
    s->starts_lower = len > 0 && r[0] >= 'a' && r[0] <= 'z';
    size_t letters = 0, upper = 0, digits = 0, symbols = 0, marks = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)r[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            letters++;
            upper += c <= 'Z';
        } else if (c >= '0' && c <= '9') {
            digits++;
        } else if (c == '?') {
            marks++;
        } else if (c < 0x80 && c != ' ' && c != '.' && c != ',' && c != '\'') {
            symbols++;
        }
    }
    marks += has(r, len, "\xEF\xBC\x9F") + has(r, len, "\xD8\x9F");
    s->question_marks = marks > UINT16_MAX ? UINT16_MAX : (uint16_t)marks;
    s->all_caps = letters >= 4 && upper == letters;
    s->upper_share = letters ? (float)upper / (float)letters : 0;
    s->digit_share = len ? (float)digits / (float)len : 0;
    s->symbol_share = len ? (float)clamp(4.0 * (double)symbols / (double)len) : 0;
    size_t seps = count_separators(r, len);
    s->separators = seps > UINT16_MAX ? UINT16_MAX : (uint16_t)seps;
    s->url = has(r, len, "http") || has(r, len, "www.") || has(r, len, ".com");
    const char *colon = memchr(r, ':', len < 48 ? len : 48);
    s->label_colon = colon && colon > r && (size_t)(colon - r) + 1 < len &&
                     text_words(r, (size_t)(colon - r)) <= 4;
    measure_words(l, s);
    measure_script(l, s);
    s->bare_label = reader_bare_label(l);
}

static int by_text(const void *a, const void *b)
{
    const text_line *x = *(const text_line *const *)a;
    const text_line *y = *(const text_line *const *)b;
    if (x->raw_len != y->raw_len)
        return x->raw_len < y->raw_len ? -1 : 1;
    int c = memcmp(x->raw, y->raw, x->raw_len);
    return c ? c : x < y ? -1 : x > y;
}

/* Marks the lines whose text another line of the page repeats: n log n. */
static void mark_repeated(const text_page *page, line_stats *st)
{
    const text_line **v = qa_xmalloc((page->n_lines + 1) * sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < page->n_lines; i++)
        if (page->lines[i].raw_len > 0)
            v[n++] = &page->lines[i];
    qsort(v, n, sizeof *v, by_text);
    for (size_t k = 1; k < n; k++)
        if (v[k]->raw_len == v[k - 1]->raw_len &&
            memcmp(v[k]->raw, v[k - 1]->raw, v[k]->raw_len) == 0) {
            st[v[k] - page->lines].repeated = true;
            st[v[k - 1] - page->lines].repeated = true;
        }
    free(v);
}

/* Measures every line of the page and the page itself, for
 * feature_row(). */
static void features_begin(const text_page *page, feature_pass *fp,
                           qa_cancel *cancel)
{
    size_t n = page->n_lines;
    fp->page = page;
    fp->ls = qa_xmalloc((n ? n : 1) * sizeof *fp->ls);
    memset(fp->ls, 0, (n ? n : 1) * sizeof *fp->ls);
    fp->prev = qa_xmalloc((n ? n : 1) * 2 * sizeof *fp->prev);
    fp->next = fp->prev + n;
    page_stats *st = &fp->st;
    *st = (page_stats){.first_question = n, .first_heading = n,
                       .last_heading = n};
    size_t asks = 0, numbered = 0, blank = 0, last = n;
    for (size_t i = 0; i < n; i++) {
        const text_line *l = &page->lines[i];
        line_stats *s = &fp->ls[i];
        if (i % QA_CANCEL_EVERY == 0 && qa_cancelled(cancel))
            return; /* the caller looks at the flag too */
        fp->prev[i] = last;
        if (l->kind == LINE_BLANK) {
            blank++;
            continue;
        }
        measure_line(l, s);
        s->nth = st->n_held > UINT32_MAX ? UINT32_MAX : (uint32_t)st->n_held;
        st->n_held++;
        asks += s->ends_q;
        numbered += l->kind == LINE_NUMBERED;
        if (l->is_question && st->first_question == n)
            st->first_question = i;
        st->numbered_starts += l->is_question && l->kind == LINE_NUMBERED;
        st->asking_starts += l->is_question && (s->ends_q || s->ends_wide_q);
        last = i;
    }
    last = n;
    for (size_t i = n; i-- > 0;) {
        const text_line *l = &page->lines[i];
        fp->next[i] = last;
        if (l->kind == LINE_BLANK)
            continue;
        if (last < n && page->lines[last].raw_len == l->raw_len &&
            memcmp(page->lines[last].raw, l->raw, l->raw_len) == 0)
            fp->ls[i].same_as_next = true;
        if (heading_like(l) && fp->ls[i].ui_share < 0.5f) {
            st->first_heading = i;
            if (i < st->first_question && st->last_heading == n)
                st->last_heading = i;
        }
        last = i;
    }
    mark_repeated(page, fp->ls);
    double held = st->n_held ? (double)st->n_held : 1;
    st->question_share = (double)asks / held;
    st->numbered_share = (double)numbered / held;
    st->blank_share = n ? (double)blank / (double)n : 0;
}

/* The features of line i (not blank) into row. */
static void feature_row(const feature_pass *fp, size_t i, double *row)
{
    const text_page *page = fp->page;
    size_t n = page->n_lines;
    const page_stats *st = &fp->st;
    const text_line *l = &page->lines[i];
    const line_stats *s = &fp->ls[i];
    const line_stats *p = fp->prev[i] < n ? &fp->ls[fp->prev[i]] : NULL;
    const line_stats *x = fp->next[i] < n ? &fp->ls[fp->next[i]] : NULL;
    const text_line *pl = fp->prev[i] < n ? &page->lines[fp->prev[i]] : NULL;
    const text_line *xl = fp->next[i] < n ? &page->lines[fp->next[i]] : NULL;
    size_t k = 0;
#define X(name, expr) row[k++] = (double)(expr);
    FEATURES
#undef X
}

static void features_end(feature_pass *fp)
{
    free(fp->prev);
    free(fp->ls);
}

/* The title's candidates: the first lines that hold something, up to
 * READER_TITLE_LINES, into line[] with their features in rows[].
 * Returns how many. */
static size_t title_candidates(const feature_pass *fp, size_t *line,
                               double (*rows)[READER_N_FEATURES])
{
    size_t nc = 0;
    for (size_t i = 0; i < fp->page->n_lines && nc < READER_TITLE_LINES; i++)
        if (fp->page->lines[i].kind != LINE_BLANK) {
            line[nc] = i;
            feature_row(fp, i, rows[nc++]);
        }
    return nc;
}

/* The title features of candidate r of nc into out. */
static void title_row(double (*rows)[READER_N_FEATURES], size_t nc, size_t r,
                      double *out)
{
    size_t fq = nc, above = 0, below = 0;
    for (size_t c = 0; c < nc && fq == nc; c++)
        if (rows[c][F_question_start] > 0)
            fq = c;
    for (size_t c = 0; c < nc; c++)
        if (rows[c][F_heading_like] > 0) {
            above += c < r;
            below += c > r && c < fq;
        }
    memcpy(out, rows[r], sizeof rows[r]);
    size_t k = READER_N_FEATURES;
#define X(name, expr) out[k++] = (double)(expr);
    TITLE_EXTRAS
#undef X
}

/* The title stage's score of candidate r of nc. */
static double title_score(const reader_model *m,
                          double (*rows)[READER_N_FEATURES], size_t nc,
                          size_t r)
{
    double x[READER_N_TITLE_FEATURES];
    title_row(rows, nc, r, x);
    double z = m->title_bias;
    for (size_t k = 0; k < READER_N_TITLE_FEATURES; k++)
        z += m->title_weight[k] * x[k];
    return z;
}

/* The line that the title stage of m chooses for the page's title
 * (n_lines: none), and in *margin by how much its score passes that of
 * the title that labels give (none scoring the threshold). */
static size_t choose_title(const feature_pass *fp, const reader_model *m,
                           const line_role *labels, double *margin)
{
    size_t line[READER_TITLE_LINES];
    double rows[READER_TITLE_LINES][READER_N_FEATURES];
    size_t nc = title_candidates(fp, line, rows);
    size_t n = fp->page->n_lines, chosen = n;
    /* none: the score at which the probability is the threshold */
    double none = log(m->title_threshold / (1.0 - m->title_threshold));
    double best = none, held = none;
    bool held_seen = false;
    for (size_t r = 0; r < nc; r++) {
        double z = title_score(m, rows, nc, r);
        if (z > best) { /* the first of equal scores, as the fit takes */
            best = z;
            chosen = line[r];
        }
        line_role h = labels[line[r]];
        if (!held_seen && (h == ROLE_TITLE || h == ROLE_TITLE_QUESTION)) {
            held = z;
            held_seen = true;
        }
    }
    *margin = best - held;
    return chosen;
}

bool reader_retitle(line_role *labels, size_t n, size_t title)
{
    bool changed = false;
    if (title < n && labels[title] == ROLE_BREADCRUMB)
        return false; /* the crumbs stand, and the title under them */
    while (title > 0 && title < n && labels[title] == ROLE_TITLE &&
           labels[title - 1] == ROLE_TITLE)
        title--; /* the second line of a title: the title stands */
    size_t end = title; /* a title on two lines goes on to end */
    while (end + 1 < n && labels[end + 1] == ROLE_TITLE)
        end++;
    for (size_t i = 0; i < n; i++) {
        line_role was = labels[i];
        if (i > title && i <= end)
            continue;
        if (i == title)
            labels[i] = was == ROLE_QUESTION || was == ROLE_TITLE_QUESTION
                            ? ROLE_TITLE_QUESTION
                            : ROLE_TITLE;
        else if (was == ROLE_TITLE_QUESTION)
            labels[i] = ROLE_QUESTION;
        else if (was == ROLE_TITLE)
            labels[i] = i < title ? ROLE_FURNITURE : ROLE_PREAMBLE;
        changed |= labels[i] != was;
    }
    return changed;
}

double *reader_features(const text_page *page)
{
    size_t n = page->n_lines;
    double *f = qa_xmalloc((n ? n : 1) * READER_N_COLUMNS * sizeof *f);
    memset(f, 0, (n ? n : 1) * READER_N_COLUMNS * sizeof *f);
    feature_pass fp;
    features_begin(page, &fp, NULL);
    for (size_t i = 0; i < n; i++)
        if (page->lines[i].kind != LINE_BLANK)
            feature_row(&fp, i, f + i * READER_N_COLUMNS);
    size_t line[READER_TITLE_LINES];
    double rows[READER_TITLE_LINES][READER_N_FEATURES];
    double x[READER_N_TITLE_FEATURES];
    size_t nc = title_candidates(&fp, line, rows);
    for (size_t r = 0; r < nc; r++) {
        double *row = f + line[r] * READER_N_COLUMNS;
        title_row(rows, nc, r, x);
        row[READER_N_FEATURES] = 1; /* title_candidate */
        memcpy(row + READER_N_FEATURES + 1, x + READER_N_FEATURES,
               READER_N_TITLE_EXTRA * sizeof *x);
    }
    features_end(&fp);
    return f;
}

#define MARGIN_LINES 20

double reader_label(const text_page *page, const reader_model *m,
                    line_role *labels, size_t *title, double *title_margin,
                    qa_cancel *cancel)
{
    enum { FIRST = ROLE_FURNITURE, K = N_ROLES - ROLE_FURNITURE };
    size_t n = page->n_lines, held = 0;
    for (size_t i = 0; i < n; i++)
        held += page->lines[i].kind != LINE_BLANK;
    /* per line held, the label before it on the best path to each label:
     * all the decoder keeps of a line */
    unsigned char *back = qa_xmalloc((held ? held : 1) * K);
    feature_pass fp;
    features_begin(page, &fp, cancel);
    double x[READER_N_FEATURES], e[K], row[K];
    /* the best paths' scores to the line before, less the best of them,
     * which offset adds up; and the score of the labels held on entry */
    double score[K], offset = 0, held_score = 0;
    bool held_whole = true; /* the rules labelled every line */
    line_role held_prev = ROLE_BLANK;
    size_t t = 0;
    for (size_t i = 0; i < n; i++) {
        if (i % QA_CANCEL_EVERY == 0 && qa_cancelled(cancel)) {
            features_end(&fp);
            free(back);
            return -INFINITY;
        }
        if (page->lines[i].kind == LINE_BLANK)
            continue;
        feature_row(&fp, i, x);
        for (int r = 0; r < K; r++) {
            e[r] = m->bias[FIRST + r];
            for (size_t k = 0; k < READER_N_FEATURES; k++)
                e[r] += m->weight[FIRST + r][k] * x[k];
            if (t == 0) {
                row[r] = e[r] + m->start[FIRST + r];
                back[r] = 0;
                continue;
            }
            double best = -INFINITY;
            int arg = 0;
            for (int q = 0; q < K; q++) {
                double v = score[q] + m->trans[FIRST + q][FIRST + r];
                if (v > best) {
                    best = v;
                    arg = q;
                }
            }
            row[r] = best + e[r];
            back[t * K + r] = (unsigned char)arg;
        }
        double top = row[0];
        for (int r = 1; r < K; r++)
            top = row[r] > top ? row[r] : top;
        for (int r = 0; r < K; r++)
            score[r] = row[r] - top;
        offset += top;
        line_role h = labels[i];
        if (h == ROLE_BLANK) {
            held_whole = false; /* the rules left a line unread */
        } else if (held_whole) {
            held_score += e[h - FIRST] +
                          (t == 0 ? m->start[h] : m->trans[held_prev][h]);
            held_prev = h;
        }
        t++;
    }
    double margin = 0;
    if (title) /* before the labels held on entry give way */
        *title = held > 0 ? choose_title(&fp, m, labels, title_margin) : n;
    if (t > 0) {
        int r = 0;
        for (int q = 1; q < K; q++)
            if (score[q] > score[r])
                r = q;
        /* per line, as a long page's small disagreements add up; but over
         * MARGIN_LINES at least, as a short page gives little evidence */
        margin = held_whole ? (offset + score[r] - held_score) /
                                  (double)(t > MARGIN_LINES ? t : MARGIN_LINES)
                            : INFINITY;
        for (size_t i = n; i-- > 0;) {
            if (page->lines[i].kind == LINE_BLANK) {
                labels[i] = ROLE_BLANK;
                continue;
            }
            labels[i] = (line_role)(FIRST + r);
            r = back[--t * K + r];
        }
    }
    features_end(&fp);
    free(back);
    return margin;
}

static const char *const role_names[N_ROLES] = {
    "blank",    "furniture", "breadcrumb", "title", "title-question",
    "preamble", "section",   "question",   "label", "answer",
    "item1",    "item2",     "item3",      "other"};

const char *reader_role_name(line_role r)
{
    return r < N_ROLES ? role_names[r] : "?";
}

int reader_model_load(reader_model *m, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    double *v[] = {m->bias, &m->weight[0][0], m->start, &m->trans[0][0],
                   &m->switch_margin, &m->title_bias, m->title_weight,
                   &m->title_threshold, &m->title_switch};
    size_t counts[] = {N_ROLES, N_ROLES * READER_N_FEATURES, N_ROLES,
                       N_ROLES * N_ROLES, 1, 1, READER_N_TITLE_FEATURES, 1,
                       1};
    int rc = 0;
    for (size_t part = 0; part < sizeof counts / sizeof *counts && rc == 0;
         part++)
        for (size_t k = 0; k < counts[part] && rc == 0; k++)
            if (fscanf(f, "%lf", &v[part][k]) != 1)
                rc = -1;
    fclose(f);
    return rc;
}
