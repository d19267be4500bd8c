/* ht.c - Haitian Creole: the words the reader measures lines with (lang.h).
 * Pages write its words with and without their accents ("avèk",
 * "avek"), and its short pronouns alone ("m", "w"). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "ak", "an", "ankò", "anpil", "anvan", "ap", "apre", "avan", "avek",
    "avèk", "ba", "bay", "bezwen", "byen", "dapre", "de", "depi", "dwe", "e",
    "epi", "fè", "gen", "genyen", "ka", "kapab", "ke", "ki", "konsa", "kote",
    "kòm", "la", "lan", "li", "lè", "lòt", "m", "men", "mwen", "nan", "ni",
    "nou", "oswa", "ou", "pa", "pandan", "paske", "pi", "plis", "pou", "pral",
    "sa", "se", "si", "sou", "tankou", "te", "tou", "tout", "vle", "w", "yo",
    "yon",
};

static const char *const openers[] = {
    "eske", "ki", "kibò", "kijan", "kilè", "kilès", "kisa", "kiyes", "kiyès",
    "konbyen", "kote", "kouman", "kòman", "poukisa", "èske",
};

static const char *const ui_words[] = {
    "abòne", "akèy", "chèche", "enprime", "enskri", "fèmen", "itil", "konekte",
    "kontak", "kontakte", "kòmantè", "louvri", "meni", "pataje", "pwochen",
    "rechèch", "retounen", "tounen",
};

static const char *const labels[] = {
    "k", "kesyon", "r", "repons",
};

static const char *const open_words[] = {
    "a", "ak", "avek", "avèk", "de", "epi", "ki", "nan", "oswa", "pou", "sou",
    "yon",
};

static const qa_phrase furniture[] = {
    {"abòne", QA_SIGNUP},
    {"aksepte", QA_CONSENT},
    {"aksepte tout", QA_CONSENT},
    {"aksesibilite", QA_FOOTER},
    {"akèy", QA_HEADER},
    {"ale nan kontni prensipal la", QA_CHROME},
    {"atik ki gen rapò", QA_LINKS | QA_TRAILER},
    {"chèche", QA_HEADER},
    {"dakò", QA_CONSENT},
    {"dat piblikasyon", QA_STAMP},
    {"dènye mizajou", QA_STAMP},
    {"dènye revizyon", QA_STAMP},
    {"enprime", QA_CHROME},
    {"enprime paj sa a", QA_CHROME},
    {"enskri", QA_SIGNUP},
    {"eske atik sa a te itil", QA_CHROME},
    {"eske enfòmasyon sa a te itil", QA_CHROME},
    {"eske paj sa a te itil", QA_CHROME},
    {"fèmen", QA_HEADER},
    {"kite yon kòmantè", QA_TRAILER},
    {"kondisyon itilizasyon", QA_FOOTER},
    {"konekte", QA_HEADER},
    {"konsènan nou", QA_FOOTER},
    {"kontakte nou", QA_FOOTER},
    {"kòmantè", QA_TRAILER},
    {"li plis", QA_LINKS},
    {"li tou", QA_LINKS},
    {"meni", QA_HEADER},
    {"mete ajou", QA_STAMP},
    {"mizajou", QA_STAMP},
    {"mwen dakò", QA_CONSENT},
    {"mèsi pou kòmantè ou", QA_CHROME},
    {"ou gen lòt kesyon", QA_TRAILER},
    {"paj akèy", QA_HEADER},
    {"pataje", QA_CHROME},
    {"pibliye", QA_STAMP},
    {"politik konfidansyalite", QA_FOOTER},
    {"rechèch", QA_HEADER},
    {"refize", QA_CONSENT},
    {"retounen anlè", QA_CHROME},
    {"tounen anlè", QA_CHROME},
    {"wi non", QA_CHROME},
    {"èske atik sa a te itil", QA_CHROME},
    {"èske enfòmasyon sa a te itil", QA_CHROME},
    {"èske paj sa a te itil", QA_CHROME},
};

static const char *const months[] = {
    "avril", "desanm", "fevriye", "janvye", "jen", "jiyè", "jiyèt", "mas",
    "me", "novanm", "oktòb", "out", "septanm",
};

static const char *const faq_names[] = {
    "faq",
    "kesyon ak repons",
    "kesyon moun mande souvan",
    "kesyon moun poze souvan",
    "kesyon yo mande souvan",
    "kesyon yo poze souvan",
};

const qa_lang qa_lang_ht = {"ht", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words), QA_LANG_WORDS(furniture),
    QA_LANG_WORDS(months),
    QA_LANG_WORDS(faq_names)};
