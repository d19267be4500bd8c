/* read_text_model.h - the raw-text reader's line labeller.
 *
 * Every line of a page gets a label (line_role in read_text.h) from a
 * linear model over named features of the line and its neighbours,
 * decoded for the whole page at once (Viterbi over the label sequence,
 * with fitted transition scores).  The weights are data: fitted from the
 * labelled corpus in tests/corpus by scripts/fit-reader, which writes
 * read_text_weights.c.  The features are code: what the rule-based passes
 * decided of the line (its role), what its marker is, and what it is made
 * of (length, stop words, capitals, digits, punctuation), in the manner of
 * jusText. */
#ifndef QACONV_READ_TEXT_MODEL_H
#define QACONV_READ_TEXT_MODEL_H

#include "read_text.h"

#define READER_N_FEATURES 106

/* The title stage: the page's first READER_TITLE_LINES lines that hold
 * something are its title's candidates, each described by its line's
 * features and READER_N_TITLE_EXTRA more on where it stands among the
 * others. */
#define READER_TITLE_LINES 12
#define READER_N_TITLE_EXTRA 12
#define READER_N_TITLE_FEATURES (READER_N_FEATURES + READER_N_TITLE_EXTRA)

/* A line's row of reader_features(): its features, whether it is a
 * title candidate, and its title features past the line's own. */
#define READER_N_COLUMNS (READER_N_FEATURES + 1 + READER_N_TITLE_EXTRA)

typedef struct reader_model {
    double bias[N_ROLES];
    double weight[N_ROLES][READER_N_FEATURES];
    double start[N_ROLES];          /* first labelled line of a page */
    double trans[N_ROLES][N_ROLES]; /* [from][to], over non-blank lines */
    /* The labels replace the rules' reading of a page only when their
     * score passes the score of the rules' labels by more than this, per
     * line: the
     * rules are right on the team-written pages, and the fit sets it just
     * above the largest margin seen there. */
    double switch_margin;
    /* The title: the candidate of the highest score, a logistic
     * regression over its title features, when its probability reaches
     * title_threshold; else the page has none. */
    double title_bias;
    double title_weight[READER_N_TITLE_FEATURES];
    double title_threshold;
    /* Where the rules' reading stands, the title stage changes its title
     * only when its choice's score passes the rules' title's by more than
     * this: the fit sets it just above the largest such margin of a
     * team-written page whose title would change. */
    double title_switch;
} reader_model;

/* The model fitted from the corpus (read_text_weights.c, generated). */
extern const reader_model reader_fitted;

/* Names of the columns of reader_features(): the features, in the order
 * of the weights, then "title_candidate" and the title's own. */
extern const char *const reader_feature_names[READER_N_COLUMNS];

/* The features of every line of page, n_lines * READER_N_COLUMNS values
 * (zeros for blank lines), in a buffer the caller frees: for fitting.
 * reader_label() computes them a line at a time. */
double *reader_features(const text_page *page);

/* Labels every line of page with model m into labels (n_lines entries;
 * blank lines get ROLE_BLANK).  Returns by how much the labels' score
 * passes that of the labels labels held on entry (the rules'), per line
 * labelled (and over 20 lines at least).  *title, when title is not
 * NULL, receives the line that m's title stage chooses for the page's
 * title (n_lines: none), for reader_retitle(), and *title_margin by how
 * much its score passes the entry labels' title's.  Once cancel is set,
 * stops and returns -INFINITY with labels as they were. */
double reader_label(const text_page *page, const reader_model *m,
                    line_role *labels, size_t *title, double *title_margin,
                    qa_cancel *cancel);

/* Gives the title's label to line title of labels (n; title n: to none)
 * and takes it from any other: a line read as the title goes back to
 * what lies around one, site furniture above it, the preamble below, a
 * question when it was one.  A line the labels read as a breadcrumb
 * keeps its label, and the labels stand.  Returns whether a label
 * changed. */
bool reader_retitle(line_role *labels, size_t n, size_t title);

/* Is the text of l a question's or an answer's label alone ("Q", "A:",
 * "Answer:", "Réponse :", "1. Q", "回答") in some language? */
bool reader_bare_label(const text_line *l);

/* Reads a model from the text form that scripts/fit-reader writes beside
 * the C table (for cross-validation).  Returns 0, or -1 when the file does
 * not hold one. */
int reader_model_load(reader_model *m, const char *path);

/* The name of a label ("question"), as the corpus writes it. */
const char *reader_role_name(line_role r);

/* The raw-text reader with model m (NULL: the rules alone).  The document
 * is built from the labels where they differ from the rules' reading, or
 * always when by_labels_always (to test that both builds agree).  labels,
 * when not NULL, receives a malloc'd array of the final label of every
 * line and *n_labels their count. */
qa_doc *qa_read_text_with(const char *data, size_t len, const char *name,
                          const reader_model *m, bool by_labels_always,
                          line_role **labels, size_t *n_labels);

/* The rules' reading of a page, for fitting: the label the rules gave
 * every line (*rules) and the lines' features (*features), both malloc'd,
 * n lines. */
qa_doc *reader_read_features(const char *data, size_t len, const char *name,
                             line_role **rules, double **features, size_t *n);

/* The document that labels (one per line of the page, n) describe, or
 * NULL when n is not the page's count of lines: for scoring the document
 * builder apart from the labeller. */
qa_doc *reader_read_labelled(const char *data, size_t len, const char *name,
                             const line_role *labels, size_t n);

/* By how much model m's labels of a page pass the rules' labels. */
double reader_margin(const char *data, size_t len, const char *name,
                     const reader_model *m);

#endif
