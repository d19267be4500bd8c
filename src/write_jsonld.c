/* write_jsonld.c - the model as a schema.org FAQPage in JSON-LD.
 *
 * One FAQPage with the title, language and categories, and one Question per
 * entry whose acceptedAnswer carries the answer as a small HTML fragment
 * (p, ol, ul, li and strong only), the markup search engines accept in
 * Answer.text.  libxml2 writes that fragment, so all escaping is its job.
 * Keys come out in a fixed order, so the same document always gives the
 * same bytes. */
#include "qaconv.h"
#include "meta.h"
#include "xml_text.h"

#include <jansson.h>
#include <stdio.h>

#define TRY(call)                                                             \
    do {                                                                      \
        if ((call) < 0)                                                       \
            return -1;                                                        \
    } while (0)

/* ---- the answer as HTML ------------------------------------------------ */

static int start(xmlTextWriterPtr w, const char *name)
{
    return xmlTextWriterStartElement(w, (const xmlChar *)name);
}

/* Always "</li>", never "<li/>": HTML parsers do not read XML's empty
 * element syntax. */
static int end(xmlTextWriterPtr w)
{
    return xmlTextWriterFullEndElement(w);
}

static int html_list(xmlTextWriterPtr w, const qa_list *list);

/* <li><strong>Label:</strong> text<ul>...</ul></li> */
static int html_item(xmlTextWriterPtr w, const qa_item *it)
{
    TRY(start(w, "li"));
    if (it->label) {
        TRY(start(w, "strong"));
        TRY(qa_xml_text(w, it->label));
        TRY(qa_xml_text(w, ":"));
        TRY(end(w));
        if (it->text && *it->text)
            TRY(qa_xml_text(w, " "));
    }
    TRY(qa_xml_text(w, it->text));
    if (it->sublist && it->sublist->n_items > 0)
        TRY(html_list(w, it->sublist));
    return end(w);
}

/* The reader bounds how deep sublists go, so recursion is safe here. */
static int html_list(xmlTextWriterPtr w, const qa_list *list)
{
    TRY(start(w, list->ordered ? "ol" : "ul"));
    for (size_t i = 0; i < list->n_items; i++)
        TRY(html_item(w, &list->items[i]));
    return end(w);
}

static int html_blocks(xmlTextWriterPtr w, const qa_blocks *blocks)
{
    for (size_t i = 0; i < blocks->n; i++) {
        const qa_block *b = &blocks->v[i];
        if (b->type == QA_BLOCK_PARAGRAPH)
            TRY(qa_xml_element(w, "p", b->text));
        else if (b->list.n_items > 0)
            TRY(html_list(w, &b->list));
    }
    return 0;
}

/* The blocks as one line of HTML, appended to html (NUL-terminated).
 * Returns 0, or -1 when libxml2 failed. */
static int answer_html(const qa_blocks *blocks, qa_buf *html)
{
    xmlBufferPtr mem;
    xmlTextWriterPtr w = qa_xml_open(&mem);
    if (!w)
        return -1;
    int rc = html_blocks(w, blocks);
    if (qa_xml_close(w, mem, rc < 0 ? NULL : html) != 0 || rc < 0)
        return -1;
    qa_buf_put(html, "", 1);
    return 0;
}

/* ---- the JSON-LD document ---------------------------------------------- */

/* json_string() refuses invalid UTF-8 by returning NULL; the model never
 * holds any, but the language comes from the command line.  Every setter
 * below reports that as -1 instead of dropping the key silently. */
static int set_string(json_t *o, const char *key, const char *value)
{
    json_t *s = json_string(value ? value : "");
    return s ? json_object_set_new(o, key, s) : -1;
}

static json_t *typed(const char *type)
{
    json_t *o = json_object();
    json_object_set_new(o, "@type", json_string(type));
    return o;
}

/* "about": one Thing per category; "keywords": the categories joined. */
static int set_categories(json_t *page, const qa_doc *doc)
{
    json_t *about = json_array();
    json_object_set_new(page, "about", about);
    qa_buf keywords = {0};
    int rc = 0;
    for (size_t i = 0; i < doc->n_categories && rc == 0; i++) {
        json_t *thing = typed("Thing");
        json_array_append_new(about, thing);
        rc = set_string(thing, "name", doc->categories[i]);
        if (i > 0)
            qa_buf_puts(&keywords, ", ");
        qa_buf_puts(&keywords, doc->categories[i]);
    }
    qa_buf_put(&keywords, "", 1);
    if (rc == 0)
        rc = set_string(page, "keywords", keywords.data);
    qa_buf_free(&keywords);
    return rc;
}

