/* fuzz_check.c - one input through reader, default filters and every
 * writer, with every output checked by a parser that is not qaconv's.
 * See fuzz_check.h. */
#include "fuzz_check.h"

#include <cmark.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <zip.h>

/* AddressSanitizer keeps freed memory out of use until 256 MB more has
 * been freed.  One execution here frees a few megabytes, so 32 MB still
 * catches a use after free within an execution and the next few, and
 * with less memory to recycle the targets run about a tenth faster.
 * ASAN_OPTIONS overrides it. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "quarantine_size_mb=32";
}

void qa_fuzz_fail(const char *format, const char *what, const qa_buf *out)
{
    fprintf(stderr, "qaconv fuzz: %s output fails its check: %s\n", format,
            what);
    if (out && out->data)
        fprintf(stderr, "---- output (first 2000 bytes) ----\n%.*s\n----\n",
                (int)(out->len < 2000 ? out->len : 2000), out->data);
    abort();
}

/* ---- XML ----------------------------------------------------------------- */

static void count_error(void *ctx, xmlErrorPtr e)
{
    if (e && e->level >= XML_ERR_ERROR) {
        int *n = ctx;
        if ((*n)++ == 0)
            fprintf(stderr, "libxml2: line %d: %s", e->line,
                    e->message ? e->message : "?\n");
    }
}

/* Well-formed, namespace-correct XML; no network, entities left alone.
 * The parser runs with SAX callbacks that do nothing: it makes every
 * check a tree would need without building one. */
static bool xml_ok(const char *s, size_t len)
{
    xmlSAXHandler nothing = {.initialized = XML_SAX2_MAGIC};
    int errors = 0;
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(s, (int)len);
    if (!ctxt)
        return false;
    xmlSAXHandlerPtr own = ctxt->sax;
    ctxt->sax = &nothing;
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOWARNING);
    xmlSetStructuredErrorFunc(&errors, count_error);
    xmlParseDocument(ctxt);
    xmlSetStructuredErrorFunc(NULL, NULL);
    bool ok = errors == 0 && ctxt->wellFormed && ctxt->nsWellFormed;
    ctxt->sax = own;
    xmlFreeParserCtxt(ctxt);
    return ok;
}

/* ---- JSON-LD ------------------------------------------------------------- */

/* An answer's HTML fragment: well-formed once wrapped in one element. */
static bool html_fragment_ok(const char *html)
{
    qa_buf b = {0};
    qa_buf_puts(&b, "<div>");
    qa_buf_puts(&b, html);
    qa_buf_puts(&b, "</div>");
    bool ok = xml_ok(b.data, b.len);
    qa_buf_free(&b);
    return ok;
}

static const char *check_jsonld(const qa_buf *out)
{
    json_error_t e;
    json_t *root = json_loadb(out->data, out->len, JSON_REJECT_DUPLICATES, &e);
    if (!root)
        return "not valid JSON";
    const char *why = NULL;
    json_t *main = json_object_get(root, "mainEntity");
    if (!json_is_string(json_object_get(root, "@context")) ||
        !json_is_string(json_object_get(root, "@type")) ||
        strcmp(json_string_value(json_object_get(root, "@type")), "FAQPage") ||
        !json_is_string(json_object_get(root, "name")) ||
        !json_is_array(main) || json_array_size(main) == 0)
        why = "@context, @type FAQPage, name or mainEntity missing";
    size_t i;
    json_t *q;
    json_array_foreach(main, i, q) {
        json_t *a = json_object_get(q, "acceptedAnswer");
        json_t *text = json_object_get(a, "text");
        if (!why && (!json_is_string(json_object_get(q, "name")) ||
                     strcmp(json_string_value(json_object_get(q, "@type")) ?
                            json_string_value(json_object_get(q, "@type")) : "",
                            "Question")))
            why = "a Question without @type or name";
        else if (!why && a && !json_is_string(text))
            why = "an acceptedAnswer without text";
        else if (!why && a && !html_fragment_ok(json_string_value(text)))
            why = "an answer's HTML is not well-formed";
    }
    json_decref(root);
    return why;
}

/* ---- Markdown ------------------------------------------------------------ */

static bool utf8_ok(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || cp == 0)
            return false;
        i += (size_t)n;
    }
    return true;
}

