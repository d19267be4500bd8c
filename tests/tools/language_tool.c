/* language_tool.c - the language qaconv detects in pages, for
 * tests/detect_language.py (not installed).
 *
 *   language_tool FILE...   per FILE one line: FILE, a tab, the language
 *                           of its first page as the pipeline sets it
 *                           (read as text, detected from the model's
 *                           text), a tab, and what was found when the
 *                           text reads as no single language ("-" when
 *                           it does)
 */
#include "detect_language.h"
#include "file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    int rc = 0;
    qa_init();
    qa_detector *detector = qa_detector_new();
    for (int a = 1; a < argc; a++) {
        size_t len;
        char *data;
        if (qa_file_read(argv[a], UINT64_MAX, 0, &data, &len) != 0) {
            perror(argv[a]);
            rc = 1;
            continue;
        }
        qa_docs docs = {0};
        qa_split_pages(qa_read_text(data, len, argv[a], NULL), &docs);
        free(data);
        qa_doc *doc = docs.v[0];
        size_t before = doc->n_diags;
        qa_detect_language(detector, doc);
        const char *found = "-";
        for (size_t i = before; i < doc->n_diags; i++)
            if (strcmp(doc->diags[i].code, "language-guess") == 0)
                found = doc->diags[i].message;
        printf("%s\t%s\t%s\n", argv[a], doc->language, found);
        qa_docs_free(&docs);
    }
    qa_detector_free(detector);
    return rc;
}
