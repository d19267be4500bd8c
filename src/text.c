/* text.c - input decoding and Unicode character classes (utf8proc). */
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <libxml/HTMLparser.h>
#include <string.h>
#include <utf8proc.h>

size_t qa_utf8_next(const char *s, size_t len, int32_t *cp)
{
    unsigned char c = (unsigned char)s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t v;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)len, &v);
    if (n <= 0) { /* not reached on cleaned text; stay safe anyway */
        *cp = 0xFFFD;
        return 1;
    }
    *cp = v;
    return (size_t)n;
}

void qa_buf_appendf(qa_buf *b, const char *fmt, ...)
{
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        char *line = qa_xmalloc((size_t)n + 1);
        vsnprintf(line, (size_t)n + 1, fmt, again);
        qa_buf_put(b, line, (size_t)n);
        free(line);
    }
    va_end(again);
}

char *qa_shown_name(const char *name)
{
    size_t len = strlen(name);
    qa_buf b = {0};
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)name[i];
        utf8proc_int32_t cp = -1;
        utf8proc_ssize_t n = c < 0x80 ? 1
                             : utf8proc_iterate((const utf8proc_uint8_t *)name + i,
                                                (utf8proc_ssize_t)(len - i), &cp);
        if (c < 0x80)
            cp = c;
        if (n <= 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            char esc[8];
            for (utf8proc_ssize_t k = 0; k < (n > 0 ? n : 1); k++) {
                snprintf(esc, sizeof esc, "\\x%02X",
                         (unsigned char)name[i + (size_t)k]);
                qa_buf_puts(&b, esc);
            }
            i += n > 0 ? (size_t)n : 1;
        } else {
            qa_buf_put(&b, name + i, (size_t)n);
            i += (size_t)n;
        }
    }
    if (!b.data)
        qa_buf_put(&b, "", 0);
    char *out = qa_xmalloc(b.len + 1);
    memcpy(out, b.data ? b.data : "", b.len);
    out[b.len] = '\0';
    qa_buf_free(&b);
    return out;
}

size_t qa_utf8_prev_len(const char *s, size_t len)
{
    size_t n = 1;
    while (n < len && n < 4 && ((unsigned char)s[len - n] & 0xC0) == 0x80)
        n++;
    return n;
}

bool qa_is_space_cp(int32_t cp)
{
    if (cp == ' ' || cp == '\t')
        return true;
    if (cp < 0x80)
        return false;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS || cp == 0xFEFF;
}

bool qa_is_upper_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool qa_is_lower_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool qa_is_letter_cp(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool qa_is_bullet_cp(int32_t cp)
{
    if (cp < 0x80)
        return cp == '-' || cp == '*' || cp == '+';
    switch (cp) {
    case 0x00A1: case 0x00BF: /* ¡ ¿ open Spanish sentences */
    case 0x00A7: case 0x00B6: /* § ¶ number sections */
    case 0x00A9: case 0x00AE: /* © ® open notices */
    case 0x2026:              /* … continues a cut sentence */
        return false;
    case 0x00BB: case 0x203A: /* » › */
        return true;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PO: /* • ‣ · */
    case UTF8PROC_CATEGORY_PD: /* – — */
    case UTF8PROC_CATEGORY_SM: /* → ⇒ */
    case UTF8PROC_CATEGORY_SO: /* ▪ ■ ◆ ○ ● ✓ ✔ ➢ ► ★ */
    case UTF8PROC_CATEGORY_CO: /* a symbol font's bullet as a word processor
                                  pastes it (U+F0B7), an icon font's glyph */
        return true;
    default:
        return false;
    }
}

size_t qa_space_prefix(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        int32_t cp;
        size_t n = qa_utf8_next(s + i, len - i, &cp);
        if (!qa_is_space_cp(cp))
            break;
        i += n;
    }
    return i;
}

size_t qa_space_suffix(const char *s, size_t len)
{
    size_t end = len;
    while (end > 0) {
        size_t n = qa_utf8_prev_len(s, end);
        int32_t cp;
        qa_utf8_next(s + end - n, n, &cp);
        if (!qa_is_space_cp(cp))
            break;
        end -= n;
    }
    return len - end;
}

