/*
 * qaconv.h - the qaconv library: FAQ pages into structured
 * question-and-answer documents, and those into JSON, schema.org JSON-LD,
 * DocBook, Markdown and EPUB.
 *
 * A conversion reads bytes in a named format into documents, runs a chain
 * of filters over them, and writes them in a named format:
 *
 *     qaconv_converter *c = qaconv_converter_new(NULL);
 *     qaconv_docs *docs = NULL;
 *     if (qaconv_read(c, page, len, NULL, "faq.txt", &docs) == QACONV_OK &&
 *         qaconv_filter(c, docs, NULL) == QACONV_OK &&
 *         qaconv_write_file(c, docs, "json", stdout) == QACONV_OK)
 *         ...
 *     else
 *         fprintf(stderr, "%s\n", qaconv_converter_error(c));
 *     qaconv_docs_free(docs);
 *     qaconv_converter_free(c);
 *
 * Every type is opaque: documents are walked with the accessors below.
 * Strings are NUL-terminated UTF-8; those a document hands out live as long
 * as the document.
 *
 * Threads.  The library keeps no state of its own between calls and
 * installs no signal handler.  A converter is used by one thread at a
 * time; two threads that each use their own converter and their own
 * documents need no lock.  Documents may be read (accessors, writers) from
 * several threads at once.  The first qaconv_converter_new() of the
 * process prepares libxml2 and jansson for use on several threads.
 *
 * Errors.  Functions that can fail return a qaconv_status; the converter
 * then holds a one-line message (qaconv_converter_error).  The library
 * never aborts nor exits: when memory runs out, the call returns
 * QACONV_ERROR_NOMEM and frees the documents it was making.
 */
#ifndef QACONV_H
#define QACONV_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Marks the functions libqaconv exports; everything else is hidden.  (A
 * shared library of your own that links libqaconv.a re-exports them unless
 * linked with -Wl,--exclude-libs,libqaconv.a.) */
#if defined(__GNUC__)
#define QACONV_EXPORT __attribute__((visibility("default")))
#else
#define QACONV_EXPORT
#endif

/* ---- version ------------------------------------------------------------ */

#define QACONV_VERSION_MAJOR 0
#define QACONV_VERSION_MINOR 1
#define QACONV_VERSION_PATCH 0
#define QACONV_VERSION "0.1.0"
/* 0xMMmmpp: 0x000100 for 0.1.0, comparable with < and >. */
#define QACONV_VERSION_NUMBER                                              \
    ((QACONV_VERSION_MAJOR << 16) | (QACONV_VERSION_MINOR << 8) |          \
     QACONV_VERSION_PATCH)
/* Version of the JSON document contract (its "qaconv" key). */
#define QACONV_JSON_VERSION 1

/* The version of the library linked at run time, as QACONV_VERSION_NUMBER
 * and as QACONV_VERSION. */
QACONV_EXPORT int qaconv_version(void);
QACONV_EXPORT const char *qaconv_version_string(void);

/* ---- errors ------------------------------------------------------------- */

typedef enum qaconv_status {
    QACONV_OK = 0,
    QACONV_ERROR_ARGUMENT,  /* a NULL where something is needed */
    QACONV_ERROR_FORMAT,    /* a format qaconv does not read or write */
    QACONV_ERROR_OPTION,    /* an unknown option or metadata key, or a value
                             * of the wrong form */
    QACONV_ERROR_FILTER,    /* an unknown filter in a chain */
    QACONV_ERROR_INPUT,     /* the documents carry an error diagnostic (a page
                             * without questions, input that is not text) */
    QACONV_ERROR_PAGES,     /* several pages in a format that holds one */
    QACONV_ERROR_WRITE,     /* a writer failed (a stylesheet unreadable) */
    QACONV_ERROR_IO,        /* writing to the FILE failed */
    QACONV_ERROR_CANCELLED, /* the cancel flag was set */
    QACONV_ERROR_NOMEM      /* the allocator returned NULL */
} qaconv_status;

