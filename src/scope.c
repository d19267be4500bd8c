/* scope.c - the per-thread stack of calls in flight (see scope.h). */
#include "qaconv.h"

#include <stdlib.h>

static void *default_calloc(size_t n, size_t size)
{
    return calloc(n, size);
}

static void *default_realloc(void *p, size_t size)
{
    return realloc(p, size);
}

static void default_free(void *p)
{
    free(p);
}

static const qaconv_mem default_mem = {default_calloc, default_realloc,
                                       default_free};

const qaconv_mem *qaconv_default_mem(void)
{
    return &default_mem;
}

/* The scopes open on this thread, innermost last.  Empty between calls. */
static _Thread_local struct {
    qa_scope v[QA_SCOPE_MAX];
    size_t n;
} stack;

qa_scope *qa_scope_enter(const qaconv_mem *mem)
{
    if (stack.n == QA_SCOPE_MAX)
        return NULL;
    qa_scope *s = &stack.v[stack.n++];
    s->mem = mem ? mem : &default_mem;
    s->track = true;
    s->arenas = NULL;
    s->n_bufs = 0;
    return s;
}

void qa_scope_leave(qa_scope *s)
{
    qa_arenas_release(s);
    stack.n = (size_t)(s - stack.v);
}

void qa_scope_unwind(qa_scope *s)
{
    if (!s)
        return;
    qa_arenas_free(s);
    for (size_t i = 0; i < s->n_bufs; i++)
        free(s->bufs[i]);
    stack.n = (size_t)(s - stack.v);
}

qa_scope *qa_scope_current(void)
{
    return stack.n ? &stack.v[stack.n - 1] : NULL;
}

const qaconv_mem *qa_scope_mem(void)
{
    return stack.n ? stack.v[stack.n - 1].mem : &default_mem;
}

void qa_scope_buf_moved(void *was, void *now)
{
    qa_scope *s = stack.n ? &stack.v[stack.n - 1] : NULL;
    if (!s || !s->track || was == now)
        return;
    size_t i = 0; /* was's place, or n_bufs when not listed */
    while (was && i < s->n_bufs && s->bufs[i] != was)
        i++;
    if (!was)
        i = s->n_bufs;
    if (now && i < QA_SCOPE_BUFS) {
        s->bufs[i] = now;
        s->n_bufs += i == s->n_bufs;
    } else if (!now && i < s->n_bufs) {
        s->bufs[i] = s->bufs[--s->n_bufs];
    }
}

void qa_out_of_memory(void)
{
    if (stack.n)
        longjmp(stack.v[stack.n - 1].oom, 1);
}
