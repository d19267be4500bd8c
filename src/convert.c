/* convert.c - the steps of a conversion around the readers (convert.h). */
#include "convert.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

bool qa_looks_like_html(const char *data, size_t len)
{
    size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    for (int pass = 0; pass < 2; pass++) {
        while (i < len && strchr(" \t\r\n", data[i]) && data[i])
            i++;
        if (pass == 0 && len - i >= 5 && memcmp(data + i, "<?xml", 5) == 0)
            while (i < len && data[i++] != '>')
                ;
    }
    static const char *const opens[] = {"<!doctype html", "<html"};
    for (size_t k = 0; k < sizeof opens / sizeof *opens; k++) {
        size_t n = strlen(opens[k]);
        if (len - i >= n && strncasecmp(data + i, opens[k], n) == 0)
            return true;
    }
    return false;
}

bool qa_docs_finish(const qa_format *from, qa_doc *doc, const char *language,
                    qa_detector *d, qa_cancel *cancel, qa_docs *out)
{
    if (language)
        doc->language = qa_strdup(doc->arena, language);
    if (qa_cancelled(cancel)) {
        qa_doc_free(doc);
        return false;
    }
    size_t first = out->n;
    if (from->pages)
        qa_split_pages(doc, out);
    else
        qa_docs_push(out, doc);
    for (size_t i = first; i < out->n && !language; i++)
        if (!out->v[i]->language_stated) /* each page its own */
            qa_detect_language(d, out->v[i]);
    return true;
}

char *qa_identifier(qa_arena *a, const char *s, size_t len)
{
    char *id = qa_alloc(a, len + sizeof "document");
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            id[n++] = (char)c;
        else if (c >= 'A' && c <= 'Z')
            id[n++] = (char)(c - 'A' + 'a');
        else if (n > 0 && id[n - 1] != '-')
            id[n++] = '-';
    }
    while (n > 0 && id[n - 1] == '-')
        n--;
    if (n == 0)
        return strcpy(id, "document");
    id[n] = '\0';
    return id;
}

void qa_docs_name(qa_docs *docs, const char *name, const char *given)
{
    name = strcmp(name, "-") == 0 ? "stdin" : name;
    const char *ext = qa_path_extension(name);
    size_t stem_len = ext ? (size_t)(ext - 1 - name) : strlen(name);
    for (size_t d = 0; d < docs->n; d++) {
        qa_doc *doc = docs->v[d];
        char page[32] = "";
        if (d > 0)
            snprintf(page, sizeof page, "-%zu", d + 1);
        if (given)
            doc->id = qa_printf(doc->arena, "%s%s", given, page);
        else if (!doc->id)
            doc->id = qa_printf(doc->arena, "%s%s",
                                qa_identifier(doc->arena, name, stem_len),
                                page);
    }
}