/* BCP 47 in shape: alphanumeric subtags of 1 to 8, the first 2 to 8
 * letters ("en", "pt-BR", "zh-Hant-TW"). */
bool qa_is_language_tag(const char *s)
{
    size_t n = 0, sub = 0;
    for (const char *p = s;; p++) {
        if (*p == '-' || *p == '\0') {
            if (n == 0 || n > 8 || (sub == 0 && n < 2))
                return false;
            if (*p == '\0')
                return true;
            sub++;
            n = 0;
        } else if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                   (sub > 0 && *p >= '0' && *p <= '9')) {
            n++;
        } else {
            return false;
        }
    }
}

/* ---- input decoding ----------------------------------------------------- */

bool qa_is_nonchar(int32_t cp)
{
    return cp == 0xFFFE || cp == 0xFFFF;
}

/* Windows-1252 bytes 0x80-0x9F that are not the C1 code points. */
static const struct {
    int32_t cp;
    unsigned char byte;
} cp1252[] = {
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84},
    {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87}, {0x02C6, 0x88},
    {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
    {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93},
    {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
    {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
    {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
};

/* The Windows-1252 byte that shows as cp, or -1. */
static int cp1252_byte(int32_t cp)
{
    if (cp >= 0x80 && cp <= 0xFF)
        return cp;
    for (size_t i = 0; i < sizeof cp1252 / sizeof *cp1252; i++)
        if (cp1252[i].cp == cp)
            return cp1252[i].byte;
    return -1;
}

static utf8proc_ssize_t next_cp(const char *s, size_t len, int32_t *cp)
{
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                          (utf8proc_ssize_t)len, cp);
    if (n <= 0) { /* not reached: model text is valid UTF-8 */
        *cp = 0xFFFD;
        return 1;
    }
    return n;
}

size_t qa_mojibake_repair(const char *s, size_t len, char *out,
                          size_t *out_n)
{
    unsigned char bytes[4];
    int32_t cp;
    size_t used = (size_t)next_cp(s, len, &cp);
    int lead = cp1252_byte(cp);
    if (lead < 0xC2 || lead > 0xF4)
        return 0;
    size_t need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    bytes[0] = (unsigned char)lead;
    for (size_t k = 1; k < need; k++) {
        if (used >= len)
            return 0;
        used += (size_t)next_cp(s + used, len - used, &cp);
        int b = cp1252_byte(cp);
        if (b < 0x80 || b > 0xBF)
            return 0;
        bytes[k] = (unsigned char)b;
    }
    int32_t decoded;
    if (utf8proc_iterate(bytes, (utf8proc_ssize_t)need, &decoded) !=
        (utf8proc_ssize_t)need)
        return 0;
    memcpy(out, bytes, need);
    *out_n = need;
    return used;
}


static bool is_c1(int32_t cp)
{
    return cp >= 0x80 && cp <= 0x9F;
}

void qa_drop_c1(char *s, size_t *len, qa_c1_count *count)
{
    size_t n = *len, w = 0, line = 1;
    /* U+0080-U+009F are C2 80 to C2 9F in UTF-8 */
    const char *at = memchr(s, '\xC2', n);
    while (at && ((unsigned char)at[1] < 0x80 || (unsigned char)at[1] > 0x9F))
        at = memchr(at + 1, '\xC2', n - (size_t)(at + 1 - s));
    if (!at)
        return;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t k = qa_utf8_next(s + i, n - i, &cp);
        char fixed[4];
        size_t fixed_n = 0, used = 0;
        if ((unsigned char)s[i] >= 0xC2 && !is_c1(cp)) {
            used = qa_mojibake_repair(s + i, n - i, fixed, &fixed_n);
            bool has_c1 = false; /* else the text filter repairs it */
            for (size_t j = i + k; j < i + used;) {
                int32_t c;
                j += qa_utf8_next(s + j, n - j, &c);
                has_c1 |= is_c1(c);
            }
            if (!has_c1)
                used = 0;
        }
        if (used) {
            memcpy(s + w, fixed, fixed_n);
            w += fixed_n;
            i += used;
            if (!count->repaired++)
                count->repaired_line = line;
            continue;
        }
        if (is_c1(cp)) {
            if (!count->dropped++)
                count->dropped_line = line;
        } else {
            memmove(s + w, s + i, k);
            w += k;
        }
        line += cp == '\n';
        i += k;
    }
    s[w] = '\0';
    *len = w;
}

char *qa_model_text(qa_arena *a, const char *s, size_t len, size_t *replaced,
                    size_t *dropped)
{
    char *out = qa_alloc(a, len * 3 + 1);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)s[i];
        if (b == '\n' || b == '\r') {
            out[n++] = ' ';
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (k <= 0 || qa_is_nonchar(cp)) {
            (*replaced)++;
            n += (size_t)utf8proc_encode_char(0xFFFD,
                                              (utf8proc_uint8_t *)out + n);
            i += k <= 0 ? 1 : (size_t)k;
        } else if ((cp < 0x20 && cp != '\t') || cp == 0x7F) {
            (*dropped)++;
            i += (size_t)k;
        } else {
            memcpy(out + n, s + i, (size_t)k);
            n += (size_t)k;
            i += (size_t)k;
        }
    }
    out[n] = '\0';
    qa_c1_count c1 = {0};
    qa_drop_c1(out, &n, &c1);
    *dropped += c1.dropped;
    return out;
}

