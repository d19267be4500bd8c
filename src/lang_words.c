/* lang_words.c - the words qaconv adds to outputs, one row per language.
 *
 * To add a language, add a row: the primary subtag of its BCP 47 tag and
 * the words.  A document whose language has no row gets English. */
#include "lang_words.h"

#include <stddef.h>
#include <string.h>
#include <strings.h>

static const qa_words rows[] = {
    {"en", "The source page was cut off here; the rest of this answer is "
           "missing."},
    {"es", "La p\xC3\xA1gina de origen se cort\xC3\xB3 aqu\xC3\xAD; falta el "
           "resto de esta respuesta."},
    {"fr", "La page d\xE2\x80\x99origine s\xE2\x80\x99interrompt ici\xC2\xA0; "
           "la suite de cette r\xC3\xA9ponse manque."},
    {"pt", "A p\xC3\xA1gina de origem foi cortada aqui; falta o resto desta "
           "resposta."},
};

/* Length of the primary subtag of lang ("pt" of "pt-BR"). */
static size_t primary_len(const char *lang)
{
    return lang ? strcspn(lang, "-_") : 0;
}

const qa_words *qa_words_for(const char *lang)
{
    size_t len = primary_len(lang);
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        if (len == strlen(rows[i].lang) &&
            strncasecmp(lang, rows[i].lang, len) == 0)
            return &rows[i];
    return &rows[0];
}

bool qa_words_is_truncated_notice(const char *s)
{
    for (size_t i = 0; s && i < sizeof rows / sizeof *rows; i++)
        if (strcmp(s, rows[i].truncated) == 0)
            return true;
    return false;
}

bool qa_lang_is_rtl(const char *lang)
{
    static const char *const rtl[] = {"ar", "arc", "ckb", "dv", "fa", "he",
                                      "ks", "ps", "sd", "syr", "ug", "ur",
                                      "yi"};
    static const char *const scripts[] = {"arab", "hebr", "syrc", "thaa"};
    size_t len = primary_len(lang);
    const char *sub = lang ? lang + len : NULL;
    if (sub && *sub && strcspn(sub + 1, "-_") == 4) { /* a script decides */
        for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++)
            if (strncasecmp(sub + 1, scripts[i], 4) == 0)
                return true;
        return false; /* "az-Latn", "ks-Deva" */
    }
    for (size_t i = 0; i < sizeof rtl / sizeof *rtl; i++)
        if (len == strlen(rtl[i]) && strncasecmp(lang, rtl[i], len) == 0)
            return true;
    return false;
}
