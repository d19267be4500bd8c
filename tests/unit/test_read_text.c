/* test_read_text.c - the raw-text reader, one layout quirk per test. */
#include "harness.h"
#include "qaconv.h"
#include "meta.h"
#include "read_text.h"
#include "read_text_model.h"
#include "lang/lang.h"

#include <stdlib.h>

static qa_doc *read(const char *text)
{
    return qa_read_text(text, strlen(text), "pages/sample-page.txt", NULL);
}

/* "p L3 p": the shape of an answer, as the page's editors describe it. */
static const char *shape(const qa_entry *e)
{
    static char buf[256];
    size_t n = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < e->answer.n && n < sizeof buf - 16; i++) {
        const qa_block *b = &e->answer.v[i];
        if (b->type == QA_BLOCK_PARAGRAPH)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%sp", i ? " " : "");
        else
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%sL%zu",
                                  i ? " " : "", b->list.n_items);
    }
    return buf;
}

static bool has_diag(const qa_doc *doc, const char *code)
{
    for (size_t i = 0; i < doc->n_diags; i++)
        if (strcmp(doc->diags[i].code, code) == 0)
            return true;
    return false;
}

static const char *item_text(const qa_entry *e, size_t block, size_t item)
{
    if (block >= e->answer.n || e->answer.v[block].type != QA_BLOCK_LIST ||
        item >= e->answer.v[block].list.n_items)
        return NULL;
    return e->answer.v[block].list.items[item].text;
}

static void glued_breadcrumb_and_title(void)
{
    qa_doc *d = read("Categories OhioState Regulations and Laws\n\n"
                     "Parking Permits in Ohio\n\n"
                     "1. Who needs a permit?\n\nEvery resident does.\n");
    CHECK(d->n_categories == 2);
    CHECK_STR(d->categories[0], "Ohio");
    CHECK_STR(d->categories[1], "State Regulations and Laws");
    CHECK_STR(d->title, "Parking Permits in Ohio");
    CHECK(d->n_entries == 1);
    qa_doc_free(d);
}

static void two_word_state_breadcrumb(void)
{
    qa_doc *d = read("New JerseyState Regulations and Laws\n\nBeach Tags\n\n"
                     "1. Where are tags sold?\n\nAt the boardwalk office.\n");
    CHECK(d->n_categories == 2);
    CHECK_STR(d->categories[0], "New Jersey");
    CHECK_STR(d->categories[1], "State Regulations and Laws");
    CHECK_STR(d->title, "Beach Tags");
    qa_doc_free(d);
}

static void non_state_breadcrumb(void)
{
    qa_doc *d = read("PoliticsTemporary Protected Status\n\nVoting Access\n\n"
                     "1. Who may vote?\n\nCitizens over eighteen.\n");
    CHECK(d->n_categories == 2);
    CHECK_STR(d->categories[0], "Politics");
    CHECK_STR(d->categories[1], "Temporary Protected Status");
    qa_doc_free(d);
}

/* A breadcrumb scraped one crumb per line, its separators on lines of
 * their own, blank lines between or not. */
static void breadcrumb_one_crumb_per_line(void)
{
    static const char *const pages[] = {
        "Home\n>\nImmigration\n>\nTPS\n\nTPS in Ohio\n\n"
        "1. What is TPS?\n\nA status.\n",
        "Home\n\n\xC2\xBB\n\nImmigration\n\n\xC2\xBB\n\nTPS\n\n"
        "TPS in Ohio\n\n1. What is TPS?\n\nA status.\n",
        "You are here:\nHome\n/\nImmigration\n/\nTPS\n/\n\nTPS in Ohio\n\n"
        "1. What is TPS?\n\nA status.\n",
        "Categories\nImmigration\nTPS\n\nTPS in Ohio\n\n"
        "1. What is TPS?\n\nA status.\n",
        "Home\nImmigration\nTPS\nTPS in Ohio\n\n"
        "1. What is TPS?\n\nA status.\n",
    };
    for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
        qa_doc *d = read(pages[k]);
        CHECK_STR(d->title, "TPS in Ohio");
        CHECK(d->n_categories == 2);
        if (d->n_categories == 2) {
            CHECK_STR(d->categories[0], "Immigration");
            CHECK_STR(d->categories[1], "TPS");
        }
        CHECK(d->preamble.n == 0);
        CHECK(d->n_entries == 1);
        qa_doc_free(d);
    }
}

/* The front page's crumb alone over the title names no category, nor
 * does the site's menu under it; a title under a line of dashes is no
 * breadcrumb. */
static void lines_that_are_no_breadcrumb(void)
{
    qa_doc *d = read("Home\n\nTPS in Ohio\n\n1. What is TPS?\n\nA status.\n");
    CHECK_STR(d->title, "TPS in Ohio");
    CHECK(d->n_categories == 0);
    qa_doc_free(d);
    d = read("TPS in Ohio\n---\nRenewal Guide\n\n1. What is TPS?\n\n"
             "A status.\n");
    CHECK_STR(d->title, "TPS in Ohio");
    CHECK(d->n_categories == 0);
    qa_doc_free(d);
    d = read("Home\nAbout Us\nServices\nContact Us\n\nTPS FAQs\n\n"
             "1. What is TPS?\n\nA status.\n");
    CHECK_STR(d->title, "TPS FAQs");
    CHECK(d->n_categories == 0);
    CHECK(d->preamble.n == 0);
    CHECK(has_diag(d, "site-furniture"));
    qa_doc_free(d);
    d = read("Home\n|\nAbout Us\n|\nContact\n\nTPS FAQs\n\n"
             "1. What is TPS?\n\nA status.\n");
    CHECK_STR(d->title, "TPS FAQs");
    CHECK(d->n_categories == 0);
    qa_doc_free(d);
    d = read("Immigration\n>\nWhen the agency asks for more evidence, "
             "answer by the date on the notice.\n\nTPS in Ohio\n\n"
             "1. What is TPS?\n\nA status.\n");
    CHECK(d->n_categories == 0);
    qa_doc_free(d);
}

static void title_without_breadcrumb(void)
{
    qa_doc *d = read("DACA FAQs\n\n1. What is it?\n\nA program.\n");
    CHECK(d->n_categories == 0);
    CHECK_STR(d->title, "DACA FAQs");
    qa_doc_free(d);
}

