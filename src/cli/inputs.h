/* inputs.h - the list of inputs of a run: files, folders, lists of names. */
#ifndef QACONV_INPUTS_H
#define QACONV_INPUTS_H

#include "qaconv.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct qa_input {
    char *path; /* as it is opened; "-" for standard input */
    /* The input's name relative to the argument that named it: the path
     * under a folder argument ("ny/faq.txt" for "pages/ny/faq.txt" under
     * "pages"), the last component of a file argument.  Outputs are named
     * after it and the model records it as the source's name. */
    char *name;
    bool renamed; /* name took a digest: another input had it */
} qa_input;

typedef struct qa_inputs {
    qa_input *v;
    size_t n, cap;
    size_t skipped;   /* files in folders that are not of the input format */
    size_t irregular; /* entries in folders that are no regular files:
                       * FIFOs, devices, sockets, links to folders */
} qa_inputs;

/* --files-from holds at most this many names of at most this many bytes,
 * and no longer run of empty ones: a list without end (/dev/zero) is
 * refused, not read for ever. */
#define QA_INPUTS_LIST_MAX ((size_t)10 * 1000 * 1000)
#define QA_INPUTS_NAME_MAX ((size_t)4096)
#define QA_INPUTS_BLANK_RUN ((size_t)4096) /* empty names in a row */

/* Adds path; a folder adds every file under it that format reads (by
 * extension, in any case: .txt and .text for text), or with format NULL
 * every page (text, and .html, .htm and .xhtml for HTML), recursively, in
 * name order, hidden entries skipped.  Returns the number of inputs added, or
 * -1 with errno set when path cannot be read. */
long qa_inputs_add(qa_inputs *in, const char *path, const qa_format *format);
/* Adds the names listed in file ("-": standard input), one per line, or
 * separated by NUL bytes when nul is set.  Returns 0, or -1 with errno. */
int qa_inputs_add_list(qa_inputs *in, const char *file, bool nul,
                       const qa_format *format);
/* Gives each input whose name (its extension aside) an earlier input
 * already has a name with a digest of its real path added ("faq.txt" from
 * another folder becomes "faq-1b2c3d4e.txt"), the name the output claim
 * would give it: so the names depend on the whole list, not on which
 * process of a sharded run converts which input first.  n log n. */
void qa_inputs_disambiguate(qa_inputs *in);
/* Keeps only the K-th of N parts (K from 1 to N) of the inputs: input i
 * belongs to the part that a hash of its name picks, so the parts are the
 * same whatever order the inputs are listed in. */
void qa_inputs_shard(qa_inputs *in, unsigned k, unsigned n);
void qa_inputs_free(qa_inputs *in);

#endif
