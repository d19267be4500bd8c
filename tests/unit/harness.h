/* harness.h - a minimal test harness: CHECK records a failure and goes on. */
#ifndef QACONV_HARNESS_H
#define QACONV_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_failures, harness_checks;

#define CHECK(cond)                                                        \
    do {                                                                   \
        harness_checks++;                                                  \
        if (!(cond)) {                                                     \
            harness_failures++;                                            \
            fprintf(stderr, "%s:%d: %s: check failed: %s\n", __FILE__,     \
                    __LINE__, __func__, #cond);                            \
        }                                                                  \
    } while (0)

#define CHECK_STR(got, want)                                               \
    do {                                                                   \
        const char *g_ = (got), *w_ = (want);                              \
        harness_checks++;                                                  \
        if (!g_ || strcmp(g_, w_) != 0) {                                  \
            harness_failures++;                                            \
            fprintf(stderr, "%s:%d: %s: got \"%s\", want \"%s\"\n",        \
                    __FILE__, __LINE__, __func__, g_ ? g_ : "(null)", w_); \
        }                                                                  \
    } while (0)

#define HARNESS_DONE()                                                     \
    (printf("%d checks, %d failed\n", harness_checks, harness_failures),   \
     harness_failures ? 1 : 0)

#endif
