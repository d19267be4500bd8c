/* read_text_lines.c - the raw-text reader's first step: the page cut into
 * lines, each classified by its marker (numbered, bullet, lettered, text),
 * and the predicates over line text that the other steps share.  See
 * read_text.c for the steps. */
#include "read_text.h"
#include "lang/lang.h"
#include "text.h"

#include <string.h>
#include <strings.h>

/* ---- predicates over line text --------------------------------------- */

/* Skips closing quotes and brackets at the end of s[0..len). */
static size_t strip_closers(const char *s, size_t len)
{
    while (len > 0) {
        unsigned char c = (unsigned char)s[len - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
            len--;
        } else if (len >= 3 && (unsigned char)s[len - 3] == 0xE2 &&
                   (unsigned char)s[len - 2] == 0x80 &&
                   (c == 0x9D || c == 0x99)) { /* ” ’ */
            len -= 3;
        } else {
            break;
        }
    }
    return len;
}

bool text_ends_question(const char *s, size_t len)
{
    len = strip_closers(s, len);
    if (len >= 2 && (s[len - 1] == ':' || s[len - 1] == '.') &&
        s[len - 2] == '?')
        len--; /* a stray mark after the question's: "...system?:" */
    if (len >= 3 && memcmp(s + len - 3, "\xEF\xBC\x9F", 3) == 0) /* ？ */
        return true;
    if (len >= 2 && memcmp(s + len - 2, "\xD8\x9F", 2) == 0) /* Arabic ؟ */
        return true;
    return len > 0 && s[len - 1] == '?';
}

