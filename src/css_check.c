/* css_check.c - what a stylesheet given with --css must be for the EPUB
 * that carries it to be valid.
 *
 * Not a CSS parser: a scan of the structure epubcheck rejects when it is
 * broken.  Comments and strings are closed (a string does not run over a
 * line end), braces are balanced, a declaration block holds declarations
 * ("name: value", none empty) and no block, and every rule has a block.
 * The EPUB carries the stylesheet alone, so nothing in it may load another
 * file: no @import, and no url() but a data: URL (a remote url() also
 * needs a property the package does not declare). */
#include "qaconv.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#define CSS_MAX_DEPTH 32

typedef struct css_scan {
    const char *s;
    size_t len, i, line;
    const char *why;
    size_t why_line;
    char detail[160];
} css_scan;

static int fail(css_scan *c, size_t line, const char *why)
{
    c->why = why;
    c->why_line = line;
    return -1;
}

static bool ident_char(char ch)
{
    return isalnum((unsigned char)ch) || ch == '-' || ch == '_' ||
           (unsigned char)ch >= 0x80;
}

/* Skips the comment that opens at c->i. */
static int skip_comment(css_scan *c)
{
    size_t line = c->line;
    for (c->i += 2; c->i + 1 < c->len; c->i++) {
        if (c->s[c->i] == '\n')
            c->line++;
        if (c->s[c->i] == '*' && c->s[c->i + 1] == '/') {
            c->i += 2;
            return 0;
        }
    }
    return fail(c, line, "a comment that is never closed");
}

/* Skips the string at c->i, opened by ' or ". */
static int skip_string(css_scan *c)
{
    char quote = c->s[c->i++];
    for (; c->i < c->len; c->i++) {
        char ch = c->s[c->i];
        if (ch == '\\' && c->i + 1 < c->len) {
            if (c->s[++c->i] == '\n')
                c->line++;
        } else if (ch == quote) {
            c->i++;
            return 0;
        } else if (ch == '\n') {
            break;
        }
    }
    return fail(c, c->line, "a string that is never closed");
}

/* Checks the url( at c->i and skips it: only data: URLs stay inside the
 * EPUB. */
static int check_url(css_scan *c)
{
    size_t line = c->line;
    c->i += 4;
    while (c->i < c->len && isspace((unsigned char)c->s[c->i]))
        c->line += c->s[c->i++] == '\n';
    size_t start = c->i, end;
    if (c->i < c->len && (c->s[c->i] == '"' || c->s[c->i] == '\'')) {
        if (skip_string(c) != 0)
            return -1;
        start++;
        end = c->i - 1;
    } else {
        while (c->i < c->len && c->s[c->i] != ')' && c->s[c->i] != '\n')
            c->i++;
        end = c->i;
    }
    while (c->i < c->len && isspace((unsigned char)c->s[c->i]))
        c->line += c->s[c->i++] == '\n';
    if (c->i >= c->len || c->s[c->i] != ')')
        return fail(c, line, "a url( that is never closed");
    c->i++;
    if (end - start >= 5 && strncasecmp(c->s + start, "data:", 5) == 0)
        return 0;
    size_t n = end - start;
    bool remote = memchr(c->s + start, ':', n) || (n >= 2 && c->s[start] == '/' &&
                                                   c->s[start + 1] == '/');
    snprintf(c->detail, sizeof c->detail, "url(%.*s%s) %s", (int)(n > 60 ? 60 : n),
             c->s + start, n > 60 ? "..." : "",
             remote ? "loads a remote resource, which an EPUB may not"
                    : "names a file that the EPUB does not carry (only "
                      "data: URLs can be used)");
    return fail(c, line, c->detail);
}

/* The text of the statement or declaration that starts at c->s[at],
 * up to c->i: is it "name:" ...? */
static bool is_declaration(const css_scan *c, size_t at)
{
    size_t k = at;
    while (k < c->i && c->s[k] == '-')
        k++;
    size_t name = k;
    while (k < c->i && ident_char(c->s[k]))
        k++;
    if (k == name)
        return false;
    while (k < c->i && isspace((unsigned char)c->s[k]))
        k++;
    return k < c->i && c->s[k] == ':';
}

enum { TOP, RULES, DECLS };

/* The kind of block that `{` opens after the statement at c->s[at]:
 * rules for the conditional at-rules, declarations otherwise. */