typedef struct cleaner {
    qa_doc *doc;
    bool scraped; /* invisible characters go, HTML references are decoded */
    char *out;
    size_t len;
    size_t line;
    size_t bad_utf8, controls, nonchars, invisibles; /* reported once each */
    bool cut; /* the input ends inside a character */
    size_t bad_utf8_line, controls_line, nonchars_line, invisibles_line;
} cleaner;

static void put_cp(cleaner *c, int32_t cp)
{
    c->len += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)c->out +
                                                   c->len);
}

/* Characters that a page shows as nothing, which web editors leave where a
 * line or word may break: zero-width space, word joiner, a byte order mark
 * inside the text, soft hyphen.  A line that holds only them is blank, and
 * "\u200B1. What ...?" is a numbered line. */
static bool invisible(int32_t cp)
{
    return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
}

/* Handles one code point that is already known to be valid UTF-8.
 * U+FFFE and U+FFFF are not characters: XML cannot carry them and cmark
 * mangles them, so they become U+FFFD. */
static void put_valid(cleaner *c, int32_t cp, const char *src, size_t n)
{
    if (c->scraped && invisible(cp)) {
        if (!c->invisibles++)
            c->invisibles_line = c->line;
    } else if (qa_is_nonchar(cp)) {
        if (!c->nonchars++)
            c->nonchars_line = c->line;
        put_cp(c, 0xFFFD);
    } else if (cp == '\n') {
        c->out[c->len++] = '\n';
        c->line++;
    } else if (cp < 0x20 && cp != '\t') {
        if (!c->controls++)
            c->controls_line = c->line;
    } else if (cp == 0x7F) {
        if (!c->controls++)
            c->controls_line = c->line;
    } else {
        memcpy(c->out + c->len, src, n);
        c->len += n;
    }
}

static int digit_value(char ch, bool hex)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (hex && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
        return (ch | 0x20) - 'a' + 10;
    return -1;
}

/* The character of the HTML character reference at s ("&amp;", "&#8217;",
 * "&#x2019;") in *cp, and the reference's length; 0 where there is none.
 * Names come from libxml2's table of HTML entities.  A reference to a
 * character that text cannot hold (a control character, a surrogate, a
 * noncharacter) is none. */