bool text_ends_sentence(const char *s, size_t len)
{
    len = strip_closers(s, len);
    if (len == 0)
        return false;
    char c = s[len - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        return true;
    if (len >= 2 && memcmp(s + len - 2, "\xD8\x9F", 2) == 0) /* ؟ */
        return true;
    /* … 。 ！ ？ ： */
    static const char *const wide[] = {"\xE2\x80\xA6", "\xE3\x80\x82",
                                       "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                       "\xEF\xBC\x9A"};
    for (size_t k = 0; k < sizeof wide / sizeof *wide; k++)
        if (len >= 3 && memcmp(s + len - 3, wide[k], 3) == 0)
            return true;
    return false;
}

bool text_ends_open(const char *s, size_t len)
{
    /* a one-word answer ("No") stands alone; "Planning for" goes on */
    enum { OPEN_MIN_WORDS = 2 };
    len = strip_closers(s, len);
    if (len == 0)
        return false;
    if (s[len - 1] == ',')
        return true;
    size_t start = len;
    while (start > 0 && s[start - 1] != ' ')
        start--;
    char w[QA_LANG_WORD_MAX + 1];
    size_t n = len - start;
    if (n == 0 || n > QA_LANG_WORD_MAX || text_words(s, len) < OPEN_MIN_WORDS)
        return false;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(s[start + i] >= 'A' && s[start + i] <= 'Z'
                          ? s[start + i] | 0x20
                          : s[start + i]);
    for (size_t k = 0; qa_langs[k]; k++)
        if (qa_lang_has(qa_langs[k]->open_words, qa_langs[k]->n_open_words, w,
                        n))
            return true;
    return false;
}

size_t answer_separator(const char *s, size_t len)
{
    size_t n = len >= 1 && (s[0] == ':' || s[0] == '-') ? 1
               : len >= 3 && (memcmp(s, "\xE2\x80\x93", 3) == 0 ||
                              memcmp(s, "\xE2\x80\x94", 3) == 0)
                   ? 3
                   : 0; /* – — */
    return n && n < len && s[n] == ' ' ? n : 0;
}

size_t text_words(const char *s, size_t len)
{
    size_t n = 0;
    bool in_word = false;
    for (size_t i = 0; i < len; i++) {
        bool space = s[i] == ' ' || s[i] == '\t';
        if (!space && !in_word)
            n++;
        in_word = !space;
    }
    return n;
}

bool text_starts_upper(const char *s, size_t len)
{
    if (len == 0)
        return false;
    int32_t cp;
    qa_utf8_next(s, len, &cp);
    return qa_is_upper_cp(cp) || (cp >= '0' && cp <= '9');
}

/* ---- markers ---------------------------------------------------------- */

static size_t skip_digits(const char *s, size_t len, size_t i, long *value)
{
    size_t start = i;
    long v = 0;
    while (i < len && i - start < 6 && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (s[i++] - '0');
    if (i < len && s[i] >= '0' && s[i] <= '9')
        return start; /* more than six digits: a figure, not a number */
    *value = v;
    return i;
}

/* After a marker: white space (including no-break spaces), or directly an
 * upper-case letter as in "1.What".  Returns the offset of the text or 0. */
static size_t marker_end(const char *s, size_t len, size_t i, bool glued_ok)
{
    size_t sp = qa_space_prefix(s + i, len - i);
    if (sp > 0)
        return i + sp < len ? i + sp : 0;
    if (glued_ok && i < len && text_starts_upper(s + i, len - i) &&
        !(s[i] >= '0' && s[i] <= '9'))
        return i;
    return 0;
}

/* Records what a classifier found: the line's kind, its number, and its
 * text from offset t of the raw line on.  Returns true. */
static bool set_marker(text_line *l, line_kind kind, long number, size_t t)
{
    l->kind = kind;
    l->number = number;
    l->text = l->raw + t;
    l->text_len = l->raw_len - t;
    return true;
}

static bool has_prefix_ci(const char *s, size_t len, const char *p)
{
    size_t n = strlen(p);
    return len >= n && strncasecmp(s, p, n) == 0;
}

/* Does s open with an en or em dash? */
static bool wide_dash(const char *s, size_t len)
{
    return len >= 3 && (memcmp(s, "\xE2\x80\x93", 3) == 0 ||
                        memcmp(s, "\xE2\x80\x94", 3) == 0);
}

/* The punctuation after a question or answer label at s: ".", ":", ")",
 * "-", an en or em dash, or a full-width colon; its length, or 0. */
static size_t label_punct(const char *s, size_t len)
{
    if (len == 0)
        return 0;
    if (s[0] == '.' || s[0] == ':' || s[0] == ')' || s[0] == '-')
        return 1;
    if (wide_dash(s, len) ||
        (len >= 3 && memcmp(s, FULL_WIDTH_COLON, 3) == 0))
        return 3; /* – — ： */
    return 0;
}

/* "Question 1:", "Question #1:", "Question 1.", "Question 1 of 8:",
 * "Q1.", "Q1:", "Q1)", "Q1 –", "Q. ", "Q:", "FAQ 1:" (the last with its
 * number only: "FAQ: Fees" is a heading), the labels of pages in other
 * languages ("Pregunta 1:", "Pergunta:", "Kesyon 1:", "Câu hỏi 1:",
 * "问："), and in Spanish "P1.", "P:" (a bare "P" with its colon only). */
static bool classify_question_marker(text_line *l)
{
    static const char *const words[] = {
        "question", "pregunta", "pergunta", "kesyon",
        "c\xC3\xA2u h\xE1\xBB\x8Fi",        /* câu hỏi */
        "\xE9\x97\xAE\xE9\xA2\x98", "\xE9\x97\xAE", /* 问题, 问 */
        "\xEC\xA7\x88\xEB\xAC\xB8"};       /* 질문 */
    const char *s = l->raw;
    size_t len = l->raw_len, i = 0;
    bool faq = false, p = false;
    for (size_t k = 0; k < sizeof words / sizeof *words && !i; k++)
        if (has_prefix_ci(s, len, words[k]))
            i = strlen(words[k]);
    if (!i && has_prefix_ci(s, len, "faq"))
        i = 3, faq = true;
    else if (!i && len > 1 && (s[0] == 'Q' || s[0] == 'q'))
        i = 1;
    else if (!i && len > 1 && (s[0] == 'P' || s[0] == 'p'))
        i = 1, p = true;
    if (!i)
        return false;
    while (i < len && s[i] == ' ')
        i++;
    if (i + 1 < len && s[i] == '#' && s[i + 1] >= '0' && s[i + 1] <= '9')
        i++;
    long number = 0, of;
    size_t j = skip_digits(s, len, i, &number);
    bool digits = j > i;
    if (faq && !digits)
        return false;
    if (digits && (has_prefix_ci(s + j, len - j, " of ") ||
                   has_prefix_ci(s + j, len - j, " de "))) {
        size_t m = skip_digits(s, len, j + 4, &of); /* "Question 1 of 8" */
        j = m > j + 4 ? m : j;
    }
    while (j < len && s[j] == ' ')
        j++;
    size_t punct = label_punct(s + j, len - j);
    if (!digits && !punct)
        return false; /* "Quality", "Questions about fees" */
    if (p && !(digits || s[j] == ':'))
        return false; /* "P. O. Box", "P-card" */
    size_t t = marker_end(s, len, j + punct, true);
    if (!t && punct == 3 && s[j] == '\xEF' && j + 3 < len)
        t = j + 3; /* "问：什么是庇护？": no space after a full-width colon */
    if (!t && punct == 1 && s[j] == ':' && j + 1 < len &&
        (unsigned char)s[j + 1] >= 0xE3)
        t = j + 1; /* "Q:我可以退貨嗎?": none before a CJK script either */
    if (!t)
        return false;
    l->question_mark = true;
    return set_marker(l, LINE_NUMBERED, digits ? number : 0, t);
}

/* "1. ", "1) ", "1.) ", "1.- ", "1.What", "#1 ", "#1. " and, with white
 * space after them, "1 . ", "(1) ", "1: ", "1/ ", "1 - ", "1 – ". */
static bool classify_number(text_line *l)
{
    const char *s = l->raw;
    size_t len = l->raw_len;
    long number;
    size_t open = len > 0 && (s[0] == '(' || s[0] == '#');
    size_t i = skip_digits(s, len, open, &number);
    if (i == open || i >= len)
        return false;
    size_t dot = i + (i + 1 < len && s[i] == ' ' && s[i + 1] == '.');
    size_t t = 0;
    if (open && s[0] == '(') {
        if (s[i] == ')')
            t = marker_end(s, len, i + 1, false);
    } else if (s[dot] == '.' || s[dot] == ')') {
        size_t end = dot + 1;
        if (s[dot] == '.' && end < len && (s[end] == ')' || s[end] == '-'))
            end++;
        t = marker_end(s, len, end, dot == i);
    } else if (s[i] == ':' || (s[i] == '/' && !open)) {
        t = marker_end(s, len, i + 1, false);
    } else if (i + 1 < len && (s[i] == '-' || (s[i] == ' ' && s[i + 1] == '-'))) {
        size_t dash = s[i] == '-' ? i : i + 1;
        t = marker_end(s, len, dash + 1, false);
    } else if (s[i] == ' ' && wide_dash(s + i + 1, len - i - 1)) {
        t = marker_end(s, len, i + 4, false); /* "1 – " */
    } else if (open) { /* "#1 What ...?" */
        t = marker_end(s, len, i, false);
    }
    if (!t)
        return false;
    return set_marker(l, LINE_NUMBERED, number, t);
}

/* Keycap emoji: "1️⃣ " (a digit, U+FE0F, U+20E3), one for each of the
 * number's one or two digits ("1️⃣2️⃣ "), and "🔟 ". */
static bool classify_keycap(text_line *l)
{
    static const char keycap[] = "\xE2\x83\xA3", selector[] = "\xEF\xB8\x8F";
    const char *s = l->raw;
    size_t len = l->raw_len, i = 0;
    long number = 0;
    if (len >= 4 && memcmp(s, "\xF0\x9F\x94\x9F", 4) == 0) {
        number = 10;
        i = 4;
    }
    while (number < 10 && i < len && s[i] >= '0' && s[i] <= '9') {
        size_t j = i + 1;
        if (len - j >= 3 && memcmp(s + j, selector, 3) == 0)
            j += 3;
        if (len - j < 3 || memcmp(s + j, keycap, 3) != 0)
            break;
        number = number * 10 + (s[i] - '0');
        i = j + 3;
    }
    size_t t = i ? marker_end(s, len, i, true) : 0;
    return t && set_marker(l, LINE_NUMBERED, number, t);
}

/* The value of a number word "one" to "ten" that opens s, its length in
 * *len, or 0. */
static long number_word(const char *s, size_t n, size_t *len)
{
    static const char *const words[] = {"one", "two", "three", "four",
                                        "five", "six", "seven", "eight",
                                        "nine", "ten"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t w = strlen(words[k]);
        if (n > w && strncasecmp(s, words[k], w) == 0 &&
            (s[w] == ':' || s[w] == '.' || s[w] == ' ')) {
            *len = w;
            return (long)k + 1;
        }
    }
    return 0;
}

/* "Step 1: ", "Tip 2. ", "Reason #3 - ", "Part 4 – ", "Step One: ",
 * "Step 1 Create ...": how-to pages number their sections with a word
 * before the number, and the number marks them as "1." would. */
static bool classify_step(text_line *l)
{
    static const char *const labels[] = {"step ", "tip ", "reason ",
                                         "part ", "way ", "phase ",
                                         "stage ", "rule "};
    size_t at = 0;
    for (size_t k = 0; k < sizeof labels / sizeof *labels && !at; k++)
        if (has_prefix_ci(l->raw, l->raw_len, labels[k]))
            at = strlen(labels[k]);
    if (!at)
        return false;
    text_line rest = *l;
    rest.raw += at;
    rest.raw_len -= at;
    if (rest.raw_len > 1 && rest.raw[0] == '#') {
        rest.raw++;
        rest.raw_len--;
    }
    size_t wlen;
    long word = number_word(rest.raw, rest.raw_len, &wlen);
    if (word) { /* "Step One: Gather Documents" */
        size_t t = marker_end(l->raw, l->raw_len,
                              (size_t)(rest.raw - l->raw) + wlen +
                                  (rest.raw[wlen] != ' '),
                              false);
        return t && set_marker(l, LINE_NUMBERED, word, t);
    }
    if (rest.raw_len == 0 || rest.raw[0] < '0' || rest.raw[0] > '9')
        return false;
    if (classify_number(&rest))
        return set_marker(l, LINE_NUMBERED, rest.number,
                          (size_t)(rest.text - l->raw));
    long number; /* "Step 1 Create an Account": the word makes it a marker */
    size_t i = skip_digits(rest.raw, rest.raw_len, 0, &number);
    size_t t = i < rest.raw_len && rest.raw[i] == ' '
                   ? marker_end(l->raw, l->raw_len,
                                (size_t)(rest.raw - l->raw) + i, false)
                   : 0;
    if (!t || !text_starts_upper(l->raw + t, l->raw_len - t))
        return false;
    return set_marker(l, LINE_NUMBERED, number, t);
}

/* The value of the Roman numeral s[0..len) in I, V and X (1 to 39) in its
 * usual form ("IV", not "IIII"), in upper case or in lower case, or 0. */
static long roman_value(const char *s, size_t len)
{
    static const char *const units[] = {"", "I", "II", "III", "IV", "V",
                                        "VI", "VII", "VIII", "IX"};
    if (len == 0)
        return 0;
    bool lower = s[0] == 'i' || s[0] == 'v' || s[0] == 'x';
    size_t tens = 0;
    while (tens < len && tens < 3 && s[tens] == (lower ? 'x' : 'X'))
        tens++;
    for (long u = 0; u < 10; u++) {
        const char *unit = units[u];
        size_t n = strlen(unit), k = 0;
        while (k < n && tens + k < len &&
               s[tens + k] == (lower ? unit[k] | 0x20 : unit[k]))
            k++;
        if (k == n && tens + n == len)
            return (long)tens * 10 + u;
    }
    return 0;
}

/* "I. ", "IV) ": a Roman number, upper case, with white space after it.
 * Such a line is numbered only if it turns out to be a question: else it
 * goes back to plain text after segmentation (qa_read_text). */
static bool classify_roman(text_line *l)
{
    const char *s = l->raw;
    size_t len = l->raw_len, i = 0;
    while (i < len && i < 7 && (s[i] == 'I' || s[i] == 'V' || s[i] == 'X'))
        i++;
    if (i == 0 || i >= len || (s[i] != '.' && s[i] != ')'))
        return false;
    long number = roman_value(s, i);
    size_t t = number ? marker_end(s, len, i + 1, false) : 0;
    if (!t || !text_starts_upper(s + t, len - t))
        return false;
    l->roman = true;
    return set_marker(l, LINE_NUMBERED, number, t);
}

/* A bullet character (qa_is_bullet_cp), or the lower-case "o" that word
 * processors use for second-level bullets, when a capital follows it; then
 * white space. */
/* Does s open with the label of a callout: "Tip:", "Note:", "Important:"? */
static bool callout_label(const char *s, size_t len)
{
    static const char *const labels[] = {
        "tip:", "tips:", "pro tip:", "note:", "important:", "warning:",
        "caution:", "remember:", "reminder:", "key takeaway:", "did you know",
        "example:", "update:", "alert:", "heads up:"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
        if (has_prefix_ci(s, len, labels[k]))
            return true;
    return false;
}

/* A list item's bullet, but for a picture before a callout's label ("💡
 * Tip: ...", "⚠ Note: ..."): a paragraph that stands out, no list. */
static bool classify_bullet(text_line *l)
{
    const char *s = l->raw;
    size_t len = l->raw_len;
    if (len < 2)
        return false;
    int32_t cp;
    size_t n = qa_utf8_next(s, len, &cp);
    bool gap = n + 1 < len &&
               (s[n] == '\t' || (s[n] == ' ' && s[n + 1] == ' '));
    if (!qa_is_bullet_cp(cp) && cp != 'o' && !(cp == 0xA7 && gap))
        return false; /* Word's square bullet comes out as "§" and a gap */
    size_t t = marker_end(s, len, n, false);
    if (!t || (cp == 'o' && !text_starts_upper(s + t, len - t)) ||
        (cp >= 0x2600 && callout_label(s + t, len - t)))
        return false;
    return set_marker(l, LINE_BULLET, 0, t);
}

/* "a. ", "a) ", "(a) ", and the lower-case Roman numbers that number
 * sub-items the same way: "ii. ", "iv) ", "(iii) ".  A lone "i", "v" or
 * "x" is a letter until fix_roman_items() sees the list it is in.  Capitals
 * with a parenthesis ("A) ", "(B) ") letter items too; "A. " does so only
 * in a run under a colon (capital_letter_lists()), as it may open an
 * unnumbered question ("A. What is ...?"). */
static bool classify_letter(text_line *l)
{
    const char *s = l->raw;
    size_t len = l->raw_len;
    size_t open = len > 0 && s[0] == '(';
    if (len > open + 2 && s[open] >= 'A' && s[open] <= 'Z' &&
        s[open + 1] == ')') { /* "A) ", "(A) " */
        size_t t = marker_end(s, len, open + 2, false);
        return t && set_marker(l, LINE_LETTERED, s[open] - 'A' + 1, t);
    }
    size_t i = open;
    while (i < len && i - open < 7 && s[i] >= 'a' && s[i] <= 'z')
        i++;
    size_t n = i - open;
    if (n == 0 || i >= len || (open ? s[i] != ')' : s[i] != '.' && s[i] != ')'))
        return false;
    long number = n == 1 ? s[open] - 'a' + 1 : roman_value(s + open, n);
    size_t t = number ? marker_end(s, len, i + 1, false) : 0;
    if (!t)
        return false;
    return set_marker(l, LINE_LETTERED, number, t);
}

/* Letters in a lettered line's marker: 1 for "a." or "(i)", 3 for "iii.". */
static size_t letters(const text_line *l)
{
    size_t open = l->raw[0] == '(', n = 0;
    while (open + n < l->raw_len && l->raw[open + n] >= 'a' &&
           l->raw[open + n] <= 'z')
        n++;
    return n;
}

/* A lettered item "i.", "v." or "x." that follows the Roman number before
 * it ("iv." then "v.") or opens a list whose next item is "ii." is Roman:
 * its number is the numeral's, so that the list runs on. */
static void fix_roman_items(text_page *page)
{
    const text_line *prev = NULL;
    for (size_t k = 0; k < page->n_lines; k++) {
        text_line *l = &page->lines[k];
        if (l->kind == LINE_BLANK)
            continue;
        long roman = l->kind == LINE_LETTERED && letters(l) == 1
                         ? roman_value(l->raw + (l->raw[0] == '('), 1)
                         : 0;
        if (roman && l->number != roman) {
            size_t j = k + 1;
            while (j < page->n_lines && page->lines[j].kind == LINE_BLANK)
                j++;
            const text_line *next = j < page->n_lines ? &page->lines[j] : NULL;
            bool follows = prev && prev->kind == LINE_LETTERED &&
                           prev->number + 1 == roman;
            bool opens = roman == 1 && next && next->kind == LINE_LETTERED &&
                         next->number == 2 && letters(next) == 2;
            if (follows || opens)
                l->number = roman;
        }
        prev = l;
    }
}

/* Markdown's strong emphasis, which scraping to Markdown leaves around
 * questions, labels and words ("**Q:** What ...?", "1. **What ...?**",
 * "**Is it free?** Yes, ..."): each pair of "**" that opens before a
 * non-space and closes after one goes, in place; the words stay.  A lone
 * "**" (a footnote mark) stays.  Returns the line's new length. */
static size_t drop_strong_emphasis(char *s, size_t len)
{
    const char *star = memchr(s, '*', len);
    if (!star)
        return len; /* most lines: nothing to look at */
    size_t out = (size_t)(star - s), i = out;
    while (i < len) {
        if (i + 2 < len && s[i] == '*' && s[i + 1] == '*' && s[i + 2] != '*' &&
            s[i + 2] != ' ' && s[i + 2] != '\t') {
            size_t close = i + 3;
            while (close + 1 < len &&
                   !(s[close] == '*' && s[close + 1] == '*' &&
                     s[close - 1] != ' ' && s[close - 1] != '\t'))
                close++;
            if (close + 1 < len) {
                memmove(s + out, s + i + 2, close - i - 2);
                out += close - i - 2;
                i = close + 2;
                continue;
            }
        }
        s[out++] = s[i++];
    }
    return out;
}

/* Markdown headings ("## 1. What ...?"), quotation marks ("> ...", but
 * not a ">" alone, see quotation_breaks),
 * emphasis around a line ("__...__", "_..._", "*...*"), and an
 * accordion's toggle after a question ("Who can enroll? +", "...? ▾"):
 * the marks go, the words stay. */
static void strip_decoration(text_line *l)
{
    const char *s = l->raw;
    size_t len = l->raw_len, hashes = 0;
    while (len > 1 && s[0] == '>' && s[1] == ' ') {
        size_t mark = 1 + qa_space_prefix(s + 1, len - 1);
        s += mark;
        len -= mark;
        l->quoted = true;
    }
    while (hashes < len && hashes < 6 && s[hashes] == '#')
        hashes++;
    if (hashes && hashes < len && s[hashes] == ' ') {
        s += hashes;
        len -= hashes;
        size_t sp = qa_space_prefix(s, len);
        s += sp;
        len -= sp;
    }
    if (len > 4 && memcmp(s, "__", 2) == 0 && memcmp(s + len - 2, "__", 2) == 0) {
        s += 2;
        len -= 4;
    } else if (len > 2 && (s[0] == '_' || s[0] == '*') && s[len - 1] == s[0] &&
               s[1] != ' ' && s[1] != s[0] && s[len - 2] != ' ') {
        s += 1; /* "_Can I ...?_", "*Can I ...?*" */
        len -= 2;
    }
    if (len > 2) {
        int32_t cp;
        size_t mark = qa_utf8_prev_len(s, len);
        qa_utf8_next(s + len - mark, mark, &cp);
        size_t end = len - mark - qa_space_suffix(s, len - mark);
        if (end < len - mark && end > 0 && s[end - 1] == '?' &&
            qa_is_bullet_cp(cp))
            len = end;
    }
    l->raw = s;
    l->raw_len = len;
}

/* A horizontal rule: three or more of one of "-", "_", "*", "=", "~" and
 * nothing else but spaces ("---", "* * *", "___"). */
static bool is_rule(const char *s, size_t len)
{
    size_t marks = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == ' ')
            continue;
        if (s[i] != s[0] || !strchr("-_*=~", s[i]))
            return false;
        marks++;
    }
    return marks >= 3;
}

static void classify(text_line *l)
{
    strip_decoration(l);
    if (is_rule(l->raw, l->raw_len))
        l->raw_len = 0; /* it parts blocks as a blank line does */
    l->text = l->raw;
    l->text_len = l->raw_len;
    if (l->raw_len == 0) {
        l->kind = LINE_BLANK;
        return;
    }
    l->kind = LINE_TEXT;
    if (classify_number(l) || classify_keycap(l) || classify_roman(l) ||
        classify_question_marker(l) || classify_step(l) ||
        classify_bullet(l) || classify_letter(l))
        return;
}

/* A ">" alone between lines of a quotation parts its paragraphs, as a
 * blank line does; elsewhere it is text, such as a breadcrumb's separator
 * on a line of its own. */
static void quotation_breaks(text_page *page)
{
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->raw_len != 1 || l->raw[0] != '>' || l->kind == LINE_BLANK)
            continue;
        if ((i > 0 && page->lines[i - 1].quoted) ||
            (i + 1 < page->n_lines && page->lines[i + 1].quoted)) {
            l->kind = LINE_BLANK;
            l->raw_len = l->text_len = 0;
        }
    }
}

