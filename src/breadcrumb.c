/* breadcrumb.c - categories from a page's breadcrumb line.
 *
 * Breadcrumbs come as "Categories IllinoisState Regulations and Laws",
 * "PoliticsTemporary Protected Status", "Home > Health > Clinics" (or any
 * other separator: " :: ", " -> ", " • "), or "Categories: Health, Clinics".
 * Scraping glues the parts together, so a lower-case letter directly
 * followed by an upper-case one ("sS" in "IllinoisState") marks a seam, as
 * do an acronym running into a word ("DACAStatus") and an abbreviation
 * running into one ("D.C.State"). */
#include "qaconv.h"
#include "text.h"

#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define BREADCRUMB_MAX_WORDS 12
#define MAX_PARTS 16
#define SINGLE_MAX_WORDS 3 /* a breadcrumb of one category */
#define CRUMB_MAX_WORDS 8  /* one crumb on a line of its own */

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

static bool ends_sentence(span in)
{
    char c = in.s[in.len - 1];
    return c == '.' || c == '!' || c == '?' || c == ';' || c == ':';
}

static size_t words(span in)
{
    size_t n = 0;
    for (size_t i = 0; i < in.len; i++)
        n += in.s[i] != ' ' && (i == 0 || in.s[i - 1] == ' ');
    return n;
}


/* The first crumb that names the site's front page: "Home", "Inicio",
 * "Início", "Accueil", "Akèy", "Trang chủ", "首页". */
static bool is_home(span part)
{
    static const char *const homes[] = {
        "home", "inicio", "in\303\255cio", "accueil", "ak\xC3\xA8y",
        "trang ch\xE1\xBB\xA7", "\xE9\xA6\x96\xE9\xA1\xB5"};
    for (size_t k = 0; k < sizeof homes / sizeof *homes; k++)
        if (part.len == strlen(homes[k]) &&
            strncasecmp(part.s, homes[k], part.len) == 0)
            return true;
    return false;
}

/* Can cp be (part of) a separator between crumbs: ">", "/", "::", "->",
 * "»", "≫", "⟩", "•"?  Punctuation and symbols, but not those that join
 * words ("&", "+") or end clauses. */
static bool separator_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp != 0 && strchr(">/|:\\~-=*#", (int)cp) != NULL;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SO:
        return true;
    default:
        return false;
    }
}

/* The separator token that starts at in.s[i] after a space and ends
 * before one (up to three characters of separator_cp), or 0. */
static size_t separator_at(span in, size_t i)
{
    if (i == 0 || in.s[i - 1] != ' ')
        return 0;
    size_t j = i, chars = 0;
    while (j < in.len && in.s[j] != ' ') {
        int32_t cp;
        size_t w = qa_utf8_next(in.s + j, in.len - j, &cp);
        if (!separator_cp(cp) || ++chars > 3)
            return 0;
        j += w;
    }
    return j < in.len && j > i ? j - i : 0;
}

/* Splits in at every " sep ", for sep at in.s[at, at + len); returns the
 * number of parts. */
static size_t split_at(span in, const char *sep, size_t len, span *parts)
{
    size_t n = 0, start = 0;
    for (size_t i = 1; i + len < in.len && n < MAX_PARTS - 1; i++)
        if (in.s[i - 1] == ' ' && in.s[i + len] == ' ' &&
            memcmp(in.s + i, sep, len) == 0) {
            parts[n++] = trim(in.s + start, i - start);
            start = i + len;
            i += len;
        }
    parts[n++] = trim(in.s + start, in.len - start);
    return n;
}

/* Rank of a separator that splits even once, by preference where a line
 * has several (" > " before " / "), or SIZE_MAX. */
static size_t classic_rank(const char *sep, size_t len)
{
    static const char *const classic[] = {">", "\xC2\xBB", "\xE2\x80\xBA",
                                          "\xE2\x86\x92", "|", "/"};
    for (size_t k = 0; k < sizeof classic / sizeof *classic; k++)
        if (strlen(classic[k]) == len && memcmp(classic[k], sep, len) == 0)
            return k;
    return SIZE_MAX;
}

/* Splits at explicit separators: " > ", " » ", " › ", " → ", " | ",
 * " / " once or more, any other run of up to three punctuation or symbol
 * characters between spaces (" :: ", " -> ", " ≫ ", " • ") twice or
 * more.  Where a line has several, the one that splits it most wins. */
