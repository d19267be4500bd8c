/* read_md.c - qaconv's own Markdown read back into the model.
 *
 * The input is the layout write_md.c produces (see there): a level-1
 * heading is the title, the emphasised "Categories:" line the categories,
 * each level-2 heading a question ("N. " in front is its number; on a page
 * with sections, each level-3 heading, under level-2 section headings), and the
 * paragraphs and lists under it the answer; a list item opening with strong
 * "Label:" has a label, a list inside an item is its sublist.  Blocks before
 * the first question are the preamble.  Optional YAML front matter is read
 * by read_md_front.c.
 *
 * cmark parses the text; the tree is walked with cmark_iter and an explicit
 * stack of open lists, never by recursion, so deeply nested input cannot
 * exhaust the C stack.  Inline markup is flattened to plain text. */
#include "read_md.h"
#include "lang_words.h"
#include "text.h"

#include <cmark.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Lists nested deeper than this are kept as text of the enclosing item:
 * other writers render sublists recursively. */
#define MAX_LIST_DEPTH 32

typedef struct list_frame {
    qa_list *list;
    qa_item *item;  /* the open item, NULL between items */
    bool has_text;  /* the open item's first paragraph was read */
    qa_buf text;    /* the open item's text so far */
} list_frame;

typedef struct md_reader {
    qa_doc *doc;
    qa_cancel *cancel;
    size_t nodes; /* seen by walk, for the looks at cancel */
    size_t line_offset; /* lines of front matter before the Markdown */
    qa_blocks *target;  /* the preamble, then the last entry's answer */
    bool have_title, have_categories, warned_depth;
    int question_level;  /* 2, or 3 on a page with sections */
    const char *section; /* the section heading the next question opens */
    list_frame *stack;
    size_t depth, cap;
    qa_buf scratch;
} md_reader;

/* ---- plain text ------------------------------------------------------- */

static bool is_block(cmark_node_type t)
{
    return t >= CMARK_NODE_FIRST_BLOCK && t <= CMARK_NODE_LAST_BLOCK;
}

static void put_space(qa_buf *b)
{
    if (b->len > 0 && b->data[b->len - 1] != ' ')
        qa_buf_put(b, " ", 1);
}

/* Appends the plain text of node and everything below it. */
static void flatten_node(qa_buf *b, cmark_node *node)
{
    cmark_iter *it = cmark_iter_new(node);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node_type t = cmark_node_get_type(n);
        if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)
            qa_buf_put(b, " ", 1);
        else if (is_block(t))
            put_space(b); /* blocks flattened into one line: a space apart */
        /* raw HTML is markup, not text: it is left out */
        if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE ||
            t == CMARK_NODE_CODE_BLOCK)
            qa_buf_puts(b, cmark_node_get_literal(n));
    }
    cmark_iter_free(it);
}

/* Appends the plain text of node and its following siblings. */
static void flatten_from(qa_buf *b, cmark_node *node)
{
    for (; node; node = cmark_node_next(node))
        flatten_node(b, node);
}

char *md_clean_text(qa_doc *doc, const char *s, size_t len)
{
    /* cmark decodes "&#xFFFE;" into a lone byte that is not UTF-8, and
     * "&#1;" into a control character: both are cleaned here. */
    size_t replaced = 0, dropped = 0;
    char *out = qa_model_text(doc->arena, s, len, &replaced, &dropped);
    size_t n = strlen(out);
    size_t lead = qa_space_prefix(out, n);
    n -= lead;
    memmove(out, out + lead, n);
    n -= qa_space_suffix(out, n);
    out[n] = '\0';
    return out;
}

/* Plain text of node (from its child first on, when first is given). */
static char *text_of(md_reader *r, cmark_node *node, cmark_node *first)
{
    r->scratch.len = 0;
    if (first)
        flatten_from(&r->scratch, first);
    else
        flatten_node(&r->scratch, node);
    return md_clean_text(r->doc, r->scratch.data ? r->scratch.data : "",
                         r->scratch.len);
}

static size_t line_of(md_reader *r, cmark_node *n)
{
    return (size_t)cmark_node_get_start_line(n) + r->line_offset;
}

/* ---- document level --------------------------------------------------- */

/* White space and middle dots only. */
static bool is_separator(const char *s)
{
    while (*s) {
        if (*s == ' ')
            s++;
        else if (strncmp(s, "\xC2\xB7", 2) == 0) /* · */
            s += 2;
        else
            return false;
    }
    return true;
}

