/* read_text_header.c - breadcrumb, title and preamble of a raw page.
 *
 * The lines before the first question are the page's header.  The first
 * may be a breadcrumb: "Categories IllinoisState Regulations and Laws",
 * "PoliticsTemporary Protected Status", "Home > Health > Clinics".  Scraping
 * glues the parts of a breadcrumb together, so a lower-case letter directly
 * followed by an upper-case one ("sS" in "IllinoisState") marks a seam, as
 * does an acronym running into a word ("DACAStatus").  The next short line
 * is the title; anything else is preamble. */
#include "read_text.h"
#include "text.h"

#include <string.h>
#include <strings.h>

#define TITLE_MAX_WORDS 25
#define BREADCRUMB_MAX_WORDS 12
#define MAX_PARTS 16

typedef struct span {
    const char *s;
    size_t len;
} span;

static span trim(const char *s, size_t len)
{
    size_t lead = qa_space_prefix(s, len);
    s += lead;
    len -= lead;
    len -= qa_space_suffix(s, len);
    return (span){s, len};
}

/* Splits at explicit separators (" > ", " / ", " | ", " » ", " › "). */
static size_t split_separators(span in, span *parts)
{
    static const char *const seps[] = {" > ", " / ", " | ", " \xC2\xBB ",
                                       " \xE2\x80\xBA ", " \xE2\x86\x92 "};
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t sl = strlen(seps[k]), n = 0, start = 0;
        for (size_t i = 0; i + sl <= in.len && n < MAX_PARTS - 1; i++)
            if (memcmp(in.s + i, seps[k], sl) == 0) {
                parts[n++] = trim(in.s + start, i - start);
                start = i + sl;
                i += sl - 1;
            }
        if (n > 0) {
            parts[n++] = trim(in.s + start, in.len - start);
            return n;
        }
    }
    return 0;
}

/* Splits at glued seams; each part must start with an upper-case letter
 * and hold at least two letters. */
static size_t split_seams(span in, span *parts)
{
    size_t n = 0, start = 0, i = 0;
    int32_t prev = 0, prev2 = 0;
    while (i < in.len && n < MAX_PARTS - 1) {
        int32_t cp;
        size_t w = qa_utf8_next(in.s + i, in.len - i, &cp);
        bool seam = false;
        if (qa_is_upper_cp(cp) && qa_is_lower_cp(prev))
            seam = true;
        else if (qa_is_upper_cp(cp) && qa_is_upper_cp(prev) &&
                 qa_is_upper_cp(prev2) && i + w + 1 < in.len) {
            /* "DACAStatus": an acronym, then a word of two lower-case
             * letters or more */
            int32_t a, b;
            size_t w2 = qa_utf8_next(in.s + i + w, in.len - i - w, &a);
            qa_utf8_next(in.s + i + w + w2, in.len - i - w - w2, &b);
            seam = qa_is_lower_cp(a) && qa_is_lower_cp(b);
        }
        if (seam) {
            parts[n++] = trim(in.s + start, i - start);
            start = i;
        }
        prev2 = prev;
        prev = cp;
        i += w;
    }
    parts[n++] = trim(in.s + start, in.len - start);
    for (size_t k = 0; k < n; k++) {
        int32_t cp;
        if (parts[k].len < 2)
            return 1;
        qa_utf8_next(parts[k].s, parts[k].len, &cp);
        if (!qa_is_upper_cp(cp))
            return 1;
    }
    return n;
}

/* Every word starts with a capital or is a short joining word. */
static bool reads_as_category(span in)
{
    static const char *const joins[] = {"and", "of", "for", "the", "in",
                                        "on", "to", "&"};
    size_t i = 0;
    while (i < in.len) {
        while (i < in.len && in.s[i] == ' ')
            i++;
        size_t start = i;
        while (i < in.len && in.s[i] != ' ')
            i++;
        if (i == start)
            break;
        int32_t cp;
        qa_utf8_next(in.s + start, i - start, &cp);
        if (qa_is_upper_cp(cp) || (cp >= '0' && cp <= '9'))
            continue;
        bool join = false;
        for (size_t k = 0; k < sizeof joins / sizeof *joins; k++)
            join |= strlen(joins[k]) == i - start &&
                    strncasecmp(in.s + start, joins[k], i - start) == 0;
        if (!join)
            return false;
    }
    return true;
}

