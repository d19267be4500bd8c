/* text.c - the text filter: every text of the model in one clean form.
 *
 * - UTF-8 read as Windows-1252 and saved again ("â€™" for "’") is
 *   repaired where the bytes decode to exactly one valid UTF-8 character,
 *   and reported;
 * - white space (tabs, no-break and other Unicode spaces) becomes single
 *   spaces, with none at either end;
 * - text is normalised to Unicode NFC (utf8proc).
 * Invalid UTF-8 and control characters never get this far: the readers
 * replace and remove them, with diagnostics. */
#include "filters.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

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

/* Tries to read one mojibake character at s: the Windows-1252 rendering
 * of a 2-4 byte UTF-8 sequence.  On success writes the repaired bytes to
 * out and returns how many bytes of s it replaces, else 0. */
static size_t repair_one(const char *s, size_t len, char *out,
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

static bool is_space(int32_t cp)
{
    return cp == ' ' || cp == '\t' ||
           (cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS);
}

/* Appends n bytes to out, after one space if white space came before and
 * this is not the start of the text. */
static void emit(char *out, size_t *w, bool *space, const char *bytes,
                 size_t n)
{
    if (*space && *w > 0)
        out[(*w)++] = ' ';
    *space = false;
    memcpy(out + *w, bytes, n);
    *w += n;
}

/* Repairs mojibake and folds white space; returns the count of repairs. */
static size_t rewrite(const char *s, char *out, size_t *out_len)
{
    size_t len = strlen(s), w = 0, repairs = 0;
    bool space = false;
    for (size_t i = 0; i < len;) {
        char fixed[4];
        size_t n = 0;
        size_t used = (unsigned char)s[i] >= 0xC2
                          ? repair_one(s + i, len - i, fixed, &n) : 0;
        if (used) {
            emit(out, &w, &space, fixed, n);
            i += used;
            repairs++;
            continue;
        }
        int32_t cp;
        n = (size_t)next_cp(s + i, len - i, &cp);
        if (is_space(cp))
            space = true;
        else
            emit(out, &w, &space, s + i, n);
        i += n;
    }
    out[w] = '\0';
    *out_len = w;
    return repairs;
}

static bool needs_work(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    if (*p == ' ')
        return true;
    for (; *p; p++)
        if (*p >= 0x80 || *p == '\t' ||
            (*p == ' ' && (p[1] == ' ' || p[1] == '\0')))
            return true;
    return false;
}

static const char *clean(qa_doc *doc, const char *text, size_t line, void *ctx)
{
    (void)ctx;
    if (!needs_work(text))
        return text;
    char *out = qa_alloc(doc->arena, strlen(text) + 2);
    size_t len;
    size_t repairs = rewrite(text, out, &len);
    if (repairs)
        qa_diag_add(doc, QA_INFO, "mojibake", line,
                    "repaired %zu character%s garbled by a Windows-1252 "
                    "round trip", repairs, repairs == 1 ? "" : "s");
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)out);
    if (nfc) {
        out = qa_strdup(doc->arena, (const char *)nfc);
        free(nfc);
    }
    return out;
}

void qa_filter_text(qa_docs *docs)
{
    for (size_t d = 0; d < docs->n; d++)
        qa_doc_map_text(docs->v[d], clean, NULL);
}
