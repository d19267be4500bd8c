/* strip_disclaimers.c - removes the sentences in which an answer speaks as
 * an AI or disclaims expertise (off by default).
 *
 * Works on the entries lint flagged as persona.  A sentence goes when it
 * holds a persona phrase (lint.c's list: "As an AI ...", "My knowledge
 * does not cover ...", "I cannot provide legal advice", "I don't have
 * access to ...") or is the AI's talk about its own answer ("However, I
 * can share general information"); a paragraph left empty goes too.  A
 * sentence that followed a removed one loses the connective that tied it
 * to it ("However, there are ..." -> "There are ..."), so that no answer
 * opens on a dangling "However,".  An answer that would be left with
 * nothing is kept whole and reported: nothing is ever emptied silently.
 * Once no persona phrase is left, the entry's persona flag and lint's
 * warning about it go as well. */
#include "filters.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

/* Sentences that only talk about the answer to come; in an answer that
 * speaks as an AI they say nothing once the disclaimer is gone.  Lower
 * case, matched at the start of a word. */
static const char *const meta_phrases[] = {
    "i can share", "i can provide a general", "i can provide some general",
    "i can provide general", "i can offer some general", "i can offer general",
    "i can give you a general", "i can give you some general",
    "based on my expertise", "based on my knowledge", "based on my training",
    "i hope this helps",
};

/* Words that tie a sentence to the one before it, with what follows them. */
static const char *const connectives[] = {
    "however, ", "that said, ", "that being said, ", "with that said, ",
    "having said that, ", "still, ", "nevertheless, ", "nonetheless, ",
    "even so, ", "but ", "yet, ", "instead, ", "regardless, ", "anyway, ",
    "that said ", "however ",
};

/* End of the sentence starting at s: after ". ", "! " or "? ", or the end. */
static const char *sentence_end(const char *s)
{
    for (const char *p = s; *p; p++)
        if ((*p == '.' || *p == '!' || *p == '?') && (p[1] == ' ' || !p[1]))
            return p[1] ? p + 2 : p + 1;
    return s + strlen(s);
}

static bool has_phrase(const char *s, const char *end, const char *phrase)
{
    size_t n = strlen(phrase);
    for (const char *p = s; p + n <= end; p++)
        if ((p == s || !isalpha((unsigned char)p[-1])) &&
            strncasecmp(p, phrase, n) == 0)
            return true;
    return false;
}

static bool is_disclaimer(const char *s, const char *end)
{
    /* Only this sentence is searched: searching to the end of the text for
     * every sentence was quadratic. */
    if (qa_persona_phrase_in(s, end))
        return true;
    for (size_t i = 0; i < sizeof meta_phrases / sizeof *meta_phrases; i++)
        if (has_phrase(s, end, meta_phrases[i]))
            return true;
    return false;
}

/* Bytes of s taken by a connective that opens it, or 0. */
static size_t connective(const char *s)
{
    for (size_t i = 0; i < sizeof connectives / sizeof *connectives; i++) {
        size_t n = strlen(connectives[i]);
        if (strncasecmp(s, connectives[i], n) == 0 && s[n] && s[n] != ' ')
            return n;
    }
    return 0;
}

/* Appends s[0..n) to *w with its first letter in upper case (utf8proc, so
 * "état" gives "État"). */
static void put_capitalised(char **w, const char *s, size_t n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s,
                                            (utf8proc_ssize_t)n, &cp);
    if (len > 0 && utf8proc_islower(cp)) {
        utf8proc_uint8_t up[4];
        utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(cp), up);
        if (m > 0 && m <= len) { /* never longer than the room it had */
            memcpy(*w, up, (size_t)m);
            *w += m;
            s += len;
            n -= (size_t)len;
        }
    }
    memcpy(*w, s, n);
    *w += n;
}

/* Text without its disclaimer sentences; counts them in *removed.
 * *after_removed: the sentence before this text (in this paragraph or
 * the one before) was removed; updated for the text that follows. */
static char *strip(qa_doc *doc, const char *text, size_t *removed,
                   bool *after_removed)
{
    char *out = qa_alloc(doc->arena, strlen(text) + 1), *w = out;
    for (const char *s = text; *s;) {
        const char *end = sentence_end(s);
        if (is_disclaimer(s, end)) {
            (*removed)++;
            *after_removed = true;
        } else if (*after_removed && connective(s)) {
            size_t skip = connective(s);
            put_capitalised(&w, s + skip, (size_t)(end - s) - skip);
            *after_removed = false;
        } else {
            memcpy(w, s, (size_t)(end - s));
            w += end - s;
            *after_removed = false;
        }
        s = end;
    }
    while (w > out && w[-1] == ' ')
        w--;
    *w = '\0';
    return out;
}

/* Removes lint's persona warnings about e (and any carried in). */
static void drop_persona_diags(qa_doc *doc, const qa_entry *e)
{
    const char *about = qa_printf(doc->arena, "the answer to %s ", e->id);
    size_t n = strlen(about), kept = 0;
    for (size_t i = 0; i < doc->n_diags; i++) {
        const qa_diag *d = &doc->diags[i];
        if (strcmp(d->code, "persona") == 0 &&
            strncmp(d->message, about, n) == 0)
            continue;
        doc->diags[kept++] = *d;
    }
    doc->n_diags = kept;
}

static void strip_entry(qa_doc *doc, qa_entry *e)
{
    qa_blocks *a = &e->answer;
    const char **texts = qa_alloc(doc->arena, (a->n + 1) * sizeof *texts);
    size_t removed = 0, left = 0;
    bool after_removed = false;
    for (size_t k = 0; k < a->n; k++) {
        if (a->v[k].type == QA_BLOCK_PARAGRAPH) {
            texts[k] = strip(doc, a->v[k].text, &removed, &after_removed);
        } else {
            texts[k] = NULL;
            after_removed = false;
        }
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
    bool had_lead = false, has_lead = false;
    for (size_t k = 0; k < a->n; k++) {
        had_lead |= a->v[k].role == QA_ROLE_LEAD;
        if (texts[k] && !*texts[k])
            continue;
        a->v[kept] = a->v[k];
        if (texts[k])
            a->v[kept].text = texts[k];
        has_lead |= a->v[kept].role == QA_ROLE_LEAD;
        kept++;
    }
    a->n = kept;
    /* The lead paragraph went: the first one left leads now. */
    for (size_t k = 0; k < a->n && had_lead && !has_lead; k++)
        if (a->v[k].type == QA_BLOCK_PARAGRAPH) {
            a->v[k].role = QA_ROLE_LEAD;
            has_lead = true;
        }
    bool persona_left = false;
    for (size_t k = 0; k < a->n && !persona_left; k++)
        persona_left = a->v[k].type == QA_BLOCK_PARAGRAPH &&
                       qa_persona_phrase(a->v[k].text);
    if (!persona_left) {
        e->flags &= ~(unsigned)QA_FLAG_PERSONA;
        drop_persona_diags(doc, e);
    }
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