/* A fixed description of status ("out of memory"); never NULL. */
QACONV_EXPORT const char *qaconv_strerror(qaconv_status status);

/* ---- memory ------------------------------------------------------------- */

/* The allocator documents, converters and outputs are made with, as
 * cmark_mem: calloc, realloc and free with the C library's meaning.  When
 * calloc or realloc returns NULL, the call in flight gives up and returns
 * QACONV_ERROR_NOMEM; an allocator may instead decide not to return
 * (abort, longjmp to the caller's own handler).  Work buffers that live
 * only during a call, and the memory of libxml2, libzip, cmark and jansson,
 * come from malloc. */
typedef struct qaconv_mem {
    void *(*calloc)(size_t nmemb, size_t size);
    void *(*realloc)(void *ptr, size_t size);
    void (*free)(void *ptr);
} qaconv_mem;

/* The C library's calloc, realloc and free. */
QACONV_EXPORT const qaconv_mem *qaconv_default_mem(void);

/* ---- converters ----------------------------------------------------------- */

/* What a conversion needs besides its input: the allocator, options,
 * metadata, the language detector (loaded on the first detection) and the
 * message of the last failure.  One thread at a time. */
typedef struct qaconv_converter qaconv_converter;

/* A converter with the allocator mem (NULL: qaconv_default_mem()), or NULL
 * when memory runs out.  mem must outlive it. */
QACONV_EXPORT qaconv_converter *qaconv_converter_new(const qaconv_mem *mem);
QACONV_EXPORT void qaconv_converter_free(qaconv_converter *c);

/* The message of the last call on c that failed ("" before any): one line,
 * valid until the next call on c. */
QACONV_EXPORT const char *qaconv_converter_error(const qaconv_converter *c);

/* Sets metadata, as the command line's --metadata KEY=VALUE: creator,
 * publisher, rights, date (ISO 8601), identifier, source-url, title, or
 * language (a BCP 47 tag, which replaces detection).  The value wins over
 * what a document carries; NULL removes it. */
QACONV_EXPORT qaconv_status qaconv_set_metadata(qaconv_converter *c,
                                                const char *key,
                                                const char *value);

/* Sets an option of the writers (NULL restores the default):
 *   "split"              EPUB content files: "auto", "document", "entry"
 *   "md-front-matter"    Markdown opens with YAML front matter: "1" or "0"
 *   "css"                a file whose stylesheet replaces the EPUB's
 *   "cover"              a PNG or JPEG file, the EPUB's cover image
 *   "source-date-epoch"  seconds since 1970 for the dates written, which
 *                        makes outputs reproducible (the JSON then names
 *                        no conversion time)
 * Files are read when a document is written. */
QACONV_EXPORT qaconv_status qaconv_set_option(qaconv_converter *c,
                                              const char *key,
                                              const char *value);

/* A flag that stops the conversion in flight soon after it becomes
 * non-zero (QACONV_ERROR_CANCELLED); it may be set from a signal handler
 * or another thread.  NULL: never. */
QACONV_EXPORT void qaconv_set_cancel(qaconv_converter *c,
                                     const volatile sig_atomic_t *flag);

/* ---- reading, filtering, writing ----------------------------------------- */

/* The documents read from one input: one, or one per page of a file that
 * holds several (pages cut where the question numbers start again). */
typedef struct qaconv_docs qaconv_docs;
/* One document: a title, a preamble, entries (a question and its answer)
 * and diagnostics. */
typedef struct qaconv_doc qaconv_doc;

/* Reads len bytes of data in format ("text", "json", "md", "html"; NULL:
 * the format name's extension names, else text, or html for text that
 * opens as HTML) into *docs.  name is the source's name as recorded in the
 * documents ("faq.txt"; NULL: "-"); the documents' ids are made from it
 * ("faq", then "faq-2" for a second page) unless metadata names one.
 * Language is detected per document unless the input or the metadata
 * names it.  *docs is set whenever documents were made, even when
 * QACONV_ERROR_INPUT says one carries an error diagnostic; free them with
 * qaconv_docs_free(). */
