/* write_epub_xhtml.c - the EPUB's XHTML pages: content files, title page,
 * cover page and the navigation document. */
#include "write_epub.h"
#include "lang_words.h"

#include <string.h>

#define XHTML_NS "http://www.w3.org/1999/xhtml"
#define OPS_NS "http://www.idpf.org/2007/ops"

/* ---- page frame --------------------------------------------------------- */

static int lang_attrs(xmlTextWriterPtr w, const char *lang)
{
    EPUB_TRY(qa_xml_attr(w, "lang", lang));
    EPUB_TRY(qa_xml_attr(w, "xml:lang", lang));
    return 0;
}

/* dir="rtl" on a page, and on its body, in a language written right to
 * left: reading systems lay it out from the right. */
static int dir_attr(xmlTextWriterPtr w, const char *lang)
{
    if (!qa_lang_is_rtl(lang))
        return 0;
    return xmlTextWriterWriteAttribute(w, BAD_CAST "dir", BAD_CAST "rtl");
}

/* The words qaconv adds itself ("Contents", the cut-off notice) are the
 * page's language's (lang_words.c); English stands in for a language the
 * table lacks, and then says so, for screen readers to pronounce it, and
 * runs left to right on a right-to-left page. */
static int words_lang(xmlTextWriterPtr w, const qa_words *words,
                      const char *lang)
{
    if (qa_words_are_for(words, lang))
        return 0;
    EPUB_TRY(lang_attrs(w, words->lang));
    if (qa_lang_is_rtl(lang) && !qa_lang_is_rtl(words->lang))
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "dir", BAD_CAST "ltr"));
    return 0;
}

/* Pages are written without libxml2's indentation, which would put white
 * space into mixed content such as <li><strong>Label:</strong> text</li>;
 * line breaks go only where HTML ignores them: after block elements. */
static int nl(xmlTextWriterPtr w)
{
    /* libxml2 returns the bytes it flushed, or -1: only -1 is a failure */
    return xmlTextWriterWriteString(w, BAD_CAST "\n") < 0 ? -1 : 0;
}

static int end_nl(xmlTextWriterPtr w)
{
    EPUB_TRY(xmlTextWriterEndElement(w));
    return nl(w);
}

static int start_el(xmlTextWriterPtr w, const char *name, const char *cls)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST name));
    if (cls)
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "class",
                                             BAD_CAST cls));
    return 0;
}

static int epub_type(xmlTextWriterPtr w, const char *type)
{
    return xmlTextWriterWriteAttribute(w, BAD_CAST "epub:type", BAD_CAST type);
}

/* <?xml?>, <!DOCTYPE html>, <html>, the whole <head> and an open <body>
 * (its attributes still to come). */
static int start_page(xmlTextWriterPtr w, const char *lang, const char *title)
{
    EPUB_TRY(xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
    EPUB_TRY(xmlTextWriterStartDTD(w, BAD_CAST "html", NULL, NULL));
    EPUB_TRY(xmlTextWriterEndDTD(w));
    EPUB_TRY(xmlTextWriterWriteRaw(w, BAD_CAST "\n"));
    EPUB_TRY(xmlTextWriterStartElementNS(w, NULL, BAD_CAST "html",
                                         BAD_CAST XHTML_NS));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:epub",
                                         BAD_CAST OPS_NS));
    EPUB_TRY(lang_attrs(w, lang));
    EPUB_TRY(dir_attr(w, lang));
    EPUB_TRY(nl(w));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "head"));
    EPUB_TRY(nl(w));
    EPUB_TRY(qa_xml_element(w, "title", title));
    EPUB_TRY(nl(w));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "link"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "rel",
                                         BAD_CAST "stylesheet"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "type",
                                         BAD_CAST "text/css"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "href",
                                         BAD_CAST EPUB_CSS));
    EPUB_TRY(end_nl(w));
    EPUB_TRY(end_nl(w)); /* head */
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "body"));
    return dir_attr(w, lang);
}

/* Runs render between a page frame and the end of the document. */
static int render_page(const epub_book *b, const char *lang,
                       const char *title,
                       int (*render)(xmlTextWriterPtr, const epub_book *,
                                     const void *),
                       const void *arg, qa_buf *out)
{
    xmlBufferPtr buf;
    xmlTextWriterPtr w = epub_xml_start(&buf, false);
    if (!w)
        return -1;
    bool ok = start_page(w, lang, title) >= 0 && render(w, b, arg) >= 0 &&
              end_nl(w) >= 0 && end_nl(w) >= 0; /* body, html */
    return epub_xml_finish(w, buf, ok, out);
}

