/* test_api.c - libqaconv through its public header only, linked against
 * libqaconv.so: accessors and the iterator on a sample page, errors as
 * codes and messages, pages, the caller's allocator (every allocation it
 * serves is given back, and one that fails at any point gives
 * QACONV_ERROR_NOMEM, never a crash), cancellation, and converters on
 * several threads without a lock.
 *
 *   test_api PROJECT_DIR */
#define _POSIX_C_SOURCE 200809L
#include <qaconv.h>

#include "harness.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static const char two_pages[] =
    "Categories OhioState Regulations and Laws\n\nParks in Ohio\n\n"
    "1. Are parks free?\n\nYes, most are.\n\n"
    "2. Are dogs allowed?\n\nOn a leash.\n\n"
    "Categories IowaState Regulations and Laws\n\nLakes in Iowa\n\n"
    "1. Can I swim?\n\nIn summer.\n\n"
    "2. Can I fish?\n\nWith a license.\n";

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 20];
    *len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    return buf;
}

static void test_version(void)
{
    CHECK(qaconv_version() == QACONV_VERSION_NUMBER);
    CHECK_STR(qaconv_version_string(), QACONV_VERSION);
    for (int s = QACONV_OK; s <= QACONV_ERROR_NOMEM; s++)
        CHECK(qaconv_strerror((qaconv_status)s)[0] != '\0');
    CHECK_STR(qaconv_strerror(QACONV_ERROR_NOMEM), "out of memory");
    CHECK(qaconv_format_reads("html") && !qaconv_format_reads("epub"));
    CHECK(qaconv_format_writes("epub") && !qaconv_format_writes("html"));
    CHECK_STR(qaconv_format_name(0), "text");
    CHECK(qaconv_filter_name(0) != NULL && qaconv_filter_name(100) == NULL);
}

/* The flu clinic sample (tests/golden/03-flu-clinic-county-health.json
 * says the same) through the accessors. */
