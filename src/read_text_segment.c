/* read_text_segment.c - which lines are questions.
 *
 * Numbered questions run 1, 2, 3 ... across the page, while numbered list
 * items restart inside every answer, so a line's number alone cannot tell
 * them apart.  The reader weighs each numbered line by how much it reads
 * like a question (a question mark, an interrogative first word, a "Q1."
 * marker; against: a sentence ending, a "Label: text" start, length, a
 * place in a list that a line ending in ':' opens inside an answer), then
 * picks the chain of numbered lines that best explains the page: numbers
 * that follow each other earn a little (so a question that does not read
 * as one still joins when its number fits), gaps, repeats and restarts
 * cost something, and a "question" with nothing before the next one costs
 * a lot.  A restart at 1 right under a heading line costs less than other
 * restarts: pages in sections number each section's questions anew.
 * The chain is found by dynamic programming in one pass over the lines.
 *
 * The page's own style decides how short heading-like lines without a
 * question mark count: they are the questions on a page of numbered
 * headings, and ordinary list items on a page whose questions end in '?'.
 *
 * A table of contents (the questions listed one after another, then asked
 * again with their answers) is recognised by its repetition and left out.
 *
 * A page whose numbered lines ask and answer at once ("1. What is it? It
 * is ...") more often than they end in '?' is read that way: the question
 * runs to its '?', and the rest of the line opens the answer.
 *
 * Pages without numbered questions use unnumbered ones: short lines that
 * stand alone as a paragraph and end in '?'.  A page with neither may
 * still be made of sections under plain headings (mark_headings()). */
#include "read_text.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Weights of the evidence; the chain keeps a line when it adds value. */
#define W_QUESTION_MARK 3.0
#define W_INTERROGATIVE 1.5
#define W_MARKER 3.0
#define W_SENTENCE -2.0
#define W_LABEL -2.0
#define W_LONG -2.0
#define W_INTRODUCED -3.0 /* an item of a list that a colon opens */
#define W_HEADING_PAGE 2.0     /* heading-like line on a page of headings */
#define W_HEADING_NEUTRAL 1.0  /* before the page's style is known */
#define W_HEADING_ITEM -0.5    /* heading-like line on a page of questions */
#define C_NEXT 1.0 /* the next number: what questions do */
#define C_START_NOT_ONE -1.0
#define C_GAP -1.5 /* per missing number, up to MAX_GAP */
#define MAX_GAP 3
#define C_REPEAT -2.5
#define C_JUMP -6.0 /* a restart or a larger gap */
#define C_SECTION -2.5 /* a restart at 1 under a section heading */
#define C_EMPTY_ANSWER -4.5
#define LONG_WORDS 40
#define HEADING_WORDS 12
#define UNNUMBERED_MAX_WORDS 40
#define INLINE_QUESTION_WORDS 30

static bool is_interrogative(const char *s, size_t len)
{
    static const char *const words[] = {
        "what", "how", "why", "when", "where", "who", "whom", "whose",
        "which", "can", "could", "is", "are", "was", "were", "do", "does",
        "did", "will", "would", "should", "shall", "may", "might", "must",
        "has", "have", "had", "am", "if", "i"};
    size_t n = 0;
    while (n < len && ((s[n] | 0x20) >= 'a' && (s[n] | 0x20) <= 'z'))
        n++;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strlen(words[k]) == n && strncasecmp(s, words[k], n) == 0)
            return true;
    return false;
}

/* "Legal assistance: Victims may ..." - a short label, then a colon. */
static bool starts_with_label(const char *s, size_t len)
{
    const char *colon = memchr(s, ':', len < 64 ? len : 64);
    if (!colon || colon == s)
        return false;
    size_t at = (size_t)(colon - s);
    return at + 1 < len && s[at + 1] == ' ' && text_words(s, at) <= 8;
}

/* Most words of four letters or more start with a capital: "Do
 * Immigrants Have to Pay Taxes in New Jersey?" */