/* ---- content ------------------------------------------------------------ */

static int write_list(xmlTextWriterPtr w, const qa_list *list);

static int write_item(xmlTextWriterPtr w, const qa_item *it)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "li"));
    if (it->label) {
        EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "strong"));
        EPUB_TRY(qa_xml_text(w, it->label));
        EPUB_TRY(xmlTextWriterWriteString(w, BAD_CAST ":"));
        EPUB_TRY(xmlTextWriterEndElement(w));
        EPUB_TRY(xmlTextWriterWriteString(w, BAD_CAST " "));
    }
    EPUB_TRY(qa_xml_text(w, it->text));
    if (it->sublist) {
        EPUB_TRY(nl(w));
        EPUB_TRY(write_list(w, it->sublist));
    }
    return end_nl(w);
}

static int write_list(xmlTextWriterPtr w, const qa_list *list)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST(list->ordered ? "ol" : "ul")));
    EPUB_TRY(nl(w));
    for (size_t i = 0; i < list->n_items; i++)
        EPUB_TRY(write_item(w, &list->items[i]));
    return end_nl(w);
}

static int write_blocks(xmlTextWriterPtr w, const qa_blocks *blocks)
{
    for (size_t i = 0; i < blocks->n; i++) {
        const qa_block *bl = &blocks->v[i];
        if (bl->type == QA_BLOCK_PARAGRAPH) {
            /* the role as a class: the stylesheet sets leads and summaries
             * apart */
            EPUB_TRY(start_el(w, "p", bl->role != QA_ROLE_NONE
                                          ? qa_role_name(bl->role) : NULL));
            EPUB_TRY(qa_xml_text(w, bl->text));
            EPUB_TRY(xmlTextWriterFullEndElement(w));
            EPUB_TRY(nl(w));
        } else {
            EPUB_TRY(write_list(w, &bl->list));
        }
    }
    return 0;
}

/* Where the page was cut off: a paragraph of class "cut-off", which the
 * default stylesheet sets apart, in the page's language (lang_words.c);
 * in English, marked as such, for a language the table lacks. */
static int write_cut_off(xmlTextWriterPtr w, const char *lang)
{
    const qa_words *words = qa_words_for(lang);
    EPUB_TRY(start_el(w, "p", "cut-off"));
    EPUB_TRY(words_lang(w, words, lang));
    EPUB_TRY(qa_xml_text(w, words->truncated));
    EPUB_TRY(xmlTextWriterFullEndElement(w));
    return nl(w);
}

/* A question is a section named by its heading, whose id is the entry's;
 * the heading of the page's section that it opens goes before it.  An
 * answer the page's end cut off ends with a notice saying so. */
static int write_entry(xmlTextWriterPtr w, qa_arena *a, const qa_entry *e,
                       size_t index, const char *lang)
{
    const char *id = epub_entry_id(a, e, index);
    if (e->section) {
        EPUB_TRY(start_el(w, "h2", "section"));
        EPUB_TRY(qa_xml_text(w, e->section));
        EPUB_TRY(end_nl(w));
    }
    EPUB_TRY(start_el(w, "section", "qa"));
    EPUB_TRY(qa_xml_attr(w, "aria-labelledby", id));
    EPUB_TRY(nl(w));
    EPUB_TRY(start_el(w, "h2", "question"));
    EPUB_TRY(qa_xml_attr(w, "id", id));
    EPUB_TRY(qa_xml_text(w, epub_entry_label(a, e)));
    EPUB_TRY(end_nl(w));
    EPUB_TRY(write_blocks(w, &e->answer));
    if (e->flags & QA_FLAG_TRUNCATED)
        EPUB_TRY(write_cut_off(w, lang));
    return end_nl(w);
}

