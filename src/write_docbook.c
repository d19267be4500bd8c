/* write_docbook.c - the model as a DocBook 5.0 article.
 *
 * One <article> whose <info> holds the title, the --metadata (author,
 * publisher, pubdate, biblioid, bibliosource, legalnotice) and the
 * categories (as a keywordset, which DocBook XSL turns into <meta
 * name="keywords">), the preamble as ordinary blocks, then a <qandaset>
 * with one <qandaentry> per question; on a page with sections, the entries go in a <qandadiv> per
 * section, titled with its heading (those before the first, untitled); an
 * answer the page's end cut off ends with <note role="cut-off">.  The
 * output is valid against DocBook 5.0's RELAX NG schema
 * (tests/docbook runs jing and DocBook XSL on it).
 *
 * Elements that hold other elements each start on a line of their own,
 * indented; nothing is added inside a <para> or a <title>, where white
 * space would be text. */
#include "qaconv.h"
#include "lang_words.h"
#include "meta.h"
#include "xml_text.h"

#include <stdio.h>
#include <string.h>

#define DOCBOOK_NS "http://docbook.org/ns/docbook"

/* Every xmlTextWriter call returns -1 on failure; so does every helper. */
#define TRY(call)                                                             \
    do {                                                                      \
        if ((call) < 0)                                                       \
            return -1;                                                        \
    } while (0)

/* The writer and how deep the current block element is nested. */
typedef struct {
    xmlTextWriterPtr w;
    int depth;
} db_writer;

/* A line break and two spaces per level, written as text: libxml2's own
 * indentation would also break lines inside a <para> that starts with an
 * <emphasis>, changing its text. */
static int newline(db_writer *d)
{
    char pad[1 + 2 * 16 + 1] = "\n";
    int n = d->depth < 0 ? 0 : d->depth < 16 ? d->depth : 16;
    memset(pad + 1, ' ', 2 * (size_t)n);
    pad[1 + 2 * n] = '\0';
    return xmlTextWriterWriteString(d->w, (const xmlChar *)pad);
}

/* Starts an element that holds only other elements, on its own line. */
static int start(db_writer *d, const char *name)
{
    TRY(newline(d));
    d->depth++;
    return xmlTextWriterStartElement(d->w, (const xmlChar *)name);
}

static int end(db_writer *d)
{
    d->depth--;
    TRY(newline(d));
    return xmlTextWriterEndElement(d->w);
}

/* Starts an element whose content is text, on its own line; it ends with
 * a plain xmlTextWriterEndElement. */
static int start_inline(db_writer *d, const char *name)
{
    TRY(newline(d));
    return xmlTextWriterStartElement(d->w, (const xmlChar *)name);
}

static int write_inline(db_writer *d, const char *name, const char *s)
{
    TRY(start_inline(d, name));
    TRY(qa_xml_text(d->w, s));
    return xmlTextWriterEndElement(d->w);
}

/* <para><emphasis role="strong">Label:</emphasis> text</para> */
static int write_item_para(db_writer *d, const qa_item *it)
{
    TRY(start_inline(d, "para"));
    if (it->label) {
        TRY(xmlTextWriterStartElement(d->w, (const xmlChar *)"emphasis"));
        TRY(qa_xml_attr(d->w, "role", "strong"));
        TRY(qa_xml_text(d->w, it->label));
        TRY(qa_xml_text(d->w, ":"));
        TRY(xmlTextWriterEndElement(d->w));
        if (it->text && *it->text)
            TRY(qa_xml_text(d->w, " "));
    }
    TRY(qa_xml_text(d->w, it->text));
    return xmlTextWriterEndElement(d->w);
}

/* Sublists go inside the listitem they belong to, after its para; the
 * reader bounds their depth, so recursion is safe here. */