QACONV_EXPORT qaconv_status qaconv_read(qaconv_converter *c, const char *data,
                                        size_t len, const char *format,
                                        const char *name, qaconv_docs **docs);

/* Runs a chain of built-in filters over docs, in place.  chain NULL is the
 * default chain; otherwise a comma-separated list of filter names, where
 * "default" stands for the default ones and "-NAME" takes one out
 * ("default,strip-disclaimers,-lint"; "" runs none).  Filters run in
 * qaconv's order whatever the order named.  QACONV_ERROR_INPUT when a
 * document carries an error diagnostic afterwards. */
QACONV_EXPORT qaconv_status qaconv_filter(qaconv_converter *c,
                                          qaconv_docs *docs,
                                          const char *chain);

/* Writes docs in format ("json", "jsonld", "docbook", "md", "epub") into a
 * new buffer of *len bytes and a NUL, stored in *out: free it with
 * qaconv_free().  Several pages make one JSON array or one EPUB book; the
 * other formats hold one page (QACONV_ERROR_PAGES: write them one by one
 * with qaconv_write_doc).  Documents that carry an error diagnostic are
 * not written (QACONV_ERROR_INPUT). */
QACONV_EXPORT qaconv_status qaconv_write(qaconv_converter *c,
                                         const qaconv_docs *docs,
                                         const char *format, char **out,
                                         size_t *len);
/* The same, into f (which stays open). */
QACONV_EXPORT qaconv_status qaconv_write_file(qaconv_converter *c,
                                              const qaconv_docs *docs,
                                              const char *format, FILE *f);
/* One document of docs, as qaconv_write. */
QACONV_EXPORT qaconv_status qaconv_write_doc(qaconv_converter *c,
                                             const qaconv_doc *doc,
                                             const char *format, char **out,
                                             size_t *len);

/* Read, the default filters, write: the command line's conversion of one
 * input.  *out as qaconv_write. */
QACONV_EXPORT qaconv_status qaconv_convert(qaconv_converter *c,
                                           const char *data, size_t len,
                                           const char *from, const char *name,
                                           const char *to, char **out,
                                           size_t *out_len);

/* Frees an output of qaconv_write, qaconv_write_doc or qaconv_convert. */
QACONV_EXPORT void qaconv_free(const qaconv_converter *c, void *out);
QACONV_EXPORT void qaconv_docs_free(qaconv_docs *docs);

/* Whether qaconv reads / writes the format named (1 or 0), and the names
 * of the formats and built-in filters, by index from 0 (NULL past the
 * last). */
QACONV_EXPORT int qaconv_format_reads(const char *format);
QACONV_EXPORT int qaconv_format_writes(const char *format);
QACONV_EXPORT const char *qaconv_format_name(size_t i);
QACONV_EXPORT const char *qaconv_filter_name(size_t i);

/* ---- documents -------------------------------------------------------------
 *
 * Getters return NULL, 0 or "" for a NULL argument or an index past the
 * end. */

typedef struct qaconv_entry qaconv_entry;
typedef struct qaconv_block qaconv_block;
typedef struct qaconv_item qaconv_item;
typedef struct qaconv_diag qaconv_diag;

QACONV_EXPORT size_t qaconv_docs_count(const qaconv_docs *docs);
QACONV_EXPORT const qaconv_doc *qaconv_docs_get(const qaconv_docs *docs,
                                                size_t i);

