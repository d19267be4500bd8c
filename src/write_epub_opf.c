/* write_epub_opf.c - the EPUB's package document (metadata, manifest,
 * spine), the EPUB 2 NCX table of contents for older readers, and
 * META-INF/container.xml. */
#include "write_epub.h"
#include "lang_words.h"

#define OPF_NS "http://www.idpf.org/2007/opf"
#define DC_NS "http://purl.org/dc/elements/1.1/"
#define NCX_NS "http://www.daisy.org/z3986/2005/ncx/"
#define CONTAINER_NS "urn:oasis:names:tc:opendocument:xmlns:container"

/* Runs render between the XML declaration and the end of the document. */
static int render_xml(const epub_book *b,
                      int (*render)(xmlTextWriterPtr, const epub_book *),
                      qa_buf *out)
{
    xmlBufferPtr buf;
    xmlTextWriterPtr w = epub_xml_start(&buf, true);
    if (!w)
        return -1;
    bool ok = xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) >= 0 &&
              render(w, b) >= 0; /* libxml2 counts bytes; -1 fails */
    return epub_xml_finish(w, buf, ok, out);
}

/* ---- package document --------------------------------------------------- */

static int dc(xmlTextWriterPtr w, const char *name, const char *id,
              const char *value)
{
    if (!value)
        return 0;
    EPUB_TRY(xmlTextWriterStartElementNS(w, BAD_CAST "dc", BAD_CAST name,
                                         NULL));
    if (id)
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST id));
    EPUB_TRY(qa_xml_text(w, value));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

/* <meta property="..." [refines] [id]>value</meta> */
static int meta(xmlTextWriterPtr w, const char *property, const char *refines,
                const char *id, const char *value)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "meta"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "property",
                                         BAD_CAST property));
    if (refines)
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "refines",
                                             BAD_CAST refines));
    if (id)
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST id));
    EPUB_TRY(qa_xml_text(w, value));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

/* EPUB Accessibility 1.1 (schema.org properties and a conformance claim).
 * What makes the claim true: every page has a language, headings give the
 * structure, the nav lists every question, the reading order is the spine,
 * and the one image, the cover, carries the title as its alternative text. */
static int a11y_meta(xmlTextWriterPtr w, const epub_book *b)
{
    EPUB_TRY(meta(w, "schema:accessMode", NULL, NULL, "textual"));
    if (b->cover_href)
        EPUB_TRY(meta(w, "schema:accessMode", NULL, NULL, "visual"));
    EPUB_TRY(meta(w, "schema:accessModeSufficient", NULL, NULL, "textual"));
    EPUB_TRY(meta(w, "schema:accessibilityFeature", NULL, NULL,
                  "structuralNavigation"));
    EPUB_TRY(meta(w, "schema:accessibilityFeature", NULL, NULL,
                  "tableOfContents"));
    EPUB_TRY(meta(w, "schema:accessibilityFeature", NULL, NULL,
                  "readingOrder"));
    if (b->cover_href)
        EPUB_TRY(meta(w, "schema:accessibilityFeature", NULL, NULL,
                      "alternativeText"));
    EPUB_TRY(meta(w, "schema:accessibilityHazard", NULL, NULL, "none"));
    /* in the book's language; in English, marked so, when the table
     * lacks it */
    const qa_words *words = qa_words_for(b->lang);
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "meta"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "property",
                                         BAD_CAST "schema:accessibilitySummary"));
    if (!qa_words_are_for(words, b->lang))
        EPUB_TRY(qa_xml_attr(w, "xml:lang", words->lang));
    EPUB_TRY(qa_xml_text(w, words->summary));
    EPUB_TRY(xmlTextWriterEndElement(w));
    EPUB_TRY(meta(w, "dcterms:conformsTo", NULL, "conformance",
                  "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"));
    const char *by = epub_meta(b, "publisher");
    EPUB_TRY(meta(w, "a11y:certifiedBy", "#conformance", NULL,
                  by ? by : "qaconv"));
    return 0;
}