/* A line that holds only a number or question marker ("4.", "Q1:",
 * "Question 3.", an icon's bare "Q"), as scraping leaves when the number
 * sits in an element of its own, gives its number to the line of text
 * after it, and goes. */
/* Is text line l only a number or question marker?  Its number goes to
 * *number, and whether it marks a question to *question_mark. */
static bool lone_marker(const text_line *l, long *number, bool *question_mark)
{
    char buf[32];
    if (l->kind != LINE_TEXT || l->raw_len + 3 > sizeof buf)
        return false;
    memcpy(buf, l->raw, l->raw_len);
    memcpy(buf + l->raw_len, " X", 3); /* the marker with text after it */
    text_line as = {.raw = buf, .raw_len = l->raw_len + 2};
    bool icon = l->raw_len == 1 && l->raw[0] == 'Q';
    if (!icon && !((classify_number(&as) || classify_question_marker(&as) ||
                    classify_step(&as)) &&
                   as.text == buf + as.raw_len - 1))
        return false;
    *number = as.number;
    *question_mark = icon || as.question_mark;
    return true;
}

static void fuse_lone_markers(text_page *page)
{
    for (size_t k = 0; k + 1 < page->n_lines; k++) {
        text_line *l = &page->lines[k], *next = &page->lines[k + 1];
        long number;
        bool question_mark;
        if (next->kind != LINE_TEXT ||
            !lone_marker(l, &number, &question_mark))
            continue;
        l->kind = LINE_JUNK;
        next->kind = LINE_NUMBERED;
        next->number = number;
        next->question_mark = question_mark;
    }
}

