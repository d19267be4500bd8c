/* numbering.c - numbers that mean what they say.
 *
 * - Questions run 1, 2, 3 ... : a gap, a repeat or a step back is
 *   renumbered, each reported with its line.  Pages whose questions carry
 *   no numbers keep none.
 * - A numbered list interrupted by one stray paragraph and continued with
 *   the next number is one list: the paragraph joins the item before it.
 * - Footnote digits glued to a sentence end ("in the state.1 Other") are
 *   reported: they are not list numbers, and may be stray references. */
#include "filters.h"

#include <ctype.h>
#include <string.h>

/* N of an entry id "qN", or 0. */
static long id_number(const char *id)
{
    if (!id || id[0] != 'q' || id[1] < '1' || id[1] > '9' || strlen(id) > 19)
        return 0;
    long n = 0;
    for (const char *p = id + 1; *p; p++) {
        if (!isdigit((unsigned char)*p))
            return 0;
        n = n * 10 + (*p - '0');
    }
    return n;
}

/* A question takes the number after the one before it, unless its number
 * is the one its id carries ("q5" numbered 5) and still goes up: entries
 * dropped by a filter leave a gap that ids and numbers agree on, and
 * closing it would break both the references partners keep and the
 * numbers printed.  A page read from text has ids q1, q2, ... in order,
 * so there a gap is always renumbered. */
static void renumber(qa_doc *doc)
{
    size_t numbered = 0;
    for (size_t i = 0; i < doc->n_entries; i++)
        numbered += doc->entries[i].number != 0;
    if (numbered * 2 < doc->n_entries)
        return; /* an unnumbered page */
    long prev = 0;
    for (size_t i = 0; i < doc->n_entries; i++) {
        qa_entry *e = &doc->entries[i];
        long want = prev + 1;
        if (e->number > prev && e->number == id_number(e->id))
            want = e->number;
        prev = want;
        if (e->number == want)
            continue;
        if (e->number)
            qa_diag_add(doc, QA_WARNING, "renumbered", e->line,
                        "question numbered %ld renumbered %ld", e->number, want);
        else
            qa_diag_add(doc, QA_WARNING, "renumbered", e->line,
                        "unnumbered question numbered %ld", want);
        e->number = want;
    }
}

static long last_number(const qa_list *l)
{
    return l->n_items ? l->items[l->n_items - 1].number : 0;
}

/* [list, paragraph, list] at v where the second list continues the
 * first's numbering: one list at v[0], the paragraph part of the item
 * before it; v[1] and v[2] are then spent. */
static bool merge_three(qa_doc *doc, qa_block *v)
{
    qa_block *l1 = &v[0], *p = &v[1], *l2 = &v[2];
    if (l1->type != QA_BLOCK_LIST || p->type != QA_BLOCK_PARAGRAPH ||
        l2->type != QA_BLOCK_LIST || !l1->list.ordered || !l2->list.ordered ||
        !l1->list.n_items || !l2->list.n_items ||
        l2->list.items[0].number != last_number(&l1->list) + 1 ||
        last_number(&l1->list) == 0)
        return false;
    qa_item *last = &l1->list.items[l1->list.n_items - 1];
    last->text = qa_printf(doc->arena, "%s %s", last->text, p->text);
    for (size_t i = 0; i < l2->list.n_items; i++) {
        qa_item *it = qa_list_add(doc, &l1->list, l2->list.items[i].text,
                                  l2->list.items[i].line);
        *it = l2->list.items[i];
    }
    qa_diag_add(doc, QA_WARNING, "list-merged", p->line,
                "a paragraph interrupted a numbered list that goes on at %ld; "
                "kept as one list", l2->list.items[0].number);
    return true;
}

/* One pass: each block is kept after the ones before it, and the last
 * three kept merge as soon as they can, so that a list that goes on
 * after many paragraphs costs no more than it has blocks. */
static void merge_lists(qa_doc *doc, qa_blocks *a)
{
    size_t kept = 0;
    for (size_t k = 0; k < a->n; k++) {
        a->v[kept++] = a->v[k];
        while (kept >= 3 && merge_three(doc, &a->v[kept - 3]))
            kept -= 2;
    }
    a->n = kept;
}

/* "state.1 Other" or "asylee.2" at the end: a letter, sentence
 * punctuation, then one or two digits standing alone. */
static void find_footnotes(qa_doc *doc, const char *text, size_t line)
{
    size_t n = 0;
    for (const char *p = text; (p = strpbrk(p, ".,;")) != NULL; p++) {
        if (p == text || !isalpha((unsigned char)p[-1]) ||
            !isdigit((unsigned char)p[1]))
            continue;
        size_t digits = isdigit((unsigned char)p[2]) ? 2 : 1;
        char after = p[1 + digits];
        if (after == '\0' || after == ' ')
            n++;
    }
    if (n)
        qa_diag_add(doc, QA_INFO, "footnote-digit", line,
                    "%zu footnote digit%s glued to a sentence end (\"state.1\")",
                    n, n == 1 ? "" : "s");
}

static void scan_blocks(qa_doc *doc, const qa_blocks *a)
{
    for (size_t k = 0; k < a->n; k++) {
        const qa_block *b = &a->v[k];
        if (b->type == QA_BLOCK_PARAGRAPH)
            find_footnotes(doc, b->text, b->line);
        else
            for (size_t i = 0; i < b->list.n_items; i++)
                find_footnotes(doc, b->list.items[i].text, b->list.items[i].line);
    }
}

void qa_filter_numbering(qa_docs *docs)
{
    for (size_t d = 0; d < docs->n; d++) {
        qa_doc *doc = docs->v[d];
        renumber(doc);
        for (size_t i = 0; i < doc->n_entries; i++) {
            merge_lists(doc, &doc->entries[i].answer);
            scan_blocks(doc, &doc->entries[i].answer);
        }
    }
}