static void no_title_uses_file_name(void)
{
    qa_doc *d = read("1. What is it?\nA program.\n2. Who runs it?\nA city.\n");
    CHECK_STR(d->title, ""); /* the page names itself nothing */
    CHECK_STR(qa_doc_title(d, NULL), "sample page"); /* writers that need one */
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

static void blank_lines_vary(void)
{
    qa_doc *d = read("T\n\n1. One?\nA.\n\n2. Two?\n\nB.\n\n\n"
                     "3. Three?\n\n\nC.\n\n\nD.\n");
    CHECK(d->n_entries == 3);
    CHECK_STR(shape(&d->entries[0]), "p");
    CHECK_STR(shape(&d->entries[1]), "p");
    CHECK_STR(shape(&d->entries[2]), "p p");
    qa_doc_free(d);
}

static void items_run_into_next_question(void)
{
    qa_doc *d = read("1. What should I bring?\n"
                     "1. Bring your identification card.\n"
                     "2. Bring a recent bill.\n"
                     "3. Bring the form.\n"
                     "2. When is the office open?\n"
                     "Weekdays from nine to five.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(shape(&d->entries[0]), "L3");
    CHECK_STR(d->entries[1].question, "When is the office open?");
    CHECK(d->entries[1].number == 2);
    qa_doc_free(d);
}

static void item_numbered_like_next_question(void)
{
    qa_doc *d = read("1. How do I apply?\n\nThere are two steps.\n\n"
                     "1. Fill in the form online.\n\n"
                     "2. The office reviews the form within a week.\n\n"
                     "2. What does it cost?\n\nNothing.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(shape(&d->entries[0]), "p L2");
    CHECK_STR(d->entries[1].question, "What does it cost?");
    qa_doc_free(d);
}

static void list_interrupts_paragraph(void)
{
    qa_doc *d = read("1. What counts as proof?\n\nAny of these documents:\n"
                     "1. A lease.\n2. A utility bill.\nKeep copies.\n");
    CHECK_STR(shape(&d->entries[0]), "p L2 p");
    qa_doc_free(d);
}

static void question_markers(void)
{
    qa_doc *d = read("1) First one?\nAnswer one.\n\nQ2. Second one?\nAnswer two.\n"
                     "\nQuestion 3: Third one?\nAnswer three.\n");
    CHECK(d->n_entries == 3);
    CHECK_STR(d->entries[0].question, "First one?");
    CHECK_STR(d->entries[1].question, "Second one?");
    CHECK_STR(d->entries[2].question, "Third one?");
    CHECK(d->entries[2].number == 3);
    qa_doc_free(d);
}

static void question_without_question_mark(void)
{
    qa_doc *d = read("1. How do I join?\n\nOnline.\n\n"
                     "2. Fees for a replacement card\n\nFive dollars.\n\n"
                     "3. Can I renew by phone?\n\nYes.\n");
    CHECK(d->n_entries == 3);
    CHECK_STR(d->entries[1].question, "Fees for a replacement card");
    qa_doc_free(d);
}

static void unnumbered_questions(void)
{
    qa_doc *d = read("Garden Plots\n\nHow Do I Get A Plot?\n\nApply in March.\n\n"
                     "What Tools Are Provided?\n\n"
                     "1. The shed holds shovels and rakes for everyone.\n"
                     "2. Hoses are attached to each water point.\n");
    CHECK_STR(d->title, "Garden Plots");
    CHECK(d->n_entries == 2);
    CHECK(d->entries[0].number == 0);
    CHECK_STR(shape(&d->entries[1]), "L2");
    qa_doc_free(d);
}

static void numbered_headings(void)
{
    qa_doc *d = read("Travel Guide\n1. Passports\nApply early.\n"
                     "- Form: Use the long form.\n- Fee: It varies.\n"
                     "2. Visas\n- Tourist: Short stays.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(d->entries[0].question, "Passports");
    CHECK_STR(shape(&d->entries[0]), "p L2");
    CHECK(!d->entries[0].answer.v[1].list.ordered);
    qa_doc_free(d);
}

static void bullets(void)
{
    qa_doc *d = read("1. What is accepted?\n\n- Paper\n- Glass\n\n"
                     "2. What is not?\n\n* Bags\n* Hoses\n\n"
                     "3. What else?\n\n\xE2\x80\xA2 Batteries\n"
                     "\xE2\x80\xA2 Paint\n");
    CHECK(d->n_entries == 3);
    for (size_t i = 0; i < 3 && i < d->n_entries; i++)
        CHECK_STR(shape(&d->entries[i]), "L2");
    CHECK_STR(item_text(&d->entries[2], 0, 1), "Paint");
    qa_doc_free(d);
}

static void lettered_sub_items_nest(void)
{
    qa_doc *d = read("1. What must I file?\n\n"
                     "1. The main form, with:\na. your name\nb. your address\n"
                     "2. A copy of your license.\n");
    CHECK_STR(shape(&d->entries[0]), "L2");
    const qa_item *it = &d->entries[0].answer.v[0].list.items[0];
    CHECK(it->sublist && it->sublist->n_items == 2);
    CHECK(it->sublist && it->sublist->ordered);
    qa_doc_free(d);
}

static void no_break_space_and_tab_after_number(void)
{
    qa_doc *d = read("1.\xC2\xA0\xC2\xA0 Is it free?\nYes.\n\n"
                     "2.\tIs it open late?\n1.\tOn Thursdays.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(d->entries[0].question, "Is it free?");
    CHECK_STR(d->entries[1].question, "Is it open late?");
    CHECK_STR(item_text(&d->entries[1], 0, 0), "On Thursdays.");
    qa_doc_free(d);
}

static void line_endings_bom_and_trailing_space(void)
{
    const char *pages[] = {
        "\xEF\xBB\xBFTitle\r\n\r\n1. One?\r\nA.\r\n2. Two?\r\nB.\r\n",
        "Title\r\r1. One?\rA.\r2. Two?\rB.\r",
        "Title   \n\n1. One?   \nA.  \n2. Two?\t\nB.",
    };
    for (size_t i = 0; i < 3; i++) {
        qa_doc *d = read(pages[i]);
        CHECK_STR(d->title, "Title");
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            CHECK_STR(d->entries[0].question, "One?");
            CHECK(d->entries[1].line == 5 || d->entries[1].line == 4);
            CHECK_STR(d->entries[1].answer.v[0].text, "B.");
            CHECK(d->entries[1].flags == 0); /* complete, though no newline */
        }
        qa_doc_free(d);
    }
}

static void cut_off_mid_word(void)
{
    qa_doc *d = read("1. One?\n\nA complete answer.\n\n2. Two?\n\nIt stops in the mi");
    CHECK(d->n_entries == 2);
    CHECK(d->entries[1].flags & QA_FLAG_TRUNCATED);
    CHECK(!(d->entries[0].flags & QA_FLAG_TRUNCATED));
    CHECK(has_diag(d, "truncated"));
    qa_doc_free(d);
}

static void no_question_is_an_error(void)
{
    qa_doc *d = read("Just a paragraph of text.\n\nAnd another one.\n");
    CHECK(d->n_entries == 0);
    CHECK(qa_doc_count_diags(d, QA_ERROR) == 1);
    CHECK(has_diag(d, "no-questions"));
    qa_doc_free(d);
    d = read("");
    CHECK(has_diag(d, "no-questions"));
    qa_doc_free(d);
}

static void labels_stay_in_text(void)
{
    /* Splitting labels is the labels filter's job (test_filters.c): the
     * reader keeps the item as written, without its number. */
    qa_doc *d = read("1. What helps?\n\n1. Legal assistance: Victims may get "
                     "a lawyer.\n");
    CHECK_STR(item_text(&d->entries[0], 0, 0),
              "Legal assistance: Victims may get a lawyer.");
    CHECK(d->entries[0].answer.v[0].list.items[0].number == 1);
    qa_doc_free(d);
}

static void footnote_digits_are_not_items(void)
{
    qa_doc *d = read("1. Who is eligible?\n\nResidents of the state.1 Others "
                     "may qualify.2 About 1.5 million people apply.\n");
    CHECK_STR(shape(&d->entries[0]), "p");
    qa_doc_free(d);
}

static void repeated_title_is_dropped(void)
{
    qa_doc *d = read("Travel Guide\n1. Passports\nApply early.\nTravel Guide\n"
                     "2. Visas\nApply later.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(shape(&d->entries[0]), "p");
    CHECK(has_diag(d, "repeated-header"));
    qa_doc_free(d);
}

static void bad_bytes_are_cleaned(void)
{
    qa_doc *d = read("1. Is \xC0\xAF ok?\n\nYes\x01 it is.\n");
    CHECK(d->n_entries == 1);
    CHECK_STR(d->entries[0].question, "Is \xEF\xBF\xBD\xEF\xBF\xBD ok?");
    CHECK_STR(d->entries[0].answer.v[0].text, "Yes it is.");
    CHECK(has_diag(d, "invalid-utf8"));
    CHECK(has_diag(d, "control-character"));
    qa_doc_free(d);
}

/* U+FFFE and U+FFFF are valid UTF-8 but no characters: XML cannot carry
 * them and cmark mangles them (tests/fuzz/regressions/text). */
static void noncharacters_are_replaced(void)
{
    qa_doc *d = read("1. Is \xEF\xBF\xBE ok?\n\nYes \xEF\xBF\xBF it is.\n");
    CHECK_STR(d->entries[0].question, "Is \xEF\xBF\xBD ok?");
    CHECK_STR(d->entries[0].answer.v[0].text, "Yes \xEF\xBF\xBD it is.");
    CHECK(has_diag(d, "noncharacter"));
    qa_doc_free(d);
}

static void wrapped_lines_join(void)
{
    qa_doc *d = read("1. What is it?\n\nA program that helps\nfamilies pay rent.\n"
                     "Another paragraph.\n");
    CHECK_STR(shape(&d->entries[0]), "p p");
    CHECK_STR(d->entries[0].answer.v[0].text,
              "A program that helps families pay rent.");
    qa_doc_free(d);
    /* A wrap after an abbreviation's dot; a sentence's end is no wrap. */
    d = read("1. Who goes?\n\nThe applicant and the U.S.\ncitizen spouse, "
             "sent by the Dept.\nof State.\nThe end.\niPhones are fine.\n");
    CHECK_STR(shape(&d->entries[0]), "p p p");
    CHECK_STR(d->entries[0].answer.v[0].text,
              "The applicant and the U.S. citizen spouse, sent by the Dept. "
              "of State.");
    qa_doc_free(d);
}

/* Text wrapped at a fixed width (73 and 55 columns here, as text browsers
 * and mail programs wrap) goes on wherever a line is full, however the
 * next line begins; a line that is not full ends its paragraph. */
static void hard_wrapped_text_joins(void)
{
    qa_doc *d = read(
        "Security Deposits in Oregon\n\n"
        "1. What does the law say about deposits held for tenants by the Oregon\n"
        "Housing and Community Services Department?\n\n"
        "A landlord must return the deposit within 31 days after the tenancy ends.\n"
        "The landlord may keep part of it for unpaid rent or damage beyond normal\n"
        "wear and tear. Tenants who do not get a written accounting may sue for\n"
        "twice the amount wrongfully withheld, with help from the Oregon Law\n"
        "Center or the Community Alliance of Tenants.\n\n"
        "Deductions for carpet cleaning are allowed only when the carpet was\n"
        "cleaned by the landlord with a machine before the new tenant moved in.\n"
        "Oregon Revised Statutes chapter 90 has the full rules.\n\n"
        "2. Can the landlord keep the deposit for cleaning?\n\n"
        "Only for the cleaning the tenant agreed to in writing:\n"
        "- carpet cleaning done with a machine;\n"
        "- cleaning of damage beyond normal wear and tear.\n"
        "Ask for receipts.\n"
        "Keep copies of them.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(d->entries[0].question,
              "What does the law say about deposits held for tenants by the "
              "Oregon Housing and Community Services Department?");
    CHECK_STR(shape(&d->entries[0]), "p p");
    CHECK_STR(d->entries[0].answer.v[0].text,
              "A landlord must return the deposit within 31 days after the "
              "tenancy ends. The landlord may keep part of it for unpaid rent "
              "or damage beyond normal wear and tear. Tenants who do not get "
              "a written accounting may sue for twice the amount wrongfully "
              "withheld, with help from the Oregon Law Center or the "
              "Community Alliance of Tenants.");
    CHECK_STR(shape(&d->entries[1]), "p L2 p p");
    qa_doc_free(d);

    /* A dash that wrapping put at a line's start opens no list item. */
    d = read("Security Deposits in Oregon\n\n"
             "1. What can a landlord deduct?\n\n"
             "Deductions for carpet cleaning are allowed only when\n"
             "the carpet was cleaned by the landlord - with a machine\n"
             "- before the tenant moved in. Oregon Revised Statutes\n"
             "chapter 90 has the full rules, and the Oregon State Bar\n"
             "has a free guide to them that tenants can read online\n"
             "or ask for at any public library.\n\n"
             "2. Who can help?\n\n"
             "The Community Alliance of Tenants runs a hotline.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(shape(&d->entries[0]), "p");
    qa_doc_free(d);

    /* Short lines of one paragraph each are no wrapped text. */
    d = read("Fees\n\n1. Who pays the fee?\n\n"
             "Every applicant who files a new request pays it.\n"
             "Renewals cost less than a new request does.\n"
             "Veterans and their families pay no fee at all.\n"
             "Fees are paid online.\n"
             "Receipts come by email.\n");
    CHECK_STR(shape(&d->entries[0]), "p p p p p");
    qa_doc_free(d);
}

static void source_is_recorded(void)
{
    qa_doc *d = read("1. One?\nA.\n");
    CHECK_STR(d->source.name, "pages/sample-page.txt");
    CHECK(d->source.size == 11);
    /* sha256sum of "1. One?\nA.\n" */
    CHECK_STR(d->source.sha256,
              "f9b95ed3ba25db4aea109fe8a9637aaaffd3c3a4c806cdcffab1e2ad52e37b37");
    CHECK_STR(d->language, "en");
    CHECK_STR(d->entries[0].id, "q1");
    qa_doc_free(d);
}

static void unnumbered_without_any_numbered_line(void)
{
    /* No numbered line at all, no blank lines: the page's questions are
     * its short lines ending in '?'. */
    qa_doc *d = read("Parks FAQ\n\nAre parks free?\nYes, for residents.\n"
                     "Are dogs allowed?\nOn a leash.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(d->title, "Parks FAQ");
    qa_doc_free(d);
}

static void markdown_decoration_is_dropped(void)
{
    qa_doc *d = read("## 1. Are parks free?\nYes.\n**2. Are dogs allowed?**\n"
                     "On a leash.\n3. **Can I camp?**\n**Note:** in **marked** "
                     "sites, 2** or 3 nights.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[0].question, "Are parks free?");
        CHECK_STR(d->entries[1].question, "Are dogs allowed?");
        CHECK(d->entries[1].number == 2);
        CHECK_STR(d->entries[2].question, "Can I camp?");
        CHECK_STR(d->entries[2].answer.v[0].text,
                  "Note: in marked sites, 2** or 3 nights.");
    }
    qa_doc_free(d);
    /* Bold labels, and bold questions that their answers follow. */
    d = read("Park FAQs\n\n**Q:** Are parks free?\n\n**A:** Yes.\n\n"
             "**Q:** Are dogs allowed?\n\n**A:** On a leash.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Are parks free?");
        CHECK_STR(d->entries[0].answer.v[0].text, "Yes.");
    }
    qa_doc_free(d);
    d = read("Park FAQs\n\n**Are parks free?** Yes. Every park is free.\n\n"
             "**Are dogs allowed?** On a leash. Clean up after them.\n\n"
             "**Can I camp?** In marked sites. Book ahead.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[1].question, "Are dogs allowed?");
        CHECK_STR(d->entries[1].answer.v[0].text,
                  "On a leash. Clean up after them.");
    }
    qa_doc_free(d);
}

static void q_and_a_prefixes(void)
{
    qa_doc *d = read("Q: What is it?\nA: A program.\n\nQ. Who runs it?\n"
                     "Answer: The city.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(d->entries[0].question, "What is it?");
    CHECK_STR(d->entries[0].answer.v[0].text, "A program.");
    CHECK_STR(d->entries[1].question, "Who runs it?");
    CHECK_STR(d->entries[1].answer.v[0].text, "The city.");
    qa_doc_free(d);
}

/* Reads page (a format with one %s, filled with line) and checks that its
 * first answer opens with text, or is empty when text is NULL. */
static void check_first_answer(const char *page, const char *line,
                               const char *text)
{
    char buf[200];
    snprintf(buf, sizeof buf, page, line);
    qa_doc *d = read(buf);
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2 && !text)
        CHECK(d->entries[0].answer.n == 0);
    else if (d->n_entries == 2 && d->entries[0].answer.n > 0)
        CHECK_STR(d->entries[0].answer.v[0].text, text);
    qa_doc_free(d);
}

/* The markers that open an answer are dropped like the question's; words
 * that only look like one stay. */
static void answer_markers(void)
{
    static const struct {
        const char *line, *text;
    } cases[] = {
        {"A: Yes, it is.", "Yes, it is."},
        {"a:Yes, it is.", "Yes, it is."},
        {"A. Yes, it is.", "A. Yes, it is."},
        {"A1. Yes, it is.", "Yes, it is."},
        {"A1) Yes, it is.", "Yes, it is."},
        {"A 1: Yes, it is.", "Yes, it is."},
        {"Ans: Yes, it is.", "Yes, it is."},
        {"Ans. Yes, it is.", "Yes, it is."},
        {"ANSWER: Yes, it is.", "Yes, it is."},
        {"Answer. Yes, it is.", "Yes, it is."},
        {"Answer - Yes, it is.", "Yes, it is."},
        {"Answer 1: Yes, it is.", "Yes, it is."},
        {"A program runs it.", "A program runs it."},
        {"A.M. hours only.", "A.M. hours only."},
        {"A-list members only.", "A-list members only."},
        {"Answers vary by county.", "Answers vary by county."},
        {"Answer-based forms differ.", "Answer-based forms differ."},
        {"Ansel: the clerk decides.", "Ansel: the clerk decides."},
        {"As a rule, yes.", "As a rule, yes."},
        {"A:", NULL}, /* a marker alone: no answer on this line */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        check_first_answer("1. Is it open?\n%s\n\n2. Is it free?\nNo.\n",
                           cases[i].line, cases[i].text);
}

/* A question asked with "Q." is answered with "A.": paired with a "Q"
 * marker, a bare "A" with a full stop, parenthesis or dash is the answer's
 * marker; words stay. */
static void answer_markers_paired(void)
{
    static const struct {
        const char *line, *text;
    } cases[] = {
        {"A. Yes, it is.", "Yes, it is."},
        {"A) Yes, it is.", "Yes, it is."},
        {"A - Yes, it is.", "Yes, it is."},
        {"A.", NULL},
        {"A.M. hours only.", "A.M. hours only."},
        {"A-list members only.", "A-list members only."},
        {"A program runs it.", "A program runs it."},
    };
    static const char *const pages[] = {
        "Q. Is it open?\n%s\n\nQ. Is it free?\nNo.\n",
        "Q1. Is it open?\n%s\n\nQ2. Is it free?\nNo.\n",
        "Q - Is it open?\n%s\n\nQ - Is it free?\nNo.\n",
    };
    for (size_t p = 0; p < sizeof pages / sizeof *pages; p++)
        for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
            check_first_answer(pages[p], cases[i].line, cases[i].text);
}

static void abbreviation_in_breadcrumb(void)
{
    qa_doc *d = read("Categories Washington D.C.State Regulations and Laws\n\n"
                     "Transit\n\n1. Is it free?\n\nNo.\n");
    CHECK(d->n_categories == 2);
    CHECK_STR(d->categories[0], "Washington D.C.");
    CHECK_STR(d->categories[1], "State Regulations and Laws");
    qa_doc_free(d);
}

static void question_title_on_unnumbered_page(void)
{
    qa_doc *d = read("What Are the Park Rules?\n\nCan I camp?\n\nOnly in "
                     "marked sites.\n\nCan I swim?\n\nIn summer.\n");
    CHECK_STR(d->title, "What Are the Park Rules?");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

static void headings_without_question_mark_first_and_last(void)
{
    /* On a page of '?' questions, a heading-like question still joins when
     * its number fits, at the start and at the end of the page. */
    qa_doc *d = read("1. Fees for a recycling cart\n\nTen dollars a year.\n\n"
                     "2. When is pickup?\n\nOn Mondays.\n\n"
                     "3. Can I get a second cart?\n\nYes.\n\n"
                     "4. Holiday schedule changes\n\nPickup moves one day later.\n");
    CHECK(d->n_entries == 4);
    if (d->n_entries == 4) {
        CHECK_STR(d->entries[0].question, "Fees for a recycling cart");
        CHECK_STR(d->entries[3].question, "Holiday schedule changes");
    }
    qa_doc_free(d);
}

static void table_of_contents_is_not_questions(void)
{
    qa_doc *d = read("Parks FAQ\n\n1. Are parks free?\n2. Are dogs allowed?\n"
                     "3. Can I camp?\n\n1. Are parks free?\n\nYes.\n\n"
                     "2. Are dogs allowed?\n\nOn a leash.\n\n"
                     "3. Can I camp?\n\nIn marked sites.\n");
    CHECK(d->n_entries == 3);
    CHECK(d->preamble.n == 1 && d->preamble.v[0].type == QA_BLOCK_LIST);
    if (d->n_entries == 3)
        CHECK_STR(d->entries[0].answer.v[0].text, "Yes.");
    qa_doc_free(d);
}

/* A page cut short answers fewer questions than its contents list: the
 * rest of the list is contents too, not questions without answers. */
static void table_of_contents_longer_than_the_page(void)
{
    /* Under its heading, one entry asked again is enough, and the
     * entries may be headings. */
    static const char *const tocs[] = {
        "Parks FAQ\n\nTable of Contents\n1. Are parks free?\n"
        "2. Are dogs allowed?\n3. Can I camp?\n\n1. Are parks free?\n\n"
        "Yes, every day of the ye",
        "Parks FAQ\n\nContents:\n1. Parks Are Free\n2. Dogs on a Leash\n"
        "3. Camping\n\n1. Parks Are Free\n\nEvery day of the year.\n"};
    for (size_t k = 0; k < sizeof tocs / sizeof *tocs; k++) {
        qa_doc *d = read(tocs[k]);
        CHECK(d->n_entries == 1);
        if (d->n_entries == 1)
            CHECK_STR(shape(&d->entries[0]), "p");
        qa_doc_free(d);
    }
    qa_doc *d = read("Parks FAQ\n\nTable of Contents\n1. Are parks free?\n"
                     "2. Are dogs allowed?\n3. Can I camp?\n4. Can I fish?\n"
                     "5. Are there tours?\n6. Is there parking?\n"
                     "7. Are grills allowed?\n\n1. Are parks free?\n\nYes.\n\n"
                     "2. Are dogs allowed?\n\nOn a le");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Are parks free?");
        CHECK_STR(d->entries[0].answer.v[0].text, "Yes.");
    }
    qa_doc_free(d);
}

static void wrapped_question_joins(void)
{
    qa_doc *d = read("1. What are the rules for\nparking permits in the city?\n\n"
                     "Permits cost ten dollars.\n\n2. Where do I apply?\n\nOnline.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(d->entries[0].question,
              "What are the rules for parking permits in the city?");
    CHECK(d->entries[0].answer.n == 1);
    qa_doc_free(d);
    /* A heading may stop on "for"; the sentence under it is its answer. */
    d = read("Buying a Home\n1. Financing Options\nBanks may lend.\n"
             "2. Documents Lenders Ask For\nLenders want your EAD and tax "
             "returns.\n3. Planning for\nChanges in Status\nSave ahead.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[1].question, "Documents Lenders Ask For");
        CHECK_STR(shape(&d->entries[1]), "p");
        CHECK_STR(d->entries[2].question, "Planning for Changes in Status");
    }
    qa_doc_free(d);
}

/* A question wrapped after a word that no sentence ends on, in the
 * language tables of Spanish, French and Portuguese as of English. */
static void wrapped_question_joins_in_other_languages(void)
{
    qa_doc *d = read("Perguntas Frequentes\n\n"
                     "1. Posso requerer meu passaporte comum brasileiro no\n"
                     "Setor Consular da Embaixada em Seul?\n\nSim.\n\n"
                     "2. Quanto custa o passaporte?\n\nCem reais.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2)
        CHECK_STR(d->entries[0].question,
                  "Posso requerer meu passaporte comum brasileiro no Setor "
                  "Consular da Embaixada em Seul?");
    qa_doc_free(d);
    /* a one-word answer is no wrapped line */
    d = read("FAQ\n\nIs parking free?\nno\nParking costs five dollars.\n\n"
             "Where do I park?\nBehind the library.\n");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

/* A question and its answer on one line, parted by a colon or a dash, as a
 * two-column table gives them when scraped. */
static void question_and_answer_parted_on_one_line(void)
{
    qa_doc *d = read("Municipal Court FAQ\n"
                     "Do I have to appear in court? : No, you may pay the "
                     "Court Clerk.\n"
                     "When is court held? - Every fourth Wednesday at 9 am.\n"
                     "Can I pay with a check? : No, cash or card only.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[0].question, "Do I have to appear in court?");
        CHECK_STR(d->entries[0].answer.v[0].text,
                  "No, you may pay the Court Clerk.");
        CHECK_STR(d->entries[1].question, "When is court held?");
        CHECK_STR(d->entries[1].answer.v[0].text,
                  "Every fourth Wednesday at 9 am.");
    }
    qa_doc_free(d);
}

/* A text browser's link numbers and footnote marks are no part of the
 * question; inside an answer they stay. */
static void reference_marks_around_questions(void)
{
    qa_doc *d = read("Renter FAQ\n\n[12]Can my landlord ask my status?\n\n"
                     "No.[3]\n\n[13]Can I be evicted?\n\nOnly by a court.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Can my landlord ask my status?");
        CHECK_STR(d->entries[0].answer.v[0].text, "No.[3]");
        CHECK_STR(d->entries[1].question, "Can I be evicted?");
    }
    qa_doc_free(d);
    d = read("Cannabis FAQ\n\n1. Is it legal in Colorado? [1]\n\nYes.\n\n"
             "2. Can I work in a dispensary?[2]\n\nIt is risky.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Is it legal in Colorado?");
        CHECK_STR(d->entries[1].question, "Can I work in a dispensary?");
    }
    qa_doc_free(d);
}

static size_t count_diags(const qa_doc *doc, const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < doc->n_diags; i++)
        n += strcmp(doc->diags[i].code, code) == 0;
    return n;
}

/* What a site puts after the page's content ends it: related posts, "People
 * also ask", the author's box, the comments, the footer.  None of it is
 * answer text; a "Related posts" heading with questions and answers after
 * it ends nothing. */
static void furniture_after_the_content(void)
{
    CHECK(furniture_phrases_sorted());
    static const char *const trailers[] = {
        "Related Posts\n\nCan TPS Holders Buy a Car?\nMarch 12, 2024\n\n"
        "What Happens When TPS Ends?\nFebruary 28, 2024\n",
        "People also ask\nHow long does renewal take?\n"
        "Is DACA still accepting new applications?\n",
        "About the Author\nMaria Delgado, Esq.\nMaria Delgado is an "
        "immigration attorney in Phoenix who has represented asylum seekers "
        "since 2009.\nView all posts by Maria Delgado\n",
        "4 Comments\n\nCarlos R.\nMarch 14, 2024 at 9:12 am\nMy card "
        "expired last month. Can I still work while my renewal is pending?\n"
        "Reply\n\nAdmin\nMarch 14, 2024 at 2:40 pm\nYes, in most cases "
        "your card is automatically extended.\nReply\n",
        "Leave a Reply\nYour email address will not be published.\n"
        "Comment\nName\nPost Comment\n",
        "Contact Us\nAbout Us\nPrivacy Policy | Terms of Use | "
        "Accessibility\n\xC2\xA9 2024 StateRegsToday. All rights reserved.\n",
        "We use cookies to improve your experience on our site.\n"
        "Accept all\nReject all\n",
    };
    for (size_t k = 0; k < sizeof trailers / sizeof *trailers; k++) {
        char page[1024];
        snprintf(page, sizeof page,
                 "Refugee Cash Assistance\n\n1. Who can get it?\n\n"
                 "Refugees and asylees.\n\n2. For how long?\n\n"
                 "Up to twelve months. Contact us at the office.\n\n%s",
                 trailers[k]);
        qa_doc *d = read(page);
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2)
            CHECK_STR(shape(&d->entries[1]), "p");
        CHECK(count_diags(d, "site-furniture") >= 1);
        qa_doc_free(d);
    }

    /* Questions that go on after a "Related posts" heading are the page's. */
    qa_doc *d = read("Fee Waivers\n\n1. Who can ask?\n\nAnyone.\n\n"
                     "Related posts\n- How to Apply\n\n"
                     "2. Where do I send it?\n\nTo the lockbox.\n");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
    d = read("Fee Waivers\n\nWho can ask?\n\nAnyone with low income.\n\n"
             "Related posts\n\nWhere do I send it?\n"
             "To the lockbox in Chicago, with the form signed.\n");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

/* A consent banner above the page is no title and no breadcrumb. */
static void consent_banner_above_the_page(void)
{
    qa_doc *d = read(
        "We use cookies to improve your experience on our site and to show "
        "you relevant advertising. By clicking \"Accept all\", you agree to "
        "the storing of cookies on your device.\nAccept all\nReject all\n"
        "Cookie settings\n\n"
        "Categories OregonState Regulations and Laws\n\n"
        "Driver's Licenses in Oregon\n\n"
        "1. Can undocumented immigrants get a license?\n\nYes, since 2021.\n");
    CHECK_STR(d->title, "Driver's Licenses in Oregon");
    CHECK(d->n_categories == 2);
    CHECK(d->n_entries == 1);
    qa_doc_free(d);
}

/* Between the answers: advertisements, a newsletter's sign-up box, a
 * photo's credit line and horizontal rules ("* * *", "---") are no answer
 * text and no section heading; a rule parts paragraphs as a blank line
 * does. */
static void furniture_between_answers(void)
{
    qa_doc *d = read(
        "Detention in Georgia\n\n1. Where is the center?\n\n"
        "In Lumpkin, south of Atlanta.\n\nADVERTISEMENT\n\n"
        "It holds close to 2,000 people.\n\n"
        "The entrance of the center. (Photo: John Bazemore/AP)\n\n"
        "Families drive hours to visit.\n\n* * *\n\n"
        "ADVERTISEMENT\n\n2. Can I visit?\n\nYes, on weekends.\n"
        "---\nBring an ID.\n\n"
        "Story continues below advertisement\n\n"
        "Get immigration news in your inbox\n"
        "Sign up for our free weekly newsletter.\nEmail address\n"
        "Subscribe\n\n___\n\n3. Can I call?\n\nNo.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(shape(&d->entries[0]), "p p p");
        CHECK_STR(shape(&d->entries[1]), "p p");
        CHECK(d->entries[1].section == NULL);
        CHECK(d->entries[2].section == NULL);
    }
    qa_doc_free(d);
    /* Words that only look like it stay. */
    d = read("Newsletters\n\n1. How do I subscribe?\n\n"
             "Write to the office.\n\nSubscribe\n\n"
             "The word above is the button to press.\n\n"
             "2. Is there a photo?\n\nYes (Photo ID cards are accepted).\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p p p");
        CHECK_STR(shape(&d->entries[1]), "p");
    }
    qa_doc_free(d);
}

/* A list that a colon opens inside an answer stays a list, even of
 * questions whose numbers would fit the page's; a colon before the first
 * question opens the questions. */
static void list_of_questions_in_an_answer(void)
{
    qa_doc *d = read("Interview FAQ\n\n1. How should I prepare?\n\n"
                     "Ask yourself the following questions:\n\n"
                     "1. Have I reviewed my form?\n2. Have I studied civics?\n"
                     "3. Do I have my documents?\n\nBeing prepared helps.\n\n"
                     "2. What if I fail the test?\n\nYou may retake it.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L3 p");
        CHECK_STR(d->entries[1].question, "What if I fail the test?");
    }
    qa_doc_free(d);
    d = read("Interview FAQ\n\nAnswers to common questions:\n\n"
             "1. How should I prepare?\n\nStudy.\n\n"
             "2. What if I fail the test?\n\nRetake it.\n");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

/* Lines of the site around the page are dropped with a note: they are no
 * questions ("Was this answer helpful?") and no answer text ("Back to
 * top", a "Related articles" heading and its links).  Content that only
 * shares a word stays. */
static void site_furniture_is_dropped(void)
{
    qa_doc *d = read("Fee Waivers\n\nWho can request a waiver?\n\n"
                     "People with low income.\n\n\xE2\x86\x91 Back to top\n\n"
                     "Was this answer helpful?\nYes No\n\n"
                     "How do I request one?\n\nFile Form I-912.\n"
                     "Share this page\n\nRelated articles\n- How to Apply\n"
                     "- What Is the Fee?\n\nAlso Read: What Is a Waiver?\n\n"
                     "Where do I send it?\n\nTo the lockbox. Print the form first.\n"
                     "Back to top of the form, sign it.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(shape(&d->entries[1]), "p");
        CHECK_STR(d->entries[2].question, "Where do I send it?");
        CHECK_STR(shape(&d->entries[2]), "p p");
    }
    size_t notes = 0;
    for (size_t i = 0; i < d->n_diags; i++)
        notes += strcmp(d->diags[i].code, "site-furniture") == 0;
    CHECK(notes == 8);
    qa_doc_free(d);
}

/* The furniture of Spanish and French pages goes as the English does:
 * "Volver arriba", a vote widget asking "¿Esta página fue útil?", a date
 * stamp whose date has words ("Actualizado: 3 de marzo de 2024",
 * "Mis à jour le : 12 mars 2024"), and links to a footer's pages. */
static void furniture_in_other_languages(void)
{
    qa_doc *d = read("Preguntas frecuentes\n\n"
                     "Actualizado: 3 de marzo de 2024\n\n"
                     "\xC2\xBF" "C\xC3\xB3mo pido una cita?\n\n"
                     "Llame a la oficina.\n\nVolver arriba\n\n"
                     "\xC2\xBF" "D\xC3\xB3nde est\xC3\xA1 la oficina?\n\n"
                     "En el centro.\n\n"
                     "\xC2\xBF" "Esta p\xC3\xA1gina fue \xC3\xBAtil?\n\n"
                     "Pol\xC3\xAD" "tica de privacidad | Aviso legal\n");
    CHECK_STR(d->title, "Preguntas frecuentes");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(shape(&d->entries[1]), "p");
    }
    CHECK(d->preamble.n == 0);
    CHECK(count_diags(d, "site-furniture") == 4);
    qa_doc_free(d);
    d = read("Questions fr\xC3\xA9quentes\n\n"
             "Mis \xC3\xA0 jour le : 12 mars 2024\n\n"
             "Comment m'inscrire ?\n\nEn ligne.\n\nRetour en haut\n\n"
             "Qui peut s'inscrire ?\n\nTout le monde.\n\n"
             "Mentions l\xC3\xA9gales | Plan du site\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(shape(&d->entries[1]), "p");
    }
    CHECK(d->preamble.n == 0);
    CHECK(count_diags(d, "site-furniture") == 3);
    qa_doc_free(d);
}

/* German, Italian, Russian and Arabic pages shed their furniture too: the
 * skip link, a vote widget asking whether the page helped with its "Ja
 * Nein", "Torna su", and a footer's links; their pages' names are titles. */
static void furniture_in_more_languages(void)
{
    static const struct {
        const char *page, *title, *question;
        size_t furniture;
    } pages[] = {
        {"Zum Inhalt springen\n\nH\xC3\xA4ufig gestellte Fragen\n\n"
         "Wie beantrage ich einen Bibliotheksausweis?\n\n"
         "Bringen Sie einen Lichtbildausweis in die Bibliothek mit. Der "
         "Ausweis ist ein Jahr g\xC3\xBCltig.\n\n"
         "Was kostet die Ausleihe?\n\n"
         "Die Ausleihe von B\xC3\xBC" "chern ist kostenlos.\n\n"
         "War dieser Artikel hilfreich?\n\nJa Nein\n\n"
         "Impressum | Datenschutz\n",
         "H\xC3\xA4ufig gestellte Fragen",
         "Wie beantrage ich einen Bibliotheksausweis?", 4},
        {"Vai al contenuto\n\nDomande frequenti\n\n"
         "Come posso iscrivermi alla biblioteca?\n\n"
         "Porta un documento di identit\xC3\xA0 allo sportello.\n\n"
         "Quanti libri posso prendere in prestito?\n\n"
         "Fino a cinque libri per tre settimane.\n\n"
         "Questa pagina \xC3\xA8 stata utile?\n\nS\xC3\xAC No\n\n"
         "Torna su\n\nNote legali | Privacy\n",
         "Domande frequenti", "Come posso iscrivermi alla biblioteca?", 5},
        /* Перейти к содержанию / Часто задаваемые вопросы / Как записаться
         * в библиотеку? ... / Была ли эта статья полезна? / Да Нет / Наверх */
        {"\xD0\x9F\xD0\xB5\xD1\x80\xD0\xB5\xD0\xB9\xD1\x82\xD0\xB8 \xD0\xBA"
         " \xD1\x81\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD"
         "\xD0\xB8\xD1\x8E\n\n"
         "\xD0\xA7\xD0\xB0\xD1\x81\xD1\x82\xD0\xBE \xD0\xB7\xD0\xB0\xD0\xB4"
         "\xD0\xB0\xD0\xB2\xD0\xB0\xD0\xB5\xD0\xBC\xD1\x8B\xD0\xB5 \xD0\xB2"
         "\xD0\xBE\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD1\x8B\n\n"
         "\xD0\x9A\xD0\xB0\xD0\xBA \xD0\xB7\xD0\xB0\xD0\xBF\xD0\xB8\xD1\x81"
         "\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xB2 \xD0\xB1"
         "\xD0\xB8\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBE\xD1\x82\xD0\xB5\xD0\xBA"
         "\xD1\x83?\n\n"
         "\xD0\x9F\xD1\x80\xD0\xB8\xD1\x85\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82"
         "\xD0\xB5 \xD1\x81 \xD0\xBF\xD0\xB0\xD1\x81\xD0\xBF\xD0\xBE"
         "\xD1\x80\xD1\x82\xD0\xBE\xD0\xBC.\n\n"
         "\xD0\xA1\xD0\xBA\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xBA\xD0\xBE \xD0\xBA"
         "\xD0\xBD\xD0\xB8\xD0\xB3 \xD0\xBC\xD0\xBE\xD0\xB6\xD0\xBD\xD0\xBE"
         " \xD0\xB2\xD0\xB7\xD1\x8F\xD1\x82\xD1\x8C?\n\n"
         "\xD0\x9D\xD0\xB5 \xD0\xB1\xD0\xBE\xD0\xBB\xD1\x8C\xD1\x88\xD0\xB5"
         " \xD0\xBF\xD1\x8F\xD1\x82\xD0\xB8.\n\n"
         "\xD0\x91\xD1\x8B\xD0\xBB\xD0\xB0 \xD0\xBB\xD0\xB8 \xD1\x8D"
         "\xD1\x82\xD0\xB0 \xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD1\x8F"
         " \xD0\xBF\xD0\xBE\xD0\xBB\xD0\xB5\xD0\xB7\xD0\xBD\xD0\xB0?\n\n"
         "\xD0\x94\xD0\xB0 \xD0\x9D\xD0\xB5\xD1\x82\n\n"
         "\xD0\x9D\xD0\xB0\xD0\xB2\xD0\xB5\xD1\x80\xD1\x85\n",
         "\xD0\xA7\xD0\xB0\xD1\x81\xD1\x82\xD0\xBE \xD0\xB7\xD0\xB0\xD0\xB4"
         "\xD0\xB0\xD0\xB2\xD0\xB0\xD0\xB5\xD0\xBC\xD1\x8B\xD0\xB5 \xD0\xB2"
         "\xD0\xBE\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD1\x8B",
         "\xD0\x9A\xD0\xB0\xD0\xBA \xD0\xB7\xD0\xB0\xD0\xBF\xD0\xB8\xD1\x81"
         "\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xB2 \xD0\xB1"
         "\xD0\xB8\xD0\xB1\xD0\xBB\xD0\xB8\xD0\xBE\xD1\x82\xD0\xB5\xD0\xBA"
         "\xD1\x83?",
         4},
        /* تخطي إلى المحتوى / الأسئلة الشائعة / كيف أحصل على بطاقة المكتبة؟
         * ... / هل كانت هذه الصفحة مفيدة؟ / نعم لا / سياسة الخصوصية | اتصل بنا */
        {"\xD8\xAA\xD8\xAE\xD8\xB7\xD9\x8A \xD8\xA5\xD9\x84\xD9\x89 "
         "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAD\xD8\xAA\xD9\x88\xD9\x89\n\n"
         "\xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD8\xA6\xD9\x84\xD8\xA9 \xD8\xA7"
         "\xD9\x84\xD8\xB4\xD8\xA7\xD8\xA6\xD8\xB9\xD8\xA9\n\n"
         "\xD9\x83\xD9\x8A\xD9\x81 \xD8\xA3\xD8\xAD\xD8\xB5\xD9\x84 "
         "\xD8\xB9\xD9\x84\xD9\x89 \xD8\xA8\xD8\xB7\xD8\xA7\xD9\x82\xD8\xA9"
         " \xD8\xA7\xD9\x84\xD9\x85\xD9\x83\xD8\xAA\xD8\xA8\xD8\xA9\xD8\x9F"
         "\n\n"
         "\xD8\xA3\xD8\xAD\xD8\xB6\xD8\xB1 \xD8\xA8\xD8\xB7\xD8\xA7\xD9\x82"
         "\xD8\xA9 \xD8\xA7\xD9\x84\xD9\x87\xD9\x88\xD9\x8A\xD8\xA9 "
         "\xD8\xA5\xD9\x84\xD9\x89 \xD9\x85\xD9\x83\xD8\xAA\xD8\xA8 "
         "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x82\xD8\xA8\xD8\xA7"
         "\xD9\x84.\n\n"
         "\xD9\x83\xD9\x85 \xD9\x83\xD8\xAA\xD8\xA7\xD8\xA8\xD8\xA7 "
         "\xD9\x8A\xD9\x85\xD9\x83\xD9\x86\xD9\x86\xD9\x8A \xD8\xA3\xD9\x86"
         " \xD8\xA3\xD8\xB3\xD8\xAA\xD8\xB9\xD9\x8A\xD8\xB1\xD8\x9F\n\n"
         "\xD8\xAE\xD9\x85\xD8\xB3\xD8\xA9 \xD9\x83\xD8\xAA\xD8\xA8 "
         "\xD9\x84\xD9\x85\xD8\xAF\xD8\xA9 \xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB"
         "\xD8\xA9 \xD8\xA3\xD8\xB3\xD8\xA7\xD8\xA8\xD9\x8A\xD8\xB9.\n\n"
         "\xD9\x87\xD9\x84 \xD9\x83\xD8\xA7\xD9\x86\xD8\xAA \xD9\x87"
         "\xD8\xB0\xD9\x87 \xD8\xA7\xD9\x84\xD8\xB5\xD9\x81\xD8\xAD\xD8\xA9"
         " \xD9\x85\xD9\x81\xD9\x8A\xD8\xAF\xD8\xA9\xD8\x9F\n\n"
         "\xD9\x86\xD8\xB9\xD9\x85 \xD9\x84\xD8\xA7\n\n"
         "\xD8\xB3\xD9\x8A\xD8\xA7\xD8\xB3\xD8\xA9 \xD8\xA7\xD9\x84\xD8\xAE"
         "\xD8\xB5\xD9\x88\xD8\xB5\xD9\x8A\xD8\xA9 | \xD8\xA7\xD8\xAA"
         "\xD8\xB5\xD9\x84 \xD8\xA8\xD9\x86\xD8\xA7\n",
         "\xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD8\xA6\xD9\x84\xD8\xA9 \xD8\xA7"
         "\xD9\x84\xD8\xB4\xD8\xA7\xD8\xA6\xD8\xB9\xD8\xA9",
         "\xD9\x83\xD9\x8A\xD9\x81 \xD8\xA3\xD8\xAD\xD8\xB5\xD9\x84 "
         "\xD8\xB9\xD9\x84\xD9\x89 \xD8\xA8\xD8\xB7\xD8\xA7\xD9\x82\xD8\xA9"
         " \xD8\xA7\xD9\x84\xD9\x85\xD9\x83\xD8\xAA\xD8\xA8\xD8\xA9\xD8\x9F",
         4},
    };
    for (size_t k = 0; k < sizeof pages / sizeof *pages; k++) {
        qa_doc *d = read(pages[k].page);
        CHECK_STR(d->title, pages[k].title);
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            CHECK_STR(d->entries[0].question, pages[k].question);
            CHECK_STR(shape(&d->entries[0]), "p");
            CHECK_STR(shape(&d->entries[1]), "p");
        }
        CHECK(d->preamble.n == 0);
        CHECK(count_diags(d, "site-furniture") == pages[k].furniture);
        qa_doc_free(d);
    }
}

/* A site's header before the page ("Skip to main content", "Menu",
 * "Search") and an accordion's toggles ("Show answer", "Expand all") go;
 * "Search" further down is the page's own word. */
static void header_and_accordion_furniture(void)
{
    qa_doc *d = read("Skip to main content\nMenu\nSearch\n"
                     "Home / Students / Resources\nStudent FAQs\n\n"
                     "Expand all\nCan I enroll?\nShow answer\nYes, anyone can.\n\n"
                     "How do I find a class?\nShow answer\nUse the catalog.\n"
                     "Search\n");
    CHECK_STR(d->title, "Student FAQs");
    CHECK(d->n_categories == 2);
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(d->entries[0].answer.v[0].text, "Yes, anyone can.");
        CHECK_STR(shape(&d->entries[1]), "p p");
    }
    qa_doc_free(d);
}

/* Zero-width spaces and their kin show as nothing: a line of them is
 * blank, and one before "1." leaves a numbered question. */
static void invisible_characters_are_removed(void)
{
    qa_doc *d = read("Refugee Help\n\xE2\x80\x8B\n"
                     "\xE2\x80\x8B" "1. Who helps?\xE2\x80\x8B\n\xE2\x80\x8B\n"
                     "Local agen\xC2\xAD" "cies do.\n\xE2\x81\xA0\n"
                     "2. Where are they?\nDowntown.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK(d->entries[0].number == 1);
        CHECK_STR(d->entries[0].question, "Who helps?");
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(d->entries[0].answer.v[0].text, "Local agencies do.");
    }
    CHECK(has_diag(d, "invisible-character"));
    qa_doc_free(d);
}

/* HTML's character references, which a page scraped twice keeps as text,
 * are the characters they stand for; "AT&T" and references to characters
 * text cannot hold stay as they are. */
static void html_character_references(void)
{
    qa_doc *d = read("TPS &amp; DED in Minnesota\n\n"
                     "1. What&#8217;s the difference?&#x200B;\n\n"
                     "&quot;TPS&quot; is set by DHS&nbsp;and AT&T; &lt;b&gt; "
                     "&#0; &#1; &#xD800; &#65535; &#1114112; &bogus; &amp\n");
    CHECK_STR(d->title, "TPS & DED in Minnesota");
    CHECK(d->n_entries == 1);
    if (d->n_entries == 1) {
        CHECK_STR(d->entries[0].question,
                  "What\xE2\x80\x99s the difference?");
        CHECK_STR(d->entries[0].answer.v[0].text,
                  "\"TPS\" is set by DHS\xC2\xA0" "and AT&T; <b> &#0; &#1; "
                  "&#xD800; &#65535; &#1114112; &bogus; &amp");
    }
    CHECK(has_diag(d, "html-reference"));
    qa_doc_free(d);
}

/* Quoted text, scraped to Markdown ("> ..."), is a paragraph of its own:
 * its marks go and its wrapped lines join.  An attribution under a
 * quotation ("— Rosa M.") goes on the quotation's paragraph, and a
 * callout ("💡 Tip: ...") is a paragraph: no lists of one item. */
static void quotations_and_callouts(void)
{
    qa_doc *d = read(
        "The TRUST Act\n\n1. What does the law say?\n\nSection 15 states:\n\n"
        "> A law enforcement agency shall not detain\n"
        "> any individual solely on the basis of a\n"
        "> detainer.\n>\n> It applies statewide.\n\n"
        "\xE2\x80\x9CWithout TPS I would lose my job.\xE2\x80\x9D\n"
        "\xE2\x80\x94 Rosa M., TPS holder\n\n"
        "\xF0\x9F\x92\xA1 Tip: Ask the board for its policy.\n\n"
        "2. Which licenses are covered?\n\n"
        "\xE2\x80\x94 first, the state ones;\n\xE2\x80\x94 then the others.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p p p p p");
        if (d->entries[0].answer.n == 5) {
            CHECK_STR(d->entries[0].answer.v[1].text,
                      "A law enforcement agency shall not detain any "
                      "individual solely on the basis of a detainer.");
            CHECK_STR(d->entries[0].answer.v[2].text,
                      "It applies statewide.");
            CHECK_STR(d->entries[0].answer.v[3].text,
                      "\xE2\x80\x9CWithout TPS I would lose my job."
                      "\xE2\x80\x9D \xE2\x80\x94 Rosa M., TPS holder");
        }
        CHECK_STR(shape(&d->entries[1]), "L2");
    }
    qa_doc_free(d);
}

/* Question and answer labels as pages in other forms and languages write
 * them: a counter on a line of its own ("Question 1 of 8"), a dash after
 * "Q1", full-width digits, and the labels of Portuguese, French, Haitian
 * Creole, Vietnamese and Chinese pages.  The labels go; the numbers stay. */
static void question_labels_in_other_forms(void)
{
    static const struct {
        const char *page, *q1, *a1;
        long n1;
    } cases[] = {
        {"Question 1 of 8\nWho is eligible?\nNationals.\n\n"
         "Question 2 of 8\nCan I work?\nYes.\n",
         "Who is eligible?", "Nationals.", 1},
        {"Question 1 of 8: Who is eligible?\nNationals.\n\n"
         "Question 2 of 8: Can I work?\nYes.\n",
         "Who is eligible?", "Nationals.", 1},
        {"Q1 \xE2\x80\x93 Who is eligible?\nNationals.\n\n"
         "Q2 \xE2\x80\x93 Can I work?\nYes.\n",
         "Who is eligible?", "Nationals.", 1},
        {"\xEF\xBC\x91\xEF\xBC\x8EWho is eligible?\nNationals.\n\n"
         "\xEF\xBC\x92\xEF\xBC\x8E Can I work?\nYes.\n",
         "Who is eligible?", "Nationals.", 1},
        {"Kesyon 1: Kiy\xC3\xA8s ki kalifye?\nRepons: Sitwayen ayisyen.\n\n"
         "Kesyon 2: \xC3\x88ske mwen ka travay?\nRepons: Wi.\n",
         "Kiy\xC3\xA8s ki kalifye?", "Sitwayen ayisyen.", 1},
        {"Pergunta: Quem pode tirar?\nResposta: Todos os residentes.\n\n"
         "Pergunta: Quais documentos?\nResposta: Dois.\n",
         "Quem pode tirar?", "Todos os residentes.", 0},
        {"Question 1 : Qui est admissible ?\nR\xC3\xA9ponse : Les ressortissants.\n\n"
         "Question 2 : Puis-je travailler ?\nR\xC3\xA9ponse : Oui.\n",
         "Qui est admissible ?", "Les ressortissants.", 1},
        {"C\xC3\xA2u h\xE1\xBB\x8Fi 1: T\xC3\xB4i c\xE1\xBA\xA7n g\xC3\xAC?\n"
         "Tr\xE1\xBA\xA3 l\xE1\xBB\x9Di: Th\xE1\xBA\xBB xanh.\n\n"
         "C\xC3\xA2u h\xE1\xBB\x8Fi 2: L\xE1\xBB\x87 ph\xC3\xAD?\n"
         "Tr\xE1\xBA\xA3 l\xE1\xBB\x9Di: C\xC3\xB3.\n",
         "T\xC3\xB4i c\xE1\xBA\xA7n g\xC3\xAC?", "Th\xE1\xBA\xBB xanh.", 1},
        {"\xE9\x97\xAE\xEF\xBC\x9A\xE4\xBB\x80\xE4\xB9\x88\xE6\x98\xAF\xE5\xBA"
         "\x87\xE6\x8A\xA4\xEF\xBC\x9F\n\xE7\xAD\x94\xEF\xBC\x9A\xE5\xBA\x87"
         "\xE6\x8A\xA4\xE3\x80\x82\n\n\xE9\x97\xAE\xEF\xBC\x9A\xE6\x9C\x89"
         "\xE9\x99\x90\xE5\x88\xB6\xE5\x90\x97\xEF\xBC\x9F\n\xE7\xAD\x94\xEF"
         "\xBC\x9A\xE6\x9C\x89\xE3\x80\x82\n",
         "\xE4\xBB\x80\xE4\xB9\x88\xE6\x98\xAF\xE5\xBA\x87\xE6\x8A\xA4\xEF\xBC\x9F",
         "\xE5\xBA\x87\xE6\x8A\xA4\xE3\x80\x82", 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        char page[1024];
        snprintf(page, sizeof page, "Title of the page\n\n%s", cases[k].page);
        qa_doc *d = read(page);
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            CHECK_STR(d->entries[0].question, cases[k].q1);
            CHECK(d->entries[0].number == cases[k].n1);
            CHECK_STR(d->entries[0].answer.v[0].text, cases[k].a1);
        }
        qa_doc_free(d);
    }
    /* Words that open with a label's letters stay text. */
    qa_doc *d = read("Fees\n\n1. Is there a questionnaire?\nQuestionnaires "
                     "of 8 pages are sent by mail.\n");
    CHECK(d->n_entries == 1);
    qa_doc_free(d);
}

/* The front page's crumb in the languages of the pages: it names no
 * category. */
static void home_crumbs_in_other_languages(void)
{
    static const char *const homes[] = {
        "In\303\255cio", "Accueil", "Ak\xC3\xA8y", "\xE9\xA6\x96\xE9\xA1\xB5",
        "Trang ch\xE1\xBB\xA7"};
    for (size_t k = 0; k < sizeof homes / sizeof *homes; k++) {
        char page[512];
        snprintf(page, sizeof page,
                 "%s > Immigration > TPS\n\nTPS Renewal\n\n"
                 "1. When do I renew?\n\nIn the window.\n", homes[k]);
        qa_doc *d = read(page);
        CHECK(d->n_categories == 2);
        if (d->n_categories == 2)
            CHECK_STR(d->categories[0], "Immigration");
        qa_doc_free(d);
    }
}

/* A stray mark after a question's "?" ("...system?:", "...stay?.") and
 * emphasis around a whole line ("_Can I ...?_", "*Can I ...?*") do not
 * hide the question. */
static void marks_around_questions(void)
{
    qa_doc *d = read("Shelter FAQs\n\n1. Who can stay in the shelter?:\n\n"
                     "Families.\n\n2. Is there a limit on how long?.\n\n"
                     "Nine months.\n\n3. What help is there?\n\nCase work.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3)
        CHECK_STR(d->entries[0].question, "Who can stay in the shelter?:");
    qa_doc_free(d);
    d = read("Renting in Texas\n\n_Can a landlord ask for my SSN?_\n\n"
             "Yes, but an ITIN works too.\n\n*Can my landlord threaten me?*\n\n"
             "No, that is against the law.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Can a landlord ask for my SSN?");
        CHECK_STR(d->entries[1].question, "Can my landlord threaten me?");
    }
    qa_doc_free(d);
}

/* More of a site's furniture around answers: a "Back to FAQ index" link
 * (scraped to Markdown or not), a dated "Updated:" line, a "Still have
 * questions?" box at the end, and the lone "Q" and "A" of icon labels. */
static void links_dates_and_icon_labels(void)
{
    qa_doc *d = read(
        "Court Hearings\n\nWhat is a master calendar hearing?\n\n"
        "A short first hearing.\n\n[Back to FAQ index](#faq-index)\n\n"
        "Do I have to go?\n\nYes, or you may be ordered removed.\n\n"
        "Updated: 03/14/2024\n\nCan I bring a friend?\n\nYes.\n"
        "Last reviewed: March 3, 2024\n\nBack to questions\n\n"
        "Still have questions?\nOur helpline is open weekdays.\nContact Us\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(shape(&d->entries[1]), "p");
        CHECK_STR(shape(&d->entries[2]), "p");
    }
    qa_doc_free(d);
    d = read("Child Care in Illinois\n\nQ\nCan my child get care?\nA\n"
             "Yes, if your child is a citizen.\n\nQ\nHow do I apply?\nA\n"
             "Online or in person.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Can my child get care?");
        CHECK_STR(d->entries[0].answer.v[0].text,
                  "Yes, if your child is a citizen.");
        CHECK_STR(shape(&d->entries[0]), "p");
    }
    qa_doc_free(d);
    /* A date in an answer, and an update that says more, stay. */
    d = read("Fees\n\n1. When did fees change?\n\nUpdated: fees rose on "
             "April 1, 2024 for every form.\n\nPublished March 2024.\n");
    CHECK(d->n_entries == 1);
    if (d->n_entries == 1)
        CHECK_STR(shape(&d->entries[0]), "p p");
    qa_doc_free(d);
}