/* A number or marker that ends the page ("5."), as a cut at a byte count
 * leaves it, marks nothing: it goes. */
static void drop_cut_marker(text_page *page)
{
    size_t k = page->n_lines;
    while (k > 0 && page->lines[k - 1].kind == LINE_BLANK)
        k--;
    long number;
    bool question_mark;
    if (k > 0 && lone_marker(&page->lines[k - 1], &number, &question_mark))
        page->lines[k - 1].kind = LINE_JUNK;
}

/* ---- hard wrapping ------------------------------------------------------ */

/* Text that a text browser or a mail program wrapped at a fixed width
 * breaks each paragraph into lines that fill the width: the first word of
 * the next line would not have fitted.  Such a line ends no paragraph,
 * whatever it ends with and however the next line begins ("...the tenancy
 * ends." over "The landlord may...", "...the Oregon Law" over "Center").
 *
 * The width is that of the longest line another line of text follows.  A
 * page is hard-wrapped at it when that is between WRAP_MIN and WRAP_MAX
 * columns and at least WRAP_PAIRS such lines are there, two in three of
 * them full and one in two of them stopping mid-sentence: a page of one
 * sentence a line, all of a length, has full lines too, but each ends its
 * sentence. */
enum { WRAP_MIN = 40, WRAP_MAX = 100, WRAP_PAIRS = 4 };

