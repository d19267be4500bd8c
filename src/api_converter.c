/* api_converter.c - the public converter: version, errors, settings. */
#include "api.h"
#include "meta.h"
#include "text.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int qaconv_version(void)
{
    return QACONV_VERSION_NUMBER;
}

const char *qaconv_version_string(void)
{
    return QACONV_VERSION;
}

const char *qaconv_strerror(qaconv_status status)
{
    switch (status) {
    case QACONV_OK:
        return "no error";
    case QACONV_ERROR_ARGUMENT:
        return "invalid argument";
    case QACONV_ERROR_FORMAT:
        return "unknown format";
    case QACONV_ERROR_OPTION:
        return "invalid option";
    case QACONV_ERROR_FILTER:
        return "unknown filter";
    case QACONV_ERROR_INPUT:
        return "the document has errors";
    case QACONV_ERROR_PAGES:
        return "several pages in a format that holds one";
    case QACONV_ERROR_WRITE:
        return "cannot write the document";
    case QACONV_ERROR_IO:
        return "cannot write to the file";
    case QACONV_ERROR_CANCELLED:
        return "interrupted";
    case QACONV_ERROR_NOMEM:
        return "out of memory";
    }
    return "unknown error";
}

qaconv_status api_fail(qaconv_converter *c, qaconv_status status,
                       const char *fmt, ...)
{
    if (!c)
        return status;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->error, sizeof c->error, fmt, ap);
    va_end(ap);
    return status;
}

/* Gives c its language detector; false when memory runs out. */
static bool make_detector(qaconv_converter *c)
{
    qa_scope *s = qa_scope_enter(c->mem);
    if (!s)
        return false;
    if (setjmp(s->oom)) {
        qa_scope_unwind(s);
        return false;
    }
    c->detector = qa_detector_new();
    qa_scope_leave(s);
    return true;
}

qaconv_converter *qaconv_converter_new(const qaconv_mem *mem)
{
    qa_init();
    if (!mem)
        mem = qaconv_default_mem();
    qaconv_converter *c = mem->calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->mem = mem;
    c->split = QA_SPLIT_AUTO;
    c->source_date_epoch = -1;
    if (!make_detector(c)) {
        mem->free(c);
        return NULL;
    }
    return c;
}

void qaconv_converter_free(qaconv_converter *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n_meta; i++) {
        c->mem->free((char *)c->meta[i].key);
        c->mem->free((char *)c->meta[i].value);
    }
    c->mem->free(c->css);
    c->mem->free(c->cover);
    qa_detector_free(c->detector);
    c->mem->free(c);
}

const char *qaconv_converter_error(const qaconv_converter *c)
{
    return c ? c->error : "";
}

void qaconv_free(const qaconv_converter *c, void *out)
{
    (c ? c->mem : qaconv_default_mem())->free(out);
}

/* A copy of s made with c's allocator, or NULL. */
static char *copy(const qaconv_converter *c, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = c->mem->realloc(NULL, n);
    return p ? memcpy(p, s, n) : NULL;
}

/* Replaces *slot with a copy of value (NULL: none). */
static qaconv_status set_string(qaconv_converter *c, char **slot,
                                const char *value)
{
    char *v = NULL;
    if (value && !(v = copy(c, value)))
        return api_fail(c, QACONV_ERROR_NOMEM, "out of memory");
    c->mem->free(*slot);
    *slot = v;
    return QACONV_OK;
}

/* Why value cannot be key's, or NULL: what --metadata refuses. */
static const char *bad_metadata(const char *key, const char *value)
{
    const char *why;
    if (!qa_meta_text_ok(value))
        return "UTF-8 text without control characters";
    if (!qa_meta_value_ok(key, value, &why))
        return why;
    if (strcmp(key, "language") == 0 && !qa_is_language_tag(value))
        return "a BCP 47 language tag (such as en, fr or pt-BR)";
    return NULL;
}

