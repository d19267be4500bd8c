/* read_text.c - the raw-text reader: FAQ pages as scraped from the web.
 *
 * A page is a breadcrumb line, a title, then questions each followed by an
 * answer of paragraphs and lists, one paragraph per line.  Reading happens
 * in four steps over an array of classified lines:
 *   1. classify every line by its marker (numbered, bullet, lettered, text)
 *      (read_text_lines.c), and drop the site's furniture;
 *   2. decide which lines are questions (read_text_segment.c);
 *   3. read the breadcrumb, title and preamble before the first question
 *      (read_text_header.c);
 *   4. turn the lines between questions into answer blocks
 *      (read_text_blocks.c). */
#include "read_text.h"
#include "text.h"

#include <string.h>
#include <strings.h>

/* A Roman-numbered line that is no question reads as it did before it was
 * classified: "I. Background" is a heading paragraph, not a list item. */
static void demote_roman(text_page *page)
{
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->roman && !l->is_question) {
            l->kind = LINE_TEXT;
            l->number = 0;
            l->text = l->raw;
            l->text_len = l->raw_len;
        }
    }
}

/* Length of a link or footnote mark at s: "[12]", as a text browser
 * numbers links, or a reference "[1]"; 0 when there is none. */
static size_t ref_mark(const char *s, size_t len)
{
    size_t i = 1;
    if (len < 3 || s[0] != '[')
        return 0;
    while (i < len && i < 5 && s[i] >= '0' && s[i] <= '9')
        i++;
    return i > 1 && i < len && s[i] == ']' ? i + 1 : 0;
}

/* A question without the marks around it: "[12]Can my landlord ...?" and
 * "... in Colorado? [1]" ask "Can my landlord ...?" and "... in
 * Colorado?". */
static void drop_ref_marks(qa_buf *b)
{
    size_t lead = ref_mark(b->data, b->len);
    if (lead)
        lead += qa_space_prefix(b->data + lead, b->len - lead);
    if (lead && lead < b->len) {
        memmove(b->data, b->data + lead, b->len - lead);
        b->len -= lead;
    }
    for (size_t k = b->len; k-- > 0;) {
        if (b->data[k] != '[')
            continue;
        size_t mark = ref_mark(b->data + k, b->len - k);
        size_t end = k;
        while (end > 0 && b->data[end - 1] == ' ')
            end--;
        if (mark == b->len - k && end > 0 && b->data[end - 1] == '?')
            b->len = end;
        break;
    }
}

/* Does line l, right under a numbered statement (b), ask its question:
 * "3. My DACA expired a year ago." over "Can I still renew it?" */
static bool asks_after_statement(const qa_buf *b, const text_line *l)
{
    enum { QUESTION_MAX_WORDS = 40 };
    return l->kind == LINE_TEXT && b->len > 0 && b->data[b->len - 1] == '.' &&
           !memchr(b->data, '?', b->len) &&
           text_ends_question(l->raw, l->raw_len) &&
           text_words(l->raw, l->raw_len) <= QUESTION_MAX_WORDS;
}

/* The question on line i, with the lines up to next that it wraps onto
 * ("1. What are the rules for\nparking permits?"); *body is set to the
 * line after it.  A heading that stops on a word such as "for" ("3.
 * Documents Lenders Ask For") does not take in the sentence under it.  The
 * text grows in one buffer: a question wrapped over many lines is read in
 * linear time. */
