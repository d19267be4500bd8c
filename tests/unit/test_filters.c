/* test_filters.c - the built-in filters, each on small documents. */
#include "harness.h"
#include "qaconv.h"

#include <stdlib.h>

/* Reads text and runs one filter (or, with name NULL, the default chain). */
static qa_docs run(const char *text, const char *name)
{
    qa_docs docs = {0};
    qa_docs_push(&docs, qa_read_text(text, strlen(text), "t.txt", NULL));
    for (const qa_filter *f = qa_filters; f->name; f++)
        if (name ? strcmp(f->name, name) == 0 : f->on_by_default)
            f->run(&docs);
    return docs;
}

/* Reads text and cuts it into its pages, as qaconv reads a text file. */
static qa_docs pages_of(const char *text)
{
    qa_docs docs = {0};
    qa_split_pages(qa_read_text(text, strlen(text), "t.txt", NULL), &docs);
    return docs;
}

static size_t count_diags(const qa_docs *docs, const char *code)
{
    size_t n = 0;
    for (size_t d = 0; d < docs->n; d++)
        for (size_t i = 0; i < docs->v[d]->n_diags; i++)
            n += strcmp(docs->v[d]->diags[i].code, code) == 0;
    return n;
}

static const qa_item *item(const qa_doc *d, size_t e, size_t b, size_t i)
{
    return &d->entries[e].answer.v[b].list.items[i];
}

static void registry_lists_each_filter_once(void)
{
    size_t n = 0, on = 0;
    for (const qa_filter *f = qa_filters; f->name; f++, n++) {
        on += f->on_by_default;
        CHECK(qa_filter_find(f->name) == f);
        CHECK(f->description && *f->description);
    }
    CHECK(n == 6);
    CHECK(on == n - 1); /* all but strip-disclaimers */
    CHECK(!qa_filter_find("strip-disclaimers")->on_by_default);
    CHECK(qa_filter_find("no-such-filter") == NULL);
}

static void labels_split_only_real_labels(void)
{
    qa_docs docs = run("1. What helps?\n\n"
                       "1. Legal assistance: Victims may get a lawyer.\n"
                       "2. Note: the office closes early.\n"
                       "3. You should ask them what this means for your family: Call.\n"
                       "4. Housing: \xC3\x89tats-Unis programs help.\n", "labels");
    const qa_doc *d = docs.v[0];
    CHECK_STR(item(d, 0, 0, 0)->label, "Legal assistance");
    CHECK_STR(item(d, 0, 0, 0)->text, "Victims may get a lawyer.");
    CHECK(item(d, 0, 0, 1)->label == NULL);
    CHECK(item(d, 0, 0, 2)->label == NULL); /* nine words: a sentence */
    CHECK_STR(item(d, 0, 0, 3)->label, "Housing");
    qa_docs_free(&docs);
}

static void text_repairs_mojibake_and_spaces(void)
{
    /* "It’s" saved as Windows-1252 and read as UTF-8: "Itâ€™s" */
    qa_docs docs = run("1. Is  it\xC2\xA0" "free?\n\nIt\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s "
                       "free \xE2\x80\x94 caf\x65\xCC\x81 included.\n", "text");
    const qa_doc *d = docs.v[0];
    CHECK_STR(d->entries[0].question, "Is it free?");
    CHECK_STR(d->entries[0].answer.v[0].text,
              "It\xE2\x80\x99s free \xE2\x80\x94 caf\xC3\xA9 included.");
    CHECK(count_diags(&docs, "mojibake") == 1);
    qa_docs_free(&docs);
}

static void text_leaves_real_accents(void)
{
    qa_docs docs = run("1. Qu\xC3\xA9 es?\n\nA\xC3\xB1o \xC3\x82 la carte.\n", "text");
    CHECK_STR(docs.v[0]->entries[0].answer.v[0].text,
              "A\xC3\xB1o \xC3\x82 la carte.");
    CHECK(count_diags(&docs, "mojibake") == 0);
    qa_docs_free(&docs);
}

