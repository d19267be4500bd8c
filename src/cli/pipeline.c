/* pipeline.c - read, filter, render: one input, in memory. */
#define _POSIX_C_SOURCE 200809L
#include "pipeline.h"
#include "convert.h"
#include "file.h"
#include "filter_external.h"
#include "meta.h"
#include "text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* A diagnostic that the input document carried (qaconv JSON read back)
 * was reported when that document was made, and its line is a line of
 * the document's source, not of this input: it is printed again only with
 * -v or --lint, or when --fail-on makes it fail the input, as
 * "FILE: warning: SOURCE:LINE: message [code]". */
static void log_carried(const qa_options *o, qa_buf *log, const char *path,
                        const qa_doc *doc, const qa_diag *d)
{
    bool fails = o->fail_on != QA_ERROR && d->severity >= o->fail_on;
    if (!o->lint && o->verbosity < 1 && !fails)
        return;
    if (d->severity == QA_INFO && o->verbosity < 1)
        return;
    const char *kind = d->severity == QA_WARNING ? "warning: " : "note: ";
    const char *prefix = o->lint ? "" : "qaconv: ";
    const char *source = doc->source.name ? doc->source.name : "-";
    if (d->line)
        qa_buf_appendf(log, "%s%s: %s%s:%zu: %s [%s]\n", prefix, path, kind, source,
              d->line, d->message, d->code);
    else
        qa_buf_appendf(log, "%s%s: %s%s: %s [%s]\n", prefix, path, kind, source,
              d->message, d->code);
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
        qa_buf_appendf(log, "%s%s:%zu: %s%s [%s]\n", prefix, path, d->line, kind,
              d->message, d->code);
    else
        qa_buf_appendf(log, "%s%s: %s%s [%s]\n", prefix, path, kind, d->message,
              d->code);
}

/* Reads all of path into memory; "-" reads standard input. */
static char *slurp(const char *path, uint64_t max, size_t *len,
                   const char **why)
{
    char *data;
    if (qa_file_read(path, max, 0, &data, len) == 0)
        return data;
    *why = errno == EFBIG ? "input is larger than --max-input-size"
                          : strerror(errno);
    return NULL;
}

/* What an external filter may write back: the JSON of a document is a
 * few times its page; FILTER_OUTPUT_FACTOR times the largest input is
 * past what any filter of a page writes, and bounds one without end. */
#define FILTER_OUTPUT_FACTOR 16

static size_t filter_output_max(const qa_options *o)
{
    uint64_t max = o->max_input_size * FILTER_OUTPUT_FACTOR;
    if (max / FILTER_OUTPUT_FACTOR != o->max_input_size || max > SIZE_MAX)
        max = SIZE_MAX;
    return (size_t)max;
}

/* Whether o->cancel stopped job: it is failed, with one line saying so. */
static bool stopped(const qa_options *o, qa_job *job)
{
    if (!qa_cancelled(o->cancel))
        return false;
    if (!job->cancelled)
        qa_buf_appendf(&job->log, "qaconv: %s: interrupted\n", job->shown);
    job->cancelled = job->failed = true;
    return true;
}