/* Word's square bullet, scraped as "§" and two spaces or a tab, marks list
 * items; "§ 244.4 of the regulations" opens a sentence. */
static void section_sign_bullets(void)
{
    qa_doc *d = read("Enrollment\n\n1. What do I need?\n\nBring these:\n"
                     "\xC2\xA7  Proof of residency.\n\xC2\xA7\tA transcript.\n\n"
                     "2. What rule applies?\n\n\xC2\xA7 244.4 of the "
                     "regulations does.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L2");
        CHECK_STR(shape(&d->entries[1]), "p");
    }
    qa_doc_free(d);
}

/* A follow-up "Q:" and "A:" inside a numbered page's answer are its
 * paragraphs, no list of one item. */
static void follow_up_inside_an_answer(void)
{
    qa_doc *d = read("Licenses in Georgia\n\n1. How long is it valid?\n\n"
                     "Until your work permit ends.\n\n"
                     "Q: What if my permit has expired?\n"
                     "A: Bring the receipt notice.\n\n"
                     "2. Can I fly with it?\n\nNot after May 2025.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p p p");
        if (d->entries[0].answer.n == 3)
            CHECK_STR(d->entries[0].answer.v[1].text,
                      "Q: What if my permit has expired?");
    }
    qa_doc_free(d);
}

