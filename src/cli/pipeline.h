/* pipeline.h - one input through reader, filters and writers, and a batch
 * of inputs through the pipeline on several threads. */
#ifndef QACONV_PIPELINE_H
#define QACONV_PIPELINE_H

#include "qaconv.h"

#define QA_MAX_TARGETS 8
#define QA_MAX_FILTERS 16

typedef struct qa_options {
    const qa_format *from; /* -f FORMAT, or NULL: each input's extension */
    const qa_format *to[QA_MAX_TARGETS];
    size_t n_to;
    const char *output;     /* -o FILE, "-" for standard output, or NULL */
    const char *output_dir; /* -d DIR */
    int verbosity;          /* -1 quiet, 0 normal, 1 verbose */
    uint64_t max_input_size;
    const char *language; /* --metadata language=TAG, or NULL */
    qa_write_opts write;
    bool filter_on[QA_MAX_FILTERS]; /* per built-in, in registry order */
    const char *external[QA_MAX_FILTERS]; /* --filter PATH, in order */
    size_t n_external;
    double filter_timeout; /* seconds */
    bool lint;             /* --lint: diagnostics only, no outputs */
    qa_severity fail_on;   /* --fail-on: lowest severity that fails */
    unsigned jobs;         /* -j: worker threads */
    bool update;           /* --update: keep outputs newer than their input */
    bool progress;         /* a progress bar on stderr */
    const char *report;    /* --report FILE: one JSON line per input */
    bool combine;          /* --combine: every input into one EPUB book */
    bool name_by_title;    /* --name title: outputs named after titles */
    /* Stops the conversion in flight (qa_cancel); write.cancel is the
     * same flag for the writers.  NULL: never. */
    qa_cancel *cancel;
} qa_options;

/* One input's conversion.  qa_job_run touches no shared state, so workers
 * run it in parallel; what it produced (files, messages, report line) is
 * applied afterwards, in input order, so that a run gives the same result
 * whatever the number of threads. */
typedef struct qa_job {
    const char *path;
    char *shown;      /* path as messages print it (qa_shown_name) */
    const char *name; /* the source's name, relative to its argument */
    char **stems;     /* per document: its outputs' name without extension */
    size_t n_stems;
    qa_docs docs;
    struct qa_detector *detector; /* the worker's, for the language */
    qa_buf *rendered; /* docs.n * n_to renderings, document-major */
    size_t n_rendered;
    qa_buf log;       /* messages for standard error */
    bool failed;
    bool cancelled;   /* stopped by o->cancel: nothing of it is written */
    uint64_t bytes;   /* input size */
    double ms;        /* time spent converting */
} qa_job;

void qa_job_run(const qa_options *o, qa_job *job);
void qa_job_free(qa_job *job);
/* Formats a diagnostic of path the way qaconv prints it, into log. */
void qa_job_log_diag(const qa_options *o, qa_buf *log, const char *path,
                     const qa_diag *d);

/* Gives document d of a finished job the output stem stem (another input
 * has its own) and, unless -M identifier= set it, the id made from it; its
 * renderings are made again.  Returns false, with the job failed and the
 * reason logged, when a writer fails. */
bool qa_job_rename(const qa_options *o, qa_job *job, size_t d,
                   const char *stem);

/* Opens, on this thread, the scope (scope.h) that qaconv's functions run
 * in: when memory runs out, the program ends with a message, as the
 * command line always has.  Called where the thread's work starts, in the
 * function that stays active while it runs. */
#define QA_CLI_SCOPE()                                                     \
    do {                                                                   \
        qa_scope *scope_ = qa_scope_enter(NULL);                           \
        scope_->track = false;                                             \
        if (setjmp(scope_->oom))                                           \
            qa_cli_out_of_memory();                                        \
    } while (0)
/* "qaconv: out of memory", and abort(). */
void qa_cli_out_of_memory(void) __attribute__((noreturn));

struct qa_input;
/* Converts every input; returns the exit status (0, or 1 when some input
 * failed or the run was interrupted).  skipped: files of other formats
 * left out of the folders named, for the summary. */
int qa_batch_run(const qa_options *o, const struct qa_input *inputs, size_t n,
                 size_t skipped);

#endif
