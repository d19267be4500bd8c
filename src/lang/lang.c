/* lang.c - the language tables and their lookup. */
#include "lang.h"

#include <string.h>

const qa_lang *const qa_langs[] = {&qa_lang_en, &qa_lang_es, &qa_lang_fr,
                                   &qa_lang_pt, &qa_lang_ja, &qa_lang_ko,
                                   &qa_lang_zh, NULL};

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
