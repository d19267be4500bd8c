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
    return back;
}