static void test_accessors(const char *project)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/input/03-flu-clinic-county-health.txt",
             project);
    size_t len;
    const char *page = slurp(path, &len);
    CHECK(page != NULL);
    if (!page)
        return;
    qaconv_converter *c = qaconv_converter_new(NULL);
    qaconv_docs *docs = NULL;
    CHECK(qaconv_read(c, page, len, NULL, "03-flu-clinic-county-health.txt",
                      &docs) == QACONV_OK);
    CHECK(qaconv_filter(c, docs, NULL) == QACONV_OK);
    CHECK(qaconv_docs_count(docs) == 1);
    const qaconv_doc *doc = qaconv_docs_get(docs, 0);
    CHECK(qaconv_docs_get(docs, 1) == NULL);
    CHECK_STR(qaconv_doc_id(doc), "03-flu-clinic-county-health");
    CHECK_STR(qaconv_doc_title(doc),
              "Seasonal Flu Shot Clinics at County Health Centers");
    CHECK_STR(qaconv_doc_language(doc), "en");
    CHECK_STR(qaconv_doc_source_name(doc), "03-flu-clinic-county-health.txt");
    CHECK(strlen(qaconv_doc_source_sha256(doc)) == 64);
    CHECK(qaconv_doc_source_size(doc) == len);
    CHECK(qaconv_doc_category_count(doc) == 2);
    CHECK_STR(qaconv_doc_category(doc, 1), "Public Services");
    CHECK(qaconv_doc_preamble_count(doc) == 0);
    CHECK(qaconv_doc_diag_count(doc) == 0);
    CHECK(qaconv_doc_entry_count(doc) == 6);

    const qaconv_entry *e = qaconv_doc_entry(doc, 2);
    CHECK_STR(qaconv_entry_id(e), "q3");
    CHECK(qaconv_entry_number(e) == 3);
    CHECK_STR(qaconv_entry_question(e), "What should I bring to the clinic?");
    CHECK(qaconv_entry_line(e) == 17);
    CHECK(qaconv_entry_flags(e) == 0);
    CHECK(qaconv_entry_block_count(e) == 3);
    const qaconv_block *lead = qaconv_entry_block(e, 0);
    CHECK(qaconv_block_get_type(lead) == QACONV_BLOCK_PARAGRAPH);
    CHECK(qaconv_block_role(lead) == QACONV_ROLE_LEAD);
    CHECK(qaconv_block_line(lead) == 18);
    CHECK(qaconv_block_item_count(lead) == 0);
    const qaconv_block *list = qaconv_entry_block(e, 1);
    CHECK(qaconv_block_get_type(list) == QACONV_BLOCK_LIST);
    CHECK(qaconv_block_text(list) == NULL);
    CHECK(qaconv_block_ordered(list));
    CHECK(qaconv_block_item_count(list) == 3);
    const qaconv_item *it = qaconv_block_item(list, 1);
    CHECK_STR(qaconv_item_label(it), "Consent form");
    CHECK(qaconv_item_number(it) == 2);
    CHECK(qaconv_item_line(it) == 21);
    CHECK(qaconv_item_subitem_count(it) == 2);
    CHECK(qaconv_item_sublist_ordered(it));
    CHECK_STR(qaconv_item_text(qaconv_item_subitem(it, 1)),
              "Adults who need help reading the form can ask for an "
              "interpreter.");
    CHECK(qaconv_item_subitem(it, 2) == NULL);
    CHECK(qaconv_entry_block(e, 3) == NULL);

    /* the iterator: every node entered once and left once, in order */
    qaconv_iter *iter = qaconv_iter_new(doc);
    size_t enters = 0, exits = 0, entries = 0, items = 0, depth = 0;
    bool order = true;
    qaconv_event ev;
    while ((ev = qaconv_iter_next(iter)) != QACONV_EVENT_DONE) {
        if (ev == QACONV_EVENT_ENTER) {
            enters++;
            depth++;
            if (qaconv_iter_kind(iter) == QACONV_NODE_ENTRY)
                order = order && qaconv_iter_entry(iter) ==
                                     qaconv_doc_entry(doc, entries++);
            items += qaconv_iter_kind(iter) == QACONV_NODE_ITEM;
        } else {
            exits++;
            depth--;
        }
    }
    CHECK(enters == exits && depth == 0 && order);
    CHECK(entries == 6);
    CHECK(items >= 5); /* 3 items, 2 subitems in q3, more in q2 and q6 */
    CHECK(qaconv_iter_next(iter) == QACONV_EVENT_DONE);
    qaconv_iter_free(iter);

    /* NULL and past the end give neutral values */
    CHECK(qaconv_doc_entry(NULL, 0) == NULL && qaconv_doc_entry(doc, 6) == NULL);
    CHECK_STR(qaconv_doc_title(NULL), "");
    CHECK(qaconv_entry_block_count(NULL) == 0);
    qaconv_docs_free(docs);
    qaconv_converter_free(c);
}

