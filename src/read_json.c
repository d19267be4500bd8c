/* read_json.c - qaconv JSON back into the model (contract:
 * schema/qaconv.schema.json).  Partners edit JSON and regenerate the other
 * formats from it, and external filters hand the model back this way, so
 * the reader holds the input to the contract: a missing or mistyped field
 * is an error naming its place ("entries[2].answer[0].items"), an unknown
 * one a warning.  Text is cleaned as the raw reader cleans it. */
#include "qaconv.h"
#include "meta.h"
#include "text.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct reader {
    qa_doc *doc;
    char path[256]; /* where in the document we are, for messages */
    bool failed;
    qa_cancel *cancel;
} reader;

static void fail(reader *r, const char *what)
{
    if (!r->failed)
        qa_diag_add(r->doc, QA_ERROR, "invalid-json", 0, "%s%s%s", r->path,
                    *r->path ? ": " : "", what);
    r->failed = true;
}

/* Keeps text to the model's rules: no control characters but tab, no
 * line breaks inside a paragraph, no noncharacters (jansson accepts
 * "\uffff"). */
static const char *clean(reader *r, const char *s)
{
    size_t replaced = 0, dropped = 0;
    char *out = qa_model_text(r->doc->arena, s, strlen(s), &replaced,
                              &dropped);
    if (dropped)
        qa_diag_add(r->doc, QA_WARNING, "control-character", 0,
                    "%s%scontrol characters removed", r->path,
                    *r->path ? ": " : "");
    if (replaced)
        qa_diag_add(r->doc, QA_WARNING, "noncharacter", 0,
                    "%s%snoncharacters (U+FFFE, U+FFFF) replaced by U+FFFD",
                    r->path, *r->path ? ": " : "");
    return out;
}

static const char *get_string(reader *r, json_t *o, const char *key,
                              bool required)
{
    json_t *v = json_object_get(o, key);
    if (!v && !required)
        return NULL;
    if (!json_is_string(v)) {
        fail(r, qa_printf(r->doc->arena, "\"%s\" must be a string", key));
        return "";
    }
    return clean(r, json_string_value(v));
}

/* Text that holds more than white space. */
static bool has_text(const char *s)
{
    size_t len = strlen(s);
    return qa_space_prefix(s, len) < len;
}

static json_t *get_array(reader *r, json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_array(v)) {
        fail(r, qa_printf(r->doc->arena, "\"%s\" must be an array", key));
        return NULL;
    }
    return v;
}

static size_t get_line(json_t *o)
{
    json_t *v = json_object_get(o, "line");
    return json_is_integer(v) && json_integer_value(v) > 0
               ? (size_t)json_integer_value(v) : 0;
}

static void check_keys(reader *r, json_t *o, const char *const *known)
{
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v) {
        bool ok = false;
        for (const char *const *k = known; *k && !ok; k++)
            ok = strcmp(*k, key) == 0;
        if (!ok)
            qa_diag_add(r->doc, QA_WARNING, "unknown-field", 0,
                        "%s%sunknown field \"%s\" ignored", r->path,
                        *r->path ? ": " : "", key);
    }
}

/* Appends ".key" or "[i]" to the path; returns the old length to restore. */
static size_t push(reader *r, const char *fmt, const char *key, size_t i)
{
    size_t len = strlen(r->path);
    if (key)
        snprintf(r->path + len, sizeof r->path - len, fmt, key);
    else
        snprintf(r->path + len, sizeof r->path - len, fmt, i);
    return len;
}

static void read_list(reader *r, json_t *o, qa_list *list, int depth);

static void read_items(reader *r, json_t *items, qa_list *list, int depth)
{
    static const char *const keys[] = {"label", "text", "line", "list", NULL};
    size_t i;
    json_t *o;
    json_array_foreach(items, i, o) {
        size_t mark = push(r, "[%zu]", NULL, i);
        if (!json_is_object(o)) {
            fail(r, "a list item must be an object");
        } else {
            check_keys(r, o, keys);
            qa_item *it = qa_list_add(r->doc, list, get_string(r, o, "text", true),
                                      get_line(o));
            const char *label = get_string(r, o, "label", false);
            it->label = label && has_text(label) ? label : NULL;
            json_t *sub = json_object_get(o, "list");
            if (sub) {
                it->sublist = qa_alloc(r->doc->arena, sizeof *it->sublist);
                size_t m2 = push(r, ".%s", "list", 0);
                read_list(r, sub, it->sublist, depth + 1);
                r->path[m2] = '\0';
            }
        }
        r->path[mark] = '\0';
    }
}

