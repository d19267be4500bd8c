/* lint.c - content problems an editor should see; reports only.
 *
 * - persona: the answer speaks as an AI or as an expert disclaiming the
 *   subject ("As an expert in TPS, my expertise lies in ...", "As an AI,
 *   I am not able to ...");
 * - off-topic: the answer is about a programme the question and the page
 *   never mention.  It defines an acronym ("Temporary Protected Status
 *   (TPS)") or leans on one (three times or more) found in neither the
 *   question nor the title, and either its first paragraph shares no word
 *   with the question, or the question names an acronym of its own
 *   ("DACA") that the answer never uses;
 * - empty-answer: a question without an answer;
 * - cut-off: the page stops inside the last question.
 * Each finding is a warning with its line and a flag on the entry. */
#define _GNU_SOURCE /* memmem */
#include "filters.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define ACRONYM_MIN_USES 3
#define MAX_ACRONYMS 16
/* Question words compared with an answer: each comparison reads the whole
 * answer, so a bound keeps a hostile question from making it quadratic. */
#define MAX_QUESTION_WORDS 64

/* Lower case; "'" stands for either apostrophe (' or U+2019), and a
 * final "$" for the end of a word ("as an ai$" is not "as an aid"). */
static const char *const persona_phrases[] = {
    /* speaking as an AI or an expert */
    "as an ai$", "as a language model", "as an expert in", "as an expert on",
    "i am an ai$", "i'm an ai$", "i am a language model",
    "i'm a language model", "my expertise lies", "my expertise is in",
    "my primary function", "i do not specialize",
    "i am not specifically knowledgeable",
    /* what the model knows and when */
    "as of my research", "as of my last", "my knowledge does not",
    "my knowledge doesn't", "my knowledge is limited", "my knowledge cutoff",
    "my knowledge cut-off", "my training data", "my last update",
    /* opinions, access, advice it cannot give */
    "i am not able to have opinions", "i do not have personal opinions",
    "i don't have personal opinions", "i do not have opinions",
    "i don't have opinions", "i do not have access to", "i don't have access to",
    "i do not have real-time", "i don't have real-time",
    "i cannot provide specific", "i cannot provide legal advice",
    "i can't provide legal advice", "i cannot give legal advice",
    "i can't give legal advice", "i am not a lawyer", "i'm not a lawyer",
    "i am not an attorney", "i'm not an attorney",
    "i cannot provide an opinion", "i cannot provide that information",
    "i can't provide that information", "i am not able to provide",
    "i'm not able to provide", "i am unable to provide",
    "i'm unable to provide", "i cannot survey", "i cannot browse",
    /* refusing */
    "i'm sorry, but i", "i am sorry, but i", "i'm sorry, i can",
    "i am sorry, i can", "i apologize for any inconvenience",
    "i apologize, but i",
};

/* Length of the text at p that spells phrase (see persona_phrases), or 0. */
static size_t phrase_at(const char *p, const char *phrase)
{
    const char *q = p;
    for (; *phrase; phrase++) {
        if (*phrase == '$') {
            if (isalnum((unsigned char)*q))
                return 0;
        } else if (*phrase == '\'') {
            if (*q == '\'')
                q++;
            else if (strncmp(q, "\xE2\x80\x99", 3) == 0)
                q += 3;
            else
                return 0;
        } else if (tolower((unsigned char)*q) == *phrase) {
            q++;
        } else {
            return 0;
        }
    }
    return (size_t)(q - p);
}

const char *qa_persona_phrase(const char *text)
{
    return qa_persona_phrase_in(text, text + strlen(text));
}

const char *qa_persona_phrase_in(const char *text, const char *end)
{
    for (const char *p = text; p < end; p++) {
        char c = (char)(*p | 0x20), d = (char)(p[1] | 0x20);
        if (!(c == 'a' && d == 's') && !(c == 'm' && d == 'y') &&
            !(c == 'i' && (p[1] == ' ' || p[1] == '\'' || p[1] == '\xE2')))
            continue; /* every phrase starts "as ", "my ", "i " or "i'" */
        if (p != text && isalpha((unsigned char)p[-1]))
            continue; /* phrases start at a word */
        for (size_t i = 0; i < sizeof persona_phrases / sizeof *persona_phrases;
             i++)
            if (phrase_at(p, persona_phrases[i]))
                return p;
    }
    return NULL;
}

