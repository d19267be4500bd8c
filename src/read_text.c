/* read_text.c - the raw-text reader: FAQ pages as scraped from the web.
 *
 * A page is a breadcrumb line, a title, then questions each followed by an
 * answer of paragraphs and lists, one paragraph per line.  Reading happens
 * in steps over an array of classified lines (read_by_rules(), then
 * qa_read_text_with()):
 *   1. classify every line by its marker (numbered, bullet, lettered, text)
 *      (read_text_lines.c), and drop the site's furniture;
 *   2. decide which lines are questions (read_text_segment.c);
 *   3. read the breadcrumb, title and preamble before the first question
 *      (read_text_header.c);
 *   4. turn the lines between questions into answer blocks
 *      (read_text_blocks.c); each line now has the role the rules gave it;
 *   5. label every line with the fitted model over the lines' features
 *      (read_text_model.c, weights in read_text_weights.c);
 *   6. where the labels read the page better than the rules by the
 *      model's margin, build the document from the labels instead
 *      (read_labelled(), with the same header and answer readers). */
#include "read_text.h"
#include "read_text_model.h"
#include "text.h"

#include <stdlib.h>
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

/* The question read into b, its reference marks gone, in doc's arena;
 * b is freed. */
static char *finish_question(qa_doc *doc, qa_buf *b)
{
    drop_ref_marks(b);
    if (b->len > 2 && memcmp(b->data + b->len - 2, " |", 2) == 0)
        b->len -= 2; /* a table cell's edge: "... 하나요? |" */
    char *question = qa_strndup(doc->arena, b->data, b->len);
    qa_buf_free(b);
    return question;
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
    return finish_question(page->doc, &b);
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
    page->lines[h].role = ROLE_SECTION;
}

/* ---- entries ------------------------------------------------------------ */

/* The start of the answer on the line of question q when it asks and
 * answers at once ("What is it? It is ..."). */
static text_line answer_lead(const text_line *q)
{
    size_t asked = q->inline_question;
    if (!asked)
        return (text_line){0};
    size_t at = asked + qa_space_prefix(q->text + asked, q->text_len - asked);
    size_t sep = answer_separator(q->text + at, q->text_len - at);
    if (sep)
        at += sep + qa_space_prefix(q->text + at + sep, q->text_len - at - sep);
    return (text_line){.raw = q->text + at,
                       .raw_len = q->text_len - at,
                       .text = q->text + at,
                       .text_len = q->text_len - at,
                       .lineno = q->lineno,
                       .kind = LINE_TEXT};
}

/* Records what an entry's lines were read as: [q, body) its question,
 * [body, end) its answer, [end, next) the heading of the next section. */
static void set_entry_roles(text_page *page, size_t q, size_t body, size_t end,
                            size_t next)
{
    size_t item_indent = 0;
    bool in_list = false;
    for (size_t k = q; k < next; k++) {
        text_line *l = &page->lines[k];
        if (l->kind == LINE_BLANK) {
            l->role = ROLE_BLANK;
        } else if (l->kind == LINE_JUNK) {
            l->role = ROLE_FURNITURE;
        } else if (k < body) {
            l->role = ROLE_QUESTION;
        } else if (k >= end) {
            l->role = ROLE_SECTION;
        } else if (l->kind == LINE_TEXT) {
            l->role = in_list && l->indent > item_indent ? ROLE_ITEM1
                                                        : ROLE_ANSWER;
            in_list = l->role == ROLE_ITEM1;
        } else {
            if (!in_list)
                item_indent = l->indent;
            l->role = in_list && l->indent > item_indent ? ROLE_ITEM2
                                                        : ROLE_ITEM1;
            in_list = true;
        }
    }
}

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
        text_line lead = answer_lead(q);
        read_answer(page, q, asked ? &lead : NULL, body, end, &e->answer);
        set_entry_roles(page, i, body, end, next);
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

/* A help-centre article whose one question stands where its title would
 * ("How do I reset my password?" first, then its answer) is titled by it:
 * the page has no title line (untitled), one entry, and nothing but the
 * site's furniture and its breadcrumb before the question. */
