/* read_text_blocks.c - answer paragraphs and lists from raw lines.
 *
 * Scraped pages put one paragraph on a line, so every text line starts a
 * paragraph, except a line that plainly continues the one before (it ends
 * without punctuation and the next begins in lower case, or it stops after
 * a comma or a word such as "the" or "in", as in text wrapped by hand).
 * A list is a run of items of one kind; blank lines between items do not
 * end it, a paragraph does, and an ordered list ends where the numbering
 * starts over.  Lettered items nest under the numbered item they follow;
 * bullets nest under a numbered item that ends with a colon. */
#include "read_text.h"
#include "text.h"

#include <string.h>
#include <strings.h>

typedef struct builder {
    text_page *page;
    qa_blocks *blocks;
    qa_block *para;     /* paragraph that may continue, or NULL */
    qa_block *list;     /* list that may continue, or NULL */
    line_kind list_kind;
    int32_t list_marker; /* the bullet of a bullet list: '-', U+2022 */
    size_t list_indent;
    long last_number;
    qa_item *item;      /* last top-level item, for nesting */
    qa_item *sub;       /* last nested item, for continuations */
    size_t item_indent; /* white space before the last item's marker */
    bool after_blank;
    const text_line *last; /* the line before, unless blank */
    bool paired; /* the question carries a "Q" marker: "A." answers it */
    char *grow; /* the text that wrapped lines are being joined to */
    size_t grow_len, grow_cap;
} builder;

static size_t text_len(const builder *b, const char *s)
{
    return s == b->grow ? b->grow_len : strlen(s);
}

/* Appends " line" to the text in *slot.  The text grows in place, with
 * room to spare, so that a paragraph wrapped over many lines is joined in
 * linear time (copying it whole for every line was quadratic). */
static void join(builder *b, const char **slot, const char *line, size_t n)
{
    size_t len = text_len(b, *slot);
    if (*slot != b->grow || len + n + 2 > b->grow_cap) {
        size_t cap = 2 * (len + n + 2);
        char *grown = qa_alloc(b->page->doc->arena, cap);
        memcpy(grown, *slot, len);
        b->grow = grown;
        b->grow_cap = cap;
    }
    b->grow[len++] = ' ';
    memcpy(b->grow + len, line, n);
    len += n;
    b->grow[len] = '\0';
    b->grow_len = len;
    *slot = b->grow;
}

/* Does s[0..len) end in an abbreviation: "U.S.", "e.g.", "Dept.", "Inc."
 * (a word with a dot inside, or of up to four letters with a capital)? */
static bool ends_abbreviation(const char *s, size_t len)
{
    if (len < 2 || s[len - 1] != '.')
        return false;
    size_t start = len - 1;
    while (start > 0 && s[start - 1] != ' ')
        start--;
    const char *w = s + start;
    size_t n = len - 1 - start; /* without the final dot */
    if (n == 0)
        return false;
    if (memchr(w, '.', n))
        return true;
    for (size_t i = 0; i < n; i++)
        if (!((w[i] | 0x20) >= 'a' && (w[i] | 0x20) <= 'z'))
            return false;
    return n <= 4 && w[0] >= 'A' && w[0] <= 'Z';
}

/* Does text a continue on line l?  It does where a stops open, or where l
 * goes on in lower case after anything but the end of a sentence (an
 * abbreviation's dot is none: "the U.S." / "citizen spouse"), on
 * hard-wrapped text wherever the line before is full, and with a
 * quotation's attribution. */
static bool continues(const builder *b, const char *a, const text_line *l)
{
    size_t alen = text_len(b, a);
    if (alen == 0)
        return false;
    if (l->attribution || (b->last && wrapped_after(b->page, b->last, l)))
        return true;
    int32_t cp;
    qa_utf8_next(l->raw, l->raw_len, &cp);
    if (text_ends_sentence(a, alen))
        return qa_is_lower_cp(cp) && ends_abbreviation(a, alen);
    return qa_is_lower_cp(cp) || text_ends_open(a, alen);
}

static void end_list(builder *b)
{
    b->list = NULL;
    b->item = b->sub = NULL;
}

/* The offset just past the punctuation of an answer marker that opens s,
 * or 0.  The answer's side of the question markers (read_text.c): "A:",
 * "A1.", "A1)", "Ans:", "Ans.", "Answer:", "Answer 1 -", in any case, in
 * Spanish "Respuesta:", "R1.", "R:", and the labels of pages in other
 * languages ("Resposta:", "Réponse :", "Repons:", "Trả lời:", "答：").
 * A bare "A" needs its colon, since
 * "A. " opens lettered lists ("A. The basic plan." "B. ..."), unless it is
 * paired with a "Q." or "Q -" that asked the question; a bare "R" always
 * does.  "A.M." and "A-list" are words; the words need their punctuation
 * ("Answers vary", "Ansel:" stay). */
