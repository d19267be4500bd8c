/* filter_external.c - running an external filter over one document. */
#define _GNU_SOURCE /* pipe2 */
#include "filter_external.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The interpreter for a program that is not executable itself, or NULL. */
static const char *interpreter(const char *program)
{
    if (access(program, X_OK) == 0)
        return NULL;
    const char *dot = strrchr(program, '.');
    if (!dot)
        return NULL;
    if (strcmp(dot, ".py") == 0)
        return "python3";
    if (strcmp(dot, ".sh") == 0)
        return "sh";
    if (strcmp(dot, ".js") == 0)
        return "node";
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Starts program in a process group of its own (so that a timeout kills
 * whatever it started too), its standard input and output pipes to us.
 * The pipes' ends are close-on-exec: a filter that another thread starts
 * at the same time does not hold them open. */
static pid_t spawn(const char *program, const char *format, int *to_child,
                   int *from_child)
{
    int in[2], out[2];
    if (pipe2(in, O_CLOEXEC) != 0)
        return -1;
    if (pipe2(out, O_CLOEXEC) != 0) {
        close(in[0]), close(in[1]);
        return -1;
    }
    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);
        dup2(in[0], STDIN_FILENO); /* the copies are not close-on-exec */
        dup2(out[1], STDOUT_FILENO);
        signal(SIGPIPE, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        const char *interp = interpreter(program);
        if (interp)
            execlp(interp, interp, program, format, (char *)NULL);
        else
            execl(program, program, format, (char *)NULL);
        fprintf(stderr, "qaconv: cannot run %s: %s\n", program, strerror(errno));
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    if (pid < 0) {
        close(in[1]), close(out[0]);
        return -1;
    }
    setpgid(pid, pid); /* as the child does: whichever runs first */
    fcntl(in[1], F_SETFL, O_NONBLOCK);
    *to_child = in[1];
    *from_child = out[0];
    return pid;
}

enum exchange_end { EXCHANGED, TIMED_OUT, TOO_LONG, CANCELLED };

/* How often the exchange looks whether the child has ended, when its
 * output stays open (a background process it started holds it), and
 * whether the run is being cancelled. */
#define EXIT_CHECK_MS 50

/* Feeds input to child pid and collects its output, up to max bytes,
 * until it closes its standard output, or it has ended and its output
 * holds nothing more, or the deadline passes, or cancel is set.  *ended
 * tells whether the child was reaped here, with *status. */
static enum exchange_end exchange(pid_t pid, int to, int from,
                                  const qa_buf *input, qa_buf *output,
                                  size_t max, double deadline,
                                  qa_cancel *cancel, bool *ended, int *status)
{
    size_t sent = 0;
    char chunk[65536];
    enum exchange_end end = EXCHANGED;
    *ended = false;
    for (;;) {
        struct pollfd fds[2] = {{from, POLLIN, 0}, {to, POLLOUT, 0}};
        nfds_t n = to >= 0 ? 2 : 1;
        double left = deadline - now();
        if (qa_cancelled(cancel)) {
            end = CANCELLED;
            break;
        }
        if (left <= 0) {
            end = TIMED_OUT;
            break;
        }
        int wait_ms = (int)(left * 1000) + 1;
        int r = poll(fds, n, wait_ms < EXIT_CHECK_MS ? wait_ms : EXIT_CHECK_MS);
        if (r < 0 && errno != EINTR) {
            end = TIMED_OUT;
            break;
        }
        if (r == 0) { /* nothing to read: has it ended? */
            if (*ended)
                break; /* and its output is drained */
            *ended = waitpid(pid, status, WNOHANG) == pid;
            if (*ended)
                fcntl(from, F_SETFL, O_NONBLOCK);
            continue;
        }
        if (to >= 0 && fds[1].revents) {
            ssize_t w = write(to, input->data + sent, input->len - sent);
            if (w > 0)
                sent += (size_t)w;
            if (w < 0 && errno != EAGAIN && errno != EINTR)
                sent = input->len; /* the child stopped reading */
            if (sent == input->len) {
                close(to);
                to = -1;
            }
        }
        if (fds[0].revents) {
            ssize_t got = read(from, chunk, sizeof chunk);
            if (got > 0 && output->len + (size_t)got > max) {
                end = TOO_LONG;
                break;
            }
            if (got > 0)
                qa_buf_put(output, chunk, (size_t)got);
            else if (got == 0 || (errno != EINTR && errno != EAGAIN))
                break;
            else if (*ended && errno == EAGAIN)
                break; /* ended, and nothing more is waiting */
        }
    }
    if (to >= 0)
        close(to);
    return end;
}

/* Waits for the child until the deadline, or until cancel is set; then
 * kills its process group and reaps it.  Returns true when it ended in
 * time, with *status. */
static bool reap(pid_t pid, double deadline, qa_cancel *cancel, int *status)
{
    for (;;) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid)
            return true;
        if (r < 0 && errno != EINTR)
            return false;
        if (now() >= deadline || qa_cancelled(cancel))
            break;
        struct timespec pause = {0, 10 * 1000 * 1000}; /* 10 ms */
        nanosleep(&pause, NULL);
    }
    kill(-pid, SIGKILL);
    while (waitpid(pid, status, 0) < 0 && errno == EINTR)
        ;
    return false;
}