static bool title_case(const char *s, size_t len)
{
    size_t long_words = 0, capitals = 0;
    for (size_t i = 0; i < len;) {
        size_t start = i, letters = 0;
        for (; i < len && s[i] != ' '; i++)
            letters += (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z';
        if (letters >= 4) {
            long_words++;
            capitals += s[start] >= 'A' && s[start] <= 'Z';
        }
        while (i < len && s[i] == ' ')
            i++;
    }
    return long_words >= 2 && 10 * capitals >= 7 * long_words;
}

bool heading_like(const text_line *l)
{
    const char *s = l->raw;
    size_t len = l->raw_len;
    return l->kind == LINE_TEXT && len > 0 && text_starts_upper(s, len) &&
           !text_ends_sentence(s, len) && s[len - 1] != ',' &&
           text_words(s, len) <= HEADING_WORDS && !starts_with_label(s, len);
}

/* Body of a section: a paragraph that is no heading, or a list line. */
static bool body_like(const text_line *l)
{
    return (l->kind == LINE_TEXT && !heading_like(l)) ||
           l->kind == LINE_NUMBERED || l->kind == LINE_BULLET ||
           l->kind == LINE_LETTERED;
}

/* The length of a question that opens l's text and that its answer
 * follows on the same line, or 0: "What is TPS? Temporary Protected
 * Status is ...", as scraping gives a paragraph that begins with the
 * question in bold.  The question starts with an interrogative word (or
 * the line has a "Q1." marker) and runs to the first '?' that white space
 * (or a mark such as " : " or " - ") and a capital letter follow; it is
 * short, and the answer is no stray word. */
static size_t inline_question(const text_line *l)
{
    const char *s = l->text;
    size_t len = l->text_len;
    if (text_ends_question(s, len) ||
        (!l->question_mark && !is_interrogative(s, len)))
        return 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (s[i] != '?')
            continue;
        size_t sp = qa_space_prefix(s + i + 1, len - i - 1);
        size_t at = i + 1 + sp;
        size_t sep = at < len ? answer_separator(s + at, len - at) : 0;
        if (sep) /* "... a phone number? : To contact you" */
            at += sep + qa_space_prefix(s + at + sep, len - at - sep);
        if ((sp == 0 && sep == 0) || at >= len)
            continue;
        if (!text_starts_upper(s + at, len - at) ||
            text_words(s, i + 1) > INLINE_QUESTION_WORDS ||
            text_words(s + at, len - at) < 2)
            return 0;
        return i + 1;
    }
    return 0;
}

/* Measures a numbered line's evidence, with its answer on the same line
 * when with_inline; the page's heading weight is added per pass
 * (evidence()). */
static void measure(text_line *l, bool with_inline)
{
    const char *s = l->text;
    size_t len = l->text_len;
    l->inline_question = with_inline ? inline_question(l) : 0;
    if (l->inline_question)
        len = l->inline_question; /* the question decides */
    bool asks = text_ends_question(s, len);
    size_t words = text_words(s, len);
    double w = 0;
    if (asks)
        w += W_QUESTION_MARK;
    /* "1. Who Qualifies:" heads a section as "1. Who Qualifies" would */
    bool titled_colon = len > 0 && s[len - 1] == ':' &&
                        words <= HEADING_WORDS &&
                        (words <= 3 || title_case(s, len));
    bool sentence = !asks && !titled_colon && text_ends_sentence(s, len);
    if (is_interrogative(s, len) && !sentence)
        w += W_INTERROGATIVE; /* "Where possible, ... received." states */
    if (l->question_mark)
        w += W_MARKER;
    if (sentence)
        w += W_SENTENCE;
    if (!asks && starts_with_label(s, len))
        w += W_LABEL;
    if (words > LONG_WORDS)
        w += W_LONG;
    if (l->introduced)
        w += W_INTRODUCED;
    l->evidence = w;
    l->heading = !asks && (titled_colon || !text_ends_sentence(s, len)) &&
                 words <= HEADING_WORDS && text_starts_upper(s, len);
}

static double evidence(const text_line *l, double heading_weight)
{
    return l->evidence + (l->heading ? heading_weight : 0);
}

/* Index of the next non-blank line after i, or n_lines. */
static size_t next_content(const text_page *page, size_t i)
{
    while (++i < page->n_lines && page->lines[i].kind == LINE_BLANK)
        ;
    return i;
}

/* ---- best chain by number --------------------------------------------- */

typedef struct slot { /* best chain so far ending at a given number */
    long number;
    double value;
    size_t line;
    bool used;
} slot;

