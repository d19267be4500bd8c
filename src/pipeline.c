/* pipeline.c - read, filter, render: one input, in memory. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"
#include "filter_external.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void logf_(qa_buf *log, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void logf_(qa_buf *log, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    qa_buf_puts(log, line);
}

/* "qaconv: FILE:LINE: warning: message [code]" when converting,
 * "FILE:LINE: warning: message [code]" (as compilers do) when linting. */
void qa_job_log_diag(const qa_options *o, qa_buf *log, const char *path,
                     const qa_diag *d)
{
    if (d->severity == QA_INFO && o->verbosity < 1)
        return;
    if (d->severity == QA_WARNING && o->verbosity < 0)
        return;
    const char *kind = d->severity == QA_ERROR ? (o->lint ? "error: " : "")
                       : d->severity == QA_WARNING ? "warning: " : "note: ";
    const char *prefix = o->lint ? "" : "qaconv: ";
    if (d->line)
        logf_(log, "%s%s:%zu: %s%s [%s]\n", prefix, path, d->line, kind,
              d->message, d->code);
    else
        logf_(log, "%s%s: %s%s [%s]\n", prefix, path, kind, d->message,
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
    *why = NULL;
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

/* Runs the enabled built-in filters, then the external ones. */
static bool run_filters(const qa_options *o, qa_job *job)
{
    for (size_t i = 0; qa_filters[i].name; i++)
        if (o->filter_on[i])
            qa_filters[i].run(&job->docs);
    const char *format = o->lint ? "lint" : o->to[0]->name;
    for (size_t f = 0; f < o->n_external; f++)
        for (size_t d = 0; d < job->docs.n; d++) {
            char err[512];
            qa_doc *back = qa_filter_external(o->external[f], format,
                                              o->filter_timeout,
                                              job->docs.v[d], err, sizeof err);
            if (!back) {
                logf_(&job->log, "qaconv: %s: %s\n", job->path, err);
                return false;
            }
            qa_doc_free(job->docs.v[d]);
            job->docs.v[d] = back;
        }
    return true;
}

static bool has_diags(const qa_docs *docs, qa_severity level)
{
    for (size_t d = 0; d < docs->n; d++)
        if (qa_doc_count_diags(docs->v[d], level))
            return true;
    return false;
}

/* -o FILE for an input that holds several pages: JSON as one array. */
static bool render_pages(const qa_options *o, qa_job *job)
{
    if (o->to[0]->write != qa_write_json) {
        logf_(&job->log, "qaconv: %s: holds %zu pages; write them with -d DIR, "
              "one file per page\n", job->path, job->docs.n);
        return false;
    }
    job->rendered = qa_xmalloc(sizeof *job->rendered);
    memset(job->rendered, 0, sizeof *job->rendered);
    job->n_rendered = 1;
    const char *err = NULL;
    if (qa_write_json_docs((const qa_doc *const *)job->docs.v, job->docs.n,
                           job->rendered, &err) != 0) {
        logf_(&job->log, "qaconv: %s: cannot write json: %s\n", job->path, err);
        return false;
    }
    return true;
}

/* Renders every document in every format into job->rendered. */
static bool render(const qa_options *o, qa_job *job)
{
    if (o->output && job->docs.n > 1)
        return render_pages(o, job);
    size_t n = job->docs.n * o->n_to;
    job->rendered = qa_xmalloc((n ? n : 1) * sizeof *job->rendered);
    memset(job->rendered, 0, (n ? n : 1) * sizeof *job->rendered);
    job->n_rendered = n;
    for (size_t d = 0; d < job->docs.n; d++)
        for (size_t t = 0; t < o->n_to; t++) {
            const char *err = NULL;
            if (o->to[t]->write(job->docs.v[d], &o->write,
                                &job->rendered[d * o->n_to + t], &err) != 0) {
                logf_(&job->log, "qaconv: %s: cannot write %s: %s\n",
                      job->path, o->to[t]->name, err ? err : "writer failed");
                return false;
            }
        }
    return true;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void qa_job_run(const qa_options *o, qa_job *job)
{
    double start = now_ms();
    size_t len;
    const char *why;
    char *data = slurp(job->path, o->max_input_size, &len, &why);
    if (!data) {
        logf_(&job->log, "qaconv: %s: %s\n", job->path, why);
        job->failed = true;
        return;
    }
    job->bytes = len;
    qa_doc *doc = o->from->read(data, len, job->path);
    free(data);
    if (o->language)
        doc->language = qa_strdup(doc->arena, o->language);
    qa_docs_push(&job->docs, doc);
    job->failed = has_diags(&job->docs, QA_ERROR) || !run_filters(o, job) ||
                  has_diags(&job->docs, QA_ERROR);
    if (o->lint)
        job->failed |= has_diags(&job->docs, o->fail_on);
    else if (!job->failed && !o->combine) /* a book is rendered at the end */
        job->failed = !render(o, job);
    for (size_t d = 0; d < job->docs.n; d++)
        for (size_t i = 0; i < job->docs.v[d]->n_diags; i++)
            qa_job_log_diag(o, &job->log, job->path, &job->docs.v[d]->diags[i]);
    job->ms = now_ms() - start;
}

void qa_job_free(qa_job *job)
{
    for (size_t i = 0; i < job->n_rendered; i++)
        qa_buf_free(&job->rendered[i]);
    free(job->rendered);
    qa_docs_free(&job->docs);
    qa_buf_free(&job->log);
}