static size_t split_separators(span in, span *parts)
{
    const char *best = NULL;
    size_t best_len = 0, best_n = 0, best_rank = SIZE_MAX;
    span scratch[MAX_PARTS];
    for (size_t i = 1; i < in.len; i++) {
        size_t len = separator_at(in, i);
        if (!len)
            continue;
        size_t n = split_at(in, in.s + i, len, scratch);
        size_t rank = classic_rank(in.s + i, len);
        bool home = n == 2 && is_home(scratch[0]);
        if ((n >= 3 || (n == 2 && (rank != SIZE_MAX || home))) &&
            (n > best_n || (n == best_n && rank < best_rank))) {
            best = in.s + i;
            best_len = len;
            best_n = n;
            best_rank = rank;
        }
        i += len;
    }
    return best ? split_at(in, best, best_len, parts) : 0;
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
        else if (qa_is_upper_cp(cp) && prev == '.' && qa_is_upper_cp(prev2) &&
                 i + w < in.len) {
            /* "D.C.State": an abbreviation, then a word */
            int32_t a;
            qa_utf8_next(in.s + i + w, in.len - i - w, &a);
            seam = qa_is_lower_cp(a);
        }
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

/* "Categories: Immigration, DACA": a labelled list split at its commas
 * or semicolons; 0 when it has none. */
static size_t split_list(span in, span *parts)
{
    size_t n = 0, start = 0;
    for (size_t i = 0; i + 1 < in.len && n < MAX_PARTS - 1; i++)
        if ((in.s[i] == ',' || in.s[i] == ';') && in.s[i + 1] == ' ') {
            parts[n++] = trim(in.s + start, i - start);
            start = i + 1;
        }
    if (n == 0)
        return 0;
    parts[n++] = trim(in.s + start, in.len - start);
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

/* A crumb scraped to Markdown, "[Immigration](/immigration/)": its text. */
static span link_text(span part)
{
    size_t text, len;
    return qa_link_text(part.s, part.len, &text, &len)
               ? trim(part.s + text, len)
               : part;
}

/* A line that ends in an ellipsis, as a crumb cut short does. */
static bool ends_cut(span in)
{
    return in.len >= 3 && memcmp(in.s + in.len - 3, "...", 3) == 0;
}

/* "Home / Immigration / Green Cards /": a separator that ends the line as
 * well as standing between its crumbs goes. */
static span drop_trailing_separator(span in)
{
    size_t i = in.len;
    while (i > 0 && in.s[i - 1] != ' ')
        i--;
    if (i == 0 || i == in.len || in.len - i > 12)
        return in;
    for (size_t k = i; k < in.len;) {
        int32_t cp;
        k += qa_utf8_next(in.s + k, in.len - k, &cp);
        if (!separator_cp(cp))
            return in;
    }
    span head = trim(in.s, i);
    for (size_t k = 1; k + (in.len - i) < head.len; k++)
        if (head.s[k - 1] == ' ' && head.s[k + in.len - i] == ' ' &&
            memcmp(head.s + k, in.s + i, in.len - i) == 0)
            return head;
    return in;
}

/* The words that open a breadcrumb ("Categories: Health, Clinics", "You
 * are here: Home > DACA"). */
static const char *const labels[] = {
    "categories:", "categories", "category:", "category",
    "posted in:", "filed under:",
    "you are here:", "breadcrumbs:", "breadcrumb:",
    /* Spanish, in octal escapes: "categorías:", "está aquí:" */
    "categor\303\255as:", "categor\303\255a:",
    "usted est\303\241 aqu\303\255:", "est\303\241 aqu\303\255:",
    /* French: "vous êtes ici :" */
    "vous \303\252tes ici :", "vous \303\252tes ici:"};

bool qa_breadcrumb_read(qa_doc *doc, const char *line, bool title_follows)
{
    span in = trim(line, strlen(line));
    bool labelled = false;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t n = strlen(labels[k]);
        if (in.len > n && strncasecmp(in.s, labels[k], n) == 0 &&
            (in.s[n] == ' ' || labels[k][n - 1] == ':')) {
            in = trim(in.s + n, in.len - n);
            labelled = true;
            break;
        }
    }
    in = drop_trailing_separator(in);
    if (in.len == 0 || (ends_sentence(in) && !ends_cut(in)) ||
        words(in) > BREADCRUMB_MAX_WORDS)
        return false;

    span parts[MAX_PARTS];
    size_t n = split_separators(in, parts);
    for (size_t k = 0; k < n; k++)
        parts[k] = link_text(parts[k]);
    bool home = n > 1 && is_home(parts[0]);
    if (n > 0 && !labelled && !home && !title_follows)
        return false; /* "DACA FAQs | College Name" alone is a title */
    if (n == 0 && labelled)
        n = split_list(in, parts);
    if (n == 0) {
        n = split_seams(in, parts);
        if (n < 2 && !labelled)
            return false;
        if (!labelled && !title_follows && !reads_as_category(in))
            return false; /* a lone line with a seam is more likely a title */
    }
    size_t first = home ? 1 : 0;
    for (size_t k = first; k < n; k++)
        if (parts[k].len > 0)
            qa_doc_add_category(doc, qa_strndup(doc->arena, parts[k].s,
                                                parts[k].len));
    return true;
}

/* Words that make a short line a page's title rather than its category:
 * "DACA FAQs", "Common Questions". */
static bool names_a_page(span in)
{
    static const char *const words[] = {"faq", "faqs", "question",
                                        "questions", "answers", "guide"};
    for (size_t i = 0; i < in.len;) {
        size_t start = i;
        while (i < in.len && in.s[i] != ' ')
            i++;
        for (size_t k = 0; k < sizeof words / sizeof *words; k++)
            if (strlen(words[k]) == i - start &&
                strncasecmp(in.s + start, words[k], i - start) == 0)
                return true;
        while (i < in.len && in.s[i] == ' ')
            i++;
    }
    return false;
}

bool qa_breadcrumb_read_single(qa_doc *doc, const char *line)
{
    span in = trim(line, strlen(line));
    if (in.len == 0 || ends_sentence(in) || words(in) > SINGLE_MAX_WORDS ||
        !reads_as_category(in) || names_a_page(in))
        return false;
    int32_t cp;
    qa_utf8_next(in.s, in.len, &cp);
    if (!qa_is_upper_cp(cp))
        return false;
    qa_doc_add_category(doc, qa_strndup(doc->arena, in.s, in.len));
    return true;
}

bool qa_breadcrumb_separator_line(const char *line, size_t len)
{
    span in = trim(line, len);
    size_t chars = 0;
    bool rule = true; /* "---", "***", "===": a rule or an underline */
    for (size_t i = 0; i < in.len;) {
        int32_t cp;
        i += qa_utf8_next(in.s + i, in.len - i, &cp);
        if (!separator_cp(cp) || ++chars > 3)
            return false;
        rule &= cp < 0x80 && strchr("-=*#~", (int)cp) != NULL;
    }
    return chars > 0 && !rule;
}

bool qa_breadcrumb_label_line(const char *line, size_t len)
{
    span in = trim(line, len);
    if (is_home(in))
        return true;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
        if (in.len == strlen(labels[k]) &&
            strncasecmp(in.s, labels[k], in.len) == 0)
            return true;
    return false;
}

bool qa_breadcrumb_crumb_line(const char *line, size_t len)
{
    span in = link_text(trim(line, len));
    return in.len > 0 && !ends_sentence(in) &&
           words(in) <= CRUMB_MAX_WORDS &&
           !qa_breadcrumb_separator_line(in.s, in.len);
}

void qa_breadcrumb_add_crumb(qa_doc *doc, const char *line, size_t len)
{
    span in = link_text(trim(line, len));
    if (in.len > 0 && !is_home(in))
        qa_doc_add_category(doc, qa_strndup(doc->arena, in.s, in.len));
}

/* Does a breadcrumb's first crumb stand for the site's front page, or a
 * help centre's list of all its collections: "Home", "Library Home Page",
 * "All Collections"? */
static bool names_home(span in)
{
    static const char *const all[] = {
        "all collections", "todas las colecciones", "toutes les collections",
        "todas as cole\303\247\303\265es"};
    if (is_home(in))
        return true;
    for (size_t k = 0; k < sizeof all / sizeof *all; k++)
        if (in.len == strlen(all[k]) && strncasecmp(in.s, all[k], in.len) == 0)
            return true;
    for (size_t i = 0; i + 4 <= in.len; i++)
        if ((i == 0 || in.s[i - 1] == ' ') && strncasecmp(in.s + i, "home", 4) == 0 &&
            (i + 4 == in.len || in.s[i + 4] == ' '))
            return true;
    return false;
}

void breadcrumb_tidy(qa_doc *doc, size_t from)
{
    if (doc->n_categories < from + 2)
        return;
    const char *first = doc->categories[from];
    if (names_home(trim(first, strlen(first)))) {
        memmove(doc->categories + from, doc->categories + from + 1,
                (doc->n_categories - from - 1) * sizeof *doc->categories);
        doc->n_categories--;
    }
    const char *last = doc->categories[doc->n_categories - 1];
    if (doc->n_categories >= from + 2 && names_a_page(trim(last, strlen(last))))
        doc->n_categories--;
}
