/* filters.c - the registry of built-in filters, in their default order:
 * text is cleaned first, paragraphs get roles before numbering, and
 * lint reports on the final structure before disclaimers may go. */
#include "filters.h"

#include <string.h>

const qa_filter qa_filters[] = {
    {"text", "normalise white space and Unicode (NFC), repair mojibake",
     "mojibake", true, qa_filter_text},
    {"sections", "give answer paragraphs a role: lead, body, summary", "",
     true, qa_filter_sections},
    {"numbering", "number questions 1, 2, 3 ...; mend split lists; find "
     "footnote digits", "renumbered list-merged footnote-digit", true,
     qa_filter_numbering},
    {"labels", "split \"Label: text\" list items into label and text", "",
     true, qa_filter_labels},
    {"lint", "report persona and off-topic answers, empty answers and "
     "cut-off questions", "persona off-topic empty-answer cut-off", true,
     qa_filter_lint},
    {"strip-disclaimers", "remove sentences that speak as an AI or disclaim "
     "expertise", "disclaimer-removed disclaimer-kept", false,
     qa_filter_strip_disclaimers},
    {NULL, NULL, NULL, false, NULL},
};

const qa_filter *qa_filter_find(const char *name)
{
    for (const qa_filter *f = qa_filters; f->name; f++)
        if (strcmp(f->name, name) == 0)
            return f;
    return NULL;
}
