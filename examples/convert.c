/* convert.c - a FAQ page converted with libqaconv: convert PAGE [FORMAT]
 * writes PAGE in FORMAT (json unless named) to standard output. */
#include <qaconv.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    static char page[16 << 20];
    FILE *in = argc > 1 ? fopen(argv[1], "rb") : NULL;
    if (!in) {
        fputs("usage: convert PAGE [FORMAT]\n", stderr);
        return 2;
    }
    size_t len = fread(page, 1, sizeof page, in);
    fclose(in);

    qaconv_converter *c = qaconv_converter_new(NULL);
    qaconv_set_option(c, "source-date-epoch", getenv("SOURCE_DATE_EPOCH"));
    qaconv_docs *docs = NULL;
    qaconv_status st = qaconv_read(c, page, len, NULL, argv[1], &docs);
    if (st == QACONV_OK)
        st = qaconv_filter(c, docs, NULL); /* the default chain */
    if (st == QACONV_OK)
        st = qaconv_write_file(c, docs, argc > 2 ? argv[2] : "json", stdout);
    if (st != QACONV_OK)
        fprintf(stderr, "convert: %s\n", qaconv_converter_error(c));
    qaconv_docs_free(docs);
    qaconv_converter_free(c);
    return st == QACONV_OK ? 0 : 1;
}
