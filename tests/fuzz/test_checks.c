/* test_checks.c - the fuzz targets' output checks catch broken outputs.
 *
 * A fuzz run is only as good as the checks it runs on every output: a
 * check that lets a broken file through turns every execution into a
 * crash test and nothing more.  Each check here passes what qaconv
 * writes and rejects outputs broken the ways a writer could break them. */
#include "fuzz_check.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

static const char page[] =
    "Home > Parks\n"
    "Park questions\n"
    "1. Are parks free?\n"
    "Yes, every park is free.\n"
    "2. When do parks open?\n"
    "1. In summer at six.\n"
    "2. In winter at eight.\n";

static qa_buf text(const char *s)
{
    qa_buf b = {0};
    qa_buf_put(&b, s, strlen(s));
    return b;
}

/* check(format, s) on a string output. */
static const char *check_str(const char *format, const char *s,
                             const qa_doc *doc)
{
    qa_buf b = text(s);
    const char *why = qa_fuzz_check(format, &b, doc);
    qa_buf_free(&b);
    return why;
}

static void writers_pass(const qa_doc *doc)
{
    qa_write_opts opts = {.source_date_epoch = 0};
    for (const qa_format *f = qa_formats; f->name; f++) {
        if (!f->write)
            continue;
        qa_buf out = {0};
        const char *err = NULL;
        CHECK(f->write(doc, &opts, &out, &err) == 0);
        const char *why = qa_fuzz_check(f->name, &out, doc);
        if (why)
            fprintf(stderr, "%s: %s\n", f->name, why);
        CHECK(why == NULL);
        qa_buf_free(&out);
    }
}

static void xml_rejected(const qa_doc *doc)
{
    static const char *const bad[] = {
        "",                                         /* nothing */
        "<a><b></a>",                               /* tags crossed */
        "<a x=\"1\" x=\"2\"/>",                     /* attribute twice */
        "<p:a/>",                                   /* prefix not bound */
        "<a>fish & chips</a>",                      /* bare ampersand */
        "<a>&nbsp;</a>",                            /* undeclared entity */
        "<a>\x01</a>",                              /* C0 control */
        "<a>\xef\xbf\xbe</a>",                      /* U+FFFE */
        "<a>\xc3</a>",                              /* cut UTF-8 */
        "<a/><b/>",                                 /* two roots */
        "<a><![CDATA[x]]></a>]]>",                  /* text after root */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        const char *why = check_str("docbook", bad[i], doc);
        if (!why)
            fprintf(stderr, "docbook check passed: %s\n", bad[i]);
        CHECK(why != NULL);
    }
    CHECK(check_str("docbook", "<a xmlns:p=\"urn:x\"><p:b>&amp;</p:b></a>",
                    doc) == NULL);
}

/* doc's JSON with the text from..to (first occurrence) replaced. */
static char *json_with(const qa_doc *doc, const char *from, const char *to)
{
    qa_write_opts opts = {.source_date_epoch = 0};
    qa_buf out = {0};
    const char *err = NULL;
    qa_write_json(doc, &opts, &out, &err);
    qa_buf_put(&out, "", 1);
    char *at = strstr(out.data, from);
    if (!at) {
        qa_buf_free(&out);
        return NULL;
    }
    qa_buf b = {0};
    qa_buf_put(&b, out.data, (size_t)(at - out.data));
    qa_buf_puts(&b, to);
    qa_buf_puts(&b, at + strlen(from));
    qa_buf_put(&b, "", 1);
    qa_buf_free(&out);
    return b.data;
}

static void json_rejected(const qa_doc *doc)
{
    CHECK(check_str("json", "{", doc) != NULL);
    CHECK(check_str("json", "{}", doc) != NULL);
    CHECK(check_str("json", "[]", doc) != NULL);
    /* A question's text emptied breaks the contract. */
    char *s = json_with(doc, "Are parks free?", "");
    CHECK(s && check_str("json", s, doc) != NULL);
    free(s);
    /* A key the contract does not know. */
    s = json_with(doc, "{", "{\"surprise\": 1, ");
    CHECK(s && check_str("json", s, doc) != NULL);
    free(s);

    CHECK(check_str("jsonld", "[]", doc) != NULL);
    CHECK(check_str("jsonld",
                    "{\"@context\": \"https://schema.org\", \"@type\": "
                    "\"FAQPage\", \"name\": \"P\", \"mainEntity\": [{\"@type\": "
                    "\"Question\", \"name\": \"Q?\", \"acceptedAnswer\": "
                    "{\"@type\": \"Answer\", \"text\": \"<p>a</b>\"}}]}",
                    doc) != NULL);
    CHECK(check_str("jsonld",
                    "{\"@context\": \"https://schema.org\", \"@type\": "
                    "\"FAQPage\", \"name\": \"P\", \"mainEntity\": [{\"@type\": "
                    "\"Question\", \"name\": \"Q?\", \"acceptedAnswer\": "
                    "{\"@type\": \"Answer\", \"text\": \"<p>a &amp; b</p>\"}}]}",
                    doc) == NULL);
}

