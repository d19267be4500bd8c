/* output.c - atomic output files. */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE /* flock */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Outputs are made as other programs make files: 0666 less the umask. */
static mode_t output_mode = 0644;

void qa_output_set_umask(mode_t mask)
{
    output_mode = 0666 & ~mask;
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Does fd still hold the file named path (no other run took it away)? */
static bool still_named(int fd, const char *path)
{
    struct stat a, b;
    return fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

int qa_output_temp(const char *path, char **tmp)
{
    enum { TRIES = 8 };
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    /* ".qaconv-tmp-PID-XXXXXX", locked while it is written: a later run
     * removes only what no process holds (qa_output_remove_stale). */
    size_t size = dirlen + sizeof QA_TMP_PREFIX + 32;
    *tmp = qa_xmalloc(size);
    int fd = -1;
    for (int t = 0; t < TRIES && fd < 0; t++) {
        memcpy(*tmp, path, dirlen);
        snprintf(*tmp + dirlen, size - dirlen, "%s%ld-XXXXXX", QA_TMP_PREFIX,
                 (long)getpid());
        fd = mkstemp(*tmp);
        if (fd < 0)
            break;
        /* another run's clean-up may take a file in the instant between
         * its making and its locking: then make another */
        if (flock(fd, LOCK_EX | LOCK_NB) != 0 || !still_named(fd, *tmp)) {
            close(fd);
            fd = -1;
            errno = EAGAIN;
        }
    }
    if (fd < 0) {
        int saved = errno;
        free(*tmp);
        *tmp = NULL;
        errno = saved;
    }
    return fd;
}

/* Writes data through a temporary file beside path, renamed into place. */
static int write_replacing(const char *path, const char *data, size_t len)
{
    char *tmp;
    int fd = qa_output_temp(path, &tmp);
    if (fd < 0)
        return -1;
    /* the lock lives as long as one descriptor of the file is open: hold
     * it past close() (which reports late write errors) until the rename */
    int hold = dup(fd);
    int rc = write_all(fd, data, len);
    if (rc == 0)
        rc = fchmod(fd, output_mode);
    int saved = errno;
    if (close(fd) != 0 && rc == 0) {
        rc = -1;
        saved = errno;
    }
    if (rc == 0 && rename(tmp, path) != 0) {
        rc = -1;
        saved = errno;
    }
    if (rc != 0)
        unlink(tmp);
    if (hold >= 0)
        close(hold);
    free(tmp);
    errno = saved;
    return rc;
}

/* Writes data into an existing file that is not a regular one (a device,
 * a FIFO, a terminal), as cp does: the node itself stays. */
static int write_in_place(const char *path, const char *data, size_t len)
{
    int fd = open(path, O_WRONLY | O_NOCTTY);
    if (fd < 0)
        return -1;
    int rc = write_all(fd, data, len);
    int saved = errno;
    if (close(fd) != 0 && rc == 0) {
        rc = -1;
        saved = errno;
    }
    errno = saved;
    return rc;
}

int qa_output_write(const char *path, const char *data, size_t len)
{
    if (strcmp(path, "-") == 0)
        return write_all(STDOUT_FILENO, data, len);
    struct stat st;
    if (lstat(path, &st) != 0)
        return errno == ENOENT ? write_replacing(path, data, len) : -1;
    if (S_ISLNK(st.st_mode)) {
        /* A link is followed: its target is replaced, the link stays. */
        char *target = realpath(path, NULL);
        if (!target)
            return -1; /* a dangling link: ENOENT names the problem */
        int rc = qa_output_write(target, data, len);
        int saved = errno;
        free(target);
        errno = saved;
        return rc;
    }
    if (S_ISDIR(st.st_mode)) {
        errno = EISDIR;
        return -1;
    }
    if (!S_ISREG(st.st_mode))
        return write_in_place(path, data, len);
    return write_replacing(path, data, len);
}

int qa_mkdirs(const char *dir)
{
    if (dir[0] == '\0')
        return 0;
    char *p = qa_xmalloc(strlen(dir) + 1);
    strcpy(p, dir);
    int rc = 0;
    for (char *s = p + 1; rc == 0; s++) {
        bool end = *s == '\0';
        if (*s != '/' && !end)
            continue;
        *s = '\0';
        if (mkdir(p, 0755) != 0 && errno != EEXIST)
            rc = -1;
        else if (end) {
            struct stat st;
            if (stat(p, &st) != 0)
                rc = -1;
            else if (!S_ISDIR(st.st_mode)) {
                errno = ENOTDIR;
                rc = -1;
            }
            break;
        }
        *s = '/';
    }
    free(p);
    return rc;
}

void qa_output_remove_stale(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    const size_t plen = strlen(QA_TMP_PREFIX);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, QA_TMP_PREFIX, plen) != 0)
            continue;
        size_t size = strlen(dir) + strlen(e->d_name) + 2;
        char *path = qa_xmalloc(size);
        snprintf(path, size, "%s/%s", dir, e->d_name);
        /* stale: no process holds its lock (whatever became of the
         * process id in its name, which a container's PID 1 reuses) */
        int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        struct stat st;
        if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
            flock(fd, LOCK_EX | LOCK_NB) == 0)
            unlink(path);
        if (fd >= 0)
            close(fd);
        free(path);
    }
    closedir(d);
}
