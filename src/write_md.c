/* write_md.c - the model as CommonMark.
 *
 * The writer builds a cmark node tree and lets cmark_render_commonmark do
 * all escaping, so model text can never turn into markup.  The layout is
 * the one read_md.c reads back:
 *
 *   # Title
 *
 *   *Categories:* *Illinois* · *State Regulations and Laws*
 *
 *   preamble paragraphs and lists
 *
 *   ## 1. What ...?            (a number only when the entry has one)
 *
 * or, on a page with sections, "## Section" before the entry that opens
 * each and "### 1. What ...?" for every question;
 *
 *   answer paragraphs, tight lists, "**Label:** text" items, sublists
 *
 * Every category is its own emphasis node: the model holds plain text only,
 * so emphasis in the output is always this line and the reader needs no
 * separator that a category could contain.  An answer the page's end cut
 * off is followed by "> *notice*" (lang_words.c).  --md-front-matter puts
 * YAML with the title, categories, language and --metadata first. */
#include "qaconv.h"
#include "lang_words.h"
#include "meta.h"
#include "text.h"

#include <cmark.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Heading text of a question that a reader would otherwise take for a
 * numbered one ("1. Foo" without a number) gets this prefix: number 0 is
 * how the model spells "unnumbered". */
#define UNNUMBERED_PREFIX "0. "
/* cmark 0.30 numbers an ordered item by counting the items before it, so
 * rendering one long ordered list is quadratic (100,000 items took
 * minutes).  Longer lists go out in runs of this many items, each run
 * starting where the one before stopped; read_md.c joins them again. */
#define ORDERED_RUN 500
/* Content of a list item without text (see new_item). */
#define EMPTY_ITEM "<!-- -->"

typedef struct md_writer {
    qa_arena *tmp; /* strings that only live while the tree is built */
    bool ok;       /* false once cmark refused a node: a bug, not input */
} md_writer;

static void append(md_writer *w, cmark_node *parent, cmark_node *child)
{
    if (!cmark_node_append_child(parent, child)) {
        cmark_node_free(child);
        w->ok = false;
    }
}

static cmark_node *add_text(md_writer *w, cmark_node *parent, const char *s)
{
    cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(t, s);
    append(w, parent, t);
    return t;
}

/* An inline container (emphasis, strong) holding the text s. */
static void add_wrapped(md_writer *w, cmark_node *parent, cmark_node_type type,
                        const char *s)
{
    cmark_node *n = cmark_node_new(type);
    add_text(w, n, s);
    append(w, parent, n);
}

/* Text that opens a block.  cmark 0.30 escapes every other block opener
 * at the start of a line, but not a "~~~" code fence: the first tilde goes
 * out as a character reference, which reads back as the same text. */
static void add_block_text(md_writer *w, cmark_node *parent, const char *s)
{
    if (strncmp(s, "~~~", 3) == 0) {
        cmark_node *ref = cmark_node_new(CMARK_NODE_HTML_INLINE);
        cmark_node_set_literal(ref, "&#126;");
        append(w, parent, ref);
        s++;
    }
    add_text(w, parent, s);
}

static void add_paragraph(md_writer *w, cmark_node *parent, const char *s)
{
    cmark_node *p = cmark_node_new(CMARK_NODE_PARAGRAPH);
    add_block_text(w, p, s);
    append(w, parent, p);
}

static void add_heading(md_writer *w, cmark_node *parent, int level,
                        const char *s)
{
    cmark_node *h = cmark_node_new(CMARK_NODE_HEADING);
    cmark_node_set_heading_level(h, level);
    add_text(w, h, s);
    append(w, parent, h);
}

static cmark_node *new_list(const qa_list *list, size_t first)
{
    cmark_node *l = cmark_node_new(CMARK_NODE_LIST);
    cmark_node_set_list_type(l, list->ordered ? CMARK_ORDERED_LIST
                                              : CMARK_BULLET_LIST);
    if (list->ordered) {
        cmark_node_set_list_start(l, (int)first);
        cmark_node_set_list_delim(l, CMARK_PERIOD_DELIM);
    }
    cmark_node_set_list_tight(l, 1);
    return l;
}

/* s without surrounding white space: emphasis that opens or closes next to
 * a space is no emphasis in CommonMark.  The readers trim labels and
 * categories already; this keeps a model from elsewhere readable. */
static const char *trimmed(md_writer *w, const char *s)
{
    size_t len = strlen(s), lead = qa_space_prefix(s, len);
    len -= lead;
    return qa_strndup(w->tmp, s + lead, len - qa_space_suffix(s + lead, len));
}

/* One list item: "**Label:** text", or the text alone.  An item without
 * any text holds an empty HTML comment: a bare "- " line cannot start a
 * sublist under its parent's text (CommonMark: an empty list item cannot
 * interrupt a paragraph), and the reader skips raw HTML. */