static size_t columns(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80; /* UTF-8 lead bytes */
    return n;
}

static size_t line_columns(const text_line *l)
{
    return columns(l->raw - l->indent, l->indent + l->raw_len);
}

static size_t first_word_columns(const text_line *l)
{
    size_t n = 0;
    while (n < l->raw_len && l->raw[n] != ' ' && l->raw[n] != '\t')
        n++;
    return columns(l->raw, n);
}

bool wrapped_after(const text_page *page, const text_line *line,
                   const text_line *next)
{
    return page->wrap_width > 0 &&
           line_columns(line) + 1 + first_word_columns(next) >
               page->wrap_width;
}

static bool text_follows(const text_page *page, size_t k)
{
    return page->lines[k].kind != LINE_BLANK &&
           page->lines[k].kind != LINE_JUNK &&
           page->lines[k + 1].kind == LINE_TEXT;
}

static void measure_wrap(text_page *page)
{
    size_t width = 0, pairs = 0, full = 0, open = 0;
    for (size_t k = 0; k + 1 < page->n_lines; k++)
        if (text_follows(page, k) && line_columns(&page->lines[k]) > width)
            width = line_columns(&page->lines[k]);
    if (width < WRAP_MIN || width > WRAP_MAX)
        return;
    page->wrap_width = width;
    for (size_t k = 0; k + 1 < page->n_lines; k++) {
        const text_line *l = &page->lines[k];
        if (!text_follows(page, k))
            continue;
        pairs++;
        full += wrapped_after(page, l, l + 1);
        open += !text_ends_sentence(l->raw, l->raw_len);
    }
    if (pairs < WRAP_PAIRS || 3 * full < 2 * pairs || 2 * open < pairs)
        page->wrap_width = 0;
}