/* The page's cut leaves a bare number ("5.") or half a character: debris,
 * no answer text and no question. */
static void debris_at_the_cut(void)
{
    qa_doc *d = read("Rights in Arizona\n\n1. Can police ask?\n\nThey can ask."
                     "\n\n2. Must I answer?\n\nNo.\n\n5.");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2)
        CHECK_STR(shape(&d->entries[1]), "p");
    qa_doc_free(d);
    d = read("DACA FAQs\n\n1.\xC2\xA0\xC2\xA0 What is DACA?\nA policy.\n\n"
             "2.\xC2\xA0\xC2\xA0 Can I renew?\nYes.\n\n3.\xC2\xA0\xC2\xA0\xC2");
    CHECK(d->n_entries == 2);
    CHECK(!has_diag(d, "invalid-utf8"));
    qa_doc_free(d);
}

/* A numbered statement with its question on the next line ("3. My DACA
 * expired." over "Can I still renew it?") is one question. */
static void statement_then_question(void)
{
    qa_doc *d = read("DACA FAQs\n\n1. What is DACA?\nA policy.\n\n"
                     "2. My DACA expired a year ago.\n"
                     "Can I still renew it?\nNo, you must file again.\n\n"
                     "3. Is there a fee?\nYes.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[1].question,
                  "My DACA expired a year ago. Can I still renew it?");
        CHECK_STR(shape(&d->entries[1]), "p");
    }
    qa_doc_free(d);
}