static void read_list(reader *r, json_t *o, qa_list *list, int depth)
{
    if (depth > 32) {
        fail(r, "lists nested deeper than 32 levels");
        return;
    }
    if (!json_is_object(o) || !json_is_boolean(json_object_get(o, "ordered"))) {
        fail(r, "a list needs \"ordered\" (true or false) and \"items\"");
        return;
    }
    list->ordered = json_is_true(json_object_get(o, "ordered"));
    json_t *items = get_array(r, o, "items");
    if (items) {
        size_t mark = push(r, ".%s", "items", 0);
        read_items(r, items, list, depth);
        r->path[mark] = '\0';
    }
}

static void read_blocks(reader *r, json_t *a, qa_blocks *blocks)
{
    static const char *const para_keys[] = {"type", "text", "role", "line",
                                            NULL};
    static const char *const list_keys[] = {"type", "ordered", "items", "line",
                                            NULL};
    size_t i;
    json_t *o;
    json_array_foreach(a, i, o) {
        size_t mark = push(r, "[%zu]", NULL, i);
        const char *type = json_string_value(json_object_get(o, "type"));
        if (type && strcmp(type, "paragraph") == 0) {
            check_keys(r, o, para_keys);
            qa_block *b = qa_blocks_add(r->doc, blocks, QA_BLOCK_PARAGRAPH,
                                        get_line(o));
            b->text = get_string(r, o, "text", true);
            const char *role = get_string(r, o, "role", false);
            b->role = role ? qa_role_from_name(role) : QA_ROLE_NONE;
        } else if (type && strcmp(type, "list") == 0) {
            check_keys(r, o, list_keys);
            qa_block *b = qa_blocks_add(r->doc, blocks, QA_BLOCK_LIST,
                                        get_line(o));
            read_list(r, o, &b->list, 0);
        } else {
            fail(r, "a block needs \"type\": \"paragraph\" or \"list\"");
        }
        r->path[mark] = '\0';
    }
}

static void read_entry(reader *r, json_t *o)
{
    static const char *const keys[] = {"id", "number", "question", "section",
                                       "line", "answer", "flags", NULL};
    if (!json_is_object(o)) {
        fail(r, "an entry must be an object");
        return;
    }
    check_keys(r, o, keys);
    json_t *num = json_object_get(o, "number");
    if (num && !json_is_null(num) &&
        (!json_is_integer(num) || json_integer_value(num) < 0)) {
        fail(r, "\"number\" must be a non-negative integer or null");
        return;
    }
    const char *q = get_string(r, o, "question", true);
    if (!has_text(q))
        fail(r, "\"question\" must hold text");
    const char *section = get_string(r, o, "section", false);
    qa_entry *e = qa_doc_add_entry(r->doc, num ? (long)json_integer_value(num) : 0,
                                   q, get_line(o));
    e->section = section && has_text(section) ? section : NULL;
    /* The id as written, checked with the others once all are read
     * (settle_ids); "" when there is none. */
    json_t *id = json_object_get(o, "id");
    e->id = json_is_string(id) ? clean(r, json_string_value(id)) : "";
    json_t *answer = get_array(r, o, "answer");
    if (answer) {
        size_t mark = push(r, ".%s", "answer", 0);
        read_blocks(r, answer, &e->answer);
        r->path[mark] = '\0';
    }
    json_t *flags = json_object_get(o, "flags");
    size_t i;
    json_t *f;
    json_array_foreach(flags, i, f) {
        unsigned bit = json_is_string(f) ? qa_flag_from_name(json_string_value(f)) : 0;
        if (bit)
            e->flags |= bit;
        else
            qa_diag_add(r->doc, QA_WARNING, "unknown-flag", 0,
                        "%s: unknown flag ignored", r->path);
    }
}

/* A diagnostic code as the contract spells it: ^[a-z0-9]+(-[a-z0-9]+)*$.
 * Codes are printed in messages, so nothing else may pass. */
