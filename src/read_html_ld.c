/* read_html_ld.c - what a page says of itself in schema.org terms.  In
 * JSON-LD (<script type="application/ld+json">, parsed with jansson): the
 * questions of a FAQPage or QAPage (mainEntity, each Question's name and
 * its acceptedAnswer's text, which may be HTML), and the categories of a
 * BreadcrumbList; objects are found at the top, in arrays and in
 * "@graph", a few levels deep at most.  In microdata: which elements of
 * the page's own markup are Question items, and their names. */
#include "read_html.h"
#include "read_text.h"
#include "text.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* How deep objects are looked for through arrays and @graph. */
#define LD_MAX_DEPTH 8
#define LD_MAX_CRUMBS 32

/* "FAQPage", "schema:FAQPage" and "https://schema.org/FAQPage" */
static bool type_is(const char *t, const char *want)
{
    const char *slash = strrchr(t, '/'), *colon = strrchr(t, ':');
    const char *base = slash > colon ? slash + 1 : colon ? colon + 1 : t;
    return strcmp(base, want) == 0;
}

static bool has_type(json_t *o, const char *want)
{
    json_t *t = json_object_get(o, "@type");
    if (json_is_string(t))
        return type_is(json_string_value(t), want);
    size_t i;
    json_t *v;
    json_array_foreach(t, i, v)
        if (json_is_string(v) && type_is(json_string_value(v), want))
            return true;
    return false;
}