/* "*Categories:* *A* · *B*": emphasis nodes apart from white space and
 * middle dots.  Returns true and adds the categories when p is that line. */
static bool read_categories(md_reader *r, cmark_node *p)
{
    cmark_node *first = cmark_node_first_child(p);
    if (cmark_node_get_type(first) != CMARK_NODE_EMPH ||
        strcmp(text_of(r, first, NULL), "Categories:") != 0)
        return false;
    for (cmark_node *n = cmark_node_next(first); n; n = cmark_node_next(n)) {
        cmark_node_type t = cmark_node_get_type(n);
        if (t != CMARK_NODE_EMPH &&
            !(t == CMARK_NODE_TEXT && is_separator(cmark_node_get_literal(n))))
            return false;
    }
    for (cmark_node *n = cmark_node_next(first); n; n = cmark_node_next(n))
        if (cmark_node_get_type(n) == CMARK_NODE_EMPH) {
            const char *c = text_of(r, n, NULL);
            if (*c) /* "*&#1;*" holds nothing once cleaned */
                qa_doc_add_category(r->doc, c);
        }
    r->have_categories = true;
    return true;
}

/* "12. What ...?" -> 12 and the offset of "What"; 0 when s has no number.
 * A question whose own text starts with a number is written "0. 1. ...".
 * Numbers are as a page writes them, never negative: "-1. " is text. */