static int content_body(xmlTextWriterPtr w, const epub_book *b,
                        const void *arg)
{
    const epub_file *f = arg;
    const qa_doc *doc = b->docs[f->chapter];
    EPUB_TRY(epub_type(w, "bodymatter"));
    EPUB_TRY(nl(w));
    EPUB_TRY(start_el(w, "section", "chapter"));
    EPUB_TRY(epub_type(w, "chapter"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "role",
                                         BAD_CAST "doc-chapter"));
    EPUB_TRY(nl(w));
    if (f->head) {
        EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "h1"));
        EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "top"));
        EPUB_TRY(qa_xml_text(w, epub_chapter_title(b, f->chapter)));
        EPUB_TRY(end_nl(w));
        EPUB_TRY(write_blocks(w, &doc->preamble));
    }
    for (size_t i = f->first; i < f->end; i++) {
        if (i % QA_CANCEL_EVERY == 0 && qa_write_cancelled(b->opts))
            return -1;
        EPUB_TRY(write_entry(w, b->arena, &doc->entries[i], i, f->lang));
    }
    return end_nl(w); /* section */
}

int epub_render_content(const epub_book *b, const epub_file *f, qa_buf *out)
{
    const qa_doc *doc = b->docs[f->chapter];
    const char *title = epub_chapter_title(b, f->chapter);
    if (!f->head && f->first < f->end)
        title = epub_entry_label(b->arena, &doc->entries[f->first]);
    return render_page(b, f->lang, title, content_body, f, out);
}

/* ---- title page and cover ----------------------------------------------- */

static int meta_line(xmlTextWriterPtr w, const epub_book *b, const char *key)
{
    const char *v = epub_meta(b, key);
    if (!v)
        return 0;
    EPUB_TRY(start_el(w, "p", key));
    EPUB_TRY(qa_xml_text(w, v));
    return end_nl(w);
}

static int title_body(xmlTextWriterPtr w, const epub_book *b, const void *arg)
{
    (void)arg;
    EPUB_TRY(epub_type(w, "frontmatter"));
    EPUB_TRY(nl(w));
    EPUB_TRY(start_el(w, "section", "titlepage"));
    EPUB_TRY(epub_type(w, "titlepage"));
    EPUB_TRY(nl(w));
    EPUB_TRY(start_el(w, "h1", "title"));
    EPUB_TRY(qa_xml_text(w, b->title));
    EPUB_TRY(end_nl(w));
    if (b->n_subjects) {
        EPUB_TRY(start_el(w, "ul", "categories"));
        EPUB_TRY(nl(w));
        for (size_t i = 0; i < b->n_subjects; i++) {
            EPUB_TRY(qa_xml_element(w, "li", b->subjects[i]));
            EPUB_TRY(nl(w));
        }
        EPUB_TRY(end_nl(w));
    }
    EPUB_TRY(meta_line(w, b, "creator"));
    EPUB_TRY(meta_line(w, b, "publisher"));
    EPUB_TRY(meta_line(w, b, "date"));
    EPUB_TRY(meta_line(w, b, "rights"));
    return end_nl(w); /* section */
}

int epub_render_title(const epub_book *b, qa_buf *out)
{
    return render_page(b, b->lang, b->title, title_body, NULL, out);
}

/* The cover image's text alternative is the book's title, which is what
 * a cover shows. */
static int cover_body(xmlTextWriterPtr w, const epub_book *b, const void *arg)
{
    (void)arg;
    EPUB_TRY(epub_type(w, "frontmatter"));
    EPUB_TRY(nl(w));
    EPUB_TRY(start_el(w, "section", "cover"));
    EPUB_TRY(nl(w));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "img"));
    EPUB_TRY(epub_type(w, "cover"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "role",
                                         BAD_CAST "doc-cover"));
    EPUB_TRY(qa_xml_attr(w, "src", b->cover_href));
    EPUB_TRY(qa_xml_attr(w, "alt", b->title));
    EPUB_TRY(end_nl(w));
    return end_nl(w); /* section */
}

int epub_render_cover(const epub_book *b, qa_buf *out)
{
    return render_page(b, b->lang, b->title, cover_body, NULL, out);
}

/* ---- navigation document ------------------------------------------------ */

/* <li><a href="href#frag">text</a>, left open for a nested list. */
static int nav_item(xmlTextWriterPtr w, const char *href, const char *frag,
                    const char *text)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "li"));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "a"));
    EPUB_TRY(epub_link_attr(w, "href", href, frag));
    EPUB_TRY(qa_xml_text(w, text));
    return xmlTextWriterEndElement(w);
}