static size_t html_reference(const char *s, size_t len, int32_t *cp)
{
    enum { NAME_MAX = 8, DIGITS_MAX = 7 };
    size_t i = 1;
    if (i < len && s[i] == '#') {
        bool hex = i + 1 < len && (s[i + 1] | 0x20) == 'x';
        i += 1 + hex;
        size_t start = i;
        long v = 0;
        for (int d; i < len && i - start < DIGITS_MAX &&
                    (d = digit_value(s[i], hex)) >= 0;
             i++)
            v = v * (hex ? 16 : 10) + d;
        if (i == start || i >= len || s[i] != ';' || v < 0x20 ||
            (v >= 0x7F && v < 0xA0) || (v >= 0xD800 && v < 0xE000) ||
            v > 0x10FFFF || qa_is_nonchar((int32_t)v))
            return 0;
        *cp = (int32_t)v;
        return i + 1;
    }
    char name[NAME_MAX + 1];
    size_t n = 0;
    while (i < len && n < NAME_MAX &&
           (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') ||
            (s[i] >= '0' && s[i] <= '9')))
        name[n++] = s[i++];
    if (n == 0 || i >= len || s[i] != ';')
        return 0;
    name[n] = '\0';
    const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
    if (!e)
        return 0;
    *cp = (int32_t)e->value;
    return i + 1;
}

/* A page scraped from HTML twice keeps character references as text ("TPS
 * &amp; DED", "What&#8217;s"): they become their characters, in place (a
 * reference is longer than its character's UTF-8), invisible ones none. */
static void decode_references(cleaner *c)
{
    char *s = c->out;
    size_t out = 0, line = 1, decoded = 0, first_line = 0;
    for (size_t i = 0; i < c->len;) {
        int32_t cp;
        size_t k = s[i] == '&' ? html_reference(s + i, c->len - i, &cp) : 0;
        if (k) {
            if (!invisible(cp))
                out += (size_t)utf8proc_encode_char(
                    cp, (utf8proc_uint8_t *)s + out);
            if (!decoded++)
                first_line = line;
            i += k;
            continue;
        }
        line += s[i] == '\n';
        s[out++] = s[i++];
    }
    c->len = out;
    if (decoded)
        qa_diag_add(c->doc, QA_INFO, "html-reference", first_line,
                    "%zu HTML character reference%s (\"&amp;\", \"&#8217;\") "
                    "decoded", decoded, decoded == 1 ? "" : "s");
}

/* Is s[0..len), the input's last bytes, the start of a character that a
 * cut at a byte count left without its end: a lead byte and fewer
 * continuation bytes than it announces? */
static bool cut_character(const char *s, size_t len)
{
    unsigned char b = (unsigned char)s[0];
    size_t need = b >= 0xC2 && b <= 0xDF   ? 2
                  : b >= 0xE0 && b <= 0xEF ? 3
                  : b >= 0xF0 && b <= 0xF4 ? 4
                                           : 0;
    if (need == 0 || len >= need)
        return false;
    for (size_t i = 1; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            return false;
    return true;
}

static void clean_utf8(cleaner *c, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char b = (unsigned char)s[i];
        if (b == '\r') {
            c->out[c->len++] = '\n';
            c->line++;
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (b >= 0x20 && b < 0x7F) {
            c->out[c->len++] = (char)b;
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 && cut_character(s + i, len - i)) {
            c->cut = true; /* the input ends inside its last character */
            break;
        }
        if (n <= 0) {
            if (!c->bad_utf8++)
                c->bad_utf8_line = c->line;
            put_cp(c, 0xFFFD);
            i++;
            continue;
        }
        put_valid(c, cp, s + i, (size_t)n);
        i += (size_t)n;
    }
}

static void clean_utf16(cleaner *c, const unsigned char *s, size_t len,
                        bool big_endian)
{
    char enc[4];
    for (size_t i = 0; i + 1 < len; i += 2) {
        int32_t u = big_endian ? (s[i] << 8 | s[i + 1]) : (s[i + 1] << 8 | s[i]);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
            int32_t lo = big_endian ? (s[i + 2] << 8 | s[i + 3])
                                    : (s[i + 3] << 8 | s[i + 2]);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                i += 2;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (!c->bad_utf8++)
                c->bad_utf8_line = c->line;
            u = 0xFFFD;
        }
        if (u == '\r') {
            c->out[c->len++] = '\n';
            c->line++;
            int32_t next = -1;
            if (i + 3 < len)
                next = big_endian ? (s[i + 2] << 8 | s[i + 3])
                                  : (s[i + 3] << 8 | s[i + 2]);
            if (next == '\n')
                i += 2;
            continue;
        }
        size_t n = (size_t)utf8proc_encode_char(u, (utf8proc_uint8_t *)enc);
        put_valid(c, u, enc, n);
    }
    if (len % 2) {
        c->bad_utf8++;
        put_cp(c, 0xFFFD);
    }
}

