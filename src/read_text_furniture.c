/* read_text_furniture.c - the site around the page, which scraping carries
 * along with it.  Its lines are no questions and no answer text: each
 * becomes LINE_JUNK, with a note.
 *   - Anywhere: "Back to top", "Was this page helpful?" and its "Yes No",
 *     "Share this", "Print this page", the "Skip to main content" link, an
 *     accordion's "Show answer" and "Expand all" toggles, a "Related
 *     articles" or "Also read:" heading with the list of links under it,
 *     "Advertisement", a newsletter's sign-up box, a photo's credit.
 *   - At the page's top, before anything else: the header's "Menu" and
 *     "Search", and a cookie consent banner with its buttons.
 *   - After the content: related posts, "People also ask", the author's
 *     box and the comments, from their heading to the page's end where no
 *     question with its answer follows; and the footer's last lines
 *     ("Privacy Policy | Terms of Use", "© 2024 ...", "Contact Us"). */
#include "read_text.h"
#include "lang/lang.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* Lines this long or longer hold more than a link or a button. */
enum { WORDS_CAP = 64 };

/* The words of s[0..len) in lower case, without the digits, symbols and
 * punctuation around them ("↑ Back to top" -> "back to top", "Política
 * de privacidad" -> "política de privacidad"), in buf. */
static const char *bare_words(const char *s, size_t len, char *buf, size_t cap)
{
    size_t n = 0;
    bool space = false;
    for (size_t i = 0; i < len;) {
        int32_t cp;
        i += qa_utf8_next(s + i, len - i, &cp);
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t w = utf8proc_encode_char(utf8proc_tolower(cp), enc);
            if (n + (space && n > 0) + (size_t)w + 1 > cap)
                break;
            if (space && n > 0)
                buf[n++] = ' ';
            memcpy(buf + n, enc, (size_t)w);
            n += (size_t)w;
            space = false;
        } else if (cp == ' ' || cp == '|' || cp == '/' || cp == '\t' ||
                   cat == UTF8PROC_CATEGORY_ZS) {
            space = true;
        } /* digits, symbols and punctuation vanish */
    }
    buf[n] = '\0';
    return buf;
}

/* The bare words of line l, or of its link's text where the line is one
 * Markdown link ("[Back to FAQ index](#faq-index)"); "" for a line too
 * long for a link or a button. */
static const char *line_words(const text_line *l, char *buf, size_t cap)
{
    size_t text = 0, len = l->raw_len;
    qa_link_text(l->raw, l->raw_len, &text, &len);
    return len < cap ? bare_words(l->raw + text, len, buf, cap) : "";
}

static bool has_ci(const char *s, size_t len, const char *part)
{
    size_t n = strlen(part);
    for (size_t i = 0; i + n <= len; i++)
        if (strncasecmp(s + i, part, n) == 0)
            return true;
    return false;
}

static bool starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* ---- what each line is -------------------------------------------------- */

/* Headings of what a site puts after the page's content; kinds are
 * qa_lang_furniture(w). */
static bool trailer_heading(const char *w, unsigned kinds)
{
    return (kinds & QA_TRAILER) || starts_with(w, "thoughts on ") ||
           starts_with(w, "one thought on ") ||
           starts_with(w, "responses to ") ||
           starts_with(w, "one response to ");
}

/* A cookie consent banner's text, or one of its buttons. */
static bool consent(const text_line *l, const char *w)
{
    if (qa_lang_furniture(w) & QA_CONSENT)
        return true;
    const char *s = l->raw;
    size_t n = l->raw_len;
    return has_ci(s, n, "cookies") &&
           (has_ci(s, n, "we use") || has_ci(s, n, "uses cookies") ||
            has_ci(s, n, "accept") || has_ci(s, n, "agree") ||
            has_ci(s, n, "consent"));
}

static bool footer_link(const char *s, size_t len)
{
    char buf[WORDS_CAP];
    return len < sizeof buf &&
           (qa_lang_furniture(bare_words(s, len, buf, sizeof buf)) & QA_FOOTER);
}

/* A footer line: the copyright, or links to the site's own pages, alone
 * or in a row ("Privacy Policy | Terms of Use · Accessibility"). */
