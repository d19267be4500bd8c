/* scope.c - the per-thread stack of calls in flight (see scope.h). */
#include "qaconv_internal.h"

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

void qa_out_of_memory(void)
{
    if (stack.n)
        longjmp(stack.v[stack.n - 1].oom, 1);
}
