/* write_json.c - the model as qaconv JSON (contract: schema/qaconv.schema.json).
 *
 * Keys come out in a fixed order and numbers as integers, so the same
 * document always gives the same bytes (but for "converted", the time of
 * the conversion, which SOURCE_DATE_EPOCH leaves out). */
#define _POSIX_C_SOURCE 200809L /* gmtime_r */
#include "qaconv.h"
#include "meta.h"

#include <jansson.h>
#include <string.h>
#include <time.h>

/* Model text is valid UTF-8 by construction (the readers check it), so
 * jansson need not check it again: a third of the writer's time. */
#define str(s) json_string_nocheck(s)
/* Keys are literals of this file, ASCII all. */
#define set(object, key, value) json_object_set_new_nocheck(object, key, value)

static json_t *write_list(const qa_list *list);

static json_t *write_item(const qa_item *it)
{
    json_t *o = json_object();
    if (it->label)
        set(o, "label", str(it->label));
    set(o, "text", str(it->text));
    set(o, "line", json_integer((json_int_t)it->line));
    if (it->sublist)
        set(o, "list", write_list(it->sublist));
    return o;
}

static json_t *write_list(const qa_list *list)
{
    json_t *o = json_object();
    set(o, "ordered", json_boolean(list->ordered));
    json_t *items = json_array();
    for (size_t i = 0; i < list->n_items; i++)
        json_array_append_new(items, write_item(&list->items[i]));
    set(o, "items", items);
    return o;
}

static json_t *write_blocks(const qa_blocks *blocks)
{
    json_t *a = json_array();
    for (size_t i = 0; i < blocks->n; i++) {
        const qa_block *b = &blocks->v[i];
        json_t *o;
        if (b->type == QA_BLOCK_PARAGRAPH) {
            o = json_object();
            set(o, "type", str("paragraph"));
            set(o, "text", str(b->text));
            if (b->role != QA_ROLE_NONE)
                set(o, "role",
                                    str(qa_role_name(b->role)));
        } else {
            json_t *l = write_list(&b->list);
            o = json_object();
            set(o, "type", str("list"));
            json_object_update(o, l);
            json_decref(l);
        }
        set(o, "line", json_integer((json_int_t)b->line));
        json_array_append_new(a, o);
    }
    return a;
}

static json_t *write_flags(unsigned flags)
{
    json_t *a = json_array();
    for (unsigned bit = 1; bit && bit <= flags; bit <<= 1)
        if ((flags & bit) && qa_flag_name(bit))
            json_array_append_new(a, str(qa_flag_name(bit)));
    return a;
}

static json_t *write_entry(const qa_entry *e)
{
    json_t *o = json_object();
    set(o, "id", str(e->id));
    set(o, "number",
                        e->number ? json_integer(e->number) : json_null());
    set(o, "question", str(e->question));
    if (e->section)
        set(o, "section", str(e->section));
    set(o, "line", json_integer((json_int_t)e->line));
    set(o, "answer", write_blocks(&e->answer));
    set(o, "flags", write_flags(e->flags));
    return o;
}

static json_t *write_diag(const qa_diag *d)
{
    json_t *o = json_object();
    set(o, "severity", str(qa_severity_name(d->severity)));
    set(o, "code", str(d->code));
    set(o, "line", json_integer((json_int_t)d->line));
    set(o, "message", str(d->message));
    return o;
}

/* The source's name as the partner may see it: never an absolute local
 * path, whose folders say nothing of the page (its last component). */
static const char *source_name(const char *name)
{
    if (name[0] != '/')
        return name;
    const char *base = strrchr(name, '/') + 1;
    return *base ? base : name;
}

/* Provenance and metadata, after the keys of the first contract: the
 * document's "meta" (the --metadata keys that have no field of their own),
 * the generator, and the time of the conversion unless SOURCE_DATE_EPOCH
 * pins it (then none, so that outputs stay byte-identical).  Values from
 * the command line are checked by main.c, a document's own by read_json.c:
 * jansson's checked json_string is still used, so that a library caller's
 * text that is not UTF-8 leaves a key out instead of failing. */