static size_t answer_marker_punct(const char *s, size_t len, bool paired)
{
    static const char *const words[] = {
        "answer", "respuesta", "resposta", "r\xC3\xA9ponse", "reponse",
        "repons", "tr\xE1\xBA\xA3 l\xE1\xBB\x9Di", /* trả lời */
        "\xE7\xAD\x94", "\xEB\x8B\xB5\xEB\xB3\x80", "ans"}; /* 答, 답변 */
    size_t i = 0;
    bool r = false;
    for (size_t w = 0; w < sizeof words / sizeof *words && !i; w++) {
        size_t n = strlen(words[w]);
        if (len >= n && strncasecmp(s, words[w], n) == 0)
            i = n;
    }
    if (!i && len >= 1 && (s[0] == 'A' || s[0] == 'a'))
        i = 1;
    else if (!i && len >= 1 && (s[0] == 'R' || s[0] == 'r'))
        i = 1, r = true;
    if (!i)
        return 0;
    bool word = i > 1;
    size_t j = i + qa_space_prefix(s + i, len - i);
    size_t k = j;
    while (k < len && s[k] >= '0' && s[k] <= '9')
        k++;
    bool digits = k > j;
    if (!digits && j > i && !word && !paired)
        return 0; /* "A program", "A - " unless paired */
    k += qa_space_prefix(s + k, len - k);
    if (k >= len)
        return 0;
    char p = s[k];
    if (len - k >= 3 && memcmp(s + k, FULL_WIDTH_COLON, 3) == 0)
        return k + 3; /* "答：" */
    if (r && !digits && p != ':')
        return 0; /* "R. Smith": a bare "R" needs its colon */
    bool named = word || digits || paired;
    bool ok = p == ':' || ((p == '.' || p == ')') && named) ||
              (p == '-' && named && k > i);
    return ok ? k + 1 : 0;
}

/* The length of the marker that opens an answer's first line, white space
 * after it included, or 0. */
static size_t answer_marker(const char *s, size_t len, bool paired)
{
    size_t k = answer_marker_punct(s, len, paired);
    if (!k)
        return 0;
    size_t sp = qa_space_prefix(s + k, len - k);
    if (k + sp >= len)
        return 0; /* nothing after the marker: keep the line as it is */
    if (s[k - 1] != ':' && sp == 0 &&
        !(k >= 3 && memcmp(s + k - 3, FULL_WIDTH_COLON, 3) == 0))
        return 0; /* "A.M.", "Ans.5" */
    return k + sp;
}

/* "Answer:" or "A1." alone on a line, its answer on the lines after; or,
 * after a "Q", an icon's bare "A". */
static bool answer_marker_alone(const text_line *l, bool paired)
{
    if (paired && l->raw_len == 1 && l->raw[0] == 'A')
        return true;
    size_t k = answer_marker_punct(l->raw, l->raw_len, paired);
    return k > 0 && k == l->raw_len;
}

static void add_paragraph(builder *b, const text_line *l)
{
    qa_doc *doc = b->page->doc;
    end_list(b);
    b->para = qa_blocks_add(doc, b->blocks, QA_BLOCK_PARAGRAPH, l->lineno);
    const char *s = l->raw;
    size_t len = l->raw_len;
    if (b->blocks->n == 1) {
        size_t m = answer_marker(s, len, b->paired);
        s += m;
        len -= m;
    }
    b->para->text = qa_strndup(doc->arena, s, len);
}

static qa_item *add_item(builder *b, qa_list *list, const text_line *l)
{
    qa_doc *doc = b->page->doc;
    qa_item *it = qa_list_add(doc, list,
                              qa_strndup(doc->arena, l->text, l->text_len),
                              l->lineno);
    it->number = l->number;
    return it;
}

static void add_sub_item(builder *b, const text_line *l, bool ordered)
{
    qa_doc *doc = b->page->doc;
    if (!b->item->sublist) {
        b->item->sublist = qa_alloc(doc->arena, sizeof *b->item->sublist);
        b->item->sublist->ordered = ordered;
    }
    b->sub = add_item(b, b->item->sublist, l);
    b->item_indent = l->indent;
}

/* Does item l go on the list?  Numbers go up, or all are "1.", as
 * Markdown lets a list be written. */
static bool list_continues(const builder *b, const text_line *l)
{
    if (!b->list || b->list_kind != l->kind)
        return false;
    return l->kind != LINE_NUMBERED && l->kind != LINE_LETTERED
               ? true
               : l->number > b->last_number ||
                     (l->number == 1 && b->last_number == 1);
}

static int32_t bullet_of(const text_line *l)
{
    int32_t cp = 0;
    if (l->kind == LINE_BULLET)
        qa_utf8_next(l->raw, l->raw_len, &cp);
    return cp;
}

