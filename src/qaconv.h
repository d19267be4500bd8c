/*
 * qaconv.h - the question-and-answer document model and the conversion API
 * inside libqaconv: the internal header every source file of the library
 * and the program includes.  The public header, installed, is
 * include/qaconv.h; it declares these types opaque.
 *
 * Flow: a reader turns bytes into a qa_doc, filters change the qa_doc, and
 * writers turn a read-only qa_doc into bytes in a qa_buf.  Every string and
 * array reachable from a qa_doc lives in the document's arena and is freed by
 * qa_doc_free(); nothing in the model is freed on its own.
 *
 * Strings in the model are NUL-terminated, valid UTF-8 without C0 or C1
 * control characters other than tab (U+0000-U+001F, U+007F-U+009F), and
 * without the noncharacters U+FFFE and U+FFFF.
 */
#ifndef QACONV_INTERNAL_H
#define QACONV_INTERNAL_H

#include "../include/qaconv.h"
#include "scope.h"

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- cancellation ----------------------------------------------------- */

/* A flag that asks a reader or writer to stop: it returns soon after the
 * flag becomes non-zero, with a result to be thrown away (a reader's
 * document incomplete, a writer failing with "interrupted").  The caller
 * owns it and may set it from a signal handler; NULL never cancels. */
typedef const volatile sig_atomic_t qa_cancel;

static inline bool qa_cancelled(qa_cancel *cancel)
{
    return cancel && *cancel;
}

/* How many lines or entries a loop handles between looks at the flag. */
#define QA_CANCEL_EVERY 1024

/* ---- arena ------------------------------------------------------------ */

typedef struct qa_arena qa_arena;

/* An arena whose chunks come from the allocator of the call in flight
 * (scope.h), the C library's outside one. */
qa_arena *qa_arena_new(void);
void qa_arena_free(qa_arena *a);
/* Bytes handed out by a so far (a test's measure). */
size_t qa_arena_used(const qa_arena *a);
/* The allocator a's chunks come from. */
const qaconv_mem *qa_arena_mem(const qa_arena *a);
/* Zeroed memory, aligned for any type.  Never returns NULL: when the
 * allocator of the call in flight fails, the call gives up (scope.h). */
