/* read_html.c - a web page as published (HTML) into the model.
 *
 * libxml2's HTML parser makes the tree (recovering from broken markup,
 * never loading anything from the network; the charset from a byte order
 * mark or a <meta>).  The structure is taken from the strongest evidence
 * the page holds:
 *   1. schema.org FAQPage or QAPage in JSON-LD (read_html_ld.c), checked
 *      against the page: data that lists fewer questions than the page
 *      shows, or words them otherwise, gives way to the page;
 *   2. schema.org Question items in the page's microdata (the item's
 *      name the question, the rest of the item its answer), <details>
 *      with <summary>, <dl> terms (<dt>) and their <dd>,
 *      accordions (a button or link with aria-controls, data-target or
 *      its panel right after it; the panel is read even when folded), or
 *      questions in bold at the head of a paragraph or list item;
 *   3. headings: the <h1> is the title, headings ending in '?' are
 *      questions (every heading of their level, where most of those ask),
 *      an answer runs to the next heading of its level or higher, and a
 *      higher heading between questions opens a section.
 * Only content counts: nav, header, footer, aside, forms, scripts and
 * hidden elements are left out (read_html_blocks.c), and <main>, a lone
 * <article> or role="main" is read instead of the whole body when there.
 * The title comes from the <h1>, og:title or <title> (without the site's
 * name), the categories from a BreadcrumbList or a breadcrumb trail, the
 * language from <html lang>.  Every walk over the tree is iterative and
 * bounded in depth, so the reader takes time in proportion to the page. */
#include "read_html.h"
#include "read_text.h"
#include "text.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_LD_SCRIPTS 16
#define MAX_CRUMBS 32

typedef enum {
    BY_HEADINGS, BY_DETAILS, BY_TERMS, BY_TOGGLES, BY_BOLD, BY_ITEMS
} html_mode;

/* What one look over the whole page finds. */
typedef struct survey {
    xmlNode *html, *body, *main, *article, *h1, *title, *breadcrumb;
    size_t articles;
    const char *og_title;
    xmlNode *scripts[MAX_LD_SCRIPTS];
    size_t n_scripts;
} survey;

/* What one look over the content finds, to choose how to read it. */
typedef struct evidence {
    size_t details, terms;   /* <details> with a <summary>; <dt> */
    size_t toggles;          /* accordion buttons with their panel */
    size_t bold;             /* paragraphs or items led by a bold question */
    size_t items;            /* schema.org Question items (microdata) */
    size_t asking[7];        /* headings ending in '?', by level */
    size_t headings[7];      /* all headings but the title, by level */
} evidence;

typedef struct builder {
    html_reader *r;
    html_mode mode;
    xmlNode *title;       /* the title's heading, not read again */
    int question_level;   /* BY_HEADINGS: the questions' level */
    bool level_asks;      /* every heading of that level is a question */
    int entry_level;      /* the open question's heading level, 0: none */
    /* BY_DETAILS: the open question's <details>; BY_TOGGLES: the panel
     * of the open question's button; BY_ITEMS: its Question item, and
     * the item's name, which is the question */
    xmlNode *details, *item_name;
    const char *section;  /* the section the next question opens */
} builder;

/* ---- the whole page ------------------------------------------------------- */

static bool contains_nocase(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; s && *s; s++)
        if (strncasecmp(s, word, n) == 0)
            return true;
    return false;
}

static bool is_breadcrumb(const xmlNode *n)
{
    const char *label = html_attr(n, "aria-label");
    return (label && contains_nocase(label, "readcrumb")) ||
           contains_nocase(html_attr(n, "class"), "breadcrumb");
}

static bool is_ld_script(const xmlNode *n)
{
    const char *type = html_attr(n, "type");
    if (!html_is(n, "script") || !type)
        return false;
    while (*type == ' ')
        type++;
    return strncasecmp(type, "application/ld+json", 19) == 0;
}

