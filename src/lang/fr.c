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

static const qa_phrase furniture[] = {
    {"accepter", QA_CONSENT},
    {"accepter et fermer", QA_CONSENT},
    {"accepter tout", QA_CONSENT},
    {"accessibilité", QA_FOOTER},
    {"aller au contenu", QA_HEADER},
    {"aller au contenu principal", QA_HEADER},
    {"articles liés", QA_LINKS | QA_TRAILER},
    {"articles similaires", QA_LINKS | QA_TRAILER},
    {"cet article vous atil été utile", QA_CHROME},
    {"cette page vous atelle été utile", QA_CHROME},
    {"cette réponse vous atelle été utile", QA_CHROME},
    {"commentaires", QA_TRAILER},
    {"conditions générales", QA_FOOTER},
    {"conditions générales dutilisation", QA_FOOTER},
    {"contacteznous", QA_FOOTER},
    {"continuer sans accepter", QA_CONSENT},
    {"dernière mise à jour", QA_STAMP},
    {"fermer", QA_HEADER},
    {"gestion des cookies", QA_FOOTER},
    {"haut de page", QA_CHROME},
    {"imprimer", QA_CHROME},
    {"laisser un commentaire", QA_TRAILER},
    {"lire aussi", QA_LINKS},
    {"mentions légales", QA_FOOTER},
    {"mis à jour", QA_STAMP},
    {"mis à jour le", QA_STAMP},
    {"nous contacter", QA_FOOTER},
    {"oui non", QA_CHROME},
    {"paramétrer les cookies", QA_CONSENT},
    {"partager", QA_CHROME},
    {"passer au contenu", QA_HEADER},
    {"plan du site", QA_FOOTER},
    {"politique de confidentialité", QA_FOOTER},
    {"publicité", QA_CHROME},
    {"publié le", QA_STAMP},
    {"rechercher", QA_HEADER},
    {"refuser", QA_CONSENT},
    {"retour aux questions", QA_CHROME},
    {"retour en haut", QA_CHROME},
    {"retour en haut de page", QA_CHROME},
    {"retour à la faq", QA_CHROME},
    {"sabonner", QA_SIGNUP},
    {"se connecter", QA_HEADER},
    {"tout accepter", QA_CONSENT},
    {"tout afficher", QA_CHROME},
    {"tout masquer", QA_CHROME},
    {"tout refuser", QA_CONSENT},
    {"voir la réponse", QA_CHROME},
    {"vous aimerez aussi", QA_LINKS | QA_TRAILER},
    {"à lire aussi", QA_LINKS},
};

static const char *const months[] = {
    "août", "avr", "avril", "déc", "décembre", "févr", "février", "janv",
    "janvier", "juil", "juillet", "juin", "mai", "mars", "nov", "novembre",
    "oct", "octobre", "sept", "septembre",
};

static const char *const faq_names[] = {
    "foire aux questions",
    "questions et réponses",
    "questions fréquentes",
    "questions réponses",
};

const qa_lang qa_lang_fr = {"fr", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words), QA_LANG_WORDS(furniture),
    QA_LANG_WORDS(months),
    QA_LANG_WORDS(faq_names)};