static int metadata(xmlTextWriterPtr w, const epub_book *b)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "metadata"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:dc",
                                         BAD_CAST DC_NS));
    EPUB_TRY(dc(w, "identifier", "pub-id", b->identifier));
    EPUB_TRY(dc(w, "title", NULL, b->title));
    EPUB_TRY(dc(w, "language", NULL, b->lang));
    EPUB_TRY(dc(w, "creator", NULL, epub_meta(b, "creator")));
    EPUB_TRY(dc(w, "publisher", NULL, epub_meta(b, "publisher")));
    EPUB_TRY(dc(w, "rights", NULL, epub_meta(b, "rights")));
    EPUB_TRY(dc(w, "date", NULL, epub_meta(b, "date")));
    EPUB_TRY(dc(w, "source", NULL, epub_meta(b, "source-url")));
    for (size_t i = 0; i < b->n_subjects; i++)
        EPUB_TRY(dc(w, "subject", NULL, b->subjects[i]));
    EPUB_TRY(meta(w, "dcterms:modified", NULL, NULL, b->modified));
    EPUB_TRY(a11y_meta(w, b));
    if (b->cover_href) {
        /* EPUB 2 readers find the cover image through this. */
        EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "meta"));
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "name",
                                             BAD_CAST "cover"));
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "content",
                                             BAD_CAST "cover-image"));
        EPUB_TRY(xmlTextWriterEndElement(w));
    }
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

static int item(xmlTextWriterPtr w, const char *id, const char *href,
                const char *type, const char *properties)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "item"));
    EPUB_TRY(qa_xml_attr(w, "id", id));
    EPUB_TRY(qa_xml_attr(w, "href", href));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "media-type",
                                         BAD_CAST type));
    if (properties)
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "properties",
                                             BAD_CAST properties));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

#define XHTML_TYPE "application/xhtml+xml"

static int manifest(xmlTextWriterPtr w, const epub_book *b)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "manifest"));
    EPUB_TRY(item(w, "nav", EPUB_NAV, XHTML_TYPE, "nav"));
    EPUB_TRY(item(w, "ncx", EPUB_NCX, "application/x-dtbncx+xml", NULL));
    EPUB_TRY(item(w, "css", EPUB_CSS, "text/css", NULL));
    if (b->cover_href) {
        EPUB_TRY(item(w, "cover-image", b->cover_href, b->cover_type,
                      "cover-image"));
        EPUB_TRY(item(w, "cover", EPUB_COVER, XHTML_TYPE, NULL));
    }
    EPUB_TRY(item(w, "title", EPUB_TITLE, XHTML_TYPE, NULL));
    for (size_t i = 0; i < b->n_files; i++)
        EPUB_TRY(item(w, b->files[i].id, b->files[i].href, XHTML_TYPE, NULL));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

static int itemref(xmlTextWriterPtr w, const char *idref)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "itemref"));
    EPUB_TRY(qa_xml_attr(w, "idref", idref));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

/* Reading order: cover, title page, contents, then the questions; pages
 * turn leftwards in a book in a right-to-left language. */
static int spine(xmlTextWriterPtr w, const epub_book *b)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "spine"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "toc", BAD_CAST "ncx"));
    if (qa_lang_is_rtl(b->lang))
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "page-progression-direction",
                                             BAD_CAST "rtl"));
    if (b->cover_href)
        EPUB_TRY(itemref(w, "cover"));
    EPUB_TRY(itemref(w, "title"));
    EPUB_TRY(itemref(w, "nav"));
    for (size_t i = 0; i < b->n_files; i++)
        EPUB_TRY(itemref(w, b->files[i].id));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

static int opf(xmlTextWriterPtr w, const epub_book *b)
{
    EPUB_TRY(xmlTextWriterStartElementNS(w, NULL, BAD_CAST "package",
                                         BAD_CAST OPF_NS));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "3.0"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "unique-identifier",
                                         BAD_CAST "pub-id"));
    EPUB_TRY(qa_xml_attr(w, "xml:lang", b->lang));
    EPUB_TRY(metadata(w, b));
    EPUB_TRY(manifest(w, b));
    EPUB_TRY(spine(w, b));
    return 0;
}

int epub_render_opf(const epub_book *b, qa_buf *out)
{
    return render_xml(b, opf, out);
}

/* ---- NCX ---------------------------------------------------------------- */