qaconv_status qaconv_set_metadata(qaconv_converter *c, const char *key,
                                  const char *value)
{
    if (!c || !key)
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no converter or no key");
    if (!qa_meta_key_known(key))
        return api_fail(c, QACONV_ERROR_OPTION, "unknown metadata key '%s'; "
                        "the keys are creator, publisher, rights, date, "
                        "identifier, source-url, title and language", key);
    const char *why = value ? bad_metadata(key, value) : NULL;
    if (why)
        return api_fail(c, QACONV_ERROR_OPTION, "metadata %s: the value must "
                        "be %s", key, why);
    size_t i = 0;
    while (i < c->n_meta && strcmp(c->meta[i].key, key) != 0)
        i++;
    if (i == c->n_meta && !value)
        return QACONV_OK;
    if (i == c->n_meta) {
        char *k = copy(c, key);
        if (!k)
            return api_fail(c, QACONV_ERROR_NOMEM, "out of memory");
        c->meta[c->n_meta++] = (qa_meta){k, NULL};
    }
    char *v = NULL;
    if (value && !(v = copy(c, value)))
        return api_fail(c, QACONV_ERROR_NOMEM, "out of memory");
    c->mem->free((char *)c->meta[i].value);
    c->meta[i].value = v;
    if (!value) { /* removed: the last one takes its place */
        c->mem->free((char *)c->meta[i].key);
        c->meta[i] = c->meta[--c->n_meta];
    }
    return QACONV_OK;
}

static qaconv_status bad_value(qaconv_converter *c, const char *key,
                               const char *value, const char *want)
{
    return api_fail(c, QACONV_ERROR_OPTION, "option %s takes %s, not '%s'",
                    key, want, value);
}

qaconv_status qaconv_set_option(qaconv_converter *c, const char *key,
                                const char *value)
{
    if (!c || !key)
        return api_fail(c, QACONV_ERROR_ARGUMENT, "no converter or no key");
    if (strcmp(key, "split") == 0) {
        if (!value || strcmp(value, "auto") == 0)
            c->split = QA_SPLIT_AUTO;
        else if (strcmp(value, "document") == 0)
            c->split = QA_SPLIT_DOCUMENT;
        else if (strcmp(value, "entry") == 0)
            c->split = QA_SPLIT_ENTRY;
        else
            return bad_value(c, key, value, "auto, document or entry");
    } else if (strcmp(key, "md-front-matter") == 0) {
        if (!value || strcmp(value, "0") == 0 || strcmp(value, "false") == 0)
            c->front_matter = false;
        else if (strcmp(value, "1") == 0 || strcmp(value, "true") == 0)
            c->front_matter = true;
        else
            return bad_value(c, key, value, "1 or 0");
    } else if (strcmp(key, "css") == 0) {
        return set_string(c, &c->css, value);
    } else if (strcmp(key, "cover") == 0) {
        return set_string(c, &c->cover, value);
    } else if (strcmp(key, "source-date-epoch") == 0) {
        char *end;
        errno = 0;
        long long v = value ? strtoll(value, &end, 10) : -1;
        if (value && (end == value || *end || v < 0 || errno))
            return bad_value(c, key, value, "a number of seconds");
        c->source_date_epoch = v;
    } else {
        return api_fail(c, QACONV_ERROR_OPTION, "unknown option '%s'; the "
                        "options are split, md-front-matter, css, cover and "
                        "source-date-epoch", key);
    }
    return QACONV_OK;
}

void qaconv_set_cancel(qaconv_converter *c, const volatile sig_atomic_t *flag)
{
    if (c)
        c->cancel = flag;
}

qa_write_opts api_write_opts(qaconv_converter *c)
{
    return (qa_write_opts){.meta = c->meta,
                           .n_meta = c->n_meta,
                           .css_path = c->css,
                           .cover_path = c->cover,
                           .split = c->split,
                           .md_front_matter = c->front_matter,
                           .source_date_epoch = c->source_date_epoch,
                           .cancel = c->cancel,
                           .reason = c->reason,
                           .reason_size = sizeof c->reason};
}

const char *api_language(const qaconv_converter *c)
{
    for (size_t i = 0; i < c->n_meta; i++)
        if (strcmp(c->meta[i].key, "language") == 0)
            return c->meta[i].value;
    return NULL;
}

int qaconv_format_reads(const char *format)
{
    const qa_format *f = format ? qa_format_find(format) : NULL;
    return f && f->read;
}

int qaconv_format_writes(const char *format)
{
    const qa_format *f = format ? qa_format_find(format) : NULL;
    return f && f->write;
}

const char *qaconv_format_name(size_t i)
{
    for (size_t k = 0; qa_formats[k].name; k++)
        if (k == i)
            return qa_formats[k].name;
    return NULL;
}

const char *qaconv_filter_name(size_t i)
{
    for (size_t k = 0; qa_filters[k].name; k++)
        if (k == i)
            return qa_filters[k].name;
    return NULL;
}
