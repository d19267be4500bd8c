/* pipeline.h - one input through reader, filters and writers to files. */
#ifndef QACONV_PIPELINE_H
#define QACONV_PIPELINE_H

#include "qaconv.h"

#define QA_MAX_TARGETS 8

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