static int ncx_meta(xmlTextWriterPtr w, const char *name, const char *content)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "meta"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "name", BAD_CAST name));
    EPUB_TRY(qa_xml_attr(w, "content", content));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

/* Opens a <navPoint>; the caller closes it after any children. */
static int nav_point(xmlTextWriterPtr w, unsigned *order, const char *href,
                     const char *frag, const char *label)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "navPoint"));
    EPUB_TRY(xmlTextWriterWriteFormatAttribute(w, BAD_CAST "id", "np%u",
                                               *order));
    EPUB_TRY(xmlTextWriterWriteFormatAttribute(w, BAD_CAST "playOrder", "%u",
                                               *order));
    ++*order;
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "navLabel"));
    EPUB_TRY(qa_xml_element(w, "text", label));
    EPUB_TRY(xmlTextWriterEndElement(w));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "content"));
    EPUB_TRY(epub_link_attr(w, "src", href, frag));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

static int ncx_questions(xmlTextWriterPtr w, const epub_book *b, size_t ch,
                         unsigned *order)
{
    const qa_doc *doc = b->docs[ch];
    for (size_t i = 0; i < doc->n_entries; i++) {
        const qa_entry *e = &doc->entries[i];
        EPUB_TRY(nav_point(w, order, epub_file_of(b, ch, i)->href,
                           epub_entry_id(b->arena, e, i),
                           epub_entry_label(b->arena, e)));
        EPUB_TRY(xmlTextWriterEndElement(w));
    }
    return 0;
}

/* The same tree as the nav document's table of contents. */
static int nav_map(xmlTextWriterPtr w, const epub_book *b, bool flat)
{
    unsigned order = 1;
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "navMap"));
    for (size_t ch = 0; ch < b->n_docs; ch++) {
        if (flat) {
            EPUB_TRY(ncx_questions(w, b, ch, &order));
            continue;
        }
        EPUB_TRY(nav_point(w, &order, epub_file_of(b, ch, 0)->href, NULL,
                           epub_chapter_title(b, ch)));
        EPUB_TRY(ncx_questions(w, b, ch, &order));
        EPUB_TRY(xmlTextWriterEndElement(w));
    }
    EPUB_TRY(xmlTextWriterEndElement(w));
    return 0;
}

static int ncx(xmlTextWriterPtr w, const epub_book *b)
{
    bool flat = b->n_docs == 1 && b->docs[0]->n_entries > 0;
    bool nested = false;
    for (size_t i = 0; i < b->n_docs && !flat; i++)
        nested = nested || b->docs[i]->n_entries > 0;
    EPUB_TRY(xmlTextWriterStartElementNS(w, NULL, BAD_CAST "ncx",
                                         BAD_CAST NCX_NS));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "version",
                                         BAD_CAST "2005-1"));
    EPUB_TRY(qa_xml_attr(w, "xml:lang", b->lang));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "head"));
    EPUB_TRY(ncx_meta(w, "dtb:uid", b->identifier));
    EPUB_TRY(ncx_meta(w, "dtb:depth", nested ? "2" : "1"));
    EPUB_TRY(ncx_meta(w, "dtb:totalPageCount", "0"));
    EPUB_TRY(ncx_meta(w, "dtb:maxPageNumber", "0"));
    EPUB_TRY(xmlTextWriterEndElement(w));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "docTitle"));
    EPUB_TRY(qa_xml_element(w, "text", b->title));
    EPUB_TRY(xmlTextWriterEndElement(w));
    EPUB_TRY(nav_map(w, b, flat));
    return 0;
}

int epub_render_ncx(const epub_book *b, qa_buf *out)
{
    return render_xml(b, ncx, out);
}

/* ---- container.xml ------------------------------------------------------ */

static int container(xmlTextWriterPtr w, const epub_book *b)
{
    (void)b;
    EPUB_TRY(xmlTextWriterStartElementNS(w, NULL, BAD_CAST "container",
                                         BAD_CAST CONTAINER_NS));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "1.0"));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "rootfiles"));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "rootfile"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "full-path",
                                         BAD_CAST EPUB_DIR EPUB_OPF));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "media-type",
                                         BAD_CAST "application/oebps-package+xml"));
    return 0;
}

int epub_render_container(qa_buf *out)
{
    return render_xml(NULL, container, out);
}
