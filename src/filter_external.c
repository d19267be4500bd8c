/* filter_external.c - running an external filter over one document. */
#define _POSIX_C_SOURCE 200809L
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

static pid_t spawn(const char *program, const char *format, int *to_child,
                   int *from_child)
{
    int in[2], out[2];
    if (pipe(in) != 0)
        return -1;
    if (pipe(out) != 0) {
        close(in[0]), close(in[1]);
        return -1;
    }
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], STDIN_FILENO);
        dup2(out[1], STDOUT_FILENO);
        close(in[0]), close(in[1]), close(out[0]), close(out[1]);
        signal(SIGPIPE, SIG_DFL);
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
    fcntl(in[1], F_SETFL, O_NONBLOCK);
    *to_child = in[1];
    *from_child = out[0];
    return pid;
}

/* Feeds input to the child and collects its output until it closes its
 * standard output or the deadline passes.  Returns 0, or -1 on timeout. */
static int exchange(int to, int from, const qa_buf *input, qa_buf *output,
                    double deadline)
{
    size_t sent = 0;
    char chunk[65536];
    for (;;) {
        struct pollfd fds[2] = {{from, POLLIN, 0}, {to, POLLOUT, 0}};
        nfds_t n = to >= 0 ? 2 : 1;
        double left = deadline - now();
        if (left <= 0)
            return -1;
        int r = poll(fds, n, (int)(left * 1000) + 1);
        if (r < 0 && errno != EINTR)
            return -1;
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
            if (got > 0)
                qa_buf_put(output, chunk, (size_t)got);
            else if (got == 0 || errno != EINTR)
                break;
        }
    }
    if (to >= 0)
        close(to);
    return 0;
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
                           double timeout, const qa_doc *doc, char *err,
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
    int timed_out = exchange(to, from, &input, &output, now() + timeout);
    close(from);
    if (timed_out)
        kill(pid, SIGKILL);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    qa_buf_free(&input);

    qa_doc *back = NULL;
    if (timed_out)
        snprintf(err, err_size, "filter %s: no answer within %g seconds "
                 "(--filter-timeout)", program, timeout);
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        snprintf(err, err_size, "filter %s: failed (%s %d)", program,
                 WIFEXITED(status) ? "exit status" : "signal",
                 WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
    else
        back = qa_read_json(output.data ? output.data : "", output.len,
                            program);
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
