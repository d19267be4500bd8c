/* meta.c - document metadata (see meta.h). */
#include "meta.h"

#include <string.h>
#include <utf8proc.h>

const char *const qa_doc_meta_keys[] = {"creator", "publisher", "rights",
                                        "date", "identifier", "source-url",
                                        NULL};

bool qa_meta_key_known(const char *key)
{
    for (const char *const *k = qa_doc_meta_keys; *k; k++)
        if (strcmp(*k, key) == 0)
            return true;
    return strcmp(key, "title") == 0 || strcmp(key, "language") == 0;
}

/* Reads n digits at *p as a number from lo to hi. */
static bool field(const char **p, int n, int lo, int hi, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        char c = (*p)[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *p += n;
    if (out)
        *out = v;
    return v >= lo && v <= hi;
}

static int days_in(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool qa_meta_date_ok(const char *s)
{
    int year, month, day;
    if (!field(&s, 4, 0, 9999, &year))
        return false;
    if (!*s)
        return true;
    if (*s++ != '-' || !field(&s, 2, 1, 12, &month))
        return false;
    if (!*s)
        return true;
    if (*s++ != '-' || !field(&s, 2, 1, days_in(year, month), &day))
        return false;
    if (!*s)
        return true;
    if (*s++ != 'T' || !field(&s, 2, 0, 23, NULL) || *s++ != ':' ||
        !field(&s, 2, 0, 59, NULL))
        return false;
    if (*s == ':') {
        s++;
        if (!field(&s, 2, 0, 60, NULL)) /* 60: a leap second */
            return false;
        if (*s == '.') {
            s++;
            if (*s < '0' || *s > '9')
                return false;
            while (*s >= '0' && *s <= '9')
                s++;
        }
    }
    if (*s == 'Z')
        return s[1] == '\0';
    if (*s != '+' && *s != '-')
        return false;
    s++;
    return field(&s, 2, 0, 23, NULL) && *s++ == ':' &&
           field(&s, 2, 0, 59, NULL) && !*s;
}

bool qa_meta_url_ok(const char *s)
{
    const char *p = s;
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return false;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
           (*p >= '0' && *p <= '9') || *p == '+' || *p == '-' || *p == '.')
        p++;
    if (strncmp(p, "://", 3) != 0 || !p[3] || p[3] == '/')
        return false;
    for (; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == 0x7F)
            return false;
    return true;
}

bool qa_meta_text_ok(const char *s)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    while (*p) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n <= 0 || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            return false;
        p += n;
    }
    return true;
}

bool qa_meta_value_ok(const char *key, const char *value, const char **why)
{
    *why = NULL;
    size_t blank = strspn(value, " \t\r\n\f\v");
    if (!value[blank]) /* an EPUB's metadata may not be blank (RSC-005) */
        *why = "non-blank text";
    else if (strcmp(key, "date") == 0 && !qa_meta_date_ok(value))
        *why = "an ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD or "
               "YYYY-MM-DDThh:mm:ssZ (or +hh:mm)";
    else if (strcmp(key, "source-url") == 0 && !qa_meta_url_ok(value))
        *why = "an absolute URL such as https://example.org/faq";
    return *why == NULL;
}

const char *qa_doc_meta(const qa_doc *doc, const qa_write_opts *opts,
                        const char *key)
{
    const char *v = qa_meta_get(opts, key);
    if (v && *v)
        return v;
    for (size_t i = 0; doc && i < doc->n_meta; i++)
        if (strcmp(doc->meta[i].key, key) == 0)
            return doc->meta[i].value;
    return NULL;
}

const char *qa_doc_title(const qa_doc *doc, const qa_write_opts *opts)
{
    const char *v = qa_doc_own_title(doc, opts);
    return *v ? v : doc->source.title && *doc->source.title ? doc->source.title
                                                           : "Untitled";
}

const char *qa_doc_own_title(const qa_doc *doc, const qa_write_opts *opts)
{
    const char *v = qa_meta_get(opts, "title");
    return v && *v ? v : doc->title ? doc->title : "";
}

void qa_doc_set_meta(qa_doc *doc, const char *key, const char *value)
{
    for (size_t i = 0; i < doc->n_meta; i++)
        if (strcmp(doc->meta[i].key, key) == 0) {
            doc->meta[i].value = qa_strdup(doc->arena, value);
            return;
        }
    doc->meta = qa_grow(doc->arena, doc->meta, sizeof *doc->meta,
                        &doc->cap_meta, doc->n_meta + 1);
    doc->meta[doc->n_meta++] =
        (qa_meta){qa_strdup(doc->arena, key), qa_strdup(doc->arena, value)};
}
