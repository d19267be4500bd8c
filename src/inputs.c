/* inputs.c - expanding folders and name lists into input files. */
#define _POSIX_C_SOURCE 200809L
#include "inputs.h"
#include "qaconv.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void push(qa_inputs *in, const char *path)
{
    if (in->n == in->cap) {
        in->cap = in->cap ? 2 * in->cap : 64;
        in->v = qa_xrealloc(in->v, in->cap * sizeof *in->v);
    }
    in->v[in->n] = qa_xmalloc(strlen(path) + 1);
    strcpy(in->v[in->n++], path);
}

static bool has_extension(const char *name, const char *ext)
{
    const char *dot = strrchr(name, '.');
    return dot && dot != name && strcmp(dot + 1, ext) == 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_folder(qa_inputs *in, const char *dir, const char *ext,
                      int depth)
{
    if (depth > 64) {
        errno = ELOOP;
        return -1;
    }
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    qa_inputs names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            push(&names, e->d_name);
    closedir(d);
    if (names.n > 1)
        qsort(names.v, names.n, sizeof *names.v, by_name);
    int rc = 0;
    for (size_t i = 0; i < names.n && rc == 0; i++) {
        size_t len = strlen(dir) + strlen(names.v[i]) + 2;
        char *path = qa_xmalloc(len);
        snprintf(path, len, "%s/%s", dir, names.v[i]);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            rc = add_folder(in, path, ext, depth + 1);
        else if (has_extension(names.v[i], ext))
            push(in, path);
        free(path);
    }
    qa_inputs_free(&names);
    return rc;
}

int qa_inputs_add(qa_inputs *in, const char *path, const char *extension)
{
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return add_folder(in, path, extension, 0);
    push(in, path); /* a missing file is reported when it is read */
    return 0;
}

int qa_inputs_add_list(qa_inputs *in, const char *file, bool nul,
                       const char *extension)
{
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
    if (!f)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    while (rc == 0 && (n = getdelim(&line, &cap, nul ? '\0' : '\n', f)) > 0) {
        if (line[n - 1] == (nul ? '\0' : '\n'))
            line[--n] = '\0';
        if (!nul && n > 0 && line[n - 1] == '\r')
            line[--n] = '\0';
        if (n > 0)
            rc = qa_inputs_add(in, line, extension);
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

void qa_inputs_free(qa_inputs *in)
{
    for (size_t i = 0; i < in->n; i++)
        free(in->v[i]);
    free(in->v);
    in->v = NULL;
    in->n = in->cap = 0;
}
