/* read_text_header.c - breadcrumb, title and preamble of a raw page.
 *
 * The lines before the first question are the page's header.  The first
 * may be a breadcrumb (src/breadcrumb.c), the next short line is the title,
 * anything else is preamble.  A first line of one to three words that a
 * longer title line follows ("Politics", then "State Responses to TPS
 * Terminations") is a breadcrumb of one category.  A breadcrumb scraped
 * one crumb per line comes with its separators on lines of their own
 * ("Home", ">", "Immigration") or under a label ("Categories", then a
 * crumb a line). */
#include "read_text.h"
#include "text.h"

#include <string.h>
#include <strings.h>

#define TITLE_MAX_WORDS 25
#define MAX_CRUMB_LINES 16

static bool title_like(const text_line *l)
{
    return l->kind == LINE_TEXT &&
           text_words(l->raw, l->raw_len) <= TITLE_MAX_WORDS;
}

/* Does l read as the title under first, a line too short for one: a
 * title line with more words, no sentence ending? */
static bool titles(const text_line *l, const text_line *first)
{
    return title_like(l) && !text_ends_sentence(l->raw, l->raw_len) &&
           text_words(l->raw, l->raw_len) >
               text_words(first->raw, first->raw_len);
}

/* A title on two lines: the first stops after a colon, a comma or a word
 * such as "of" ("Know Your Rights:" / "What to Do If Agents Come"), and
 * the next line, right under it, reads as the rest of a title. */
static bool title_goes_on(const text_line *t, const text_line *next)
{
    bool open = t->raw[t->raw_len - 1] == ':' ||
                text_ends_open(t->raw, t->raw_len);
    return open && title_like(next) &&
           !text_ends_sentence(next->raw, next->raw_len) &&
           text_words(t->raw, t->raw_len) +
                   text_words(next->raw, next->raw_len) <=
               TITLE_MAX_WORDS;
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

/* Is crumb the title cut short with an ellipsis ("DACA and Licenses in
 * Cal…", "... in Cal...")? */
static bool cut_title(const char *crumb, const char *title)
{
    size_t n = strlen(crumb);
    if (n < 3 || (memcmp(crumb + n - 3, "\xE2\x80\xA6", 3) != 0 &&
                  memcmp(crumb + n - 3, "...", 3) != 0))
        return false;
    n -= 3;
    while (n > 0 && crumb[n - 1] == ' ')
        n--;
    return n >= 3 && n < strlen(title) && strncasecmp(crumb, title, n) == 0;
}

/* A breadcrumb that ends in the page's own title ("Home > DACA > DACA
 * Renewal FAQ", then "DACA Renewal FAQ"), whole or cut short, names the
 * page last, not a category. */
void drop_page_crumb(qa_doc *doc)
{
    size_t n = doc->n_categories;
    if (n > 0 && (strcasecmp(doc->categories[n - 1], doc->title) == 0 ||
                  cut_title(doc->categories[n - 1], doc->title)))
        doc->n_categories--;
}

/* Is s[0..len) a separator between a title and a site's name: a space,
 * one to three symbols or dashes, a space (" | ", " - ", " — ", " :: ")?
 * A browser's title separates with a bar, a dash, a dot or colons; only
 * a breadcrumb with "»" or ">" (any when !strict). */
static bool name_separator(const char *s, size_t len, bool strict)
{
    if (len < 3 || s[0] != ' ' || s[len - 1] != ' ')
        return false;
    size_t symbols = 0;
    for (size_t i = 1; i + 1 < len;) {
        int32_t cp;
        i += qa_utf8_next(s + i, len - 1 - i, &cp);
        bool title = cp == '|' || cp == ':' || cp == '-' || cp == 0x2013 ||
                     cp == 0x2014 || cp == 0x00B7;
        if (!title && (strict || (!qa_is_bullet_cp(cp) && cp != '/')))
            return false;
        symbols++;
    }
    return symbols >= 1 && symbols <= 3;
}

static bool contains(const char *s, size_t len, const char *part, size_t n)
{
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(s + i, part, n) == 0)
            return true;
    return false;
}

/* Is first the page's title as a browser shows it, with the site's name
 * ("DACA FAQs | Dream Center | Lakeview College", "Legal Aid - DACA
 * FAQs"), over the page's own heading (next)?  It names no categories.
 * Where the heading comes last, one separator only, that of a title: "A
 * | B | DACA FAQs" and "A » DACA FAQs" are breadcrumbs ending in the
 * page. */