/* The best chains by the number they end at.  The numbers are the page's
 * own, known before the first look-up: sorted once, each is found by
 * binary search, so no choice of numbers makes a look-up slow. */
typedef struct number_map {
    long *numbers; /* the distinct numbers of the page's numbered lines */
    size_t n;
    slot *slots;   /* slots[k] for numbers[k]; slots[n] for the others */
    double best_any;
    size_t best_any_line;
    bool any;
} number_map;

static int by_number(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* The map of the numbers of page's k numbered lines, or false when memory
 * runs out. */
static bool map_init(number_map *m, const text_page *page, size_t k)
{
    *m = (number_map){.numbers = malloc(k * sizeof *m->numbers),
                      .slots = calloc(k + 1, sizeof(slot))};
    if (!m->numbers || !m->slots)
        return false;
    for (size_t i = 0; i < page->n_lines; i++)
        if (page->lines[i].kind == LINE_NUMBERED)
            m->numbers[m->n++] = page->lines[i].number;
    qsort(m->numbers, m->n, sizeof *m->numbers, by_number);
    size_t distinct = 0;
    for (size_t i = 0; i < m->n; i++)
        if (distinct == 0 || m->numbers[distinct - 1] != m->numbers[i])
            m->numbers[distinct++] = m->numbers[i];
    m->n = distinct;
    return true;
}

static slot *map_find(number_map *m, long number)
{
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->numbers[mid] < number)
            lo = mid + 1;
        else
            hi = mid;
    }
    /* a number no line has: the spare slot, which no offer fills */
    return lo < m->n && m->numbers[lo] == number ? &m->slots[lo]
                                                 : &m->slots[m->n];
}

static void map_offer(number_map *m, long number, double value, size_t line)
{
    slot *s = map_find(m, number);
    if (!s->used || value > s->value) {
        s->used = true;
        s->number = number;
        s->value = value;
        s->line = line;
    }
    if (!m->any || value > m->best_any) {
        m->any = true;
        m->best_any = value;
        m->best_any_line = line;
    }
}

static double step_cost(long from, long to)
{
    if (to == from + 1)
        return C_NEXT;
    if (to == from)
        return C_REPEAT;
    if (to > from && to - from - 1 <= MAX_GAP)
        return C_GAP * (double)(to - from - 1);
    return C_JUMP;
}

typedef struct chain_state {
    double *value; /* best chain value ending at line i */
    size_t *prev;  /* previous line of that chain, SIZE_MAX at its start */
} chain_state;

/* Best chain ending at line i, given the chains that end earlier. */
static void extend(const text_page *page, number_map *m, chain_state *st,
                   size_t i, size_t adjacent, bool under_heading, double weight)
{
    long n = page->lines[i].number;
    double restart = n == 1 && under_heading ? C_SECTION : C_JUMP;
    double best = n == 1 ? 0 : C_START_NOT_ONE;
    size_t from = SIZE_MAX;
    for (long d = 0; d <= MAX_GAP + 1; d++) {
        slot *s = map_find(m, n - d);
        if (s->used && s->value + step_cost(n - d, n) > best) {
            best = s->value + step_cost(n - d, n);
            from = s->line;
        }
    }
    if (m->any && m->best_any + restart > best) {
        best = m->best_any + restart;
        from = m->best_any_line;
    }
    if (adjacent != SIZE_MAX) { /* the line just before: an empty answer */
        double v = st->value[adjacent] +
                   step_cost(page->lines[adjacent].number, n) + C_EMPTY_ANSWER;
        if (v > best) {
            best = v;
            from = adjacent;
        }
    }
    st->value[i] = best + evidence(&page->lines[i], weight);
    st->prev[i] = from;
}

