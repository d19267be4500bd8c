/* arena.c - per-document bump allocator and the growable byte buffer. */
#include "qaconv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Chunks start small and double: a file split into many small documents
 * (one arena each) must not cost a large chunk per document. */
#define CHUNK_FIRST 1024
#define CHUNK_MAX (64 * 1024)

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    max_align_t data[];
} chunk;

struct qa_arena {
    chunk *head;
    size_t next; /* size of the next chunk */
    const qaconv_mem *mem;
    /* in the list of the scope it was made in, while that is open */
    qa_scope *scope;
    qa_arena *later, **earlier; /* the next one, the link to this one */
};

void *qa_xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        qa_out_of_memory();
    return p;
}

void *qa_xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q)
        qa_out_of_memory();
    return q;
}

static void unlist(qa_arena *a)
{
    if (!a->scope)
        return;
    *a->earlier = a->later;
    if (a->later)
        a->later->earlier = a->earlier;
    a->scope = NULL;
}

qa_arena *qa_arena_new(void)
{
    const qaconv_mem *mem = qa_scope_mem();
    qa_arena *a = mem->realloc(NULL, sizeof *a);
    if (!a) {
        qa_out_of_memory();
        return NULL; /* outside any scope */
    }
    *a = (qa_arena){.next = CHUNK_FIRST, .mem = mem};
    qa_scope *s = qa_scope_current();
    if (s && s->track) {
        a->scope = s;
        a->later = s->arenas;
        a->earlier = &s->arenas;
        if (s->arenas)
            s->arenas->earlier = &a->later;
        s->arenas = a;
    }
    return a;
}

size_t qa_arena_used(const qa_arena *a)
{
    size_t n = 0;
    for (const chunk *c = a->head; c; c = c->next)
        n += c->used;
    return n;
}

const qaconv_mem *qa_arena_mem(const qa_arena *a)
{
    return a->mem;
}

void qa_arena_free(qa_arena *a)
{
    if (!a)
        return;
    unlist(a);
    for (chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        a->mem->free(c);
    }
    a->mem->free(a);
}

void qa_arenas_release(qa_scope *s)
{
    while (s->arenas)
        unlist(s->arenas);
}

void qa_arenas_free(qa_scope *s)
{
    while (s->arenas)
        qa_arena_free(s->arenas);
}

void *qa_alloc(qa_arena *a, size_t size)
{
    const size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t cap = size > a->next ? size : a->next;
        if (a->next < CHUNK_MAX)
            a->next *= 2;
        c = cap > SIZE_MAX - sizeof *c ? NULL
                                       : a->mem->realloc(NULL, sizeof *c + cap);
        if (!c) {
            qa_out_of_memory();
            return NULL; /* outside any scope */
        }
        c->used = 0;
        c->size = cap;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *qa_strndup(qa_arena *a, const char *s, size_t n)
{
    char *p = qa_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *qa_strdup(qa_arena *a, const char *s)
{
    return qa_strndup(a, s, strlen(s));
}

char *qa_printf(qa_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return qa_strdup(a, "");
    char *p = qa_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *qa_grow(qa_arena *a, void *array, size_t elem_size, size_t *cap,
              size_t need)
{
    if (need <= *cap)
        return array;
    size_t n = *cap ? *cap : 4;
    while (n < need)
        n *= 2;
    void *p = qa_alloc(a, n * elem_size);
    if (array)
        memcpy(p, array, *cap * elem_size);
    *cap = n;
    return p;
}

void qa_buf_put(qa_buf *b, const void *data, size_t n)
{
    if (b->cap - b->len < n + 1) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap - b->len < n + 1)
            cap *= 2;
        char *grown = qa_xrealloc(b->data, cap);
        qa_scope_buf_moved(b->data, grown);
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void qa_buf_puts(qa_buf *b, const char *s)
{
    qa_buf_put(b, s, strlen(s));
}

char *qa_buf_take(qa_buf *b)
{
    char *data = b->data;
    qa_scope_buf_moved(data, NULL);
    *b = (qa_buf){0};
    return data;
}

void qa_buf_free(qa_buf *b)
{
    qa_scope_buf_moved(b->data, NULL);
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}
