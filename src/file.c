/* file.c - reading a whole file into memory, never past a bound. */
#define _POSIX_C_SOURCE 200809L
#include "file.h"
#include "qaconv.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Opens path for reading without waiting and checks what it is; the
 * descriptor blocks again for reading, as a pipe that a program does
 * write (qaconv <(...)) needs.  Returns it, or -1 with errno set. */
static int open_checked(const char *path, unsigned flags, struct stat *st)
{
    int fd = strcmp(path, "-") == 0
                 ? STDIN_FILENO
                 : open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return -1;
    int err = fstat(fd, st) != 0           ? errno
              : S_ISDIR(st->st_mode)       ? EISDIR
              : (flags & QA_FILE_REGULAR) && !S_ISREG(st->st_mode) ? ENODEV
                                                                  : 0;
    if (err) {
        if (fd != STDIN_FILENO)
            close(fd);
        errno = err;
        return -1;
    }
    if (fd != STDIN_FILENO)
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

int qa_file_read(const char *path, uint64_t max, unsigned flags, char **data,
                 size_t *len)
{
    struct stat st;
    int fd = open_checked(path, flags, &st);
    if (fd < 0)
        return -1;
    if (max > SIZE_MAX - 1)
        max = SIZE_MAX - 1;
    /* a regular file is read into a buffer of its size, the rest grows */
    size_t cap = 65536, n = 0;
    if (S_ISREG(st.st_mode) && st.st_size >= 0) {
        if ((uint64_t)st.st_size > max) {
            if (fd != STDIN_FILENO)
                close(fd);
            errno = EFBIG;
            return -1;
        }
        cap = (size_t)st.st_size + 1;
    }
    char *buf = qa_xmalloc(cap + 1);
    int err = 0;
    for (;;) {
        if (n == cap) {
            cap = cap > max / 2 ? (size_t)max + 1 : cap * 2;
            buf = qa_xrealloc(buf, cap + 1);
        }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            err = errno;
            break;
        }
        n += (size_t)got;
        if (n > max) {
            err = EFBIG;
            break;
        }
        if (got == 0)
            break;
    }
    if (fd != STDIN_FILENO)
        close(fd);
    if (err) {
        free(buf);
        errno = err;
        return -1;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}