/* One item per question of a chapter. */
static int nav_questions(xmlTextWriterPtr w, const epub_book *b, size_t ch)
{
    const qa_doc *doc = b->docs[ch];
    for (size_t i = 0; i < doc->n_entries; i++) {
        const qa_entry *e = &doc->entries[i];
        EPUB_TRY(nav_item(w, epub_file_of(b, ch, i)->href,
                          epub_entry_id(b->arena, e, i),
                          epub_entry_label(b->arena, e)));
        EPUB_TRY(end_nl(w));
    }
    return 0;
}

static int nav_heading(xmlTextWriterPtr w, const epub_book *b,
                       const char *tag, const char *text)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST tag));
    EPUB_TRY(words_lang(w, qa_words_for(b->lang), b->lang));
    EPUB_TRY(qa_xml_text(w, text));
    return end_nl(w);
}

/* A book of one page lists its questions; a book of several lists its
 * pages, each with its questions beneath. */
static int nav_toc(xmlTextWriterPtr w, const epub_book *b)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "nav"));
    EPUB_TRY(epub_type(w, "toc"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "role",
                                         BAD_CAST "doc-toc"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "id", BAD_CAST "toc"));
    EPUB_TRY(nl(w));
    EPUB_TRY(nav_heading(w, b, "h1", qa_words_for(b->lang)->contents));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "ol"));
    EPUB_TRY(nl(w));
    bool flat = b->n_docs == 1 && b->docs[0]->n_entries > 0;
    for (size_t ch = 0; ch < b->n_docs; ch++) {
        if (flat) {
            EPUB_TRY(nav_questions(w, b, ch));
            continue;
        }
        EPUB_TRY(nav_item(w, epub_file_of(b, ch, 0)->href, NULL,
                          epub_chapter_title(b, ch)));
        if (b->docs[ch]->n_entries) {
            EPUB_TRY(nl(w));
            EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "ol"));
            EPUB_TRY(nl(w));
            EPUB_TRY(nav_questions(w, b, ch));
            EPUB_TRY(end_nl(w));
        }
        EPUB_TRY(end_nl(w)); /* li */
    }
    EPUB_TRY(end_nl(w)); /* ol */
    return end_nl(w);    /* nav */
}

static int landmark(xmlTextWriterPtr w, const epub_book *b, const char *type,
                    const char *href, const char *text)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "li"));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "a"));
    EPUB_TRY(epub_type(w, type));
    EPUB_TRY(qa_xml_attr(w, "href", href));
    EPUB_TRY(words_lang(w, qa_words_for(b->lang), b->lang));
    EPUB_TRY(qa_xml_text(w, text));
    EPUB_TRY(xmlTextWriterEndElement(w));
    return end_nl(w);
}

static int nav_landmarks(xmlTextWriterPtr w, const epub_book *b)
{
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "nav"));
    EPUB_TRY(epub_type(w, "landmarks"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "id",
                                         BAD_CAST "landmarks"));
    EPUB_TRY(xmlTextWriterWriteAttribute(w, BAD_CAST "hidden",
                                         BAD_CAST "hidden"));
    EPUB_TRY(nl(w));
    const qa_words *words = qa_words_for(b->lang);
    EPUB_TRY(nav_heading(w, b, "h2", words->landmarks));
    EPUB_TRY(xmlTextWriterStartElement(w, BAD_CAST "ol"));
    EPUB_TRY(nl(w));
    if (b->cover_href)
        EPUB_TRY(landmark(w, b, "cover", EPUB_COVER, words->cover));
    EPUB_TRY(landmark(w, b, "titlepage", EPUB_TITLE, words->title_page));
    EPUB_TRY(landmark(w, b, "toc", EPUB_NAV "#toc", words->contents));
    EPUB_TRY(landmark(w, b, "bodymatter", b->files[0].href, words->start));
    EPUB_TRY(end_nl(w)); /* ol */
    return end_nl(w);    /* nav */
}

static int nav_body(xmlTextWriterPtr w, const epub_book *b, const void *arg)
{
    (void)arg;
    EPUB_TRY(nl(w));
    EPUB_TRY(nav_toc(w, b));
    return nav_landmarks(w, b);
}

int epub_render_nav(const epub_book *b, qa_buf *out)
{
    return render_page(b, b->lang, b->title, nav_body, NULL, out);
}
