/* pt.c - Portuguese: the words the reader measures lines with (lang.h). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos",
    "e", "ela", "ele", "em", "entre", "essa", "esse", "está", "foi", "for",
    "isso", "mais", "mas", "na", "nas", "no", "nos", "não", "o", "os", "ou",
    "para", "pela", "pelo", "por", "que", "se", "sem", "ser", "seu", "sua",
    "são", "também", "tem", "um", "uma", "à", "é",
};

static const char *const openers[] = {
    "como", "o", "onde", "os", "para", "pode", "por", "posso", "preciso",
    "quais", "qual", "quando", "quanto", "quantos", "que", "quem", "é",
};

const qa_lang qa_lang_pt = {"pt", QA_LANG_WORDS(stop_words),
                              QA_LANG_WORDS(openers)};
