/* output.h - writing finished outputs without ever leaving half a file. */
#ifndef QACONV_OUTPUT_H
#define QACONV_OUTPUT_H

#include "qaconv.h"

#include <sys/types.h>

/* Prefix of temporary files, followed by the writer's process id; a later
 * run removes those that no process holds (qa_output_remove_stale). */
#define QA_TMP_PREFIX ".qaconv-tmp-"

/* Writes data to path ("-": standard output) through a temporary file in
 * the same folder that is renamed into place once complete.  Returns 0, or
 * -1 with errno set and nothing left behind. */
int qa_output_write(const char *path, const char *data, size_t len);

/* Creates a temporary file (QA_TMP_PREFIX, this process's id) in the
 * folder of path, open for writing; *tmp receives its name, to be freed.
 * Returns the descriptor, or -1 with errno set. */
int qa_output_temp(const char *path, char **tmp);

/* Outputs get mode 0666 less mask (default 0644); set once, before any
 * thread writes. */
void qa_output_set_umask(mode_t mask);

/* Removes the temporary files in dir that a killed run left: those that
 * no process holds locked (a writer holds the lock on its temporary file
 * until it is renamed). */
void qa_output_remove_stale(const char *dir);

/* Creates dir and its parents.  Returns 0, or -1 with errno set. */
int qa_mkdirs(const char *dir);

#endif
