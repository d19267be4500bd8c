/* api_convert.c - the public conversion: read, filter, write.
 *
 * Each public function checks its arguments, makes what must survive a
 * failure (the document list, the output buffer) with the converter's
 * allocator, and runs the work in a scope (scope.h) whose recovery point
 * frees what the work made when memory runs out. */
#include "api.h"
#include "convert.h"

#include <stdlib.h>
#include <string.h>

/* Opens the scope of a public function of c, in the function itself (its
 * recovery point must stay active).  After out of memory, cleanup runs and
 * the function returns QACONV_ERROR_NOMEM. */
#define API_SCOPE(c, s, cleanup)                                           \
    qa_scope *s = qa_scope_enter((c)->mem);                                \
    if (!s)                                                                \
        return api_fail(c, QACONV_ERROR_ARGUMENT,                          \
                        "qaconv called from inside qaconv");               \
    if (setjmp(s->oom)) {                                                  \
        qa_scope_unwind(s);                                                \
        cleanup;                                                           \
        return api_fail(c, QACONV_ERROR_NOMEM, "out of memory");           \
    }

/* ---- the steps, inside a scope ------------------------------------------ */

static bool has_errors(const qa_docs *docs, const char **message)
{
    for (size_t d = 0; d < docs->n; d++)
        for (size_t i = 0; i < docs->v[d]->n_diags; i++)
            if (docs->v[d]->diags[i].severity == QA_ERROR) {
                *message = docs->v[d]->diags[i].message;
                return true;
            }
    return false;
}

/* The reader for data: format named, else name's extension, else text;
 * text that opens as HTML is HTML unless named text.  NULL after
 * api_fail. */
static const qa_format *reader_for(qaconv_converter *c, const char *format,
                                   const char *name, const char *data,
                                   size_t len)
{
    const qa_format *f = format ? qa_format_find(format)
                         : name ? qa_format_for_path(name)
                                : NULL;
    if (format && !f) {
        api_fail(c, QACONV_ERROR_FORMAT, "unknown input format '%s'; qaconv "
                 "reads text, json, md and html", format);
        return NULL;
    }
    if (f && !f->read) {
        api_fail(c, QACONV_ERROR_FORMAT, "qaconv reads no %s: it reads text, "
                 "json, md and html", f->name);
        return NULL;
    }
    if (!f)
        f = qa_format_find("text");
    if (f->read == qa_read_text && qa_looks_like_html(data, len)) {
        if (format) {
            api_fail(c, QACONV_ERROR_FORMAT, "this is an HTML document, not "
                     "a text page: read it as html");
            return NULL;
        }
        f = qa_format_find("html");
    }
    return f;
}

static qaconv_status read_docs(qaconv_converter *c, const char *data,
                               size_t len, const qa_format *from,
                               const char *name, qaconv_docs *docs)
{
    qa_doc *doc = from->read(data, len, name, c->cancel);
    if (!doc)
        return api_fail(c, QACONV_ERROR_INPUT, "%s: nothing could be read",
                        name);
    if (!qa_docs_finish(from, doc, api_language(c), c->detector, c->cancel,
                        &docs->list))
        return api_fail(c, QACONV_ERROR_CANCELLED, "interrupted");
    qa_write_opts opts = api_write_opts(c);
    qa_docs_name(&docs->list, name, qa_meta_get(&opts, "identifier"));
    const char *why;
    if (has_errors(&docs->list, &why))
        return api_fail(c, QACONV_ERROR_INPUT, "%s: %s", name, why);
    return QACONV_OK;
}

/* Which built-in filters chain turns on (see qaconv_filter). */
static qaconv_status parse_chain(qaconv_converter *c, const char *chain,
                                 bool *on)
{
    for (size_t i = 0; qa_filters[i].name; i++)
        on[i] = !chain && qa_filters[i].on_by_default;
    for (const char *p = chain; p && *p;) {
        size_t n = strcspn(p, ",");
        bool off = *p == '-';
        const char *name = p + off;
        size_t name_len = n - off;
        bool known = false;
        for (size_t i = 0; qa_filters[i].name; i++) {
            bool all = name_len == 7 && strncmp(name, "default", 7) == 0;
            if (all ? qa_filters[i].on_by_default
                    : strlen(qa_filters[i].name) == name_len &&
                          strncmp(qa_filters[i].name, name, name_len) == 0) {
                on[i] = !off;
                known = true;
            }
        }
        if (!known && n > 0)
            return api_fail(c, QACONV_ERROR_FILTER, "no built-in filter "
                            "'%.*s'", (int)name_len, name);
        p += n + (p[n] == ',');
    }
    return QACONV_OK;
}

