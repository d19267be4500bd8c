/* batch.c - many inputs on several threads, with one result.
 *
 * Workers take inputs in order and convert them in memory (qa_job_run).
 * Each finished job then waits for its turn: jobs are committed strictly
 * in input order, one at a time, so output names, messages and report
 * lines come out the same whatever the number of threads.  At most one
 * job per worker is held in memory, however many inputs there are.
 *
 * SIGINT and SIGTERM stop the run cleanly: no new input is started, the
 * inputs in flight stop (the readers and writers look at the flag the
 * signal sets, through qa_options.cancel) and are thrown away with an
 * "interrupted" line, nothing more is committed, and every file written
 * is complete (outputs are renamed into place only when whole). */
#define _XOPEN_SOURCE 700
#include "claim.h"
#include "detect_language.h"
#include "text.h"
#include "inputs.h"
#include "output.h"
#include "pipeline.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
    stop_signal = sig;
}

/* ---- the run ---------------------------------------------------------- */

typedef struct batch {
    const qa_options *o;
    const qa_input *inputs;
    size_t n;
    pthread_mutex_t lock;
    pthread_cond_t turn;
    size_t next_input;  /* next input to take */
    size_t next_commit; /* next input to commit */
    char options_digest[17]; /* of the options that shape outputs */
    size_t converted, files;
    FILE *report;
    bool failed;
    int dir_errno; /* why the output folder is unusable, or 0 */
    struct timespec exe_mtime;
    uint64_t bytes_done;
    qa_docs book; /* --combine: the pages of every input, in input order */
    double started, last_progress;
    size_t interrupted; /* inputs stopped by a signal */
    struct file_id *input_ids; /* of every input file, sorted */
    size_t n_input_ids;
} batch;

/* A file by device and inode, whatever its name. */
typedef struct file_id {
    dev_t dev;
    ino_t ino;
} file_id;

