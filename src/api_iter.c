/* api_iter.c - the public iterator: a document in reading order, each
 * node entered and then left, as cmark_iter walks a tree.  Its stack is
 * as deep as the document (lists nest), measured once by qaconv_iter_new,
 * so that qaconv_iter_next never allocates. */
#include "api.h"

typedef struct frame {
    qaconv_node_kind kind;
    const void *node;
    size_t next; /* the child to visit next */
} frame;

struct qaconv_iter {
    const qaconv_mem *mem;
    const qa_doc *doc;
    qaconv_event last; /* DONE before the first call */
    size_t depth;
    frame stack[]; /* as many as the document is deep */
};

static size_t list_depth(const qa_list *l)
{
    size_t deepest = 0;
    for (size_t i = 0; l && i < l->n_items; i++) {
        size_t d = list_depth(l->items[i].sublist);
        deepest = d > deepest ? d : deepest;
    }
    return l && l->n_items ? deepest + 1 : 0;
}

static size_t blocks_depth(const qa_blocks *bs)
{
    size_t deepest = 0;
    for (size_t i = 0; i < bs->n; i++) {
        size_t d = bs->v[i].type == QA_BLOCK_LIST ? list_depth(&bs->v[i].list)
                                                  : 0;
        deepest = d > deepest ? d : deepest;
    }
    return deepest + 1;
}

/* Frames the walk of doc needs: the document, an entry or the preamble,
 * a block, and the items nested in it. */
static size_t doc_depth(const qa_doc *doc)
{
    size_t deepest = blocks_depth(&doc->preamble);
    for (size_t i = 0; i < doc->n_entries; i++) {
        size_t d = blocks_depth(&doc->entries[i].answer);
        deepest = d > deepest ? d : deepest;
    }
    return deepest + 2;
}

qaconv_iter *qaconv_iter_new(const qaconv_doc *doc)
{
    if (!doc)
        return NULL;
    const qaconv_mem *mem = qa_arena_mem(doc->arena);
    size_t depth = doc_depth(doc);
    qaconv_iter *it = mem->calloc(1, sizeof *it + depth * sizeof(frame));
    if (!it)
        return NULL;
    it->mem = mem;
    it->doc = doc;
    return it;
}

void qaconv_iter_free(qaconv_iter *it)
{
    if (it)
        it->mem->free(it);
}

/* Child i of f, or false past the last. */
static bool child(const qa_doc *doc, const frame *f, size_t i, frame *out)
{
    const qa_blocks *blocks = NULL;
    const qa_list *items = NULL;
    *out = (frame){QACONV_NODE_BLOCK, NULL, 0};
    switch (f->kind) {
    case QACONV_NODE_DOC:
        if (doc->preamble.n > 0 && i-- == 0) {
            *out = (frame){QACONV_NODE_PREAMBLE, &doc->preamble, 0};
            return true;
        }
        if (i >= doc->n_entries)
            return false;
        *out = (frame){QACONV_NODE_ENTRY, &doc->entries[i], 0};
        return true;
    case QACONV_NODE_PREAMBLE:
        blocks = f->node;
        break;
    case QACONV_NODE_ENTRY:
        blocks = &((const qa_entry *)f->node)->answer;
        break;
    case QACONV_NODE_BLOCK: {
        const qa_block *b = f->node;
        items = b->type == QA_BLOCK_LIST ? &b->list : NULL;
        break;
    }
    case QACONV_NODE_ITEM:
        items = ((const qa_item *)f->node)->sublist;
        break;
    }
    if (blocks && i < blocks->n) {
        *out = (frame){QACONV_NODE_BLOCK, &blocks->v[i], 0};
        return true;
    }
    if (items && i < items->n_items) {
        *out = (frame){QACONV_NODE_ITEM, &items->items[i], 0};
        return true;
    }
    return false;
}

qaconv_event qaconv_iter_next(qaconv_iter *it)
{
    if (!it)
        return QACONV_EVENT_DONE;
    if (it->last == QACONV_EVENT_DONE) {
        if (it->depth > 0) /* the walk is over */
            return QACONV_EVENT_DONE;
        it->stack[it->depth++] = (frame){QACONV_NODE_DOC, it->doc, 0};
        return it->last = QACONV_EVENT_ENTER;
    }
    if (it->last == QACONV_EVENT_EXIT && --it->depth == 0) {
        it->depth = 1; /* the document stays the node at the end */
        return it->last = QACONV_EVENT_DONE;
    }
    frame *top = &it->stack[it->depth - 1], next;
    if (child(it->doc, top, top->next, &next)) {
        top->next++;
        it->stack[it->depth++] = next;
        return it->last = QACONV_EVENT_ENTER;
    }
    return it->last = QACONV_EVENT_EXIT;
}

qaconv_node_kind qaconv_iter_kind(const qaconv_iter *it)
{
    return it && it->depth ? it->stack[it->depth - 1].kind : QACONV_NODE_DOC;
}

static const void *node_of(const qaconv_iter *it, qaconv_node_kind kind)
{
    return it && it->depth && it->stack[it->depth - 1].kind == kind
               ? it->stack[it->depth - 1].node
               : NULL;
}

const qaconv_entry *qaconv_iter_entry(const qaconv_iter *it)
{
    return node_of(it, QACONV_NODE_ENTRY);
}

const qaconv_block *qaconv_iter_block(const qaconv_iter *it)
{
    return node_of(it, QACONV_NODE_BLOCK);
}

const qaconv_item *qaconv_iter_item(const qaconv_iter *it)
{
    return node_of(it, QACONV_NODE_ITEM);
}