void *qa_alloc(qa_arena *a, size_t size);
char *qa_strndup(qa_arena *a, const char *s, size_t n);
char *qa_strdup(qa_arena *a, const char *s);
char *qa_printf(qa_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Grows an arena-owned array of *cap elements of elem_size bytes so that it
 * holds at least need elements.  The old memory stays in the arena. */
void *qa_grow(qa_arena *a, void *array, size_t elem_size, size_t *cap,
              size_t need);

/* malloc and realloc for work buffers (freed with free()) that never
 * return NULL: when memory runs out, the call in flight gives up
 * (scope.h). */
void *qa_xmalloc(size_t size);
void *qa_xrealloc(void *p, size_t size);

/* ---- growable byte buffer (heap-owned, used by writers) ---------------- */

typedef struct qa_buf {
    char *data;
    size_t len;
    size_t cap;
} qa_buf;

void qa_buf_put(qa_buf *b, const void *data, size_t n);
void qa_buf_puts(qa_buf *b, const char *s);
void qa_buf_free(qa_buf *b);
/* b's bytes (to be freed with free()) for another owner, b emptied. */
char *qa_buf_take(qa_buf *b);

/* ---- the model ---------------------------------------------------------- */

typedef enum { QA_INFO, QA_WARNING, QA_ERROR } qa_severity;

typedef struct qaconv_diag {
    qa_severity severity;
    const char *code;    /* stable, kebab-case: "no-questions" */
    size_t line;         /* 1-based source line, 0 when not tied to a line */
    const char *message; /* one line, no trailing period */
    /* Read from an input document (qaconv JSON), not found by this run:
     * it was reported when that document was made, and its line is a line
     * of that document's source (source.name), not of the JSON. */
    bool carried;
} qa_diag;

typedef enum { QA_BLOCK_PARAGRAPH, QA_BLOCK_LIST } qa_block_type;

typedef struct qa_list qa_list;

typedef struct qaconv_item {
    const char *label; /* "Legal assistance" of "Legal assistance: ...", or NULL */
    const char *text;
    size_t line;
    long number; /* number or letter (a = 1) as written, 0 for bullets */
    qa_list *sublist; /* nested items ("a.", "b." under "1."), or NULL */
} qa_item;

struct qa_list {
    bool ordered;
    qa_item *items;
    size_t n_items, cap_items;
};

/* What a paragraph does in its answer (set by the sections filter). */
typedef enum {
    QA_ROLE_NONE,
    QA_ROLE_LEAD,   /* the first paragraph, answering the question directly */
    QA_ROLE_BODY,
    QA_ROLE_SUMMARY /* a closer: "In conclusion, ...", "Overall, ..." */
} qa_role;

typedef struct qaconv_block {
    qa_block_type type;
    qa_role role; /* QA_BLOCK_PARAGRAPH */
    size_t line;
    const char *text; /* QA_BLOCK_PARAGRAPH */
    qa_list list;     /* QA_BLOCK_LIST */
} qa_block;

typedef struct qa_blocks {
    qa_block *v;
    size_t n, cap;
} qa_blocks;

/* Entry flags: facts about an entry that a filter or reader established. */
enum {
    QA_FLAG_TRUNCATED = 1u << 0, /* the page ends inside this entry's answer */
    QA_FLAG_EMPTY_ANSWER = 1u << 1,
    QA_FLAG_PERSONA = 1u << 2,  /* the answer speaks as an AI or an expert */
    QA_FLAG_OFF_TOPIC = 1u << 3 /* the answer is about something else */
};

typedef struct qaconv_entry {
    const char *id; /* "q1", "q2", ...: position in the document, stable */
    long number;    /* number as written on the page, 0 when unnumbered */
    const char *question;
    size_t line;
    qa_blocks answer;
    unsigned flags;
    /* The heading of the section of the page that this entry opens
     * ("Eligibility", "II. Health Coverage"), or NULL: the entries after
     * it, up to the next entry with a section, belong to it. */
    const char *section;
} qa_entry;

typedef struct qa_source {
    const char *name; /* file name as given, "-" for standard input */
    /* the name as a title ("library faq" for dir/library-faq.txt), for a
     * writer that needs a title when the page has none */
    const char *title;
    uint64_t size;    /* bytes read */
    char sha256[65];  /* lowercase hex */
} qa_source;

typedef struct qaconv_doc {
    qa_arena *arena;
    /* Unique in a run and the same from run to run: made from the source's
     * name ("ny-faq" for "ny/faq.txt") or given with -M identifier=; NULL
     * until the pipeline names the document. */
    const char *id;
    const char *title;
    const char **categories;
    size_t n_categories, cap_categories;
    const char *language; /* BCP 47, "en" unless told otherwise */
    /* The input named the language (qaconv JSON's "language", Markdown
     * front matter); otherwise the pipeline detects it from the text. */
    bool language_stated;
    qa_source source;
    qa_blocks preamble; /* text between the title and the first question */
    qa_entry *entries;
    size_t n_entries, cap_entries;
    qa_diag *diags;
    size_t n_diags, cap_diags;
    /* Metadata the document carries (the "meta" object and source.url of
     * qaconv JSON, Markdown front matter), by the keys of --metadata:
     * creator, publisher, rights, date, identifier, source-url.  A value
     * given with --metadata wins over these (src/meta.h). */
    struct qa_meta *meta;
    size_t n_meta, cap_meta;
} qa_doc;

qa_doc *qa_doc_new(void);
void qa_doc_free(qa_doc *doc);

/* Records where the document came from: name, size and SHA-256 of data. */
void qa_doc_set_source(qa_doc *doc, const char *name, const char *data,
                       size_t len);
void qa_doc_add_category(qa_doc *doc, const char *category);
qa_entry *qa_doc_add_entry(qa_doc *doc, long number, const char *question,
                           size_t line);
qa_block *qa_blocks_add(qa_doc *doc, qa_blocks *blocks, qa_block_type type,
                        size_t line);
qa_item *qa_list_add(qa_doc *doc, qa_list *list, const char *text,
                     size_t line);
void qa_diag_add(qa_doc *doc, qa_severity severity, const char *code,
                 size_t line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Counts diagnostics of at least the given severity. */
size_t qa_doc_count_diags(const qa_doc *doc, qa_severity at_least);
/* Drops the diagnostics this run found again: those equal (severity,
 * code, line and message) to one the document carried in.  A round trip
 * through qaconv JSON keeps each diagnostic once. */
void qa_doc_drop_repeated_diags(qa_doc *doc);
/* qsort/bsearch order of pointers to diagnostics: severity, line, code,
 * message. */
int qa_diag_ptr_cmp(const void *a, const void *b);

const char *qa_severity_name(qa_severity s);
/* Name of a single flag bit ("truncated"), NULL for an unknown bit. */
const char *qa_flag_name(unsigned flag);
/* Bit of a flag name, 0 when unknown. */
unsigned qa_flag_from_name(const char *name);

/* Calls fn on every text of doc (title, categories, questions, paragraphs,
 * labels, items) with the line it came from, and stores what fn returns in
 * its place (fn returns text unchanged to keep it). */
typedef const char *(*qa_text_fn)(qa_doc *doc, const char *text, size_t line,
                                  void *ctx);
void qa_doc_map_text(qa_doc *doc, qa_text_fn fn, void *ctx);

const char *qa_role_name(qa_role role);
qa_role qa_role_from_name(const char *name);

/* A short, filesystem-safe identifier made of [a-z0-9-] from a title,
 * at most 60 bytes, never empty, never a reserved device name. */
char *qa_slug(qa_arena *a, const char *title);

/* ---- document lists ------------------------------------------------- */

/* Several documents: one input may hold several pages (see
 * qa_split_pages()).  The list owns its documents. */
typedef struct qa_docs {
    qa_doc **v;
    size_t n, cap;
} qa_docs;

void qa_docs_push(qa_docs *docs, qa_doc *doc);
/* Inserts doc at position i, moving later documents back. */
void qa_docs_insert(qa_docs *docs, size_t i, qa_doc *doc);
void qa_docs_free(qa_docs *docs);

/* ---- filters ------------------------------------------------------------ */

/* A filter changes documents in place and reports, as a diagnostic with
 * the source line, every change a reader of the output would notice. */
typedef struct qa_filter {
    const char *name;
    const char *description; /* one line */
    const char *codes;       /* diagnostic codes it may add, space-separated */
    bool on_by_default;
    void (*run)(qa_docs *docs);
} qa_filter;

/* The built-in filters in their default order, ended by name == NULL. */
extern const qa_filter qa_filters[];
const qa_filter *qa_filter_find(const char *name);

/* ---- readers and writers ------------------------------------------------ */

/* Reads one document.  Returns NULL only when nothing usable could be made;
 * otherwise the document may still carry QA_ERROR diagnostics (for example,
 * a page without any question), which make the conversion fail.  Stops
 * early, with an incomplete document, once cancel is set. */
typedef qa_doc *(*qa_reader_fn)(const char *data, size_t len,
                                const char *name, qa_cancel *cancel);

typedef struct qa_meta {
    const char *key; /* "creator", "publisher", "rights", "date", ... */
    const char *value;
} qa_meta;

typedef enum {
    QA_SPLIT_AUTO,     /* per document, per entry past a comfortable size */
    QA_SPLIT_DOCUMENT, /* one content file per document */
    QA_SPLIT_ENTRY     /* one content file per question */
} qa_split;

/* The largest stylesheet and cover image an EPUB takes: a stream without
 * end (/dev/zero) is refused, not read until memory runs out. */
#define QA_CSS_MAX ((size_t)1 << 20)
#define QA_COVER_MAX ((size_t)16 << 20)

/* Whether css (len bytes) can be an EPUB's stylesheet: UTF-8, comments,
 * strings and blocks closed, declarations "property: value", every rule
 * with its block, and nothing that loads another file (no @import, no
 * url() but data: URLs).  Returns 0, or -1 with the line (from 1) and a
 * one-line reason in why. */
int qa_css_check(const char *css, size_t len, size_t *line, char *why,
                 size_t why_size);

typedef struct qa_write_opts {
    const qa_meta *meta; /* --metadata KEY=VALUE, in command-line order */
    size_t n_meta;
    /* --css FILE: replaces the EPUB stylesheet (QA_CSS_MAX bytes at most) */
    const char *css_path;
    /* --cover IMAGE: EPUB cover image (QA_COVER_MAX bytes at most) */
    const char *cover_path;
    qa_split split;         /* --split */
    bool md_front_matter;   /* --md-front-matter */
    long long source_date_epoch; /* SOURCE_DATE_EPOCH, or -1 when unset */
    qa_cancel *cancel; /* writers fail with "interrupted" once it is set */
    /* Room for a reason a writer words on the spot ("cannot read
     * stylesheet x.css: ..."): its *err then points here.  NULL: such a
     * writer gives a fixed reason. */
    char *reason;
    size_t reason_size;
} qa_write_opts;

/* Whether the cancel flag of opts (which may be NULL) is set. */
static inline bool qa_write_cancelled(const qa_write_opts *opts)
{
    return opts && qa_cancelled(opts->cancel);
}

/* Value of --metadata KEY, or NULL. */
const char *qa_meta_get(const qa_write_opts *opts, const char *key);

/* Appends the rendering of doc to out.  Returns 0 on success, -1 on failure
 * with a one-line reason in *err (static storage or opts->reason).  A
 * writer allocates nothing in doc: several threads may write one document
 * at once. */
typedef int (*qa_writer_fn)(const qa_doc *doc, const qa_write_opts *opts,
                            qa_buf *out, const char **err);

typedef struct qa_format {
    const char *name;      /* "json" */
    const char *extension; /* "json" */
    const char *description;
    qa_reader_fn read;  /* NULL when qaconv cannot read the format */
    qa_writer_fn write; /* NULL when qaconv cannot write the format */
    /* a file of the format may hold several pages, one after another:
     * what read gives goes through qa_split_pages() */
    bool pages;
} qa_format;

/* Prepares the libraries qaconv uses (libxml2, jansson) for use on several
 * threads, once per process whoever calls it first (pthread_once): before
 * any other qa_ function runs on a second thread.  qaconv_converter_new()
 * calls it. */
void qa_init(void);

/* The formats qaconv knows, terminated by an entry with name == NULL. */
extern const qa_format qa_formats[];
const qa_format *qa_format_find(const char *name);
/* The extension of path's last component without its dot ("TXT" for
 * "a/PAGE.TXT"), or NULL when it has none. */
const char *qa_path_extension(const char *path);
/* The format path's extension names, in any case ("page.TXT", "b.markdown",
 * "c.xml" for DocBook), or NULL when it names none. */
const qa_format *qa_format_for_path(const char *path);
/* Whether path's extension names format f. */
bool qa_format_has_extension(const qa_format *f, const char *path);

/* Readers. */
qa_doc *qa_read_text(const char *data, size_t len, const char *name,
                     qa_cancel *cancel);
/* The pages of doc, as a reader of scraped pages read a file: doc itself,
 * then each page cut from it where the question numbers start again at 1
 * under a title (and a breadcrumb, when the file's first page has one),
 * with its own header and the diagnostics from its first line on, each
 * noted by a page-split diagnostic; pushed to out in page order (out owns
 * them).  A page's own sections numbered from 1 under each heading, and a
 * page's own FAQ under a heading that names no subject, stay one page. */
void qa_split_pages(qa_doc *doc, qa_docs *out);
qa_doc *qa_read_json(const char *data, size_t len, const char *name,
                     qa_cancel *cancel);
/* qaconv's own Markdown (the layout qa_write_md writes), CommonMark. */
qa_doc *qa_read_md(const char *data, size_t len, const char *name,
                   qa_cancel *cancel);
/* A web page as published: HTML, its questions from schema.org JSON-LD,
 * <details>, <dl> or headings (src/read_html.c). */
qa_doc *qa_read_html(const char *data, size_t len, const char *name,
                     qa_cancel *cancel);

/* Writers. */
int qa_write_json(const qa_doc *doc, const qa_write_opts *opts, qa_buf *out,
                  const char **err);
/* Several documents (the pages of one input) as one JSON array. */
int qa_write_json_docs(const qa_doc *const *docs, size_t n, qa_buf *out,
                       const char **err);
/* The same with the --metadata and SOURCE_DATE_EPOCH of opts (NULL: none,
 * and no conversion time). */
int qa_write_json_pages(const qa_doc *const *docs, size_t n,
                        const qa_write_opts *opts, qa_buf *out,
                        const char **err);
int qa_write_docbook(const qa_doc *doc, const qa_write_opts *opts,
                     qa_buf *out, const char **err);
int qa_write_jsonld(const qa_doc *doc, const qa_write_opts *opts,
                    qa_buf *out, const char **err);
int qa_write_md(const qa_doc *doc, const qa_write_opts *opts, qa_buf *out,
                const char **err);
/* EPUB 3 with an EPUB 2 NCX; the book of one page qa_write_epub_book()
 * makes. */
int qa_write_epub(const qa_doc *doc, const qa_write_opts *opts, qa_buf *out,
                  const char **err);
/* One EPUB of n >= 1 pages, one chapter each, under title (NULL: the first
 * page's title); the table of contents lists each page with its questions
 * beneath.  The book takes its language from the first page. */
int qa_write_epub_book(const qa_doc *const *docs, size_t n, const char *title,
                       const qa_write_opts *opts, qa_buf *out,
                       const char **err);

#endif /* QACONV_INTERNAL_H */