/* Marks the best chain of numbered lines; returns its length. */
static size_t best_chain(text_page *page, double heading_weight, bool mark,
                         size_t *asking)
{
    size_t k = 0;
    *asking = 0;
    for (size_t i = 0; i < page->n_lines; i++)
        k += page->lines[i].kind == LINE_NUMBERED;
    if (k == 0)
        return 0;
    number_map m;
    bool mapped = map_init(&m, page, k);
    chain_state st = {.value = malloc(page->n_lines * sizeof(double)),
                      .prev = malloc(page->n_lines * sizeof(size_t))};
    if (!mapped || !st.value || !st.prev) {
        free(m.numbers), free(m.slots), free(st.value), free(st.prev);
        return 0;
    }

    /* A candidate enters the map only once a non-blank line follows it,
     * so that the line right after it can be charged an empty answer. */
    size_t pending = SIZE_MAX, end = SIZE_MAX;
    double end_value = 0;
    const text_line *before[2] = {NULL, NULL}; /* the content lines before */
    for (size_t i = 0; i < page->n_lines; i++) {
        const text_line *l = &page->lines[i];
        if (l->kind == LINE_BLANK)
            continue;
        bool candidate = l->kind == LINE_NUMBERED && !l->toc;
        if (candidate) {
            bool under_heading = before[0] && heading_like(before[0]) &&
                                 before[1] && body_like(before[1]);
            extend(page, &m, &st, i, pending, under_heading, heading_weight);
            if (st.value[i] > end_value) {
                end_value = st.value[i];
                end = i;
            }
        }
        if (pending != SIZE_MAX)
            map_offer(&m, page->lines[pending].number, st.value[pending],
                      pending);
        before[1] = before[0];
        before[0] = l;
        pending = candidate ? i : SIZE_MAX;
        if (candidate && l->inline_question) { /* its answer is on its line */
            map_offer(&m, l->number, st.value[i], i);
            pending = SIZE_MAX;
        }
    }

    size_t len = 0;
    for (size_t i = end; i != SIZE_MAX; i = st.prev[i]) {
        len++;
        *asking += text_ends_question(page->lines[i].text,
                                      page->lines[i].text_len) ||
                   page->lines[i].question_mark ||
                   page->lines[i].inline_question > 0;
        if (mark)
            page->lines[i].is_question = true;
    }
    free(m.numbers);
    free(m.slots);
    free(st.value);
    free(st.prev);
    return len;
}

/* ---- unnumbered questions --------------------------------------------- */

static size_t next_content(const text_page *page, size_t i);

static bool same_bullet(const text_line *a, const text_line *b)
{
    return a->kind == LINE_BULLET && b->kind == LINE_BULLET &&
           a->raw[0] == b->raw[0];
}

/* A short line ending in '?' that stands as a paragraph of its own, or a
 * bulleted one that an answer (not another bullet) follows; with_inline, a
 * paragraph that opens with its question (inline_question()). */
/* Does a sentence end before the last one in s ("It may be. Who
 * decides?")? */
static bool several_sentences(const char *s, size_t len)
{
    for (size_t i = 0; i + 2 < len; i++)
        if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ' &&
            text_starts_upper(s + i + 2, len - i - 2))
            return true;
    return false;
}

/* Is line i, which ends in '?', the answer to the question on the content
 * line before it?  A paragraph of several sentences that closes with a
 * question of its own ("A parent could be detained. Who will pick up the
 * children?") right under a one-sentence question answers it. */
static bool answers_the_line_before(const text_page *page, size_t i)
{
    const text_line *l = &page->lines[i];
    if (l->kind != LINE_TEXT || !several_sentences(l->text, l->text_len))
        return false;
    size_t p = i;
    while (p > 0 && page->lines[p - 1].kind == LINE_BLANK)
        p--;
    if (p == 0)
        return false;
    const text_line *q = &page->lines[p - 1];
    return (q->kind == LINE_TEXT || q->kind == LINE_BULLET) &&
           text_ends_question(q->text, q->text_len) &&
           !several_sentences(q->text, q->text_len) &&
           text_words(q->text, q->text_len) <= UNNUMBERED_MAX_WORDS;
}

static bool unnumbered_question(const text_page *page, size_t i,
                                bool with_inline)
{
    const text_line *l = &page->lines[i];
    if (with_inline && l->kind == LINE_TEXT && inline_question(l))
        return true;
    if (l->kind == LINE_NUMBERED && l->question_mark && l->number == 0)
        return true; /* "Q: ...": a question by its marker */
    if (l->kind == LINE_BULLET) {
        /* alone, not one of a run of bullets with the same marker */
        size_t next = next_content(page, i), prev = i;
        while (prev > 0 && page->lines[prev - 1].kind == LINE_BLANK)
            prev--;
        if ((next < page->n_lines && same_bullet(l, &page->lines[next])) ||
            (prev > 0 && same_bullet(l, &page->lines[prev - 1])))
            return false;
    } else if (l->kind != LINE_TEXT) {
        return false;
    }
    return text_ends_question(l->text, l->text_len) &&
           text_words(l->text, l->text_len) <= UNNUMBERED_MAX_WORDS &&
           !answers_the_line_before(page, i);
}