static void test_errors(void)
{
    qaconv_converter *c = qaconv_converter_new(NULL);
    qaconv_docs *docs = (qaconv_docs *)1;
    const char page[] = "1. Is it free?\n\nYes.\n";
    CHECK(qaconv_read(c, page, sizeof page - 1, "pdf", "x", &docs) ==
          QACONV_ERROR_FORMAT);
    CHECK(docs == NULL);
    CHECK(strstr(qaconv_converter_error(c), "'pdf'") != NULL);
    CHECK(qaconv_read(c, page, sizeof page - 1, NULL, "x.epub", &docs) ==
          QACONV_ERROR_FORMAT);
    CHECK(qaconv_read(NULL, page, 1, NULL, "x", &docs) ==
          QACONV_ERROR_ARGUMENT);
    CHECK(qaconv_read(c, "<!DOCTYPE html><p>x", 19, "text", "x", &docs) ==
          QACONV_ERROR_FORMAT);
    CHECK(qaconv_set_metadata(c, "colour", "red") == QACONV_ERROR_OPTION);
    CHECK(qaconv_set_metadata(c, "date", "last Tuesday") ==
          QACONV_ERROR_OPTION);
    CHECK(strstr(qaconv_converter_error(c), "ISO 8601") != NULL);
    CHECK(qaconv_set_metadata(c, "language", "en_US") == QACONV_ERROR_OPTION);
    CHECK(qaconv_set_metadata(c, "creator", "a\x01") == QACONV_ERROR_OPTION);
    CHECK(qaconv_set_option(c, "split", "sometimes") == QACONV_ERROR_OPTION);
    CHECK(qaconv_set_option(c, "source-date-epoch", "-5") ==
          QACONV_ERROR_OPTION);
    CHECK(qaconv_set_option(c, "colour", "red") == QACONV_ERROR_OPTION);

    /* a page without questions: the documents come back, with the error */
    const char none[] = "Just a line of text.\n";
    CHECK(qaconv_read(c, none, sizeof none - 1, "md", "none.md", &docs) ==
          QACONV_ERROR_INPUT);
    CHECK(docs != NULL);
    const qaconv_diag *d = qaconv_doc_diag(qaconv_docs_get(docs, 0), 0);
    CHECK(qaconv_diag_severity(d) == QACONV_SEVERITY_ERROR);
    CHECK_STR(qaconv_diag_code(d), "no-questions");
    CHECK(qaconv_diag_message(d) && *qaconv_diag_message(d));
    char *out = NULL;
    CHECK(qaconv_write(c, docs, "json", &out, NULL) == QACONV_ERROR_INPUT);
    CHECK(out == NULL);
    qaconv_docs_free(docs);

    CHECK(qaconv_read(c, page, sizeof page - 1, NULL, "x", &docs) ==
          QACONV_OK);
    CHECK(qaconv_filter(c, docs, "numbering,nope") == QACONV_ERROR_FILTER);
    CHECK(strstr(qaconv_converter_error(c), "'nope'") != NULL);
    CHECK(qaconv_filter(c, docs, "default,strip-disclaimers,-lint") ==
          QACONV_OK);
    CHECK(qaconv_write(c, docs, "html", &out, NULL) == QACONV_ERROR_FORMAT);
    FILE *ro = fopen("/dev/null", "r");
    CHECK(qaconv_write_file(c, docs, "json", ro) == QACONV_ERROR_IO);
    fclose(ro);
    qaconv_docs_free(docs);
    qaconv_converter_free(c);
}

static void test_pages_and_settings(void)
{
    qaconv_converter *c = qaconv_converter_new(NULL);
    CHECK(qaconv_set_option(c, "source-date-epoch", "0") == QACONV_OK);
    qaconv_docs *docs = NULL;
    CHECK(qaconv_read(c, two_pages, sizeof two_pages - 1, NULL, "states.txt",
                      &docs) == QACONV_OK);
    CHECK(qaconv_docs_count(docs) == 2);
    CHECK_STR(qaconv_doc_id(qaconv_docs_get(docs, 1)), "states-2");
    CHECK_STR(qaconv_doc_title(qaconv_docs_get(docs, 1)), "Lakes in Iowa");
    char *out = NULL;
    size_t len = 0;
    CHECK(qaconv_write(c, docs, "json", &out, &len) == QACONV_OK);
    CHECK(out && out[0] == '[' && strlen(out) == len);
    qaconv_free(c, out);
    CHECK(qaconv_write(c, docs, "md", &out, &len) == QACONV_ERROR_PAGES);
    CHECK(qaconv_write_doc(c, qaconv_docs_get(docs, 1), "md", &out, &len) ==
          QACONV_OK);
    CHECK(out && strstr(out, "Can I swim?"));
    qaconv_free(c, out);
    CHECK(qaconv_write(c, docs, "epub", &out, &len) == QACONV_OK);
    CHECK(out && len > 100 && memcmp(out, "PK", 2) == 0);
    qaconv_free(c, out);
    qaconv_docs_free(docs);

    /* metadata wins over the page; the language replaces detection */
    CHECK(qaconv_set_metadata(c, "title", "Parks") == QACONV_OK);
    CHECK(qaconv_set_metadata(c, "language", "fr") == QACONV_OK);
    CHECK(qaconv_set_metadata(c, "identifier", "parks") == QACONV_OK);
    CHECK(qaconv_convert(c, two_pages, sizeof two_pages - 1, "text", "s.txt",
                         "json", &out, &len) == QACONV_OK);
    CHECK(out && strstr(out, "\"title\": \"Parks\"") &&
          strstr(out, "\"language\": \"fr\"") &&
          strstr(out, "\"id\": \"parks-2\""));
    qaconv_free(c, out);
    CHECK(qaconv_set_metadata(c, "title", NULL) == QACONV_OK);
    CHECK(qaconv_convert(c, two_pages, sizeof two_pages - 1, "text", "s.txt",
                         "json", &out, &len) == QACONV_OK);
    CHECK(out && !strstr(out, "\"title\": \"Parks\""));
    qaconv_free(c, out);

    /* a stylesheet that cannot be read: the writer says which */
    CHECK(qaconv_set_option(c, "css", "/nonexistent/style.css") == QACONV_OK);
    CHECK(qaconv_convert(c, two_pages, sizeof two_pages - 1, "text", "s.txt",
                         "epub", &out, &len) == QACONV_ERROR_WRITE);
    CHECK(strstr(qaconv_converter_error(c), "/nonexistent/style.css"));
    qaconv_converter_free(c);
}

