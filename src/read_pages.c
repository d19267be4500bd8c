/* read_pages.c - several pages in one file.
 *
 * A file may hold several pages one after the other, each with its own
 * breadcrumb or title and question numbers starting again at 1.  A reader
 * sees one page whose numbering restarts, with the next page's header
 * lines left at the end of the answer before the restart.  Where
 * numbering restarts at 1 and that answer ends in such lines (short, no
 * sentence punctuation), the document is cut there: the header lines
 * become the new document's breadcrumb and title.  A page with section
 * headings may restart its numbering under each; those stay one page
 * (see pages_without_breadcrumb). */
#include "qaconv.h"
#include "read_text.h"

#include <stdlib.h>
#include <string.h>

#define HEADER_MAX_WORDS 25

static bool header_like(const qa_block *b)
{
    if (b->type != QA_BLOCK_PARAGRAPH || !*b->text)
        return false;
    size_t len = strlen(b->text), words = 1;
    char last = b->text[len - 1];
    for (const char *p = b->text; *p; p++)
        words += *p == ' ';
    return words <= HEADER_MAX_WORDS && !strchr(".!?:;,", last);
}

/* Documents own their arenas: a page cut from doc gets its own copy of
 * every list it takes. */
static void copy_list(qa_doc *page, qa_list *list)
{
    qa_item *items = qa_alloc(page->arena, list->n_items * sizeof *items + 1);
    for (size_t i = 0; i < list->n_items; i++) {
        items[i] = list->items[i];
        items[i].text = qa_strdup(page->arena, items[i].text);
        if (items[i].label)
            items[i].label = qa_strdup(page->arena, items[i].label);
        if (items[i].sublist) {
            qa_list *sub = qa_alloc(page->arena, sizeof *sub);
            *sub = *items[i].sublist;
            copy_list(page, sub);
            items[i].sublist = sub;
        }
    }
    list->items = items;
    list->cap_items = list->n_items;
}

static void copy_entry(qa_doc *page, const qa_entry *src)
{
    qa_entry *e = qa_doc_add_entry(page, src->number,
                                   qa_strdup(page->arena, src->question),
                                   src->line);
    e->flags = src->flags;
    if (src->section)
        e->section = qa_strdup(page->arena, src->section);
    for (size_t k = 0; k < src->answer.n; k++) {
        const qa_block *b = &src->answer.v[k];
        qa_block *nb = qa_blocks_add(page, &e->answer, b->type, b->line);
        nb->role = b->role;
        if (b->type == QA_BLOCK_PARAGRAPH) {
            nb->text = qa_strdup(page->arena, b->text);
        } else {
            nb->list = b->list;
            copy_list(page, &nb->list);
        }
    }
}

/* A page cut from a document: where it starts, and its title line. */
typedef struct cut_page {
    qa_doc *doc;
    size_t line;       /* first line of the page (breadcrumb or title) */
    size_t title_line;
} cut_page;

/* A new, empty page of the same source as doc. */
static qa_doc *new_page(const qa_doc *doc)
{
    qa_doc *page = qa_doc_new();
    page->language = qa_strdup(page->arena, doc->language);
    page->language_stated = doc->language_stated;
    page->source = doc->source;
    page->source.name = qa_strdup(page->arena, doc->source.name);
    page->source.title = qa_strdup(page->arena, doc->source.title);
    return page;
}

/* Moves entries [from, n) of doc to page. */
static void move_entries(qa_doc *doc, qa_doc *page, size_t from)
{
    for (size_t i = from; i < doc->n_entries; i++)
        copy_entry(page, &doc->entries[i]);
    doc->n_entries = from;
}

/* Pages of one site carry one header: when the file's first page has a
 * breadcrumb, so does every page after it.  A line before a restart with
 * no breadcrumb is then a section heading of the same page ("Benefits",
 * its questions numbered from 1 again), as it is on a page that opens its
 * first questions under such a heading. */
static bool pages_without_breadcrumb(const qa_doc *doc)
{
    const qa_blocks *pre = &doc->preamble;
    return doc->n_categories == 0 &&
           !(pre->n > 0 && header_like(&pre->v[pre->n - 1])) &&
           !(doc->n_entries > 0 && doc->entries[0].section);
}