static const char *string_of(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* The first object of v, an object or an array of them. */
static json_t *first_object(json_t *v)
{
    if (json_is_object(v))
        return v;
    size_t i;
    json_t *o;
    json_array_foreach(v, i, o)
        if (json_is_object(o))
            return o;
    return NULL;
}

static void read_question(html_reader *r, json_t *q, size_t line,
                          html_ld *ld)
{
    if (!json_is_object(q) || !has_type(q, "Question"))
        return;
    const char *name = string_of(q, "name");
    if (!name)
        name = string_of(q, "text");
    const char *question = name ? html_clean(r, name, strlen(name)) : "";
    if (!*question)
        return;
    qa_entry *e = qa_doc_add_entry(r->doc, 0, question, line);
    if (ld->questions++ == 0)
        ld->line = line;
    json_t *answer = first_object(json_object_get(q, "acceptedAnswer"));
    if (!answer)
        answer = first_object(json_object_get(q, "suggestedAnswer"));
    const char *text = answer ? string_of(answer, "text") : NULL;
    if (!text)
        return;
    qa_blocks *saved = r->target;
    r->target = &e->answer;
    html_fragment_blocks(r, text, line);
    r->target = saved;
}

static void read_breadcrumb(html_reader *r, json_t *list)
{
    json_t *items = json_object_get(list, "itemListElement");
    json_t *sorted[LD_MAX_CRUMBS];
    long pos[LD_MAX_CRUMBS];
    size_t n = 0, i;
    json_t *it;
    json_array_foreach(items, i, it) {
        if (!json_is_object(it) || n == LD_MAX_CRUMBS)
            continue;
        json_t *p = json_object_get(it, "position");
        long at = json_is_integer(p) ? (long)json_integer_value(p)
                  : json_is_string(p) ? strtol(json_string_value(p), NULL, 10)
                                      : (long)i + 1;
        size_t k = n++; /* insertion sort: a few crumbs, stable */
        while (k > 0 && pos[k - 1] > at) {
            sorted[k] = sorted[k - 1];
            pos[k] = pos[k - 1];
            k--;
        }
        sorted[k] = it;
        pos[k] = at;
    }
    for (i = 0; i < n; i++) {
        const char *name = string_of(sorted[i], "name");
        json_t *item = json_object_get(sorted[i], "item");
        if (!name && json_is_object(item))
            name = string_of(item, "name");
        if (!name)
            continue;
        const char *crumb = html_clean(r, name, strlen(name));
        qa_breadcrumb_add_crumb(r->doc, crumb, strlen(crumb));
    }
}

static void visit(html_reader *r, json_t *v, size_t line, bool questions,
                  html_ld *ld, int depth)
{
    if (depth > LD_MAX_DEPTH || r->stopped)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *o;
        json_array_foreach(v, i, o) {
            if (html_tick(r))
                return;
            visit(r, o, line, questions, ld, depth + 1);
        }
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *graph = json_object_get(v, "@graph");
    if (graph)
        visit(r, graph, line, questions, ld, depth + 1);
    if (questions && (has_type(v, "FAQPage") || has_type(v, "QAPage"))) {
        json_t *main = json_object_get(v, "mainEntity");
        if (json_is_object(main)) {
            read_question(r, main, line, ld);
        } else {
            size_t i;
            json_t *q;
            json_array_foreach(main, i, q) {
                if (html_tick(r))
                    return;
                read_question(r, q, line, ld);
            }
        }
    }
    if (has_type(v, "BreadcrumbList") && !ld->breadcrumb &&
        r->doc->n_categories == 0) {
        read_breadcrumb(r, v);
        ld->breadcrumb = r->doc->n_categories > 0;
    }
}

void html_ld_read(html_reader *r, xmlNode *script, bool questions,
                  html_ld *ld)
{
    xmlChar *content = xmlNodeGetContent(script);
    if (!content)
        return;
    size_t line = html_line(r, script);
    json_error_t err;
    json_t *root = json_loadb((const char *)content,
                              strlen((const char *)content), 0, &err);
    xmlFree(content);
    if (!root) {
        size_t replaced = 0, dropped = 0; /* jansson quotes the input */
        qa_diag_add(r->doc, QA_WARNING, "json-ld-invalid", line,
                    "a JSON-LD block that is not valid JSON left out (%s)",
                    qa_model_text(r->doc->arena, err.text, strlen(err.text),
                                  &replaced, &dropped));
        return;
    }
    visit(r, root, line, questions, ld, 0);
    json_decref(root);
}

/* ---- microdata ---------------------------------------------------------- */

/* Does s[0..len) hold part? */
static bool holds(const char *s, size_t len, const char *part)
{
    size_t n = strlen(part);
    for (size_t i = 0; i + n <= len; i++)
        if (memcmp(s + i, part, n) == 0)
            return true;
    return false;
}

/* Is word one of the white-space separated words of s: an itemprop's
 * names, or (type) an itemtype's URLs, "https://schema.org/Question"
 * naming the type "Question"? */
static bool lists_word(const char *s, const char *word, bool type)
{
    size_t n = strlen(word);
    for (const char *p = s; *p;) {
        size_t len = strcspn(p, " \t\n\r");
        const char *tail = p + len - (len >= n ? n : len);
        if (len == n ? memcmp(p, word, n) == 0
                     : type && len > n && tail[-1] == '/' &&
                           memcmp(tail, word, n) == 0 &&
                           holds(p, len, "schema.org/"))
            return true;
        p += len;
        p += strspn(p, " \t\n\r");
    }
    return false;
}

static bool item_of_type(const xmlNode *n, const char *type)
{
    const char *t = html_attr(n, "itemtype");
    return t && html_attr(n, "itemscope") && lists_word(t, type, true);
}

/* The first element under item whose itemprop names prop, not among the
 * properties of another item inside it. */
static xmlNode *item_prop(html_reader *r, xmlNode *item, const char *prop)
{
    html_walk w;
    html_walk_init(&w, item);
    bool leaving, descend = true;
    for (xmlNode *n; (n = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = n->type == XML_ELEMENT_NODE;
        if (leaving || !descend || n == item)
            continue;
        if (html_tick(r))
            return NULL;
        const char *p = html_attr(n, "itemprop");
        if (p && lists_word(p, prop, false))
            return n;
        if (html_attr(n, "itemscope"))
            descend = false; /* that item's properties are its own */
    }
    return NULL;
}

bool html_item_question(const xmlNode *n)
{
    return item_of_type(n, "Question");
}

xmlNode *html_item_name(html_reader *r, xmlNode *item)
{
    return item_prop(r, item, "name");
}
