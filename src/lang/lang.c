/* lang.c - the language tables and their lookup. */
#include "lang.h"

#include <stdlib.h>
#include <string.h>

const qa_lang *const qa_langs[QA_N_LANGS + 1] = {
    &qa_lang_en, &qa_lang_es, &qa_lang_fr, &qa_lang_pt, &qa_lang_ja,
    &qa_lang_ko, &qa_lang_zh, &qa_lang_de, &qa_lang_it, &qa_lang_nl,
    &qa_lang_ar, &qa_lang_vi, &qa_lang_ht, &qa_lang_ru, &qa_lang_tl, NULL};

static int phrase_cmp(const void *key, const void *member)
{
    return strcmp(key, ((const qa_phrase *)member)->words);
}

unsigned qa_lang_furniture(const char *w)
{
    unsigned kinds = 0;
    for (size_t k = 0; qa_langs[k]; k++) {
        const qa_lang *g = qa_langs[k];
        const qa_phrase *p = g->n_furniture
                                 ? bsearch(w, g->furniture, g->n_furniture,
                                           sizeof *g->furniture, phrase_cmp)
                                 : NULL;
        kinds |= p ? p->kinds : 0;
    }
    return kinds;
}

bool qa_lang_names_faq(const char *w)
{
    for (size_t k = 0; qa_langs[k]; k++)
        for (size_t i = 0; i < qa_langs[k]->n_faq_names; i++) {
            const char *name = qa_langs[k]->faq_names[i];
            size_t n = strlen(name);
            for (const char *at = strstr(w, name); at; at = strstr(at + 1, name))
                if ((at == w || at[-1] == ' ') &&
                    (at[n] == '\0' || at[n] == ' '))
                    return true;
        }
    return false;
}

bool qa_lang_has(const char *const *list, size_t n, const char *word,
                 size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        /* the first bytes tell most words apart without a call */
        int c = (unsigned char)list[mid][0] - (unsigned char)word[0];
        if (c == 0)
            c = strncmp(list[mid], word, len);
        if (c == 0 && list[mid][len] != '\0')
            c = 1; /* list[mid] is longer: it sorts after word */
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}