static size_t heading_number(const char *s, long *number)
{
    size_t i = 0;
    long v = 0;
    for (; s[i] >= '0' && s[i] <= '9'; i++) {
        if (v > (LONG_MAX - (s[i] - '0')) / 10)
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    if (i == 0 || s[i] != '.' || (s[i + 1] != ' ' && s[i + 1] != '\0'))
        return 0;
    *number = v;
    return s[i + 1] ? i + 2 : i + 1;
}

static void finish_entry(md_reader *r)
{
    qa_doc *doc = r->doc;
    if (doc->n_entries == 0)
        return;
    qa_entry *e = &doc->entries[doc->n_entries - 1];
    if (e->answer.n == 0) {
        e->flags |= QA_FLAG_EMPTY_ANSWER;
        qa_diag_add(doc, QA_WARNING, "empty-answer", e->line,
                    "question %s has no answer", e->id);
    }
}

static void add_paragraph(md_reader *r, cmark_node *n, const char *text)
{
    if (*text)
        qa_blocks_add(r->doc, r->target, QA_BLOCK_PARAGRAPH, line_of(r, n))
            ->text = text;
}

static void read_heading(md_reader *r, cmark_node *h)
{
    int level = cmark_node_get_heading_level(h);
    char *text = text_of(r, h, NULL);
    if (level == 1 && !r->have_title && r->doc->n_entries == 0) {
        r->doc->title = text;
        r->have_title = true;
    } else if (level == 2 && r->question_level == 3) {
        if (r->section) /* a section without questions: its heading stays */
            add_paragraph(r, h, r->section);
        r->section = *text ? text : NULL;
    } else if (level == r->question_level) {
        finish_entry(r);
        long number = 0;
        size_t skip = heading_number(text, &number);
        skip += qa_space_prefix(text + skip, strlen(text + skip));
        if (!text[skip]) {
            qa_diag_add(r->doc, QA_WARNING, "empty-question", line_of(r, h),
                        "a question heading without text is not a question; "
                        "what follows it joins the text before");
            return;
        }
        qa_entry *e = qa_doc_add_entry(r->doc, number, text + skip,
                                       line_of(r, h));
        e->section = r->section;
        r->section = NULL;
        r->target = &e->answer;
    } else {
        add_paragraph(r, h, text);
    }
}

/* ---- lists ------------------------------------------------------------ */

static void push_list(md_reader *r, qa_list *list)
{
    if (r->depth == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 8;
        r->stack = qa_xrealloc(r->stack, r->cap * sizeof *r->stack);
    }
    r->stack[r->depth++] = (list_frame){.list = list};
}

static list_frame *top(md_reader *r)
{
    return r->depth ? &r->stack[r->depth - 1] : NULL;
}

/* Enters a list; returns false when it is too deep and was read as text. */
static bool enter_list(md_reader *r, cmark_node *n)
{
    bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
    list_frame *f = top(r);
    if (!f) {
        /* An ordered list that goes on where the list just before it
         * stopped is the same list: the writer cuts long ones in runs. */
        qa_block *prev = r->target->n ? &r->target->v[r->target->n - 1] : NULL;
        int start = cmark_node_get_list_start(n);
        if (ordered && prev && prev->type == QA_BLOCK_LIST &&
            prev->list.ordered && start > 1 &&
            (size_t)start == prev->list.n_items + 1) {
            push_list(r, &prev->list);
            return true;
        }
        qa_block *b = qa_blocks_add(r->doc, r->target, QA_BLOCK_LIST,
                                    line_of(r, n));
        b->list.ordered = ordered;
        push_list(r, &b->list);
        return true;
    }
    if (!f->item)
        return false; /* cmark puts lists in items only; ignore otherwise */
    if (r->depth >= MAX_LIST_DEPTH) {
        put_space(&f->text);
        flatten_node(&f->text, n);
        f->has_text = true;
        if (!r->warned_depth)
            qa_diag_add(r->doc, QA_WARNING, "deep-list", line_of(r, n),
                        "lists nested more than %d deep are kept as text",
                        MAX_LIST_DEPTH);
        r->warned_depth = true;
        return false;
    }
    if (!f->item->sublist) {
        f->item->sublist = qa_alloc(r->doc->arena, sizeof *f->item->sublist);
        f->item->sublist->ordered = ordered;
    }
    push_list(r, f->item->sublist);
    return true;
}

static void enter_item(md_reader *r, cmark_node *n)
{
    list_frame *f = top(r);
    f->item = qa_list_add(r->doc, f->list, "", line_of(r, n));
    f->has_text = false;
    f->text.len = 0;
}

static void exit_item(md_reader *r)
{
    list_frame *f = top(r);
    f->item->text = md_clean_text(r->doc, f->text.data ? f->text.data : "",
                                  f->text.len);
    f->item = NULL;
}

/* First paragraph of an item: "**Label:** text" gives the label. */
static void item_paragraph(md_reader *r, list_frame *f, cmark_node *p)
{
    cmark_node *first = cmark_node_first_child(p);
    if (!f->has_text && cmark_node_get_type(first) == CMARK_NODE_STRONG) {
        char *label = text_of(r, first, NULL);
        size_t len = strlen(label);
        if (len > 0 && label[len - 1] == ':') {
            label[len - 1] = '\0';
            label = md_clean_text(r->doc, label, len - 1);
            f->item->label = *label ? label : NULL;
            first = cmark_node_next(first);
        }
    }
    put_space(&f->text);
    flatten_from(&f->text, first);
    f->has_text = true;
}

/* ---- the walk --------------------------------------------------------- */

/* A block with text: a paragraph, heading or code block.  Inside a list it
 * belongs to the open item; at the top it is the title, a question, the
 * categories line or a paragraph of the preamble or answer. */
static void read_text_block(md_reader *r, cmark_node *n)
{
    list_frame *f = top(r);
    cmark_node_type t = cmark_node_get_type(n);
    if (f && f->item) {
        if (t == CMARK_NODE_PARAGRAPH)
            item_paragraph(r, f, n);
        else {
            put_space(&f->text);
            flatten_node(&f->text, n);
        }
        return;
    }
    bool top_level =
        cmark_node_get_type(cmark_node_parent(n)) == CMARK_NODE_DOCUMENT;
    if (t == CMARK_NODE_HEADING && top_level)
        read_heading(r, n);
    else if (t == CMARK_NODE_PARAGRAPH && top_level && !r->have_categories &&
             r->doc->n_entries == 0 && read_categories(r, n))
        return;
    else
        add_paragraph(r, n, text_of(r, n, NULL));
}

/* A block quote that is write_md.c's notice where the page was cut off
 * ("> *The source page was cut off here; ...*", in any language of
 * lang_words.c): qaconv's words, not the page's.  It flags the entry it
 * ends as truncated instead of joining its answer. */
static bool cut_off_notice(md_reader *r, cmark_node *quote)
{
    if (top(r) || r->doc->n_entries == 0 ||
        cmark_node_get_type(cmark_node_parent(quote)) != CMARK_NODE_DOCUMENT ||
        !qa_words_is_truncated_notice(text_of(r, quote, NULL)))
        return false;
    r->doc->entries[r->doc->n_entries - 1].flags |= QA_FLAG_TRUNCATED;
    return true;
}

static void walk(md_reader *r, cmark_node *root)
{
    cmark_iter *it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (++r->nodes % QA_CANCEL_EVERY == 0 && qa_cancelled(r->cancel))
            break;
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        if (ev == CMARK_EVENT_EXIT) {
            if (t == CMARK_NODE_ITEM)
                exit_item(r);
            else if (t == CMARK_NODE_LIST)
                qa_buf_free(&r->stack[--r->depth].text);
            continue;
        }
        switch (t) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_CODE_BLOCK:
            read_text_block(r, n);
            cmark_iter_reset(it, n, CMARK_EVENT_EXIT); /* inlines are read */
            break;
        case CMARK_NODE_LIST:
            if (!enter_list(r, n))
                cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
            break;
        case CMARK_NODE_ITEM:
            enter_item(r, n);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            if (cut_off_notice(r, n))
                cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
            break;
        default: /* document, other block quotes, raw HTML, thematic break */
            break;
        }
    }
    cmark_iter_free(it);
    while (r->depth > 0) /* left inside a list when cancelled */
        qa_buf_free(&r->stack[--r->depth].text);
    finish_entry(r);
}