static bool site_title(const text_line *first, const text_line *next)
{
    if (next->kind != LINE_TEXT || next->raw_len >= first->raw_len ||
        text_words(next->raw, next->raw_len) < 2)
        return false;
    const char *f = first->raw;
    size_t n = next->raw_len, rest = first->raw_len - n;
    bool leads = strncasecmp(f, next->raw, n) == 0;
    bool ends = strncasecmp(f + rest, next->raw, n) == 0;
    for (size_t sep = 3; sep < rest && sep <= 14; sep++) {
        const char *at = f + rest - sep;
        if ((leads && name_separator(f + n, sep, false)) ||
            (ends && name_separator(at, sep, true) &&
             !contains(f, rest - sep, at, sep)))
            return true;
    }
    return false;
}

/* The first line from i on that holds something: neither blank nor the
 * site's furniture. */
static size_t next_held(const text_page *page, size_t i, size_t end)
{
    while (i < end && (page->lines[i].kind == LINE_BLANK ||
                       page->lines[i].kind == LINE_JUNK))
        i++;
    return i;
}

/* Lines of a breadcrumb scraped one crumb per line, by what they hold. */
static bool separator_at(const text_page *page, size_t i, size_t end)
{
    return i < end && page->lines[i].kind != LINE_BLANK &&
           qa_breadcrumb_separator_line(page->lines[i].raw,
                                        page->lines[i].raw_len);
}

static bool crumb_at(const text_page *page, size_t i, size_t end)
{
    return i < end && page->lines[i].kind == LINE_TEXT &&
           qa_breadcrumb_crumb_line(page->lines[i].raw, page->lines[i].raw_len);
}

/* Adds the crumbs of lines [from, to) to the page's categories, unless
 * one of them links to the site's own pages ("Home", "About Us",
 * "Contact"): then the lines are the site's menu, and go. */
static void add_crumbs(text_page *page, size_t from, size_t to)
{
    bool menu = false;
    for (size_t k = from; k < to; k++)
        menu |= crumb_at(page, k, to) && site_link(&page->lines[k]);
    for (size_t k = from; k < to; k++) {
        text_line *l = &page->lines[k];
        if (menu && l->kind != LINE_BLANK)
            l->kind = LINE_JUNK;
        else if (crumb_at(page, k, to))
            qa_breadcrumb_add_crumb(page->doc, l->raw, l->raw_len);
    }
    if (menu)
        qa_diag_add(page->doc, QA_INFO, "site-furniture",
                    page->lines[from].lineno, "dropped the site's menu");
}

/* Crumbs from line i on between lines that hold a separator alone
 * ("Home", ">", "Immigration", ">", "TPS"), with blank lines around the
 * separators or without; where there are none, a blank line ends the
 * breadcrumb, even after a separator ("TPS", "/", "").  Returns the line
 * after it, or i when the lines from i are no breadcrumb of two crumbs or
 * more. */
static size_t separated_crumbs(text_page *page, size_t i, size_t end)
{
    bool tight = separator_at(page, i + 1, end);
    size_t last = i, crumbs = 1;
    for (size_t k = i; crumbs < MAX_CRUMB_LINES;) {
        size_t s = next_held(page, k + 1, end);
        if (!separator_at(page, s, end) || (tight && s != k + 1))
            break;
        size_t c = next_held(page, s + 1, end);
        last = s;
        if (tight && c != s + 1)
            break;
        if (!crumb_at(page, c, end))
            return i;
        k = last = c;
        crumbs++;
    }
    if (crumbs < 2)
        return i;
    add_crumbs(page, i, last + 1);
    return last + 1;
}

/* Crumbs one per line under a line that names them ("Categories", "You
 * are here:", "Home"), up to a blank line; the last of two or more is the
 * page's title when no title follows them.  Returns the first line after
 * the crumbs, or i when no crumb follows the label. */
static size_t labelled_crumbs(text_page *page, size_t i, size_t end)
{
    size_t first = next_held(page, i + 1, end), n = first;
    while (crumb_at(page, n, end) && n - first < MAX_CRUMB_LINES)
        n++;
    if (n == first)
        return i;
    size_t after = next_held(page, n, end);
    const text_line *t = &page->lines[after];
    if (after >= end || !title_like(t) ||
        text_ends_sentence(t->raw, t->raw_len)) {
        if (n - first < 2)
            return first; /* the one line under the label is the title */
        n--;
    }
    add_crumbs(page, first, n);
    return n;
}

/* A breadcrumb scraped one crumb per line, from line i on, added to the
 * page's categories.  Returns the line after it, or i when there is
 * none. */
