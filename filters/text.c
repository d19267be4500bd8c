/* text.c - the text filter: every text of the model in one clean form.
 *
 * - UTF-8 read as Windows-1252 and saved again ("â€™" for "’") is
 *   repaired where the bytes decode to exactly one valid UTF-8 character,
 *   and reported;
 * - white space (tabs, no-break and other Unicode spaces) becomes single
 *   spaces, with none at either end;
 * - text is normalised to Unicode NFC (utf8proc).
 * Invalid UTF-8 and control characters never get this far: the readers
 * replace and remove them, with diagnostics (and repair the mojibake that
 * holds C1 control characters, qa_drop_c1). */
#include "filters.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

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
                          ? qa_mojibake_repair(s + i, len - i, fixed, &n) : 0;
        if (used) {
            emit(out, &w, &space, fixed, n);
            i += used;
            repairs++;
            continue;
        }
        int32_t cp;
        n = qa_utf8_next(s + i, len - i, &cp);
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