static bool is_code(const char *s)
{
    bool dash = true; /* no dash first, none twice, none last */
    for (; *s; s++) {
        bool alnum = (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9');
        if (!alnum && (*s != '-' || dash))
            return false;
        dash = *s == '-';
    }
    return !dash;
}

static void read_diagnostics(reader *r, json_t *a)
{
    size_t i;
    json_t *o;
    json_array_foreach(a, i, o) {
        const char *sev = json_string_value(json_object_get(o, "severity"));
        const char *code = json_string_value(json_object_get(o, "code"));
        const char *msg = json_string_value(json_object_get(o, "message"));
        if (!sev || !code || !msg || !is_code(code))
            continue; /* diagnostics are advice: a broken one is dropped */
        const char *text = clean(r, msg);
        if (!*text)
            continue;
        qa_severity s = strcmp(sev, "error") == 0     ? QA_ERROR
                        : strcmp(sev, "warning") == 0 ? QA_WARNING
                                                      : QA_INFO;
        if (s == QA_ERROR)
            s = QA_WARNING; /* a past error does not fail this run */
        qa_diag_add(r->doc, s, qa_strdup(r->doc->arena, code), get_line(o),
                    "%s", text);
        r->doc->diags[r->doc->n_diags - 1].carried = true;
    }
}

/* The number of an entry id of the contract's form, "q1", "q2", ... (at
 * most eighteen digits), or 0. */
static unsigned long id_number(const char *id)
{
    if (id[0] != 'q' || id[1] < '1' || id[1] > '9' || strlen(id) > 19 ||
        strspn(id + 1, "0123456789") != strlen(id + 1))
        return 0;
    return strtoul(id + 1, NULL, 10);
}

typedef struct id_slot {
    unsigned long number;
    size_t entry;
} id_slot;

static int by_number(const void *a, const void *b)
{
    const id_slot *x = a, *y = b;
    if (x->number != y->number)
        return x->number < y->number ? -1 : 1;
    return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* Entry ids are kept as written: partners refer to them, and a filter
 * that drops entries leaves the others their ids ("q1", "q3").  An entry
 * without one gets the next free number past the largest (so a document
 * without ids is numbered q1, q2, ... in order); one whose id is not of
 * the form "qN", or repeats an earlier entry's, gets one too, with a
 * warning.  Sorting keeps this O(n log n) however many entries come. */
static void settle_ids(reader *r)
{
    qa_doc *doc = r->doc;
    if (doc->n_entries == 0)
        return;
    id_slot *slots = qa_xmalloc(doc->n_entries * sizeof *slots);
    size_t n = 0;
    unsigned long top = 0;
    for (size_t i = 0; i < doc->n_entries; i++) {
        unsigned long k = id_number(doc->entries[i].id);
        if (k) {
            slots[n++] = (id_slot){k, i};
            top = k > top ? k : top;
        }
    }
    qsort(slots, n, sizeof *slots, by_number);
    bool *taken_twice = qa_alloc(doc->arena, doc->n_entries);
    for (size_t j = 1; j < n; j++)
        if (slots[j].number == slots[j - 1].number)
            taken_twice[slots[j].entry] = true; /* the later ones give way */
    free(slots);
    for (size_t i = 0; i < doc->n_entries; i++) {
        qa_entry *e = &doc->entries[i];
        bool valid = id_number(e->id) != 0;
        if (valid && !taken_twice[i])
            continue;
        const char *was = e->id;
        e->id = qa_printf(doc->arena, "q%lu", ++top);
        if (taken_twice[i])
            qa_diag_add(doc, QA_WARNING, "duplicate-id", 0,
                        "entries[%zu]: id \"%s\" is taken by an earlier "
                        "entry; this one is now %s", i, was, e->id);
        else if (*was)
            qa_diag_add(doc, QA_WARNING, "bad-id", 0,
                        "entries[%zu]: id \"%.40s\" is not q1, q2, ...; this "
                        "entry is now %s", i, was, e->id);
    }
}

static void read_source(reader *r, json_t *o)
{
    json_t *name = json_object_get(o, "name");
    json_t *size = json_object_get(o, "size");
    json_t *sha = json_object_get(o, "sha256");
    if (json_is_string(name)) {
        r->doc->source.name = clean(r, json_string_value(name));
        r->doc->source.title = qa_title_from_name(r->doc, r->doc->source.name);
    }
    if (json_is_integer(size) && json_integer_value(size) >= 0)
        r->doc->source.size = (uint64_t)json_integer_value(size);
    if (json_is_string(sha) && strlen(json_string_value(sha)) == 64 &&
        strspn(json_string_value(sha), "0123456789abcdef") == 64)
        memcpy(r->doc->source.sha256, json_string_value(sha), 65);
}

/* One metadata value: text, of the syntax its key has (a date, a URL);
 * anything else is dropped with a warning, as the command line would
 * have refused it. */
static void read_meta_value(reader *r, const char *key, json_t *v)
{
    const char *why = NULL;
    const char *text = json_is_string(v) ? clean(r, json_string_value(v)) : NULL;
    if (text && qa_meta_value_ok(key, text, &why))
        qa_doc_set_meta(r->doc, key, text);
    else
        qa_diag_add(r->doc, QA_WARNING, "bad-meta", 0,
                    "%s: must be %s; ignored", r->path,
                    why ? why : "a string");
}

/* "meta": {"creator": ..., "publisher": ..., "rights": ..., "date": ...,
 * "identifier": ...}, and the source's address, "source": {"url": ...}. */
static void read_meta(reader *r, json_t *root)
{
    json_t *meta = json_object_get(root, "meta");
    if (meta && !json_is_object(meta)) {
        qa_diag_add(r->doc, QA_WARNING, "bad-meta", 0,
                    "meta: must be an object; ignored");
    } else if (meta) {
        const char *key;
        json_t *v;
        json_object_foreach(meta, key, v) {
            snprintf(r->path, sizeof r->path, "meta.%.200s", key);
            bool known = false;
            for (const char *const *k = qa_doc_meta_keys; *k && !known; k++)
                known = strcmp(*k, key) == 0 && strcmp(key, "source-url") != 0;
            if (known)
                read_meta_value(r, key, v);
            else
                qa_diag_add(r->doc, QA_WARNING, "unknown-field", 0,
                            "meta: unknown field \"%s\" ignored", key);
        }
    }
    json_t *src = json_object_get(root, "source");
    json_t *url = json_is_object(src) ? json_object_get(src, "url") : NULL;
    if (url) {
        strcpy(r->path, "source.url");
        read_meta_value(r, "source-url", url);
    }
    r->path[0] = '\0';
}

static void read_document(reader *r, json_t *root)
{
    static const char *const keys[] = {"qaconv", "id", "title", "categories",
        "language", "source", "preamble", "entries", "diagnostics", "meta",
        "generator", "converted", NULL};
    qa_doc *doc = r->doc;
    if (!json_is_object(root)) {
        fail(r, "a qaconv document is a JSON object");
        return;
    }
    json_t *version = json_object_get(root, "qaconv");
    if (!json_is_integer(version) ||
        json_integer_value(version) != QACONV_JSON_VERSION) {
        fail(r, qa_printf(doc->arena, "\"qaconv\" must be %d, the contract "
                          "version this qaconv reads", QACONV_JSON_VERSION));
        return;
    }
    check_keys(r, root, keys);
    /* Diagnostics first: what the document's past runs found comes before
     * what this one finds, so that a round trip is a fixed point. */
    json_t *diags = json_object_get(root, "diagnostics");
    if (json_is_array(diags))
        read_diagnostics(r, diags);
    doc->title = get_string(r, root, "title", true);
    /* the partner's reference to the document: kept as it came */
    const char *id = get_string(r, root, "id", false);
    if (id && has_text(id))
        doc->id = id;
    const char *lang = get_string(r, root, "language", false);
    if (lang && qa_is_language_tag(lang)) {
        doc->language = lang;
        doc->language_stated = true;
    }
    else if (lang)
        qa_diag_add(doc, QA_WARNING, "bad-language", 0,
                    "'%s' is not a language tag; using '%s'", lang,
                    doc->language);
    json_t *cats = get_array(r, root, "categories");
    size_t i;
    json_t *v;
    json_array_foreach(cats, i, v) {
        snprintf(r->path, sizeof r->path, "categories[%zu]", i);
        const char *c = json_is_string(v) ? clean(r, json_string_value(v)) : "";
        if (has_text(c))
            qa_doc_add_category(doc, c);
        else
            fail(r, "categories must be strings that hold text");
    }
    r->path[0] = '\0';
    read_source(r, json_object_get(root, "source"));
    read_meta(r, root);
    json_t *pre = json_object_get(root, "preamble");
    if (json_is_array(pre)) {
        strcpy(r->path, "preamble");
        read_blocks(r, pre, &doc->preamble);
    }
    json_t *entries = get_array(r, root, "entries");
    json_array_foreach(entries, i, v) {
        if (i % QA_CANCEL_EVERY == 0 && qa_cancelled(r->cancel))
            return;
        snprintf(r->path, sizeof r->path, "entries[%zu]", i);
        read_entry(r, v);
    }
    r->path[0] = '\0';
    settle_ids(r);
    if (!r->failed && doc->n_entries == 0)
        qa_diag_add(doc, QA_ERROR, "no-questions", 0,
                    "the document has no entries");
}

qa_doc *qa_read_json(const char *data, size_t len, const char *name,
                     qa_cancel *cancel)
{
    qa_doc *doc = qa_doc_new();
    qa_doc_set_source(doc, name, data, len);
    json_error_t err;
    json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &err);
    if (!root) {
        qa_diag_add(doc, QA_ERROR, "invalid-json", err.line > 0 ? (size_t)err.line : 1,
                    "not valid JSON: %s", err.text);
        return doc;
    }
    reader r = {.doc = doc, .cancel = cancel};
    read_document(&r, root);
    json_decref(root);
    return doc;
}
