/* md_roundtrip_fuzz.c - random models through qa_write_md and qa_read_md.
 *
 * Builds documents whose strings are made of Markdown's special characters
 * (emphasis, headings, list markers, entities, raw HTML, escapes, code
 * fences, no-break spaces, tabs), writes them as Markdown and reads them
 * back: title, categories, preamble and every entry must come back as they
 * were.  Deterministic: the same seed gives the same documents.
 *
 * usage: md_roundtrip_fuzz [DOCUMENTS [SEED]] */
#include "qaconv.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng_state = 88172645463325252ull;

static unsigned rnd(unsigned n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state % n);
}

static const char *const pieces[] = {
    "*", "**", "_", "__", "#", "##", "`", "```", "~~~", "<", ">", "&", "[",
    "]", "(", ")", "!", "\\", "-", "+", "=", ".", ":", "|", "\"", "'", " ",
    "  ", "\t", "1.", "1. ", "2)", "- ", "+ ", "* ", "---", "***", "===",
    "&amp;", "&#1;", "&copy", "<div>", "<!--", "-->", "<a href=x>", "http://x.y",
    "<http://x.y>", "[a](b)", "![i](s)", "\xC2\xA0", "\xC2\xB7", " \xC2\xB7 ",
    "\xC3\xA9", "\xE2\x80\xA8", "\xF0\x9F\x98\x80", "word", "Word", "0", "9",
    "12345", "Categories:", "a", "b", "x y", "    ", "\\*", "\\\\", "$", "%",
    "{", "}", "^", "@", "?", ";", ",", "/", "\xC2\xA9", "\xC2\xBF",
    "\xEF\xBB\xBF", "~", "~~~", "0. ", "-1. ",
};

/* A random string that satisfies the model's invariants: valid UTF-8, no
 * control characters but tab, no surrounding white space, not empty. */
static const char *rand_text(qa_doc *doc, unsigned max_pieces)
{
    for (;;) {
        char buf[512];
        size_t len = 0;
        unsigned n = 1 + rnd(max_pieces);
        for (unsigned i = 0; i < n; i++) {
            const char *p = pieces[rnd(sizeof pieces / sizeof *pieces)];
            size_t pl = strlen(p);
            if (len + pl >= sizeof buf)
                break;
            memcpy(buf + len, p, pl);
            len += pl;
        }
        size_t lead = qa_space_prefix(buf, len);
        size_t rest = len - lead;
        rest -= qa_space_suffix(buf + lead, rest);
        if (rest > 0)
            return qa_strndup(doc->arena, buf + lead, rest);
    }
}

static void rand_list(qa_doc *doc, qa_list *list, unsigned depth)
{
    list->ordered = rnd(2);
    unsigned n = 1 + rnd(4);
    for (unsigned i = 0; i < n; i++) {
        qa_item *it = qa_list_add(doc, list, rand_text(doc, 8), 1);
        if (rnd(3) == 0)
            it->label = rand_text(doc, 4); /* a label is never empty */
        if (rnd(4) == 0 && rnd(3) == 0)
            it->text = "";
        if (depth < 3 && rnd(4) == 0) {
            it->sublist = qa_alloc(doc->arena, sizeof *it->sublist);
            rand_list(doc, it->sublist, depth + 1);
        }
    }
}

static void rand_blocks(qa_doc *doc, qa_blocks *b, unsigned max)
{
    unsigned n = rnd(max + 1);
    for (unsigned i = 0; i < n; i++) {
        if (rnd(2)) {
            qa_blocks_add(doc, b, QA_BLOCK_PARAGRAPH, 1)->text =
                rand_text(doc, 12);
        } else {
            qa_block *bl = qa_blocks_add(doc, b, QA_BLOCK_LIST, 1);
            rand_list(doc, &bl->list, 0);
        }
    }
}

static qa_doc *rand_doc(void)
{
    qa_doc *doc = qa_doc_new();
    doc->title = rnd(20) ? rand_text(doc, 6) : "";
    unsigned nc = rnd(4);
    for (unsigned i = 0; i < nc; i++)
        qa_doc_add_category(doc, rand_text(doc, 3));
    rand_blocks(doc, &doc->preamble, 2);
    unsigned ne = 1 + rnd(4);
    for (unsigned i = 0; i < ne; i++) {
        long number = rnd(3) ? (long)rnd(1000) : 0;
        qa_entry *e = qa_doc_add_entry(doc, number, rand_text(doc, 8), 1);
        rand_blocks(doc, &e->answer, 4);
    }
    return doc;
}

/* ---- comparison -------------------------------------------------------- */

static int failures;