static void title_question(text_page *page, size_t first, bool untitled)
{
    qa_doc *doc = page->doc;
    if (!untitled || doc->n_entries != 1)
        return;
    for (size_t k = 0; k < first; k++)
        if (page->lines[k].kind != LINE_BLANK &&
            page->lines[k].kind != LINE_JUNK &&
            page->lines[k].role != ROLE_BREADCRUMB &&
            page->lines[k].role != ROLE_FURNITURE)
            return;
    doc->title = doc->entries[0].question;
}

/* A numbered question's label alone on its line, its text on the next
 * ("1. Q", then "How do I join?"), as help-centre boards number their
 * questions: the number goes to the text, and the label line is read as
 * nothing. */
static void number_moves_past_label(text_page *page)
{
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (l->kind != LINE_NUMBERED || !reader_bare_label(l))
            continue;
        size_t k = i + 1;
        while (k < page->n_lines && page->lines[k].kind == LINE_BLANK)
            k++;
        text_line *q = k < page->n_lines ? &page->lines[k] : NULL;
        if (!q || q->kind != LINE_TEXT || text_words(q->text, q->text_len) < 2)
            continue;
        q->kind = LINE_NUMBERED;
        q->number = l->number;
        l->kind = LINE_JUNK;
    }
}

/* The rule-based reading: the lines of page classified, its questions
 * segmented, header and entries read, and every line's role recorded. */
static qa_doc *read_by_rules(const char *data, size_t len, const char *name,
                             text_page *page, qa_cancel *cancel)
{
    char *text;
    size_t text_len;
    qa_doc *doc = qa_text_doc_new(data, len, name, true, &text, &text_len);
    *page = (text_page){.doc = doc};
    if (!text || qa_cancelled(cancel))
        return doc;
    split_lines(page, text, text_len);
    if (qa_cancelled(cancel))
        return doc;
    drop_furniture(page);
    number_moves_past_label(page);

    size_t first = 0;
    size_t questions = qa_cancelled(cancel) ? 0 : segment_questions(page);
    if (qa_cancelled(cancel))
        return doc;
    demote_roman(page);
    if (questions > 0)
        while (!page->lines[first].is_question)
            first++;
    else
        first = page->n_lines;
    read_header(page, first);
    if (first == page->n_lines) {
        qa_diag_add(doc, QA_ERROR, "no-questions", page->n_lines ? 1 : 0,
                    "no question found: expected numbered questions "
                    "(\"1. What ...?\") or question lines ending in '?'");
        return doc;
    }
    read_entries(page, first);
    first_section(page, first);
    mark_truncation(page);
    title_question(page, first, page->untitled);
    return doc;
}

/* ---- reading by labels ------------------------------------------------- */

/* What the rule-based passes measured of a line that the reading by
 * labels uses: kept apart, so that the rules' document can go first. */
typedef struct rules_line {
    size_t inline_question;
    bool is_question;
    line_role role;
} rules_line;

/* rules_line of every line of page, in a buffer the caller frees. */
static rules_line *rules_lines(const text_page *page)
{
    size_t n = page->n_lines;
    rules_line *r = qa_xmalloc((n ? n : 1) * sizeof *r);
    for (size_t i = 0; i < n; i++)
        r[i] = (rules_line){page->lines[i].inline_question,
                            page->lines[i].is_question, page->lines[i].role};
    return r;
}

static bool asks(line_role r)
{
    return r == ROLE_QUESTION || r == ROLE_TITLE_QUESTION;
}

/* Does l hold no letter or digit: a bullet or a dash alone? */
static bool wordless(const text_line *l)
{
    for (size_t k = 0; k < l->text_len; k++) {
        unsigned char c = (unsigned char)l->text[k];
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
                                                    (c | 0x20) <= 'z'))
            return false;
    }
    return true;
}

static bool same_line(const text_line *a, const text_line *b)
{
    return a->text_len == b->text_len &&
           memcmp(a->text, b->text, a->text_len) == 0;
}