static void look_over(html_reader *r, xmlNode *root, survey *s)
{
    html_walk w;
    html_walk_init(&w, root);
    bool leaving, descend = true;
    for (xmlNode *n; (n = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = n->type == XML_ELEMENT_NODE;
        if (leaving || !descend)
            continue;
        if (html_tick(r))
            return;
        if (is_ld_script(n) && s->n_scripts < MAX_LD_SCRIPTS)
            s->scripts[s->n_scripts++] = n;
        if (html_is(n, "script") || html_is(n, "style") ||
            html_is(n, "template")) {
            descend = false;
            continue;
        }
        if (html_is(n, "html") && !s->html)
            s->html = n;
        else if (html_is(n, "body") && !s->body)
            s->body = n;
        else if (html_is(n, "title") && !s->title)
            s->title = n;
        else if (html_is(n, "meta") && !s->og_title) {
            const char *p = html_attr(n, "property");
            if (p && strcasecmp(p, "og:title") == 0)
                s->og_title = html_attr(n, "content");
        }
        if (!s->breadcrumb && n != root && is_breadcrumb(n))
            s->breadcrumb = n;
        if (html_is_furniture(n) && !html_is(n, "head")) {
            descend = false;
            continue;
        }
        const char *role = html_attr(n, "role");
        if (!s->main && (html_is(n, "main") ||
                         (role && strcasecmp(role, "main") == 0)))
            s->main = n;
        else if (html_is(n, "article") && s->articles++ == 0)
            s->article = n;
        else if (html_is(n, "h1") && !s->h1)
            s->h1 = n;
    }
}

/* "Renewing a Permit | City of X" -> "Renewing a Permit": the text before
 * the last " | ", " - " or " – ". */
static const char *without_site(html_reader *r, const char *t)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 "};
    const char *cut = NULL;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++)
        for (const char *p = strstr(t, seps[k]); p; p = strstr(p + 1, seps[k]))
            if (p > t && (!cut || p > cut))
                cut = p;
    return cut ? qa_strndup(r->doc->arena, t, (size_t)(cut - t)) : t;
}