/* ---- the caller's allocator ---------------------------------------------- */

/* Counts what it serves and fails every allocation after the first
 * `budget` ones (budget < 0: never).  One thread at a time. */
static long live, served, budget = -1;

static void *counting_calloc(size_t n, size_t size)
{
    if (budget >= 0 && served >= budget)
        return NULL;
    void *p = calloc(n, size);
    served++;
    live += p != NULL;
    return p;
}

static void *counting_realloc(void *p, size_t size)
{
    if (budget >= 0 && served >= budget)
        return NULL;
    void *q = realloc(p, size);
    served++;
    live += q && !p;
    return q;
}

static void counting_free(void *p)
{
    live -= p != NULL;
    free(p);
}

static const qaconv_mem counting = {counting_calloc, counting_realloc,
                                    counting_free};

/* One conversion of page with the counting allocator and a budget;
 * returns its status, with everything freed. */
static qaconv_status convert_with(long limit, const char *page, size_t len,
                                  const char *to)
{
    served = 0;
    budget = limit;
    qaconv_converter *c = qaconv_converter_new(&counting);
    if (!c)
        return QACONV_ERROR_NOMEM;
    char *out = NULL;
    qaconv_status st = qaconv_convert(c, page, len, NULL, "s.txt", to, &out,
                                      NULL);
    qaconv_free(c, out);
    qaconv_converter_free(c);
    budget = -1;
    return st;
}

static void test_allocator(void)
{
    live = 0;
    CHECK(convert_with(-1, two_pages, sizeof two_pages - 1, "epub") ==
          QACONV_OK);
    long needed = served;
    CHECK(needed > 10); /* documents and outputs come from the allocator */
    CHECK(live == 0);
    /* memory runs out at every point of the conversion in turn: each
     * gives up cleanly and gives back all it took */
    bool clean = true, nomem = true;
    for (long limit = 0; limit < needed; limit++) {
        qaconv_status st = convert_with(limit, two_pages,
                                        sizeof two_pages - 1, "epub");
        nomem = nomem && st == QACONV_ERROR_NOMEM;
        clean = clean && live == 0;
    }
    CHECK(nomem);
    CHECK(clean);
    CHECK(convert_with(needed, two_pages, sizeof two_pages - 1, "epub") ==
          QACONV_OK);
}

/* ---- cancellation and threads --------------------------------------------- */

static void test_cancel(void)
{
    static volatile sig_atomic_t stop = 1;
    qaconv_converter *c = qaconv_converter_new(NULL);
    qaconv_set_cancel(c, &stop);
    qaconv_docs *docs = NULL;
    CHECK(qaconv_read(c, two_pages, sizeof two_pages - 1, NULL, "s.txt",
                      &docs) == QACONV_ERROR_CANCELLED);
    CHECK(docs == NULL);
    qaconv_set_cancel(c, NULL);
    CHECK(qaconv_read(c, two_pages, sizeof two_pages - 1, NULL, "s.txt",
                      &docs) == QACONV_OK);
    qaconv_set_cancel(c, &stop);
    char *out = NULL;
    CHECK(qaconv_filter(c, docs, NULL) == QACONV_ERROR_CANCELLED);
    CHECK(qaconv_write(c, docs, "epub", &out, NULL) ==
          QACONV_ERROR_CANCELLED);
    qaconv_docs_free(docs);
    qaconv_converter_free(c);
}