static int write_list(db_writer *d, const qa_list *list)
{
    TRY(start(d, list->ordered ? "orderedlist" : "itemizedlist"));
    for (size_t i = 0; i < list->n_items; i++) {
        const qa_item *it = &list->items[i];
        TRY(start(d, "listitem"));
        TRY(write_item_para(d, it));
        if (it->sublist && it->sublist->n_items > 0)
            TRY(write_list(d, it->sublist));
        TRY(end(d));
    }
    return end(d);
}

static bool block_is_empty(const qa_block *b)
{
    return b->type == QA_BLOCK_LIST && b->list.n_items == 0;
}

/* Blocks in order; a list without items is left out, because DocBook
 * lists need at least one listitem. */
static int write_blocks(db_writer *d, const qa_blocks *blocks)
{
    for (size_t i = 0; i < blocks->n; i++) {
        const qa_block *b = &blocks->v[i];
        if (block_is_empty(b))
            continue;
        if (b->type == QA_BLOCK_PARAGRAPH) {
            TRY(start_inline(d, "para"));
            if (b->role != QA_ROLE_NONE) /* lead, body, summary */
                TRY(qa_xml_attr(d->w, "role", qa_role_name(b->role)));
            TRY(qa_xml_text(d->w, b->text));
            TRY(xmlTextWriterEndElement(d->w));
        } else {
            TRY(write_list(d, &b->list));
        }
    }
    return 0;
}

static bool has_blocks(const qa_blocks *blocks)
{
    for (size_t i = 0; i < blocks->n; i++)
        if (!block_is_empty(&blocks->v[i]))
            return true;
    return false;
}

/* <outer><inner>text</inner></outer>, when there is text. */
static int write_wrapped(db_writer *d, const char *outer, const char *inner,
                         const char *text)
{
    if (!text)
        return 0;
    TRY(start(d, outer));
    TRY(write_inline(d, inner, text));
    return end(d);
}

/* The title, then --metadata: creator as an author (an organization),
 * publisher, date as pubdate, identifier as a biblioid, the source's
 * address as a bibliosource, rights as a legal notice; the categories
 * last, as a keywordset. */
static int write_info(db_writer *d, const qa_doc *doc,
                      const qa_write_opts *opts)
{
    TRY(start(d, "info"));
    TRY(write_inline(d, "title", qa_doc_title(doc, opts)));
    TRY(write_wrapped(d, "author", "orgname", qa_doc_meta(doc, opts, "creator")));
    TRY(write_wrapped(d, "publisher", "publishername",
                      qa_doc_meta(doc, opts, "publisher")));
    const char *date = qa_doc_meta(doc, opts, "date");
    if (date)
        TRY(write_inline(d, "pubdate", date));
    const char *id = qa_doc_meta(doc, opts, "identifier");
    if (id)
        TRY(write_inline(d, "biblioid", id));
    const char *url = qa_doc_meta(doc, opts, "source-url");
    if (url) {
        TRY(start_inline(d, "bibliosource"));
        TRY(qa_xml_attr(d->w, "class", "uri"));
        TRY(qa_xml_text(d->w, url));
        TRY(xmlTextWriterEndElement(d->w));
    }
    TRY(write_wrapped(d, "legalnotice", "para", qa_doc_meta(doc, opts, "rights")));
    if (doc->n_categories > 0) {
        TRY(start(d, "keywordset"));
        for (size_t i = 0; i < doc->n_categories; i++)
            TRY(write_inline(d, "keyword", doc->categories[i]));
        TRY(end(d));
    }
    return end(d);
}

/* An NCName made of ASCII letters, digits, '_', '-' and '.', not starting
 * with a digit, '-' or '.'.  Model ids ("q1") always are; anything else is
 * replaced rather than risk an invalid xml:id. */