/* Valid UTF-8 that cmark parses, and that qaconv's Markdown reader reads
 * back into as many questions as the document has. */
static const char *check_md(const qa_buf *out, const qa_doc *doc)
{
    if (!utf8_ok(out->data, out->len))
        return "not valid UTF-8 (or a NUL byte)";
    cmark_node *root = cmark_parse_document(out->data, out->len,
                                            CMARK_OPT_VALIDATE_UTF8);
    if (!root)
        return "cmark cannot parse it";
    cmark_node_free(root);
    qa_doc *back = qa_read_md(out->data, out->len, "fuzz.md", NULL);
    const char *why = NULL;
    if (qa_doc_count_diags(back, QA_ERROR))
        why = "qaconv's Markdown reader refuses it";
    else if (back->n_entries != doc->n_entries)
        why = "the Markdown reader finds another number of questions";
    qa_doc_free(back);
    return why;
}

/* ---- JSON ---------------------------------------------------------------- */

/* The contract, then qaconv's own JSON reader on it: no error and every
 * question back. */
static const char *check_json(const qa_buf *out, const qa_doc *doc)
{
    const char *why = qa_fuzz_check_json(out->data, out->len, false);
    if (why)
        return why;
    qa_doc *back = qa_read_json(out->data, out->len, "fuzz.json", NULL);
    if (qa_doc_count_diags(back, QA_ERROR))
        why = "qaconv's JSON reader refuses it";
    else if (back->n_entries != doc->n_entries)
        why = "the JSON reader finds another number of questions";
    qa_doc_free(back);
    return why;
}

/* ---- EPUB ---------------------------------------------------------------- */

static bool has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* An entry's bytes, or NULL.  The read goes on to the end of the entry:
 * libzip checks the CRC-32 only when it sees the end. */
static char *read_entry(zip_t *za, zip_uint64_t i, zip_uint64_t size)
{
    zip_file_t *f = zip_fopen_index(za, i, 0);
    if (!f)
        return NULL;
    char *data = qa_xmalloc(size + 1);
    zip_uint64_t n = 0;
    zip_int64_t got;
    while ((got = zip_fread(f, data + n, size + 1 - n)) > 0 &&
           (n += (zip_uint64_t)got) <= size)
        ;
    zip_fclose(f);
    if (got < 0 || n != size) {
        free(data);
        return NULL;
    }
    data[size] = '\0';
    return data;
}

/* A zip that libzip opens, whose first entry is an uncompressed
 * "mimetype" holding application/epub+zip, and whose XHTML, OPF and NCX
 * files are well-formed XML. */
static const char *check_epub(const qa_buf *out)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src = zip_source_buffer_create(out->data, out->len, 0, &err);
    zip_t *za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS,
                                           &err) : NULL;
    zip_error_fini(&err);
    if (!za) {
        zip_source_free(src);
        return "libzip cannot open it";
    }
    const char *why = NULL;
    zip_stat_t st;
    zip_int64_t n = zip_get_num_entries(za, 0);
    if (n < 1 || zip_stat_index(za, 0, 0, &st) != 0 ||
        strcmp(st.name, "mimetype") != 0 || st.comp_method != ZIP_CM_STORE)
        why = "the first entry is not an uncompressed \"mimetype\"";
    for (zip_int64_t i = 0; i < n && !why; i++) {
        if (zip_stat_index(za, (zip_uint64_t)i, 0, &st) != 0) {
            why = "an entry libzip cannot stat";
            break;
        }
        bool is_xml = has_suffix(st.name, ".xhtml") ||
                      has_suffix(st.name, ".opf") ||
                      has_suffix(st.name, ".ncx") ||
                      has_suffix(st.name, ".xml");
        bool is_mimetype = i == 0;
        if (!is_xml && !is_mimetype)
            continue;
        char *data = read_entry(za, (zip_uint64_t)i, st.size);
        if (!data)
            why = "an entry libzip cannot read (or its CRC-32 is wrong)";
        else if (is_mimetype && strcmp(data, "application/epub+zip") != 0)
            why = "mimetype does not hold application/epub+zip";
        else if (is_xml && !xml_ok(data, st.size))
            why = "an XHTML, OPF or NCX file is not well-formed XML";
        free(data);
    }
    zip_discard(za);
    return why;
}

