/* test_writers.c - writers take a const document and allocate nothing in
 * it: every sample page (and the pages of the multi-page test), written
 * in every format and as an EPUB book, leaves its document's arena as it
 * was.  So several threads may write one document at once.
 *
 *   test_writers PAGE... */
#include "qaconv.h"
#include "file.h"

#include "harness.h"

#include <stdlib.h>

static void write_all(const qa_docs *docs)
{
    char reason[512];
    qa_write_opts opts = {.source_date_epoch = 0, .reason = reason,
                          .reason_size = sizeof reason};
    size_t *before = malloc(docs->n * sizeof *before);
    for (size_t d = 0; d < docs->n; d++)
        before[d] = qa_arena_used(docs->v[d]->arena);
    for (size_t d = 0; d < docs->n; d++)
        for (const qa_format *f = qa_formats; f->name; f++) {
            if (!f->write)
                continue;
            qa_buf out = {0};
            const char *err = NULL;
            CHECK(f->write(docs->v[d], &opts, &out, &err) == 0);
            qa_buf_free(&out);
        }
    qa_buf out = {0};
    const char *err = NULL;
    CHECK(qa_write_epub_book((const qa_doc *const *)docs->v, docs->n, NULL,
                             &opts, &out, &err) == 0);
    qa_buf_free(&out);
    /* a failure's reason too: a stylesheet that cannot be read */
    qa_write_opts bad = opts;
    bad.css_path = "/nonexistent/style.css";
    CHECK(qa_write_epub(docs->v[0], &bad, &out, &err) != 0);
    CHECK(err == reason);
    qa_buf_free(&out);
    for (size_t d = 0; d < docs->n; d++)
        CHECK(qa_arena_used(docs->v[d]->arena) == before[d]);
    free(before);
}

int main(int argc, char **argv)
{
    qa_init();
    for (int i = 1; i < argc; i++) {
        char *data = NULL;
        size_t len;
        CHECK(qa_file_read(argv[i], UINT64_MAX, 0, &data, &len) == 0);
        if (!data)
            continue;
        qa_docs docs = {0};
        qa_split_pages(qa_read_text(data, len, argv[i], NULL), &docs);
        free(data);
        for (const qa_filter *f = qa_filters; f->name; f++)
            if (f->on_by_default)
                f->run(&docs);
        write_all(&docs);
        qa_docs_free(&docs);
    }
    return HARNESS_DONE();
}
