/* pipeline.c - read, check, write: one input at a time. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"
#include "filter_external.h"
#include "output.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void qa_batch_init(qa_batch *b, const qa_options *opts)
{
    memset(b, 0, sizeof *b);
    b->opts = opts;
}

void qa_batch_free(qa_batch *b)
{
    for (size_t i = 0; i < b->n_stems; i++)
        free(b->stems[i]);
    free(b->stems);
}

/* Prints a diagnostic: "qaconv: FILE:LINE: warning: message [code]" when
 * converting, "FILE:LINE: warning: message [code]" (as compilers do) when
 * linting, where every severity is named. */
static void report(const qa_options *o, const char *path, const qa_diag *d)
{
    if (d->severity == QA_INFO && o->verbosity < 1)
        return;
    if (d->severity == QA_WARNING && o->verbosity < 0)
        return;
    const char *kind = d->severity == QA_ERROR ? (o->lint ? "error: " : "")
                       : d->severity == QA_WARNING ? "warning: " : "note: ";
    const char *prefix = o->lint ? "" : "qaconv: ";
    if (d->line)
        fprintf(stderr, "%s%s:%zu: %s%s [%s]\n", prefix, path, d->line, kind,
                d->message, d->code);
    else
        fprintf(stderr, "%s%s: %s%s [%s]\n", prefix, path, kind, d->message,
                d->code);
}

/* Reads all of path into memory; "-" reads standard input. */
static char *slurp(const char *path, uint64_t max, size_t *len,
                   const char **why)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        *why = strerror(errno);
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *data = qa_xmalloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            data = qa_xrealloc(data, cap);
        }
        size_t got = fread(data + n, 1, cap - n, f);
        n += got;
        if (n > max) {
            *why = "input is larger than --max-input-size";
            break;
        }
        if (got == 0) {
            if (ferror(f))
                *why = strerror(errno);
            else
                *why = NULL;
            break;
        }
    }
    if (f != stdin)
        fclose(f);
    if (*why) {
        free(data);
        return NULL;
    }
    *len = n;
    return data;
}

/* Takes a file-name stem for doc in this run: its slug, or the slug with
 * "-2", "-3" ... when an earlier input of the run already took it. */
static const char *take_stem(qa_batch *b, qa_doc *doc)
{
    const char *slug = qa_slug(doc->arena, doc->title);
    const char *stem = slug;
    for (unsigned k = 2;; k++) {
        bool taken = false;
        for (size_t i = 0; i < b->n_stems && !taken; i++)
            taken = strcmp(b->stems[i], stem) == 0;
        if (!taken)
            break;
        stem = qa_printf(doc->arena, "%s-%u", slug, k);
    }
    if (stem != slug)
        qa_diag_add(doc, QA_WARNING, "duplicate-name", 0,
                    "another input of this run is also named '%s'; "
                    "writing '%s' instead", slug, stem);
    if (b->n_stems == b->cap_stems) {
        b->cap_stems = b->cap_stems ? 2 * b->cap_stems : 16;
        b->stems = qa_xrealloc(b->stems, b->cap_stems * sizeof *b->stems);
    }
    b->stems[b->n_stems] = qa_xmalloc(strlen(stem) + 1);
    strcpy(b->stems[b->n_stems++], stem);
    return stem;
}

/* -o FILE for an input that holds several pages: JSON as an array. */
static int write_pages_to_file(const qa_options *o, const char *path,
                               const qa_docs *docs)
{
    if (o->to[0]->write != qa_write_json) {
        fprintf(stderr, "qaconv: %s: holds %zu pages; write them with "
                "-d DIR, one file per page\n", path, docs->n);
        return 1;
    }
    qa_buf buf = {0};
    const char *err = NULL;
    int failed = qa_write_json_docs((const qa_doc *const *)docs->v, docs->n,
                                    &buf, &err) != 0;
    if (failed)
        fprintf(stderr, "qaconv: %s: cannot write json: %s\n", path, err);
    else if (qa_output_write(o->output, buf.data, buf.len) != 0) {
        fprintf(stderr, "qaconv: %s: cannot write %s: %s\n", path, o->output,
                strerror(errno));
        failed = 1;
    }
    qa_buf_free(&buf);
    return failed;
}

