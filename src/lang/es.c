/* es.c - Spanish: the words the reader measures lines with (lang.h). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "al", "algo", "como", "con", "cual", "cuando", "de", "del", "desde",
    "donde", "durante", "el", "ella", "en", "entre", "es", "esta", "este",
    "esto", "fue", "ha", "hay", "la", "las", "le", "lo", "los", "mas", "me",
    "mi", "muy", "no", "o", "para", "pero", "por", "porque", "que", "se",
    "ser", "si", "sin", "sobre", "su", "sus", "también", "te", "tiene", "un",
    "una", "uno", "y", "ya",
};

static const char *const openers[] = {
    "como", "cual", "cuales", "cuando", "cuanto", "cuantos", "cuál", "cuáles",
    "cuándo", "cuánto", "cuántos", "cómo", "debo", "dónde", "es", "hay",
    "necesito", "para", "por", "puede", "puedo", "quién", "quiénes", "qué",
    "se", "son", "tengo",
};

const qa_lang qa_lang_es = {"es", QA_LANG_WORDS(stop_words),
                              QA_LANG_WORDS(openers)};
