/* read_html_blocks.c - the HTML reader's walk over libxml2's tree, and the
 * text and blocks it makes of elements: paragraphs (p, and the text runs
 * of div and other containers), lists with their nesting, tables as lists
 * of rows.  White space is collapsed as a browser shows it; a br is a
 * space, an image its alt text, a link its text. */
#include "read_html.h"
#include "text.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the walk --------------------------------------------------------- */

void html_walk_init(html_walk *w, xmlNode *root)
{
    memset(w, 0, sizeof *w);
    w->root = root;
}

xmlNode *html_walk_next(html_walk *w, bool descend, bool *leaving)
{
    xmlNode *n = w->node;
    if (!n) {
        w->node = w->root;
        *leaving = w->leaving = false;
        return w->root;
    }
    if (!w->leaving) {
        if (descend && n->children) {
            if (w->depth < HTML_MAX_DEPTH) {
                w->depth++;
                w->node = n->children;
                *leaving = false;
                return w->node;
            }
            w->cut = true;
        }
        *leaving = w->leaving = true;
        return n;
    }
    if (n == w->root)
        return NULL;
    if (n->next) {
        w->node = n->next;
        *leaving = w->leaving = false;
        return w->node;
    }
    w->node = n->parent;
    w->depth--;
    *leaving = true;
    return w->node;
}

bool html_tick(html_reader *r)
{
    if (++r->nodes % QA_CANCEL_EVERY == 0 && qa_cancelled(r->cancel))
        r->stopped = true;
    return r->stopped;
}

/* One warning for the whole page when a walk left content out. */
static void check_cut(html_reader *r, const html_walk *w)
{
    if (w->cut && !r->warned_depth) {
        r->warned_depth = true;
        qa_diag_add(r->doc, QA_WARNING, "html-too-deep",
                    html_line(r, w->root),
                    "content nested more than %d elements deep left out",
                    HTML_MAX_DEPTH);
    }
}

size_t html_line(const html_reader *r, const xmlNode *n)
{
    if (r->fixed_line)
        return r->fixed_line;
    long line = n ? xmlGetLineNo(n) : 0;
    return line > 0 ? (size_t)line : 0;
}

/* ---- elements ----------------------------------------------------------- */

bool html_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           strcmp((const char *)n->name, name) == 0;
}

static bool is_one_of(const xmlNode *n, const char *const *names)
{
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return false;
    for (; *names; names++)
        if (strcmp((const char *)n->name, *names) == 0)
            return true;
    return false;
}

const char *html_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcasecmp((const char *)a->name, name) == 0)
            return a->children && a->children->content
                       ? (const char *)a->children->content : "";
    return NULL;
}

int html_heading_level(const xmlNode *n)
{
    if (!n || n->type != XML_ELEMENT_NODE || !n->name)
        return 0;
    const char *s = (const char *)n->name;
    return s[0] == 'h' && s[1] >= '1' && s[1] <= '6' && !s[2] ? s[1] - '0' : 0;
}

/* attribute value equals word, ignoring case and surrounding blanks */
static bool attr_is(const xmlNode *n, const char *name, const char *word)
{
    const char *v = html_attr(n, name);
    if (!v)
        return false;
    while (*v == ' ' || *v == '\t' || *v == '\n')
        v++;
    size_t len = strlen(word);
    if (strncasecmp(v, word, len) != 0)
        return false;
    for (v += len; *v; v++)
        if (*v != ' ' && *v != '\t' && *v != '\n')
            return false;
    return true;
}

/* A header or footer inside sectioning content belongs to that article or
 * section (its title, its byline); only the page's own are furniture. */
static bool in_sectioning(const xmlNode *n)
{
    static const char *const sectioning[] = {"article", "main", "section",
                                             "aside", "nav", NULL};
    int steps = 0;
    for (n = n->parent; n && steps < HTML_MAX_DEPTH * 2; n = n->parent, steps++)
        if (is_one_of(n, sectioning) || attr_is(n, "role", "main"))
            return true;
    return false;
}

/* A form that wraps content (as ASP.NET pages wrap the whole page) holds
 * paragraphs or lists; a search, sign-up or "was this helpful?" form (a
 * heading and buttons) does not.
 * Bounded: the first 4,096 nodes decide. */