/* First block of the answer whose text speaks as a persona, or NULL. */
static const qa_block *persona_block(const qa_entry *e, const char **phrase)
{
    for (size_t k = 0; k < e->answer.n; k++) {
        const qa_block *b = &e->answer.v[k];
        if (b->type == QA_BLOCK_PARAGRAPH && (*phrase = qa_persona_phrase(b->text)))
            return b;
    }
    return NULL;
}

/* How often word (len bytes) occurs in text as a whole word. */
static size_t count_word(const char *text, const char *word, size_t len)
{
    size_t n = 0;
    const char *end = text + strlen(text);
    for (const char *p = text; (p = memmem(p, (size_t)(end - p), word, len));
         p++)
        if ((p == text || !isalnum((unsigned char)p[-1])) &&
            !isalnum((unsigned char)p[len]))
            n++;
    return n;
}

/* Finds the answer's subject acronym that the topic never names: one
 * defined in parentheses, or used ACRONYM_MIN_USES times or more. */
static bool foreign_acronym(const qa_doc *doc, const qa_entry *e, char *acr,
                      size_t acr_size)
{
    /* Each distinct acronym is counted at most twice (when first seen, and
     * when first seen defined), and only the first few: the work stays
     * linear in the answer's length. */
    char seen[MAX_ACRONYMS][8];
    bool seen_defined[MAX_ACRONYMS];
    size_t n_seen = 0;
    for (size_t k = 0; k < e->answer.n; k++) {
        const qa_block *b = &e->answer.v[k];
        if (b->type != QA_BLOCK_PARAGRAPH)
            continue;
        for (const char *p = b->text; *p; p++) {
            size_t n = 0;
            while (isupper((unsigned char)p[n]))
                n++;
            bool word = (p == b->text || !isalnum((unsigned char)p[-1])) &&
                        !isalnum((unsigned char)p[n]);
            if (n < 2 || n > 6 || !word || n >= acr_size) {
                p += n ? n - 1 : 0;
                continue;
            }
            bool defined = p > b->text && p[-1] == '(' && p[n] == ')';
            size_t j = 0;
            while (j < n_seen && !(strlen(seen[j]) == n &&
                                   memcmp(seen[j], p, n) == 0))
                j++;
            if (j < n_seen && (!defined || seen_defined[j])) {
                p += n - 1;
                continue;
            }
            if (j == n_seen) {
                if (n_seen == MAX_ACRONYMS)
                    return false;
                memcpy(seen[n_seen], p, n);
                seen[n_seen][n] = '\0';
                seen_defined[n_seen++] = false;
            }
            seen_defined[j] |= defined;
            size_t uses = 0;
            for (size_t b2 = 0; b2 < e->answer.n; b2++)
                if (e->answer.v[b2].type == QA_BLOCK_PARAGRAPH)
                    uses += count_word(e->answer.v[b2].text, p, n);
            if ((defined || uses >= ACRONYM_MIN_USES) &&
                !count_word(e->question, p, n) && !count_word(doc->title, p, n)) {
                memcpy(acr, p, n);
                acr[n] = '\0';
                return true;
            }
            p += n - 1;
        }
    }
    return false;
}

static bool is_word_start(const char *text, const char *p)
{
    return p == text || !isalnum((unsigned char)p[-1]);
}

/* Does text hold word (len bytes, any case) as the start of a word? */
static bool has_word_ci(const char *text, const char *word, size_t len)
{
    for (const char *p = text; *p; p++)
        if (is_word_start(text, p) && strncasecmp(p, word, len) == 0)
            return true;
    return false;
}