/* "faq", as the JSON's "id"; NULL for a document not named yet. */
QACONV_EXPORT const char *qaconv_doc_id(const qaconv_doc *doc);
/* The page's own title, "" when it has none. */
QACONV_EXPORT const char *qaconv_doc_title(const qaconv_doc *doc);
/* BCP 47: "en", "pt-BR". */
QACONV_EXPORT const char *qaconv_doc_language(const qaconv_doc *doc);
QACONV_EXPORT const char *qaconv_doc_source_name(const qaconv_doc *doc);
/* Lowercase hex SHA-256 of the input. */
QACONV_EXPORT const char *qaconv_doc_source_sha256(const qaconv_doc *doc);
QACONV_EXPORT uint64_t qaconv_doc_source_size(const qaconv_doc *doc);
/* The document's own metadata ("creator", "date", "source-url", ...), or
 * NULL. */
QACONV_EXPORT const char *qaconv_doc_meta(const qaconv_doc *doc,
                                          const char *key);
QACONV_EXPORT size_t qaconv_doc_category_count(const qaconv_doc *doc);
QACONV_EXPORT const char *qaconv_doc_category(const qaconv_doc *doc,
                                              size_t i);
/* Text between the title and the first question. */
QACONV_EXPORT size_t qaconv_doc_preamble_count(const qaconv_doc *doc);
QACONV_EXPORT const qaconv_block *qaconv_doc_preamble(const qaconv_doc *doc,
                                                      size_t i);
QACONV_EXPORT size_t qaconv_doc_entry_count(const qaconv_doc *doc);
QACONV_EXPORT const qaconv_entry *qaconv_doc_entry(const qaconv_doc *doc,
                                                   size_t i);
QACONV_EXPORT size_t qaconv_doc_diag_count(const qaconv_doc *doc);
QACONV_EXPORT const qaconv_diag *qaconv_doc_diag(const qaconv_doc *doc,
                                                 size_t i);

/* Entry flags: what a reader or filter found about an entry. */
#define QACONV_FLAG_TRUNCATED (1u << 0)    /* the page ends in its answer */
#define QACONV_FLAG_EMPTY_ANSWER (1u << 1)
#define QACONV_FLAG_PERSONA (1u << 2)      /* speaks as an AI or expert */
#define QACONV_FLAG_OFF_TOPIC (1u << 3)    /* answers something else */

/* "q1", "q2", ...: the entry's place in the document. */
QACONV_EXPORT const char *qaconv_entry_id(const qaconv_entry *e);
/* The number written before the question, 0 when none. */
QACONV_EXPORT long qaconv_entry_number(const qaconv_entry *e);
QACONV_EXPORT const char *qaconv_entry_question(const qaconv_entry *e);
/* The source line of the question, from 1. */
QACONV_EXPORT size_t qaconv_entry_line(const qaconv_entry *e);
QACONV_EXPORT unsigned qaconv_entry_flags(const qaconv_entry *e);
/* The heading of the section this entry opens, or NULL. */
QACONV_EXPORT const char *qaconv_entry_section(const qaconv_entry *e);
/* The answer's blocks. */
QACONV_EXPORT size_t qaconv_entry_block_count(const qaconv_entry *e);
QACONV_EXPORT const qaconv_block *qaconv_entry_block(const qaconv_entry *e,
                                                     size_t i);

typedef enum qaconv_block_type {
    QACONV_BLOCK_PARAGRAPH,
    QACONV_BLOCK_LIST
} qaconv_block_type;

/* What a paragraph does in its answer (the sections filter says). */
typedef enum qaconv_role {
    QACONV_ROLE_NONE,
    QACONV_ROLE_LEAD,   /* answers the question directly */
    QACONV_ROLE_BODY,
    QACONV_ROLE_SUMMARY /* "In conclusion, ..." */
} qaconv_role;

QACONV_EXPORT qaconv_block_type qaconv_block_get_type(const qaconv_block *b);
QACONV_EXPORT qaconv_role qaconv_block_role(const qaconv_block *b);
QACONV_EXPORT size_t qaconv_block_line(const qaconv_block *b);
/* A paragraph's text; NULL for a list. */
QACONV_EXPORT const char *qaconv_block_text(const qaconv_block *b);
/* A list's items, and whether it is numbered (1 or 0). */
QACONV_EXPORT int qaconv_block_ordered(const qaconv_block *b);
QACONV_EXPORT size_t qaconv_block_item_count(const qaconv_block *b);
QACONV_EXPORT const qaconv_item *qaconv_block_item(const qaconv_block *b,
                                                   size_t i);