static int file_id_cmp(const void *a, const void *b)
{
    const file_id *x = a, *y = b;
    if (x->dev != y->dev)
        return x->dev < y->dev ? -1 : 1;
    return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* The device and inode of every input file, sorted for is_an_input. */
static void collect_input_ids(batch *b)
{
    b->input_ids = qa_xmalloc((b->n ? b->n : 1) * sizeof *b->input_ids);
    for (size_t i = 0; i < b->n; i++) {
        struct stat st;
        if (strcmp(b->inputs[i].path, "-") != 0 &&
            stat(b->inputs[i].path, &st) == 0 && S_ISREG(st.st_mode))
            b->input_ids[b->n_input_ids++] = (file_id){st.st_dev, st.st_ino};
    }
    qsort(b->input_ids, b->n_input_ids, sizeof *b->input_ids, file_id_cmp);
}

/* Is the file at path, an output about to be written, one of the inputs
 * (by device and inode, under any name, through any link)? */
static bool is_an_input(const batch *b, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    file_id id = {st.st_dev, st.st_ino};
    return bsearch(&id, b->input_ids, b->n_input_ids, sizeof id,
                   file_id_cmp) != NULL;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static bool newer(struct timespec a, struct timespec b)
{
    return a.tv_sec > b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec > b.tv_nsec);
}

/* --update: is the output at path newer than its input and than qaconv,
 * and made with the options of this run? */
static bool up_to_date(const batch *b, const char *path, const char *input,
                       const char *stamp, const char *ext)
{
    struct stat out, in;
    if (!b->o->update || strcmp(input, "-") == 0 || stat(path, &out) != 0 ||
        stat(input, &in) != 0 || !qa_stamp_has(stamp, ext, b->options_digest))
        return false;
    return newer(out.st_mtim, in.st_mtim) && !newer(b->exe_mtime, out.st_mtim);
}

/* What tells this input apart from every other: a digest of its real
 * path (the stamps beside the outputs name no local path). */
static char *source_identity(const char *path)
{
    char *real = strcmp(path, "-") == 0 ? NULL : realpath(path, NULL);
    const char *s = real ? real : path;
    char *id = qa_xmalloc(17);
    qa_digest(s, strlen(s), id);
    free(real);
    return id;
}

static void log_write_error(qa_job *job, const char *target)
{
    char *shown = qa_shown_name(target);
    qa_buf_appendf(&job->log, "qaconv: %s: cannot write %s: %s\n",
                   job->shown, shown, strerror(errno));
    free(shown);
    job->failed = true;
}

static void write_document(batch *b, qa_job *job, size_t d, const char *source,
                           json_t *outputs)
{
    const qa_options *o = b->o;
    const char *wanted = job->stems[d];
    const char *slash = strrchr(wanted, '/');
    if (slash) {
        size_t len = strlen(o->output_dir) + (size_t)(slash - wanted) + 2;
        char *dir = qa_xmalloc(len);
        snprintf(dir, len, "%s/%.*s", o->output_dir, (int)(slash - wanted),
                 wanted);
        int rc = qa_mkdirs(dir);
        free(dir);
        if (rc != 0) {
            log_write_error(job, o->output_dir);
            return;
        }
    }
    char *stamp = NULL;
    char *stem = qa_claim(o->output_dir, wanted, source, &stamp);
    if (!stem) {
        int err = errno;
        char *dir = qa_shown_name(o->output_dir), *name = qa_shown_name(wanted);
        qa_buf_appendf(&job->log, "qaconv: %s: cannot write %s/%s.%s: %s\n",
                       job->shown, dir, name, o->to[0]->extension,
                       strerror(err));
        free(dir);
        free(name);
        job->failed = true;
        return;
    }
    if (strcmp(stem, wanted) != 0) {
        if (o->verbosity >= 0) {
            char *was = qa_shown_name(wanted), *now = qa_shown_name(stem);
            qa_buf_appendf(&job->log, "qaconv: %s: warning: '%s' belongs to "
                           "another input; writing '%s' instead "
                           "[duplicate-name]\n", job->shown, was, now);
            free(was);
            free(now);
        }
        if (!qa_job_rename(o, job, d, stem)) {
            free(stem);
            free(stamp);
            return;
        }
    }
    char **paths = qa_xmalloc(o->n_to * sizeof *paths);
    bool replaces = false;
    for (size_t t = 0; t < o->n_to; t++) {
        const char *ext = o->to[t]->extension;
        size_t len = strlen(o->output_dir) + strlen(stem) + strlen(ext) + 3;
        paths[t] = qa_xmalloc(len);
        snprintf(paths[t], len, "%s/%s.%s", o->output_dir, stem, ext);
        if (!replaces && is_an_input(b, paths[t])) {
            char *shown = qa_shown_name(paths[t]);
            qa_buf_appendf(&job->log, "qaconv: %s: not written: its output "
                           "%s is one of the inputs and would replace it\n",
                           job->shown, shown);
            free(shown);
            job->failed = replaces = true;
        }
    }
    for (size_t t = 0; t < o->n_to && !replaces; t++) {
        const qa_buf *r = &job->rendered[d * o->n_to + t];
        const char *ext = o->to[t]->extension;
        const char *path = paths[t];
        if (up_to_date(b, path, job->path, stamp, ext)) {
            if (o->verbosity > 0)
                fprintf(stderr, "qaconv: %s is up to date\n", path);
        } else if (qa_output_write(path, r->data, r->len) != 0 ||
                   qa_stamp_record(stamp, ext, b->options_digest) != 0) {
            log_write_error(job, path);
        } else {
            json_array_append_new(outputs, json_string(path));
            b->files++;
            if (o->verbosity > 0) {
                char *shown = qa_shown_name(path);
                fprintf(stderr, "qaconv: %s -> %s\n", job->shown, shown);
                free(shown);
            }
        }
    }
    for (size_t t = 0; t < o->n_to; t++)
        free(paths[t]);
    free(paths);
    free(stem);
    free(stamp);
}

/* Writes the job's renderings; lists what it wrote in outputs. */
static void write_files(batch *b, qa_job *job, json_t *outputs)
{
    const qa_options *o = b->o;
    if (o->output) {
        if (qa_output_write(o->output, job->rendered[0].data,
                            job->rendered[0].len) != 0)
            log_write_error(job, o->output);
        else {
            json_array_append_new(outputs, json_string(o->output));
            b->files++;
        }
        return;
    }
    if (b->dir_errno) {
        char *dir = qa_shown_name(o->output_dir);
        qa_buf_appendf(&job->log, "qaconv: %s: cannot create output folder "
                       "%s: %s\n", job->shown, dir, strerror(b->dir_errno));
        free(dir);
        job->failed = true;
        return;
    }
    char *source = source_identity(job->path);
    for (size_t d = 0; d < job->docs.n && !job->failed; d++)
        write_document(b, job, d, source, outputs);
    free(source);
}

/* Why a job failed, for its report line: the last message it logged that
 * is no warning or note, without "qaconv: PATH: ". */
static char *failure_message(const qa_job *job)
{
    const char *best = NULL, *end = NULL;
    const char *data = job->log.data ? job->log.data : "";
    for (const char *line = data; *line;) {
        const char *nl = strchr(line, '\n');
        const char *stop = nl ? nl : line + strlen(line);
        size_t n = (size_t)(stop - line);
        char head[256];
        snprintf(head, sizeof head, "%.*s", (int)(n < 255 ? n : 255), line);
        if (!strstr(head, ": warning: ") && !strstr(head, ": note: ")) {
            best = line;
            end = stop;
        }
        line = nl ? nl + 1 : stop;
    }
    if (!best) {
        char *s = qa_xmalloc(sizeof "failed");
        return strcpy(s, "failed");
    }
    size_t plen = strlen("qaconv: "), path = strlen(job->shown);
    if ((size_t)(end - best) > plen + path + 2 &&
        strncmp(best, "qaconv: ", plen) == 0 &&
        strncmp(best + plen, job->shown, path) == 0 && best[plen + path] == ':')
        best += plen + path + 1 + (best[plen + path + 1] == ' ');
    size_t n = (size_t)(end - best);
    char *s = qa_xmalloc(n + 1);
    memcpy(s, best, n);
    s[n] = '\0';
    return s;
}

static void write_report(batch *b, const qa_job *job, json_t *outputs)
{
    size_t count[3] = {0};
    for (size_t d = 0; d < job->docs.n; d++)
        for (size_t i = 0; i < job->docs.v[d]->n_diags; i++)
            count[job->docs.v[d]->diags[i].severity]++;
    json_t *diags = json_object();
    json_object_set_new(diags, "error", json_integer((json_int_t)count[QA_ERROR]));
    json_object_set_new(diags, "warning", json_integer((json_int_t)count[QA_WARNING]));
    json_object_set_new(diags, "info", json_integer((json_int_t)count[QA_INFO]));
    json_t *line = json_object();
    /* a name that is not UTF-8 is reported as messages print it */
    json_t *path = json_string(job->path);
    json_object_set_new(line, "path", path ? path : json_string(job->shown));
    json_object_set_new(line, "status", json_string(job->failed ? "failed" : "ok"));
    json_object_set_new(line, "documents", json_integer((json_int_t)job->docs.n));
    json_object_set(line, "outputs", outputs);
    json_object_set_new(line, "diagnostics", diags);
    if (job->failed) {
        char *why = failure_message(job);
        json_object_set_new(line, "error", json_string(why));
        free(why);
    }
    json_object_set_new(line, "ms", json_integer((json_int_t)(job->ms + 0.5)));
    json_dumpf(line, b->report, JSON_COMPACT | JSON_PRESERVE_ORDER);
    fputc('\n', b->report);
    json_decref(line);
}

static void show_progress(batch *b, bool last)
{
    double t = now_s();
    if (!b->o->progress || (!last && t - b->last_progress < 0.1))
        return;
    b->last_progress = t;
    double elapsed = t - b->started, rate = b->next_commit / (elapsed + 1e-9);
    double left = rate > 0 ? (double)(b->n - b->next_commit) / rate : 0;
    fprintf(stderr, "\rqaconv: %zu/%zu files  %.1f MB/s  %d:%02d left ",
            b->next_commit, b->n, b->bytes_done / 1e6 / (elapsed + 1e-9),
            (int)left / 60, (int)left % 60);
    if (last)
        fputc('\n', stderr);
}

/* Applies a finished job; called in input order, under the lock. */
static void commit(batch *b, qa_job *job)
{
    json_t *outputs = json_array();
    if (stop_signal && !job->cancelled) { /* finished, but after the signal */
        qa_buf_appendf(&job->log, "qaconv: %s: interrupted\n", job->shown);
        job->cancelled = job->failed = true;
    }
    b->interrupted += job->cancelled;
    if (!job->failed && b->o->combine) {
        for (size_t d = 0; d < job->docs.n; d++) /* the book takes them */
            qa_docs_push(&b->book, job->docs.v[d]);
        job->docs.n = 0;
    } else if (!job->failed && !b->o->lint) {
        write_files(b, job, outputs);
    }
    if (job->log.len) {
        if (b->o->progress)
            fputs("\r\033[K", stderr);
        fwrite(job->log.data, 1, job->log.len, stderr);
    }
    if (b->report)
        write_report(b, job, outputs);
    json_decref(outputs);
    b->failed |= job->failed;
    b->converted += !job->failed;
    b->bytes_done += job->bytes;
}

/* Takes inputs until none is left, with a language detector of its own. */
static void work(batch *b)
{
    qa_detector *detector = qa_detector_new();
    for (;;) {
        pthread_mutex_lock(&b->lock);
        if (stop_signal || b->next_input == b->n) {
            pthread_mutex_unlock(&b->lock);
            break;
        }
        size_t i = b->next_input++;
        pthread_mutex_unlock(&b->lock);

        qa_job job = {.path = b->inputs[i].path, .name = b->inputs[i].name,
                      .detector = detector};
        qa_job_run(b->o, &job);

        pthread_mutex_lock(&b->lock);
        while (b->next_commit != i)
            pthread_cond_wait(&b->turn, &b->lock);
        commit(b, &job);
        b->next_commit++;
        show_progress(b, false);
        pthread_cond_broadcast(&b->turn);
        pthread_mutex_unlock(&b->lock);
        qa_job_free(&job);
    }
    qa_detector_free(detector);
}

static void *worker(void *arg)
{
    QA_CLI_SCOPE();
    work(arg);
    return NULL;
}

/* --combine: one EPUB of every page read, written once all are in. */
static void write_book(batch *b)
{
    const qa_options *o = b->o;
    if (b->book.n == 0) {
        fprintf(stderr, "qaconv: %s: no page to put in the book\n", o->output);
        b->failed = true;
        return;
    }
    qa_buf buf = {0};
    const char *err = NULL;
    char reason[512];
    qa_write_opts w = o->write;
    w.reason = reason;
    w.reason_size = sizeof reason;
    if (qa_write_epub_book((const qa_doc *const *)b->book.v, b->book.n,
                           qa_meta_get(&o->write, "title"), &w, &buf,
                           &err) != 0) {
        fprintf(stderr, "qaconv: %s: cannot write the book: %s\n", o->output,
                err ? err : "writer failed");
        b->failed = true;
    } else if (qa_output_write(o->output, buf.data, buf.len) != 0) {
        fprintf(stderr, "qaconv: cannot write %s: %s\n", o->output,
                strerror(errno));
        b->failed = true;
    } else if (o->verbosity > 0) {
        fprintf(stderr, "qaconv: %zu pages -> %s\n", b->book.n, o->output);
    }
    qa_buf_free(&buf);
}

/* A digest of everything besides the input that shapes an output, for
 * --update: the metadata, the stylesheet and cover (their names, sizes and
 * times), the split, the front matter, the filters and the naming. */
static void digest_options(const qa_options *o, char out[17])
{
    qa_buf s = {0};
    char line[256];
    for (size_t i = 0; i < o->write.n_meta; i++) {
        qa_buf_puts(&s, o->write.meta[i].key);
        qa_buf_put(&s, "=", 1);
        qa_buf_puts(&s, o->write.meta[i].value);
        qa_buf_put(&s, "\n", 1);
    }
    const char *files[] = {o->write.css_path, o->write.cover_path};
    for (size_t i = 0; i < 2; i++) {
        struct stat st;
        if (!files[i])
            continue;
        qa_buf_puts(&s, files[i]);
        if (stat(files[i], &st) == 0) {
            snprintf(line, sizeof line, " %lld %lld.%09ld", (long long)st.st_size,
                     (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
            qa_buf_puts(&s, line);
        }
        qa_buf_put(&s, "\n", 1);
    }
    snprintf(line, sizeof line, "split %d front %d title %d filters ",
             (int)o->write.split, (int)o->write.md_front_matter,
             (int)o->name_by_title);
    qa_buf_puts(&s, line);
    for (size_t i = 0; qa_filters[i].name; i++)
        qa_buf_put(&s, o->filter_on[i] ? "1" : "0", 1);
    for (size_t i = 0; i < o->n_external; i++) {
        qa_buf_put(&s, "\n", 1);
        qa_buf_puts(&s, o->external[i]);
    }
    qa_digest(s.data ? s.data : "", s.len, out);
    qa_buf_free(&s);
}

/* "qaconv: 2000 inputs, 1998 converted, 2 failed, 10000 files written to
 * out/ in 12.1 s" */
static void summarize(const batch *b, size_t skipped)
{
    const qa_options *o = b->o;
    fprintf(stderr, "qaconv: %zu inputs, %zu converted, %zu failed", b->n,
            b->converted, b->next_commit - b->converted);
    if (b->next_commit < b->n)
        fprintf(stderr, ", %zu not started", b->n - b->next_commit);
    if (skipped)
        fprintf(stderr, ", %zu files of other formats skipped", skipped);
    if (!o->lint)
        fprintf(stderr, ", %zu files written to %s", b->files,
                o->output ? o->output : o->output_dir);
    fprintf(stderr, " in %.1f s\n", now_s() - b->started);
}

int qa_batch_run(const qa_options *options, const qa_input *inputs, size_t n,
                 size_t skipped)
{
    qa_options run = *options; /* the conversions stop at a signal */
    run.cancel = run.write.cancel = &stop_signal;
    const qa_options *o = &run;
    batch b = {.o = o, .inputs = inputs, .n = n, .started = now_s()};
    digest_options(o, b.options_digest);
    collect_input_ids(&b);
    pthread_mutex_init(&b.lock, NULL);
    pthread_cond_init(&b.turn, NULL);
    struct stat exe;
    if (stat("/proc/self/exe", &exe) == 0)
        b.exe_mtime = exe.st_mtim;
    if (!o->output && !o->lint) {
        b.dir_errno = qa_mkdirs(o->output_dir) == 0 ? 0 : errno;
        if (!b.dir_errno)
            qa_output_remove_stale(o->output_dir);
    } else if (o->output && strcmp(o->output, "-") != 0) {
        const char *slash = strrchr(o->output, '/');
        char *dir = qa_xmalloc(strlen(o->output) + 2);
        snprintf(dir, strlen(o->output) + 2, "%.*s",
                 slash ? (int)(slash - o->output) + (slash == o->output) : 1,
                 slash ? o->output : ".");
        qa_output_remove_stale(dir);
        free(dir);
    }
    if (o->report && !(b.report = fopen(o->report, "w"))) {
        fprintf(stderr, "qaconv: cannot write report %s: %s\n", o->report,
                strerror(errno));
        free(b.input_ids);
        return 1;
    }
    struct sigaction sa = {.sa_handler = on_signal};
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    size_t workers = o->jobs ? o->jobs : 1;
    if (workers > n)
        workers = n;
    pthread_t *threads = qa_xmalloc(workers * sizeof *threads);
    size_t started = 0;
    for (size_t i = 1; i < workers; i++)
        started += pthread_create(&threads[started], NULL, worker, &b) == 0;
    work(&b); /* the main thread works too */
    for (size_t i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    show_progress(&b, true);
    if (o->combine && !stop_signal)
        write_book(&b);
    qa_docs_free(&b.book);

    if (stop_signal)
        fprintf(stderr, "qaconv: interrupted: %zu of %zu inputs done, every "
                "file written is complete; run again with --update to "
                "finish\n", b.next_commit - b.interrupted, n);
    if (b.report && fclose(b.report) != 0) {
        fprintf(stderr, "qaconv: cannot write report %s: %s\n", o->report,
                strerror(errno));
        b.failed = true;
    }
    if (o->verbosity >= 0 && (n > 1 || skipped))
        summarize(&b, skipped);
    free(b.input_ids);
    pthread_cond_destroy(&b.turn);
    pthread_mutex_destroy(&b.lock);
    return b.failed || stop_signal ? 1 : 0;
}