/* Items that all carry "1.", as Markdown lets lists be written, are one
 * list; items indented under a numbered item are its sub-items, bullets
 * or numbers, blank lines around them or not. */
static void lazy_numbers_and_indented_sub_lists(void)
{
    qa_doc *d = read("Rights\n\n1. What protects me?\n\nSeveral laws:\n\n"
                     "1. The wage law.\n1. The safety law.\n1. The leave law.\n\n"
                     "They apply to all.\n\n2. Who enforces them?\n\nThe state.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2)
        CHECK_STR(shape(&d->entries[0]), "p L3 p");
    qa_doc_free(d);
    d = read("Citizenship\n\n1. What are the steps?\n\nIn order:\n\n"
             "1. Check eligibility:\n\n   - five years as a resident;\n"
             "   - good moral character.\n\n2. File the form:\n"
             "   1. online;\n   2. or by mail.\n3. Attend the interview.\n\n"
             "Then take the oath.\n\n2. How long does it take?\n\nA year.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L3 p");
        const qa_block *b = &d->entries[0].answer.v[1];
        if (b->type == QA_BLOCK_LIST && b->list.n_items == 3) {
            CHECK(b->list.items[0].sublist && b->list.items[0].sublist->n_items == 2);
            CHECK(b->list.items[1].sublist && b->list.items[1].sublist->n_items == 2);
        }
    }
    qa_doc_free(d);
}

/* A list item that is only a label ("3. Sick Time:") takes the line right
 * under it as its text, the last item as well as the others. */
static void label_items_take_the_line_under_them(void)
{
    qa_doc *d = read("Workers\n\n1. What protects me?\n\nSeveral laws:\n\n"
                     "1. Minimum Wage:\nAll workers get the minimum wage.\n"
                     "2. Sick Time:\nMost employers give paid sick time.\n\n"
                     "However, E-Verify applies.\n\n2. Who enforces them?\n\n"
                     "The state.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L2 p");
        CHECK_STR(item_text(&d->entries[0], 1, 1),
                  "Sick Time: Most employers give paid sick time.");
    }
    qa_doc_free(d);
}

/* Capitals with a dot ("A. ", "B. ") letter a list that a colon opens;
 * elsewhere "A. What ...?" may ask a question, and "A. Smith" is a name. */
static void capital_letter_lists(void)
{
    qa_doc *d = read("U Visas\n\n1. How do I apply?\n\nThe steps:\n\n"
                     "A. Get a signed certification.\nB. Complete Form I-918.\n"
                     "C. Write a statement.\n\nThe wait is long.\n\n"
                     "2. Who signs it?\n\nA. Smith, the judge, or the police.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L3 p");
        CHECK_STR(item_text(&d->entries[0], 1, 0),
                  "Get a signed certification.");
        CHECK_STR(shape(&d->entries[1]), "p");
    }
    qa_doc_free(d);
}

/* On a page that asks in unnumbered Title Case lines, a last question that
 * the page's cut stopped before its "?" is still a question. */
static void cut_title_case_question(void)
{
    const char *page =
        "Popular Questions\n\nCan Immigrants Get A License in Nevada?\n\n"
        "Yes, a driver authorization card.\n\n"
        "Are Immigrants Eligible For Health Care in Nevada?\n\n"
        "Only for emergencies.\n\n"
        "Can Immigrants Attend Public Colleges And Universities in Nev";
    qa_doc *d = read(page);
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[2].question,
                  "Can Immigrants Attend Public Colleges And Universities in Nev");
        CHECK(d->entries[2].answer.n == 0);
    }
    qa_doc_free(d);
    /* Not cut, the same line is answer text. */
    char whole[512];
    snprintf(whole, sizeof whole, "%s\n", page);
    d = read(whole);
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

/* A word processor's bullet from the Symbol font (U+F0B7) and a tab. */
static void symbol_font_bullets(void)
{
    qa_doc *d = read("Aid FAQs\n\n1. What aid can I get?\nYou may apply for:\n"
                     "\xEF\x82\xB7\tThe state grant.\n"
                     "\xEF\x82\xB7\tcollege scholarships.\n\n"
                     "2. Do I need a number?\nNo.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L2");
        CHECK_STR(item_text(&d->entries[0], 1, 1), "college scholarships.");
    }
    qa_doc_free(d);
}

/* On a page without numbers, an answer of several sentences may close
 * with a question of its own; under its one-sentence question it answers
 * that question.  A question of two sentences after an answer is one. */
static void answer_closing_with_a_question(void)
{
    qa_doc *d = read("Family FAQs\n\nWhy make a plan?\n\n"
                     "A parent could be detained. Who picks up the children?\n\n"
                     "A plan answers that.\n\n"
                     "What goes in it?\n\nBirth certificates.\n\n"
                     "I rent my home. Can I name my landlord?\n\nNo.\n");
    CHECK(d->n_entries == 3);
    CHECK_STR(d->title, "Family FAQs");
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[0].question, "Why make a plan?");
        CHECK_STR(shape(&d->entries[0]), "p p");
        CHECK_STR(d->entries[2].question, "I rent my home. Can I name my landlord?");
    }
    qa_doc_free(d);
}

/* Text wrapped by hand goes on after a comma or a word such as "in",
 * whatever the next line starts with: in questions, answers and titles. */
static void lines_that_stop_open_go_on(void)
{
    qa_doc *d = read("Know Your Rights:\nWhat to Do If Agents Come\n\n"
                     "1. Who funds refugee services in\nOhio?\n\n"
                     "Services are funded by the\nOffice of Refugee Resettlement.\n"
                     "Agencies in Columbus,\nDayton and Toledo help.\n"
                     "Ask the office\nNext Door for forms.\n\n"
                     "2. Who runs them?\n\nLocal agencies.\n");
    CHECK_STR(d->title, "Know Your Rights: What to Do If Agents Come");
    CHECK(d->preamble.n == 0);
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Who funds refugee services in Ohio?");
        CHECK_STR(shape(&d->entries[0]), "p p p p");
        CHECK_STR(d->entries[0].answer.v[0].text,
                  "Services are funded by the Office of Refugee Resettlement.");
        CHECK_STR(d->entries[0].answer.v[1].text,
                  "Agencies in Columbus, Dayton and Toledo help.");
    }
    qa_doc_free(d);
}

/* Spanish pages: "Inicio", "Usted está aquí:" and "Categorías:" in the
 * breadcrumb, "Pregunta 1:", "P:" before questions, "Respuesta:", "R:"
 * before answers; "P. O." and "R. Smith" are no markers.  (Octal escapes:
 * a hex escape would take the letter after it.) */
static void spanish_markers(void)
{
    static const char *const pages[] = {
        "Inicio \302\273 Recursos \302\273 Ciudadan\303\255a\nLa ciudadan\303\255a\n\n"
        "Pregunta 1: \302\277Qui\303\251n califica?\nRespuesta: Los residentes.\n\n"
        "Pregunta 2: \302\277Cu\303\241nto cuesta?\nRespuesta: 760 d\303\263lares.\n",
        "Usted est\303\241 aqu\303\255: Inicio \302\273 Recursos \302\273 Ciudadan\303\255a\n"
        "La ciudadan\303\255a\n\n"
        "P: \302\277Qui\303\251n califica?\nR: Los residentes.\n\n"
        "P: \302\277Cu\303\241nto cuesta?\nR: 760 d\303\263lares.\n",
        "Categor\303\255as: Recursos, Ciudadan\303\255a\nLa ciudadan\303\255a\n\n"
        "P1. \302\277Qui\303\251n califica?\nR1. Los residentes.\n\n"
        "P2. \302\277Cu\303\241nto cuesta?\nR2. 760 d\303\263lares.\n",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        qa_doc *d = read(pages[i]);
        CHECK_STR(d->title, "La ciudadan\303\255a");
        CHECK(d->n_categories == 2);
        if (d->n_categories == 2)
            CHECK_STR(d->categories[0], "Recursos");
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            CHECK_STR(d->entries[0].question, "\302\277Qui\303\251n califica?");
            CHECK_STR(d->entries[0].answer.v[0].text, "Los residentes.");
        }
        qa_doc_free(d);
    }
    qa_doc *d = read("1. Where do I mail it?\nP. O. Box 660.\nR. Smith signs it.\n\n"
                     "2. Who signs?\nThe clerk.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].answer.v[0].text, "P. O. Box 660.");
        CHECK_STR(shape(&d->entries[0]), "p p");
    }
    qa_doc_free(d);
}

/* A page's first line that asks in Title Case, over questions that do
 * not, is the title even with an intro between; on a page whose questions
 * are all in Title Case the first one is a question. */
static void question_in_title_case_is_the_title(void)
{
    qa_doc *d = read("Do Immigrants Have to Pay Taxes in New Jersey?\n\n"
                     "The answers below explain the basics.\n\n"
                     "Do undocumented immigrants have to file a return?\n\nYes.\n\n"
                     "Can I get a refund if taxes were withheld?\n\nOften.\n");
    CHECK_STR(d->title, "Do Immigrants Have to Pay Taxes in New Jersey?");
    CHECK(d->n_entries == 2);
    CHECK(d->preamble.n == 1);
    qa_doc_free(d);
    d = read("How Does New Jersey Define Undocumented Immigrants?\n\n"
             "As people without legal status.\n\n"
             "What Rights Do Undocumented Immigrants Have?\n\nSeveral.\n");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

/* Unnumbered questions wrap too: on in lower case, or under a line that
 * asks.  A heading over a question that asks on its own stays apart. */
static void wrapped_unnumbered_question_joins(void)
{
    qa_doc *d = read("Campus FAQ\n\nWhat should I do if an officer asks about\n"
                     "a student?\n\nRefer the officer to counsel.\n\n"
                     "How Do State Laws Affect Children And Their\n"
                     "Families in Texas?\n\nSchools enroll all children.\n\n"
                     "How It Works\nWho can apply?\n\nAnyone.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[0].question,
                  "What should I do if an officer asks about a student?");
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(d->entries[1].question, "How Do State Laws Affect Children "
                                          "And Their Families in Texas?");
        CHECK_STR(d->entries[2].question, "Who can apply?");
    }
    CHECK(d->preamble.n == 0);
    qa_doc_free(d);
}

static void bulleted_questions(void)
{
    qa_doc *d = read("Parks FAQ\n\n\xE2\x80\xA2 Are parks free?\nYes, for residents.\n\n"
                     "\xE2\x80\xA2 What should I bring?\n- Water?\n- A map?\n"
                     "Both help.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Are parks free?");
        CHECK_STR(shape(&d->entries[1]), "L2 p");
    }
    qa_doc_free(d);
}

static void separator_title_alone_is_a_title(void)
{
    qa_doc *d = read("DACA FAQs | City College\n\n1. What is it?\n\nA program.\n");
    CHECK_STR(d->title, "DACA FAQs | City College");
    CHECK(d->n_categories == 0);
    qa_doc_free(d);
    d = read("Home > Students > Aid\n\n1. What is it?\n\nA program.\n");
    CHECK(d->n_categories == 2);
    qa_doc_free(d);
}

/* Breadcrumbs with a label, with any separator a site may use, a
 * labelled list of categories, and a last crumb that is the page's own
 * title. */
static void breadcrumb_separators(void)
{
    static const char *const lines[] = {
        "You are here: Home > Students > Aid", "Breadcrumb: Students / Aid",
        "Breadcrumbs: Home \xC2\xBB Students \xC2\xBB Aid",
        "Category: Students | Aid",
        "Home :: Students :: Aid",
        "Home -> Students -> Aid",
        "Home \xE2\x89\xAB Students \xE2\x89\xAB Aid",   /* ≫ */
        "Home \xE2\x9F\xA9 Students \xE2\x9F\xA9 Aid",   /* ⟩ */
        "Home \xE2\x80\xA2 Students \xE2\x80\xA2 Aid",   /* • */
        "Home > Students > Aid > Financial Aid",
        "Home > Students > Aid > FINANCIAL AID",
        "Students - Aid - Financial Aid",
        "Home / Students / Aid /",
        "Students \xC2\xBB Aid \xC2\xBB",
        "Categories: Students, Aid",
        "Category: Students; Aid",
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        char page[200];
        snprintf(page, sizeof page,
                 "%s\nFinancial Aid\n\n1. What is it?\n\nA program.\n",
                 lines[i]);
        qa_doc *d = read(page);
        CHECK_STR(d->title, "Financial Aid");
        CHECK(d->n_categories == 2);
        if (d->n_categories == 2) {
            CHECK_STR(d->categories[0], "Students");
            CHECK_STR(d->categories[1], "Aid");
        }
        qa_doc_free(d);
    }
}

