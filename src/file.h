/* file.h - reading a whole file into memory, never past a bound. */
#ifndef QACONV_FILE_H
#define QACONV_FILE_H

#include <stddef.h>
#include <stdint.h>

/* Flags of qa_file_read(). */
enum {
    /* Refuse what is no regular file (a FIFO, a device such as /dev/zero)
     * with ENODEV, before reading anything. */
    QA_FILE_REGULAR = 1u << 0
};

/* Reads all of path ("-": standard input), at most max bytes, into a
 * heap buffer of *len bytes and a NUL after them, stored in *data (to be
 * freed).  The file is opened without waiting for a writer (a FIFO that
 * no program writes reads as empty, instead of holding the caller in
 * open()), and a folder is refused with EISDIR.  A regular file larger
 * than max is refused from its size, before it is read; a stream is read
 * until it passes max.  Returns 0, or -1 with errno set: EFBIG when the
 * file is larger than max, ENODEV for what QA_FILE_REGULAR refuses, or
 * the error of open(2) or read(2). */
int qa_file_read(const char *path, uint64_t max, unsigned flags, char **data,
                 size_t *len);

#endif