static bool holds_text_blocks(const xmlNode *form)
{
    static const char *const blocks[] = {"p", "ul", "ol", "dl", "details",
                                         "article", "main", NULL};
    html_walk w;
    html_walk_init(&w, (xmlNode *)form);
    bool leaving;
    size_t seen = 0;
    for (xmlNode *c; (c = html_walk_next(&w, true, &leaving)) != NULL &&
                     seen < 4096; seen++)
        if (!leaving && is_one_of(c, blocks))
            return true;
    return false;
}

bool html_is_furniture(const xmlNode *n)
{
    static const char *const always[] = {
        "nav", "aside", "script", "style", "noscript", "template",
        "head", "title", "meta", "link", "svg", "math", "iframe", "object",
        "embed", "canvas", "video", "audio", "select", "textarea", "input",
        "button", "dialog", NULL};
    static const char *const roles[] = {"navigation", "banner", "contentinfo",
                                        "complementary", NULL};
    if (n->type != XML_ELEMENT_NODE)
        return n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE &&
               n->type != XML_ENTITY_REF_NODE;
    if (is_one_of(n, always))
        return true;
    if (html_is(n, "form"))
        return !holds_text_blocks(n);
    if ((html_is(n, "header") || html_is(n, "footer")) && !in_sectioning(n))
        return true;
    if (html_is_hidden(n))
        return true;
    for (const char *const *role = roles; *role; role++)
        if (attr_is(n, "role", *role))
            return true;
    return false;
}

bool html_is_hidden(const xmlNode *n)
{
    if (html_attr(n, "hidden") || attr_is(n, "aria-hidden", "true"))
        return true;
    const char *style = html_attr(n, "style");
    return style && (strstr(style, "display:none") ||
                     strstr(style, "display: none"));
}

bool html_is_block(const xmlNode *n)
{
    static const char *const blocks[] = {
        "address", "article", "blockquote", "body", "caption", "center",
        "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "h1", "h2", "h3",
        "h4", "h5", "h6", NULL};
    return is_one_of(n, blocks);
}

static bool is_list(const xmlNode *n)
{
    return html_is(n, "ul") || html_is(n, "ol") || html_is(n, "menu");
}

/* ---- text ----------------------------------------------------------------- */

/* ASCII white space and the no-break space, as a browser collapses them */
static size_t space_at(const char *s, size_t len)
{
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r' ||
        s[0] == '\f')
        return 1;
    return len >= 2 && (unsigned char)s[0] == 0xC2 &&
                   (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

/* Characters that show nothing and take no room (zero width space, the
 * byte order mark used as a zero width no-break space): left out, so a
 * heading "Why?\u200B" still ends with its question mark. */
static size_t invisible_at(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x8B)
        return 3;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return 3;
    return 0;
}

const char *html_clean(html_reader *r, const char *s, size_t len)
{
    size_t replaced = 0, dropped = 0;
    char *t = qa_model_text(r->doc->arena, s, len, &replaced, &dropped);
    r->replaced += replaced;
    r->dropped += dropped;
    size_t n = 0, tlen = strlen(t);
    bool space = false;
    for (size_t i = 0; i < tlen;) {
        size_t k = space_at(t + i, tlen - i);
        if (k) {
            space = n > 0;
            i += k;
            continue;
        }
        if ((k = invisible_at(t + i, tlen - i)) != 0) {
            i += k;
            continue;
        }
        if (space)
            t[n++] = ' ';
        space = false;
        t[n++] = t[i++];
    }
    t[n] = '\0';
    return t;
}

static void put_space(qa_buf *b)
{
    if (b->len > 0 && b->data[b->len - 1] != ' ')
        qa_buf_put(b, " ", 1);
}

/* Appends the visible text at and under n to b. */
static void flatten(html_reader *r, xmlNode *n, bool skip_lists, qa_buf *b)
{
    html_walk w;
    html_walk_init(&w, n);
    bool leaving, descend = true;
    for (xmlNode *c; (c = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = true;
        if (leaving) {
            if (html_is_block(c))
                put_space(b);
            continue;
        }
        if (html_tick(r))
            break;
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                qa_buf_puts(b, (const char *)c->content);
        } else if (c != n && (html_is_furniture(c) ||
                              (skip_lists && is_list(c)))) {
            descend = false;
        } else if (html_is(c, "img") || html_is(c, "area")) {
            const char *alt = html_attr(c, "alt");
            if (alt && *alt) {
                put_space(b);
                qa_buf_puts(b, alt);
                put_space(b);
            }
        } else if (html_is(c, "br") || html_is_block(c)) {
            put_space(b);
        }
    }
    check_cut(r, &w);
}