/* The first h1 under content, outside furniture, or NULL. */
static xmlNode *content_h1(html_reader *r, xmlNode *content)
{
    html_walk w;
    html_walk_init(&w, content);
    bool leaving, descend = true;
    for (xmlNode *n; (n = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = n->type == XML_ELEMENT_NODE;
        if (leaving || !descend || html_tick(r))
            continue;
        if (n != content && html_is_furniture(n))
            descend = false;
        else if (html_is(n, "h1"))
            return n;
    }
    return NULL;
}

/* The title: the h1 of the main content (a site's name is often an h1 in
 * its masthead), else the page's first h1, og:title, or <title> without
 * the site's name. */
static void read_title(html_reader *r, const survey *s, builder *b,
                       xmlNode *content)
{
    qa_doc *doc = r->doc;
    xmlNode *h1 = s->main || s->articles == 1 ? content_h1(r, content) : NULL;
    if (!h1 || !*html_text(r, h1, false))
        h1 = s->h1;
    if (h1 && *html_text(r, h1, false)) {
        doc->title = html_text(r, h1, false);
        b->title = h1;
    } else if (s->og_title && *html_clean(r, s->og_title, strlen(s->og_title))) {
        doc->title = html_clean(r, s->og_title, strlen(s->og_title));
    } else if (s->title && *html_text(r, s->title, false)) {
        doc->title = without_site(r, html_text(r, s->title, false));
    }
}

/* The crumbs of a breadcrumb trail: its items, else its links. */
static void read_trail(html_reader *r, xmlNode *trail)
{
    for (int pass = 0; pass < 2 && r->doc->n_categories == 0; pass++) {
        const char *want = pass == 0 ? "li" : "a";
        html_walk w;
        html_walk_init(&w, trail);
        bool leaving, descend = true;
        size_t n = 0;
        for (xmlNode *c; (c = html_walk_next(&w, descend, &leaving)) != NULL;) {
            descend = true;
            if (leaving || html_tick(r))
                continue;
            if (html_is(c, want) && n++ < MAX_CRUMBS) {
                const char *t = html_text(r, c, true);
                qa_breadcrumb_add_crumb(r->doc, t, strlen(t));
                descend = false;
            }
        }
    }
}

/* The last crumb names the page itself when it is its title. */
static void drop_title_crumb(qa_doc *doc)
{
    if (doc->n_categories > 0 && doc->title &&
        strcasecmp(doc->categories[doc->n_categories - 1], doc->title) == 0)
        doc->n_categories--;
}

static void read_language(html_reader *r, const survey *s)
{
    const char *lang = html_attr(s->html, "lang");
    if (!lang)
        lang = html_attr(s->html, "xml:lang");
    if (!lang)
        return;
    const char *t = html_clean(r, lang, strlen(lang));
    size_t n = strcspn(t, "-_");
    char *primary = qa_strndup(r->doc->arena, t, n);
    for (char *p = primary; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    if (qa_is_language_tag(primary)) {
        r->doc->language = primary;
        r->doc->language_stated = true;
    } else if (*t) {
        qa_diag_add(r->doc, QA_WARNING, "bad-language", html_line(r, s->html),
                    "<html lang=\"%s\"> is not a language tag; using '%s'", t,
                    r->doc->language);
    }
}

/* ---- choosing how to read the content -------------------------------------- */

static bool asks(const char *text)
{
    size_t n = strlen(text);
    return n > 0 && (text[n - 1] == '?' ||
                     (n >= 3 && strcmp(text + n - 3, "\xEF\xBC\x9F") == 0));
}

static bool has_summary(const xmlNode *details)
{
    for (const xmlNode *c = details->children; c; c = c->next)
        if (html_is(c, "summary"))
            return true;
    return false;
}

/* ---- accordions ------------------------------------------------------------ */

/* An element that opens and closes something: a button (not one that
 * submits), or any element with the ARIA or Bootstrap toggle attributes. */
static bool could_toggle(const xmlNode *n)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return false;
    if (html_is(n, "button")) {
        const char *type = html_attr(n, "type");
        return !type || strcasecmp(type, "button") == 0;
    }
    return html_attr(n, "aria-controls") || html_attr(n, "aria-expanded") ||
           html_attr(n, "data-target") || html_attr(n, "data-bs-target");
}

static xmlNode *next_element(const xmlNode *n)
{
    for (n = n ? n->next : NULL; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE)
            return (xmlNode *)n;
    return NULL;
}

static size_t element_children(const xmlNode *n)
{
    size_t k = 0;
    for (n = n->children; n && k < 2; n = n->next)
        k += n->type == XML_ELEMENT_NODE;
    return k;
}

static bool is_ancestor(const xmlNode *a, const xmlNode *n)
{
    int steps = 0;
    for (; n && steps < HTML_MAX_DEPTH * 2; n = n->parent, steps++)
        if (n == a)
            return true;
    return false;
}

/* The element a toggle names by id: aria-controls (its first id),
 * data-target, data-bs-target or an href "#id". */
static xmlNode *named_panel(xmlNode *t)
{
    static const char *const attrs[] = {"aria-controls", "data-bs-target",
                                        "data-target", "href"};
    for (size_t k = 0; k < sizeof attrs / sizeof *attrs; k++) {
        const char *v = html_attr(t, attrs[k]);
        if (!v)
            continue;
        while (*v == ' ' || *v == '#')
            v++;
        char id[128];
        size_t len = strcspn(v, " \t\n");
        if (len == 0 || len >= sizeof id || (k == 3 && v[-1] != '#'))
            continue;
        memcpy(id, v, len);
        id[len] = '\0';
        xmlAttr *a = t->doc ? xmlGetID(t->doc, (const xmlChar *)id) : NULL;
        if (a && a->parent && !is_ancestor(a->parent, t))
            return a->parent;
    }
    return NULL;
}

/* The panel a toggle opens: the element it names, else the element right
 * after it (or after the heading that holds only it), when that is not
 * another toggle. */
static xmlNode *panel_of(xmlNode *t)
{
    xmlNode *p = named_panel(t);
    if (p)
        return p;
    p = next_element(t);
    if (!p && html_heading_level(t->parent) && element_children(t->parent) == 1)
        p = next_element(t->parent);
    return p && !could_toggle(p) &&
                   (!html_is_furniture(p) || html_is_hidden(p)) ? p : NULL;
}

/* Bytes of text under n, and of the text inside links, as jusText
 * weighs a block (bounded: a panel is judged on its first 4,096 nodes). */
static void text_and_links(const xmlNode *n, size_t *text, size_t *linked)
{
    html_walk w;
    html_walk_init(&w, (xmlNode *)n);
    bool leaving, descend = true;
    int links = 0;
    size_t seen = 0;
    for (xmlNode *c; (c = html_walk_next(&w, descend, &leaving)) != NULL &&
                     seen < 4096; seen++) {
        descend = true;
        if (html_is(c, "a")) {
            links += leaving ? -1 : 1;
            continue;
        }
        if (leaving)
            continue;
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t len = 0;
            for (const xmlChar *t = c->content; *t; t++)
                len += *t > ' ';
            *text += len;
            if (links > 0)
                *linked += len;
        } else if (c != n && html_is_furniture(c)) {
            descend = false;
        }
    }
}