static void diff(const char *what, const char *want, const char *got)
{
    if (failures++ < 20)
        fprintf(stderr, "%s: wrote [%s], read back [%s]\n", what, want, got);
}

static void same_str(const char *what, const char *a, const char *b)
{
    if (strcmp(a ? a : "(none)", b ? b : "(none)") != 0)
        diff(what, a ? a : "(none)", b ? b : "(none)");
}

static void same_list(const qa_list *a, const qa_list *b)
{
    if (a->ordered != b->ordered || a->n_items != b->n_items) {
        char x[48], y[48];
        snprintf(x, sizeof x, "%s of %zu", a->ordered ? "ordered" : "bullet",
                 a->n_items);
        snprintf(y, sizeof y, "%s of %zu", b->ordered ? "ordered" : "bullet",
                 b->n_items);
        diff("list", x, y);
        return;
    }
    for (size_t i = 0; i < a->n_items; i++) {
        const qa_item *x = &a->items[i], *y = &b->items[i];
        same_str("label", x->label, y->label);
        same_str("item", x->text, y->text);
        if (!x->sublist != !y->sublist)
            diff("sublist", x->sublist ? "yes" : "no", y->sublist ? "yes" : "no");
        else if (x->sublist)
            same_list(x->sublist, y->sublist);
    }
}

static void same_blocks(const qa_blocks *a, const qa_blocks *b)
{
    if (a->n != b->n) {
        char x[32], y[32];
        snprintf(x, sizeof x, "%zu blocks", a->n);
        snprintf(y, sizeof y, "%zu blocks", b->n);
        diff("blocks", x, y);
        return;
    }
    for (size_t i = 0; i < a->n; i++) {
        if (a->v[i].type != b->v[i].type)
            diff("block type", "", "");
        else if (a->v[i].type == QA_BLOCK_PARAGRAPH)
            same_str("paragraph", a->v[i].text, b->v[i].text);
        else
            same_list(&a->v[i].list, &b->v[i].list);
    }
}

static void same_doc(const qa_doc *a, const qa_doc *b)
{
    same_str("title", a->title, b->title);
    if (a->n_categories != b->n_categories)
        diff("categories", "", "count differs");
    for (size_t i = 0; i < a->n_categories && i < b->n_categories; i++)
        same_str("category", a->categories[i], b->categories[i]);
    same_blocks(&a->preamble, &b->preamble);
    if (a->n_entries != b->n_entries) {
        diff("entries", "", "count differs");
        return;
    }
    for (size_t i = 0; i < a->n_entries; i++) {
        if (a->entries[i].number != b->entries[i].number)
            diff("number", a->entries[i].question, b->entries[i].question);
        same_str("question", a->entries[i].question, b->entries[i].question);
        same_blocks(&a->entries[i].answer, &b->entries[i].answer);
    }
}

/* Prints the Markdown that did not read back, and keeps it in a file when
 * MD_FUZZ_DUMP names a folder. */
static void report(unsigned d, const qa_buf *md)
{
    fprintf(stderr, "--- document %u ---\n%.*s---\n", d, (int)md->len,
            md->data);
    const char *dir = getenv("MD_FUZZ_DUMP");
    if (!dir)
        return;
    char path[4096];
    snprintf(path, sizeof path, "%s/fuzz-%u.md", dir, d);
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(md->data, 1, md->len, f);
        fclose(f);
    }
}

int main(int argc, char **argv)
{
    unsigned docs = argc > 1 ? (unsigned)atoi(argv[1]) : 2000;
    if (argc > 2)
        rng_state = strtoull(argv[2], NULL, 10) | 1;
    for (unsigned d = 0; d < docs; d++) {
        qa_doc *doc = rand_doc();
        qa_write_opts opts = {.md_front_matter = d % 2};
        qa_buf md = {0};
        const char *err = NULL;
        int before = failures;
        if (qa_write_md(doc, &opts, &md, &err) != 0) {
            fprintf(stderr, "document %u: qa_write_md failed: %s\n", d, err);
            failures++;
        } else {
            qa_doc *back = qa_read_md(md.data, md.len, "fuzz.md", NULL);
            same_doc(doc, back);
            for (size_t i = 0; i < back->n_diags; i++)
                if (strcmp(back->diags[i].code, "empty-answer") != 0)
                    diff("diagnostic", "", back->diags[i].message);
            if (failures > before && before < 20)
                report(d, &md);
            qa_doc_free(back);
        }
        qa_buf_free(&md);
        qa_doc_free(doc);
    }
    printf("%u documents, %d differences\n", docs, failures);
    return failures ? 1 : 0;
}
