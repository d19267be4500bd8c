/* fr.c - French: the words the reader measures lines with (lang.h). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "au", "aux", "avec", "ce", "ces", "comme", "dans", "de", "des", "du",
    "elle", "en", "est", "et", "il", "je", "la", "le", "les", "leur", "mais",
    "ne", "nous", "on", "ou", "par", "pas", "plus", "pour", "qu", "que",
    "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "vous", "y",
    "à", "été", "être",
};

static const char *const openers[] = {
    "combien", "comment", "dois", "doit", "est", "faut", "où", "peut",
    "peuvent", "pour", "pourquoi", "puis", "quand", "que", "quel", "quelle",
    "quelles", "quels", "qui", "quoi", "à",
};

static const char *const ui_words[] = {
    "abonner", "accueil", "activer", "afficher", "aller", "appuyez",
    "chargement", "cliquez", "commentaires", "compte", "conditions",
    "connecter", "connexion", "contact", "contenu", "cookies", "courriel",
    "demande", "droits", "envoyer", "fermer", "image", "imprimer",
    "inscription", "jour", "lettre", "lire", "masquer", "menu", "mis",
    "navigation", "ouvrir", "panier", "partager", "plus", "politique",
    "principal", "précédent", "publié", "recherche", "rechercher", "retour",
    "répondre", "réservés", "suivant", "suivre", "utile", "voter",
};

static const char *const labels[] = {
    "notre réponse", "q", "question", "r", "reponse", "réponse",
};

static const char *const open_words[] = {
    "au", "aux", "avec", "dans", "de", "des", "du", "en", "et", "la", "le",
    "les", "ou", "par", "pour", "sur", "un", "une", "vos", "votre",
};

const qa_lang qa_lang_fr = {"fr", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words)};
