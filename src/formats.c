/* formats.c - the formats qaconv reads and writes. */
#include "qaconv.h"

#include <jansson.h>
#include <libxml/parser.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

static void init_libraries(void)
{
    xmlInitParser();     /* libxml2 2.9 sets up its globals here */
    json_object_seed(0); /* jansson seeds its hash function once */
}

void qa_init(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, init_libraries);
}

const qa_format qa_formats[] = {
    {"text", "txt", "raw FAQ page as scraped from the web", qa_read_text, NULL,
     true},
    {"json", "json", "qaconv JSON (schema/qaconv.schema.json)", qa_read_json,
     qa_write_json, false},
    {"docbook", "xml", "DocBook 5.0 article with a qandaset", NULL,
     qa_write_docbook, false},
    {"jsonld", "jsonld", "schema.org FAQPage as JSON-LD", NULL,
     qa_write_jsonld, false},
    {"md", "md", "CommonMark, one heading per question", qa_read_md,
     qa_write_md, true},
    {"html", "html", "web page as published (HTML)", qa_read_html, NULL,
     false},
    {"epub", "epub", "EPUB 3 e-book (also readable by EPUB 2 readers)", NULL,
     qa_write_epub, false},
    {NULL, NULL, NULL, NULL, NULL, false},
};

const qa_format *qa_format_find(const char *name)
{
    for (const qa_format *f = qa_formats; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}

/* File-name extensions, compared without regard to case, and the format
 * each names.  The first extension of a format is the one it writes. */
static const struct {
    const char *extension, *format;
} extensions[] = {
    {"txt", "text"},     {"text", "text"},  {"json", "json"},
    {"md", "md"},        {"markdown", "md"}, {"xml", "docbook"},
    {"dbk", "docbook"},  {"jsonld", "jsonld"}, {"epub", "epub"},
    {"html", "html"},    {"htm", "html"},   {"xhtml", "html"},
};

const char *qa_path_extension(const char *path)
{
    const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    return dot && dot != base && dot[1] ? dot + 1 : NULL;
}

const qa_format *qa_format_for_path(const char *path)
{
    const char *ext = qa_path_extension(path);
    if (!ext)
        return NULL;
    for (size_t i = 0; i < sizeof extensions / sizeof *extensions; i++)
        if (strcasecmp(ext, extensions[i].extension) == 0)
            return qa_format_find(extensions[i].format);
    return NULL;
}

bool qa_format_has_extension(const qa_format *f, const char *path)
{
    return qa_format_for_path(path) == f;
}