/* Reads line l as a breadcrumb; adds its parts as categories and returns
 * true when it is one.  more_lines: a title line follows. */
static bool read_breadcrumb(qa_doc *doc, const text_line *l, bool more_lines)
{
    span in = {l->raw, l->raw_len};
    bool labelled = false;
    static const char *const labels[] = {"categories:", "categories",
                                         "category:", "category"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t n = strlen(labels[k]);
        if (in.len > n && strncasecmp(in.s, labels[k], n) == 0 &&
            (in.s[n] == ' ' || labels[k][n - 1] == ':')) {
            in = trim(in.s + n, in.len - n);
            labelled = true;
            break;
        }
    }
    if (l->kind != LINE_TEXT || text_ends_sentence(in.s, in.len) ||
        text_words(in.s, in.len) > BREADCRUMB_MAX_WORDS)
        return false;

    span parts[MAX_PARTS];
    size_t n = split_separators(in, parts);
    if (n == 0) {
        n = split_seams(in, parts);
        if (n < 2 && !labelled)
            return false;
        if (!labelled && !more_lines && !reads_as_category(in))
            return false; /* a lone line with a seam is more likely a title */
    }
    size_t first = 0;
    if (n > 1 && parts[0].len == 4 && strncasecmp(parts[0].s, "home", 4) == 0)
        first = 1;
    for (size_t k = first; k < n; k++)
        if (parts[k].len > 0)
            qa_doc_add_category(doc, qa_strndup(doc->arena, parts[k].s,
                                                parts[k].len));
    return true;
}

static bool title_like(const text_line *l)
{
    return l->kind == LINE_TEXT &&
           text_words(l->raw, l->raw_len) <= TITLE_MAX_WORDS;
}

/* "03-library-card_faq.txt" -> "03 library card faq" */
static const char *title_from_name(qa_doc *doc, const char *name)
{
    if (!name || strcmp(name, "-") == 0)
        return "Untitled";
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    char *t = qa_strndup(doc->arena, base, len);
    for (char *p = t; *p; p++)
        if (*p == '-' || *p == '_')
            *p = ' ';
    return *t ? t : "Untitled";
}

static bool same_text(const text_line *a, const char *s, size_t len)
{
    return a->raw_len == len && memcmp(a->raw, s, len) == 0;
}

/* Scraped pages repeat the title (or the breadcrumb) as a running header
 * between sections; such lines belong to no answer. */
static void mark_repeats(text_page *page, size_t from, const text_line *line)
{
    for (size_t i = from; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->kind == LINE_TEXT && !l->is_question &&
            same_text(l, line->raw, line->raw_len)) {
            l->kind = LINE_JUNK;
            qa_diag_add(page->doc, QA_INFO, "repeated-header", l->lineno,
                        "dropped a repeat of the page's title or breadcrumb");
        }
    }
}

void read_header(text_page *page, size_t end, const char *name)
{
    qa_doc *doc = page->doc;
    size_t i = 0;
    while (i < end && page->lines[i].kind == LINE_BLANK)
        i++;
    if (i < end) {
        size_t next = i + 1;
        while (next < end && page->lines[next].kind == LINE_BLANK)
            next++;
        if (read_breadcrumb(doc, &page->lines[i], next < end)) {
            mark_repeats(page, end, &page->lines[i]);
            i = next;
        }
    }
    if (i < end && title_like(&page->lines[i])) {
        const text_line *t = &page->lines[i];
        doc->title = qa_strndup(doc->arena, t->raw, t->raw_len);
        mark_repeats(page, end, t);
        i++;
    } else {
        doc->title = title_from_name(doc, name);
    }
    read_blocks(page, i, end, &doc->preamble);
}