#define THREADS 4
#define ROUNDS 10

typedef struct {
    const char *want; /* the JSON one thread alone makes */
    bool same;
} thread_arg;

/* Its own converter, the shared page, no lock. */
static void *convert_rounds(void *p)
{
    thread_arg *a = p;
    qaconv_converter *c = qaconv_converter_new(NULL);
    qaconv_set_option(c, "source-date-epoch", "0");
    a->same = true;
    for (int r = 0; r < ROUNDS; r++) {
        char *out = NULL;
        qaconv_status st = qaconv_convert(c, two_pages, sizeof two_pages - 1,
                                          NULL, "s.txt", "json", &out, NULL);
        a->same = a->same && st == QACONV_OK && strcmp(out, a->want) == 0;
        qaconv_free(c, out);
    }
    qaconv_converter_free(c);
    return NULL;
}

typedef struct {
    const qaconv_docs *docs; /* one document list for every thread */
    const char *want;        /* its EPUB, written by one thread alone */
    size_t want_len;
    bool same;
} shared_arg;

/* Its own converter, documents shared with the other threads. */
static void *write_shared(void *p)
{
    shared_arg *a = p;
    qaconv_converter *c = qaconv_converter_new(NULL);
    qaconv_set_option(c, "source-date-epoch", "0");
    a->same = true;
    for (int r = 0; r < ROUNDS; r++) {
        char *out = NULL;
        size_t len = 0;
        qaconv_status st = qaconv_write(c, a->docs, "epub", &out, &len);
        a->same = a->same && st == QACONV_OK && len == a->want_len &&
                  memcmp(out, a->want, len) == 0;
        qaconv_free(c, out);
    }
    qaconv_converter_free(c);
    return NULL;
}

static void test_threads(void)
{
    /* one document list written by several threads at once */
    qaconv_converter *w = qaconv_converter_new(NULL);
    qaconv_set_option(w, "source-date-epoch", "0");
    qaconv_docs *docs = NULL;
    char *book = NULL;
    size_t book_len = 0;
    CHECK(qaconv_read(w, two_pages, sizeof two_pages - 1, NULL, "s.txt",
                      &docs) == QACONV_OK);
    CHECK(qaconv_filter(w, docs, NULL) == QACONV_OK);
    CHECK(qaconv_write(w, docs, "epub", &book, &book_len) == QACONV_OK);
    pthread_t ts[THREADS];
    shared_arg sargs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        sargs[i] = (shared_arg){docs, book, book_len, false};
        pthread_create(&ts[i], NULL, write_shared, &sargs[i]);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(ts[i], NULL);
        CHECK(sargs[i].same);
    }
    qaconv_free(w, book);
    qaconv_docs_free(docs);
    qaconv_converter_free(w);

    qaconv_converter *c = qaconv_converter_new(NULL);
    qaconv_set_option(c, "source-date-epoch", "0");
    char *want = NULL;
    CHECK(qaconv_convert(c, two_pages, sizeof two_pages - 1, NULL, "s.txt",
                         "json", &want, NULL) == QACONV_OK);
    qaconv_converter_free(c);
    pthread_t t[THREADS];
    thread_arg args[THREADS];
    for (int i = 0; i < THREADS; i++) {
        args[i] = (thread_arg){want, false};
        pthread_create(&t[i], NULL, convert_rounds, &args[i]);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        CHECK(args[i].same);
    }
    qaconv_free(NULL, want);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: test_api PROJECT_DIR\n", stderr);
        return 2;
    }
    test_version();
    test_accessors(argv[1]);
    test_errors();
    test_pages_and_settings();
    test_allocator();
    test_cancel();
    test_threads();
    return HARNESS_DONE();
}
