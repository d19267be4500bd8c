/* labels.c - "Legal assistance: Victims may ..." -> label "Legal
 * assistance" and text "Victims may ...".
 *
 * Only where the part before the colon reads as a label: short (at most
 * eight words and 60 bytes), starting with a capital, without sentence
 * punctuation, and followed by text that starts a sentence of its own.
 * "Note: the office closes early." keeps its colon. */
#include "filters.h"

#include <ctype.h>
#include <string.h>

#define LABEL_MAX_BYTES 60
#define LABEL_MAX_WORDS 8

static size_t count_words(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
    return n;
}

/* A capital letter (ASCII or any multi-byte letter), a digit or a quote. */
static bool starts_sentence(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return isupper(c) || isdigit(c) || c == '"' || c >= 0xC0;
}

static void split_label(qa_doc *doc, qa_item *it)
{
    const char *s = it->text;
    const char *colon = strchr(s, ':');
    if (it->label || !colon || colon == s || colon - s > LABEL_MAX_BYTES ||
        colon[1] != ' ')
        return;
    size_t at = (size_t)(colon - s);
    if (count_words(s, at) > LABEL_MAX_WORDS || !starts_sentence(s) ||
        strcspn(s, ".?!;") < at)
        return;
    const char *rest = colon + 2;
    while (*rest == ' ')
        rest++;
    if (!*rest || !starts_sentence(rest))
        return;
    it->label = qa_strndup(doc->arena, s, at);
    it->text = rest;
}

static void label_list(qa_doc *doc, qa_list *list)
{
    for (size_t i = 0; i < list->n_items; i++) {
        split_label(doc, &list->items[i]);
        if (list->items[i].sublist)
            label_list(doc, list->items[i].sublist);
    }
}

static void label_blocks(qa_doc *doc, qa_blocks *blocks)
{
    for (size_t i = 0; i < blocks->n; i++)
        if (blocks->v[i].type == QA_BLOCK_LIST)
            label_list(doc, &blocks->v[i].list);
}

void qa_filter_labels(qa_docs *docs)
{
    for (size_t d = 0; d < docs->n; d++) {
        qa_doc *doc = docs->v[d];
        label_blocks(doc, &doc->preamble);
        for (size_t i = 0; i < doc->n_entries; i++)
            label_blocks(doc, &doc->entries[i].answer);
    }
}
