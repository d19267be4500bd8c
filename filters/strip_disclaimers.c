/* strip_disclaimers.c - removes the sentences in which an answer speaks as
 * an AI or disclaims expertise (off by default).
 *
 * Works on the entries lint flagged as persona.  A sentence goes when it
 * holds a persona phrase; a paragraph left empty goes too.  An answer that
 * would be left with nothing is kept whole and reported: nothing is ever
 * emptied silently. */
#include "filters.h"

#include <string.h>

/* End of the sentence starting at s: after ". ", "! " or "? ", or the end. */
static const char *sentence_end(const char *s)
{
    for (const char *p = s; *p; p++)
        if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || !p[1]))
            return p[1] ? p + 2 : p + 1;
    return s + strlen(s);
}

/* Text without its persona sentences; counts them in *removed. */
static char *strip(qa_doc *doc, const char *text, size_t *removed)
{
    char *out = qa_alloc(doc->arena, strlen(text) + 1), *w = out;
    for (const char *s = text; *s;) {
        const char *end = sentence_end(s);
        /* Only this sentence is searched: searching to the end of the
         * text for every sentence was quadratic. */
        if (qa_persona_phrase_in(s, end)) {
            (*removed)++;
        } else {
            memcpy(w, s, (size_t)(end - s));
            w += end - s;
        }
        s = end;
    }
    while (w > out && w[-1] == ' ')
        w--;
    *w = '\0';
    return out;
}

static void strip_entry(qa_doc *doc, qa_entry *e)
{
    qa_blocks *a = &e->answer;
    const char **texts = qa_alloc(doc->arena, (a->n + 1) * sizeof *texts);
    size_t removed = 0, left = 0;
    for (size_t k = 0; k < a->n; k++) {
        texts[k] = a->v[k].type == QA_BLOCK_PARAGRAPH
                       ? strip(doc, a->v[k].text, &removed) : NULL;
        left += !texts[k] || *texts[k];
    }
    if (!removed)
        return;
    if (left == 0) {
        qa_diag_add(doc, QA_WARNING, "disclaimer-kept", e->line,
                    "the answer to %s is only a disclaimer; kept whole", e->id);
        return;
    }
    size_t kept = 0;
    for (size_t k = 0; k < a->n; k++) {
        if (texts[k] && !*texts[k])
            continue;
        a->v[kept] = a->v[k];
        if (texts[k])
            a->v[kept].text = texts[k];
        kept++;
    }
    a->n = kept;
    qa_diag_add(doc, QA_INFO, "disclaimer-removed", e->line,
                "removed %zu disclaimer sentence%s from the answer to %s",
                removed, removed == 1 ? "" : "s", e->id);
}

void qa_filter_strip_disclaimers(qa_docs *docs)
{
    for (size_t d = 0; d < docs->n; d++) {
        qa_doc *doc = docs->v[d];
        for (size_t i = 0; i < doc->n_entries; i++)
            if (doc->entries[i].flags & QA_FLAG_PERSONA)
                strip_entry(doc, &doc->entries[i]);
    }
}