/* ---- the reader ------------------------------------------------------- */

/* Questions are level-2 headings, or level-3 ones under level-2 section
 * headings where the document has any at the top. */
static int question_level(cmark_node *root)
{
    for (cmark_node *n = cmark_node_first_child(root); n;
         n = cmark_node_next(n))
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING &&
            cmark_node_get_heading_level(n) == 3)
            return 3;
    return 2;
}

/* Markdown has no place for an entry's id; its heading's number is the
 * reference a reader sees.  Where every question is numbered and the
 * numbers go up, entry "N." is "qN" (a handout whose filter dropped q2
 * reads back as q1, q3, as its JSON does); otherwise ids are positions. */
static void ids_from_numbers(qa_doc *doc)
{
    for (size_t i = 0; i < doc->n_entries; i++)
        if (doc->entries[i].number <= (i ? doc->entries[i - 1].number : 0))
            return;
    for (size_t i = 0; i < doc->n_entries; i++)
        doc->entries[i].id = qa_printf(doc->arena, "q%ld",
                                       doc->entries[i].number);
}

/* libcmark 0.30.2, which Debian 12 ships, takes time quadratic in the
 * link and image openers of one block ("![[]()" repeated: fixed upstream
 * in 0.30.3, CVE-2023-22486).  No page of questions has thousands of
 * brackets in one paragraph: a block of text (up to a blank line) with
 * more is refused before cmark sees it.  SECURITY.md says so. */
#define MD_BLOCK_MAX_BRACKETS 4096

/* The line where a block with too many brackets starts, or 0. */
static size_t bracket_flood(const char *s, size_t len)
{
    size_t line = 1, start = 1, brackets = 0;
    bool blank = true; /* the line so far holds only white space */
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n') {
            if (blank) { /* a blank line ends the block */
                brackets = 0;
                start = line + 1;
            }
            line++;
            blank = true;
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\r')
            blank = false;
        if (c == '[' && ++brackets > MD_BLOCK_MAX_BRACKETS)
            return start;
    }
    return 0;
}

qa_doc *qa_read_md(const char *data, size_t len, const char *name,
                   qa_cancel *cancel)
{
    char *text;
    size_t text_len;
    qa_doc *doc = qa_text_doc_new(data, len, name, false, &text, &text_len);
    if (!text)
        return doc;

    md_front fm = {0};
    size_t skip = md_read_front_matter(doc, text, text_len, &fm);
    size_t flood = bracket_flood(text + skip, text_len - skip);
    if (flood) {
        qa_diag_add(doc, QA_ERROR, "md-brackets", flood + fm.lines,
                    "more than %d '[' in one block of text: refused, as "
                    "the Markdown parser would take too long (SECURITY.md)",
                    MD_BLOCK_MAX_BRACKETS);
        return doc;
    }
    md_reader r = {.doc = doc, .cancel = cancel, .line_offset = fm.lines,
                   .target = &doc->preamble};
    cmark_node *root = cmark_parse_document(text + skip, text_len - skip,
                                            CMARK_OPT_VALIDATE_UTF8);
    r.question_level = question_level(root);
    walk(&r, root);
    if (r.section) /* a last section without questions */
        add_paragraph(&r, root, r.section);
    cmark_node_free(root);
    free(r.stack);
    qa_buf_free(&r.scratch);
    ids_from_numbers(doc);

    md_apply_front_matter(doc, &fm, r.have_title, r.have_categories);
    if (doc->n_entries == 0)
        qa_diag_add(doc, QA_ERROR, "no-questions", text_len ? 1 : 0,
                    "no question found: expected a level-2 heading "
                    "(\"## 1. What ...?\") for each question");
    return doc;
}