QACONV_EXPORT const char *qaconv_item_text(const qaconv_item *it);
/* "Legal aid" of "Legal aid: ...", or NULL. */
QACONV_EXPORT const char *qaconv_item_label(const qaconv_item *it);
QACONV_EXPORT size_t qaconv_item_line(const qaconv_item *it);
/* The number or letter (a = 1) written, 0 for a bullet. */
QACONV_EXPORT long qaconv_item_number(const qaconv_item *it);
/* Items nested under this one ("a.", "b." under "1."). */
QACONV_EXPORT int qaconv_item_sublist_ordered(const qaconv_item *it);
QACONV_EXPORT size_t qaconv_item_subitem_count(const qaconv_item *it);
QACONV_EXPORT const qaconv_item *qaconv_item_subitem(const qaconv_item *it,
                                                     size_t i);

typedef enum qaconv_severity {
    QACONV_SEVERITY_INFO,
    QACONV_SEVERITY_WARNING,
    QACONV_SEVERITY_ERROR
} qaconv_severity;

QACONV_EXPORT qaconv_severity qaconv_diag_severity(const qaconv_diag *d);
/* Stable and kebab-case: "no-questions". */
QACONV_EXPORT const char *qaconv_diag_code(const qaconv_diag *d);
/* The source line, from 1; 0 when not tied to a line. */
QACONV_EXPORT size_t qaconv_diag_line(const qaconv_diag *d);
QACONV_EXPORT const char *qaconv_diag_message(const qaconv_diag *d);

/* ---- walking a document ----------------------------------------------------
 *
 * An iterator visits a document in reading order, as cmark_iter does:
 * each entry, block and item is entered, then (after what it holds) left.
 *
 *     qaconv_iter *it = qaconv_iter_new(doc);
 *     qaconv_event ev;
 *     while ((ev = qaconv_iter_next(it)) != QACONV_EVENT_DONE)
 *         if (ev == QACONV_EVENT_ENTER &&
 *             qaconv_iter_kind(it) == QACONV_NODE_ENTRY)
 *             puts(qaconv_entry_question(qaconv_iter_entry(it)));
 *     qaconv_iter_free(it);
 */
typedef struct qaconv_iter qaconv_iter;

typedef enum qaconv_event {
    QACONV_EVENT_DONE,
    QACONV_EVENT_ENTER,
    QACONV_EVENT_EXIT
} qaconv_event;

typedef enum qaconv_node_kind {
    QACONV_NODE_DOC,      /* entered first, left last */
    QACONV_NODE_PREAMBLE, /* holds the preamble's blocks */
    QACONV_NODE_ENTRY,    /* holds its answer's blocks */
    QACONV_NODE_BLOCK,    /* a list holds its items */
    QACONV_NODE_ITEM      /* holds its subitems */
} qaconv_node_kind;

/* An iterator over doc, made with the allocator doc was made with; NULL
 * when memory runs out.  doc must outlive it. */
QACONV_EXPORT qaconv_iter *qaconv_iter_new(const qaconv_doc *doc);
QACONV_EXPORT qaconv_event qaconv_iter_next(qaconv_iter *it);
QACONV_EXPORT qaconv_node_kind qaconv_iter_kind(const qaconv_iter *it);
/* The node at the iterator: the accessor of its kind gives it, the others
 * NULL. */
QACONV_EXPORT const qaconv_entry *qaconv_iter_entry(const qaconv_iter *it);
QACONV_EXPORT const qaconv_block *qaconv_iter_block(const qaconv_iter *it);
QACONV_EXPORT const qaconv_item *qaconv_iter_item(const qaconv_iter *it);
QACONV_EXPORT void qaconv_iter_free(qaconv_iter *it);

#ifdef __cplusplus
}
#endif

#endif