const char *html_text(html_reader *r, xmlNode *n, bool skip_lists)
{
    qa_buf b = {0};
    flatten(r, n, skip_lists, &b);
    const char *t = html_clean(r, b.data ? b.data : "", b.len);
    qa_buf_free(&b);
    return t;
}

/* ---- blocks --------------------------------------------------------------- */

void html_add_text(html_reader *r, const char *s, size_t len, size_t line)
{
    if (!r->target)
        return;
    if (r->pending.len == 0)
        r->pending_line = line;
    qa_buf_put(&r->pending, s, len);
}

void html_paragraph(html_reader *r, const char *text, size_t line)
{
    if (!r->target || !*text)
        return;
    qa_block *b = qa_blocks_add(r->doc, r->target, QA_BLOCK_PARAGRAPH, line);
    b->text = text;
}

void html_flush(html_reader *r)
{
    if (r->pending.len == 0)
        return;
    const char *text = html_clean(r, r->pending.data, r->pending.len);
    r->pending.len = 0;
    html_paragraph(r, text, r->pending_line);
}

/* "Label:" in strong or b opening an item: the item's label. */
static void split_label(html_reader *r, xmlNode *li, qa_item *it)
{
    xmlNode *c = li->children;
    while (c && c->type == XML_TEXT_NODE && c->content &&
           !*html_clean(r, (const char *)c->content,
                        strlen((const char *)c->content)))
        c = c->next;
    if (!html_is(c, "strong") && !html_is(c, "b"))
        return;
    const char *label = html_text(r, c, true);
    size_t len = strlen(label);
    if (len < 2 || label[len - 1] != ':' || len > 80)
        return;
    size_t tlen = strlen(it->text);
    if (tlen <= len || strncmp(it->text, label, len) != 0)
        return;
    it->label = qa_strndup(r->doc->arena, label, len - 1);
    it->text = it->text + len + (it->text[len] == ' ');
}

static void list_items(html_reader *r, xmlNode *list, qa_list *out, int level);

/* The lists under li (not under a list under li) as the item's sublist;
 * nested past HTML_MAX_LIST_DEPTH, they stay in the item's text. */