static bool opens_with_dash(const text_line *l)
{
    return l->raw[0] == '-' ||
           (l->raw_len >= 3 && memcmp(l->raw, "\xE2\x80", 2) == 0 &&
            ((unsigned char)l->raw[2] == 0x93 ||
             (unsigned char)l->raw[2] == 0x94)); /* – — */
}

/* A dash that wrapping put at the start of a line ("...by the landlord"
 * over "- with a machine - before...") opens no list item: the line
 * before it is a full line of a paragraph, not one that introduces a
 * list with a colon. */
static void unwrap_dashes(text_page *page)
{
    for (size_t k = 1; k < page->n_lines; k++) {
        text_line *l = &page->lines[k];
        const text_line *p = l - 1;
        if (l->kind != LINE_BULLET || !opens_with_dash(l) ||
            p->kind != LINE_TEXT || p->raw[p->raw_len - 1] == ':' ||
            !wrapped_after(page, p, l))
            continue;
        size_t start = k - 1;
        while (start > 0 && page->lines[start - 1].kind == LINE_TEXT)
            start--;
        if (start > 0 && page->lines[start - 1].kind != LINE_BLANK)
            continue; /* the paragraph goes on from a list item */
        l->kind = LINE_TEXT;
        l->text = l->raw;
        l->text_len = l->raw_len;
    }
}