static int write_outputs(qa_batch *b, const char *path, qa_doc *doc)
{
    const qa_options *o = b->opts;
    const char *stem = o->output ? NULL : take_stem(b, doc);
    int failed = 0;
    for (size_t i = 0; i < o->n_to; i++) {
        const qa_format *f = o->to[i];
        qa_buf buf = {0};
        const char *err = NULL;
        const char *target = o->output
            ? o->output
            : qa_printf(doc->arena, "%s/%s.%s", o->output_dir, stem,
                        f->extension);
        if (f->write(doc, &o->write, &buf, &err) != 0) {
            fprintf(stderr, "qaconv: %s: cannot write %s: %s\n", path,
                    f->name, err ? err : "writer failed");
            failed = 1;
        } else if (qa_output_write(target, buf.data, buf.len) != 0) {
            fprintf(stderr, "qaconv: %s: cannot write %s: %s\n", path,
                    target, strerror(errno));
            failed = 1;
        } else if (o->verbosity > 0) {
            fprintf(stderr, "qaconv: %s -> %s\n", path, target);
        }
        qa_buf_free(&buf);
    }
    return failed;
}

/* Runs the enabled built-in filters, then the external ones.  Returns 0,
 * or 1 after reporting an external filter that failed. */
static int run_filters(const qa_options *o, const char *path, qa_docs *docs)
{
    for (size_t i = 0; qa_filters[i].name; i++)
        if (o->filter_on[i])
            qa_filters[i].run(docs);
    const char *format = o->lint ? "lint" : o->to[0]->name;
    for (size_t f = 0; f < o->n_external; f++)
        for (size_t d = 0; d < docs->n; d++) {
            char err[512];
            qa_doc *back = qa_filter_external(o->external[f], format,
                                              o->filter_timeout, docs->v[d],
                                              err, sizeof err);
            if (!back) {
                fprintf(stderr, "qaconv: %s: %s\n", path, err);
                return 1;
            }
            qa_doc_free(docs->v[d]);
            docs->v[d] = back;
        }
    return 0;
}

static bool has_errors(const qa_docs *docs, qa_severity level)
{
    for (size_t d = 0; d < docs->n; d++)
        if (qa_doc_count_diags(docs->v[d], level))
            return true;
    return false;
}

int qa_convert(qa_batch *b, const char *path)
{
    const qa_options *o = b->opts;
    size_t len;
    const char *why;
    char *data = slurp(path, o->max_input_size, &len, &why);
    if (!data) {
        fprintf(stderr, "qaconv: %s: %s\n", path, why);
        return 1;
    }
    qa_doc *doc = o->from->read(data, len, path);
    free(data);
    if (!doc) {
        fprintf(stderr, "qaconv: %s:1: cannot read this input as %s\n", path,
                o->from->name);
        return 1;
    }
    if (o->language)
        doc->language = qa_strdup(doc->arena, o->language);
    qa_docs docs = {0};
    qa_docs_push(&docs, doc);
    int failed = has_errors(&docs, QA_ERROR);
    if (!failed)
        failed = run_filters(o, path, &docs);
    if (!failed)
        failed = has_errors(&docs, QA_ERROR);
    if (o->lint) {
        failed |= has_errors(&docs, o->fail_on);
    } else if (!failed && !o->output && qa_mkdirs(o->output_dir) != 0) {
        fprintf(stderr, "qaconv: %s: cannot create output folder %s: %s\n",
                path, o->output_dir, strerror(errno));
        failed = 1;
    } else if (!failed && o->output && docs.n > 1) {
        failed = write_pages_to_file(o, path, &docs);
    } else if (!failed) {
        for (size_t d = 0; d < docs.n; d++)
            failed |= write_outputs(b, path, docs.v[d]);
    }
    for (size_t d = 0; d < docs.n; d++)
        for (size_t i = 0; i < docs.v[d]->n_diags; i++)
            report(o, path, &docs.v[d]->diags[i]);
    qa_docs_free(&docs);
    return failed;
}
