/* tl.c - Tagalog: the words the reader measures lines with (lang.h).
 * A hyphen goes from a phrase's bare words ("mag-iwan" reads
 * "magiwan"); the reader's words part at it ("mag", "iwan"). */
#include "lang.h"

static const char *const stop_words[] = {
    "aking", "ako", "amin", "aming", "ang", "at", "atin", "ating", "ay", "ba",
    "bago", "dahil", "din", "dito", "doon", "habang", "hindi", "iba", "ikaw",
    "inyong", "isang", "ito", "iyan", "iyon", "iyong", "ka", "kami",
    "kanilang", "kanyang", "kapag", "kasi", "kay", "kayo", "ko", "kung",
    "lahat", "lamang", "lang", "mas", "may", "mayroon", "mga", "mo", "na",
    "naman", "namin", "nang", "natin", "ng", "nga", "ngunit", "ni", "nila",
    "ninyo", "nito", "niya", "o", "pa", "pag", "para", "pero", "po", "rin",
    "sa", "si", "sila", "siya", "tayo", "upang", "wala", "yun", "yung",
};

static const char *const openers[] = {
    "alin", "ano", "anong", "bakit", "gaano", "ilan", "kailan", "magkano",
    "paano", "saan", "sino", "sinong",
};

static const char *const ui_words[] = {
    "basahin", "buksan", "bumalik", "hanapin", "ibahagi", "isara", "komento",
    "kontakin", "maghanap", "magrehistro", "nakaraan", "pumasok", "susunod",
};

static const char *const labels[] = {
    "s", "sagot", "t", "tanong",
};

static const char *const open_words[] = {
    "ang", "at", "dahil", "kay", "kung", "mga", "ng", "ni", "o", "para", "sa",
    "si", "upang",
};

static const qa_phrase furniture[] = {
    {"balik sa itaas", QA_CHROME},
    {"basahin din", QA_LINKS},
    {"bumalik sa itaas", QA_CHROME},
    {"hanapin", QA_HEADER},
    {"huling binago", QA_STAMP},
    {"huling naupdate", QA_STAMP},
    {"ibahagi", QA_CHROME},
    {"inilathala", QA_STAMP},
    {"iprint", QA_CHROME},
    {"iprint ang pahinang ito", QA_CHROME},
    {"isara", QA_HEADER},
    {"lumaktaw sa nilalaman", QA_CHROME},
    {"lumaktaw sa pangunahing nilalaman", QA_CHROME},
    {"magbasa pa", QA_LINKS},
    {"maghanap", QA_HEADER},
    {"magiwan ng komento", QA_TRAILER},
    {"maglog in", QA_HEADER},
    {"magparehistro", QA_SIGNUP},
    {"magsubscribe", QA_SIGNUP},
    {"makipagugnayan sa amin", QA_FOOTER},
    {"may iba ka pang tanong", QA_TRAILER},
    {"mga kaugnay na artikulo", QA_LINKS | QA_TRAILER},
    {"mga komento", QA_TRAILER},
    {"mga tuntunin at kundisyon", QA_FOOTER},
    {"mga tuntunin ng paggamit", QA_FOOTER},
    {"naipost noong", QA_STAMP},
    {"nakatulong ba ang artikulong ito", QA_CHROME},
    {"nakatulong ba ang impormasyong ito", QA_CHROME},
    {"nakatulong ba ang pahinang ito", QA_CHROME},
    {"nakatulong ba ito", QA_CHROME},
    {"naupdate", QA_STAMP},
    {"oo hindi", QA_CHROME},
    {"patakaran sa pagkapribado", QA_FOOTER},
    {"patakaran sa privacy", QA_FOOTER},
    {"pumunta sa nilalaman", QA_CHROME},
    {"salamat sa iyong feedback", QA_CHROME},
    {"sumasangayon ako", QA_CONSENT},
    {"tanggapin", QA_CONSENT},
    {"tanggapin ang lahat", QA_CONSENT},
    {"tanggapin lahat", QA_CONSENT},
    {"tanggihan", QA_CONSENT},
    {"tungkol sa amin", QA_FOOTER},
};

static const char *const months[] = {
    "abr", "abril", "ago", "agosto", "dis", "disyembre", "ene", "enero", "hul",
    "hulyo", "hun", "hunyo", "mar", "marso", "mayo", "nob", "nobyembre", "okt",
    "oktubre", "peb", "pebrero", "set", "setyembre",
};

static const char *const faq_names[] = {
    "faq",
    "karaniwang tanong",
    "madalas itanong",
    "madalas na itanong",
    "madalas na tanong",
    "tanong at sagot",
};

const qa_lang qa_lang_tl = {"tl", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words), QA_LANG_WORDS(furniture),
    QA_LANG_WORDS(months),
    QA_LANG_WORDS(faq_names)};