/* Does the question line i open a question of its own, rather than go on
 * with the one above it (prev, a question line too, or none)? */
static bool opens_question(const text_page *page, const line_role *lab,
                           const rules_line *rules, size_t prev, size_t i)
{
    const text_line *l = &page->lines[i], *p = &page->lines[prev];
    if (prev != i && asks(lab[prev]) && (wordless(p) || same_line(p, l)))
        return false; /* "-" alone, then the question; or a toggle's text
                         repeated under it */
    if (prev == i || !asks(lab[prev]) || l->kind == LINE_NUMBERED ||
        rules[i].is_question || p->inline_question)
        return true;
    bool lower = l->raw_len > 0 && l->raw[0] >= 'a' && l->raw[0] <= 'z';
    if (lower || text_ends_open(p->raw, p->raw_len) ||
        rules[i].role == ROLE_QUESTION) /* the rules read it as going on */
        return false;
    return text_ends_question(p->raw, p->raw_len) ||
           text_ends_sentence(p->raw, p->raw_len) || prev + 1 != i;
}

/* The first question mark of s (?, ？ or ؟): the offset past it, or 0. */
static size_t first_question_mark(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '?')
            return i + 1;
        if (i + 3 <= len && memcmp(s + i, "\xEF\xBC\x9F", 3) == 0)
            return i + 3;
        if (i + 2 <= len && memcmp(s + i, "\xD8\x9F", 2) == 0)
            return i + 2;
    }
    return 0;
}

/* The length of the question that opens line l, labelled a question, when
 * its answer follows on the same line, or 0: up to its first question mark
 * when a statement follows ("Q:我的訂單狀態是什麼? A: 訂單...", "When is
 * court held? : Court is held ..."), or up to its first sentence when a
 * long line asks nothing ("3. Riding after dark. Be sure you are ...", a
 * numbered tip read as a question). */
static size_t labelled_inline(const text_line *l)
{
    enum { PARAGRAPH_WORDS = 25, HEADING_WORDS = 12 };
    const char *s = l->text;
    size_t len = l->text_len;
    if (text_ends_question(s, len))
        return 0;
    size_t q = first_question_mark(s, len);
    if (q) {
        size_t at = q + qa_space_prefix(s + q, len - q);
        if (at == q || at >= len || text_ends_question(s + at, len - at))
            return 0; /* "?!" or a second question after the first */
        return q;
    }
    if (text_words(s, len) <= PARAGRAPH_WORDS)
        return 0;
    for (size_t i = 0; i + 2 < len; i++)
        if ((s[i] == '.' || s[i] == '!') && s[i + 1] == ' ') {
            size_t at = i + 1 + qa_space_prefix(s + i + 1, len - i - 1);
            if (text_words(s, i + 1) > HEADING_WORDS)
                return 0;
            if (text_starts_upper(s + at, len - at) && text_words(s, i + 1) >= 2)
                return i + 1;
        }
    return 0;
}

/* The text of the question that opens on line i and goes on over the
 * question lines up to end. */
static char *question_text(text_page *page, size_t i, size_t end)
{
    const text_line *q = &page->lines[i];
    qa_buf b = {0};
    qa_buf_put(&b, q->text, q->inline_question ? q->inline_question
                                               : q->text_len);
    const text_line *last = q;
    for (size_t k = i + 1; k < end && !q->inline_question; k++) {
        const text_line *l = &page->lines[k];
        if (l->kind == LINE_BLANK || l->kind == LINE_JUNK ||
            same_line(l, last))
            continue;
        if (wordless(last))
            b.len = 0;
        if (b.len)
            qa_buf_puts(&b, " ");
        qa_buf_put(&b, l->text, l->text_len);
        last = l;
    }
    return finish_question(page->doc, &b);
}

static char *joined(qa_doc *doc, const text_page *page, const line_role *lab,
                    size_t from, size_t to, line_role role)
{
    qa_buf b = {0};
    for (size_t k = from; k < to; k++)
        if (lab[k] == role) {
            if (b.len)
                qa_buf_puts(&b, " ");
            qa_buf_put(&b, page->lines[k].raw, page->lines[k].raw_len);
        }
    char *s = b.len ? qa_strndup(doc->arena, b.data, b.len) : NULL;
    qa_buf_free(&b);
    return s;
}