/* Runs the enabled built-in filters, then the external ones. */
static bool run_filters(const qa_options *o, qa_job *job)
{
    for (size_t i = 0; qa_filters[i].name; i++)
        if (o->filter_on[i] && !stopped(o, job))
            qa_filters[i].run(&job->docs);
    if (stopped(o, job))
        return false;
    for (size_t d = 0; d < job->docs.n; d++) /* found again: once is enough */
        qa_doc_drop_repeated_diags(job->docs.v[d]);
    const char *format = o->lint ? "lint" : o->to[0]->name;
    for (size_t f = 0; f < o->n_external; f++)
        for (size_t d = 0; d < job->docs.n; d++) {
            if (stopped(o, job))
                return false;
            char err[512];
            qa_doc *back = qa_filter_external(o->external[f], format,
                                              o->filter_timeout,
                                              filter_output_max(o),
                                              job->docs.v[d], o->cancel, err,
                                              sizeof err);
            if (!back && stopped(o, job))
                return false;
            if (!back) {
                qa_buf_appendf(&job->log, "qaconv: %s: %s\n", job->shown, err);
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
        qa_buf_appendf(&job->log, "qaconv: %s: holds %zu pages; write them with -d DIR, "
              "one file per page\n", job->shown, job->docs.n);
        return false;
    }
    job->rendered = qa_xmalloc(sizeof *job->rendered);
    memset(job->rendered, 0, sizeof *job->rendered);
    job->n_rendered = 1;
    const char *err = NULL;
    char reason[512];
    qa_write_opts w = o->write;
    w.reason = reason;
    w.reason_size = sizeof reason;
    if (qa_write_json_pages((const qa_doc *const *)job->docs.v, job->docs.n,
                            &w, job->rendered, &err) != 0) {
        if (stopped(o, job))
            return false;
        qa_buf_appendf(&job->log, "qaconv: %s: cannot write json: %s\n", job->shown, err);
        return false;
    }
    return true;
}

/* Renders document d in every format into its slots of job->rendered. */
static bool render_doc(const qa_options *o, qa_job *job, size_t d)
{
    char reason[512];
    qa_write_opts w = o->write;
    w.reason = reason;
    w.reason_size = sizeof reason;
    for (size_t t = 0; t < o->n_to; t++) {
        const char *err = NULL;
        qa_buf *out = &job->rendered[d * o->n_to + t];
        qa_buf_free(out);
        if (stopped(o, job))
            return false;
        if (o->to[t]->write(job->docs.v[d], &w, out, &err) != 0) {
            if (stopped(o, job))
                return false;
            qa_buf_appendf(&job->log, "qaconv: %s: cannot write %s: %s\n", job->shown,
                  o->to[t]->name, err ? err : "writer failed");
            return false;
        }
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
        if (!render_doc(o, job, d))
            return false;
    return true;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The format to read path in: -f, else the file's extension, else text.
 * NULL, with why set, for a file qaconv has no reader for. */
static const qa_format *input_format(const qa_options *o, const char *path,
                                     char *why, size_t size)
{
    if (o->from)
        return o->from;
    const qa_format *f = qa_format_for_path(path);
    if (f && f->read)
        return f;
    if (f) {
        snprintf(why, size, "qaconv reads no %s: it reads text, json, md "
                 "and html (or name the format with -f)", f->name);
        return NULL;
    }
    return qa_format_find("text");
}

/* Gives each document its id and, unless -o names the file, the stem of
 * its outputs.  Both come from the input's name, not from the title, so
 * that they are unique in a run and the same from one run to the next:
 * "ny/faq.txt" gives the stem "ny/faq" and the id "ny-faq"; the second and
 * later pages of a file that holds several add "-2", "-3", ...  With
 * --name title the stem is the title's slug instead.  -M identifier=
 * replaces the derived id (qa_docs_name). */
static void name_documents(const qa_options *o, qa_job *job)
{
    const char *name = strcmp(job->name, "-") == 0 ? "stdin" : job->name;
    const char *ext = qa_path_extension(name);
    size_t stem_len = ext ? (size_t)(ext - 1 - name) : strlen(name);
    qa_docs_name(&job->docs, name, qa_meta_get(&o->write, "identifier"));
    job->stems = qa_xmalloc(job->docs.n * sizeof *job->stems);
    job->n_stems = job->docs.n;
    for (size_t d = 0; d < job->docs.n; d++) {
        qa_doc *doc = job->docs.v[d];
        char page[32] = "";
        if (d > 0)
            snprintf(page, sizeof page, "-%zu", d + 1);
        qa_arena *tmp = qa_arena_new();
        const char *stem = o->name_by_title
                               ? qa_slug(tmp, qa_doc_title(doc, NULL))
                               : qa_printf(tmp, "%.*s%s", (int)stem_len, name,
                                           page);
        job->stems[d] = qa_xmalloc(strlen(stem) + 1);
        strcpy(job->stems[d], stem);
        qa_arena_free(tmp);
    }
}

void qa_cli_out_of_memory(void)
{
    fputs("qaconv: out of memory\n", stderr);
    abort();
}

void qa_job_run(const qa_options *o, qa_job *job)
{
    double start = now_ms();
    if (!job->shown)
        job->shown = qa_shown_name(job->path);
    char why_format[256];
    const qa_format *from = input_format(o, job->path, why_format,
                                         sizeof why_format);
    if (!from) {
        qa_buf_appendf(&job->log, "qaconv: %s: %s\n", job->shown, why_format);
        job->failed = true;
        return;
    }
    size_t len;
    const char *why = NULL;
    char *data = slurp(job->path, o->max_input_size, &len, &why);
    if (!data) {
        qa_buf_appendf(&job->log, "qaconv: %s: %s\n", job->shown, why);
        job->failed = true;
        return;
    }
    job->bytes = len;
    if (from->read == qa_read_text && qa_looks_like_html(data, len)) {
        if (o->from) { /* -f text, told so: the tags would be its text */
            qa_buf_appendf(&job->log, "qaconv: %s:1: this is an HTML document, "
                  "not a text page: read it with -f html, or without -f\n",
                  job->shown);
            free(data);
            job->failed = true;
            return;
        }
        from = qa_format_find("html");
    }
    qa_doc *doc = from->read(data, len, job->name ? job->name : job->path,
                             o->cancel);
    free(data);
    if (!qa_docs_finish(from, doc, o->language, job->detector, o->cancel,
                        &job->docs)) {
        stopped(o, job);
        job->ms = now_ms() - start;
        return;
    }
    job->failed = has_diags(&job->docs, QA_ERROR) || !run_filters(o, job) ||
                  has_diags(&job->docs, QA_ERROR);
    if (job->cancelled) {
        job->ms = now_ms() - start;
        return;
    }
    if (!job->failed)
        name_documents(o, job);
    if (!job->failed && o->fail_on != QA_ERROR &&
        has_diags(&job->docs, o->fail_on)) {
        job->failed = true;
        if (!o->lint)
            qa_buf_appendf(&job->log, "qaconv: %s: not written: it has warnings "
                  "(--fail-on warning)\n", job->shown);
    }
    if (!o->lint && !job->failed && !o->combine) /* a book: at the end */
        job->failed = !render(o, job);
    if (job->cancelled || stopped(o, job)) {
        job->ms = now_ms() - start;
        return; /* its diagnostics are of an incomplete reading */
    }
    for (size_t d = 0; d < job->docs.n; d++)
        for (size_t i = 0; i < job->docs.v[d]->n_diags; i++) {
            const qa_diag *diag = &job->docs.v[d]->diags[i];
            if (diag->carried)
                log_carried(o, &job->log, job->shown, job->docs.v[d], diag);
            else
                qa_job_log_diag(o, &job->log, job->shown, diag);
        }
    job->ms = now_ms() - start;
}

bool qa_job_rename(const qa_options *o, qa_job *job, size_t d,
                   const char *stem)
{
    qa_doc *doc = job->docs.v[d];
    if (!o->name_by_title && !qa_meta_get(&o->write, "identifier"))
        doc->id = qa_identifier(doc->arena, stem, strlen(stem));
    free(job->stems[d]);
    job->stems[d] = qa_xmalloc(strlen(stem) + 1);
    strcpy(job->stems[d], stem);
    if (render_doc(o, job, d))
        return true;
    job->failed = true;
    return false;
}

void qa_job_free(qa_job *job)
{
    free(job->shown);
    for (size_t d = 0; d < job->n_stems; d++)
        free(job->stems[d]);
    free(job->stems);
    for (size_t i = 0; i < job->n_rendered; i++)
        qa_buf_free(&job->rendered[i]);
    free(job->rendered);
    qa_docs_free(&job->docs);
    qa_buf_free(&job->log);
}
