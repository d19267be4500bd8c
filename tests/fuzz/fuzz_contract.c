/* fuzz_contract.c - the JSON contract (schema/qaconv.schema.json) in C, for
 * the fuzz targets: every constraint of the schema that a writer could
 * break, checked without a JSON Schema library.  Keep it in step with the
 * schema; tests/schema_samples.sh checks real outputs with the schema
 * itself. */
#include "fuzz_check.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

typedef struct ctx {
    char where[128];
    const char *why;
} ctx;

static bool bad(ctx *c, const char *why)
{
    if (!c->why)
        c->why = why;
    return false;
}

static bool lower_digit(char ch, bool digits)
{
    return (ch >= 'a' && ch <= 'z') || (digits && ch >= '0' && ch <= '9');
}

/* ^[a-z0-9]+(-[a-z0-9]+)*$, or ^[a-z]+(-[a-z]+)*$ without digits. */
static bool kebab(const char *s, bool digits)
{
    if (!lower_digit(*s, digits))
        return false;
    for (; *s; s++)
        if (*s == '-') {
            if (!lower_digit(s[1], digits))
                return false;
        } else if (!lower_digit(*s, digits)) {
            return false;
        }
    return true;
}

/* ^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$ */
static bool language(const char *s)
{
    size_t n = 0, sub = 0;
    for (;; s++) {
        if (*s == '-' || !*s) {
            if (sub == 0 ? n < 2 || n > 8 : n < 1 || n > 8)
                return false;
            if (!*s)
                return true;
            sub++, n = 0;
        } else if ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z') {
            n++;
        } else if (sub > 0 && *s >= '0' && *s <= '9') {
            n++;
        } else {
            return false;
        }
    }
}

static bool only_keys(ctx *c, json_t *o, const char *const *keys)
{
    const char *key;
    json_t *v;
    json_object_foreach(o, key, v) {
        bool known = false;
        for (const char *const *k = keys; *k && !known; k++)
            known = strcmp(*k, key) == 0;
        if (!known)
            return bad(c, "a property the schema does not allow");
    }
    return true;
}

static bool line_ok(json_t *v, bool required)
{
    if (!v)
        return !required;
    return json_is_integer(v) && json_integer_value(v) >= 0;
}

static bool string_ok(json_t *v, bool nonempty)
{
    return json_is_string(v) && (!nonempty || json_string_length(v) > 0);
}

static bool list_ok(ctx *c, json_t *o, bool block, int depth);

static bool item_ok(ctx *c, json_t *o, int depth)
{
    static const char *const keys[] = {"label", "text", "line", "list", NULL};
    json_t *label = json_object_get(o, "label");
    json_t *list = json_object_get(o, "list");
    if (!json_is_object(o) || !only_keys(c, o, keys))
        return bad(c, "a list item is not an object of label, text, line, list");
    if (label && !string_ok(label, true))
        return bad(c, "an item's label is not a non-empty string");
    if (!string_ok(json_object_get(o, "text"), false))
        return bad(c, "an item's text is not a string");
    if (!line_ok(json_object_get(o, "line"), false))
        return bad(c, "an item's line is not a non-negative integer");
    return !list || list_ok(c, list, false, depth + 1);
}

static bool list_ok(ctx *c, json_t *o, bool block, int depth)
{
    static const char *const block_keys[] = {"type", "ordered", "items",
                                             "line", NULL};
    static const char *const keys[] = {"ordered", "items", NULL};
    if (depth > 1000)
        return bad(c, "lists nested absurdly deep");
    if (!json_is_object(o) || !only_keys(c, o, block ? block_keys : keys))
        return bad(c, "a list is not an object of ordered and items");
    if (!json_is_boolean(json_object_get(o, "ordered")))
        return bad(c, "a list's ordered is not a boolean");
    json_t *items = json_object_get(o, "items");
    if (!json_is_array(items))
        return bad(c, "a list's items is not an array");
    size_t i;
    json_t *it;
    json_array_foreach(items, i, it) if (!item_ok(c, it, depth)) return false;
    return true;
}