/* A quotation's attribution under it ("“Without TPS I would lose my
 * job.”" over "— Rosa M., TPS holder"): the quotation's paragraph goes on
 * with it; it is no list of one item. */
static void attributions(text_page *page)
{
    for (size_t k = 1; k < page->n_lines; k++) {
        text_line *l = &page->lines[k];
        const text_line *quote = l - 1, *next = l + 1;
        if (l->kind != LINE_BULLET || quote->kind != LINE_TEXT ||
            !wide_dash(l->raw, l->raw_len) ||
            (k + 1 < page->n_lines && next->kind == LINE_BULLET))
            continue;
        const char *end = quote->raw + quote->raw_len;
        if (end[-1] == '"' ||
            (quote->raw_len >= 3 && memcmp(end - 3, "\xE2\x80\x9D", 3) == 0)) {
            set_marker(l, LINE_TEXT, 0, 0); /* ” */
            l->attribution = true;
        }
    }
}

/* Full-width digits and the full-width stop, parenthesis or colon after
 * them ("１．", "１２）"), or an ideographic comma ("１、"), as Chinese and
 * Japanese pages number, become ASCII in place with a space after them, so
 * that the number reads as any other.  Returns the offset of the line's
 * new start in s, or 0. */
static size_t ascii_number(char *s, size_t len)
{
    enum { DIGITS_MAX = 6 };
    char digits[DIGITS_MAX];
    size_t n = 0, i = 0;
    const unsigned char *u = (const unsigned char *)s;
    while (n < DIGITS_MAX && len - i >= 3 && u[i] == 0xEF && u[i + 1] == 0xBC &&
           u[i + 2] >= 0x90 && u[i + 2] <= 0x99) {
        digits[n++] = (char)('0' + u[i + 2] - 0x90);
        i += 3;
    }
    if (n == 0 || len - i < 3)
        return 0;
    char punct;
    if (u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] == 0x8E)
        punct = '.'; /* ． */
    else if (u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] == 0x89)
        punct = ')'; /* ） */
    else if (u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] == 0x9A)
        punct = ':'; /* ： */
    else if (u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x81)
        punct = '.'; /* 、 */
    else
        return 0;
    size_t end = i + 3, start = end - (n + 2);
    memcpy(s + start, digits, n);
    s[start + n] = punct;
    s[start + n + 1] = ' ';
    return start;
}