static int block_kind(const css_scan *c, size_t at)
{
    static const char *const groups[] = {"media", "supports", "document",
                                         "-moz-document", "layer",
                                         "container", "scope"};
    if (c->s[at] != '@')
        return DECLS;
    size_t n = 0;
    while (at + 1 + n < c->i && ident_char(c->s[at + 1 + n]))
        n++;
    for (size_t g = 0; g < sizeof groups / sizeof *groups; g++)
        if (strlen(groups[g]) == n &&
            strncasecmp(c->s + at + 1, groups[g], n) == 0)
            return RULES;
    return DECLS;
}

static int scan(css_scan *c)
{
    int stack[CSS_MAX_DEPTH];
    size_t opened[CSS_MAX_DEPTH];
    int depth = 0;
    size_t at = SIZE_MAX, at_line = 0; /* the statement so far */
    while (c->i < c->len) {
        char ch = c->s[c->i];
        int kind = depth ? stack[depth - 1] : TOP;
        if (ch == '/' && c->i + 1 < c->len && c->s[c->i + 1] == '*') {
            if (skip_comment(c) != 0)
                return -1;
            continue;
        }
        if (ch == '\n')
            c->line++;
        if (isspace((unsigned char)ch)) {
            c->i++;
            continue;
        }
        if (at == SIZE_MAX && ch != ';' && ch != '{' && ch != '}') {
            at = c->i;
            at_line = c->line;
        }
        if (ch == '"' || ch == '\'') {
            if (skip_string(c) != 0)
                return -1;
            continue;
        }
        if (ch == '\\') {
            c->i += 2;
            continue;
        }
        if ((ch == 'u' || ch == 'U') && c->len - c->i >= 4 &&
            strncasecmp(c->s + c->i, "url(", 4) == 0 &&
            (c->i == 0 || !ident_char(c->s[c->i - 1]))) {
            if (check_url(c) != 0)
                return -1;
            continue;
        }
        if (ch == '@' && c->len - c->i >= 7 &&
            strncasecmp(c->s + c->i + 1, "import", 6) == 0 &&
            (c->len - c->i == 7 || !ident_char(c->s[c->i + 7])))
            return fail(c, c->line, "@import loads another stylesheet, which "
                                    "the EPUB does not carry");
        c->i++;
        if (ch == '{') {
            if (kind == DECLS && (at == SIZE_MAX || c->s[at] != '@'))
                return fail(c, c->line, "a '{' inside a declaration block");
            if (at == SIZE_MAX)
                return fail(c, c->line, "a block without a selector");
            if (depth == CSS_MAX_DEPTH)
                return fail(c, c->line, "blocks nested too deep");
            opened[depth] = c->line;
            stack[depth++] = kind == DECLS ? DECLS : block_kind(c, at);
            at = SIZE_MAX;
        } else if (ch == '}' || ch == ';') {
            if (kind == DECLS && at != SIZE_MAX && !is_declaration(c, at))
                return fail(c, at_line, "a declaration that is not "
                                        "'property: value'");
            if (kind == DECLS && at == SIZE_MAX && ch == ';')
                return fail(c, c->line, "an empty declaration (';' alone)");
            if (kind != DECLS && at != SIZE_MAX &&
                (ch == '}' || c->s[at] != '@'))
                return fail(c, at_line, "a rule without a block");
            if (ch == '}') {
                if (depth == 0)
                    return fail(c, c->line, "a '}' that closes no block");
                depth--;
            }
            at = SIZE_MAX;
        }
    }
    if (depth > 0)
        return fail(c, opened[depth - 1], "a '{' that is never closed");
    if (at != SIZE_MAX)
        return fail(c, at_line, "a rule without a block");
    return 0;
}

int qa_css_check(const char *css, size_t len, size_t *line, char *why,
                 size_t why_size)
{
    css_scan c = {.s = css, .len = len, .line = 1};
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)css;
    for (size_t k = 0; k < len && !c.why;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + k, (utf8proc_ssize_t)(len - k),
                                              &cp);
        if (n <= 0 || cp == 0)
            fail(&c, c.line, "it is not UTF-8 text");
        else
            c.line += cp == '\n';
        k += n > 0 ? (size_t)n : 1;
    }
    if (!c.why) {
        c.line = 1;
        if (scan(&c) == 0)
            return 0;
    }
    *line = c.why_line;
    snprintf(why, why_size, "%s", c.why);
    return -1;
}