static void write_provenance(json_t *o, const qa_doc *doc,
                             const qa_write_opts *opts)
{
    json_t *meta = json_object();
    for (const char *const *k = qa_doc_meta_keys; *k; k++) {
        const char *v = qa_doc_meta(doc, opts, *k);
        if (v && strcmp(*k, "source-url") != 0) /* source.url has it */
            json_object_set_new(meta, *k, json_string(v));
    }
    set(o, "meta", meta);
    set(o, "generator", str("qaconv " QACONV_VERSION));
    if (opts && opts->source_date_epoch < 0) {
        char when[32];
        time_t now = time(NULL);
        struct tm tm;
        if (gmtime_r(&now, &tm) &&
            strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm) > 0)
            set(o, "converted", str(when));
    }
}

static json_t *write_doc(const qa_doc *doc, const char *slug,
                         const qa_write_opts *opts)
{
    json_t *o = json_object();
    set(o, "qaconv", json_integer(QACONV_JSON_VERSION));
    set(o, "id", str(slug));
    set(o, "title", str(qa_doc_own_title(doc, opts)));
    json_t *cats = json_array();
    for (size_t i = 0; i < doc->n_categories; i++)
        json_array_append_new(cats, str(doc->categories[i]));
    set(o, "categories", cats);
    set(o, "language", str(doc->language));

    json_t *src = json_object();
    set(src, "name", str(source_name(doc->source.name)));
    set(src, "size", json_integer((json_int_t)doc->source.size));
    set(src, "sha256", str(doc->source.sha256));
    const char *url = qa_doc_meta(doc, opts, "source-url");
    if (url)
        json_object_set_new(src, "url", json_string(url));
    set(o, "source", src);

    set(o, "preamble", write_blocks(&doc->preamble));
    json_t *entries = json_array();
    for (size_t i = 0; i < doc->n_entries; i++) {
        if (i % QA_CANCEL_EVERY == 0 && qa_write_cancelled(opts))
            break; /* thrown away by qa_write_json_pages */
        json_array_append_new(entries, write_entry(&doc->entries[i]));
    }
    set(o, "entries", entries);
    json_t *diags = json_array();
    for (size_t i = 0; i < doc->n_diags; i++)
        json_array_append_new(diags, write_diag(&doc->diags[i]));
    set(o, "diagnostics", diags);
    write_provenance(o, doc, opts);
    return o;
}

static int append(const char *buffer, size_t size, void *data)
{
    qa_buf_put(data, buffer, size);
    return 0;
}

/* Dumps root (and drops it) into out with a final newline. */
static int dump(json_t *root, qa_buf *out, const char **err)
{
    int rc = json_dump_callback(root, append, out,
                                JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(root);
    if (rc != 0) {
        *err = "cannot encode the document as JSON";
        return -1;
    }
    qa_buf_put(out, "\n", 1);
    return 0;
}

int qa_write_json(const qa_doc *doc, const qa_write_opts *opts, qa_buf *out,
                  const char **err)
{
    return qa_write_json_pages(&doc, 1, opts, out, err);
}

int qa_write_json_docs(const qa_doc *const *docs, size_t n, qa_buf *out,
                       const char **err)
{
    return qa_write_json_pages(docs, n, NULL, out, err);
}

int qa_write_json_pages(const qa_doc *const *docs, size_t n,
                        const qa_write_opts *opts, qa_buf *out,
                        const char **err)
{
    qa_arena *tmp = qa_arena_new(); /* for the slugs */
    json_t *root = n == 1 ? NULL : json_array();
    for (size_t i = 0; i < n; i++) {
        const char *id = docs[i]->id ? docs[i]->id
                                     : qa_slug(tmp, qa_doc_title(docs[i], NULL));
        json_t *doc = write_doc(docs[i], id, opts);
        if (n == 1)
            root = doc;
        else
            json_array_append_new(root, doc);
    }
    qa_arena_free(tmp);
    if (qa_write_cancelled(opts)) {
        json_decref(root);
        *err = "interrupted";
        return -1;
    }
    return dump(root ? root : json_array(), out, err);
}
