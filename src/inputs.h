/* inputs.h - the list of inputs of a run: files, folders, lists of names. */
#ifndef QACONV_INPUTS_H
#define QACONV_INPUTS_H

#include <stdbool.h>
#include <stddef.h>

typedef struct qa_inputs {
    char **v;
    size_t n, cap;
} qa_inputs;

/* Adds path; a folder adds every file under it whose name ends in
 * .extension, recursively, in name order (hidden entries skipped).
 * Returns 0, or -1 with errno set when path cannot be read. */
int qa_inputs_add(qa_inputs *in, const char *path, const char *extension);
/* Adds the names listed in file ("-": standard input), one per line, or
 * separated by NUL bytes when nul is set.  Returns 0, or -1 with errno. */
int qa_inputs_add_list(qa_inputs *in, const char *file, bool nul,
                       const char *extension);
void qa_inputs_free(qa_inputs *in);

#endif