/* "Frequently Asked Questions", "FAQs", "Common Questions": a heading
 * that names no subject opens a page's own FAQ section, never a page. */
static bool generic_heading(const char *text)
{
    static const char *const names[] = {
        "frequentlyaskedquestions", "frequentlyaskedquestionsfaq",
        "frequentlyaskedquestionsfaqs", "faq", "faqs", "commonquestions",
        "commonlyaskedquestions", "questionsandanswers", "qa",
        "preguntasfrecuentes"};
    char letters[40];
    size_t n = 0;
    for (const char *p = text; *p; p++) {
        char c = (char)(*p | 0x20);
        if (c >= 'a' && c <= 'z') {
            if (n + 1 == sizeof letters)
                return false;
            letters[n++] = c;
        }
    }
    letters[n] = '\0';
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(letters, names[i]) == 0)
            return true;
    return false;
}

/* Splits doc at its last numbering restart that follows a page title
 * (with a breadcrumb before it, or without one on a file whose pages have
 * none); returns true and the new page, which goes after doc, in *out. */
static bool split_last(qa_doc *doc, cut_page *out)
{
    for (size_t i = doc->n_entries; i-- > 1;) {
        qa_entry *e = &doc->entries[i], *prev = &doc->entries[i - 1];
        qa_blocks *a = &prev->answer;
        if (e->number != 1 || prev->number <= 1)
            continue;
        /* The title: the heading the reader saw over the restart, or the
         * answer's last line; the answer keeps a block at least. */
        const char *title = e->section;
        size_t title_line = e->line, kept = a->n;
        if (!title) {
            if (a->n < 2 || !header_like(&a->v[a->n - 1]))
                continue;
            title = a->v[--kept].text;
            title_line = a->v[kept].line;
        }
        if (generic_heading(title))
            continue;
        const qa_block *crumb = kept >= 2 ? &a->v[kept - 1] : NULL;
        qa_doc *page = new_page(doc);
        bool has_crumb = crumb && header_like(crumb) &&
                         qa_breadcrumb_read(page, crumb->text, true);
        if (!has_crumb && !pages_without_breadcrumb(doc)) {
            qa_doc_free(page);
            continue;
        }
        move_entries(doc, page, i);
        page->entries[0].section = NULL;
        page->title = qa_strdup(page->arena, title);
        *out = (cut_page){page, has_crumb ? crumb->line : title_line,
                          title_line};
        a->n = kept - (has_crumb ? 1 : 0);
        return true;
    }
    return false;
}

/* Gives each page the diagnostics from its first line on (pages in
 * document order), keeping the rest in doc, in one pass over them. */
static void move_diags(qa_doc *doc, const cut_page *pages, size_t n)
{
    size_t kept = 0;
    for (size_t i = 0; i < doc->n_diags; i++) {
        const qa_diag *d = &doc->diags[i];
        size_t lo = 0, hi = n; /* pages[lo..hi) may start at or before d */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (pages[mid].line <= d->line)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == 0)
            doc->diags[kept++] = *d;
        else {
            qa_doc *page = pages[lo - 1].doc;
            qa_diag_add(page, d->severity, d->code, d->line, "%s", d->message);
            page->diags[page->n_diags - 1].carried = d->carried;
        }
    }
    doc->n_diags = kept;
    for (size_t k = 0; k < n; k++)
        qa_diag_add(pages[k].doc, QA_INFO, "page-split", pages[k].title_line,
                    "a new page starts here (\"%s\"); written as its own "
                    "document", pages[k].doc->title);
}

/* Pages are cut from the end of the document, then put in order; every
 * step is linear in the number of pages, however many there are. */
void qa_split_pages(qa_doc *doc, qa_docs *out)
{
    cut_page *pages = NULL;
    size_t n = 0, cap = 0;
    cut_page page;
    while (split_last(doc, &page)) {
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            pages = qa_xrealloc(pages, cap * sizeof *pages);
        }
        pages[n++] = page;
    }
    for (size_t k = 0; k < n / 2; k++) { /* last page first: reverse */
        cut_page t = pages[k];
        pages[k] = pages[n - 1 - k];
        pages[n - 1 - k] = t;
    }
    move_diags(doc, pages, n);
    qa_docs_push(out, doc);
    for (size_t k = 0; k < n; k++)
        qa_docs_push(out, pages[k].doc);
    free(pages);
}
