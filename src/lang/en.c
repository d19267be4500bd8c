/* en.c - English: the words the reader measures lines with (lang.h). */
#include "lang.h"

static const char *const stop_words[] = {
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "but", "by", "can", "could", "did",
    "do", "does", "for", "from", "had", "has", "have", "he", "her", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "may", "me", "more",
    "my", "no", "not", "of", "on", "or", "our", "out", "she", "should", "so",
    "some", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "to", "up", "us", "was", "we", "were", "what", "when",
    "where", "which", "who", "will", "with", "would", "you", "your",
};

static const char *const openers[] = {
    "am", "are", "can", "could", "did", "do", "does", "has", "have", "how",
    "i", "if", "is", "may", "must", "shall", "should", "was", "were", "what",
    "when", "where", "which", "who", "whom", "whose", "why", "will", "would",
};

static const char *const ui_words[] = {
    "account", "back", "breadcrumb", "cart", "click", "close", "collapse",
    "comments", "contact", "content", "cookies", "copyright", "email",
    "enable", "enter", "expand", "facebook", "follow", "footer", "header",
    "helpful", "hide", "home", "icon", "image", "instagram", "javascript",
    "linkedin", "loading", "log", "login", "main", "menu", "more",
    "navigation", "newsletter", "next", "open", "options", "policy", "posted",
    "press", "previous", "print", "privacy", "rate", "read", "register",
    "reply", "request", "reserved", "rights", "search", "select", "share",
    "show", "sidebar", "sign", "skip", "submit", "subscribe", "tab", "tap",
    "terms", "toggle", "toolbar", "twitter", "updated", "views", "vote",
    "youtube",
};

static const char *const labels[] = {
    "a", "ans", "answer", "our answer", "q", "q&a", "question",
};

static const char *const open_words[] = {
    "a", "an", "and", "as", "at", "by", "for", "from", "her", "his", "in",
    "into", "its", "of", "on", "or", "our", "than", "that", "the", "their",
    "to", "with", "your",
};

const qa_lang qa_lang_en = {"en", QA_LANG_WORDS(stop_words),
    QA_LANG_WORDS(openers), QA_LANG_WORDS(ui_words), QA_LANG_WORDS(labels),
    QA_LANG_WORDS(open_words)};
