/* reader_tool.c - the text reader's model from outside, for
 * scripts/fit-reader and scripts/eval-reader (not installed).
 *
 *   reader_tool features FILE...         one line per line of each FILE:
 *                                        file, line, rules' label, features
 *   reader_tool read [-m MODEL | -r] [-a] FILE...
 *                                        per FILE one JSON document (the
 *                                        model from MODEL, else the built-in
 *                                        one; -r: the rules alone; -a: built
 *                                        from labels always),
 *                                        then a line "#labels FILE l1 l2 ..."
 */
#include "file.h"
#include "read_text_model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    char *data;
    return qa_file_read(path, UINT64_MAX, 0, &data, len) == 0 ? data : NULL;
}

static int features(int argc, char **argv)
{
    printf("file\tline\trules");
    for (size_t k = 0; k < READER_N_COLUMNS; k++)
        printf("\t%s", reader_feature_names[k]);
    putchar('\n');
    for (int a = 0; a < argc; a++) {
        size_t len;
        char *data = slurp(argv[a], &len);
        if (!data) {
            perror(argv[a]);
            return 1;
        }
        line_role *rules;
        size_t n;
        double *f;
        qa_doc *doc = reader_read_features(data, len, argv[a], &rules, &f, &n);
        for (size_t i = 0; i < n; i++) {
            printf("%s\t%zu\t%s", argv[a], i + 1, reader_role_name(rules[i]));
            for (size_t k = 0; k < READER_N_COLUMNS; k++)
                printf("\t%.4g", f[i * READER_N_COLUMNS + k]);
            putchar('\n');
        }
        free(rules);
        free(f);
        qa_doc_free(doc);
        free(data);
    }
    return 0;
}

static int read_files(int argc, char **argv)
{
    static reader_model loaded;
    const reader_model *m = &reader_fitted;
    bool always = false;
    int a = 0;
    for (; a < argc && argv[a][0] == '-'; a++) {
        if (strcmp(argv[a], "-a") == 0) {
            always = true;
        } else if (strcmp(argv[a], "-r") == 0) {
            m = NULL; /* the rules alone */
        } else if (strcmp(argv[a], "-m") == 0 && a + 1 < argc) {
            if (reader_model_load(&loaded, argv[++a]) != 0) {
                fprintf(stderr, "reader_tool: %s: not a model\n", argv[a]);
                return 2;
            }
            m = &loaded;
        }
    }
    for (; a < argc; a++) {
        size_t len;
        char *data = slurp(argv[a], &len);
        if (!data) {
            perror(argv[a]);
            return 1;
        }
        line_role *lab;
        size_t n;
        qa_doc *doc = qa_read_text_with(data, len, argv[a], m, always, &lab, &n);
        qa_buf out = {0};
        const char *err = NULL;
        if (qa_write_json(doc, &(qa_write_opts){0}, &out, &err) == 0)
            fwrite(out.data, 1, out.len, stdout);
        double margin = m ? reader_margin(data, len, argv[a], m) : 0;
        printf("#margin %s %.6f\n", argv[a], margin);
        printf("#labels %s", argv[a]);
        for (size_t i = 0; i < n; i++)
            printf(" %s", reader_role_name(lab[i]));
        putchar('\n');
        qa_buf_free(&out);
        free(lab);
        qa_doc_free(doc);
        free(data);
    }
    return 0;
}

/* reader_tool labelled FILE LABEL...: the document the labels describe. */
static int read_labelled_file(int argc, char **argv)
{
    size_t len, n = (size_t)argc - 1;
    char *data = argc >= 1 ? slurp(argv[0], &len) : NULL;
    if (!data) {
        perror(argc >= 1 ? argv[0] : "reader_tool");
        return 1;
    }
    line_role *lab = calloc(n ? n : 1, sizeof *lab);
    for (size_t i = 0; i < n; i++)
        for (int r = 0; r < N_ROLES; r++)
            if (strcmp(argv[i + 1], reader_role_name((line_role)r)) == 0)
                lab[i] = (line_role)r;
    qa_doc *doc = reader_read_labelled(data, len, argv[0], lab, n);
    int rc = 1;
    if (doc) {
        qa_buf out = {0};
        const char *err = NULL;
        if (qa_write_json(doc, &(qa_write_opts){0}, &out, &err) == 0) {
            fwrite(out.data, 1, out.len, stdout);
            rc = 0;
        }
        qa_buf_free(&out);
        qa_doc_free(doc);
    }
    free(lab);
    free(data);
    return rc;
}

int main(int argc, char **argv)
{
    qa_init();
    if (argc >= 2 && strcmp(argv[1], "features") == 0)
        return features(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "read") == 0)
        return read_files(argc - 2, argv + 2);
    if (argc >= 2 && strcmp(argv[1], "labelled") == 0)
        return read_labelled_file(argc - 2, argv + 2);
    fputs("usage: reader_tool features FILE... | read [-m MODEL | -r] [-a] "
          "FILE... | labelled FILE LABEL...\n",
          stderr);
    return 2;
}