static bool is_simple_ncname(const char *s)
{
    if (!s || !*s || strchr("0123456789-.", *s))
        return false;
    for (; *s; s++) {
        char c = *s;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                  (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
        if (!ok)
            return false;
    }
    return true;
}

/* Where the page was cut off: <note role="cut-off"> in the document's
 * language (lang_words.c). */
static int write_cut_off(db_writer *d, const char *lang)
{
    TRY(start(d, "note"));
    TRY(qa_xml_attr(d->w, "role", "cut-off"));
    TRY(write_inline(d, "para", qa_words_for(lang)->truncated));
    return end(d);
}

/* An entry without an answer has no <answer> at all: the schema allows
 * qandaentry { question, answer* }, but an <answer> needs a block.  An
 * entry the page's end cut off ends its answer with a notice saying so. */
static int write_entry(db_writer *d, const qa_entry *e, size_t index,
                       const char *lang)
{
    char fallback[32];
    const char *id = e->id;
    if (!is_simple_ncname(id)) {
        snprintf(fallback, sizeof fallback, "q%zu", index + 1);
        id = fallback;
    }
    TRY(start(d, "qandaentry"));
    TRY(qa_xml_attr(d->w, "xml:id", id));
    TRY(start(d, "question"));
    TRY(write_inline(d, "para", e->question));
    TRY(end(d));
    bool cut = e->flags & QA_FLAG_TRUNCATED;
    if (has_blocks(&e->answer) || cut) {
        TRY(start(d, "answer"));
        TRY(write_blocks(d, &e->answer));
        if (cut)
            TRY(write_cut_off(d, lang));
        TRY(end(d));
    }
    return end(d);
}

/* The root is not preceded by a line break of its own: the XML
 * declaration ends with one. */
static int write_article(db_writer *d, const qa_doc *doc,
                         const qa_write_opts *opts)
{
    TRY(xmlTextWriterStartDocument(d->w, "1.0", "UTF-8", NULL));
    TRY(xmlTextWriterStartElementNS(d->w, NULL, (const xmlChar *)"article",
                                    (const xmlChar *)DOCBOOK_NS));
    TRY(qa_xml_attr(d->w, "version", "5.0"));
    if (doc->language && *doc->language)
        TRY(qa_xml_attr(d->w, "xml:lang", doc->language));
    d->depth = 1;
    TRY(write_info(d, doc, opts));
    TRY(write_blocks(d, &doc->preamble));
    TRY(start(d, "qandaset"));
    TRY(qa_xml_attr(d->w, "defaultlabel", "number"));
    bool divided = false; /* a page with sections: every entry in a div */
    for (size_t i = 0; i < doc->n_entries; i++)
        divided = divided || doc->entries[i].section;
    for (size_t i = 0; i < doc->n_entries; i++) {
        const qa_entry *e = &doc->entries[i];
        if (i % QA_CANCEL_EVERY == 0 && qa_write_cancelled(opts))
            return -1;
        if (divided && (i == 0 || e->section)) {
            if (i > 0)
                TRY(end(d)); /* qandadiv */
            TRY(start(d, "qandadiv"));
            if (e->section)
                TRY(write_inline(d, "title", e->section));
        }
        TRY(write_entry(d, e, i, doc->language));
    }
    if (divided)
        TRY(end(d)); /* qandadiv */
    TRY(end(d));
    TRY(end(d));
    return xmlTextWriterEndDocument(d->w);
}

int qa_write_docbook(const qa_doc *doc, const qa_write_opts *opts,
                     qa_buf *out, const char **err)
{
    if (doc->n_entries == 0) {
        *err = "a DocBook qandaset needs at least one question";
        return -1;
    }
    xmlBufferPtr mem;
    db_writer d = {qa_xml_open(&mem), 0};
    if (!d.w) {
        *err = "cannot create an XML writer";
        return -1;
    }
    int rc = write_article(&d, doc, opts);
    if (qa_xml_close(d.w, mem, rc < 0 ? NULL : out) != 0 || rc < 0) {
        *err = qa_write_cancelled(opts) ? "interrupted"
                                        : "cannot write the DocBook XML";
        return -1;
    }
    return 0;
}
