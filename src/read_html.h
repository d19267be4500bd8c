/* read_html.h - internals shared by the HTML reader's files: the walk over
 * libxml2's tree, text and blocks (read_html_blocks.c), schema.org JSON-LD
 * (read_html_ld.c), and the page's structure (read_html.c). */
#ifndef QACONV_READ_HTML_H
#define QACONV_READ_HTML_H

#include "qaconv.h"

#include <libxml/tree.h>

/* Content nested deeper than this many elements below where a walk
 * starts is left out (with an html-too-deep warning): the walk keeps no
 * stack, but a page of questions is never that deep. */
#define HTML_MAX_DEPTH 256
/* Lists nested deeper than this are kept as text of the enclosing item,
 * as the Markdown reader does: writers render sublists recursively. */
#define HTML_MAX_LIST_DEPTH 32

typedef struct html_reader {
    qa_doc *doc;
    qa_cancel *cancel;
    size_t nodes;  /* visited, for the looks at cancel */
    bool stopped;  /* cancel was set: the document is thrown away */
    bool warned_depth;
    /* Lines of an answer's HTML inside JSON-LD are lines of that
     * fragment: its blocks take the line of the script instead. */
    size_t fixed_line;
    size_t dropped, replaced; /* control characters, noncharacters */
    qa_blocks *target; /* where blocks go; NULL: left out */
    qa_buf pending;    /* inline text not yet a paragraph */
    size_t pending_line;
    bool after_br;     /* a <br> and only white space since: a second ends
                          the paragraph */
} html_reader;

/* An enter/leave walk of the subtree under root in document order,
 * without recursion and without a stack: libxml2's nodes know their
 * parents. */
typedef struct html_walk {
    xmlNode *root, *node;
    bool leaving;
    int depth;
    bool cut; /* a subtree was left out for its depth */
} html_walk;

void html_walk_init(html_walk *w, xmlNode *root);
/* The next node, entered (*leaving false) or left (*leaving true); the
 * children of the node just entered are visited only when descend is
 * true.  NULL once root is left. */
xmlNode *html_walk_next(html_walk *w, bool descend, bool *leaving);

/* Counts a visited node; true when the reader must stop (cancelled). */
bool html_tick(html_reader *r);
size_t html_line(const html_reader *r, const xmlNode *n);
/* Element n is named name (libxml2's HTML parser lowercases names). */
bool html_is(const xmlNode *n, const char *name);
/* The value of attribute name of n, or NULL (no copy: libxml2's own). */
const char *html_attr(const xmlNode *n, const char *name);
/* Heading level of n, 1-6, or 0 when n is no heading. */
int html_heading_level(const xmlNode *n);
/* Furniture and hidden elements: what a reader of the page never sees as
 * its content (nav, header, footer, aside, form, script, ...). */
bool html_is_furniture(const xmlNode *n);
/* Hidden (the hidden attribute, aria-hidden, display:none): a folded
 * accordion panel is hidden until its button is pressed. */
bool html_is_hidden(const xmlNode *n);

/* The visible text of n and everything under it, white space collapsed,
 * as model text in the document's arena ("" when there is none).  Lists
 * under n are left out when skip_lists. */
const char *html_text(html_reader *r, xmlNode *n, bool skip_lists);
/* s[0..len) as model text with white space collapsed and trimmed. */
const char *html_clean(html_reader *r, const char *s, size_t len);

/* Inline text and blocks (paragraphs, lists, tables) of the content at
 * and under n go to r->target. */
void html_add_text(html_reader *r, const char *s, size_t len, size_t line);
void html_flush(html_reader *r);
void html_paragraph(html_reader *r, const char *text, size_t line);
void html_list(html_reader *r, xmlNode *list);
void html_table(html_reader *r, xmlNode *table);
/* Whether n is a block element: it ends the paragraph before it. */
bool html_is_block(const xmlNode *n);
/* Every block under root into r->target, headings as paragraphs. */
void html_blocks(html_reader *r, xmlNode *root);
/* The same for a fragment of HTML (an answer's text in JSON-LD). */
void html_fragment_blocks(html_reader *r, const char *html, size_t line);

/* What schema.org JSON-LD says of the page. */
typedef struct html_ld {
    size_t questions; /* entries added from FAQPage / QAPage */
    bool breadcrumb;  /* categories added from a BreadcrumbList */
    size_t line;      /* of the script the questions came from */
} html_ld;

/* Reads the JSON-LD block held by script: questions of a FAQPage or
 * QAPage become entries (unless questions is false), a BreadcrumbList's
 * items categories (unless the page already has them).  A block that is
 * not JSON is reported and left out. */
void html_ld_read(html_reader *r, xmlNode *script, bool questions,
                  html_ld *ld);

/* Microdata: is n a schema.org Question item (itemscope,
 * itemtype=".../Question")?  Its name: the first element under it whose
 * itemprop is "name", outside the items inside it (NULL: none). */
bool html_item_question(const xmlNode *n);
xmlNode *html_item_name(html_reader *r, xmlNode *item);

#endif