static void md_rejected(const qa_doc *doc)
{
    qa_write_opts opts = {.source_date_epoch = 0};
    qa_buf out = {0};
    const char *err = NULL;
    CHECK(qa_write_md(doc, &opts, &out, &err) == 0);
    qa_buf_put(&out, "", 1);

    /* One question's heading gone: the read-back finds one fewer. */
    char *second = strstr(out.data, "## 2.");
    if (!second)
        second = strstr(out.data, "When do parks open?");
    CHECK(second != NULL);
    if (second) {
        qa_buf cut = {0};
        qa_buf_put(&cut, out.data, (size_t)(second - out.data));
        CHECK(qa_fuzz_check("md", &cut, doc) != NULL);
        qa_buf_free(&cut);
    }
    qa_buf nul = {0};
    qa_buf_put(&nul, out.data, out.len - 1);
    nul.data[nul.len / 2] = '\0';
    CHECK(qa_fuzz_check("md", &nul, doc) != NULL);
    qa_buf_free(&nul);
    qa_buf_free(&out);
    CHECK(check_str("md", "# Parks\n\xff\n", doc) != NULL);
}

/* A two-entry archive: first, second (name then bytes), the mimetype
 * stored unless deflate_mimetype. */
typedef struct {
    const char *what;
    const char *first[2], *second[2];
    bool deflate_mimetype;
    bool passes;
} archive;

static qa_buf zip_of(const archive *a)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_source_keep(mem);
    zip_t *za = zip_open_from_source(mem, ZIP_TRUNCATE, &err);
    const char *const *entries[] = {a->first, a->second};
    for (size_t i = 0; i < 2; i++) {
        const char *name = entries[i][0], *data = entries[i][1];
        zip_source_t *s = zip_source_buffer(za, data, strlen(data), 0);
        zip_int64_t idx = zip_file_add(za, name, s, 0);
        bool store = strcmp(name, "mimetype") == 0 && !a->deflate_mimetype;
        zip_set_file_compression(za, (zip_uint64_t)idx,
                                 store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    zip_close(za);
    qa_buf out = {0};
    zip_stat_t st;
    if (zip_source_stat(mem, &st) == 0 && zip_source_open(mem) == 0) {
        char *bytes = malloc(st.size ? st.size : 1);
        zip_int64_t got = zip_source_read(mem, bytes, st.size);
        if (got > 0)
            qa_buf_put(&out, bytes, (size_t)got);
        free(bytes);
        zip_source_close(mem);
    }
    zip_source_free(mem);
    zip_error_fini(&err);
    return out;
}

/* The second zip header with signature sig (4 bytes) in z, or NULL. */
static char *second_header(qa_buf *z, const char *sig)
{
    int seen = 0;
    for (size_t i = 0; i + 4 <= z->len; i++)
        if (memcmp(z->data + i, sig, 4) == 0 && ++seen == 2)
            return z->data + i;
    return NULL;
}

#define MIMETYPE {"mimetype", "application/epub+zip"}
#define PAGE(xml) {"OEBPS/page.xhtml", xml}
#define GOOD_PAGE PAGE("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")

static void epub_rejected(const qa_doc *doc)
{
    static const archive cases[] = {
        {"a minimal archive", MIMETYPE, GOOD_PAGE, false, true},
        {"mimetype deflated", MIMETYPE, GOOD_PAGE, true, false},
        {"a page not well-formed", MIMETYPE, PAGE("<html><body></html>"),
         false, false},
        {"another media type", {"mimetype", "application/zip"}, GOOD_PAGE,
         false, false},
        {"mimetype second", GOOD_PAGE, MIMETYPE, false, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        qa_buf z = zip_of(&cases[i]);
        const char *why = qa_fuzz_check("epub", &z, doc);
        if ((why == NULL) != cases[i].passes)
            fprintf(stderr, "epub check on %s: %s\n", cases[i].what,
                    why ? why : "passed");
        CHECK(z.len > 0 && (why == NULL) == cases[i].passes);
        qa_buf_free(&z);
    }
    CHECK(check_str("epub", "PK\x03\x04 not really a zip", doc) != NULL);

    /* The page's CRC-32 changed alike in its local header (offset 14) and
     * in the central directory (offset 16): the archive is consistent and
     * opens, but the page's bytes are not the ones the CRC was made of. */
    static const archive minimal = {"crc", MIMETYPE, GOOD_PAGE, false, true};
    qa_buf z = zip_of(&minimal);
    CHECK(qa_fuzz_check("epub", &z, doc) == NULL);
    char *local = second_header(&z, "PK\x03\x04");
    char *central = second_header(&z, "PK\x01\x02");
    CHECK(local && central);
    if (local && central) {
        local[14] ^= 1;
        central[16] ^= 1;
        CHECK(qa_fuzz_check("epub", &z, doc) != NULL);
    }
    qa_buf_free(&z);
}

int main(void)
{
    qa_init();
    qa_doc *doc = qa_read_text(page, sizeof page - 1, "parks.txt", NULL);
    CHECK(doc && doc->n_entries == 2);
    if (doc && doc->n_entries == 2) {
        writers_pass(doc);
        xml_rejected(doc);
        json_rejected(doc);
        md_rejected(doc);
        epub_rejected(doc);
    }
    qa_doc_free(doc);
    return HARNESS_DONE();
}