/* The header, lines [0, first): breadcrumb, title and preamble as the
 * labels say. */
static void read_labelled_header(text_page *page, const line_role *lab,
                                 size_t first)
{
    qa_doc *doc = page->doc;
    for (size_t k = 0; k < first; k++) {
        text_line *l = &page->lines[k]; /* its text: "• Billing" reads "Billing" */
        if (lab[k] != ROLE_BREADCRUMB ||
            qa_breadcrumb_separator_line(l->text, l->text_len))
            continue;
        char *line = qa_strndup(doc->arena, l->text, l->text_len);
        size_t before = doc->n_categories;
        if (!qa_breadcrumb_read(doc, line, true) &&
            doc->n_categories == before &&
            qa_breadcrumb_crumb_line(l->text, l->text_len) &&
            !qa_breadcrumb_label_line(l->text, l->text_len))
            qa_breadcrumb_add_crumb(doc, l->text, l->text_len);
    }
    breadcrumb_tidy(doc, 0);
    doc->title = joined(doc, page, lab, 0, first, ROLE_TITLE);
    page->untitled = !doc->title;
    if (doc->title)
        drop_page_crumb(doc);
    else
        doc->title = "";
    for (size_t k = 0; k < first; k++)
        if (lab[k] == ROLE_BREADCRUMB || lab[k] == ROLE_TITLE ||
            lab[k] == ROLE_FURNITURE)
            page->lines[k].kind = page->lines[k].kind == LINE_BLANK
                                      ? LINE_BLANK : LINE_JUNK;
    size_t body = 0; /* a "Posted in:" line under the title */
    for (size_t k = 0; k < first; k++)
        if (lab[k] == ROLE_TITLE)
            body = k + 1;
    category_line(page, body, first);
    read_blocks(page, 0, first, &doc->preamble);
}

/* A question's label alone on its line, its text on the next ("1. Q",
 * then "How do I join?"; "Pregunta:", then the question), as help-centre
 * boards print them: the label line is a label, with its number going to
 * the question on the line after it. */
static void label_before_question(text_page *page, line_role *lab)
{
    for (size_t i = 0; i < page->n_lines; i++) {
        text_line *l = &page->lines[i];
        if (!asks(lab[i]) || !reader_bare_label(l))
            continue;
        size_t k = i + 1;
        while (k < page->n_lines && page->lines[k].kind == LINE_BLANK)
            k++;
        if (k == page->n_lines || asks(lab[k]) ||
            page->lines[k].kind != LINE_TEXT ||
            text_words(page->lines[k].text, page->lines[k].text_len) < 2)
            continue;
        lab[k] = lab[i];
        lab[i] = ROLE_LABEL;
        if (l->kind == LINE_NUMBERED) {
            page->lines[k].kind = LINE_NUMBERED;
            page->lines[k].number = l->number;
        }
        l->kind = LINE_JUNK;
    }
}

/* The document that the labels of every line describe.  rules: the lines
 * as the rule-based passes left them, for what they measured. */