static void sections_split_pages(void)
{
    qa_docs docs = pages_of(
        "Categories OhioState Regulations and Laws\n\nParks in Ohio\n\n"
        "1. Are parks free?\n\nYes, most are.\n\n"
        "2. Are dogs allowed?\n\nOn a leash.\n\n"
        "Categories IowaState Regulations and Laws\n\nLakes in Iowa\n\n"
        "1. Can I swim?\n\nIn summer.\n\n"
        "2. Can I fish?\n\nWith a license.\n");
    CHECK(docs.n == 2);
    if (docs.n == 2) {
        CHECK_STR(docs.v[0]->title, "Parks in Ohio");
        CHECK(docs.v[0]->n_entries == 2);
        CHECK(docs.v[0]->entries[1].answer.n == 1); /* header lines moved */
        CHECK_STR(docs.v[1]->title, "Lakes in Iowa");
        CHECK(docs.v[1]->n_categories == 2);
        CHECK_STR(docs.v[1]->categories[0], "Iowa");
        CHECK(docs.v[1]->n_entries == 2);
        CHECK_STR(docs.v[1]->entries[0].question, "Can I swim?");
    }
    CHECK(count_diags(&docs, "page-split") == 1);
    qa_docs_free(&docs);
}

static void sections_keep_one_page(void)
{
    /* Numbering restarts, but no title precedes it: one page. */
    qa_docs docs = pages_of(
        "1. One?\n\nYes.\n\n2. Two?\n\nNo.\n\n1. Again?\n\nMaybe.\n");
    CHECK(docs.n == 1);
    qa_docs_free(&docs);
}

/* Pages without breadcrumbs: a title before a restart starts a page. */
static void sections_split_pages_without_breadcrumb(void)
{
    qa_docs docs = pages_of(
        "Parks in Ohio\n\n1. Are parks free?\n\nYes.\n\n"
        "2. Are dogs allowed?\n\nOn a leash.\n\n"
        "Lakes in Iowa\n\n1. Can I swim?\n\nIn summer.\n\n"
        "2. Can I fish?\n\nWith a license.\n");
    CHECK(docs.n == 2);
    if (docs.n == 2)
        CHECK_STR(docs.v[1]->title, "Lakes in Iowa");
    qa_docs_free(&docs);
}

/* Section headings whose questions are numbered from 1 again are one
 * page: on a page with a breadcrumb (the next page would have its own),
 * and on a page that opens its first questions under such a heading. */
static void sections_keep_section_headings(void)
{
    static const char *const pages[] = {
        "Home > Immigration > Refugees\n\nRefugee FAQ\n\n"
        "1. What is it?\n\nA program.\n\n2. Who runs it?\n\nThe state.\n\n"
        "Benefits\n\n1. Can I work?\n\nYes.\n\n2. Is there aid?\n\nYes.\n",
        "Refugee FAQ\n\nGeneral\n\n"
        "1. What is it?\n\nA program.\n\n2. Who runs it?\n\nThe state.\n\n"
        "Benefits\n\n1. Can I work?\n\nYes.\n\n2. Is there aid?\n\nYes.\n",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        qa_docs docs = pages_of(pages[i]);
        CHECK(docs.n == 1);
        CHECK_STR(docs.v[0]->title, "Refugee FAQ");
        CHECK(docs.v[0]->n_entries == 4);
        CHECK(count_diags(&docs, "page-split") == 0);
        qa_docs_free(&docs);
    }
}

/* A how-to page, then its own FAQ numbered from 1 under a heading that
 * names no subject: one page. */
static void sections_keep_a_page_with_its_faq(void)
{
    qa_docs docs = pages_of(
        "Renewing a Permit\n"
        "Renewing a Permit. What to do when it runs out.\n"
        "1. If Your Permit Expired Recently\n"
        "File the renewal form within a year. The fee may be waived.\n"
        "2. If Your Permit Expired Long Ago\n"
        "You may have to apply again from the start.\n"
        "3. Filing After You Move\n"
        "Update your address first, then file online.\n"
        "Frequently Asked Questions (FAQs)\n"
        "1. Can I work while I wait?\nYes, with your receipt.\n"
        "2. Is there a fee waiver?\nYes, for low incomes.\n");
    CHECK(docs.n == 1);
    if (docs.n == 1)
        CHECK(docs.v[0]->n_entries == 5);
    CHECK(count_diags(&docs, "page-split") == 0);
    qa_docs_free(&docs);
}