/* The offset of the text after "X. " that opens text line l, for the
 * capital letter X, where l asks nothing; else 0. */
static size_t capital_item(const text_line *l, char letter)
{
    if (l->kind != LINE_TEXT || l->raw_len < 4 || l->raw[0] != letter ||
        l->raw[1] != '.' || text_ends_question(l->raw, l->raw_len))
        return 0;
    return marker_end(l->raw, l->raw_len, 2, false);
}

/* "A. ", "B. ", "C. " under a line that ends in a colon letter a list
 * ("The steps:" over "A. Get a certification.", "B. File the form.");
 * elsewhere "A. What ...?" may ask, and "A. Smith" is a name. */
static void capital_letter_lists(text_page *page)
{
    const text_line *before = NULL;
    for (size_t k = 0; k < page->n_lines; k++) {
        text_line *l = &page->lines[k];
        if (l->kind == LINE_BLANK)
            continue;
        bool opens = before && before->raw[before->raw_len - 1] == ':' &&
                     capital_item(l, 'A');
        before = l;
        if (!opens)
            continue;
        size_t items[26], text[26], n = 0;
        for (size_t j = k; j < page->n_lines && n < 26; j++) {
            if (page->lines[j].kind == LINE_BLANK)
                continue;
            text[n] = capital_item(&page->lines[j], (char)('A' + n));
            if (!text[n])
                break;
            items[n++] = j;
        }
        for (size_t i = 0; i < n && n >= 2; i++)
            set_marker(&page->lines[items[i]], LINE_LETTERED, (long)i + 1,
                       text[i]);
    }
}

/* ---- lines -------------------------------------------------------------- */

void split_lines(text_page *page, char *text, size_t len)
{
    size_t n = 1;
    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n';
    page->lines = qa_alloc(page->doc->arena, n * sizeof *page->lines);
    page->ends_with_newline = len > 0 && text[len - 1] == '\n';
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        if (i == len && start == len && page->ends_with_newline)
            break; /* no empty line after the final newline */
        text_line *l = &page->lines[page->n_lines];
        l->lineno = ++page->n_lines;
        char *s = text + start;
        size_t sl = i - start;
        size_t lead = qa_space_prefix(s, sl);
        size_t from = lead + ascii_number(s + lead, sl - lead);
        l->raw = s + from;
        l->raw_len = drop_strong_emphasis(s + from, sl - from);
        l->indent = lead;
        l->raw_len -= qa_space_suffix(l->raw, l->raw_len);
        classify(l);
        start = i + 1;
    }
    quotation_breaks(page);
    fix_roman_items(page);
    fuse_lone_markers(page);
    drop_cut_marker(page);
    capital_letter_lists(page);
    measure_wrap(page);
    unwrap_dashes(page);
    attributions(page);
}
