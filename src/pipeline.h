/* pipeline.h - one input through reader, filters and writers to files. */
#ifndef QACONV_PIPELINE_H
#define QACONV_PIPELINE_H

#include "qaconv.h"

#define QA_MAX_TARGETS 8
#define QA_MAX_FILTERS 16

typedef struct qa_options {
    const qa_format *from;
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
} qa_options;

typedef struct qa_batch {
    const qa_options *opts;
    char **stems; /* output names already taken in this run */
    size_t n_stems, cap_stems;
} qa_batch;

void qa_batch_init(qa_batch *b, const qa_options *opts);
void qa_batch_free(qa_batch *b);

/* Converts one input ("-": standard input) to every requested format.
 * Prints its diagnostics to stderr.  Returns 0 when every output was
 * written, 1 when the input failed (nothing is written for it then). */
int qa_convert(qa_batch *b, const char *path);

#endif