static bool blocks_ok(ctx *c, json_t *a)
{
    static const char *const para_keys[] = {"type", "text", "role", "line",
                                            NULL};
    if (!json_is_array(a))
        return bad(c, "blocks are not an array");
    size_t i;
    json_t *b;
    json_array_foreach(a, i, b) {
        const char *type = json_string_value(json_object_get(b, "type"));
        if (!type)
            return bad(c, "a block without a type");
        if (strcmp(type, "list") == 0) {
            if (!list_ok(c, b, true, 0))
                return false;
            if (!line_ok(json_object_get(b, "line"), false))
                return bad(c, "a list's line is not a non-negative integer");
            continue;
        }
        json_t *role = json_object_get(b, "role");
        const char *r = json_string_value(role);
        if (strcmp(type, "paragraph") != 0 || !only_keys(c, b, para_keys) ||
            !string_ok(json_object_get(b, "text"), false) ||
            !line_ok(json_object_get(b, "line"), false) ||
            (role && (!r || (strcmp(r, "lead") && strcmp(r, "body") &&
                             strcmp(r, "summary")))))
            return bad(c, "a paragraph breaks the schema");
    }
    return true;
}

static bool entry_ok(ctx *c, json_t *e)
{
    static const char *const keys[] = {"id", "number", "question", "section",
                                       "line", "answer", "flags", NULL};
    if (!json_is_object(e) || !only_keys(c, e, keys))
        return bad(c, "an entry is not an object of the schema's fields");
    const char *id = json_string_value(json_object_get(e, "id"));
    if (!id || id[0] != 'q' || id[1] < '1' || id[1] > '9' ||
        strspn(id + 1, "0123456789") != strlen(id + 1))
        return bad(c, "an entry id is not q1, q2, ...");
    json_t *num = json_object_get(e, "number");
    if (!num || !(json_is_null(num) ||
                  (json_is_integer(num) && json_integer_value(num) >= 0)))
        return bad(c, "an entry number is neither null nor >= 0");
    if (!string_ok(json_object_get(e, "question"), true))
        return bad(c, "a question is not a non-empty string");
    json_t *section = json_object_get(e, "section");
    if (section && !string_ok(section, true))
        return bad(c, "a section is not a non-empty string");
    if (!line_ok(json_object_get(e, "line"), true))
        return bad(c, "an entry's line is missing or negative");
    if (!blocks_ok(c, json_object_get(e, "answer")))
        return false;
    json_t *flags = json_object_get(e, "flags");
    if (!json_is_array(flags))
        return bad(c, "an entry's flags are not an array");
    size_t i, j;
    json_t *f, *g;
    json_array_foreach(flags, i, f) {
        if (!json_is_string(f) || !kebab(json_string_value(f), false))
            return bad(c, "a flag is not a kebab-case word");
        json_array_foreach(flags, j, g) if (j < i && json_equal(f, g))
            return bad(c, "a flag appears twice");
    }
    return true;
}

static bool diag_ok(ctx *c, json_t *d)
{
    static const char *const keys[] = {"severity", "code", "line", "message",
                                       NULL};
    const char *sev = json_string_value(json_object_get(d, "severity"));
    const char *code = json_string_value(json_object_get(d, "code"));
    if (!json_is_object(d) || !only_keys(c, d, keys))
        return bad(c, "a diagnostic is not an object of the schema's fields");
    if (!sev || (strcmp(sev, "info") && strcmp(sev, "warning") &&
                 strcmp(sev, "error")))
        return bad(c, "a diagnostic's severity is not info/warning/error");
    if (!code || !kebab(code, true))
        return bad(c, "a diagnostic's code is not kebab-case");
    if (!line_ok(json_object_get(d, "line"), true))
        return bad(c, "a diagnostic's line is missing or negative");
    if (!string_ok(json_object_get(d, "message"), true))
        return bad(c, "a diagnostic's message is not a non-empty string");
    return true;
}