/* ---- the conversion ------------------------------------------------------ */

const char *qa_fuzz_check(const char *format, const qa_buf *out,
                          const qa_doc *doc)
{
    if (strcmp(format, "json") == 0)
        return check_json(out, doc);
    if (strcmp(format, "jsonld") == 0)
        return check_jsonld(out);
    if (strcmp(format, "docbook") == 0)
        return xml_ok(out->data, out->len) ? NULL : "not well-formed XML";
    if (strcmp(format, "md") == 0)
        return check_md(out, doc);
    if (strcmp(format, "epub") == 0)
        return check_epub(out);
    return "no check for this format: add one to tests/fuzz/fuzz_check.c";
}

static void write_and_check(const qa_format *f, const qa_write_opts *opts,
                            const qa_doc *doc)
{
    qa_buf out = {0};
    const char *err = NULL;
    if (f->write(doc, opts, &out, &err) != 0)
        qa_fuzz_fail(f->name, err ? err : "the writer failed", &out);
    const char *why = qa_fuzz_check(f->name, &out, doc);
    if (why)
        qa_fuzz_fail(f->name, why, &out);
    qa_buf_free(&out);
}

static bool has_errors(const qa_docs *docs)
{
    for (size_t d = 0; d < docs->n; d++)
        if (qa_doc_count_diags(docs->v[d], QA_ERROR))
            return true;
    return false;
}

bool qa_fuzz_every_option;

/* The k-th combination of the writers' options: --split for the EPUB,
 * --md-front-matter for Markdown; QA_FUZZ_OPTIONS of them. */
enum { QA_FUZZ_OPTIONS = 6 };

static qa_write_opts writer_options(uint32_t k)
{
    static const qa_split splits[] = {QA_SPLIT_AUTO, QA_SPLIT_DOCUMENT,
                                      QA_SPLIT_ENTRY};
    return (qa_write_opts){.split = splits[k % 3],
                           .md_front_matter = (k / 3) % 2,
                           .source_date_epoch = 0};
}

/* The combination an input runs with: a hash of its bytes, so that one
 * input always runs the same way, as libFuzzer needs, and the inputs
 * share out every combination. */
static uint32_t options_of(const uint8_t *data, size_t size)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 16777619u;
    return h % QA_FUZZ_OPTIONS;
}

static void write_all(const qa_docs *docs, const qa_write_opts *opts)
{
    for (size_t d = 0; d < docs->n; d++)
        for (const qa_format *f = qa_formats; f->name; f++)
            if (f->write)
                write_and_check(f, opts, docs->v[d]);
}

void qa_fuzz_convert(qa_reader_fn read, const uint8_t *data, size_t size)
{
    qa_doc *doc = read((const char *)data, size, "fuzz-input", NULL);
    if (!doc)
        qa_fuzz_fail("reader", "returned NULL", NULL);
    qa_docs docs = {0};
    bool pages = false; /* as qaconv reads the format: split into pages? */
    for (const qa_format *f = qa_formats; f->name; f++)
        pages |= f->read == read && f->pages;
    if (pages)
        qa_split_pages(doc, &docs);
    else
        qa_docs_push(&docs, doc);
    if (!has_errors(&docs)) {
        for (const qa_filter *f = qa_filters; f->name; f++)
            if (f->on_by_default)
                f->run(&docs);
    }
    if (!has_errors(&docs)) {
        uint32_t k = options_of(data, size);
        for (uint32_t i = 0; i < QA_FUZZ_OPTIONS; i++) {
            if (qa_fuzz_every_option || i == k) {
                qa_write_opts opts = writer_options(i);
                write_all(&docs, &opts);
            }
        }
        if (docs.n > 1) { /* -o FILE of an input holding several pages */
            qa_buf out = {0};
            const char *err = NULL;
            if (qa_write_json_docs((const qa_doc *const *)docs.v, docs.n,
                                   &out, &err) != 0)
                qa_fuzz_fail("json (pages)", err, &out);
            const char *why = qa_fuzz_check_json(out.data, out.len, true);
            if (why)
                qa_fuzz_fail("json (pages)", why, &out);
            qa_buf_free(&out);
        }
    }
    qa_docs_free(&docs);
}
