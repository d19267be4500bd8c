/* read_text.h - internals of the raw-text reader, shared by its files:
 * read_text.c (the steps), read_text_lines.c (lines and their markers),
 * read_text_furniture.c (the site around the page),
 * read_text_segment.c (which lines are questions),
 * read_text_header.c (breadcrumb and title) and read_text_blocks.c
 * (answer paragraphs and lists). */
#ifndef QACONV_READ_TEXT_H
#define QACONV_READ_TEXT_H

#include "qaconv.h"

/* The colon of Chinese and Japanese text, after labels such as "问：". */
#define FULL_WIDTH_COLON "\xEF\xBC\x9A" /* ： */

typedef enum {
    LINE_BLANK,
    LINE_TEXT,
    LINE_NUMBERED, /* "1. ", "1) ", "#1 ", "IV. ", "Q1. ", "Question 1: " */
    LINE_BULLET,   /* "- ", "* ", "• " */
    LINE_LETTERED, /* "a. ", "a) ", "(a) " */
    LINE_JUNK      /* a repeated title or breadcrumb inside the body */
} line_kind;

/* What a line is to the page: the labels of tests/corpus/README.md, in
 * the order of the fitted model's tables (read_text_model.c). */
typedef enum {
    ROLE_BLANK,
    ROLE_FURNITURE,
    ROLE_BREADCRUMB,
    ROLE_TITLE,
    ROLE_TITLE_QUESTION,
    ROLE_PREAMBLE,
    ROLE_SECTION,
    ROLE_QUESTION,
    ROLE_LABEL,
    ROLE_ANSWER,
    ROLE_ITEM1,
    ROLE_ITEM2,
    ROLE_ITEM3,
    ROLE_OTHER,
    N_ROLES
} line_role;

typedef struct text_line {
    const char *raw; /* the line without surrounding white space */
    size_t raw_len;
    const char *text; /* after the list or question marker */
    size_t text_len;
    size_t lineno; /* 1-based */
    size_t indent; /* bytes of white space before raw */
    line_kind kind;
    long number;         /* LINE_NUMBERED; 0 for "Q: " */
    bool question_mark;  /* "Q1." or "Question 1:": a question by its marker */
    bool roman;          /* "IV. ": numbered only while it may be a question */
    bool quoted;         /* a quotation's line, its "> " gone */
    bool is_question;    /* set by segmentation */
    bool wraps;          /* a question that goes on on the next line */
    /* Question evidence of a numbered line (read_text_segment.c), measured
     * once: the weight without the page's heading style, and whether the
     * line is heading-like. */
    double evidence;
    bool heading;
    bool toc; /* lists a question that the page asks again further down */
    bool introduced; /* one of a run of items that a line ending in ':' opens */
    bool attribution; /* "— Rosa M." under a quotation, which it goes on */
    /* Length of the question in text when its answer follows on the same
     * line ("What is it? It is ..."), else 0; set with the evidence. */
    size_t inline_question;
    /* What the rule-based passes read the line as (read_header(),
     * read_entries()): a feature of the line for the fitted model. */
    line_role role;
} text_line;

typedef struct text_page {
    qa_doc *doc;
    text_line *lines;
    size_t n_lines;
    bool ends_with_newline;
    size_t wrap_width; /* the columns the text is hard-wrapped at, or 0 */
    bool untitled;     /* no line is the title: it comes from the name */
} text_page;

/* read_text_lines.c: cuts text (len bytes, in doc's arena) into page's
 * classified lines; Markdown's "**" emphasis is dropped from text in
 * place. */
void split_lines(text_page *page, char *text, size_t len);

/* Does line end where wrapping at the page's width broke it, the first
 * word of next not fitting?  Never on a page that is not hard-wrapped. */
bool wrapped_after(const text_page *page, const text_line *line,
                   const text_line *next);

/* read_text_furniture.c: turns the lines of the site around the page
 * (navigation, toggles, consent banners, related posts, comments, the
 * footer) into LINE_JUNK. */
void drop_furniture(text_page *page);
/* A link to one of the site's own pages or a control of its header,
 * alone on line l ("About Us", "Contact", "Privacy Policy", "Menu"). */
bool site_link(const text_line *l);
/* Does line l name a page of questions and answers ("Library FAQs",
 * "Preguntas frecuentes"), in some language? */
