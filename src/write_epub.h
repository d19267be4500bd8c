/* write_epub.h - internals shared by the EPUB writer's source files.
 *
 * write_epub.c plans the book (which content file holds which questions,
 * metadata, identifier) and packs the zip container; write_epub_xhtml.c
 * renders the XHTML pages and write_epub_opf.c the package document, the
 * NCX and container.xml.  All renderers read the finished plan only. */
#ifndef QACONV_WRITE_EPUB_H
#define QACONV_WRITE_EPUB_H

#include "qaconv.h"
#include "xml_text.h"

#include <libxml/xmlwriter.h>
#include <time.h>

/* One XHTML content file: part of one chapter (one qa_doc). */
typedef struct epub_file {
    const char *href; /* relative to the package folder: "ch1.xhtml" */
    const char *id;   /* manifest id: "ch1" */
    size_t chapter;   /* index into book->docs */
    size_t first;     /* entries [first, end) of the chapter's doc */
    size_t end;
    bool head; /* begins its chapter: carries the title and the preamble */
    const char *lang; /* the chapter's language */
} epub_file;

typedef struct epub_book {
    qa_arena *arena; /* everything the plan allocates */
    const qa_doc *const *docs;
    size_t n_docs;
    const qa_write_opts *opts;
    const char *title;
    const char *lang;       /* BCP 47 tag of the book (the first page's) */
    const char *identifier; /* "urn:uuid:..." or --metadata identifier */
    time_t when;            /* SOURCE_DATE_EPOCH, else now */
    const char *modified;   /* when as "2024-01-31T12:00:00Z" */
    const char **subjects;  /* all categories, first occurrence order */
    size_t n_subjects;
    epub_file *files; /* content files in reading order */
    size_t n_files, cap_files;
    size_t *chapter_file; /* index of each chapter's first file */
    const char *cover_href; /* "cover.png" or "cover.jpg"; NULL: no cover */
    const char *cover_type; /* "image/png" or "image/jpeg" */
} epub_book;

/* The stylesheet used without --css (write_epub_css.c). */
extern const char epub_default_css[];
/* What the default stylesheet adds for right-to-left pages. */
extern const char epub_rtl_css[];

/* Fixed names inside the package folder. */
#define EPUB_DIR "EPUB/"
#define EPUB_OPF "package.opf"
#define EPUB_NAV "nav.xhtml"
#define EPUB_NCX "toc.ncx"
#define EPUB_TITLE "title.xhtml"
#define EPUB_COVER "cover.xhtml"
#define EPUB_CSS "style.css"

/* Returns -1 from the calling function when an xmlTextWriter call fails. */
#define EPUB_TRY(call)                                                         \
    do {                                                                       \
        if ((call) < 0)                                                        \
            return -1;                                                         \
    } while (0)

/* A writer into memory that epub_xml_finish() appends to out; indented
 * only for files without mixed content. */
xmlTextWriterPtr epub_xml_start(xmlBufferPtr *buf, bool indent);
/* Ends the document, appends it to out and frees w and buf (also on
 * failure, when ok is false: then it only frees).  Returns 0 or -1. */
int epub_xml_finish(xmlTextWriterPtr w, xmlBufferPtr buf, bool ok,
                    qa_buf *out);

/* The attribute name="href#frag" (or name="href" when frag is NULL): a
 * link into a content file, as nav.xhtml and toc.ncx both write it. */
int epub_link_attr(xmlTextWriterPtr w, const char *name, const char *href,
                   const char *frag);

/* The label of a question in headings and navigation: "3. How ...?". */
const char *epub_entry_label(qa_arena *a, const qa_entry *e);
/* The XML id of a question's heading: the entry id ("q3") when it is a
 * usable id, else one made from its position. */
const char *epub_entry_id(qa_arena *a, const qa_entry *e, size_t index);
/* The content file holding entry index of a chapter (the chapter's first
 * file when the chapter has no entries). */
const epub_file *epub_file_of(const epub_book *b, size_t chapter,
                              size_t entry);

/* urn:uuid: from the SHA-256 of the book's text (write_epub_meta.c). */
const char *epub_content_uuid(const epub_book *b);
/* Whether tag has BCP 47 syntax. */
bool epub_lang_ok(const char *tag);
/* The value of --metadata key, else the first page's own (meta.h). */
const char *epub_meta(const epub_book *b, const char *key);
/* The title a chapter's heading shows: the page's own in a book of
 * several pages, the book's (-M title=) in a book of one. */
const char *epub_chapter_title(const epub_book *b, size_t chapter);

/* Renderers: each appends one finished file to out, 0 or -1. */
int epub_render_content(const epub_book *b, const epub_file *f, qa_buf *out);
int epub_render_title(const epub_book *b, qa_buf *out);
int epub_render_cover(const epub_book *b, qa_buf *out);
int epub_render_nav(const epub_book *b, qa_buf *out);
int epub_render_opf(const epub_book *b, qa_buf *out);
int epub_render_ncx(const epub_book *b, qa_buf *out);
int epub_render_container(qa_buf *out);

#endif