static cmark_node *new_item(md_writer *w, const qa_item *it)
{
    cmark_node *item = cmark_node_new(CMARK_NODE_ITEM);
    if (!it->label && !*it->text) {
        cmark_node *p = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node *html = cmark_node_new(CMARK_NODE_HTML_INLINE);
        cmark_node_set_literal(html, EMPTY_ITEM);
        append(w, p, html);
        append(w, item, p);
        return item;
    }
    cmark_node *p = cmark_node_new(CMARK_NODE_PARAGRAPH);
    if (it->label) {
        add_wrapped(w, p, CMARK_NODE_STRONG,
                    qa_printf(w->tmp, "%s:", trimmed(w, it->label)));
        if (*it->text)
            add_text(w, p, qa_printf(w->tmp, " %s", it->text));
    } else {
        add_block_text(w, p, it->text);
    }
    append(w, item, p);
    return item;
}

typedef struct list_frame {
    const qa_list *list;
    size_t next; /* index of the next item to write */
    cmark_node *node;
    cmark_node *parent; /* where a further run of the list goes */
} list_frame;

/* Writes a list and its sublists with an explicit stack, so that a model
 * read from deeply nested input cannot exhaust the C stack. */
static void add_list(md_writer *w, cmark_node *parent, const qa_list *top)
{
    size_t n = 0, cap = 0;
    list_frame *st = NULL;
    st = qa_grow(w->tmp, st, sizeof *st, &cap, 1);
    st[n++] = (list_frame){top, 0, new_list(top, 1), parent};
    append(w, parent, st[0].node);
    while (n > 0) {
        list_frame *f = &st[n - 1];
        if (f->next == f->list->n_items) {
            n--;
            continue;
        }
        if (f->list->ordered && f->next > 0 && f->next % ORDERED_RUN == 0) {
            f->node = new_list(f->list, f->next + 1);
            append(w, f->parent, f->node);
        }
        const qa_item *it = &f->list->items[f->next++];
        cmark_node *item = new_item(w, it);
        append(w, f->node, item);
        if (it->sublist) {
            cmark_node *sub = new_list(it->sublist, 1);
            append(w, item, sub);
            st = qa_grow(w->tmp, st, sizeof *st, &cap, n + 1);
            st[n++] = (list_frame){it->sublist, 0, sub, item};
        }
    }
}

static void add_blocks(md_writer *w, cmark_node *parent, const qa_blocks *b)
{
    for (size_t i = 0; i < b->n; i++) {
        if (b->v[i].type == QA_BLOCK_PARAGRAPH)
            add_paragraph(w, parent, b->v[i].text);
        else
            add_list(w, parent, &b->v[i].list);
    }
}

static void add_categories(md_writer *w, cmark_node *root, const qa_doc *doc)
{
    cmark_node *p = cmark_node_new(CMARK_NODE_PARAGRAPH);
    add_wrapped(w, p, CMARK_NODE_EMPH, "Categories:");
    size_t n = 0;
    for (size_t i = 0; i < doc->n_categories; i++) {
        const char *c = trimmed(w, doc->categories[i]);
        if (!*c)
            continue; /* empty emphasis would be two literal stars */
        add_text(w, p, n++ == 0 ? " " : " \xC2\xB7 "); /* · */
        add_wrapped(w, p, CMARK_NODE_EMPH, c);
    }
    if (n > 0)
        append(w, root, p);
    else
        cmark_node_free(p);
}

/* True when s starts the way a numbered heading does, after any white
 * space (read_md.c trims a heading's text): "[0-9]+\." followed by a space
 * or the end (read_md.c takes such a prefix for the number). */
static bool looks_numbered(const char *s)
{
    s += qa_space_prefix(s, strlen(s)); /* the reader trims it */
    if (*s < '0' || *s > '9')
        return false;
    while (*s >= '0' && *s <= '9')
        s++;
    return s[0] == '.' && (s[1] == ' ' || s[1] == '\0');
}

static const char *heading_text(md_writer *w, const qa_entry *e)
{
    if (e->number != 0)
        return qa_printf(w->tmp, "%ld. %s", e->number, e->question);
    if (looks_numbered(e->question))
        return qa_printf(w->tmp, UNNUMBERED_PREFIX "%s", e->question);
    return e->question;
}

/* Where the page was cut off, after the answer: "> *notice*", in the
 * document's language (lang_words.c).  The model never holds a block
 * quote, and read_md.c drops a quote that is this notice word for word. */
static void add_cut_off(md_writer *w, cmark_node *parent, const char *lang)
{
    cmark_node *quote = cmark_node_new(CMARK_NODE_BLOCK_QUOTE);
    cmark_node *p = cmark_node_new(CMARK_NODE_PARAGRAPH);
    add_wrapped(w, p, CMARK_NODE_EMPH, qa_words_for(lang)->truncated);
    append(w, quote, p);
    append(w, parent, quote);
}