static qa_doc *read_labelled(const char *data, size_t len, const char *name,
                             line_role *lab, const rules_line *rules,
                             size_t n_rules)
{
    char *text;
    size_t text_len;
    qa_doc *doc = qa_text_doc_new(data, len, name, true, &text, &text_len);
    text_page page = {.doc = doc};
    if (!text)
        return doc;
    split_lines(&page, text, text_len);
    if (page.n_lines != n_rules) { /* cannot happen: the same text */
        qa_doc_free(doc);
        return NULL;
    }
    label_before_question(&page, lab);
    size_t first = page.n_lines;
    for (size_t i = 0; i < page.n_lines; i++) {
        text_line *l = &page.lines[i];
        l->inline_question = rules[i].inline_question;
        if (asks(lab[i]) && !l->inline_question)
            l->inline_question = labelled_inline(l);
        if (lab[i] == ROLE_FURNITURE && l->kind != LINE_BLANK)
            l->kind = LINE_JUNK;
        if (l->roman && !asks(lab[i])) { /* "I. Background" */
            l->kind = LINE_TEXT;
            l->number = 0;
            l->text = l->raw;
            l->text_len = l->raw_len;
        }
        if (asks(lab[i]) && first == page.n_lines)
            first = i;
    }
    read_labelled_header(&page, lab, first);
    if (first == page.n_lines) {
        qa_diag_add(doc, QA_ERROR, "no-questions", page.n_lines ? 1 : 0,
                    "no question found: expected numbered questions "
                    "(\"1. What ...?\") or question lines ending in '?'");
        return doc;
    }
    const char *section = NULL;
    for (size_t i = first; i < page.n_lines;) {
        /* the question: line i and the question lines that go on with it */
        size_t last = i;
        for (size_t k = i + 1; k < page.n_lines; k++) {
            if (page.lines[k].kind == LINE_BLANK || lab[k] == ROLE_FURNITURE)
                continue;
            if (!asks(lab[k]) || opens_question(&page, lab, rules, last, k))
                break;
            last = k;
        }
        size_t end = last + 1, next = end, held = last;
        for (; next < page.n_lines; next++) {
            if (page.lines[next].kind == LINE_BLANK ||
                lab[next] == ROLE_FURNITURE)
                continue;
            if (asks(lab[next]) &&
                opens_question(&page, lab, rules, held, next))
                break;
            held = next;
        }
        text_line *q = &page.lines[i];
        long number = q->kind == LINE_NUMBERED ? q->number : 0;
        qa_entry *e = qa_doc_add_entry(doc, number, question_text(&page, i, end),
                                       q->lineno);
        e->section = section;
        if (lab[i] == ROLE_TITLE_QUESTION && doc->n_entries == 1) {
            doc->title = e->question;
            drop_page_crumb(doc);
        }
        /* a section line before the next question heads the next entry */
        section = NULL;
        for (size_t k = end; k < next; k++)
            if (lab[k] == ROLE_SECTION) {
                section = qa_strndup(doc->arena, page.lines[k].raw,
                                     page.lines[k].raw_len);
                page.lines[k].kind = LINE_JUNK;
            } else if ((lab[k] == ROLE_TITLE || lab[k] == ROLE_BREADCRUMB) &&
                       page.lines[k].kind != LINE_BLANK) {
                page.lines[k].kind = LINE_JUNK;
            }
        text_line lead = answer_lead(q);
        read_answer(&page, q, q->inline_question ? &lead : NULL, end, next,
                    &e->answer);
        if (e->answer.n == 0) {
            e->flags |= QA_FLAG_EMPTY_ANSWER;
            qa_diag_add(doc, QA_WARNING, "empty-answer", q->lineno,
                        "question %s has no answer", e->id);
        }
        i = next;
    }
    /* a section line over the first question heads it */
    for (size_t k = first; k-- > 0;) {
        if (page.lines[k].kind == LINE_BLANK)
            continue;
        if (lab[k] == ROLE_SECTION) {
            qa_blocks *pre = &doc->preamble;
            if (pre->n > 0 && pre->v[pre->n - 1].line == page.lines[k].lineno)
                pre->n--;
            doc->entries[0].section = qa_strndup(doc->arena, page.lines[k].raw,
                                                 page.lines[k].raw_len);
        }
        break;
    }
    mark_truncation(&page);
    for (size_t k = 0; k < first; k++) /* for title_question() */
        page.lines[k].role = lab[k];
    title_question(&page, first, page.untitled);
    return doc;
}

