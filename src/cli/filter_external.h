/* filter_external.h - external filters: programs that read the model as
 * qaconv JSON on standard input and write it back on standard output. */
#ifndef QACONV_FILTER_EXTERNAL_H
#define QACONV_FILTER_EXTERNAL_H

#include "qaconv.h"

/* Runs program with the target format as its first argument over doc.
 * Returns the document it wrote back, or NULL with a one-line reason in
 * err (the program failed, ran past timeout seconds, wrote more than
 * max_output bytes, or returned JSON that does not follow the contract).
 * The program runs in a process group of its own, which is killed when
 * its time is up or it has ended (what it left in the background goes
 * with it).  A program that is not executable but ends in .py, .sh or .js
 * runs under python3, sh or node.  Once cancel is set, the program's
 * group is killed within a twentieth of a second and NULL returned, err
 * saying so. */
qa_doc *qa_filter_external(const char *program, const char *format,
                           double timeout, size_t max_output,
                           const qa_doc *doc, qa_cancel *cancel, char *err,
                           size_t err_size);

#endif