static qaconv_status filter_docs(qaconv_converter *c, qaconv_docs *docs,
                                 const bool *on)
{
    for (size_t i = 0; qa_filters[i].name; i++) {
        if (qa_cancelled(c->cancel))
            return api_fail(c, QACONV_ERROR_CANCELLED, "interrupted");
        if (on[i])
            qa_filters[i].run(&docs->list);
    }
    for (size_t d = 0; d < docs->list.n; d++) /* found again: once is enough */
        qa_doc_drop_repeated_diags(docs->list.v[d]);
    const char *why;
    if (has_errors(&docs->list, &why))
        return api_fail(c, QACONV_ERROR_INPUT, "%s", why);
    return QACONV_OK;
}

static qaconv_status write_docs(qaconv_converter *c, const qa_doc *const *v,
                                size_t n, const char *format, qa_buf *out)
{
    const qa_format *f = qa_format_find(format);
    if (!f || !f->write)
        return api_fail(c, QACONV_ERROR_FORMAT, "unknown output format '%s'; "
                        "qaconv writes json, docbook, jsonld, md and epub",
                        format);
    qa_docs docs = {(qa_doc **)v, n, n};
    const char *why;
    if (has_errors(&docs, &why))
        return api_fail(c, QACONV_ERROR_INPUT, "not written: %s", why);
    qa_write_opts opts = api_write_opts(c);
    const char *err = NULL;
    int rc;
    if (n == 1)
        rc = f->write(v[0], &opts, out, &err);
    else if (f->write == qa_write_json)
        rc = qa_write_json_pages(v, n, &opts, out, &err);
    else if (f->write == qa_write_epub)
        rc = qa_write_epub_book(v, n, qa_meta_get(&opts, "title"), &opts, out,
                                &err);
    else
        return api_fail(c, QACONV_ERROR_PAGES, "the input holds %zu pages: "
                        "%s holds one; write them one by one", n, f->name);
    if (rc != 0 && qa_cancelled(c->cancel))
        return api_fail(c, QACONV_ERROR_CANCELLED, "interrupted");
    if (rc != 0)
        return api_fail(c, QACONV_ERROR_WRITE, "cannot write %s: %s", f->name,
                        err ? err : "writer failed");
    return QACONV_OK;
}

/* ---- holders that outlive a failed scope -------------------------------- */

static qaconv_docs *docs_new(const qaconv_mem *mem)
{
    qaconv_docs *docs = mem->calloc(1, sizeof *docs);
    if (docs)
        docs->mem = mem;
    return docs;
}

/* After a scope failed: its arenas are gone, the list's array stays. */
static void docs_drop(qaconv_docs *docs)
{
    free(docs->list.v);
    docs->mem->free(docs);
}

void qaconv_docs_free(qaconv_docs *docs)
{
    if (!docs)
        return;
    qa_docs_free(&docs->list);
    docs->mem->free(docs);
}

/* Hands the output in b to the caller as memory of c's allocator. */
static qaconv_status hand_out(qaconv_converter *c, qa_buf *b, char **out,
                              size_t *len)
{
    size_t n = b->len;
    char *p = qa_buf_take(b); /* from malloc, NULL when empty */
    if (!p || c->mem != qaconv_default_mem()) {
        char *q = c->mem->realloc(NULL, n + 1);
        if (q) {
            memcpy(q, p ? p : "", n);
            q[n] = '\0';
        }
        free(p);
        if (!q)
            return api_fail(c, QACONV_ERROR_NOMEM, "out of memory");
        p = q;
    }
    *out = p;
    if (len)
        *len = n;
    return QACONV_OK;
}

/* ---- the steps in their scopes ------------------------------------------ */

/* read_docs in a scope; after out of memory, docs is freed. */
static qaconv_status scoped_read(qaconv_converter *c, const char *data,
                                 size_t len, const qa_format *from,
                                 const char *name, qaconv_docs *docs)
{
    API_SCOPE(c, s, docs_drop(docs))
    qaconv_status st = read_docs(c, data, len, from, name, docs);
    qa_scope_leave(s);
    return st;
}

static qaconv_status scoped_filter(qaconv_converter *c, qaconv_docs *docs,
                                   const bool *on)
{
    API_SCOPE(c, s, (void)0)
    qaconv_status st = filter_docs(c, docs, on);
    qa_scope_leave(s);
    return st;
}

