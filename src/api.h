/* api.h - what the public functions of libqaconv (api_*.c) share: the
 * converter and the document list behind the opaque types of
 * include/qaconv.h. */
#ifndef QACONV_API_H
#define QACONV_API_H

#include "detect_language.h"
#include "qaconv.h"

/* The --metadata keys a converter holds, each once. */
#define API_META_MAX 8

struct qaconv_converter {
    const qaconv_mem *mem;
    qa_meta meta[API_META_MAX]; /* values made with mem */
    size_t n_meta;
    char *css, *cover;          /* file paths, made with mem, or NULL */
    qa_split split;
    bool front_matter;
    long long source_date_epoch; /* -1: the time of the conversion */
    const volatile sig_atomic_t *cancel;
    qa_detector *detector;
    char error[512];  /* the last failure's message */
    char reason[512]; /* a writer's reason (qa_write_opts.reason) */
};

struct qaconv_docs {
    const qaconv_mem *mem;
    qa_docs list;
};

/* Words the failure of a call on c into c->error; returns status. */
qaconv_status api_fail(qaconv_converter *c, qaconv_status status,
                       const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The write options the converter's settings make. */
qa_write_opts api_write_opts(qaconv_converter *c);

/* The language -M language= gives, or NULL. */
const char *api_language(const qaconv_converter *c);

#endif