/* ---- what the filter did to the diagnostics --------------------------- */

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The last source line of what an entry holds: its question, its blocks
 * and their items, however deep. */
static size_t list_end(const qa_list *l, size_t end)
{
    for (size_t i = 0; i < l->n_items; i++) {
        end = l->items[i].line > end ? l->items[i].line : end;
        if (l->items[i].sublist)
            end = list_end(l->items[i].sublist, end);
    }
    return end;
}

static size_t entry_end(const qa_entry *e)
{
    size_t end = e->line;
    for (size_t k = 0; k < e->answer.n; k++) {
        const qa_block *b = &e->answer.v[k];
        end = b->line > end ? b->line : end;
        if (b->type == QA_BLOCK_LIST)
            end = list_end(&b->list, end);
    }
    return end;
}

typedef struct span {
    size_t first, last; /* source lines of an entry the filter dropped */
} span;

static int span_cmp(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* The entries of sent that back no longer has (by id, the entries' stable
 * reference), as spans of source lines, sorted: from the question's line
 * to the line before the next entry's, or to the last line of the entry's
 * own content for the page's last entry. */
static span *dropped_spans(const qa_doc *sent, const qa_doc *back, size_t *n)
{
    const char **ids = qa_xmalloc((back->n_entries + 1) * sizeof *ids);
    for (size_t i = 0; i < back->n_entries; i++)
        ids[i] = back->entries[i].id;
    qsort(ids, back->n_entries, sizeof *ids, str_cmp);
    span *spans = qa_xmalloc((sent->n_entries + 1) * sizeof *spans);
    *n = 0;
    for (size_t i = 0; i < sent->n_entries; i++) {
        const qa_entry *e = &sent->entries[i];
        if (!e->line || bsearch(&e->id, ids, back->n_entries, sizeof *ids,
                                str_cmp))
            continue;
        size_t last = entry_end(e);
        if (i + 1 < sent->n_entries && sent->entries[i + 1].line > e->line)
            last = sent->entries[i + 1].line - 1;
        spans[(*n)++] = (span){e->line, last};
    }
    free(ids);
    qsort(spans, *n, sizeof *spans, span_cmp);
    size_t merged = 0; /* disjoint, for a binary search */
    for (size_t k = 0; k < *n; k++)
        if (merged && spans[k].first <= spans[merged - 1].last + 1) {
            if (spans[k].last > spans[merged - 1].last)
                spans[merged - 1].last = spans[k].last;
        } else {
            spans[merged++] = spans[k];
        }
    *n = merged;
    return spans;
}

static bool in_spans(const span *spans, size_t n, size_t line)
{
    size_t lo = 0, hi = n; /* the last span starting at or before line */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (spans[mid].first <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && spans[lo - 1].last >= line;
}

/* Settles back's diagnostics against what was sent: a diagnostic that
 * the document carried in before the filter is still carried (reading the
 * filter's JSON marks them all so); one that points into an entry the
 * filter dropped goes with it; one found again goes (see
 * qa_doc_drop_repeated_diags).  Everything is sorted first: O(n log n). */
static void settle_diags(const qa_doc *sent, qa_doc *back)
{
    const qa_diag **carried = qa_xmalloc((sent->n_diags + 1) * sizeof *carried);
    size_t n_carried = 0;
    for (size_t i = 0; i < sent->n_diags; i++)
        if (sent->diags[i].carried)
            carried[n_carried++] = &sent->diags[i];
    qsort(carried, n_carried, sizeof *carried, qa_diag_ptr_cmp);
    size_t n_spans;
    span *spans = dropped_spans(sent, back, &n_spans);
    size_t kept = 0;
    for (size_t i = 0; i < back->n_diags; i++) {
        qa_diag d = back->diags[i];
        const qa_diag *key = &d;
        if (d.carried) /* the filter passed it on, or wrote it */
            d.carried = bsearch(&key, carried, n_carried, sizeof *carried,
                                qa_diag_ptr_cmp) != NULL;
        if (d.line && in_spans(spans, n_spans, d.line))
            continue;
        back->diags[kept++] = d;
    }
    back->n_diags = kept;
    free(spans);
    free(carried);
    qa_doc_drop_repeated_diags(back);
}

qa_doc *qa_filter_external(const char *program, const char *format,
                           double timeout, size_t max_output,
                           const qa_doc *doc, qa_cancel *cancel, char *err,
                           size_t err_size)
{
    qa_buf input = {0}, output = {0};
    const char *why = NULL;
    if (qa_write_json(doc, NULL, &input, &why) != 0) {
        snprintf(err, err_size, "filter %s: %s", program, why);
        qa_buf_free(&input);
        return NULL;
    }
    int to, from;
    pid_t pid = spawn(program, format, &to, &from);
    if (pid < 0) {
        snprintf(err, err_size, "filter %s: cannot start: %s", program,
                 strerror(errno));
        qa_buf_free(&input);
        return NULL;
    }
    /* the time limit covers the filter's whole life, not only its output */
    double deadline = now() + timeout;
    int status = 0;
    bool ended;
    enum exchange_end end = exchange(pid, to, from, &input, &output,
                                     max_output, deadline, cancel, &ended,
                                     &status);
    close(from);
    bool timed_out = end == TIMED_OUT;
    if (ended)
        kill(-pid, SIGKILL); /* what it left running in the background */
    else if (end == TOO_LONG || end == CANCELLED)
        reap(pid, 0, NULL, &status); /* now */
    else if (!reap(pid, deadline, cancel, &status))
        timed_out = true;
    else
        kill(-pid, SIGKILL);
    qa_buf_free(&input);

    qa_doc *back = NULL;
    if (end == CANCELLED || qa_cancelled(cancel))
        snprintf(err, err_size, "filter %s: interrupted", program);
    else if (end == TOO_LONG)
        snprintf(err, err_size, "filter %s: wrote more than %zu bytes",
                 program, max_output);
    else if (timed_out)
        snprintf(err, err_size, "filter %s: no answer within %g seconds "
                 "(--filter-timeout)", program, timeout);
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        snprintf(err, err_size, "filter %s: failed (%s %d)", program,
                 WIFEXITED(status) ? "exit status" : "signal",
                 WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    else
        back = qa_read_json(output.data ? output.data : "", output.len,
                            program, NULL);
    qa_buf_free(&output);
    for (size_t i = 0; back && i < back->n_diags; i++)
        if (back->diags[i].severity == QA_ERROR) {
            snprintf(err, err_size, "filter %s: returned a document that "
                     "does not follow the qaconv JSON contract: %s", program,
                     back->diags[i].message);
            qa_doc_free(back);
            back = NULL;
        }
    if (back)
        settle_diags(doc, back);
    return back;
}