static char *read_question(text_page *page, size_t i, size_t next,
                           size_t *body)
{
    const text_line *q = &page->lines[i];
    qa_buf b = {0};
    qa_buf_put(&b, q->text, q->inline_question ? q->inline_question
                                               : q->text_len);
    size_t k = i + 1;
    for (; k < next; k++) {
        const text_line *l = &page->lines[k];
        if (k == i + 1 && asks_after_statement(&b, l)) {
            qa_buf_puts(&b, " ");
            qa_buf_put(&b, l->raw, l->raw_len);
            continue;
        }
        if (text_ends_sentence(b.data, b.len) || l->kind != LINE_TEXT ||
            l->raw_len == 0)
            break;
        bool lower = (unsigned char)l->raw[0] >= 'a' &&
                     (unsigned char)l->raw[0] <= 'z';
        bool sentence_under_heading = !lower &&
                                      l->raw[l->raw_len - 1] == '.' &&
                                      !memchr(b.data, '?', b.len);
        if (!((k == i + 1 && q->wraps) || lower ||
              wrapped_after(page, l - 1, l) ||
              (text_ends_open(b.data, b.len) && !sentence_under_heading)))
            break;
        qa_buf_puts(&b, " ");
        qa_buf_put(&b, l->raw, l->raw_len);
    }
    *body = k;
    drop_ref_marks(&b);
    char *question = qa_strndup(page->doc->arena, b.data, b.len);
    qa_buf_free(&b);
    return question;
}

/* ---- sections ----------------------------------------------------------- */

static bool holds_nothing(const text_line *l)
{
    return l->kind == LINE_BLANK || l->kind == LINE_JUNK;
}

/* Written as a heading is: every word of four letters or more starts with
 * a capital ("General Information", "Renewals", "CASH AND FOOD
 * ASSISTANCE"). */
