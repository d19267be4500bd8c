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
#include "text.h"

#include <string.h>
#include <strings.h>

/* Lines this long or longer hold more than a link or a button. */
enum { WORDS_CAP = 64 };

/* The words of s[0..len) in lower case, without the symbols and
 * punctuation around them ("↑ Back to top" -> "back to top"), in buf. */
static const char *bare_words(const char *s, size_t len, char *buf, size_t cap)
{
    size_t n = 0;
    bool space = false;
    for (size_t i = 0; i < len && n + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            if (space && n > 0)
                buf[n++] = ' ';
            buf[n++] = (char)(c | 0x20);
            space = false;
        } else if (c == ' ' || c == '|' || c == '/') {
            space = true;
        } else if (c < 0x80 || (c & 0xC0) == 0xC0) {
            space = space || c == '\t'; /* other ASCII and symbols vanish */
        }
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

static bool one_of(const char *s, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(s, list[k]) == 0)
            return true;
    return false;
}

#define ONE_OF(s, list) one_of((s), (list), sizeof(list) / sizeof *(list))

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

/* ---- what each line is ---------------------------------------------------- */

static const char *const chrome[] = {
    "back to top", "top of page", "return to top", "go to top",
    "scroll to top", "yes no", "share", "share this", "share this page",
    "share this article", "share this post", "print", "print this page",
    "email this page", "did this answer your question",
    "skip to main content", "skip to content", "skip navigation",
    "skip to navigation", "show answer", "hide answer", "view answer",
    "see answer", "show more", "show less", "read less", "expand",
    "collapse", "expand all", "collapse all", "open all", "close all",
    "toggle", "click to expand", "back to faq", "back to faqs",
    "back to faq index", "back to questions", "back to all questions",
    "back to the questions", "back to index", "return to faq",
    "return to faqs", "return to questions", "advertisement", "advertisements",
    "advertising", "sponsored", "sponsored content", "story continues below",
    "story continues below advertisement", "article continues below",
    "article continues below advertisement", "continue reading below",
    "scroll to continue with content"};

static const char *const header[] = {
    "menu", "main menu", "open menu", "close menu", "search",
    "toggle navigation", "navigation", "close"};

static const char *const links[] = {
    "related articles", "related posts", "related stories",
    "you may also like", "also read", "read also", "read more"};

/* Headings of what a site puts after the page's content. */
static bool trailer_heading(const char *w)
{
    static const char *const headings[] = {
        "related articles", "related posts", "related stories",
        "related questions", "related reading", "you may also like",
        "you might also like", "more articles", "read next",
        "recent posts", "popular posts", "latest posts", "people also ask",
        "about the author", "about the authors", "comments",
        "leave a reply", "leave a comment", "post a comment",
        "still have questions", "have more questions",
        "have other questions", "need more help"};
    return ONE_OF(w, headings) || starts_with(w, "thoughts on ") ||
           starts_with(w, "one thought on ") ||
           starts_with(w, "responses to ") ||
           starts_with(w, "one response to ");
}

/* A cookie consent banner's text, or one of its buttons. */
static bool consent(const text_line *l, const char *w)
{
    static const char *const buttons[] = {
        "accept", "accept all", "accept cookies", "accept all cookies",
        "allow all", "allow cookies", "allow all cookies", "reject",
        "reject all", "decline", "deny", "got it", "i agree", "agree", "ok",
        "cookie settings", "cookie preferences", "manage cookies",
        "manage preferences", "customize", "save preferences",
        "necessary only", "only necessary"};
    if (ONE_OF(w, buttons))
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
    static const char *const pages[] = {
        "about", "about us", "contact", "contact us", "privacy",
        "privacy policy", "privacy notice", "terms", "terms of use",
        "terms of service", "terms and conditions", "accessibility",
        "accessibility statement", "sitemap", "site map", "disclaimer",
        "cookie policy", "careers", "advertise", "advertise with us"};
    char buf[WORDS_CAP];
    return len < sizeof buf && ONE_OF(bare_words(s, len, buf, sizeof buf),
                                      pages);
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

/* A date stamp: "Updated: 03/14/2024", "Last reviewed: March 3, 2024". */
static bool date_stamp(const text_line *l, const char *w)
{
    static const char *const stamps[] = {
        "updated", "updated on", "last updated", "page last updated",
        "reviewed", "reviewed on", "last reviewed", "page last reviewed",
        "last modified", "published", "published on", "posted on"};
    static const char *const months[] = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec"};
    bool digits = false;
    for (size_t i = 0; i < l->raw_len && !digits; i++)
        digits = l->raw[i] >= '0' && l->raw[i] <= '9';
    if (!digits || !memchr(l->raw, ':', l->raw_len))
        return false;
    char stamp[WORDS_CAP];
    size_t n = strlen(w);
    const char *month = strrchr(w, ' ');
    if (month && ONE_OF(month + 1, months)) /* the date's month goes */
        n = (size_t)(month - w);
    if (n >= sizeof stamp)
        return false;
    memcpy(stamp, w, n);
    stamp[n] = '\0';
    return ONE_OF(stamp, stamps);
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

/* ---- dropping -------------------------------------------------------------- */

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

void drop_furniture(text_page *page)
{
    static const char *const signup[] = {
        "subscribe", "subscribe now", "sign up", "sign up now", "sign me up",
        "join", "join now"};
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
            if (trailer_heading(w) &&
                (content == page->n_lines || content <= i)) {
                drop_rest(page, i);
                break;
            }
            if (ONE_OF(w, signup)) {
                drop_signup(page, i);
                if (l->kind == LINE_JUNK)
                    continue;
            }
            heading = ONE_OF(w, links) || starts_with(w, "also read ");
            drop = heading || ONE_OF(w, chrome) || date_stamp(l, w) ||
                   (starts_with(w, "was this ") && strstr(w, " helpful")) ||
                   (top && ONE_OF(w, header));
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