/* A breadcrumb of one category: a short first line that a longer title
 * line follows.  A short title over an intro sentence, or one that names
 * the page ("DACA FAQs"), stays the title. */
/* A breadcrumb scraped to Markdown keeps its links' text; a last crumb that
 * is the page's title cut short ("DACA and Licenses in Cal…") names the
 * page, no category. */
static void breadcrumb_links_and_cut_title(void)
{
    qa_doc *d = read("[Home](https://example.org/) / [Immigration]"
                     "(https://example.org/immigration/) / [DACA](/daca/)\n\n"
                     "DACA and In-State Tuition\n\n1. Who qualifies?\n\n"
                     "Graduates of state high schools.\n");
    CHECK_STR(d->title, "DACA and In-State Tuition");
    CHECK(d->n_categories == 2);
    if (d->n_categories == 2) {
        CHECK_STR(d->categories[0], "Immigration");
        CHECK_STR(d->categories[1], "DACA");
    }
    qa_doc_free(d);
    static const char *const cuts[] = {"\xE2\x80\xA6", "..."};
    for (size_t k = 0; k < sizeof cuts / sizeof *cuts; k++) {
        char page[512];
        snprintf(page, sizeof page,
                 "Home \xC2\xBB Immigration \xC2\xBB DACA \xC2\xBB DACA and "
                 "Professional Licenses in Cal%s\n\n"
                 "DACA and Professional Licenses in California\n\n"
                 "1. Who qualifies?\n\nRecipients with a work permit.\n",
                 cuts[k]);
        d = read(page);
        CHECK_STR(d->title, "DACA and Professional Licenses in California");
        CHECK(d->n_categories == 2);
        qa_doc_free(d);
    }
}

static void breadcrumb_of_one_category(void)
{
    static const struct {
        const char *header, *title, *category;
    } cases[] = {
        {"Politics\n\nState Responses to TPS in Virginia", "State Responses to TPS in Virginia", "Politics"},
        {"Temporary Protected Status\nWhat Texans Need to Know", "What Texans Need to Know", "Temporary Protected Status"},
        {"Politics\nVoters asked about it.", "Politics", NULL},
        {"DACA FAQs\nDeferred Action for Childhood Arrivals", "DACA FAQs", NULL},
        {"Health\nFees", "Health", NULL},
        /* a lower-case tag is no crumb (what the title is then, the tag
         * or the line under it, the fitted labeller decides) */
        {"politics\nState Responses to TPS", NULL, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char page[200];
        snprintf(page, sizeof page, "%s\n\n1. What is it?\n\nA program.\n",
                 cases[i].header);
        qa_doc *d = read(page);
        if (cases[i].title)
            CHECK_STR(d->title, cases[i].title);
        CHECK(d->n_categories == (cases[i].category ? 1 : 0));
        if (cases[i].category && d->n_categories == 1)
            CHECK_STR(d->categories[0], cases[i].category);
        qa_doc_free(d);
    }
}

/* Lines with one dash or joining sign between words are titles, not
 * breadcrumbs. */
static void titles_with_one_separator(void)
{
    static const char *const titles[] = {
        "DACA - What to Know", "Health & Safety", "Fees + Charges",
        "Who :: What"};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
        char page[200];
        snprintf(page, sizeof page,
                 "%s\n\n1. What is it?\n\nA program.\n", titles[i]);
        qa_doc *d = read(page);
        CHECK_STR(d->title, titles[i]);
        CHECK(d->n_categories == 0);
        qa_doc_free(d);
    }
}

/* A browser's title with the site's name, over the page's own heading:
 * the heading is the title, the site's name no category. */
static void title_with_site_name(void)
{
    static const char *const pages[] = {
        "DACA FAQs | Dream Center | Lakeview College\nDACA FAQs\n\n",
        "Know Your Rights - Legal Aid of Denver\nKnow your rights\n",
        "Legal Aid of Denver \xE2\x80\x94 Know Your Rights\nKnow Your Rights\n"};
    static const char *const titles[] = {"DACA FAQs", "Know your rights",
                                         "Know Your Rights"};
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        char page[300];
        snprintf(page, sizeof page, "%s1. What is it?\nA program.\n", pages[i]);
        qa_doc *d = read(page);
        CHECK_STR(d->title, titles[i]);
        CHECK(d->n_categories == 0);
        CHECK(d->preamble.n == 0);
        CHECK(d->n_entries == 1);
        qa_doc_free(d);
    }
    /* Breadcrumbs stay breadcrumbs, those that end in the page too. */
    qa_doc *d = read("Home | Students | DACA\nDACA Renewal FAQs\n\n"
                     "1. What is it?\nA program.\n");
    CHECK(d->n_categories == 2);
    CHECK_STR(d->title, "DACA Renewal FAQs");
    qa_doc_free(d);
    d = read("Immigration \xC2\xBB DACA Renewal FAQs\nDACA Renewal FAQs\n\n"
             "1. What is it?\nA program.\n");
    CHECK(d->n_categories == 1);
    CHECK_STR(d->title, "DACA Renewal FAQs");
    qa_doc_free(d);
}

/* A post's "Posted in:" line under its title names its categories. */
static void posted_in_line_gives_categories(void)
{
    qa_doc *d = read("DACA and Health Insurance\nPosted on May 6 by Maria Lopez\n"
                     "Posted in: Immigration, DACA\n\nA new rule.\n\n"
                     "1. Can I buy insurance?\n\nYes.\n");
    CHECK(d->n_categories == 2);
    if (d->n_categories == 2) {
        CHECK_STR(d->categories[0], "Immigration");
        CHECK_STR(d->categories[1], "DACA");
    }
    CHECK_STR(d->title, "DACA and Health Insurance");
    CHECK(d->preamble.n == 2); /* the byline and the intro */
    qa_doc_free(d);
    /* A breadcrumb's categories stand; the line then stays text. */
    d = read("Home > Health\nDACA and Health Insurance\n"
             "Filed under: Immigration\n\n1. Can I buy insurance?\n\nYes.\n");
    CHECK(d->n_categories == 1 && d->preamble.n == 1);
    qa_doc_free(d);
}

static void more_number_markers(void)
{
    qa_doc *d = read("(1) Is it free?\nYes.\n\n2: Is it open?\nDaily.\n\n"
                     "3 - Is it safe?\nVery.\n\n4- Is it far?\nNo.\n\n"
                     "10:30 a.m. is when it opens.\n");
    CHECK(d->n_entries == 4);
    if (d->n_entries == 4) {
        CHECK_STR(d->entries[0].question, "Is it free?");
        CHECK_STR(d->entries[2].question, "Is it safe?");
        CHECK(d->entries[3].number == 4);
        CHECK_STR(shape(&d->entries[3]), "p p"); /* "10:30" is no marker */
    }
    qa_doc_free(d);
}

/* How-to pages number their sections as steps ("Step 1:", "Step 2.",
 * "Step 3 –"); a number may be followed by an en or em dash.  A step
 * without its number is text. */
static void step_and_dash_markers(void)
{
    qa_doc *d = read("How to Replace a Lost Card\nLosing a card is stressful.\n"
                     "Step 1: Report the Loss\nFile a police report.\n"
                     "Step 2. File Form I-90\n- Online: File it online.\n"
                     "- Paper: Mail the form.\n"
                     "Step 3 \xE2\x80\x93 Attend Biometrics\nGo to the center.\n"
                     "Step by step, it is done.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[0].question, "Report the Loss");
        CHECK_STR(d->entries[1].question, "File Form I-90");
        CHECK_STR(shape(&d->entries[1]), "L2");
        CHECK_STR(d->entries[2].question, "Attend Biometrics");
        CHECK(d->entries[2].number == 3);
        CHECK_STR(shape(&d->entries[2]), "p p");
    }
    qa_doc_free(d);
    d = read("1 \xE2\x80\x94 Is it free?\nYes.\n\n2 \xE2\x80\x93 Is it open?\nDaily.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2)
        CHECK_STR(d->entries[1].question, "Is it open?");
    qa_doc_free(d);
}

/* Bullets under bullets: marked with another bullet ("o" under "·", "◦"
 * under "•") or indented further, they nest under the item before them;
 * the list's own bullet at its own depth goes on at the top level. */
static void bullets_nested_in_bullets(void)
{
    static const char *const answers[] = {
        "\xC2\xB7 State aid.\n\xC2\xB7 Scholarships.\n"
        "o Merit-based.\no Need-based.\n\xC2\xB7 Private awards.\n",
        "\xE2\x80\xA2 State aid.\n\xE2\x80\xA2 Scholarships:\n"
        "\xE2\x97\xA6 Merit-based.\n\xE2\x97\xA6 Need-based.\n"
        "\xE2\x80\xA2 Private awards.\n",
        "- State aid.\n- Scholarships.\n    - Merit-based.\n"
        "    - Need-based.\n- Private awards.\n",
    };
    for (size_t i = 0; i < sizeof answers / sizeof *answers; i++) {
        char page[300];
        snprintf(page, sizeof page,
                 "1. What aid is there?\nStudents may get:\n%s\n"
                 "2. Is a number needed?\nNo.\n", answers[i]);
        qa_doc *d = read(page);
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            CHECK_STR(shape(&d->entries[0]), "p L3");
            const qa_block *b = &d->entries[0].answer.v[1];
            if (b->type == QA_BLOCK_LIST && b->list.n_items == 3) {
                const qa_list *sub = b->list.items[1].sublist;
                CHECK(sub && sub->n_items == 2 && !sub->ordered);
                CHECK_STR(b->list.items[2].text, "Private awards.");
            }
        }
        qa_doc_free(d);
    }
}

/* An item wrapped onto lines indented under its marker goes on there,
 * whatever they begin with; a line at the marker's depth is a paragraph. */
static void items_go_on_on_indented_lines(void)
{
    qa_doc *d = read("1. Which laws apply?\nSeveral laws:\n"
                     "- The Wage Act bars threats to report a worker to\n"
                     "  authorities.\n"
                     "- A 2022 bill gave the Division of Labor\n"
                     "  Standards and Statistics more power.\n"
                     "- The Workers Act bars retaliation.\n"
                     "Each applies statewide.\n\n2. Who enforces them?\nThe state.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L3 p");
        CHECK_STR(item_text(&d->entries[0], 1, 1),
                  "A 2022 bill gave the Division of Labor Standards and "
                  "Statistics more power.");
    }
    qa_doc_free(d);
}

/* Sections numbered with other words than "Step" ("Tip 1:", "Reason #2:",
 * "Part 3 –", "Step Four:"), numbered headings that end in a colon, and
 * capital letters with a parenthesis lettering a list. */
static void more_heading_labels_and_letters(void)
{
    qa_doc *d = read("Travel Tips\nTravel takes planning.\n"
                     "Tip 1: Get Advance Parole First\nNever leave without it.\n"
                     "Reason #2: Carry Copies\n- EAD Card: Your permit.\n"
                     "- Notice: Your approval.\n"
                     "Part 3 \xE2\x80\x93 Avoid Long Trips\nShort trips are safer.\n"
                     "Step Four: Check the Rules\nThey change.\n");
    CHECK(d->n_entries == 4);
    if (d->n_entries == 4) {
        CHECK_STR(d->entries[0].question, "Get Advance Parole First");
        CHECK_STR(shape(&d->entries[1]), "L2");
        CHECK_STR(d->entries[2].question, "Avoid Long Trips");
        CHECK_STR(d->entries[3].question, "Check the Rules");
        CHECK(d->entries[3].number == 4);
    }
    qa_doc_free(d);
    /* "Step 1" alone on its line, or before its title with a space only */
    d = read("Filing Online\nFiling online is faster.\nStep 1\nCreate an account\n"
             "Visit the website.\nStep 2\nStart the form\nSelect the form.\n"
             "Step 3 Upload Your Evidence\nScan your passport.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[0].question, "Create an account");
        CHECK(d->entries[1].number == 2);
        CHECK_STR(d->entries[2].question, "Upload Your Evidence");
    }
    qa_doc_free(d);
    d = read("Using an Extension\nSome applicants keep working.\n"
             "1. Who Qualifies:\nThose who filed on time.\n"
             "2. How Long It Lasts\nUp to 540 days.\n"
             "3. What to Show Your Employer:\n- Expired EAD: The card.\n"
             "- Receipt: The notice.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3)
        CHECK_STR(d->entries[0].question, "Who Qualifies:");
    qa_doc_free(d);
    d = read("1. What benefits are there?\nSeveral:\n"
             "A) Emergency Medicaid.\nB) Unemployment insurance.\n"
             "C) Driver cards.\n\n2. Is tuition lower?\nOften.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2)
        CHECK_STR(shape(&d->entries[0]), "p L3");
    qa_doc_free(d);
}

/* A marker on a line of its own, its question or answer on the next. */
static void markers_alone_on_their_lines(void)
{
    static const char *const pages[] = {
        "Question: Is it free?\nAnswer:\nYes.\n\n"
        "Question: Is it open?\nAnswer:\nDaily.\n",
        "Q:\nIs it free?\nA:\nYes.\n\nQ:\nIs it open?\nA:\nDaily.\n",
        "1.\nIs it free?\nYes.\n\n2.\nIs it open?\nDaily.\n",
        "Question 1:\nIs it free?\nAnswer 1:\nYes.\n\n"
        "Question 2:\nIs it open?\nAnswer 2:\nDaily.\n",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        qa_doc *d = read(pages[i]);
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            CHECK_STR(d->entries[0].question, "Is it free?");
            CHECK_STR(shape(&d->entries[0]), "p");
            if (d->entries[0].answer.n == 1)
                CHECK_STR(d->entries[0].answer.v[0].text, "Yes.");
            CHECK_STR(shape(&d->entries[1]), "p");
            if (i >= 2)
                CHECK(d->entries[1].number == 2);
        }
        qa_doc_free(d);
    }
    /* "Answer:" later in an answer is text. */
    qa_doc *d = read("1. Is it free?\nYes.\nAnswer:\n\n2. Is it open?\nNo.\n");
    CHECK(d->n_entries == 2 && strcmp(shape(&d->entries[0]), "p p") == 0);
    qa_doc_free(d);
}

static void hash_and_dot_paren_markers(void)
{
    qa_doc *d = read("#1 Is it free?\nYes.\n\n#2: Is it open?\nDaily.\n\n"
                     "3.) Is it safe?\nVery.\n\n4.)Is it far?\nNo.\n\n"
                     "#hashtag lines stay text.\n");
    CHECK(d->n_entries == 4);
    if (d->n_entries == 4) {
        CHECK_STR(d->entries[0].question, "Is it free?");
        CHECK(d->entries[0].number == 1);
        CHECK_STR(d->entries[1].question, "Is it open?");
        CHECK_STR(d->entries[2].question, "Is it safe?");
        CHECK_STR(d->entries[3].question, "Is it far?");
        CHECK(d->entries[3].number == 4);
        CHECK_STR(shape(&d->entries[3]), "p p");
    }
    qa_doc_free(d);
}

static void question_marker_variants(void)
{
    static const char *const pages[] = {
        "Question #1: Is it free?\nYes.\n\nQuestion #2: Is it open?\nNo.\n",
        "FAQ 1: Is it free?\nYes.\n\nFAQ 2: Is it open?\nNo.\n",
        "Q#1. Is it free?\nYes.\n\nQ#2. Is it open?\nNo.\n",
        "1 . Is it free?\nYes.\n\n2 . Is it open?\nNo.\n",
        "1.- Is it free?\nYes.\n\n2.- Is it open?\nNo.\n",
        "1/ Is it free?\nYes.\n\n2/ Is it open?\nNo.\n",
        /* keycap emoji, with and without the variation selector */
        "1\xEF\xB8\x8F\xE2\x83\xA3 Is it free?\nYes.\n\n2\xE2\x83\xA3 Is it open?\nNo.\n",
        /* an accordion's toggle after the question */
        "1. Is it free? +\nYes.\n\n2. Is it open? \xE2\x96\xBE\nNo.\n",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        qa_doc *d = read(pages[i]);
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            CHECK_STR(d->entries[0].question, "Is it free?");
            CHECK(d->entries[0].number == 1);
            CHECK_STR(d->entries[1].question, "Is it open?");
            CHECK(d->entries[1].number == 2);
        }
        qa_doc_free(d);
    }
    /* "FAQ:" without a number heads the page; it asks nothing. */
    qa_doc *d = read("FAQ: Fees\n\nIs it free?\nYes.\n\nIs it open?\nNo.\n");
    CHECK_STR(d->title, "FAQ: Fees");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
    d = read("Fees\n\n9\xEF\xB8\x8F\xE2\x83\xA3 Is it free?\nYes.\n\n"
             "\xF0\x9F\x94\x9F Is it open?\nNo.\n\n"
             "1\xEF\xB8\x8F\xE2\x83\xA3""1\xEF\xB8\x8F\xE2\x83\xA3 Is it late?\n"
             "Yes. Half of the fee, 1/2 of it, is due 24/7.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK(d->entries[0].number == 9);
        CHECK(d->entries[1].number == 10);
        CHECK_STR(d->entries[1].question, "Is it open?");
        CHECK(d->entries[2].number == 11);
        CHECK_STR(shape(&d->entries[2]), "p");
    }
    qa_doc_free(d);
    /* Toggles after unnumbered questions go too. */
    d = read("Fees\n\nIs it free? +\nYes, for children.\n"
             "Is it open? \xE2\x96\xBE\nNo, not on Sundays.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Is it free?");
        CHECK_STR(d->entries[1].question, "Is it open?");
    }
    qa_doc_free(d);
}