/* write_docs in a scope; after out of memory, b is emptied. */
static qaconv_status scoped_write(qaconv_converter *c, const qa_doc *const *v,
                                  size_t n, const char *format, qa_buf *b)
{
    API_SCOPE(c, s, qa_buf_free(b))
    qaconv_status st = write_docs(c, v, n, format, b);
    qa_scope_leave(s);
    return st;
}

/* ---- the public functions ----------------------------------------------- */

qaconv_status qaconv_read(qaconv_converter *c, const char *data, size_t len,
                          const char *format, const char *name,
                          qaconv_docs **out)
{
    if (out)
        *out = NULL;
    if (!c || !out || (!data && len))
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no converter, no input or "
                        "nowhere to put the documents");
    data = data ? data : "";
    name = name ? name : "-";
    const qa_format *from = reader_for(c, format, name, data, len);
    if (!from)
        return QACONV_ERROR_FORMAT;
    qaconv_docs *docs = docs_new(c->mem);
    if (!docs)
        return api_fail(c, QACONV_ERROR_NOMEM, "out of memory");
    qaconv_status st = scoped_read(c, data, len, from, name, docs);
    if (st == QACONV_OK || (st == QACONV_ERROR_INPUT && docs->list.n > 0))
        *out = docs;
    else if (st != QACONV_ERROR_NOMEM)
        qaconv_docs_free(docs);
    return st;
}

qaconv_status qaconv_filter(qaconv_converter *c, qaconv_docs *docs,
                            const char *chain)
{
    if (!c || !docs)
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no converter or no "
                        "documents");
    bool on[64];
    qaconv_status st = parse_chain(c, chain, on);
    if (st != QACONV_OK)
        return st;
    return scoped_filter(c, docs, on);
}

/* Writes v[0..n) into *out through a holder that outlives a failure. */
static qaconv_status write_out(qaconv_converter *c, const qa_doc *const *v,
                               size_t n, const char *format, char **out,
                               size_t *len)
{
    qa_buf *b = c->mem->calloc(1, sizeof *b);
    if (!b)
        return api_fail(c, QACONV_ERROR_NOMEM, "out of memory");
    qaconv_status st = scoped_write(c, v, n, format, b);
    if (st == QACONV_OK)
        st = hand_out(c, b, out, len);
    else
        qa_buf_free(b);
    c->mem->free(b);
    return st;
}

qaconv_status qaconv_write(qaconv_converter *c, const qaconv_docs *docs,
                           const char *format, char **out, size_t *len)
{
    if (out)
        *out = NULL;
    if (!c || !docs || !format || !out || docs->list.n == 0)
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no converter, documents, "
                        "format or place for the output");
    return write_out(c, (const qa_doc *const *)docs->list.v, docs->list.n,
                     format, out, len);
}

qaconv_status qaconv_write_doc(qaconv_converter *c, const qaconv_doc *doc,
                               const char *format, char **out, size_t *len)
{
    if (out)
        *out = NULL;
    if (!c || !doc || !format || !out)
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no converter, document, "
                        "format or place for the output");
    return write_out(c, &doc, 1, format, out, len);
}

qaconv_status qaconv_write_file(qaconv_converter *c, const qaconv_docs *docs,
                                const char *format, FILE *f)
{
    if (!f)
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no file");
    char *out;
    size_t len;
    qaconv_status st = qaconv_write(c, docs, format, &out, &len);
    if (st != QACONV_OK)
        return st;
    bool ok = fwrite(out, 1, len, f) == len && fflush(f) == 0;
    qaconv_free(c, out);
    return ok ? QACONV_OK
              : api_fail(c, QACONV_ERROR_IO, "cannot write %s to the file",
                         format);
}

qaconv_status qaconv_convert(qaconv_converter *c, const char *data, size_t len,
                             const char *from, const char *name,
                             const char *to, char **out, size_t *out_len)
{
    if (out)
        *out = NULL;
    if (!to || !out)
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no output format or place "
                        "for the output");
    qaconv_docs *docs;
    qaconv_status st = qaconv_read(c, data, len, from, name, &docs);
    if (st == QACONV_OK)
        st = qaconv_filter(c, docs, NULL);
    if (st == QACONV_OK)
        st = qaconv_write(c, docs, to, out, out_len);
    qaconv_docs_free(docs);
    return st;
}