/* A question without an answer gets no acceptedAnswer rather than an
 * empty one. */
static int set_answer(json_t *question, const qa_blocks *answer)
{
    qa_buf html = {0};
    int rc = answer_html(answer, &html);
    if (rc == 0 && html.data[0] != '\0') {
        json_t *a = typed("Answer");
        json_object_set_new(question, "acceptedAnswer", a);
        rc = set_string(a, "text", html.data);
    }
    qa_buf_free(&html);
    return rc;
}

static int add_question(json_t *main_entity, const qa_entry *e)
{
    json_t *q = typed("Question");
    json_array_append_new(main_entity, q);
    /* The entry's id as a fragment, as EPUB anchors and DocBook xml:id
     * use it: ids stay when a filter drops entries. */
    char id[64];
    snprintf(id, sizeof id, "#%s", e->id);
    TRY(set_string(q, "@id", id));
    TRY(set_string(q, "name", e->question));
    return set_answer(q, &e->answer);
}

/* "author" or "publisher": an Organization by its name. */
static int set_org(json_t *page, const char *key, const char *name)
{
    if (!name)
        return 0;
    json_t *org = typed("Organization");
    json_object_set_new(page, key, org);
    return set_string(org, "name", name);
}

static int set_optional(json_t *page, const char *key, const char *value)
{
    return value ? set_string(page, key, value) : 0;
}

/* --metadata as schema.org properties: creator as author, publisher,
 * rights as license when it is a URL and as copyrightNotice otherwise,
 * date as datePublished, identifier, source-url as url. */
static int set_meta(json_t *page, const qa_doc *doc, const qa_write_opts *o)
{
    TRY(set_org(page, "author", qa_doc_meta(doc, o, "creator")));
    TRY(set_org(page, "publisher", qa_doc_meta(doc, o, "publisher")));
    const char *rights = qa_doc_meta(doc, o, "rights");
    TRY(set_optional(page, rights && qa_meta_url_ok(rights)
                               ? "license" : "copyrightNotice", rights));
    TRY(set_optional(page, "datePublished", qa_doc_meta(doc, o, "date")));
    TRY(set_optional(page, "identifier", qa_doc_meta(doc, o, "identifier")));
    return set_optional(page, "url", qa_doc_meta(doc, o, "source-url"));
}

static int build_page(json_t *page, const qa_doc *doc,
                      const qa_write_opts *opts)
{
    TRY(set_string(page, "@context", "https://schema.org"));
    TRY(set_string(page, "@type", "FAQPage"));
    TRY(set_string(page, "name", qa_doc_title(doc, opts)));
    if (doc->language && *doc->language)
        TRY(set_string(page, "inLanguage", doc->language));
    if (doc->n_categories > 0)
        TRY(set_categories(page, doc));
    TRY(set_meta(page, doc, opts));
    json_t *main_entity = json_array();
    json_object_set_new(page, "mainEntity", main_entity);
    for (size_t i = 0; i < doc->n_entries; i++) {
        if (i % QA_CANCEL_EVERY == 0 && qa_write_cancelled(opts))
            return -1;
        TRY(add_question(main_entity, &doc->entries[i]));
    }
    return 0;
}

static int append(const char *buffer, size_t size, void *data)
{
    qa_buf_put(data, buffer, size);
    return 0;
}

int qa_write_jsonld(const qa_doc *doc, const qa_write_opts *opts,
                    qa_buf *out, const char **err)
{
    json_t *page = json_object();
    if (build_page(page, doc, opts) != 0) {
        json_decref(page);
        *err = qa_write_cancelled(opts)
                   ? "interrupted"
                   : "cannot build the JSON-LD (text that is not UTF-8?)";
        return -1;
    }
    int rc = json_dump_callback(page, append, out,
                                JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(page);
    if (rc != 0) {
        *err = "cannot encode the document as JSON";
        return -1;
    }
    qa_buf_put(out, "\n", 1);
    return 0;
}
