/* epub_book_test.c - drives the EPUB writer's C API for the tests.
 *
 *   epub-book-test book|book-split-entry OUT.epub TITLE INPUT...
 *       writes one EPUB of all inputs with qa_write_epub_book()
 *       (SOURCE_DATE_EPOCH 0, --split auto or entry); the test script
 *       then validates it.
 *   epub-book-test api INPUT
 *       checks the API's contract: errors and what they leave behind,
 *       and that qa_write_epub() is the one-page book.
 *
 * Prints one line per check and closes with "N passed, M failed". */
#include "file.h"
#include "qaconv.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed, failed;

static void check(const char *name, int ok, const char *detail)
{
    if (ok) {
        passed++;
        printf("ok    %s\n", name);
    } else {
        failed++;
        printf("FAIL  %s%s%s\n", name, detail ? ": " : "", detail ? detail : "");
    }
}

static qa_doc *read_doc(const char *path)
{
    char *data;
    size_t len;
    if (qa_file_read(path, UINT64_MAX, 0, &data, &len) != 0) {
        perror(path);
        return NULL;
    }
    qa_doc *doc = qa_read_text(data, len, path, NULL);
    free(data);
    if (!doc) {
        fprintf(stderr, "%s: cannot read\n", path);
        return NULL;
    }
    /* The default filter chain, as the command line runs it. */
    qa_docs docs = {0};
    qa_docs_push(&docs, doc);
    for (const qa_filter *f = qa_filters; f->name; f++)
        if (f->on_by_default)
            f->run(&docs);
    doc = docs.v[0];
    for (size_t i = 1; i < docs.n; i++)
        qa_doc_free(docs.v[i]); /* sample pages hold one page each */
    free(docs.v);
    return doc;
}

static int write_file(const char *path, const qa_buf *b)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(b->data, 1, b->len, f) != b->len) {
        perror(path);
        if (f)
            fclose(f);
        return -1;
    }
    return fclose(f);
}

static int cmd_book(qa_split split, const char *out_path, const char *title,
                    char **inputs, int n)
{
    qa_doc **docs = calloc((size_t)n, sizeof *docs);
    int rc = 1;
    for (int i = 0; i < n; i++)
        if (!(docs[i] = read_doc(inputs[i])))
            goto done;
    qa_write_opts opts = {.source_date_epoch = 0, .split = split};
    qa_buf out = {0};
    const char *err = NULL;
    if (qa_write_epub_book((const qa_doc *const *)docs, (size_t)n, title,
                           &opts, &out, &err) != 0)
        fprintf(stderr, "epub-book-test: %s\n", err);
    else
        rc = write_file(out_path, &out) != 0;
    qa_buf_free(&out);
done:
    for (int i = 0; i < n; i++)
        qa_doc_free(docs[i]);
    free(docs);
    return rc;
}

/* Runs the writer expecting failure: -1, a reason, and out untouched. */
static void expect_error(const char *name, const qa_doc *const *docs,
                         size_t n, const qa_write_opts *opts,
                         const char *reason_part)
{
    qa_buf out = {0};
    qa_buf_puts(&out, "kept");
    const char *err = NULL;
    int rc = qa_write_epub_book(docs, n, NULL, opts, &out, &err);
    int ok = rc == -1 && err && strstr(err, reason_part) && out.len == 4 &&
             memcmp(out.data, "kept", 4) == 0;
    check(name, ok, err ? err : "no reason given");
    qa_buf_free(&out);
}

static int cmd_api(const char *input)
{
    qa_doc *doc = read_doc(input);
    if (!doc)
        return 1;
    const qa_doc *docs[] = {doc};
    char reason[512]; /* where the writer words its reasons */
    qa_write_opts opts = {.source_date_epoch = 0, .reason = reason,
                          .reason_size = sizeof reason};

    expect_error("no pages is an error", docs, 0, &opts, "at least one page");
    qa_write_opts bad_css = opts;
    bad_css.css_path = "/nonexistent/style.css";
    expect_error("unreadable --css is an error naming the file", docs, 1,
                 &bad_css, "/nonexistent/style.css");
    qa_write_opts bad_cover = opts;
    bad_cover.cover_path = input; /* text, not an image */
    expect_error("a cover that is not PNG or JPEG is an error", docs, 1,
                 &bad_cover, "no whole PNG or JPEG image");
    qa_meta bad_date_meta[] = {{"date", "last Tuesday"}};
    qa_write_opts bad_date = opts;
    bad_date.meta = bad_date_meta;
    bad_date.n_meta = 1;
    expect_error("a date that is not W3CDTF is an error", docs, 1, &bad_date,
                 "last Tuesday");
    const char *lang = doc->language;
    doc->language = "en_US";
    expect_error("a language that is not BCP 47 is an error", docs, 1, &opts,
                 "en_US");
    doc->language = lang;

    qa_buf one = {0}, book = {0};
    const char *err = NULL;
    int rc1 = qa_write_epub(doc, &opts, &one, &err);
    int rc2 = qa_write_epub_book(docs, 1, NULL, &opts, &book, &err);
    check("qa_write_epub() is the book of one page",
          rc1 == 0 && rc2 == 0 && one.len == book.len &&
              memcmp(one.data, book.data, one.len) == 0,
          err);
    size_t len = book.len;
    rc2 = qa_write_epub_book(docs, 1, NULL, &opts, &book, &err);
    check("the writer appends to out", rc2 == 0 && book.len == 2 * len &&
          memcmp(book.data, book.data + len, len) == 0, err);
    qa_buf_free(&one);
    qa_buf_free(&book);
    qa_doc_free(doc);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

int main(int argc, char **argv)
{
    if (argc >= 5 && strcmp(argv[1], "book") == 0)
        return cmd_book(QA_SPLIT_AUTO, argv[2], argv[3], argv + 4, argc - 4);
    if (argc >= 5 && strcmp(argv[1], "book-split-entry") == 0)
        return cmd_book(QA_SPLIT_ENTRY, argv[2], argv[3], argv + 4, argc - 4);
    if (argc == 3 && strcmp(argv[1], "api") == 0)
        return cmd_api(argv[2]);
    fputs("usage: epub-book-test book|book-split-entry OUT.epub TITLE "
          "INPUT...\n"
          "       epub-book-test api INPUT\n", stderr);
    return 2;
}