/* Does text share a content word (five letters or more) with question? */
static bool shares_word(const char *question, const char *text)
{
    static const char *const common[] = {"which", "there", "their", "about",
        "would", "could", "should", "where", "these", "those", "other",
        "being", "state", "specific", "current"};
    size_t compared = 0;
    for (const char *p = question; *p && compared < MAX_QUESTION_WORDS; p++) {
        if (!is_word_start(question, p) || !isalpha((unsigned char)*p))
            continue;
        size_t n = 0;
        while (isalpha((unsigned char)p[n]))
            n++;
        bool skip = n < 5;
        for (size_t i = 0; i < sizeof common / sizeof *common && !skip; i++)
            skip = strlen(common[i]) == n && strncasecmp(p, common[i], n) == 0;
        if (!skip && has_word_ci(text, p, n))
            return true;
        compared += !skip;
        p += n - 1;
    }
    return false;
}

/* An acronym of the question ("DACA") that the answer never uses. */
static bool question_acronym_missing(const qa_entry *e)
{
    const char *q = e->question;
    size_t checked = 0;
    for (const char *p = q; *p && checked < MAX_ACRONYMS; p++) {
        size_t n = 0;
        while (isupper((unsigned char)p[n]))
            n++;
        if (n >= 2 && n <= 6 && is_word_start(q, p) &&
            !isalnum((unsigned char)p[n])) {
            bool used = false;
            for (size_t k = 0; k < e->answer.n && !used; k++)
                used = e->answer.v[k].type == QA_BLOCK_PARAGRAPH &&
                       count_word(e->answer.v[k].text, p, n) > 0;
            if (!used)
                return true;
            checked++;
        }
        p += n ? n - 1 : 0;
    }
    return false;
}

static bool off_topic(const qa_doc *doc, const qa_entry *e, char *acr,
                      size_t acr_size)
{
    if (!foreign_acronym(doc, e, acr, acr_size))
        return false;
    const qa_block *lead = NULL;
    for (size_t k = 0; k < e->answer.n && !lead; k++)
        if (e->answer.v[k].type == QA_BLOCK_PARAGRAPH)
            lead = &e->answer.v[k];
    return (lead && !shares_word(e->question, lead->text)) ||
           question_acronym_missing(e);
}

static void lint_entry(qa_doc *doc, qa_entry *e, bool last)
{
    const char *phrase;
    const qa_block *b = persona_block(e, &phrase);
    if (b) {
        e->flags |= QA_FLAG_PERSONA;
        qa_diag_add(doc, QA_WARNING, "persona", b->line,
                    "the answer to %s speaks as an AI or disclaims expertise "
                    "(\"%.40s\")", e->id, phrase);
    }
    char acr[8];
    if (off_topic(doc, e, acr, sizeof acr)) {
        e->flags |= QA_FLAG_OFF_TOPIC;
        qa_diag_add(doc, QA_WARNING, "off-topic", e->line,
                    "the answer to %s is about %s, which neither the question "
                    "nor the page mentions", e->id, acr);
    }
    if (e->answer.n == 0 && !(e->flags & QA_FLAG_EMPTY_ANSWER)) {
        e->flags |= QA_FLAG_EMPTY_ANSWER;
        qa_diag_add(doc, QA_WARNING, "empty-answer", e->line,
                    "question %s has no answer", e->id);
    }
    size_t qlen = strlen(e->question);
    if (last && e->answer.n == 0 && qlen &&
        !strchr("?.!:)\"", e->question[qlen - 1])) {
        e->flags |= QA_FLAG_TRUNCATED;
        qa_diag_add(doc, QA_WARNING, "cut-off", e->line,
                    "the page stops inside question %s", e->id);
    }
}

void qa_filter_lint(qa_docs *docs)
{
    for (size_t d = 0; d < docs->n; d++) {
        qa_doc *doc = docs->v[d];
        for (size_t i = 0; i < doc->n_entries; i++)
            lint_entry(doc, &doc->entries[i], i + 1 == doc->n_entries);
    }
}