bool names_faq(const text_line *l);
/* Are its phrases in the order its search needs?  For the unit tests. */
bool furniture_phrases_sorted(void);

/* read_text_segment.c: marks the question lines.  Returns their count. */
size_t segment_questions(text_page *page);
/* A short plain line that could head a section: a capital first, no
 * sentence or clause punctuation at its end, no "Label: text". */
bool heading_like(const text_line *l);

/* read_text_header.c: reads breadcrumb, title and preamble from lines
 * [0, end) and marks later repeats of them as LINE_JUNK; a page with no
 * title line gets "" (untitled). */
void read_header(text_page *page, size_t end);
/* The last crumb when it is the page itself: the title, whole or cut. */
void drop_page_crumb(qa_doc *doc);

/* ---- breadcrumb.c ------------------------------------------------------ */

/* Reads line as a breadcrumb ("Categories IllinoisState Regulations and
 * Laws", "PoliticsTemporary Protected Status", "Home > Health > Clinics")
 * and adds its parts to doc's categories.  Returns false, adding nothing,
 * when the line does not read as one.  title_follows: the page has a title
 * line after this one, which makes a glued line without a "Categories"
 * label more likely a breadcrumb than a title. */
bool qa_breadcrumb_read(qa_doc *doc, const char *line, bool title_follows);
/* Reads line as a breadcrumb of a single category ("Politics",
 * "Temporary Protected Status") and adds it to doc's categories: up to
 * three capitalized words that do not name a page ("FAQs", "Questions").
 * For a line that a title follows; returns false, adding nothing, when it
 * does not read as one. */
bool qa_breadcrumb_read_single(qa_doc *doc, const char *line);
/* A breadcrumb scraped one crumb per line ("Home", ">", "Immigration",
 * ">", "TPS"), line by line, each line len bytes, not NUL-terminated:
 * separator_line: a separator alone (">", "/", "»", "::"), not a rule
 * such as "---"; label_line: a label alone ("Categories", "You are
 * here:") or the front page's crumb ("Home"); crumb_line: a crumb ("Home"
 * too), a short line that ends no sentence; add_crumb adds one crumb (a link's text;
 * nothing for the front page) to doc's categories. */
bool qa_breadcrumb_separator_line(const char *line, size_t len);
bool qa_breadcrumb_label_line(const char *line, size_t len);
bool qa_breadcrumb_crumb_line(const char *line, size_t len);
void qa_breadcrumb_add_crumb(qa_doc *doc, const char *line, size_t len);
/* The crumbs of one breadcrumb read from labelled lines,
 * doc->categories[from..]: a first crumb that stands for the site's front
 * page ("Library Home Page", "All Collections") and, of two or more, a
 * last that names the page itself ("Pricing FAQ") go. */
void breadcrumb_tidy(qa_doc *doc, size_t from);
/* A post's "Posted in: A, B" line among the first of [from, end): the
 * page's categories when it has none yet; the line is then dropped. */
void category_line(text_page *page, size_t from, size_t end);

/* read_text_blocks.c: appends the blocks of lines [from, to) to blocks. */
void read_blocks(text_page *page, size_t from, size_t to, qa_blocks *blocks);
/* The answer to question: the same, after lead (the answer's start on the
 * question's own line, or NULL).  The question's marker tells which answer
 * markers to drop. */
void read_answer(text_page *page, const text_line *question,
                 const text_line *lead, size_t from, size_t to,
                 qa_blocks *blocks);

/* Shared predicates over a line's text. */
bool text_ends_question(const char *s, size_t len);
bool text_ends_sentence(const char *s, size_t len);
/* The text stops where it cannot end: after a comma, or on a word that the
 * language tables say a sentence does not end on ("Who funds refugee
 * services in" / "Ohio?"; "... brasileiro no" / "Setor Consular ...?"). */
bool text_ends_open(const char *s, size_t len);
/* The length of a mark that parts a question from its answer on one line,
 * with white space after it: "... a phone number? : To contact you",
 * "...? - Yes"; 0 when s does not open with one. */
size_t answer_separator(const char *s, size_t len);
size_t text_words(const char *s, size_t len);
/* The first character is an upper-case letter or a digit. */
bool text_starts_upper(const char *s, size_t len);

#endif