/* Any symbol or punctuation that opens a line before white space marks a
 * list item, but the few that open sentences and notices. */
static void bullet_characters(void)
{
    static const struct {
        const char *bullet;
        bool list;
    } cases[] = {
        {"-", true}, {"*", true}, {"\xE2\x80\xA2" /* • */, true},
        {"\xE2\x96\xAA" /* ▪ */, true}, {"\xE2\x96\xA0" /* ■ */, true},
        {"\xE2\x97\x86" /* ◆ */, true}, {"\xE2\x97\x8B" /* ○ */, true},
        {"\xE2\x9C\x93" /* ✓ */, true}, {"\xE2\x9C\x94" /* ✔ */, true},
        {"\xE2\x9E\xA2" /* ➢ */, true}, {"\xE2\x96\xBA" /* ► */, true},
        {"\xE2\x86\x92" /* → */, true}, {"\xE2\x80\x94" /* — */, true},
        {"\xC2\xBB" /* » */, true}, {"o", true},
        {"\xC2\xBF" /* ¿ */, false}, {"\xC2\xA7" /* § */, false},
        {"\xC2\xA9" /* © */, false}, {"\xE2\x80\xA6" /* … */, false},
        {"$", false}, {"\xE2\x80\x9C" /* “ */, false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *b = cases[i].bullet;
        char page[300];
        snprintf(page, sizeof page,
                 "1. Is it free?\nIt depends:\n%s Residents pay nothing.\n"
                 "%s Visitors pay ten dollars.\n\n2. Is it open?\nDaily.\n",
                 b, b);
        qa_doc *d = read(page);
        CHECK(d->n_entries == 2);
        if (d->n_entries == 2) {
            const char *want = cases[i].list ? "p L2" : "p p p";
            if (strcmp(shape(&d->entries[0]), want) != 0)
                fprintf(stderr, "bullet %s: %s\n", b, shape(&d->entries[0]));
            CHECK_STR(shape(&d->entries[0]), want);
            if (cases[i].list)
                CHECK_STR(item_text(&d->entries[0], 1, 0),
                          "Residents pay nothing.");
        }
        qa_doc_free(d);
    }
    /* "o" is a bullet only before a capital. */
    qa_doc *d = read("1. Is it free?\no and behold, it is.\n");
    CHECK(d->n_entries == 1 && strcmp(shape(&d->entries[0]), "p") == 0);
    qa_doc_free(d);
}

/* Lower-case Roman numbers number items as letters do: "i." opens the
 * list when "ii." follows it, and "v." follows "iv."; after "h.", "i." is
 * the ninth letter. */
static void roman_numbered_items(void)
{
    qa_doc *d = read("1. What do I need?\nYou need:\ni. A passport\n"
                     "ii. A photo\niii. A form\niv. A fee\nv. A letter\n\n"
                     "2. Is it open?\nDaily.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p L5");
        CHECK_STR(item_text(&d->entries[0], 1, 1), "A photo");
        CHECK_STR(item_text(&d->entries[0], 1, 4), "A letter");
    }
    qa_doc_free(d);
    d = read("1. What do I need?\n1. Bring these:\n(i) A passport\n"
             "(ii) A photo\n2. Then pay.\n\n2. Is it open?\nDaily.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "L2");
        const qa_list *sub = d->entries[0].answer.n == 1
                                 ? d->entries[0].answer.v[0].list.items[0].sublist
                                 : NULL;
        CHECK(sub && sub->n_items == 2);
    }
    qa_doc_free(d);
    d = read("1. What do I need?\nf. One\ng. Two\nh. Three\ni. Four\n"
             "j. Five\n\n2. Is it open?\nDaily.\n");
    CHECK(d->n_entries == 2 && strcmp(shape(&d->entries[0]), "L5") == 0);
    qa_doc_free(d);
}

static void roman_numbered_questions(void)
{
    qa_doc *d = read("Voting\n\nI. Who can vote?\nCitizens.\n\n"
                     "II. Where do I vote?\nAt the school.\n\n"
                     "III. When are polls open?\nFrom 7 to 8.\n\n"
                     "IV) Can I vote early?\nYes.\n");
    CHECK(d->n_entries == 4);
    if (d->n_entries == 4) {
        CHECK_STR(d->entries[0].question, "Who can vote?");
        CHECK(d->entries[0].number == 1);
        CHECK(d->entries[2].number == 3);
        CHECK_STR(d->entries[3].question, "Can I vote early?");
        CHECK(d->entries[3].number == 4);
    }
    qa_doc_free(d);
}

/* Roman numbers that head sections, or only look like numbers, on a page
 * whose questions are numbered 1, 2, 3: they stay text as written. */
static void roman_lines_that_are_no_questions_stay_text(void)
{
    qa_doc *d = read("Jury Duty\n\nI. Background\nService is a duty.\n\n"
                     "1. Who is called?\nVoters.\n\n"
                     "2. Can I be excused?\nV. Smith, the clerk, decides.\n"
                     "IIII. Not a number\n\nII. Pay\n\n"
                     "3. How much is the pay?\nTen dollars.\n");
    CHECK(d->n_entries == 3);
    CHECK(d->preamble.n == 2 && d->preamble.n > 0 &&
          strcmp(d->preamble.v[0].text, "I. Background") == 0);
    if (d->n_entries == 3) {
        const qa_entry *e = &d->entries[1];
        CHECK_STR(shape(e), "p p");
        if (e->answer.n == 2) {
            CHECK_STR(e->answer.v[0].text, "V. Smith, the clerk, decides.");
            CHECK_STR(e->answer.v[1].text, "IIII. Not a number");
        }
        CHECK_STR(d->entries[2].section, "II. Pay");
        CHECK(d->entries[2].number == 3);
    }
    qa_doc_free(d);
}

/* "1. What is it? It is ...": a paragraph that opens with its question. */
static void answers_on_the_question_line(void)
{
    qa_doc *d = read("Permits\n\n1. What is a permit? A card that lets you "
                     "park.\nIt is free.\n\n2. Who needs one? Answer: Every "
                     "resident.\n3. Where is the office? On Main Street, "
                     "next to the bank.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[0].question, "What is a permit?");
        CHECK_STR(shape(&d->entries[0]), "p p");
        if (d->entries[0].answer.n == 2) {
            CHECK_STR(d->entries[0].answer.v[0].text,
                      "A card that lets you park.");
            CHECK(d->entries[0].answer.v[0].line == 3);
        }
        CHECK_STR(d->entries[1].question, "Who needs one?");
        if (d->entries[1].answer.n == 1)
            CHECK_STR(d->entries[1].answer.v[0].text, "Every resident.");
        CHECK_STR(d->entries[2].question, "Where is the office?");
        CHECK(d->entries[2].number == 3);
        CHECK(!has_diag(d, "empty-answer"));
    }
    qa_doc_free(d);
    /* The answer wraps onto the next line. */
    d = read("1. What is a permit? It is a card that lets\nyou park.\n\n"
             "2. Who needs one? Every resident.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2 && d->entries[0].answer.n == 1)
        CHECK_STR(d->entries[0].answer.v[0].text,
                  "It is a card that lets you park.");
    CHECK(d->n_entries == 2 && d->entries[0].answer.n == 1);
    qa_doc_free(d);
    d = read("Q1. Is there a fee? Yes, ten dollars.\n\n"
             "Q2. Can it be waived? Only for veterans.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2)
        CHECK_STR(d->entries[1].question, "Can it be waived?");
    qa_doc_free(d);
}

static void unnumbered_answers_on_the_question_line(void)
{
    qa_doc *d = read("Permits\n\nWhat is a permit? A card that lets you "
                     "park.\n\nWho needs one? Every resident.\n"
                     "It costs nothing.\n\nWhere is the office? On Main "
                     "Street.\n");
    CHECK(d->n_entries == 3);
    CHECK_STR(d->title, "Permits");
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[1].question, "Who needs one?");
        CHECK_STR(shape(&d->entries[1]), "p p");
        if (d->entries[1].answer.n == 2)
            CHECK_STR(d->entries[1].answer.v[0].text, "Every resident.");
    }
    qa_doc_free(d);
    /* Questions on lines of their own: an answer that opens with a
     * question of its own stays the answer. */
    d = read("Permits\n\nWhat is a permit?\nIs it a card? Yes, a card.\n\n"
             "Who needs one?\nEvery resident.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2 && d->entries[0].answer.n == 1)
        CHECK_STR(d->entries[0].answer.v[0].text, "Is it a card? Yes, a card.");
    qa_doc_free(d);
}

/* On a page whose questions end their lines, a numbered line that asks and
 * answers at once is a list item. */
static void inline_questions_in_answers_stay_items(void)
{
    qa_doc *d = read("1. What is DACA?\nA program.\n2. How do I renew?\n"
                     "Follow these steps:\n1. Do you still qualify? Check "
                     "first.\n2. Do you have the fee? It is $555.\n"
                     "3. When should I file?\nEarly.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(shape(&d->entries[1]), "p L2");
        CHECK_STR(item_text(&d->entries[1], 1, 0),
                  "Do you still qualify? Check first.");
        CHECK_STR(d->entries[2].question, "When should I file?");
    }
    qa_doc_free(d);
}

static void question_asked_twice_is_not_a_table_of_contents(void)
{
    qa_doc *d = read("1. Is there a fee?\n\n1. Filing: Ten dollars.\n"
                     "2. Copies: One dollar.\n\n2. How long does it take?\n\n"
                     "A week.\n\n3. Is there a fee?\n\nSee above.\n");
    CHECK(d->n_entries == 3);
    qa_doc_free(d);
}

static void statement_starting_with_where_is_an_item(void)
{
    qa_doc *d = read("Q1. When is it open?\n\nDaily.\n\nQ2. Is there a fee?\n"
                     "1. Filing costs ten dollars.\n2. Copies cost one dollar.\n"
                     "3. Where possible, late forms are handled in order.\n");
    CHECK(d->n_entries == 2);
    qa_doc_free(d);
}

/* Pages in sections number each section's questions from 1: a restart
 * right under a heading line is a question even when one question
 * follows it; a list under a heading inside an answer stays a list. */
static void numbering_restarts_under_section_headings(void)
{
    qa_doc *d = read("Refugee FAQ\n1. What is it?\nA program.\n"
                     "2. Who runs it?\nThe state. The steps are:\n"
                     "1. Arrival.\n2. Case management.\n"
                     "Required documents\n1. Passport.\n2. Birth record.\n"
                     "Benefits\n1. Can refugees work?\nYes, from the start.\n");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3) {
        CHECK_STR(d->entries[2].question, "Can refugees work?");
        CHECK(d->entries[1].answer.n == 4); /* p, list, heading, list */
        CHECK_STR(d->entries[2].section, "Benefits");
    }
    qa_doc_free(d);
}

/* Section headings between questions head the questions after them; the
 * one over the first questions too, once the page has sections.  A short
 * line in sentence case, or an answer's only line, stays in the answer. */
static void section_headings_between_questions(void)
{
    qa_doc *d = read("DACA FAQ\n\nGeneral Information\n\n1. What is DACA?\n\n"
                     "A policy.\n\nRENEWALS\n\n2. When do I renew?\n\n"
                     "Early.\nSee the form below\n\n"
                     "3. What do I file?\n\nTravel Rules\n\n"
                     "II. Travel and Parole\n\n4. Can I travel?\n\n"
                     "With parole.\n");
    CHECK(d->n_entries == 4);
    CHECK(d->preamble.n == 0);
    if (d->n_entries == 4) {
        CHECK_STR(d->entries[0].section, "General Information");
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(d->entries[1].section, "RENEWALS");
        CHECK_STR(shape(&d->entries[1]), "p p");
        CHECK(d->entries[2].section == NULL);
        CHECK_STR(shape(&d->entries[2]), "p");
        CHECK_STR(d->entries[2].answer.v[0].text, "Travel Rules");
        CHECK_STR(d->entries[3].section, "II. Travel and Parole");
    }
    qa_doc_free(d);
    /* Apart from the answer, in any case, a colon after it or not; and
     * over numbered questions, a question in heading case. */
    d = read("Guide\n\nWhat Is DACA?\n\n1. Who made it?\n\nThe government.\n\n"
             "C\xC3\xB3mo solicitar\n\n2. What do I file?\n\nTwo forms.\n\n"
             "Fees and waivers:\n\n3. What does it cost?\n\nMoney.\n\n"
             "How Do I Renew?\n\n4. When?\n\nEarly.\n");
    CHECK(d->n_entries == 4);
    if (d->n_entries == 4) {
        CHECK_STR(d->entries[0].section, "What Is DACA?");
        CHECK_STR(d->entries[1].section, "C\xC3\xB3mo solicitar");
        CHECK_STR(d->entries[2].section, "Fees and waivers:");
        CHECK_STR(d->entries[3].section, "How Do I Renew?");
        CHECK_STR(shape(&d->entries[2]), "p");
    }
    qa_doc_free(d);
    /* A line that a colon introduces is the answer's, however it reads. */
    d = read("Help FAQ\n\n1. Who can help?\n\nFor help, contact:\n"
             "Office of New Americans\n\n2. Is it free?\n\nYes.\n");
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK_STR(shape(&d->entries[0]), "p p");
        CHECK(d->entries[1].section == NULL);
    }
    qa_doc_free(d);
    /* Without other sections, the line over the questions stays preamble. */
    d = read("DACA FAQ\n\nGeneral Information\n\n1. What is DACA?\n\n"
             "A policy.\n\n2. When do I renew?\n\nEarly.\n");
    CHECK(d->preamble.n == 1);
    CHECK(d->n_entries == 2 && d->entries[0].section == NULL);
    qa_doc_free(d);
}