static void sections_give_roles(void)
{
    qa_docs docs = run("1. Why?\n\nBecause.\n\nMore detail.\n\n"
                       "In conclusion, that is why.\n", "sections");
    const qa_blocks *a = &docs.v[0]->entries[0].answer;
    CHECK(a->v[0].role == QA_ROLE_LEAD);
    CHECK(a->v[1].role == QA_ROLE_BODY);
    CHECK(a->v[2].role == QA_ROLE_SUMMARY);
    qa_docs_free(&docs);
}

static void numbering_renumbers_questions(void)
{
    qa_docs docs = run("1. One?\n\nA.\n\n2. Two?\n\nB.\n\n4. Four?\n\nC.\n\n"
                       "4. Again four?\n\nD.\n", "numbering");
    const qa_doc *d = docs.v[0];
    CHECK(d->n_entries == 4);
    for (size_t i = 0; i < d->n_entries; i++)
        CHECK(d->entries[i].number == (long)i + 1);
    CHECK(count_diags(&docs, "renumbered") == 1); /* 4 -> 3; the next 4 stays */
    qa_docs_free(&docs);
}

static void numbering_merges_split_list(void)
{
    qa_docs docs = run("1. What steps?\n\nFollow these.\n\n1. Fill in the form.\n"
                       "2. Sign it.\nThen wait a day.\n3. Mail it.\n\nDone.\n",
                       "numbering");
    const qa_blocks *a = &docs.v[0]->entries[0].answer;
    CHECK(a->n == 3);
    CHECK(a->n == 3 && a->v[1].list.n_items == 3);
    CHECK(count_diags(&docs, "list-merged") == 1);
    qa_docs_free(&docs);
}

static void numbering_finds_footnote_digits(void)
{
    qa_docs docs = run("1. Who?\n\nResidents of the state.1 Others too.2\n",
                       "numbering");
    CHECK(count_diags(&docs, "footnote-digit") == 1);
    CHECK(docs.v[0]->entries[0].answer.n == 1);
    qa_docs_free(&docs);
}

static void lint_flags_persona_and_off_topic(void)
{
    qa_docs docs = run("Parks in Ohio\n\n1. Are parks free?\n\n"
                       "As an AI, I cannot have opinions on parks.\n\n"
                       "2. What does DACA offer?\n\nTemporary Protected Status (TPS) "
                       "gives relief. TPS holders may work. TPS lasts a while.\n\n"
                       "3. Are dogs allowed?\n\nDogs are allowed on a leash.\n\n"
                       "4. What about", "lint");
    const qa_doc *d = docs.v[0];
    CHECK(d->entries[0].flags & QA_FLAG_PERSONA);
    CHECK(d->entries[1].flags & QA_FLAG_OFF_TOPIC);
    CHECK(!(d->entries[2].flags & (QA_FLAG_PERSONA | QA_FLAG_OFF_TOPIC)));
    CHECK(d->entries[3].flags & QA_FLAG_EMPTY_ANSWER);
    CHECK(count_diags(&docs, "cut-off") == 1);
    qa_docs_free(&docs);
}

static void strip_disclaimers_never_empties(void)
{
    qa_docs docs = run("1. Are parks free?\n\nAs an AI, I cannot say. Most parks "
                       "are free.\n\n2. Why?\n\nAs an AI, I cannot hold views on "
                       "parks.\n", NULL);
    qa_filter_find("strip-disclaimers")->run(&docs);
    const qa_doc *d = docs.v[0];
    CHECK_STR(d->entries[0].answer.v[0].text, "Most parks are free.");
    CHECK(d->entries[1].answer.n == 1); /* kept whole, and reported */
    CHECK(count_diags(&docs, "disclaimer-removed") == 1);
    CHECK(count_diags(&docs, "disclaimer-kept") == 1);
    qa_docs_free(&docs);
}

int main(void)
{
    registry_lists_each_filter_once();
    labels_split_only_real_labels();
    text_repairs_mojibake_and_spaces();
    text_leaves_real_accents();
    sections_split_pages();
    sections_keep_one_page();
    sections_split_pages_without_breadcrumb();
    sections_keep_section_headings();
    sections_keep_a_page_with_its_faq();
    sections_give_roles();
    numbering_renumbers_questions();
    numbering_merges_split_list();
    numbering_finds_footnote_digits();
    lint_flags_persona_and_off_topic();
    strip_disclaimers_never_empties();
    return HARNESS_DONE();
}
