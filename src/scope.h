/* scope.h - the call in flight: the allocator it uses and where it goes
 * when memory runs out.
 *
 * Every public function of libqaconv opens a scope with the converter's
 * allocator and sets its recovery point:
 *
 *     qa_scope *s = qa_scope_enter(c->mem);
 *     if (!s || setjmp(s->oom)) {
 *         qa_scope_unwind(s);  // frees the arenas the call made
 *         return ...QACONV_ERROR_NOMEM...;
 *     }
 *     ... the work ...
 *     qa_scope_leave(s);      // the arenas made now belong to the result
 *
 * Inside, qa_alloc and qa_xmalloc never return NULL: when the allocator
 * (or malloc) fails, qa_out_of_memory() jumps back to the recovery point.
 * Scopes live on a short per-thread stack, pushed on entry and popped on
 * return, so that code deep in a reader finds them without a parameter;
 * nothing stays on it between calls.  A program that calls the internal
 * functions directly opens a scope of its own on each thread. */
#ifndef QACONV_SCOPE_H
#define QACONV_SCOPE_H

#include "../include/qaconv.h"

#include <setjmp.h>
#include <stdbool.h>

struct qa_arena;

/* Byte buffers a scope lists at once (a writer holds a few). */
#define QA_SCOPE_BUFS 32

typedef struct qa_scope {
    const qaconv_mem *mem;
    jmp_buf oom;             /* where qa_out_of_memory() jumps */
    /* Lists the arenas made in the scope, to free them if it fails (the
     * public functions); a program's scope around its own work, which
     * does not recover, lists none. */
    bool track;
    struct qa_arena *arenas; /* made in this scope and not freed yet */
    /* the memory of the byte buffers (qa_buf) made in it and alive; past
     * QA_SCOPE_BUFS at once, the others are not listed */
    void *bufs[QA_SCOPE_BUFS];
    size_t n_bufs;
} qa_scope;

/* How deep scopes nest on one thread. */
#define QA_SCOPE_MAX 8

/* Opens a scope on this thread with mem (NULL: the C library's), tracking
 * its arenas; NULL when QA_SCOPE_MAX are open already. */
qa_scope *qa_scope_enter(const qaconv_mem *mem);
/* Closes s, the innermost scope: the arenas and buffers made in it and
 * still alive belong from now on to what holds them. */
void qa_scope_leave(qa_scope *s);
/* Closes s after its recovery point was reached: frees every arena made in
 * it (the documents of the failed call) and the byte buffers it lists.
 * Nothing when s is NULL. */
void qa_scope_unwind(qa_scope *s);

/* The innermost scope of this thread, or NULL; its allocator, the C
 * library's outside any. */
qa_scope *qa_scope_current(void);
const qaconv_mem *qa_scope_mem(void);

/* Jumps to the innermost scope's recovery point; returns only outside
 * any scope, where the caller gets NULL as from malloc. */
void qa_out_of_memory(void);

/* A byte buffer's memory moved from was to now (NULL was: new; NULL now:
 * freed or given away): listed in the innermost scope that tracks, so
 * that qa_scope_unwind frees it. */
void qa_scope_buf_moved(void *was, void *now);

/* The arenas of s (arena.c): no longer s's, or freed. */
void qa_arenas_release(qa_scope *s);
void qa_arenas_free(qa_scope *s);

#endif
