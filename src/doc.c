/* doc.c - building the model: documents, entries, blocks, diagnostics. */
#include "qaconv.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/sha.h>

qa_doc *qa_doc_new(void)
{
    qa_arena *a = qa_arena_new();
    qa_doc *doc = qa_alloc(a, sizeof *doc);
    doc->arena = a;
    doc->language = "en";
    doc->title = "";
    return doc;
}

void qa_doc_free(qa_doc *doc)
{
    if (doc)
        qa_arena_free(doc->arena); /* doc itself lives in its arena */
}

void qa_doc_add_category(qa_doc *doc, const char *category)
{
    doc->categories = qa_grow(doc->arena, doc->categories,
                              sizeof *doc->categories, &doc->cap_categories,
                              doc->n_categories + 1);
    doc->categories[doc->n_categories++] = qa_strdup(doc->arena, category);
}

qa_entry *qa_doc_add_entry(qa_doc *doc, long number, const char *question,
                           size_t line)
{
    doc->entries = qa_grow(doc->arena, doc->entries, sizeof *doc->entries,
                           &doc->cap_entries, doc->n_entries + 1);
    qa_entry *e = &doc->entries[doc->n_entries++];
    memset(e, 0, sizeof *e);
    e->id = qa_printf(doc->arena, "q%zu", doc->n_entries);
    e->number = number;
    e->question = question;
    e->line = line;
    return e;
}

qa_block *qa_blocks_add(qa_doc *doc, qa_blocks *blocks, qa_block_type type,
                        size_t line)
{
    blocks->v = qa_grow(doc->arena, blocks->v, sizeof *blocks->v,
                        &blocks->cap, blocks->n + 1);
    qa_block *b = &blocks->v[blocks->n++];
    memset(b, 0, sizeof *b);
    b->type = type;
    b->line = line;
    return b;
}

qa_item *qa_list_add(qa_doc *doc, qa_list *list, const char *text,
                     size_t line)
{
    list->items = qa_grow(doc->arena, list->items, sizeof *list->items,
                          &list->cap_items, list->n_items + 1);
    qa_item *it = &list->items[list->n_items++];
    memset(it, 0, sizeof *it);
    it->text = text;
    it->line = line;
    return it;
}

void qa_diag_add(qa_doc *doc, qa_severity severity, const char *code,
                 size_t line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* "%.40s" and the buffer's size count bytes, and may cut a character
     * in two: drop a partial one at the end, then keep the message to the
     * model's rules (JSON cannot carry it otherwise). */
    size_t len = strlen(msg), keep = len;
    for (size_t k = 1; k <= 4 && k <= len; k++) {
        unsigned char c = (unsigned char)msg[len - k];
        if ((c & 0xC0) == 0x80)
            continue; /* a continuation byte: look further back */
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (need > k)
            keep = len - k;
        break;
    }
    size_t replaced = 0, dropped = 0;
    const char *text = qa_model_text(doc->arena, msg, keep, &replaced,
                                     &dropped);
    doc->diags = qa_grow(doc->arena, doc->diags, sizeof *doc->diags,
                         &doc->cap_diags, doc->n_diags + 1);
    qa_diag *d = &doc->diags[doc->n_diags++];
    d->severity = severity;
    d->code = qa_strdup(doc->arena, code);
    d->line = line;
    d->message = *text ? text : "(no message)";
    d->carried = false;
}

size_t qa_doc_count_diags(const qa_doc *doc, qa_severity at_least)
{
    size_t n = 0;
    for (size_t i = 0; i < doc->n_diags; i++)
        n += doc->diags[i].severity >= at_least;
    return n;
}

static int diag_order(const qa_diag *x, const qa_diag *y)
{
    if (x->severity != y->severity)
        return x->severity < y->severity ? -1 : 1;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    int c = strcmp(x->code, y->code);
    return c ? c : strcmp(x->message, y->message);
}

int qa_diag_ptr_cmp(const void *a, const void *b)
{
    return diag_order(*(const qa_diag *const *)a, *(const qa_diag *const *)b);
}

/* Sorting the carried ones keeps this O(n log n) for any number. */
void qa_doc_drop_repeated_diags(qa_doc *doc)
{
    size_t n_carried = 0;
    for (size_t i = 0; i < doc->n_diags; i++)
        n_carried += doc->diags[i].carried;
    if (n_carried == 0 || n_carried == doc->n_diags)
        return;
    qa_diag *copy = qa_xmalloc(doc->n_diags * sizeof *copy);
    memcpy(copy, doc->diags, doc->n_diags * sizeof *copy);
    const qa_diag **carried = qa_xmalloc(n_carried * sizeof *carried);
    size_t k = 0;
    for (size_t i = 0; i < doc->n_diags; i++)
        if (copy[i].carried)
            carried[k++] = &copy[i];
    qsort(carried, n_carried, sizeof *carried, qa_diag_ptr_cmp);
    size_t kept = 0;
    for (size_t i = 0; i < doc->n_diags; i++) {
        const qa_diag *d = &copy[i];
        if (!d->carried &&
            bsearch(&d, carried, n_carried, sizeof *carried, qa_diag_ptr_cmp))
            continue;
        doc->diags[kept++] = *d;
    }
    doc->n_diags = kept;
    free(carried);
    free(copy);
}