/* The line where the unnumbered question ending on line i starts: i, or
 * the line before when the question wraps onto line i ("What should I do
 * if an officer asks about\na student?"): a paragraph's first line, right
 * before it, with no end punctuation, where line i goes on in lower case
 * or the line before asks (an interrogative first word) and line i does
 * not ("How It Works" over "Who can apply?" is a heading).  The page's first
 * line never starts a question: it is the title. */
static size_t question_start(const text_page *page, size_t i)
{
    const text_line *l = &page->lines[i];
    if (i < 2 || l->kind != LINE_TEXT)
        return i; /* the page's first line is its title */
    const text_line *p = &page->lines[i - 1];
    if (p->kind != LINE_TEXT || text_ends_sentence(p->raw, p->raw_len) ||
        p->raw[p->raw_len - 1] == ',' ||
        page->lines[i - 2].kind != LINE_BLANK ||
        text_words(p->raw, p->raw_len) + text_words(l->raw, l->raw_len) >
            UNNUMBERED_MAX_WORDS)
        return i;
    int32_t cp;
    qa_utf8_next(l->raw, l->raw_len, &cp);
    bool goes_on = qa_is_lower_cp(cp) ||
                   (is_interrogative(p->raw, p->raw_len) &&
                    !is_interrogative(l->raw, l->raw_len));
    return goes_on ? i - 1 : i;
}

/* Is the page's first line (first), a question, its title?  It is in
 * Title Case where the page's other questions are not ("Do Immigrants Have
 * to Pay Taxes?" over "Do undocumented immigrants have to file?"). */
static bool question_title(const text_page *page, size_t first,
                           bool with_inline)
{
    if (first == page->n_lines ||
        !unnumbered_question(page, first, with_inline) ||
        !title_case(page->lines[first].raw, page->lines[first].raw_len))
        return false;
    size_t others = 0, titled = 0;
    for (size_t i = first + 1; i < page->n_lines; i++)
        if (unnumbered_question(page, i, with_inline)) {
            others++;
            titled += title_case(page->lines[i].raw, page->lines[i].raw_len);
        }
    return others > 0 && 2 * titled < others;
}

static size_t mark_unnumbered(text_page *page, bool with_inline, bool mark)
{
    size_t n = 0, first = 0;
    while (first < page->n_lines && page->lines[first].kind == LINE_BLANK)
        first++;
    bool titled = question_title(page, first, with_inline);
    for (size_t i = 0; i < page->n_lines; i++) {
        if (!unnumbered_question(page, i, with_inline))
            continue;
        /* A first "question" followed straight by another is the page's
         * title ("What Are the Rules?"), not a question without answer;
         * so is one that stands out in Title Case (question_title()). */
        size_t next = next_content(page, i);
        if (n == 0 && ((next < page->n_lines &&
                        unnumbered_question(page, next, false)) ||
                       (titled && i == first)))
            continue;
        n++;
        if (mark) {
            text_line *l = &page->lines[i];
            size_t start = question_start(page, i);
            if (start != i) {
                page->lines[start].is_question = true;
                page->lines[start].wraps = true;
                continue;
            }
            l->is_question = true;
            if (with_inline && l->kind == LINE_TEXT)
                l->inline_question = inline_question(l);
        }
    }
    return n;
}

/* ---- unnumbered headings ---------------------------------------------- */

/* Is l a later copy of one of the page's first two lines (breadcrumb,
 * title)?  read_header() drops those. */
static bool repeats(const text_line *l, const text_line *const top[2])
{
    for (size_t k = 0; k < 2; k++)
        if (top[k] && top[k] != l && top[k]->raw_len == l->raw_len &&
            memcmp(top[k]->raw, l->raw, l->raw_len) == 0)
            return true;
    return false;
}

/* Is line i the start of body text that the page's end cut short: its
 * last line, with no final newline, a few words into a sentence? */
static bool cut_short(const text_page *page, size_t i)
{
    return !page->ends_with_newline && next_content(page, i) == page->n_lines &&
           page->lines[i].kind == LINE_TEXT;
}