/* A menu that folds (a dropdown, a footer column) is links: its panel is
 * not an answer. */
static bool is_menu(const xmlNode *panel)
{
    size_t text = 0, linked = 0;
    text_and_links(panel, &text, &linked);
    return text > 0 && linked * 10 > text * 6;
}

/* The toggle n is or holds (a heading around its button), or NULL. */
static xmlNode *toggle_at(xmlNode *n)
{
    if (html_heading_level(n) && element_children(n) == 1) {
        xmlNode *c = n->children;
        while (c && c->type != XML_ELEMENT_NODE)
            c = c->next;
        if (could_toggle(c))
            n = c;
    }
    xmlNode *panel = could_toggle(n) ? panel_of(n) : NULL;
    return panel && !is_menu(panel) ? n : NULL;
}

/* A list that holds accordion buttons (bounded: its first 4,096 nodes). */
static bool holds_toggle(xmlNode *list)
{
    html_walk w;
    html_walk_init(&w, list);
    bool leaving, descend = true;
    size_t seen = 0;
    for (xmlNode *c; (c = html_walk_next(&w, descend, &leaving)) != NULL &&
                     seen < 4096; seen++) {
        descend = true;
        if (leaving || c == list)
            continue;
        if (toggle_at(c))
            return true;
        if (html_is_furniture(c))
            descend = false;
    }
    return false;
}

/* "+", "−", "×", arrows and triangles that mark a toggle, at the end of
 * its text. */
static size_t mark_before(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && (u[n - 1] == '+' || u[n - 1] == '-' || u[n - 1] == ' '))
        return 1;
    if (n >= 2 && ((u[n - 2] == 0xC2 && u[n - 1] == 0xBB) ||
                   (u[n - 2] == 0xC3 && u[n - 1] == 0x97)))
        return 2;
    if (n >= 3 && u[n - 3] == 0xE2 &&
        ((u[n - 2] == 0x96 && u[n - 1] >= 0xB2) || /* U+25B2-25BF */
         (u[n - 2] == 0x97 && u[n - 1] <= 0x85) || /* U+25C0-25C5 */
         (u[n - 2] == 0x80 && u[n - 1] == 0xBA) || /* U+203A */
         (u[n - 2] == 0x88 && u[n - 1] == 0x92)))  /* U+2212 */
        return 3;
    return 0;
}

/* The question a toggle shows: the heading inside it, else its text
 * without the marks at its end. */
static const char *toggle_question(html_reader *r, xmlNode *t)
{
    html_walk w;
    html_walk_init(&w, t);
    bool leaving;
    for (xmlNode *c; (c = html_walk_next(&w, true, &leaving)) != NULL;)
        if (!leaving && c != t && html_heading_level(c))
            return html_text(r, c, false);
    const char *q = html_text(r, t, false);
    size_t n = strlen(q), k;
    while ((k = mark_before(q, n)) != 0)
        n -= k;
    return n == strlen(q) ? q : qa_strndup(r->doc->arena, q, n);
}

/* ---- questions in bold at the head of a paragraph ---------------------------- */

/* The b or strong that opens n (a paragraph or list item), through the
 * first children that wrap it (a, font, span, p), or NULL. */
static xmlNode *bold_lead(const xmlNode *n)
{
    static const char *const wraps[] = {"p", "a", "font", "span", "em", "i"};
    xmlNode *c = n->children;
    for (int depth = 0; c && depth < 6;) {
        if (c->type == XML_TEXT_NODE && c->content) {
            const xmlChar *t = c->content;
            while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
                t++;
            if (*t)
                return NULL; /* text before any bold */
            c = c->next;
            continue;
        }
        if (c->type != XML_ELEMENT_NODE || html_is(c, "img") ||
            html_is(c, "br")) {
            c = c->next;
            continue;
        }
        if (html_is(c, "b") || html_is(c, "strong"))
            return c;
        bool wrap = false;
        for (size_t k = 0; k < sizeof wraps / sizeof *wraps; k++)
            wrap = wrap || html_is(c, wraps[k]);
        if (!wrap)
            return NULL;
        c = c->children;
        depth++;
    }
    return NULL;
}

static bool asks(const char *text);

/* The question a paragraph or item opens with in bold, or NULL. */
static const char *bold_question(html_reader *r, const xmlNode *n)
{
    if (!html_is(n, "p") && !html_is(n, "li"))
        return NULL;
    xmlNode *lead = bold_lead(n);
    const char *q = lead ? html_text(r, lead, false) : NULL;
    return q && asks(q) ? q : NULL;
}

