/* slug.c - safe, short file-name stems from titles. */
#include "qaconv.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define SLUG_MAX 60

/* Names that Windows reserves for devices, with or without an extension. */
static bool is_reserved(const char *s, size_t n)
{
    static const char *const names[] = {"con", "prn", "aux", "nul"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (n == 3 && memcmp(s, names[i], 3) == 0)
            return true;
    return n == 4 && (memcmp(s, "com", 3) == 0 || memcmp(s, "lpt", 3) == 0) &&
           s[3] >= '0' && s[3] <= '9';
}

char *qa_slug(qa_arena *a, const char *title)
{
    /* Decompose, fold case and drop accents: "Québec" -> "quebec". */
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map(
        (const utf8proc_uint8_t *)title, 0, &folded,
        UTF8PROC_NULLTERM | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE |
            UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
    const char *src = n >= 0 ? (const char *)folded : title;

    char buf[SLUG_MAX + 8];
    size_t len = 0;
    bool dash = false;
    for (const char *p = src; *p && len < SLUG_MAX; p++) {
        char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && len)
                buf[len++] = '-';
            if (len < SLUG_MAX)
                buf[len++] = c;
            dash = false;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && len)
                buf[len++] = '-';
            if (len < SLUG_MAX)
                buf[len++] = (char)(c - 'A' + 'a');
            dash = false;
        } else {
            dash = true;
        }
    }
    free(folded);
    while (len && buf[len - 1] == '-')
        len--;
    if (len == 0) {
        memcpy(buf, "document", 8);
        len = 8;
    } else if (is_reserved(buf, len)) {
        memcpy(buf + len, "-page", 5);
        len += 5;
    }
    return qa_strndup(a, buf, len);
}