static bool footer(const text_line *l, const char *w)
{
    const char *s = l->raw;
    size_t n = l->raw_len;
    if (strncmp(s, "\xC2\xA9", 2) == 0 || starts_with(w, "copyright ") ||
        has_ci(s, n, "all rights reserved"))
        return true;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        size_t sep = i == n                             ? 1
                     : s[i] == '|'                      ? 1
                     : strncmp(s + i, "\xC2\xB7", 2) == 0     ? 2 /* · */
                     : strncmp(s + i, "\xE2\x80\xA2", 3) == 0 ? 3 /* • */
                                                        : 0;
        if (!sep)
            continue;
        if (!footer_link(s + start, i - start))
            return false;
        start = i + sep;
        i = start - 1;
    }
    return true;
}

/* Does the word (len bytes) name a month, or join a date's parts ("de",
 * "le", "em"), in some language? */
static bool date_word(const char *w, size_t len)
{
    for (size_t k = 0; qa_langs[k]; k++) {
        const qa_lang *g = qa_langs[k];
        if (qa_lang_has(g->months, g->n_months, w, len) ||
            qa_lang_has(g->open_words, g->n_open_words, w, len))
            return true;
    }
    return false;
}

/* A date stamp: "Updated: 03/14/2024", "Last reviewed: March 3, 2024",
 * "Actualizado: 3 de marzo de 2024": a stamp's label, then the date. */
static bool date_stamp(const text_line *l, const char *w)
{
    bool digits = false;
    for (size_t i = 0; i < l->raw_len && !digits; i++)
        digits = l->raw[i] >= '0' && l->raw[i] <= '9';
    if (!digits || !memchr(l->raw, ':', l->raw_len))
        return false;
    char stamp[WORDS_CAP];
    size_t n = strlen(w);
    if (n >= sizeof stamp)
        return false;
    memcpy(stamp, w, n + 1);
    for (char *last;; *last = '\0') { /* the date's words go */
        if (qa_lang_furniture(stamp) & QA_STAMP)
            return true;
        last = strrchr(stamp, ' ');
        if (!last || !date_word(last + 1, strlen(last + 1)))
            return false;
    }
}

/* A photo's caption with its credit: "The entrance. (Photo: J. Doe/AP)",
 * "Photo by J. Doe". */
static bool photo_credit(const text_line *l)
{
    static const char *const credits[] = {
        "photo:", "photo by ", "photo credit", "photograph:", "image:",
        "image by ", "image credit", "credit:", "foto:"};
    const char *s = l->raw;
    size_t len = l->raw_len, open = len;
    if (len == 0 || (!strchr("pPiIcCfF", s[0]) && s[len - 1] != ')'))
        return false; /* no credit's first letter, no parenthesis */
    if (s[len - 1] == ')')
        while (open > 0 && s[open - 1] != '(')
            open--;
    for (size_t k = 0; k < sizeof credits / sizeof *credits; k++) {
        size_t n = strlen(credits[k]);
        if ((len >= n && strncasecmp(s, credits[k], n) == 0) ||
            (open > 0 && open < len && len - open >= n &&
             strncasecmp(s + open, credits[k], n) == 0))
            return true;
    }
    return false;
}

/* ---- dropping ---------------------------------------------------------- */

static void drop_line(text_page *page, text_line *l)
{
    l->kind = LINE_JUNK;
    qa_diag_add(page->doc, QA_INFO, "site-furniture", l->lineno,
                "dropped a line of the site around the page: \"%.*s\"",
                (int)l->raw_len, l->raw);
}

/* Drops lines [from, end): what the site put after the page's content. */
static void drop_rest(text_page *page, size_t from)
{
    size_t n = 0;
    for (size_t i = from; i < page->n_lines; i++)
        if (page->lines[i].kind != LINE_BLANK) {
            page->lines[i].kind = LINE_JUNK;
            n++;
        }
    const text_line *l = &page->lines[from];
    qa_diag_add(page->doc, QA_INFO, "site-furniture", l->lineno,
                "dropped %zu lines of the site after the page's content, "
                "from \"%.*s\"", n, (int)l->raw_len, l->raw);
}

/* Does line l answer a question on the line before: a sentence, or
 * eight words or more, and no question itself? */
static bool answers(const text_line *l)
{
    return l->kind == LINE_TEXT && !text_ends_question(l->raw, l->raw_len) &&
           (text_ends_sentence(l->raw, l->raw_len) ||
            text_words(l->raw, l->raw_len) >= 8);
}

/* The last line that opens content of the page's own: a numbered line, or
 * a question answered on the next line; n_lines where there is none. */