/* A list whose items open with bold questions. */
static bool leads_with_bold(html_reader *r, const xmlNode *list)
{
    size_t k = 0;
    for (const xmlNode *c = list->children; c && k < 64; c = c->next, k++)
        if (html_is(c, "li") && bold_question(r, c))
            return true;
    return false;
}

static void weigh(html_reader *r, xmlNode *root, xmlNode *title, evidence *e)
{
    html_walk w;
    html_walk_init(&w, root);
    bool leaving, descend = true;
    for (xmlNode *n; (n = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = n->type == XML_ELEMENT_NODE;
        if (leaving || !descend)
            continue;
        if (html_tick(r))
            return;
        int level = html_heading_level(n);
        xmlNode *toggle = n != root ? toggle_at(n) : NULL;
        if (toggle && strlen(toggle_question(r, toggle)) > 1) {
            e->toggles++;
            descend = false;
        } else if (n != root && html_is_furniture(n)) {
            descend = false;
        } else if (html_item_question(n)) {
            e->items++;
            descend = false;
        } else if (level && n != title) {
            e->headings[level]++;
            if (asks(html_text(r, n, false)))
                e->asking[level]++;
            descend = false;
        } else if (html_is(n, "details") && has_summary(n)) {
            e->details++;
        } else if (html_is(n, "dt")) {
            const char *t = html_text(r, n, false);
            size_t len = strlen(t);
            e->terms += len > 0 && t[len - 1] != ':'; /* "Datum:" labels */
            descend = false;
        } else if (bold_question(r, n)) {
            e->bold++;
            descend = false;
        }
    }
}

/* Whether every question the JSON-LD gave (the entries so far) is in the
 * page's visible text: schema.org data left behind by a translation or an
 * edit says something else than the page (at most 256 are looked up). */
static bool ld_matches_page(html_reader *r, xmlNode *content)
{
    const char *shown = html_text(r, content, false);
    for (size_t i = 0; i < r->doc->n_entries && i < 256; i++)
        if (!strstr(shown, r->doc->entries[i].question))
            return false;
    return true;
}

/* How many questions the page shows in its markup, by the strongest
 * family it uses. */
static size_t visible_questions(const evidence *e)
{
    size_t asking = 0, most = e->details;
    for (int l = 1; l <= 6; l++)
        asking += e->asking[l];
    if (e->toggles > most)
        most = e->toggles;
    if (e->items > most)
        most = e->items;
    if (e->terms > most)
        most = e->terms;
    if (e->bold > most)
        most = e->bold;
    return asking > most ? asking : most;
}

static void choose(builder *b, const evidence *e)
{
    size_t asking = 0, most = 0;
    for (int l = 1; l <= 6; l++) {
        asking += e->asking[l];
        if (e->asking[l] > 0 && e->asking[l] >= most) {
            most = e->asking[l]; /* the level most questions use, the lower on a tie */
            b->question_level = l;
        }
    }
    b->mode = BY_HEADINGS;
    if (e->details > 0 && e->details >= asking && e->details >= e->terms)
        b->mode = BY_DETAILS;
    else if (e->terms > 0 && e->terms >= asking)
        b->mode = BY_TERMS;
    if (e->toggles >= 2 && e->toggles > e->details && e->toggles > e->terms &&
        e->toggles >= asking)
        b->mode = BY_TOGGLES;
    else if (e->bold >= 2 && e->bold > e->details && e->bold > e->terms &&
             e->bold > e->toggles && e->bold > asking)
        b->mode = BY_BOLD;
    if (e->items > 0) /* the page's own markup says which are questions */
        b->mode = BY_ITEMS;
    if (b->question_level)
        b->level_asks = 2 * e->asking[b->question_level] >
                        e->headings[b->question_level];
}

/* ---- reading the content ---------------------------------------------------- */

/* "3. How do I ...?" -> 3 and "How do I ...?" */
static long question_number(const char **text)
{
    const char *s = *text;
    long n = 0;
    size_t digits = 0;
    while (s[digits] >= '0' && s[digits] <= '9' && digits < 4)
        n = n * 10 + (s[digits++] - '0');
    if (digits == 0 || (s[digits] != '.' && s[digits] != ')') ||
        s[digits + 1] != ' ' || !s[digits + 2])
        return 0;
    *text = s + digits + 2;
    return n;
}

static void open_entry(builder *b, const char *question, xmlNode *n)
{
    html_reader *r = b->r;
    html_flush(r);
    long number = question_number(&question);
    qa_entry *e = qa_doc_add_entry(r->doc, number, question, html_line(r, n));
    e->section = b->section;
    b->section = NULL;
    r->target = &e->answer;
}

/* Where content outside any question goes: the preamble, before the
 * first question; after it, nowhere. */
static qa_blocks *outside(builder *b)
{
    return b->r->doc->n_entries == 0 ? &b->r->doc->preamble : NULL;
}

static void heading(builder *b, xmlNode *n, int level)
{
    html_reader *r = b->r;
    html_flush(r);
    const char *text = html_text(r, n, false);
    if (!*text)
        return;
    if (b->mode != BY_HEADINGS) {
        if (!b->details) { /* a heading above a group of questions */
            b->section = text;
            r->target = outside(b);
        } else {
            html_paragraph(r, text, html_line(r, n));
        }
        return;
    }
    bool question = asks(text) ||
                    (b->level_asks && level == b->question_level);
    if (b->entry_level && level > b->entry_level && !question) {
        html_paragraph(r, text, html_line(r, n)); /* a heading in an answer */
        return;
    }
    if (question) {
        open_entry(b, text, n);
        b->entry_level = level;
        return;
    }
    b->entry_level = 0;
    if (level <= b->question_level || !b->question_level) {
        b->section = text;
        r->target = outside(b);
    } else {
        html_paragraph(r, text, html_line(r, n));
    }
}

static bool inside_dd(const xmlNode *n)
{
    int steps = 0;
    for (n = n->parent; n && steps < HTML_MAX_DEPTH * 2; n = n->parent, steps++)
        if (html_is(n, "dd"))
            return true;
    return false;
}

/* A definition list as a list of "term: definition" items, the term as
 * the item's label (a dd without its dt stands alone). */
static void terms_list(html_reader *r, xmlNode *dl)
{
    if (!r->target)
        return;
    qa_list l = {.ordered = false};
    qa_item *open = NULL;
    for (xmlNode *c = dl->children; c; c = c->next) {
        if (html_tick(r))
            break;
        if (html_is(c, "dt")) {
            const char *t = html_text(r, c, false);
            if (!*t)
                continue;
            open = qa_list_add(r->doc, &l, t, html_line(r, c));
        } else if (html_is(c, "dd")) {
            const char *t = html_text(r, c, false);
            if (!*t)
                continue;
            if (open) {
                size_t len = strlen(open->text);
                open->label = open->text[len - 1] == ':'
                                  ? qa_strndup(r->doc->arena, open->text, len - 1)
                                  : open->text;
                open->text = t;
                open = NULL;
            } else {
                qa_list_add(r->doc, &l, t, html_line(r, c));
            }
        }
    }
    if (l.n_items == 0)
        return;
    qa_block *blk = qa_blocks_add(r->doc, r->target, QA_BLOCK_LIST,
                                  html_line(r, dl));
    blk->list = l;
}

/* Enters n; returns whether its children are to be visited. */
static bool enter(builder *b, xmlNode *n, xmlNode *root)
{
    html_reader *r = b->r;
    int level = html_heading_level(n);
    if (b->mode == BY_TOGGLES && n != root) {
        if (n == b->details)
            return true; /* the open panel, read even when folded away */
        xmlNode *toggle = !b->details || !is_ancestor(b->details, n)
                              ? toggle_at(n) : NULL;
        const char *q = toggle ? toggle_question(r, toggle) : "";
        if (strlen(q) > 1) {
            html_flush(r);
            open_entry(b, q, toggle);
            b->details = panel_of(toggle);
            return false;
        }
    }
    if (n != root && html_is_furniture(n))
        return false;
    if (n == b->title) {
        html_flush(r);
        return false;
    }
    if (b->mode == BY_ITEMS && !b->details && html_item_question(n)) {
        xmlNode *name = html_item_name(r, n);
        const char *q = name ? html_text(r, name, false) : "";
        html_flush(r);
        if (*q) { /* the rest of the item is its answer */
            open_entry(b, q, name);
            b->details = n;
            b->item_name = name;
        }
        return true;
    }
    if (b->mode == BY_ITEMS && n == b->item_name) {
        html_flush(r);
        return false;
    }
    if (level) {
        heading(b, n, level);
        return false;
    }
    const char *bold = b->mode == BY_BOLD ? bold_question(r, n) : NULL;
    if (bold) {
        /* "<p><b>Question?</b><br>Answer</p>": the answer goes on after
         * the question, and in the paragraphs up to the next one */
        html_flush(r);
        open_entry(b, bold, n);
        const char *all = html_text(r, n, false);
        size_t qlen = strlen(bold);
        if (strncmp(all, bold, qlen) == 0)
            html_paragraph(r, all + qlen + (all[qlen] == ' '), html_line(r, n));
        return false;
    }
    if (html_is(n, "p") || html_is(n, "pre")) {
        html_flush(r);
        html_paragraph(r, html_text(r, n, false), html_line(r, n));
        return false;
    }
    if (b->mode == BY_TOGGLES && (html_is(n, "ul") || html_is(n, "ol")) &&
        holds_toggle(n)) {
        html_flush(r);
        return true; /* an accordion built as a list */
    }
    if (b->mode == BY_BOLD && (html_is(n, "ul") || html_is(n, "ol")) &&
        leads_with_bold(r, n)) {
        html_flush(r);
        return true; /* a list of questions: each item an entry */
    }
    if (html_is(n, "ul") || html_is(n, "ol") || html_is(n, "menu")) {
        html_flush(r);
        html_list(r, n);
        return false;
    }
    if (html_is(n, "dl") && (b->mode != BY_TERMS || inside_dd(n))) {
        html_flush(r);
        terms_list(r, n); /* a definition list inside an answer */
        return false;
    }
    if (html_is(n, "table")) {
        html_flush(r);
        html_table(r, n);
        return false;
    }
    if (html_is(n, "br") && r->after_br) {
        html_flush(r); /* <br><br>: a paragraph ends */
        r->after_br = false;
        return false;
    }
    if (html_is(n, "img") || html_is(n, "br")) {
        r->after_br = html_is(n, "br");
        const char *alt = html_is(n, "img") ? html_attr(n, "alt") : NULL;
        html_add_text(r, " ", 1, html_line(r, n));
        if (alt)
            html_add_text(r, alt, strlen(alt), html_line(r, n));
        html_add_text(r, " ", 1, html_line(r, n));
        return false;
    }
    if (b->mode == BY_DETAILS && !b->details && html_is(n, "details") &&
        has_summary(n)) {
        xmlNode *summary = n->children;
        while (!html_is(summary, "summary"))
            summary = summary->next;
        const char *q = html_text(r, summary, false);
        html_flush(r);
        if (*q) {
            open_entry(b, q, summary);
            b->details = n;
        }
        return true;
    }
    if (b->details && html_is(n, "summary") && n->parent == b->details)
        return false;
    if (b->mode == BY_TERMS && html_is(n, "dt")) {
        const char *q = html_text(r, n, false);
        if (*q)
            open_entry(b, q, n);
        r->target = NULL; /* until its <dd> */
        return false;
    }
    if (b->mode == BY_TERMS && html_is(n, "dd")) {
        html_flush(r);
        r->target = r->doc->n_entries
                        ? &r->doc->entries[r->doc->n_entries - 1].answer
                        : &r->doc->preamble;
        return true;
    }
    if (html_is_block(n))
        html_flush(r);
    return true;
}

static void leave(builder *b, xmlNode *n)
{
    html_reader *r = b->r;
    if (html_is_block(n))
        html_flush(r);
    if (n == b->details) {
        b->details = b->item_name = NULL;
        r->target = NULL;
    } else if (b->mode == BY_TERMS && html_is(n, "dd")) {
        r->target = NULL;
    }
}

/* Only white space (ASCII, or no-break spaces). */
static bool blank(const char *s)
{
    for (; *s; s++)
        if (*s == '\xC2' && s[1] == '\xA0')
            s++;
        else if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' &&
                 *s != '\f')
            return false;
    return true;
}

