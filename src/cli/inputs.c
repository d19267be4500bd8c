/* inputs.c - expanding folders and name lists into input files. */
#define _XOPEN_SOURCE 700
#include "inputs.h"
#include "claim.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char *copy(const char *s)
{
    char *c = qa_xmalloc(strlen(s) + 1);
    strcpy(c, s);
    return c;
}

static void push(qa_inputs *in, const char *path, const char *name)
{
    if (in->n == in->cap) {
        in->cap = in->cap ? 2 * in->cap : 64;
        in->v = qa_xrealloc(in->v, in->cap * sizeof *in->v);
    }
    in->v[in->n++] = (qa_input){copy(path), copy(name), false};
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Does a folder's file named name hold an input of format: its
 * extension names it, or, with no format named, a page (text or HTML)? */
static bool reads(const qa_format *format, const char *name)
{
    if (format)
        return qa_format_has_extension(format, name);
    const qa_format *f = qa_format_for_path(name);
    return f && (strcmp(f->name, "text") == 0 || strcmp(f->name, "html") == 0);
}

/* Adds the files under dir; prefix is their names' part so far ("" for the
 * folder argument itself, "ny/" one level down). */
static int add_folder(qa_inputs *in, const char *dir, const char *prefix,
                      const qa_format *format, int depth)
{
    if (depth > 64) {
        errno = ELOOP;
        return -1;
    }
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    size_t n = 0, cap = 0;
    char **names = NULL;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            names = qa_xrealloc(names, cap * sizeof *names);
        }
        names[n++] = copy(e->d_name);
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, by_name);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        if (rc == 0) {
            size_t plen = strlen(dir) + strlen(names[i]) + 2;
            size_t nlen = strlen(prefix) + strlen(names[i]) + 2;
            char *path = qa_xmalloc(plen), *name = qa_xmalloc(nlen);
            snprintf(path, plen, "%s/%s", dir, names[i]);
            snprintf(name, nlen, "%s%s", prefix, names[i]);
            /* A folder is walked where it is, not through a link (two
             * links to "." would walk for ever); a link to a file is
             * read.  What is no regular file (a FIFO would wait for a
             * writer, a device may never end) is skipped. */
            struct stat st;
            bool link = lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
            bool known = link ? stat(path, &st) == 0 : true;
            if (known && !link && S_ISDIR(st.st_mode)) {
                strcat(name, "/");
                rc = add_folder(in, path, name, format, depth + 1);
            } else if (known && S_ISREG(st.st_mode) &&
                       reads(format, names[i])) {
                push(in, path, name);
            } else if (known && S_ISREG(st.st_mode)) {
                in->skipped++;
            } else {
                in->irregular++;
            }
            free(path);
            free(name);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

long qa_inputs_add(qa_inputs *in, const char *path, const qa_format *format)
{
    size_t before = in->n;
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (add_folder(in, path, "", format, 0) != 0)
            return -1;
        return (long)(in->n - before);
    }
    /* a missing file is reported when it is read */
    const char *slash = strrchr(path, '/');
    push(in, path, slash && slash[1] ? slash + 1 : path);
    return 1;
}

int qa_inputs_add_list(qa_inputs *in, const char *file, bool nul,
                       const qa_format *format)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
    if (!f)
        return -1;
    int end = nul ? '\0' : '\n';
    char line[QA_INPUTS_NAME_MAX + 1];
    size_t n = 0, names = 0, blanks = 0;
    int rc = 0, c;
    /* names of bounded length, a bounded count of them: a list without
     * end (/dev/zero, with or without -0) is refused */
    while (rc == 0 && (c = getc(f)) != EOF) {
        if (c != end) {
            if (n == QA_INPUTS_NAME_MAX) {
                errno = ENAMETOOLONG;
                rc = -1;
            }
            line[n++] = (char)c;
            continue;
        }
        /* a run of empty names is no list (/dev/zero under -0) */
        blanks = n == 0 ? blanks + 1 : 0;
        if (++names > QA_INPUTS_LIST_MAX || blanks > QA_INPUTS_BLANK_RUN) {
            errno = EFBIG;
            rc = -1;
            break;
        }
        if (!nul && n > 0 && line[n - 1] == '\r')
            n--;
        line[n] = '\0';
        if (n > 0 && qa_inputs_add(in, line, format) < 0)
            rc = -1;
        n = 0;
    }
    if (rc == 0 && n > 0) { /* the last name, without its end */
        line[n] = '\0';
        if (qa_inputs_add(in, line, format) < 0)
            rc = -1;
    }
    if (rc == 0 && ferror(f))
        rc = -1;
    if (f != stdin)
        fclose(f);
    return rc;
}

/* FNV-1a: the part of an input depends on its path alone. */
static uint64_t path_hash(const char *s)
{
    uint64_t h = 14695981039346656037u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 1099511628211u;
    return h;
}

void qa_inputs_shard(qa_inputs *in, unsigned k, unsigned n)
{
    size_t kept = 0;
    for (size_t i = 0; i < in->n; i++) {
        if (path_hash(in->v[i].path) % n == k - 1) {
            in->v[kept++] = in->v[i];
        } else {
            free(in->v[i].path);
            free(in->v[i].name);
        }
    }
    in->n = kept;
}

/* Length of name without its extension. */
static size_t stem_length(const char *name)
{
    const char *ext = qa_path_extension(name);
    return ext ? (size_t)(ext - 1 - name) : strlen(name);
}

static int by_stem(const void *a, const void *b)
{
    const qa_input *x = *(const qa_input *const *)a;
    const qa_input *y = *(const qa_input *const *)b;
    size_t lx = stem_length(x->name), ly = stem_length(y->name);
    int c = memcmp(x->name, y->name, lx < ly ? lx : ly);
    if (c == 0 && lx != ly)
        c = lx < ly ? -1 : 1;
    return c ? c : x < y ? -1 : x > y; /* then in input order */
}

void qa_inputs_disambiguate(qa_inputs *in)
{
    if (in->n < 2)
        return;
    qa_input **order = qa_xmalloc(in->n * sizeof *order);
    for (size_t i = 0; i < in->n; i++)
        order[i] = &in->v[i];
    qsort(order, in->n, sizeof *order, by_stem);
    for (size_t i = 1; i < in->n; i++) {
        qa_input *first = order[i - 1], *x = order[i];
        size_t len = stem_length(x->name);
        if (len != stem_length(first->name) || memcmp(x->name, first->name, len))
            continue;
        if (strcmp(x->path, "-") == 0 || strcmp(x->path, first->path) == 0)
            continue; /* the same input twice writes the same outputs */
        char *real = realpath(x->path, NULL), digest[17];
        const char *source = real ? real : x->path;
        qa_digest(source, strlen(source), digest);
        free(real);
        size_t size = strlen(x->name) + 10;
        char *name = qa_xmalloc(size);
        snprintf(name, size, "%.*s-%.8s%s", (int)len, x->name, digest,
                 x->name + len);
        free(x->name);
        x->name = name;
        x->renamed = true;
        order[i] = first; /* the next duplicate compares with the first */
    }
    free(order);
}

void qa_inputs_free(qa_inputs *in)
{
    for (size_t i = 0; i < in->n; i++) {
        free(in->v[i].path);
        free(in->v[i].name);
    }
    free(in->v);
    in->v = NULL;
    in->n = in->cap = 0;
}
