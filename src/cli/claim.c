/* claim.c - output names that no other input can take. */
#define _POSIX_C_SOURCE 200809L
#include "claim.h"
#include "output.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define STAMP_MAGIC "qaconv-stamp 1\n"

void qa_digest(const char *s, size_t len, char out[17])
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* "dir/ny/.faq.qaconv" for stem "ny/faq". */
static char *stamp_path(const char *dir, const char *stem)
{
    const char *slash = strrchr(stem, '/');
    int head = slash ? (int)(slash - stem + 1) : 0;
    size_t size = strlen(dir) + strlen(stem) + sizeof "/..qaconv";
    char *path = qa_xmalloc(size);
    snprintf(path, size, "%s/%.*s.%s.qaconv", dir, head, stem, stem + head);
    return path;
}

/* The whole stamp file, NUL-terminated, or NULL with errno set. */
static char *read_stamp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *data = qa_xmalloc(65536);
    size_t n = fread(data, 1, 65535, f);
    data[n] = '\0';
    fclose(f);
    return data;
}

/* The stamp's source line: "source NAME\n". */
static bool stamp_names(const char *data, const char *source)
{
    size_t n = strlen(source);
    const char *line = strstr(data, "\nsource ");
    return line && strncmp(line + 8, source, n) == 0 && line[8 + n] == '\n';
}

/* Creates the stamp at path for source unless it exists: 1 when created,
 * 0 when it exists, -1 on error. */
static int create_stamp(const char *path, const char *source)
{
    char *tmp;
    int fd = qa_output_temp(path, &tmp), rc = -1;
    int hold = fd >= 0 ? dup(fd) : -1; /* its lock, until it is linked */
    if (fd >= 0) {
        FILE *f = fdopen(fd, "w");
        bool ok = f && fprintf(f, "%ssource %s\n", STAMP_MAGIC, source) > 0;
        ok = (f ? fclose(f) == 0 : (close(fd), false)) && ok;
        if (ok)
            rc = link(tmp, path) == 0 ? 1 : errno == EEXIST ? 0 : -1;
        int saved = errno;
        unlink(tmp);
        errno = saved;
    }
    if (hold >= 0)
        close(hold);
    free(tmp);
    return rc;
}

/* Takes stem for source: 1 when it is source's, 0 when another input's. */
static int take(const char *dir, const char *stem, const char *source,
                char **stamp)
{
    *stamp = stamp_path(dir, stem);
    int rc = create_stamp(*stamp, source);
    if (rc == 0) {
        char *data = read_stamp(*stamp);
        rc = !data ? -1 : stamp_names(data, source) ? 1 : 0;
        free(data);
    }
    if (rc != 1) {
        int saved = errno;
        free(*stamp);
        *stamp = NULL;
        errno = saved;
    }
    return rc;
}

char *qa_claim(const char *dir, const char *stem, const char *source,
               char **stamp)
{
    int rc = take(dir, stem, source, stamp);
    if (rc == 1) {
        char *copy = qa_xmalloc(strlen(stem) + 1);
        return strcpy(copy, stem);
    }
    if (rc < 0)
        return NULL;
    size_t size = strlen(stem) + 10;
    char *other = qa_xmalloc(size);
    snprintf(other, size, "%s-%.8s", stem, source); /* its digest's head */
    rc = take(dir, other, source, stamp);
    if (rc == 1)
        return other;
    free(other);
    if (rc == 0)
        errno = EEXIST; /* both names taken by other inputs */
    return NULL;
}

bool qa_stamp_has(const char *stamp, const char *ext, const char *digest)
{
    char *data = read_stamp(stamp);
    if (!data)
        return false;
    char line[64];
    snprintf(line, sizeof line, "\n%s %s\n", ext, digest);
    bool has = strstr(data, line) != NULL;
    free(data);
    return has;
}

int qa_stamp_record(const char *stamp, const char *ext, const char *digest)
{
    char *data = read_stamp(stamp);
    if (!data)
        return -1;
    /* the lines of other formats stay; this format's line is replaced */
    qa_buf out = {0};
    size_t elen = strlen(ext);
    for (char *line = data, *end; *line; line = end) {
        end = strchr(line, '\n');
        end = end ? end + 1 : line + strlen(line);
        if (!(strncmp(line, ext, elen) == 0 && line[elen] == ' '))
            qa_buf_put(&out, line, (size_t)(end - line));
    }
    char mine[64];
    snprintf(mine, sizeof mine, "%s %s\n", ext, digest);
    qa_buf_puts(&out, mine);
    int rc = qa_output_write(stamp, out.data, out.len);
    qa_buf_free(&out);
    free(data);
    return rc;
}