/* The last resort of a page that asks nothing: its sections, headed by
 * short lines without a number or question mark ("Advance Parole
 * Requirement"), each between body text before it and body text after
 * it.  A heading needs body before it, so the breadcrumb and the title,
 * which open the page, and a run of two such lines are never headings.
 * Two headings at least, or the page has no sections. */
static size_t mark_headings(text_page *page, bool mark)
{
    size_t n = 0, seen = 0;
    const text_line *prev = NULL, *top[2] = {NULL, NULL};
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->kind == LINE_BLANK || repeats(l, top))
            continue; /* the title repeated as a running header */
        if (seen < 2)
            top[seen++] = l;
        size_t next = next_content(page, i);
        if (prev && body_like(prev) && heading_like(l) &&
            next < page->n_lines &&
            (body_like(&page->lines[next]) || cut_short(page, next))) {
            n++;
            l->is_question = mark;
        }
        prev = l;
    }
    return n >= 2 ? n : 0;
}

/* A heading that names a table of contents: "Table of Contents",
 * "Contents:", "On this page". */
static bool toc_heading(const text_line *l)
{
    static const char *const names[] = {
        "table of contents", "contents", "on this page", "in this article",
        "in this guide", "jump to", "jump to section", "quick links"};
    size_t len = l->raw_len;
    if (len > 0 && l->raw[len - 1] == ':')
        len--;
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (strlen(names[k]) == len && strncasecmp(l->raw, names[k], len) == 0)
            return true;
    return false;
}

static int by_text_then_place(const void *a, const void *b)
{
    const text_line *x = *(const text_line *const *)a;
    const text_line *y = *(const text_line *const *)b;
    size_t n = x->text_len < y->text_len ? x->text_len : y->text_len;
    int c = memcmp(x->text, y->text, n);
    if (c == 0 && x->text_len != y->text_len)
        c = x->text_len < y->text_len ? -1 : 1;
    return c ? c : (x > y) - (x < y);
}

/* Marks the entries of a table of contents: two or more numbered question
 * lines in a row, each asked again in a later numbered line, or under a
 * "Table of Contents" heading a first entry given again later, and the
 * entries that follow them in order.  The numbered lines sorted by text
 * (n log n, whatever the texts) find the repeats, a pass the runs, a third
 * their continuation. */
static void mark_toc(text_page *page)
{
    size_t k = 0;
    for (size_t i = 0; i < page->n_lines; i++)
        k += page->lines[i].kind == LINE_NUMBERED;
    if (k < 4)
        return; /* a table of contents and its questions: two of each */
    text_line **v = malloc(k * sizeof *v);
    if (!v)
        return;
    k = 0;
    for (size_t i = 0; i < page->n_lines; i++)
        if (page->lines[i].kind == LINE_NUMBERED && page->lines[i].text_len > 0)
            v[k++] = &page->lines[i];
    qsort(v, k, sizeof *v, by_text_then_place);
    /* asked again further down: the next of the same text is later */
    for (size_t j = 0; j < k; j++)
        v[j]->toc = j + 1 < k && v[j + 1]->text_len == v[j]->text_len &&
                    memcmp(v[j + 1]->text, v[j]->text, v[j]->text_len) == 0;
    free(v);
    /* Keep only runs: a repeated question whose next (or previous) line is
     * another one.  A question asked twice on a page, its answer starting
     * with a list, is no table of contents.  Under a heading that names
     * the table, its first entry is enough, question or heading. */
    bool prev_run = false, prev_heading = false;
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->kind == LINE_BLANK)
            continue;
        size_t next = next_content(page, i);
        const text_line *n = next < page->n_lines ? &page->lines[next] : NULL;
        bool run = l->toc && text_ends_question(l->text, l->text_len);
        bool next_run = n && n->toc && text_ends_question(n->text, n->text_len);
        bool kept = (run && (prev_run || next_run)) || (l->toc && prev_heading);
        prev_run = run;
        prev_heading = toc_heading(l);
        l->toc = kept;
    }
    /* A table of contents goes on past the questions that the page's end
     * cut off: the numbered lines that follow its entries in order. */
    for (size_t i = 0; i < page->n_lines; i++) {
        const text_line *l = &page->lines[i];
        size_t next = next_content(page, i);
        if (!l->toc || next == page->n_lines)
            continue;
        text_line *n = &page->lines[next];
        if (n->kind == LINE_NUMBERED && n->number == l->number + 1)
            n->toc = true;
    }
}