static void sublists(html_reader *r, xmlNode *li, qa_item *it, int level)
{
    html_walk w;
    html_walk_init(&w, li);
    bool leaving, descend = true;
    for (xmlNode *c; (c = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = true;
        if (leaving || c == li)
            continue;
        if (html_tick(r))
            break;
        if (html_is_furniture(c)) {
            descend = false;
        } else if (is_list(c)) {
            descend = false;
            if (!it->sublist) {
                it->sublist = qa_alloc(r->doc->arena, sizeof *it->sublist);
                it->sublist->ordered = html_is(c, "ol");
            }
            list_items(r, c, it->sublist, level + 1);
        }
    }
    check_cut(r, &w);
}

static void list_items(html_reader *r, xmlNode *list, qa_list *out, int level)
{
    const char *start = html_is(list, "ol") ? html_attr(list, "start") : NULL;
    long number = start ? strtol(start, NULL, 10) : 1;
    if (number < 0 || number > 1000000)
        number = 1;
    for (xmlNode *c = list->children; c && !r->stopped; c = c->next) {
        if (html_tick(r))
            break;
        if (is_list(c) && out->n_items > 0 && level < HTML_MAX_LIST_DEPTH) {
            /* a list right inside a list: the sublist of the item before */
            qa_item *prev = &out->items[out->n_items - 1];
            if (!prev->sublist) {
                prev->sublist = qa_alloc(r->doc->arena, sizeof *prev->sublist);
                prev->sublist->ordered = html_is(c, "ol");
            }
            list_items(r, c, prev->sublist, level + 1);
            continue;
        }
        if (!html_is(c, "li") || html_is_furniture(c))
            continue;
        bool nest = level + 1 < HTML_MAX_LIST_DEPTH;
        const char *text = html_text(r, c, nest);
        qa_item *it = qa_list_add(r->doc, out, text, html_line(r, c));
        it->number = out->ordered ? number++ : 0;
        split_label(r, c, it);
        if (nest)
            sublists(r, c, it, level);
        if (!*it->text && !it->sublist)
            out->n_items--; /* an empty item: nothing to read */
    }
}

void html_list(html_reader *r, xmlNode *list)
{
    if (!r->target)
        return;
    qa_list l = {.ordered = html_is(list, "ol")};
    list_items(r, list, &l, 0);
    if (l.n_items == 0)
        return;
    qa_block *b = qa_blocks_add(r->doc, r->target, QA_BLOCK_LIST,
                                html_line(r, list));
    b->list = l;
}

/* The table that holds n most closely. */
static xmlNode *table_of(xmlNode *n)
{
    for (int steps = 0; n && steps < HTML_MAX_DEPTH * 2; n = n->parent, steps++)
        if (html_is(n, "table"))
            return n;
    return NULL;
}

void html_table(html_reader *r, xmlNode *table)
{
    if (!r->target)
        return;
    qa_list l = {.ordered = false};
    html_walk w;
    html_walk_init(&w, table);
    bool leaving, descend = true;
    qa_buf row = {0};
    for (xmlNode *c; (c = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = true;
        if (leaving || c == table)
            continue;
        if (html_tick(r))
            break;
        if (html_is_furniture(c) || html_is(c, "table")) {
            descend = false; /* a table inside a cell is that cell's text */
            continue;
        }
        if (!html_is(c, "tr") || table_of(c) != table)
            continue;
        descend = false;
        row.len = 0;
        for (xmlNode *cell = c->children; cell; cell = cell->next) {
            if (!html_is(cell, "td") && !html_is(cell, "th"))
                continue;
            const char *text = html_text(r, cell, false);
            if (!*text)
                continue;
            if (row.len)
                qa_buf_puts(&row, " | ");
            qa_buf_puts(&row, text);
        }
        if (row.len)
            qa_list_add(r->doc, &l, qa_strndup(r->doc->arena, row.data, row.len),
                        html_line(r, c));
    }
    qa_buf_free(&row);
    check_cut(r, &w);
    if (l.n_items == 0)
        return;
    qa_block *b = qa_blocks_add(r->doc, r->target, QA_BLOCK_LIST,
                                html_line(r, table));
    b->list = l;
    qa_diag_add(r->doc, QA_INFO, "table-flattened", html_line(r, table),
                "a table of %zu rows read as a list, a row an item, its "
                "cells joined by ' | '", l.n_items);
}

void html_blocks(html_reader *r, xmlNode *root)
{
    html_walk w;
    html_walk_init(&w, root);
    bool leaving, descend = true;
    for (xmlNode *n; (n = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = true;
        if (leaving) {
            if (html_is_block(n))
                html_flush(r);
            continue;
        }
        if (html_tick(r))
            break;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                html_add_text(r, (const char *)n->content,
                              strlen((const char *)n->content),
                              html_line(r, n));
            continue;
        }
        if (n != root && html_is_furniture(n)) {
            descend = false;
        } else if (html_is(n, "p") || html_is(n, "pre") ||
                   html_heading_level(n)) {
            html_flush(r);
            html_paragraph(r, html_text(r, n, false), html_line(r, n));
            descend = false;
        } else if (is_list(n)) {
            html_flush(r);
            html_list(r, n);
            descend = false;
        } else if (html_is(n, "table")) {
            html_flush(r);
            html_table(r, n);
            descend = false;
        } else if (html_is(n, "img") || html_is(n, "br")) {
            const char *alt = html_is(n, "img") ? html_attr(n, "alt") : NULL;
            html_add_text(r, " ", 1, html_line(r, n));
            if (alt)
                html_add_text(r, alt, strlen(alt), html_line(r, n));
            html_add_text(r, " ", 1, html_line(r, n));
        } else if (html_is_block(n)) {
            html_flush(r);
        }
    }
    html_flush(r);
    check_cut(r, &w);
}

void html_fragment_blocks(html_reader *r, const char *html, size_t line)
{
    size_t len = strlen(html);
    if (len > INT_MAX)
        return;
    htmlDocPtr frag = htmlReadMemory(html, (int)len, NULL, "UTF-8",
                                     HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    xmlNode *root = frag ? xmlDocGetRootElement(frag) : NULL;
    if (root) {
        size_t saved = r->fixed_line;
        r->fixed_line = line;
        html_blocks(r, root);
        r->fixed_line = saved;
    }
    xmlFreeDoc(frag);
}