/* Does the start of the input hold a byte that no text has: a NUL, or
 * bytes that are not UTF-8? */
static bool binary_bytes(const unsigned char *u, size_t len)
{
    size_t n = len < 1024 ? len : 1024;
    for (size_t i = 0; i < n;) {
        if (u[i] == 0)
            return true;
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0)
            return i + 4 < n; /* a sequence the 1,024 bytes cut is text */
        i += (size_t)k;
    }
    return false;
}

/* What a binary file's first bytes say it is, or NULL.  A signature of
 * printable letters ("%PDF-", "GIF8") is text too ("%PDF-. What items
 * ...", as a page may begin): it counts only with bytes no text has. */
static const char *binary_kind(const unsigned char *u, size_t len)
{
    static const struct {
        const char *magic;
        size_t n;
        const char *kind;
    } kinds[] = {
        {"\x89PNG\r\n\x1a\n", 8, "a PNG image"},
        {"GIF8", 4, "a GIF image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"},
        {"%PDF-", 5, "a PDF document"},
        {"PK\x03\x04", 4, "a zip archive (EPUB, DOCX ...)"},
        {"\x1F\x8B", 2, "gzip-compressed"},
        {"\x7F" "ELF", 4, "a program"},
    };
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        const char *m = kinds[i].magic;
        bool printable = m[0] >= 0x20 && m[0] < 0x7F;
        if (len >= kinds[i].n && memcmp(u, m, kinds[i].n) == 0 &&
            (!printable || binary_bytes(u, len)))
            return kinds[i].kind;
    }
    return NULL;
}

/* UTF-16 without a byte order mark: text in a Latin script has a NUL in
 * (nearly) every other byte.  Returns 1 for little-endian, 2 for
 * big-endian, 0 when the input does not look like UTF-16. */
static int utf16_guess(const unsigned char *u, size_t len)
{
    size_t n = (len < 4096 ? len : 4096) & ~(size_t)1, even = 0, odd = 0;
    if (n < 4)
        return 0;
    for (size_t i = 0; i < n; i += 2) {
        even += u[i] == 0;
        odd += u[i + 1] == 0;
    }
    size_t pairs = n / 2;
    if (odd * 10 >= pairs * 7 && even * 20 <= pairs)
        return 1;
    if (even * 10 >= pairs * 7 && odd * 20 <= pairs)
        return 2;
    return 0;
}