/* A bullet under an item of a bullet list, marked with another bullet
 * ("o" under "·", "◦" under "•") or indented further, is a sub-item; the
 * list's own bullet at its own depth goes back to the top level. */
static bool nests_in_bullets(const builder *b, const text_line *l)
{
    return l->kind == LINE_BULLET && b->list_kind == LINE_BULLET &&
           b->list && b->item &&
           (bullet_of(l) != b->list_marker || l->indent > b->list_indent);
}

static void add_list_line(builder *b, const text_line *l)
{
    qa_doc *doc = b->page->doc;
    b->para = NULL;
    bool under_number = b->item && b->list_kind == LINE_NUMBERED;
    bool indented = under_number && l->indent > b->list_indent;
    bool nests_letter = l->kind == LINE_LETTERED && under_number;
    bool nests_number = l->kind == LINE_NUMBERED && indented;
    bool nests_bullet = l->kind == LINE_BULLET && under_number &&
                        (b->item->sublist || indented ||
                         (!b->after_blank && b->item->text[0] &&
                          b->item->text[text_len(b, b->item->text) - 1] == ':'));
    if (nests_letter || nests_number || nests_bullet ||
        nests_in_bullets(b, l)) {
        add_sub_item(b, l, nests_letter || nests_number);
        return;
    }
    if (!list_continues(b, l)) {
        b->list = qa_blocks_add(doc, b->blocks, QA_BLOCK_LIST, l->lineno);
        b->list->list.ordered = l->kind != LINE_BULLET;
        b->list_kind = l->kind;
        b->list_marker = bullet_of(l);
        b->list_indent = l->indent;
    }
    b->last_number = l->number;
    b->item = add_item(b, &b->list->list, l);
    b->item_indent = l->indent;
    b->sub = NULL;
}

/* Is the item's text a label only, its text to come ("3. Sick Time:")? */
static bool label_only(const builder *b, const qa_item *item)
{
    enum { LABEL_MAX_WORDS = 6 };
    size_t len = text_len(b, item->text);
    return len > 0 && item->text[len - 1] == ':' &&
           text_words(item->text, len) <= LABEL_MAX_WORDS;
}

static void add_text_line(builder *b, const text_line *l)
{
    qa_item *last = b->sub ? b->sub : b->item;
    /* An item goes on on the lines indented under its marker, and a label
     * on the line right under it. */
    if (!b->after_blank && last &&
        (continues(b, last->text, l) || l->indent > b->item_indent ||
         (b->last && b->last->kind != LINE_TEXT && label_only(b, last)))) {
        join(b, &last->text, l->raw, l->raw_len);
        return;
    }
    if (!b->after_blank && b->para && continues(b, b->para->text, l)) {
        join(b, &b->para->text, l->raw, l->raw_len);
        return;
    }
    add_paragraph(b, l);
}

/* A line with a marker that marks no list item here: its text, marker
 * and all. */
static void add_as_text(builder *b, const text_line *l)
{
    text_line text = *l;
    text.kind = LINE_TEXT;
    add_text_line(b, &text);
}

/* "A) " at the start of the answer to a question asked with "Q": the
 * answer's marker, not a lettered list's first item. */
static bool opens_paired_answer(const builder *b, const text_line *l)
{
    return b->paired && b->blocks->n == 0 && l->raw[0] == 'A' &&
           answer_marker(l->raw, l->raw_len, true) > 0;
}

void read_blocks(text_page *page, size_t from, size_t to, qa_blocks *blocks)
{
    read_answer(page, NULL, NULL, from, to, blocks);
}

void read_answer(text_page *page, const text_line *question,
                 const text_line *lead, size_t from, size_t to,
                 qa_blocks *blocks)
{
    builder b = {.page = page,
                 .blocks = blocks,
                 .paired = question && question->question_mark};
    if (lead)
        add_text_line(&b, lead);
    for (size_t i = from; i < to; i++) {
        const text_line *l = &page->lines[i];
        switch (l->kind) {
        case LINE_BLANK:
            b.after_blank = true;
            b.para = NULL;
            b.last = NULL;
            continue;
        case LINE_JUNK:
            continue;
        case LINE_TEXT:
            if (blocks->n == 0 && answer_marker_alone(l, b.paired))
                continue;
            add_text_line(&b, l);
            break;
        case LINE_LETTERED:
            if (opens_paired_answer(&b, l)) { /* "Q. ...?" then "A) ..." */
                add_as_text(&b, l);
                break;
            }
            add_list_line(&b, l);
            break;
        case LINE_NUMBERED:
            if (l->question_mark && l->number == 0) {
                add_as_text(&b, l); /* a follow-up "Q: ...?" */
                break;
            }
            add_list_line(&b, l);
            break;
        case LINE_BULLET:
            add_list_line(&b, l);
            break;
        }
        b.after_blank = false;
        b.last = l;
    }
}