/* Marks the runs of numbered lines that a line ending in ':' opens inside
 * the answers ("... ask themselves the following questions:", then "1.
 * Have I ...?" "2. Have I ...?"): items of a list, however much they read
 * like questions.  Before the page's first numbered line, a colon opens
 * the questions themselves ("Answers to common questions:"). */
static void mark_introduced(text_page *page)
{
    bool seen_numbered = false, run = false;
    const text_line *prev = NULL;
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->kind == LINE_BLANK)
            continue;
        if (l->kind == LINE_NUMBERED) {
            run = run || (seen_numbered && prev && prev->kind == LINE_TEXT &&
                          prev->raw_len > 0 &&
                          prev->raw[prev->raw_len - 1] == ':');
            l->introduced = run;
            seen_numbered = true;
        } else {
            run = false;
        }
        prev = l;
    }
}

/* On a page that asks in unnumbered Title Case lines, the page's last
 * line, standing alone and cut off before its "?" ("Can Immigrants Attend
 * Public Colleges in Nev"), is its last question.  Returns 1 if it is. */
static size_t mark_cut_question(text_page *page)
{
    size_t end = page->n_lines;
    while (end > 0 && page->lines[end - 1].kind == LINE_BLANK)
        end--;
    if (page->ends_with_newline || end < 2)
        return 0;
    text_line *l = &page->lines[end - 1];
    if (l->kind != LINE_TEXT || l->is_question ||
        page->lines[end - 2].kind != LINE_BLANK ||
        text_ends_sentence(l->raw, l->raw_len) ||
        !is_interrogative(l->raw, l->raw_len) ||
        !title_case(l->raw, l->raw_len))
        return 0;
    size_t questions = 0, titled = 0;
    for (size_t i = 0; i < end; i++)
        if (page->lines[i].is_question) {
            questions++;
            titled += title_case(page->lines[i].raw, page->lines[i].raw_len);
        }
    if (questions < 2 || 2 * titled <= questions)
        return 0;
    l->is_question = true;
    return 1;
}

size_t segment_questions(text_page *page)
{
    mark_toc(page);
    mark_introduced(page);
    /* Questions with their answers on the same line are how a page asks
     * only when it has more of them than numbered lines that end in '?':
     * on a page of "1. What ...?" lines, "1. Is it due? Check the date."
     * is a list item. */
    size_t ending = 0, inline_asking = 0, inline_text = 0;
    for (size_t i = 0; i < page->n_lines; i++) {
        const text_line *l = &page->lines[i];
        if (l->kind == LINE_NUMBERED) {
            ending += text_ends_question(l->text, l->text_len);
            inline_asking += inline_question(l) > 0;
        } else if (l->kind == LINE_TEXT) {
            inline_text += inline_question(l) > 0;
        }
    }
    for (size_t i = 0; i < page->n_lines; i++)
        if (page->lines[i].kind == LINE_NUMBERED)
            measure(&page->lines[i], inline_asking > ending);
    size_t asking;
    size_t first = best_chain(page, W_HEADING_NEUTRAL, false, &asking);
    double heading = 2 * asking >= first ? W_HEADING_ITEM : W_HEADING_PAGE;
    size_t numbered = best_chain(page, heading, false, &asking);
    /* Unnumbered paragraphs that open with their question, by the same
     * rule as numbered ones: where they outnumber the lines that ask. */
    size_t unnumbered = mark_unnumbered(page, false, false);
    bool with_inline = inline_text > unnumbered && inline_text > asking;
    if (with_inline)
        unnumbered = mark_unnumbered(page, true, false);

    /* A page asks its questions one way: whichever reading explains more
     * question lines wins. */
    if (unnumbered > asking && unnumbered >= numbered) {
        size_t n = mark_unnumbered(page, with_inline, true);
        return n + mark_cut_question(page);
    }
    if (numbered == 0 && unnumbered == 0 && mark_headings(page, false))
        return mark_headings(page, true);
    return best_chain(page, heading, true, &asking);
}