static void build(builder *b, xmlNode *root)
{
    html_reader *r = b->r;
    r->target = &r->doc->preamble;
    html_walk w;
    html_walk_init(&w, root);
    bool leaving, descend = true;
    for (xmlNode *n; (n = html_walk_next(&w, descend, &leaving)) != NULL;) {
        descend = true;
        if (leaving) {
            leave(b, n);
            continue;
        }
        if (html_tick(r))
            break;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) {
                html_add_text(r, (const char *)n->content,
                              strlen((const char *)n->content),
                              html_line(r, n));
                if (!blank((const char *)n->content))
                    r->after_br = false;
            }
            continue;
        }
        if (html_is_block(n))
            r->after_br = false;
        descend = enter(b, n, root);
    }
    html_flush(r);
    if (w.cut && !r->warned_depth) {
        r->warned_depth = true;
        qa_diag_add(r->doc, QA_WARNING, "html-too-deep", html_line(r, root),
                    "content nested more than %d elements deep left out",
                    HTML_MAX_DEPTH);
    }
}

/* ---- the reader --------------------------------------------------------------- */

static void finish(html_reader *r, size_t len)
{
    if (r->dropped)
        qa_diag_add(r->doc, QA_WARNING, "control-character", 0,
                    "%zu control characters removed", r->dropped);
    if (r->replaced)
        qa_diag_add(r->doc, QA_WARNING, "noncharacter", 0,
                    "noncharacters (U+FFFE, U+FFFF) replaced by U+FFFD");
    if (r->doc->n_entries == 0 && !r->stopped)
        qa_diag_add(r->doc, QA_ERROR, "no-questions", len ? 1 : 0,
                    "no question found: expected schema.org FAQPage data, "
                    "<details> with <summary>, <dt> terms or headings "
                    "ending in '?'");
    qa_buf_free(&r->pending);
}