char *qa_clean_input(qa_doc *doc, const char *data, size_t len, bool scraped,
                     size_t *out_len)
{
    const unsigned char *u = (const unsigned char *)data;
    cleaner c = {.doc = doc, .scraped = scraped, .line = 1};
    /* UTF-8 never grows by more than 3 bytes per input byte (one invalid
     * byte becomes U+FFFD); UTF-16 by at most 3 bytes per 2 bytes. */
    c.out = qa_alloc(doc->arena, len * 3 + 1);
    if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
                     (u[0] == 0xFE && u[1] == 0xFF))) {
        clean_utf16(&c, u + 2, len - 2, u[0] == 0xFE);
        qa_diag_add(doc, QA_INFO, "utf16-input", 1,
                    "input is UTF-16; converted to UTF-8");
    } else if (binary_kind(u, len)) {
        qa_diag_add(doc, QA_ERROR, "not-text", 1, "input is not text (%s)",
                    binary_kind(u, len));
        return NULL;
    } else if (utf16_guess(u, len)) {
        bool big_endian = utf16_guess(u, len) == 2;
        clean_utf16(&c, u, len, big_endian);
        qa_diag_add(doc, QA_WARNING, "utf16-input", 1,
                    "input looks like UTF-16%s without a byte order mark; "
                    "converted to UTF-8", big_endian ? "BE" : "LE");
    } else {
        size_t skip = (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
                          ? 3 : 0;
        if (memchr(data, '\0', len) && len > 16) {
            size_t nuls = 0;
            for (size_t i = 0; i < len; i++)
                nuls += data[i] == '\0';
            if (nuls * 4 > len) {
                qa_diag_add(doc, QA_ERROR, "not-text", 1,
                            "input is not text (%zu of %zu bytes are NUL)",
                            nuls, len);
                return NULL;
            }
        }
        clean_utf8(&c, data + skip, len - skip);
    }
    if (c.bad_utf8)
        qa_diag_add(doc, QA_WARNING, "invalid-utf8", c.bad_utf8_line,
                    "%zu invalid UTF-8 sequence%s replaced by U+FFFD",
                    c.bad_utf8, c.bad_utf8 == 1 ? "" : "s");
    if (c.nonchars)
        qa_diag_add(doc, QA_WARNING, "noncharacter", c.nonchars_line,
                    "%zu noncharacter%s (U+FFFE, U+FFFF) replaced by U+FFFD",
                    c.nonchars, c.nonchars == 1 ? "" : "s");
    if (c.cut)
        qa_diag_add(doc, QA_INFO, "cut-character", c.line,
                    "the input ends inside a character, as a cut at a byte "
                    "count leaves it; its first bytes are dropped");
    if (c.invisibles)
        qa_diag_add(doc, QA_INFO, "invisible-character", c.invisibles_line,
                    "%zu invisible character%s (zero-width space, word "
                    "joiner, soft hyphen) removed",
                    c.invisibles, c.invisibles == 1 ? "" : "s");
    if (scraped && memchr(c.out, '&', c.len))
        decode_references(&c);
    c.out[c.len] = '\0';
    qa_c1_count c1 = {0};
    qa_drop_c1(c.out, &c.len, &c1);
    if (c1.dropped && (!c.controls || c1.dropped_line < c.controls_line))
        c.controls_line = c1.dropped_line;
    c.controls += c1.dropped;
    if (c1.repaired) /* the same repair as the text filter's */
        qa_diag_add(doc, QA_INFO, "mojibake", c1.repaired_line,
                    "repaired %zu character%s garbled by a Windows-1252 "
                    "round trip into a C1 control character",
                    c1.repaired, c1.repaired == 1 ? "" : "s");
    if (c.controls)
        qa_diag_add(doc, QA_WARNING, "control-character", c.controls_line,
                    "%zu control character%s removed", c.controls,
                    c.controls == 1 ? "" : "s");
    *out_len = c.len;
    return c.out;
}

bool qa_link_text(const char *s, size_t len, size_t *text, size_t *text_len)
{
    if (len < 4 || s[0] != '[' || s[len - 1] != ')')
        return false;
    const char *close = memchr(s, ']', len);
    if (!close || close + 1 >= s + len || close[1] != '(')
        return false;
    *text = 1;
    *text_len = (size_t)(close - s) - 1;
    return true;
}

const char *qa_title_from_name(qa_doc *doc, const char *name)
{
    if (!name || strcmp(name, "-") == 0)
        return "Untitled";
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    size_t replaced, dropped;
    char *t = qa_model_text(doc->arena, base, len, &replaced, &dropped);
    for (char *p = t; *p; p++)
        if (*p == '-' || *p == '_')
            *p = ' ';
    return *t ? t : "Untitled";
}

qa_doc *qa_text_doc_new(const char *data, size_t len, const char *name,
                        bool scraped, char **text, size_t *text_len)
{
    qa_doc *doc = qa_doc_new();
    qa_doc_set_source(doc, name, data, len);
    *text = qa_clean_input(doc, data, len, scraped, text_len);
    return doc;
}