static size_t crumb_lines(text_page *page, size_t i, size_t end)
{
    const text_line *l = &page->lines[i];
    if (l->kind != LINE_TEXT)
        return i;
    size_t next = next_held(page, i + 1, end);
    if (separator_at(page, next, end))
        return separated_crumbs(page, i, end);
    if (!qa_breadcrumb_label_line(l->raw, l->raw_len))
        return i;
    if (crumb_at(page, next, end) &&
        separator_at(page, next_held(page, next + 1, end), end)) {
        size_t after = separated_crumbs(page, next, end);
        return after == next ? i : after;
    }
    return labelled_crumbs(page, i, end);
}

/* A post's category line under its title, among its first lines
 * ("Posted on May 6 by ...", "Posted in: Immigration, DACA"): the page's
 * categories when no breadcrumb gave any.  The line is read, not kept. */
void category_line(text_page *page, size_t from, size_t end)
{
    static const char *const labels[] = {"posted in:", "filed under:",
                                         "categories:", "category:"};
    qa_doc *doc = page->doc;
    size_t i = next_held(page, from, end);
    for (size_t seen = 0; i < end && seen < 3 && doc->n_categories == 0;
         seen++, i = next_held(page, i + 1, end)) {
        text_line *l = &page->lines[i];
        for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
            size_t n = strlen(labels[k]);
            if (l->kind != LINE_TEXT || l->raw_len <= n ||
                strncasecmp(l->raw, labels[k], n) != 0)
                continue;
            char *line = qa_strndup(doc->arena, l->raw, l->raw_len);
            if (qa_breadcrumb_read(doc, line, true))
                l->kind = LINE_JUNK;
            return;
        }
    }
}

/* Records what the header's lines were read as: [crumbs, title) the
 * breadcrumb, [title, body) the title, the rest up to end the preamble. */
static void set_header_roles(text_page *page, size_t crumbs, size_t title,
                             size_t body, size_t end)
{
    for (size_t k = 0; k < end; k++) {
        text_line *l = &page->lines[k];
        if (l->kind == LINE_BLANK)
            l->role = ROLE_BLANK;
        else if (l->kind == LINE_JUNK)
            l->role = ROLE_FURNITURE;
        else
            l->role = k < crumbs ? ROLE_FURNITURE
                      : k < title ? ROLE_BREADCRUMB
                      : k < body  ? ROLE_TITLE
                                  : ROLE_PREAMBLE;
    }
}

void read_header(text_page *page, size_t end)
{
    qa_doc *doc = page->doc;
    size_t i = next_held(page, 0, end);
    if (i < end && page->lines[i].kind == LINE_TEXT) {
        size_t next = next_held(page, i + 1, end);
        if (next < end && site_title(&page->lines[i], &page->lines[next])) {
            page->lines[i].kind = LINE_JUNK;
            qa_diag_add(doc, QA_INFO, "site-title", page->lines[i].lineno,
                        "dropped the title with the site's name over the "
                        "page's own");
            i = next;
        }
    }
    size_t crumbs = i;
    size_t after = i < end ? crumb_lines(page, i, end) : i;
    if (after != i) {
        i = next_held(page, after, end);
    } else if (i < end) {
        size_t next = next_held(page, i + 1, end);
        const text_line *l = &page->lines[i];
        char *line = qa_strndup(doc->arena, l->raw, l->raw_len);
        if (l->kind == LINE_TEXT &&
            (qa_breadcrumb_read(doc, line, next < end) ||
             (next < end && titles(&page->lines[next], l) &&
              qa_breadcrumb_read_single(doc, line)))) {
            mark_repeats(page, end, &page->lines[i]);
            i = next;
        }
    }
    size_t title = i;
    if (i < end && title_like(&page->lines[i])) {
        const text_line *t = &page->lines[i];
        doc->title = qa_strndup(doc->arena, t->raw, t->raw_len);
        drop_page_crumb(doc);
        mark_repeats(page, end, t);
        i++;
        if (i < end && title_goes_on(t, &page->lines[i])) {
            const text_line *more = &page->lines[i++];
            doc->title = qa_printf(doc->arena, "%s %.*s", doc->title,
                                   (int)more->raw_len, more->raw);
        }
    } else {
        doc->title = ""; /* writers that need one use the source's name */
        page->untitled = true;
    }
    set_header_roles(page, crumbs, title, i, end);
    category_line(page, i, end);
    read_blocks(page, i, end, &doc->preamble);
}