qa_doc *qa_read_html(const char *data, size_t len, const char *name,
                     qa_cancel *cancel)
{
    qa_doc *doc = qa_doc_new();
    qa_doc_set_source(doc, name, data, len);
    html_reader r = {.doc = doc, .cancel = cancel};
    if (len > INT_MAX) {
        qa_diag_add(doc, QA_ERROR, "too-large", 0,
                    "an HTML page larger than %d bytes is not read", INT_MAX);
        return doc;
    }
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    htmlDocPtr tree = ctxt ? htmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL,
                                HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                                HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING)
                           : NULL;
    /* libxml2 gives up on markup nested past its limit (256 elements):
     * what follows is not in the tree, and the page says so */
    const xmlError *err = ctxt ? xmlCtxtGetLastError(ctxt) : NULL;
    if (tree && err && err->level == XML_ERR_FATAL)
        qa_diag_add(doc, QA_WARNING, "html-cut-short",
                    err->line > 0 ? (size_t)err->line : 0,
                    "the HTML parser stopped here (%s): the rest of the page "
                    "is left out",
                    html_clean(&r, err->message ? err->message : "",
                               err->message ? strlen(err->message) : 0));
    if (ctxt)
        htmlFreeParserCtxt(ctxt);
    xmlNode *root = tree ? xmlDocGetRootElement(tree) : NULL;
    if (!root) {
        xmlFreeDoc(tree);
        finish(&r, len);
        return doc;
    }
    survey s = {0};
    look_over(&r, root, &s);
    builder b = {.r = &r};
    xmlNode *content = s.main ? s.main
                       : s.articles == 1 ? s.article
                       : s.body ? s.body : root;
    read_title(&r, &s, &b, content);
    read_language(&r, &s);

    html_ld ld = {0};
    for (size_t i = 0; i < s.n_scripts && !r.stopped; i++)
        html_ld_read(&r, s.scripts[i], ld.questions == 0, &ld);
    if (doc->n_categories == 0 && s.breadcrumb)
        read_trail(&r, s.breadcrumb);
    drop_title_crumb(doc);

    if (!r.stopped) {
        evidence e = {0};
        weigh(&r, content, b.title, &e);
        size_t shown = visible_questions(&e);
        if (ld.questions > 0 && shown > ld.questions) {
            /* schema.org data that lists fewer questions than the page
             * shows (one section's, or the site's) does not stand for it */
            qa_diag_add(doc, QA_INFO, "json-ld-partial", ld.line,
                        "the JSON-LD FAQPage lists %zu questions, the page "
                        "shows %zu: read from the page",
                        ld.questions, shown);
            doc->n_entries = 0;
            ld.questions = 0;
        } else if (ld.questions > 0 && shown == ld.questions &&
                   !ld_matches_page(&r, content)) {
            qa_diag_add(doc, QA_INFO, "json-ld-differs", ld.line,
                        "the JSON-LD FAQPage words its questions otherwise "
                        "than the page: read from the page");
            doc->n_entries = 0;
            ld.questions = 0;
        }
        if (ld.questions == 0) {
            choose(&b, &e);
            build(&b, content);
        }
    }
    xmlFreeDoc(tree);
    finish(&r, len);
    return doc;
}