static bool heading_case(const char *s, size_t len)
{
    size_t long_words = 0;
    for (size_t i = 0; i < len;) {
        size_t start = i, letters = 0;
        for (; i < len && s[i] != ' '; i++)
            letters += (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z';
        if (letters >= 4) {
            if (!(s[start] >= 'A' && s[start] <= 'Z'))
                return false;
            long_words++;
        }
        while (i < len && s[i] == ' ')
            i++;
    }
    return long_words > 0;
}

/* Does line h stand apart from the text before it: blank lines around
 * it? */
static bool stands_apart(const text_page *page, size_t h)
{
    return page->lines[h - 1].kind == LINE_BLANK && h + 1 < page->n_lines &&
           page->lines[h + 1].kind == LINE_BLANK;
}

/* The line of [from, next) that heads the section the question on line
 * next opens, or next.  It is the last line that holds something, a short
 * plain line ("Eligibility", "II. HEALTH COVERAGE") in heading case or
 * standing apart ("Cómo solicitar", "Admissions:"), or over a numbered
 * question a question in heading case standing apart ("How Do I
 * Apply?"); something comes before it (had_lead: the answer's start on
 * the question's line), and not a line that introduces it with a colon
 * ("Contact:" over "Office of New Americans").  Such a line would
 * otherwise end the answer before it. */
static size_t section_line(const text_page *page, size_t from, size_t next,
                           bool had_lead)
{
    size_t h = next;
    while (h > from && holds_nothing(&page->lines[h - 1]))
        h--;
    if (h == from || next == page->n_lines)
        return next;
    const text_line *l = &page->lines[--h];
    size_t before = h;
    while (before > from && holds_nothing(&page->lines[before - 1]))
        before--;
    if (l->kind != LINE_TEXT || (before == from && !had_lead))
        return next;
    if (before > from) {
        const text_line *p = &page->lines[before - 1];
        if (p->raw_len > 0 && p->raw[p->raw_len - 1] == ':')
            return next;
    }
    bool apart = before > from && stands_apart(page, h);
    bool cased = heading_case(l->raw, l->raw_len);
    text_line bare = *l; /* "Admissions:" apart reads as "Admissions" */
    bool colon = bare.raw_len > 1 && bare.raw[bare.raw_len - 1] == ':';
    bare.raw_len -= colon;
    if (heading_like(&bare) && (colon ? apart : cased || apart))
        return h;
    bool asks = text_ends_question(l->raw, l->raw_len) &&
                text_words(l->raw, l->raw_len) <= 12;
    if (asks && cased && apart && page->lines[next].kind == LINE_NUMBERED)
        return h;
    return next;
}

/* On a page with sections, the heading over its first questions ends the
 * preamble ("General Information", then "1. What is DACA?"); it is the
 * first entry's section instead. */
static void first_section(text_page *page, size_t first)
{
    qa_doc *doc = page->doc;
    qa_blocks *pre = &doc->preamble;
    bool sections = false;
    for (size_t i = 1; i < doc->n_entries && !sections; i++)
        sections = doc->entries[i].section != NULL;
    if (!sections || pre->n == 0 ||
        pre->v[pre->n - 1].type != QA_BLOCK_PARAGRAPH)
        return;
    size_t h = section_line(page, 0, first, false);
    const qa_block *b = &pre->v[pre->n - 1];
    if (h == first || b->line != page->lines[h].lineno ||
        strlen(b->text) != page->lines[h].raw_len)
        return;
    doc->entries[0].section = b->text;
    pre->n--;
}

/* ---- entries ------------------------------------------------------------ */

static void read_entries(text_page *page, size_t first)
{
    qa_doc *doc = page->doc;
    const char *section = NULL; /* heads the section the next entry opens */
    size_t i = first;
    while (i < page->n_lines) {
        text_line *q = &page->lines[i];
        size_t next = i + 1;
        while (next < page->n_lines && !page->lines[next].is_question)
            next++;
        long number = q->kind == LINE_NUMBERED ? q->number : 0;
        size_t asked = q->inline_question;
        size_t body = i + 1;
        char *question = read_question(page, i, next, &body);
        qa_entry *e = qa_doc_add_entry(doc, number, question, q->lineno);
        e->section = section;
        size_t end = section_line(page, body, next, asked != 0);
        section = end == next ? NULL
                              : qa_strndup(doc->arena, page->lines[end].raw,
                                           page->lines[end].raw_len);
        text_line lead = {0}; /* the answer's start on the question's line */
        if (asked) {
            size_t at = asked + qa_space_prefix(q->text + asked,
                                                q->text_len - asked);
            lead = (text_line){.raw = q->text + at,
                               .raw_len = q->text_len - at,
                               .text = q->text + at,
                               .text_len = q->text_len - at,
                               .lineno = q->lineno,
                               .kind = LINE_TEXT};
        }
        read_answer(page, q, asked ? &lead : NULL, body, end, &e->answer);
        if (e->answer.n == 0) {
            e->flags |= QA_FLAG_EMPTY_ANSWER;
            qa_diag_add(doc, QA_WARNING, "empty-answer", q->lineno,
                        "question %s has no answer", e->id);
        }
        i = next;
    }
}

/* A page that stops without a final newline in the middle of a sentence
 * was cut off: the last entry is marked so that nobody mistakes it for a
 * complete answer. */
static void mark_truncation(text_page *page)
{
    qa_doc *doc = page->doc;
    if (page->ends_with_newline || doc->n_entries == 0)
        return;
    const text_line *last = NULL;
    for (size_t i = page->n_lines; i-- > 0;)
        if (page->lines[i].kind != LINE_BLANK) {
            last = &page->lines[i];
            break;
        }
    if (!last || text_ends_sentence(last->raw, last->raw_len))
        return;
    doc->entries[doc->n_entries - 1].flags |= QA_FLAG_TRUNCATED;
    qa_diag_add(doc, QA_WARNING, "truncated", last->lineno,
                "the page ends in mid-sentence; the last answer is incomplete");
}

qa_doc *qa_read_text(const char *data, size_t len, const char *name)
{
    char *text;
    size_t text_len;
    qa_doc *doc = qa_text_doc_new(data, len, name, true, &text, &text_len);
    if (!text)
        return doc;
    text_page page = {.doc = doc};
    split_lines(&page, text, text_len);
    drop_furniture(&page);

    size_t first = 0;
    size_t questions = segment_questions(&page);
    demote_roman(&page);
    if (questions > 0)
        while (!page.lines[first].is_question)
            first++;
    else
        first = page.n_lines;
    read_header(&page, first, name);
    if (first == page.n_lines) {
        qa_diag_add(doc, QA_ERROR, "no-questions", page.n_lines ? 1 : 0,
                    "no question found: expected numbered questions "
                    "(\"1. What ...?\") or question lines ending in '?'");
        return doc;
    }
    read_entries(&page, first);
    first_section(&page, first);
    mark_truncation(&page);
    return doc;
}
