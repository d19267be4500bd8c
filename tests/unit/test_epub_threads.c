/* test_epub_threads.c - EPUBs written on several threads at once.
 *
 * libzip before 1.9 initialises state on the first zip_open_from_source()
 * without a lock, so the first archives a process opens on two threads at
 * the same moment can come out "read-only".  Each child process here
 * starts its threads behind a barrier, so that their first archives are
 * opened together; every one must be written. */
#define _POSIX_C_SOURCE 200809L
#include "qaconv.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define THREADS 8
#define PROCESSES 200

static pthread_barrier_t start;
static qa_doc *doc;

static void *write_one(void *arg)
{
    int *failed = arg;
    qa_write_opts opts = {.source_date_epoch = 0};
    qa_buf out = {0};
    const char *err = NULL;
    pthread_barrier_wait(&start);
    *failed = qa_write_epub(doc, &opts, &out, &err) != 0;
    if (*failed)
        fprintf(stderr, "qa_write_epub: %s\n", err ? err : "failed");
    qa_buf_free(&out);
    return NULL;
}

static int child(void)
{
    static const char page[] = "Parks\n\n1. Are parks free?\n\nYes.\n";
    qa_init();
    doc = qa_read_text(page, sizeof page - 1, "parks.txt", NULL);
    pthread_t t[THREADS];
    int failed[THREADS] = {0}, any = 0;
    pthread_barrier_init(&start, NULL, THREADS);
    for (int i = 0; i < THREADS; i++)
        pthread_create(&t[i], NULL, write_one, &failed[i]);
    for (int i = 0; i < THREADS; i++) {
        pthread_join(t[i], NULL);
        any |= failed[i];
    }
    pthread_barrier_destroy(&start);
    qa_doc_free(doc);
    return any;
}

int main(void)
{
    int failures = 0;
    for (int p = 0; p < PROCESSES; p++) {
        pid_t pid = fork();
        if (pid == 0)
            _exit(child());
        int status = 1;
        waitpid(pid, &status, 0);
        failures += !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    printf("%d processes of %d threads: %d with a failed EPUB\n", PROCESSES,
           THREADS, failures);
    return failures ? 1 : 0;
}