static bool source_ok(ctx *c, json_t *s)
{
    static const char *const keys[] = {"name", "size", "sha256", "url", NULL};
    json_t *url = json_object_get(s, "url");
    if (url && (!json_is_string(url) || !strstr(json_string_value(url), "://") ||
                strchr(json_string_value(url), ' ')))
        return bad(c, "source.url is not an absolute URL");
    const char *sha = json_string_value(json_object_get(s, "sha256"));
    json_t *size = json_object_get(s, "size");
    if (!json_is_object(s) || !only_keys(c, s, keys) ||
        !string_ok(json_object_get(s, "name"), false) ||
        !json_is_integer(size) || json_integer_value(size) < 0 || !sha ||
        strlen(sha) != 64 || strspn(sha, "0123456789abcdef") != 64)
        return bad(c, "source is not {name, size >= 0, sha256 in hex}");
    return true;
}

/* "meta": optional, strings that hold text under the keys of --metadata
 * (a date's syntax is checked by the schema itself). */
static bool meta_ok(ctx *c, json_t *m)
{
    static const char *const keys[] = {"creator", "publisher", "rights",
                                       "date", "identifier", NULL};
    if (!m)
        return true;
    if (!json_is_object(m) || !only_keys(c, m, keys))
        return bad(c, "meta is not an object of the --metadata keys");
    const char *key;
    json_t *v;
    json_object_foreach(m, key, v) if (!string_ok(v, true))
        return bad(c, "a meta value is not a non-empty string");
    return true;
}

static bool document_ok(ctx *c, json_t *root)
{
    static const char *const keys[] = {"qaconv", "id", "title", "categories",
        "language", "source", "preamble", "entries", "diagnostics", NULL};
    static const char *const all_keys[] = {"qaconv", "id", "title",
        "categories", "language", "source", "preamble", "entries",
        "diagnostics", "meta", "generator", "converted", NULL};
    if (!json_is_object(root))
        return bad(c, "the document is not an object");
    for (const char *const *k = keys; *k; k++)
        if (!json_object_get(root, *k))
            return bad(c, "a required top-level field is missing");
    if (!only_keys(c, root, all_keys))
        return false;
    if (!meta_ok(c, json_object_get(root, "meta")))
        return false;
    json_t *gen = json_object_get(root, "generator");
    json_t *when = json_object_get(root, "converted");
    if ((gen && !string_ok(gen, true)) ||
        (when && (!json_is_string(when) || json_string_length(when) != 20)))
        return bad(c, "generator or converted is not a string of the schema");
    json_t *v = json_object_get(root, "qaconv");
    if (!json_is_integer(v) || json_integer_value(v) != 1)
        return bad(c, "\"qaconv\" is not 1");
    if (!string_ok(json_object_get(root, "id"), true))
        return bad(c, "the id is not a non-empty string");
    if (!json_is_string(json_object_get(root, "title")))
        return bad(c, "the title is not a string");
    const char *lang = json_string_value(json_object_get(root, "language"));
    if (!lang || !language(lang))
        return bad(c, "the language is not a BCP 47 tag");
    json_t *cats = json_object_get(root, "categories");
    if (!json_is_array(cats))
        return bad(c, "categories are not an array");
    size_t i;
    json_array_foreach(cats, i, v) if (!string_ok(v, true))
        return bad(c, "a category is not a non-empty string");
    if (!source_ok(c, json_object_get(root, "source")) ||
        !blocks_ok(c, json_object_get(root, "preamble")))
        return false;
    json_t *entries = json_object_get(root, "entries");
    if (!json_is_array(entries))
        return bad(c, "entries are not an array");
    json_array_foreach(entries, i, v) if (!entry_ok(c, v)) return false;
    json_t *diags = json_object_get(root, "diagnostics");
    if (!json_is_array(diags))
        return bad(c, "diagnostics are not an array");
    json_array_foreach(diags, i, v) if (!diag_ok(c, v)) return false;
    return true;
}

const char *qa_fuzz_check_json(const char *s, size_t len, bool array)
{
    json_error_t e;
    json_t *root = json_loadb(s, len, JSON_REJECT_DUPLICATES, &e);
    if (!root)
        return "not valid JSON";
    ctx c = {.why = NULL};
    if (array) {
        size_t i;
        json_t *d;
        if (!json_is_array(root))
            bad(&c, "several pages are not a JSON array");
        json_array_foreach(root, i, d) if (!document_ok(&c, d)) break;
    } else {
        document_ok(&c, root);
    }
    json_decref(root);
    return c.why;
}
