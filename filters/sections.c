/* sections.c - the role of each paragraph of an answer: the first is the
 * lead, closers such as "In conclusion," or "Overall," are the summary,
 * the rest is body.  (Several pages in one file are told apart by the
 * readers: read_pages.c.) */
#include "filters.h"

#include <string.h>
#include <strings.h>

static bool is_closer(const char *text)
{
    static const char *const closers[] = {
        "in conclusion", "overall,", "in summary", "to summarize",
        "to sum up", "in short,", "ultimately,", "in closing", "all in all"};
    for (size_t i = 0; i < sizeof closers / sizeof *closers; i++)
        if (strncasecmp(text, closers[i], strlen(closers[i])) == 0)
            return true;
    return false;
}

static void assign_roles(qa_doc *doc)
{
    for (size_t i = 0; i < doc->n_entries; i++) {
        bool first = true;
        qa_blocks *a = &doc->entries[i].answer;
        for (size_t k = 0; k < a->n; k++) {
            qa_block *b = &a->v[k];
            if (b->type != QA_BLOCK_PARAGRAPH)
                continue;
            b->role = first ? QA_ROLE_LEAD
                      : is_closer(b->text) ? QA_ROLE_SUMMARY : QA_ROLE_BODY;
            first = false;
        }
    }
}

void qa_filter_sections(qa_docs *docs)
{
    for (size_t d = 0; d < docs->n; d++)
        assign_roles(docs->v[d]);
}
