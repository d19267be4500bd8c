/* read_md_front.c - YAML front matter of qaconv's Markdown.
 *
 * qa_write_md --md-front-matter writes a small, fixed shape:
 *
 *   ---
 *   title: "..."
 *   categories:
 *     - "..."
 *   language: "en"
 *   ---
 *
 * with every value a double-quoted scalar that is also a JSON string, so
 * jansson decodes it.  This is not a YAML parser: other keys, comments and
 * nested structure are skipped, plain (unquoted) scalars are taken as they
 * stand.  "lang", as static site generators name it, is read as
 * "language". */
#include "read_md.h"
#include "meta.h"
#include "text.h"

#include <jansson.h>
#include <string.h>

typedef struct span {
    const char *s;
    size_t len;
} span;

static span trim(span v)
{
    size_t lead = qa_space_prefix(v.s, v.len);
    v.s += lead;
    v.len -= lead;
    v.len -= qa_space_suffix(v.s, v.len);
    return v;
}

static bool is_fence(span line, const char *fence)
{
    line.len -= qa_space_suffix(line.s, line.len);
    return line.len == 3 && memcmp(line.s, fence, 3) == 0;
}

/* A scalar value, or NULL (with a warning) when it cannot be decoded. */
static const char *scalar(qa_doc *doc, span v, size_t lineno)
{
    v = trim(v);
    if (v.len == 0 || v.s[0] != '"')
        return md_clean_text(doc, v.s, v.len);
    json_error_t error;
    json_t *j = json_loadb(v.s, v.len, JSON_DECODE_ANY, &error);
    const char *out = NULL;
    if (j && json_is_string(j))
        out = md_clean_text(doc, json_string_value(j), json_string_length(j));
    else
        qa_diag_add(doc, QA_WARNING, "front-matter", lineno,
                    "cannot read this front matter value: %s",
                    j ? "not a string" : error.text);
    json_decref(j);
    return out;
}

static void add_category(qa_doc *doc, md_front *fm, const char *c)
{
    if (!c || !*c)
        return;
    fm->categories = qa_grow(doc->arena, fm->categories,
                             sizeof *fm->categories, &fm->cap_categories,
                             fm->n_categories + 1);
    fm->categories[fm->n_categories++] = c;
}

/* "creator: ...", "date: ...": the metadata --md-front-matter writes
 * after the language (meta.h), kept when its value has the key's syntax. */
static void read_meta(qa_doc *doc, const char *key, size_t klen, span v,
                      size_t lineno)
{
    for (const char *const *k = qa_doc_meta_keys; *k; k++) {
        if (strlen(*k) != klen || memcmp(*k, key, klen) != 0)
            continue;
        const char *value = scalar(doc, v, lineno), *why = NULL;
        if (value && qa_meta_value_ok(*k, value, &why))
            qa_doc_set_meta(doc, *k, value);
        else if (value)
            qa_diag_add(doc, QA_WARNING, "front-matter", lineno,
                        "%s should be %s; ignored", *k, why);
        return;
    }
}

/* One line of front matter; *in_list: the line follows "categories:". */
static void read_line(qa_doc *doc, md_front *fm, span line, size_t lineno,
                      bool *in_list)
{
    span t = trim(line);
    if (t.len == 0 || t.s[0] == '#')
        return;
    if (*in_list && t.s[0] == '-' && (t.len == 1 || t.s[1] == ' ')) {
        add_category(doc, fm, scalar(doc, (span){t.s + 1, t.len - 1}, lineno));
        return;
    }
    *in_list = false;
    const char *colon = memchr(line.s, ':', line.len);
    if (!colon || line.s[0] == ' ')
        return; /* not a top-level key */
    size_t klen = (size_t)(colon - line.s);
    span v = trim((span){colon + 1, line.len - klen - 1});
    if (klen == 5 && memcmp(line.s, "title", 5) == 0) {
        fm->title = scalar(doc, v, lineno);
    } else if ((klen == 8 && memcmp(line.s, "language", 8) == 0) ||
               (klen == 4 && memcmp(line.s, "lang", 4) == 0)) {
        /* "lang" as static site generators spell it */
        fm->language = scalar(doc, v, lineno);
    } else if (klen == 10 && memcmp(line.s, "categories", 10) == 0) {
        fm->has_categories = true;
        *in_list = v.len == 0;
        if (v.len > 0 && !(v.len == 2 && memcmp(v.s, "[]", 2) == 0))
            qa_diag_add(doc, QA_WARNING, "front-matter", lineno,
                        "categories should be a list of strings");
    } else {
        read_meta(doc, line.s, klen, v, lineno);
    }
}

static span next_line(const char *text, size_t len, size_t *pos)
{
    const char *s = text + *pos;
    const char *nl = memchr(s, '\n', len - *pos);
    size_t n = nl ? (size_t)(nl - s) : len - *pos;
    *pos += nl ? n + 1 : n;
    return (span){s, n};
}

size_t md_read_front_matter(qa_doc *doc, const char *text, size_t len,
                            md_front *fm)
{
    size_t pos = 0;
    if (len == 0 || !is_fence(next_line(text, len, &pos), "---"))
        return 0;
    size_t body = pos, lines = 1;
    for (;;) { /* the closing fence first: without one there is no front matter */
        if (pos == len)
            return 0;
        span l = next_line(text, len, &pos);
        lines++;
        if (is_fence(l, "---") || is_fence(l, "..."))
            break;
    }
    bool in_list = false;
    for (size_t p = body, n = 2; n < lines; n++)
        read_line(doc, fm, next_line(text, len, &p), n, &in_list);
    fm->lines = lines;
    return pos;
}

void md_apply_front_matter(qa_doc *doc, const md_front *fm, bool have_title,
                           bool have_categories)
{
    if (!have_title) /* "" when nothing names the page */
        doc->title = fm->title ? fm->title : "";
    if (!have_categories)
        for (size_t i = 0; i < fm->n_categories; i++)
            qa_doc_add_category(doc, fm->categories[i]);
    if (fm->language && qa_is_language_tag(fm->language)) {
        doc->language = fm->language;
        doc->language_stated = true;
    }
    else if (fm->language)
        qa_diag_add(doc, QA_WARNING, "bad-language", 0,
                    "'%s' is not a language tag; using '%s'", fm->language,
                    doc->language);
}