/* A page that asks nothing, made of sections under plain headings: the
 * headings are its entries; the title, the intro and a running repeat of
 * the title are not. */
static void unnumbered_section_headings(void)
{
    qa_doc *d = read("Home > Travel\nTraveling With TPS\n"
                     "Holders may travel abroad under conditions.\n"
                     "Advance Parole Requirement\n"
                     "Apply for Advance Parole before leaving.\n"
                     "- Application Form: File Form I-131.\n"
                     "Traveling With TPS\n"
                     "Travel Restrictions\n"
                     "Travel must be temporary.\n");
    CHECK(d->n_entries == 2);
    CHECK_STR(d->title, "Traveling With TPS");
    CHECK(d->n_categories == 1);
    CHECK(d->preamble.n == 1);
    if (d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Advance Parole Requirement");
        CHECK(d->entries[0].answer.n == 2); /* the repeat is dropped */
        CHECK_STR(d->entries[1].question, "Travel Restrictions");
        CHECK_STR(d->entries[1].answer.v[0].text, "Travel must be temporary.");
    }
    CHECK(qa_doc_count_diags(d, QA_ERROR) == 0);
    qa_doc_free(d);
}

/* The page's end may cut the last section a few words into its text:
 * its heading is still one. */
static void last_heading_cut_short(void)
{
    qa_doc *d = read("Avoiding Scams\n\nKnowing the signs protects you.\n\n"
                     "Know Who Can Give Advice\n\nOnly lawyers can.\n\n"
                     "Keep Your Receipts\n\nAlways ask for one.\n\n"
                     "Get a Second Opinion\n\nIf something feels wrong, ask");
    CHECK(d->n_entries == 3);
    if (d->n_entries == 3)
        CHECK_STR(d->entries[2].question, "Get a Second Opinion");
    qa_doc_free(d);
}

/* Lines that only look like headings do not make a page of sections: one
 * alone, lines in a run, a line ending in a comma or a label. */
static void prose_is_no_page_of_headings(void)
{
    static const char *const pages[] = {
        "A Title\nSome text here.\nOne Heading\nMore text here.\n",
        ("A Title\nSome text.\nHeading One\nHeading Two\nText.\n"
         "Heading Three\nHeading Four\nText.\n"),
        "A Title\nSome text.\nDear Friends,\nText.\nYours truly,\nText.\n",
        "A Title\nSome text.\nPhone: 555 0100\nText.\nFax: 555 0101\nText.\n",
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        qa_doc *d = read(pages[i]);
        CHECK(d->n_entries == 0);
        CHECK(has_diag(d, "no-questions"));
        qa_doc_free(d);
    }
}

/* The language tables are sorted, as their lookup needs. */
static void language_tables_are_sorted(void)
{
    for (size_t k = 0; qa_langs[k]; k++) {
        const qa_lang *g = qa_langs[k];
        for (size_t i = 1; i < g->n_stop_words; i++)
            CHECK(strcmp(g->stop_words[i - 1], g->stop_words[i]) < 0);
        for (size_t i = 0; i < g->n_stop_words; i++)
            CHECK(strlen(g->stop_words[i]) <= QA_LANG_WORD_MAX);
        for (size_t i = 0; i < g->n_openers; i++)
            CHECK(strlen(g->openers[i]) <= QA_LANG_WORD_MAX);
        for (size_t i = 1; i < g->n_openers; i++)
            CHECK(strcmp(g->openers[i - 1], g->openers[i]) < 0);
        for (size_t i = 0; i < g->n_ui_words; i++)
            CHECK(strlen(g->ui_words[i]) <= QA_LANG_WORD_MAX);
        for (size_t i = 1; i < g->n_ui_words; i++)
            CHECK(strcmp(g->ui_words[i - 1], g->ui_words[i]) < 0);
        for (size_t i = 1; i < g->n_labels; i++)
            CHECK(strcmp(g->labels[i - 1], g->labels[i]) < 0);
        for (size_t i = 1; i < g->n_open_words; i++)
            CHECK(strcmp(g->open_words[i - 1], g->open_words[i]) < 0);
        for (size_t i = 0; i < g->n_open_words; i++)
            CHECK(strlen(g->open_words[i]) <= QA_LANG_WORD_MAX);
        CHECK(g->n_labels > 0);
        if (g->n_stop_words)
            CHECK(qa_lang_has(g->stop_words, g->n_stop_words,
                              g->stop_words[0], strlen(g->stop_words[0])));
    }
    CHECK(qa_lang_has(qa_lang_es.openers, qa_lang_es.n_openers, "cómo",
                      strlen("cómo")));
    /* a Russian opener of seven letters, fourteen bytes */
    CHECK(qa_lang_has(qa_lang_ru.openers, qa_lang_ru.n_openers,
                      "\xD1\x81\xD0\xBA\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xBA\xD0\xBE",
                      14)); /* сколько */
    /* QA_N_LANGS counts the tables: the reader sizes its counts by it */
    for (size_t k = 0; k < QA_N_LANGS; k++)
        CHECK(qa_langs[k] != NULL);
    CHECK(qa_langs[QA_N_LANGS] == NULL);
    CHECK(!qa_lang_has(qa_lang_en.stop_words, qa_lang_en.n_stop_words, "th", 2));
}

/* Built from the labels the rules gave, a page reads as the rules read it:
 * the two ways of building a document agree. */
static void labels_build_what_the_rules_read(void)
{
    const char *page = "Home > Permits\n\nParking Permits\n\nIntro text.\n\n"
                       "1. How do I apply?\n\nOnline or in person.\n\n"
                       "2. What does it cost?\n\n- $25 a year\n- $5 a day\n";
    qa_doc *a = qa_read_text_with(page, strlen(page), "p.txt", NULL, false,
                                  NULL, NULL);
    qa_doc *b = qa_read_text_with(page, strlen(page), "p.txt", &reader_fitted,
                                  true, NULL, NULL);
    CHECK(strcmp(a->title, b->title) == 0);
    CHECK(a->n_categories == b->n_categories);
    CHECK(a->n_entries == 2 && b->n_entries == 2);
    for (size_t i = 0; i < a->n_entries && i < b->n_entries; i++) {
        CHECK(strcmp(a->entries[i].question, b->entries[i].question) == 0);
        CHECK(a->entries[i].answer.n == b->entries[i].answer.n);
    }
    CHECK(a->preamble.n == b->preamble.n);
    qa_doc_free(a);
    qa_doc_free(b);
}

/* The document that given labels describe: lines split on '\n', one label
 * a line, as the corpus's gold writes them. */
static qa_doc *read_with_labels(const char *page, const line_role *labels,
                                size_t n)
{
    return reader_read_labelled(page, strlen(page), "p.txt", labels, n);
}

/* A site's control line above the page's heading ("Skip to nav Skip to
 * content", a cookie error) is not the title: the title stage weighs
 * every line at the top of the page and takes the heading. */
static void title_under_a_control_line(void)
{
    static const char *const tops[] = {
        "Skip to nav Skip to content",
        "Error: Please enable cookies to sign in.",
    };
    for (size_t k = 0; k < sizeof tops / sizeof *tops; k++) {
        char page[512];
        snprintf(page, sizeof page,
                 "%s\n\nUnderstanding Your Water Bill\n\n"
                 "How do I read my meter?\n\n"
                 "Lift the lid and read the dial from left to right.\n\n"
                 "Why is my bill higher this month?\n\n"
                 "Bills cover sixty days in winter.\n",
                 tops[k]);
        qa_doc *d = read(page);
        CHECK_STR(d->title, "Understanding Your Water Bill");
        CHECK(d->n_entries == 2);
        qa_doc_free(d);
    }
}

/* A question's label alone on a line labelled a question ("1. Q"), its
 * text on the next line labelled an answer: the label's number and the
 * next line's text make the question, and the label is in no answer. */
static void label_line_before_its_question(void)
{
    const line_role Q = ROLE_QUESTION, A = ROLE_ANSWER, T = ROLE_TITLE,
                    B = ROLE_BLANK;
    const char *page = "Members\n\n1. Q\n\nHow do I change my details?\n\n"
                       "Sign in and open your account.\n\n2. Q\n\n"
                       "How do I leave?\n\nWrite to us.\n";
    line_role lab[] = {T, B, Q, B, A, B, A, B, Q, B, A, B, A};
    qa_doc *d = read_with_labels(page, lab, sizeof lab / sizeof *lab);
    CHECK(d && d->n_entries == 2);
    if (d && d->n_entries == 2) {
        CHECK(d->entries[0].number == 1);
        CHECK_STR(d->entries[0].question, "How do I change my details?");
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(d->entries[0].answer.v[0].text,
                  "Sign in and open your account.");
        CHECK(d->entries[1].number == 2);
        CHECK_STR(d->entries[1].question, "How do I leave?");
        CHECK_STR(shape(&d->entries[1]), "p");
    }
    qa_doc_free(d);
    d = read(page); /* as the reader reads it, labels and all */
    CHECK(d->n_entries == 2);
    if (d->n_entries == 2) {
        CHECK(d->entries[0].number == 1);
        CHECK_STR(d->entries[0].question, "How do I change my details?");
        CHECK_STR(shape(&d->entries[0]), "p");
        CHECK_STR(d->entries[1].question, "How do I leave?");
    }
    qa_doc_free(d);
}

/* Lines labelled questions that carry their answer, or that a bullet or a
 * toggle splits, make one entry each; a labelled breadcrumb loses its
 * front page and its page crumbs. */
static void labels_read_questions_with_their_answers(void)
{
    const line_role Q = ROLE_QUESTION, A = ROLE_ANSWER, T = ROLE_TITLE,
                    C = ROLE_BREADCRUMB;
    const char *page = "Court FAQ\n"
                       "When is court held? : On Wednesdays at 9.\n"
                       "Can I pay by check? - No, cash only.\n"
                       "Q:\xE6\x88\x91\xE5\x8F\xAF\xE4\xBB\xA5\xE9\x80\x80"
                       "\xE8\xB2\xA8\xE5\x97\x8E? A: \xE5\x8F\xAF\xE4\xBB\xA5\xE3\x80\x82\n";
    line_role lab[] = {T, Q, Q, Q};
    qa_doc *d = read_with_labels(page, lab, 4);
    CHECK(d && d->n_entries == 3);
    if (d && d->n_entries == 3) {
        CHECK_STR(d->entries[0].question, "When is court held?");
        CHECK(d->entries[0].answer.n == 1);
        if (d->entries[0].answer.n == 1)
            CHECK_STR(d->entries[0].answer.v[0].text, "On Wednesdays at 9.");
        CHECK_STR(d->entries[1].question, "Can I pay by check?");
        CHECK_STR(d->entries[2].question,
                  "\xE6\x88\x91\xE5\x8F\xAF\xE4\xBB\xA5\xE9\x80\x80"
                  "\xE8\xB2\xA8\xE5\x97\x8E?");
        if (d->entries[2].answer.n == 1)
            CHECK_STR(d->entries[2].answer.v[0].text,
                      "\xE5\x8F\xAF\xE4\xBB\xA5\xE3\x80\x82");
    }
    qa_doc_free(d);

    const char *toggles = "Library Home Page > FAQs > Library Cards\nCards\n"
                          "-\nWho can get a card?\nAnyone who lives here.\n"
                          "How much is it?\nHow much is it?\nIt is free.\n";
    line_role lab2[] = {C, T, Q, Q, A, Q, Q, A};
    d = read_with_labels(toggles, lab2, 8);
    CHECK(d && d->n_entries == 2);
    if (d && d->n_entries == 2) {
        CHECK_STR(d->entries[0].question, "Who can get a card?");
        CHECK_STR(d->entries[1].question, "How much is it?");
        CHECK(d->entries[1].answer.n == 1);
    }
    CHECK(d && d->n_categories == 2);
    if (d && d->n_categories == 2) {
        CHECK_STR(d->categories[0], "FAQs");
        CHECK_STR(d->categories[1], "Library Cards");
    }
    qa_doc_free(d);
    CHECK(read_with_labels(toggles, lab2, 3) == NULL); /* wrong count */
}

int main(void)
{
    language_tables_are_sorted();
    labels_build_what_the_rules_read();
    labels_read_questions_with_their_answers();
    label_line_before_its_question();
    title_under_a_control_line();
    statement_starting_with_where_is_an_item();
    question_asked_twice_is_not_a_table_of_contents();
    more_number_markers();
    step_and_dash_markers();
    bullets_nested_in_bullets();
    items_go_on_on_indented_lines();
    more_heading_labels_and_letters();
    hash_and_dot_paren_markers();
    markers_alone_on_their_lines();
    question_marker_variants();
    bullet_characters();
    roman_numbered_questions();
    roman_numbered_items();
    roman_lines_that_are_no_questions_stay_text();
    answers_on_the_question_line();
    breadcrumb_separators();
    breadcrumb_of_one_category();
    breadcrumb_links_and_cut_title();
    titles_with_one_separator();
    title_with_site_name();
    posted_in_line_gives_categories();
    inline_questions_in_answers_stay_items();
    unnumbered_answers_on_the_question_line();
    wrapped_question_joins();
    wrapped_question_joins_in_other_languages();
    question_and_answer_parted_on_one_line();
    reference_marks_around_questions();
    wrapped_unnumbered_question_joins();
    list_of_questions_in_an_answer();
    site_furniture_is_dropped();
    furniture_after_the_content();
    consent_banner_above_the_page();
    furniture_between_answers();
    header_and_accordion_furniture();
    furniture_in_other_languages();
    furniture_in_more_languages();
    invisible_characters_are_removed();
    html_character_references();
    quotations_and_callouts();
    question_labels_in_other_forms();
    home_crumbs_in_other_languages();
    marks_around_questions();
    links_dates_and_icon_labels();
    section_sign_bullets();
    follow_up_inside_an_answer();
    debris_at_the_cut();
    statement_then_question();
    lazy_numbers_and_indented_sub_lists();
    label_items_take_the_line_under_them();
    capital_letter_lists();
    cut_title_case_question();
    symbol_font_bullets();
    answer_closing_with_a_question();
    lines_that_stop_open_go_on();
    spanish_markers();
    question_in_title_case_is_the_title();
    bulleted_questions();
    separator_title_alone_is_a_title();
    table_of_contents_is_not_questions();
    table_of_contents_longer_than_the_page();
    headings_without_question_mark_first_and_last();
    abbreviation_in_breadcrumb();
    question_title_on_unnumbered_page();
    unnumbered_without_any_numbered_line();
    markdown_decoration_is_dropped();
    q_and_a_prefixes();
    answer_markers();
    answer_markers_paired();
    numbering_restarts_under_section_headings();
    section_headings_between_questions();
    unnumbered_section_headings();
    prose_is_no_page_of_headings();
    last_heading_cut_short();
    glued_breadcrumb_and_title();
    noncharacters_are_replaced();
    two_word_state_breadcrumb();
    non_state_breadcrumb();
    breadcrumb_one_crumb_per_line();
    lines_that_are_no_breadcrumb();
    title_without_breadcrumb();
    no_title_uses_file_name();
    blank_lines_vary();
    items_run_into_next_question();
    item_numbered_like_next_question();
    list_interrupts_paragraph();
    question_markers();
    question_without_question_mark();
    unnumbered_questions();
    numbered_headings();
    bullets();
    lettered_sub_items_nest();
    no_break_space_and_tab_after_number();
    line_endings_bom_and_trailing_space();
    cut_off_mid_word();
    no_question_is_an_error();
    labels_stay_in_text();
    footnote_digits_are_not_items();
    repeated_title_is_dropped();
    bad_bytes_are_cleaned();
    wrapped_lines_join();
    hard_wrapped_text_joins();
    source_is_recorded();
    return HARNESS_DONE();
}