static qa_doc *read_text(const char *data, size_t len, const char *name,
                         const reader_model *m, bool by_labels_always,
                         line_role **labels, size_t *n_labels,
                         qa_cancel *cancel)
{
    text_page page;
    qa_doc *doc = read_by_rules(data, len, name, &page, cancel);
    if (qa_cancelled(cancel)) /* incomplete, to be thrown away */
        m = NULL;
    size_t n = page.n_lines;
    line_role *lab = qa_xmalloc((n ? n : 1) * sizeof *lab);
    for (size_t i = 0; i < n; i++)
        lab[i] = page.lines[i].kind == LINE_BLANK ? ROLE_BLANK
                                                  : page.lines[i].role;
    if (m && n > 0) {
        line_role *rules = qa_xmalloc(n * sizeof *rules);
        memcpy(rules, lab, n * sizeof *rules);
        size_t title = n;
        double title_margin = 0;
        double margin = reader_label(&page, m, lab, &title, &title_margin,
                                     cancel);
        bool same = margin <= m->switch_margin;
        if (same) /* the rules' reading stands */
            memcpy(lab, rules, n * sizeof *rules);
        free(rules);
        /* and its title too, unless the title stage is surer of another
         * line */
        bool retitled = (!same || (title < n && title_margin > m->title_switch)) &&
                        reader_retitle(lab, n, title);
        if ((!same || retitled || by_labels_always) &&
            !qa_cancelled(cancel)) {
            /* the rules' document and lines go before the labels' are
             * built: a page is read twice, but held once */
            rules_line *seen = rules_lines(&page);
            qa_doc_free(doc); /* page's lines live in doc's arena */
            doc = read_labelled(data, len, name, lab, seen, n);
            free(seen);
            if (!doc) /* cannot happen: the same text gives the same lines */
                doc = read_by_rules(data, len, name, &page, cancel);
        }
    }
    if (labels) {
        *labels = lab;
        *n_labels = n;
    } else {
        free(lab);
    }
    return doc;
}

qa_doc *reader_read_features(const char *data, size_t len, const char *name,
                             line_role **rules, double **features, size_t *n)
{
    text_page page;
    qa_doc *doc = read_by_rules(data, len, name, &page, NULL);
    *n = page.n_lines;
    *rules = qa_xmalloc((*n ? *n : 1) * sizeof **rules);
    for (size_t i = 0; i < *n; i++)
        (*rules)[i] = page.lines[i].kind == LINE_BLANK ? ROLE_BLANK
                                                      : page.lines[i].role;
    *features = reader_features(&page);
    return doc;
}

qa_doc *reader_read_labelled(const char *data, size_t len, const char *name,
                             const line_role *labels, size_t n)
{
    text_page page;
    qa_doc *rules = read_by_rules(data, len, name, &page, NULL);
    size_t lines = page.n_lines;
    rules_line *seen = rules_lines(&page);
    qa_doc_free(rules);
    line_role *lab = qa_xmalloc((n ? n : 1) * sizeof *lab);
    memcpy(lab, labels, n * sizeof *lab);
    qa_doc *doc = lines == n ? read_labelled(data, len, name, lab, seen, n)
                             : NULL;
    free(lab);
    free(seen);
    return doc;
}

double reader_margin(const char *data, size_t len, const char *name,
                     const reader_model *m)
{
    text_page page;
    qa_doc *doc = read_by_rules(data, len, name, &page, NULL);
    double margin = 0;
    if (page.n_lines > 0) {
        line_role *lab = qa_xmalloc(page.n_lines * sizeof *lab);
        for (size_t i = 0; i < page.n_lines; i++)
            lab[i] = page.lines[i].kind == LINE_BLANK ? ROLE_BLANK
                                                      : page.lines[i].role;
        margin = reader_label(&page, m, lab, NULL, NULL, NULL);
        free(lab);
    }
    qa_doc_free(doc);
    return margin;
}

qa_doc *qa_read_text_with(const char *data, size_t len, const char *name,
                          const reader_model *m, bool by_labels_always,
                          line_role **labels, size_t *n_labels)
{
    return read_text(data, len, name, m, by_labels_always, labels, n_labels,
                     NULL);
}

qa_doc *qa_read_text(const char *data, size_t len, const char *name,
                     qa_cancel *cancel)
{
    return read_text(data, len, name, &reader_fitted, false, NULL, NULL,
                     cancel);
}