const char *qa_severity_name(qa_severity s)
{
    switch (s) {
    case QA_INFO:
        return "info";
    case QA_WARNING:
        return "warning";
    case QA_ERROR:
        return "error";
    }
    return "error";
}

static const struct {
    unsigned bit;
    const char *name;
} flag_names[] = {
    {QA_FLAG_TRUNCATED, "truncated"},
    {QA_FLAG_EMPTY_ANSWER, "empty-answer"},
    {QA_FLAG_PERSONA, "persona"},
    {QA_FLAG_OFF_TOPIC, "off-topic"},
};

const char *qa_flag_name(unsigned flag)
{
    for (size_t i = 0; i < sizeof flag_names / sizeof *flag_names; i++)
        if (flag_names[i].bit == flag)
            return flag_names[i].name;
    return NULL;
}

unsigned qa_flag_from_name(const char *name)
{
    for (size_t i = 0; i < sizeof flag_names / sizeof *flag_names; i++)
        if (strcmp(flag_names[i].name, name) == 0)
            return flag_names[i].bit;
    return 0;
}

void qa_doc_set_source(qa_doc *doc, const char *name, const char *data,
                       size_t len)
{
    unsigned char digest[SHA256_DIGEST_LENGTH];
    if (!SHA256((const unsigned char *)data, len, digest))
        memset(digest, 0, sizeof digest);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < sizeof digest; i++) {
        doc->source.sha256[2 * i] = hex[digest[i] >> 4];
        doc->source.sha256[2 * i + 1] = hex[digest[i] & 15];
    }
    doc->source.sha256[64] = '\0';
    size_t replaced, dropped; /* file names are bytes, not always UTF-8 */
    name = name ? name : "-";
    doc->source.name = qa_model_text(doc->arena, name, strlen(name), &replaced,
                                     &dropped);
    doc->source.title = qa_title_from_name(doc, doc->source.name);
    doc->source.size = len;
}

const char *qa_meta_get(const qa_write_opts *opts, const char *key)
{
    const char *value = NULL;
    for (size_t i = 0; opts && i < opts->n_meta; i++)
        if (strcmp(opts->meta[i].key, key) == 0)
            value = opts->meta[i].value; /* the last one given wins */
    return value;
}

static const char *const role_names[] = {"", "lead", "body", "summary"};

const char *qa_role_name(qa_role role)
{
    return role <= QA_ROLE_SUMMARY ? role_names[role] : "";
}

qa_role qa_role_from_name(const char *name)
{
    for (int r = QA_ROLE_LEAD; r <= QA_ROLE_SUMMARY; r++)
        if (strcmp(role_names[r], name) == 0)
            return (qa_role)r;
    return QA_ROLE_NONE;
}

void qa_docs_push(qa_docs *docs, qa_doc *doc)
{
    qa_docs_insert(docs, docs->n, doc);
}

void qa_docs_insert(qa_docs *docs, size_t i, qa_doc *doc)
{
    if (docs->n == docs->cap) {
        docs->cap = docs->cap ? 2 * docs->cap : 4;
        docs->v = qa_xrealloc(docs->v, docs->cap * sizeof *docs->v);
    }
    memmove(docs->v + i + 1, docs->v + i, (docs->n - i) * sizeof *docs->v);
    docs->v[i] = doc;
    docs->n++;
}

void qa_docs_free(qa_docs *docs)
{
    for (size_t i = 0; i < docs->n; i++)
        qa_doc_free(docs->v[i]);
    free(docs->v);
    docs->v = NULL;
    docs->n = docs->cap = 0;
}

static void map_list(qa_doc *doc, qa_list *list, qa_text_fn fn, void *ctx)
{
    for (size_t i = 0; i < list->n_items; i++) {
        qa_item *it = &list->items[i];
        if (it->label)
            it->label = fn(doc, it->label, it->line, ctx);
        it->text = fn(doc, it->text, it->line, ctx);
        if (it->sublist)
            map_list(doc, it->sublist, fn, ctx);
    }
}

static void map_blocks(qa_doc *doc, qa_blocks *blocks, qa_text_fn fn,
                       void *ctx)
{
    for (size_t i = 0; i < blocks->n; i++) {
        qa_block *b = &blocks->v[i];
        if (b->type == QA_BLOCK_PARAGRAPH)
            b->text = fn(doc, b->text, b->line, ctx);
        else
            map_list(doc, &b->list, fn, ctx);
    }
}

void qa_doc_map_text(qa_doc *doc, qa_text_fn fn, void *ctx)
{
    doc->title = fn(doc, doc->title, 0, ctx);
    for (size_t i = 0; i < doc->n_categories; i++)
        doc->categories[i] = fn(doc, doc->categories[i], 0, ctx);
    map_blocks(doc, &doc->preamble, fn, ctx);
    for (size_t i = 0; i < doc->n_entries; i++) {
        qa_entry *e = &doc->entries[i];
        e->question = fn(doc, e->question, e->line, ctx);
        map_blocks(doc, &e->answer, fn, ctx);
    }
}