static size_t last_content(const text_page *page)
{
    size_t last = page->n_lines, question = page->n_lines;
    for (size_t i = 0; i < page->n_lines; i++) {
        const text_line *l = &page->lines[i];
        if (l->kind == LINE_BLANK || l->kind == LINE_JUNK)
            continue;
        if (question < page->n_lines && answers(l))
            last = question;
        question = page->n_lines;
        if (l->kind == LINE_NUMBERED)
            last = i;
        else if (l->kind == LINE_TEXT && text_ends_question(l->raw, l->raw_len))
            question = i;
    }
    return last;
}

/* The footer's lines and a consent banner, read up from the page's end. */
static void drop_footer(text_page *page)
{
    for (size_t i = page->n_lines; i-- > 0;) {
        text_line *l = &page->lines[i];
        if (l->kind == LINE_BLANK || l->kind == LINE_JUNK)
            continue;
        char buf[WORDS_CAP];
        const char *w = line_words(l, buf, sizeof buf);
        if (!footer(l, w) && !consent(l, w))
            return;
        drop_line(page, l);
    }
}

/* A newsletter's sign-up box: its button ("Subscribe", "Sign up") in a
 * short block of lines that asks for an email address. */
static void drop_signup(text_page *page, size_t button)
{
    enum { BOX_LINES = 6 };
    size_t from = button, to = button + 1;
    while (from > 0 && button - from < BOX_LINES &&
           page->lines[from - 1].kind != LINE_BLANK)
        from--;
    while (to < page->n_lines && to - from <= BOX_LINES &&
           page->lines[to].kind != LINE_BLANK)
        to++;
    if (to - from > BOX_LINES ||
        (from > 0 && page->lines[from - 1].kind != LINE_BLANK))
        return;
    bool asks = false;
    for (size_t i = from; i < to; i++) {
        const text_line *l = &page->lines[i];
        asks = asks || has_ci(l->raw, l->raw_len, "newsletter") ||
               has_ci(l->raw, l->raw_len, "email") ||
               has_ci(l->raw, l->raw_len, "inbox");
    }
    for (size_t i = from; i < to && asks; i++)
        if (page->lines[i].kind != LINE_JUNK)
            drop_line(page, &page->lines[i]);
}

bool site_link(const text_line *l)
{
    char buf[WORDS_CAP];
    return qa_lang_furniture(line_words(l, buf, sizeof buf)) & (QA_HEADER | QA_FOOTER);
}

bool names_faq(const text_line *l)
{
    char buf[2 * WORDS_CAP];
    return l->raw_len < sizeof buf &&
           qa_lang_names_faq(bare_words(l->raw, l->raw_len, buf, sizeof buf));
}

bool furniture_phrases_sorted(void)
{
    for (size_t k = 0; qa_langs[k]; k++) {
        const qa_lang *g = qa_langs[k];
        for (size_t i = 1; i < g->n_furniture; i++)
            if (strcmp(g->furniture[i - 1].words, g->furniture[i].words) >= 0)
                return false;
    }
    return true;
}

void drop_furniture(text_page *page)
{
    size_t content = last_content(page);
    bool in_links = false, top = true;
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->kind == LINE_BLANK) {
            in_links = false;
            continue;
        }
        char buf[WORDS_CAP];
        const char *w = line_words(l, buf, sizeof buf);
        bool heading = false, drop = false;
        if (*w) { /* a line short enough for a link or a button */
            unsigned kinds = qa_lang_furniture(w);
            if (trailer_heading(w, kinds) &&
                (content == page->n_lines || content <= i)) {
                drop_rest(page, i);
                break;
            }
            if (kinds & QA_SIGNUP) {
                drop_signup(page, i);
                if (l->kind == LINE_JUNK)
                    continue;
            }
            heading = (kinds & QA_LINKS) || starts_with(w, "also read ");
            drop = heading || (kinds & QA_CHROME) || date_stamp(l, w) ||
                   (starts_with(w, "was this ") && strstr(w, " helpful")) ||
                   (top && (kinds & QA_HEADER));
        }
        drop = drop || photo_credit(l) || (top && consent(l, w)) ||
               (in_links && l->kind == LINE_BULLET);
        in_links = heading || (in_links && l->kind == LINE_BULLET);
        top = top && drop;
        if (drop)
            drop_line(page, l);
    }
    drop_footer(page);
}