static cmark_node *build_tree(md_writer *w, const qa_doc *doc,
                              const qa_write_opts *opts)
{
    cmark_node *root = cmark_node_new(CMARK_NODE_DOCUMENT);
    /* a page without a title has no title heading: its questions'
     * headings come first, and reading it back gives no title either */
    if (*qa_doc_own_title(doc, opts))
        add_heading(w, root, 1, qa_doc_own_title(doc, opts));
    add_categories(w, root, doc);
    add_blocks(w, root, &doc->preamble);
    int level = 2; /* questions; 3 under the sections of a page with them */
    for (size_t i = 0; i < doc->n_entries; i++)
        if (doc->entries[i].section)
            level = 3;
    for (size_t i = 0; i < doc->n_entries; i++) {
        const qa_entry *e = &doc->entries[i];
        if (i % QA_CANCEL_EVERY == 0 && qa_write_cancelled(opts))
            break;
        if (e->section)
            add_heading(w, root, 2, e->section);
        add_heading(w, root, level, heading_text(w, e));
        add_blocks(w, root, &e->answer);
        if (e->flags & QA_FLAG_TRUNCATED)
            add_cut_off(w, root, doc->language);
    }
    return root;
}

/* ---- YAML front matter ------------------------------------------------ */

/* YAML forbids some characters that JSON strings may carry raw (C1
 * controls, U+FFFE/U+FFFF), and YAML 1.1 parsers fold U+0085, U+2028 and
 * U+2029 as line breaks inside a quoted scalar. */
static bool yaml_unsafe(int32_t cp)
{
    return (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

/* s[0..len) JSON-encoded by jansson, without the surrounding quotes. */
static int put_json_run(qa_buf *out, const char *s, size_t len, size_t flags)
{
    if (len == 0)
        return 0;
    json_t *j = json_stringn(s, len);
    char *enc = j ? json_dumps(j, flags | JSON_ENCODE_ANY) : NULL;
    json_decref(j);
    if (!enc)
        return -1;
    for (const char *p = enc + 1; p[1]; p++) {
        if (*p == 0x7F) /* JSON leaves DEL raw; YAML does not allow it */
            qa_buf_puts(out, "\\u007F");
        else
            qa_buf_put(out, p, 1);
    }
    free(enc);
    return 0;
}

/* A YAML double-quoted scalar: a JSON string is one.  The characters YAML
 * would not take raw go out as \u escapes (all of them are in the BMP, so
 * no surrogate pairs, which YAML parsers do not join); the rest as UTF-8. */
static int put_yaml_string(qa_buf *out, const char *s)
{
    size_t len = strlen(s), run = 0;
    int rc = 0;
    qa_buf_put(out, "\"", 1);
    for (size_t i = 0; i < len;) {
        int32_t cp;
        size_t n = qa_utf8_next(s + i, len - i, &cp);
        if (yaml_unsafe(cp)) {
            rc |= put_json_run(out, s + run, i - run, 0);
            rc |= put_json_run(out, s + i, n, JSON_ENSURE_ASCII);
            run = i + n;
        }
        i += n;
    }
    rc |= put_json_run(out, s + run, len - run, 0);
    qa_buf_put(out, "\"", 1);
    return rc;
}

static int put_front_matter(const qa_doc *doc, const qa_write_opts *opts,
                            qa_buf *out)
{
    int rc = 0;
    qa_buf_puts(out, "---\ntitle: ");
    rc |= put_yaml_string(out, qa_doc_own_title(doc, opts));
    qa_buf_puts(out, doc->n_categories ? "\ncategories:\n" : "\ncategories: []\n");
    for (size_t i = 0; i < doc->n_categories; i++) {
        qa_buf_puts(out, "  - ");
        rc |= put_yaml_string(out, doc->categories[i]);
        qa_buf_puts(out, "\n");
    }
    qa_buf_puts(out, "language: ");
    rc |= put_yaml_string(out, doc->language);
    for (const char *const *k = qa_doc_meta_keys; *k; k++) {
        const char *v = qa_doc_meta(doc, opts, *k);
        if (!v)
            continue;
        qa_buf_puts(out, "\n");
        qa_buf_puts(out, *k);
        qa_buf_puts(out, ": ");
        rc |= put_yaml_string(out, v);
    }
    qa_buf_puts(out, "\n---\n\n");
    return rc;
}

int qa_write_md(const qa_doc *doc, const qa_write_opts *opts, qa_buf *out,
                const char **err)
{
    size_t start = out->len;
    if (opts && opts->md_front_matter && put_front_matter(doc, opts, out) != 0) {
        out->len = start;
        *err = "cannot encode the YAML front matter";
        return -1;
    }
    md_writer w = {.tmp = qa_arena_new(), .ok = true};
    cmark_node *root = build_tree(&w, doc, opts);
    bool stop = qa_write_cancelled(opts);
    char *md = w.ok && !stop
                   ? cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0)
                   : NULL;
    cmark_node_free(root);
    qa_arena_free(w.tmp);
    if (!md) {
        out->len = start;
        *err = stop ? "interrupted" : "cannot build the Markdown tree";
        return -1;
    }
    qa_buf_puts(out, md);
    cmark_get_default_mem_allocator()->free(md);
    return 0;
}
