/* main.c - the qaconv command line. */
#define _POSIX_C_SOURCE 200809L
#include "file.h"
#include "inputs.h"
#include "meta.h"
#include "output.h"
#include "pipeline.h"
#include "text.h"

#include <errno.h>
#include <fcntl.h>

#include <ctype.h>
#include <stdint.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#define EXIT_USAGE 2
#define DEFAULT_MAX_INPUT (64u << 20)

/* --metadata KEY=VALUE: a key qaconv knows, and a value of its syntax.
 * Returns 0, or 2 after a usage message (once, before any input). */
static int check_metadata(const char *key, const char *value)
{
    const char *why;
    if (!qa_meta_key_known(key)) {
        fprintf(stderr, "qaconv: unknown --metadata key '%s'; the keys are "
                "creator, publisher, rights, date, identifier, source-url, "
                "title and language\n", key);
    } else if (!qa_meta_value_ok(key, value, &why)) {
        fprintf(stderr, "qaconv: --metadata %s='%s': the value must be %s\n",
                key, value, why);
    } else {
        return 0;
    }
    fputs("Try 'qaconv --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* --css FILE, --cover IMAGE: a regular file of max bytes at most that can
 * be read (a stylesheet that an EPUB can carry, qa_css_check), checked
 * once here rather than failing every input (a FIFO is
 * opened without waiting for a writer).  Returns 0, or 2 after a
 * message. */
static int check_file(const char *what, const char *path, size_t max,
                      bool css)
{
    char *data;
    size_t len;
    if (qa_file_read(path, max, QA_FILE_REGULAR, &data, &len) == 0) {
        size_t line;
        char why[200];
        int bad = css && qa_css_check(data, len, &line, why, sizeof why);
        free(data);
        if (!bad)
            return 0;
        fprintf(stderr, "qaconv: cannot use %s %s:%zu: %s\n", what, path,
                line, why);
    } else if (errno == ENODEV)
        fprintf(stderr, "qaconv: cannot read %s %s: not a regular file\n",
                what, path);
    else if (errno == EFBIG)
        fprintf(stderr, "qaconv: cannot read %s %s: larger than %zu MiB\n",
                what, path, max >> 20);
    else
        fprintf(stderr, "qaconv: cannot read %s %s: %s\n", what, path,
                strerror(errno));
    fputs("Try 'qaconv --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* Is the file at path (an output about to be written) one of the inputs,
 * by device and inode, whatever its name? */
static bool is_an_input(const char *path, const qa_inputs *in)
{
    struct stat out, st;
    if (strcmp(path, "-") == 0 || stat(path, &out) != 0 || !S_ISREG(out.st_mode))
        return false;
    for (size_t i = 0; i < in->n; i++)
        if (strcmp(in->v[i].path, "-") != 0 && stat(in->v[i].path, &st) == 0 &&
            st.st_dev == out.st_dev && st.st_ino == out.st_ino)
            return true;
    return false;
}

/* SOURCE_DATE_EPOCH (reproducible builds), or -1 when unset or invalid. */
static long long source_date_epoch(void)
{
    const char *s = getenv("SOURCE_DATE_EPOCH");
    if (!s || !*s)
        return -1;
    char *end;
    long long v = strtoll(s, &end, 10);
    return *end || v < 0 ? -1 : v;
}

/* Standard input, output or error closed by the caller: the next file
 * qaconv opens would take its number, and "-o -" or a message would go
 * into it.  Each closed one gets /dev/null opened read-only, so that
 * writing to it still fails as writing to a closed one does. */
static void occupy_closed_std_fds(void)
{
    for (int fd = 0; fd <= 2; fd++)
        if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            int got = open("/dev/null", O_RDONLY);
            if (got >= 0 && got != fd) {
                dup2(got, fd);
                close(got);
            }
        }
}

static unsigned default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 && n <= 1024 ? (unsigned)n : 1;
}

static void usage(FILE *out)
{
    fputs("usage: qaconv [OPTIONS] [INPUT...]\n"
          "Converts FAQ pages into structured question-and-answer documents.\n"
          "INPUT is a file, a folder (every file of the input format under it,\n"
          "recursively), or - for standard input (the default when standard\n"
          "input is not a terminal).\n"
          "\n"
          "  -f, --from FORMAT        input format: text, json, md, html (default:\n"
          "                           from each file's extension, text when it\n"
          "                           names none, html for text that opens as\n"
          "                           HTML; in folders, the .txt, .text, .html,\n"
          "                           .htm and .xhtml files)\n"
          "  -t, --to FORMAT[,...]    output formats, or 'all' (default: the\n"
          "                           extension of -o FILE, else json)\n"
          "  -o, --output FILE        write the one output to FILE (- for stdout);\n"
          "                           needs a single input and a single format\n"
          "  -d, --output-dir DIR     folder for outputs (default: output), named\n"
          "                           after each input: pages/ny/faq.txt given\n"
          "                           as pages gives DIR/ny/faq.json\n"
          "      --name input|title   name outputs after the input file (default)\n"
          "                           or after the document's title\n"
          "  -M, --metadata KEY=VALUE set metadata, in every format: creator,\n"
          "                           publisher, rights, date (ISO 8601),\n"
          "                           identifier, source-url (the page's URL),\n"
          "                           title, language (BCP 47; else detected in\n"
          "                           the text); repeatable\n"
          "      --css FILE           EPUB stylesheet instead of the default one\n"
          "                           (a regular file of 1 MiB at most, no\n"
          "                           @import, no url() but data: URLs)\n"
          "      --cover IMAGE        EPUB cover image (PNG or JPEG, 16 MiB at most)\n"
          "      --split entry|document|auto\n"
          "                           EPUB content files per question or per page\n"
          "                           (default: auto, per page unless it is long)\n"
          "      --combine            with -t epub -o FILE: one book of every input,\n"
          "                           a chapter per page (title: -M title=...)\n"
          "      --md-front-matter    begin Markdown with YAML front matter\n"
          "      --filter NAME|PATH[,...]\n"
          "                           turn a built-in filter on, or run an external\n"
          "                           one (reads qaconv JSON on stdin, writes it back;\n"
          "                           the target format is its first argument)\n"
          "      --no-filter NAME[,...] turn a built-in filter off\n"
          "      --list-filters       list the built-in filters and exit\n"
          "      --filter-timeout S   stop an external filter after S seconds\n"
          "                           (default: 30)\n"
          "      --lint               print diagnostics only, write nothing\n"
          "      --fail-on warning|error\n"
          "                           the severity that fails an input: exit\n"
          "                           status 1, and no output for it (default:\n"
          "                           error)\n"
          "      --max-input-size N   refuse inputs larger than N bytes\n"
          "                           (default: 67108864)\n"
          "  -j, --jobs N             convert on N threads (default: all cores);\n"
          "                           the outputs are the same for any N\n"
          "      --files-from FILE    read input names from FILE (- for stdin),\n"
          "                           one per line\n"
          "  -0, --null               names in --files-from end with NUL bytes\n"
          "      --update             skip outputs newer than their input and\n"
          "                           than qaconv\n"
          "      --report FILE        write one JSON line per input to FILE\n"
          "      --shard K/N          convert only the K-th of N parts of the\n"
          "                           inputs (parts by a hash of each name)\n"
          "  -q, --quiet              print errors only\n"
          "  -v, --verbose            also print notes and each file written\n"
          "  -h, --help               show this help\n"
          "      --version            show the version\n"
          "\n"
          "Formats:\n", out);
    for (const qa_format *f = qa_formats; f->name; f++)
        fprintf(out, "  %-8s %s%s%s\n", f->name, f->description,
                f->read ? " [read]" : "", f->write ? " [write]" : "");
    fputs("\nExit status: 0 all inputs converted, 1 some input failed (the\n"
          "others are still written), 2 usage error.\n", out);
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("qaconv: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'qaconv --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* "unknown output format 'pdf'; qaconv writes json, epub, ...". */
static int unknown_format(const char *name, bool write)
{
    char list[256] = "";
    for (const qa_format *f = qa_formats; f->name; f++)
        if (write ? f->write != NULL : f->read != NULL) {
            if (*list)
                strcat(list, ", ");
            strcat(list, f->name);
        }
    fprintf(stderr, "qaconv: unknown %s format '%s'; qaconv %s %s%s\n",
            write ? "output" : "input", name, write ? "writes" : "reads", list,
            write ? " (or all)" : "");
    fputs("Try 'qaconv --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* Edit distance of a and b, for suggestions; small strings only. */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), row[64];
    if (la >= 63 || lb >= 63)
        return (size_t)-1;
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* "qaconv: unrecognized option '--frmo'", with the nearest long option. */
static int unknown_option(const char *arg, const struct option *longopts)
{
    if (optopt && optopt < 256) {
        fprintf(stderr, "qaconv: unrecognized option '-%c'\n", optopt);
    } else {
        char name[64];
        snprintf(name, sizeof name, "%s", arg + (strncmp(arg, "--", 2) ? 0 : 2));
        name[strcspn(name, "=")] = '\0';
        fprintf(stderr, "qaconv: unrecognized option '--%s'", name);
        const char *best = NULL;
        size_t best_d = 3; /* suggest only what is two edits away or less */
        for (const struct option *lo = longopts; lo->name; lo++) {
            size_t d = distance(name, lo->name);
            if (d < best_d || (strncmp(lo->name, name, strlen(name)) == 0 &&
                               !best && *name)) {
                best = lo->name;
                best_d = d < best_d ? d : best_d;
            }
        }
        if (best)
            fprintf(stderr, "; did you mean '--%s'?", best);
        fputc('\n', stderr);
    }
    fputs("Try 'qaconv --help' for more information.\n", stderr);
    return EXIT_USAGE;
}

/* Parses "json,md" into o->to.  Returns 0, or 2 after a usage message. */
static int parse_targets(qa_options *o, const char *list)
{
    char *copy = strdup(list), *save = NULL;
    int rc = 0;
    o->n_to = 0;
    for (char *t = strtok_r(copy, ",", &save); t && !rc;
         t = strtok_r(NULL, ",", &save)) {
        if (strcmp(t, "all") == 0) {
            for (const qa_format *f = qa_formats; f->name; f++)
                if (f->write && o->n_to < QA_MAX_TARGETS)
                    o->to[o->n_to++] = f;
            continue;
        }
        const qa_format *f = qa_format_find(t);
        if (!f || !f->write)
            rc = unknown_format(t, true);
        else if (o->n_to < QA_MAX_TARGETS)
            o->to[o->n_to++] = f;
    }
    free(copy);
    if (!rc && o->n_to == 0)
        rc = usage_error("no output format in '%s'", list);
    return rc;
}

static void list_filters(void)
{
    for (const qa_filter *f = qa_filters; f->name; f++)
        printf("%-18s %-3s %s\n", f->name, f->on_by_default ? "on" : "off",
               f->description);
}

/* --filter / --no-filter NAME[,NAME]: built-in names switch filters on or
 * off; anything else given to --filter is an external program. */
static int parse_filters(qa_options *o, const char *list, bool on)
{
    char *copy = strdup(list), *save = NULL;
    int rc = 0;
    for (char *t = strtok_r(copy, ",", &save); t && !rc;
         t = strtok_r(NULL, ",", &save)) {
        const qa_filter *f = qa_filter_find(t);
        if (f) {
            o->filter_on[f - qa_filters] = on;
        } else if (!on) {
            rc = usage_error("--no-filter: no built-in filter '%s' "
                             "(see --list-filters)", t);
        } else if (access(t, F_OK) != 0) {
            rc = usage_error("--filter: '%s' is neither a built-in filter "
                             "(see --list-filters) nor a program", t);
        } else if (o->n_external == QA_MAX_FILTERS) {
            rc = usage_error("%s", "too many external filters");
        } else {
            o->external[o->n_external++] = strdup(t); /* freed by main */
        }
    }
    free(copy);
    return rc;
}

int main(int argc, char **argv)
{
    enum {
        OPT_VERSION = 256,
        OPT_MAX_INPUT,
        OPT_CSS,
        OPT_COVER,
        OPT_SPLIT,
        OPT_FRONT_MATTER,
        OPT_FILTER,
        OPT_NO_FILTER,
        OPT_LIST_FILTERS,
        OPT_FILTER_TIMEOUT,
        OPT_LINT,
        OPT_FAIL_ON,
        OPT_UPDATE,
        OPT_REPORT,
        OPT_FILES_FROM,
        OPT_COMBINE,
        OPT_NAME,
        OPT_SHARD
    };
    static const struct option longopts[] = {
        {"from", required_argument, NULL, 'f'},
        {"to", required_argument, NULL, 't'},
        {"output", required_argument, NULL, 'o'},
        {"output-dir", required_argument, NULL, 'd'},
        {"metadata", required_argument, NULL, 'M'},
        {"css", required_argument, NULL, OPT_CSS},
        {"cover", required_argument, NULL, OPT_COVER},
        {"split", required_argument, NULL, OPT_SPLIT},
        {"md-front-matter", no_argument, NULL, OPT_FRONT_MATTER},
        {"max-input-size", required_argument, NULL, OPT_MAX_INPUT},
        {"filter", required_argument, NULL, OPT_FILTER},
        {"no-filter", required_argument, NULL, OPT_NO_FILTER},
        {"list-filters", no_argument, NULL, OPT_LIST_FILTERS},
        {"filter-timeout", required_argument, NULL, OPT_FILTER_TIMEOUT},
        {"lint", no_argument, NULL, OPT_LINT},
        {"fail-on", required_argument, NULL, OPT_FAIL_ON},
        {"jobs", required_argument, NULL, 'j'},
        {"update", no_argument, NULL, OPT_UPDATE},
        {"report", required_argument, NULL, OPT_REPORT},
        {"files-from", required_argument, NULL, OPT_FILES_FROM},
        {"null", no_argument, NULL, '0'},
        {"combine", no_argument, NULL, OPT_COMBINE},
        {"name", required_argument, NULL, OPT_NAME},
        {"shard", required_argument, NULL, OPT_SHARD},
        {"quiet", no_argument, NULL, 'q'},
        {"verbose", no_argument, NULL, 'v'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    QA_CLI_SCOPE();
    occupy_closed_std_fds();
    qa_options o = {.output_dir = "output",
                    .max_input_size = DEFAULT_MAX_INPUT,
                    .filter_timeout = 30,
                    .fail_on = QA_ERROR,
                    .jobs = default_jobs()};
    const char *files_from = NULL;
    bool nul_names = false;
    unsigned shard_k = 0, shard_n = 0;
    for (size_t i = 0; qa_filters[i].name; i++)
        o.filter_on[i] = qa_filters[i].on_by_default;
    const char *targets = NULL;
    qa_meta meta[64];
    o.write.meta = meta;
    o.write.source_date_epoch = source_date_epoch();
    int c, rc;
    opterr = 0; /* qaconv words its own messages */
    while ((c = getopt_long(argc, argv, ":f:t:o:d:M:j:qvh0", longopts, NULL)) !=
           -1) {
        switch (c) {
        case OPT_NAME:
            if (strcmp(optarg, "title") == 0)
                o.name_by_title = true;
            else if (strcmp(optarg, "input") != 0)
                return usage_error("--name takes input or title, not '%s'",
                                   optarg);
            break;
        case OPT_SHARD: {
            char *end;
            unsigned long k = strtoul(optarg, &end, 10), n = 0;
            if (*end == '/' && end > optarg)
                n = strtoul(end + 1, &end, 10);
            if (*end || *optarg == '-' || k < 1 || n < 1 || k > n || n > 1000000)
                return usage_error("--shard needs K/N with 1 <= K <= N, not "
                                   "'%s'", optarg);
            shard_k = (unsigned)k;
            shard_n = (unsigned)n;
            break;
        }
        case 'M': {
            char *eq = strchr(optarg, '=');
            if (!eq || eq == optarg)
                return usage_error("--metadata needs KEY=VALUE, not '%s'",
                                   optarg);
            if (o.write.n_meta == sizeof meta / sizeof *meta)
                return usage_error("%s", "too many --metadata options");
            *eq = '\0';
            if (!qa_meta_text_ok(eq + 1))
                return usage_error("--metadata %s: the value must be UTF-8 "
                                   "text without control characters", optarg);
            if ((rc = check_metadata(optarg, eq + 1)) != 0)
                return rc;
            if (strcmp(optarg, "language") == 0) {
                if (!qa_is_language_tag(eq + 1))
                    return usage_error("'%s' is not a BCP 47 language tag "
                                       "(such as en, fr or pt-BR)", eq + 1);
                o.language = eq + 1;
            }
            meta[o.write.n_meta++] = (qa_meta){optarg, eq + 1};
            break;
        }
        case OPT_CSS:
            if ((rc = check_file("stylesheet", optarg, QA_CSS_MAX, true)) != 0)
                return rc;
            o.write.css_path = optarg;
            break;
        case OPT_COVER:
            if ((rc = check_file("cover image", optarg, QA_COVER_MAX,
                                 false)) != 0)
                return rc;
            o.write.cover_path = optarg;
            break;
        case OPT_SPLIT:
            if (strcmp(optarg, "entry") == 0)
                o.write.split = QA_SPLIT_ENTRY;
            else if (strcmp(optarg, "document") == 0)
                o.write.split = QA_SPLIT_DOCUMENT;
            else if (strcmp(optarg, "auto") == 0)
                o.write.split = QA_SPLIT_AUTO;
            else
                return usage_error("--split takes entry, document or auto, "
                                   "not '%s'", optarg);
            break;
        case OPT_FRONT_MATTER:
            o.write.md_front_matter = true;
            break;
        case OPT_FILTER:
        case OPT_NO_FILTER:
            if ((rc = parse_filters(&o, optarg, c == OPT_FILTER)) != 0)
                return rc;
            break;
        case OPT_LIST_FILTERS:
            list_filters();
            return 0;
        case OPT_FILTER_TIMEOUT: {
            char *end;
            double v = strtod(optarg, &end);
            if (*end || end == optarg || !(v > 0))
                return usage_error("--filter-timeout needs a positive number "
                                   "of seconds, not '%s'", optarg);
            o.filter_timeout = v;
            break;
        }
        case OPT_LINT:
            o.lint = true;
            break;
        case 'j': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*end || end == optarg || v < 1 || v > 1024)
                return usage_error("-j needs a number of threads from 1 to "
                                   "1024, not '%s'", optarg);
            o.jobs = (unsigned)v;
            break;
        }
        case OPT_UPDATE:
            o.update = true;
            break;
        case OPT_REPORT:
            o.report = optarg;
            break;
        case OPT_FILES_FROM:
            files_from = optarg;
            break;
        case '0':
            nul_names = true;
            break;
        case OPT_COMBINE:
            o.combine = true;
            break;
        case OPT_FAIL_ON:
            if (strcmp(optarg, "warning") == 0)
                o.fail_on = QA_WARNING;
            else if (strcmp(optarg, "error") == 0)
                o.fail_on = QA_ERROR;
            else
                return usage_error("--fail-on takes warning or error, not '%s'",
                                   optarg);
            break;
        case 'f':
            o.from = qa_format_find(optarg);
            if (!o.from || !o.from->read)
                return unknown_format(optarg, false);
            break;
        case 't':
            targets = optarg;
            break;
        case 'o':
            o.output = optarg;
            break;
        case 'd':
            o.output_dir = optarg;
            break;
        case OPT_MAX_INPUT: {
            char *end;
            unsigned long long v = strtoull(optarg, &end, 10);
            if (*optarg == '-' || *end || end == optarg || v == 0)
                return usage_error("--max-input-size needs a positive number "
                                   "of bytes, not '%s'", optarg);
            o.max_input_size = v;
            break;
        }
        case 'q':
            o.verbosity = -1;
            break;
        case 'v':
            o.verbosity = 1;
            break;
        case 'h':
            usage(stdout);
            return 0;
        case OPT_VERSION:
            printf("qaconv %s\n", QACONV_VERSION);
            return 0;
        case ':':
            return usage_error("option '%s' needs a value", argv[optind - 1]);
        default:
            return unknown_option(argv[optind - 1], longopts);
        }
    }
    /* -o FILE.epub: the extension names the format, as -t would */
    const qa_format *by_ext = o.output && strcmp(o.output, "-") != 0
                                  ? qa_format_for_path(o.output) : NULL;
    if (by_ext && !by_ext->write)
        by_ext = NULL; /* page.txt: says nothing of an output */
    if (!targets)
        targets = by_ext ? by_ext->name : "json";
    if ((rc = parse_targets(&o, targets)) != 0)
        return rc;
    if (by_ext && o.n_to == 1 && o.to[0] != by_ext &&
        !(o.combine && by_ext == o.to[0]))
        return usage_error("-o %s names another format than -t; drop one of "
                           "them", o.output);
    if (o.output && strcmp(o.output, "-") == 0 && o.n_to == 1 &&
        strcmp(o.to[0]->name, "epub") == 0 && isatty(STDOUT_FILENO))
        return usage_error("%s", "-o - would write a binary EPUB to the "
                                 "terminal; redirect it or name a file");
    qa_inputs inputs = {0};
    const qa_format *folder_format = o.from; /* NULL: pages, text or HTML */
    if (files_from && qa_inputs_add_list(&inputs, files_from, nul_names,
                                         folder_format) != 0) {
        char why[600];
        snprintf(why, sizeof why, "%.500s: %s", files_from,
                 errno == EFBIG ? "no end to the list (ten million names, "
                                  "or thousands of empty ones in a row)"
                                : strerror(errno));
        rc = usage_error("cannot read --files-from %s", why);
    }
    for (int i = optind; i < argc && !rc; i++) {
        long added = qa_inputs_add(&inputs, argv[i], folder_format);
        if (added < 0) {
            fprintf(stderr, "qaconv: %s: %s\n", argv[i], strerror(errno));
            rc = EXIT_FAILURE;
        } else if (added == 0 && folder_format) {
            fprintf(stderr, "qaconv: %s: no %s input in this folder (looked "
                    "for .%s files)\n", argv[i], folder_format->name,
                    folder_format->extension);
        } else if (added == 0) {
            fprintf(stderr, "qaconv: %s: no page in this folder (looked for "
                    ".txt and .html files)\n", argv[i]);
        }
    }
    if (!rc && inputs.n == 0 && optind == argc && !files_from &&
        !isatty(STDIN_FILENO))
        qa_inputs_add(&inputs, "-", folder_format); /* a filter in a pipe */
    if (!rc)
        qa_inputs_disambiguate(&inputs);
    if (!rc && shard_n)
        qa_inputs_shard(&inputs, shard_k, shard_n);
    for (size_t i = 0; i < inputs.n && !rc && o.verbosity >= 0 && !o.output; i++)
        if (inputs.v[i].renamed)
            fprintf(stderr, "qaconv: %s: warning: another input has the same "
                    "name; its outputs are named after '%s' [duplicate-name]\n",
                    inputs.v[i].path, inputs.v[i].name);

    if (!rc && o.output && is_an_input(o.output, &inputs))
        rc = usage_error("-o %s is one of the inputs: it would be replaced",
                         o.output);
    else if (!rc && o.report && is_an_input(o.report, &inputs))
        rc = usage_error("--report %s is one of the inputs: it would be "
                         "replaced", o.report);
    if (!rc && inputs.n == 0 && !shard_n)
        rc = usage_error("%s", "no input given");
    else if (!rc && o.combine &&
             (!o.output || o.n_to != 1 || strcmp(o.to[0]->name, "epub") != 0))
        rc = usage_error("%s", "--combine makes one EPUB book: use it with "
                               "-t epub -o FILE");
    else if (!rc && o.output && inputs.n > 1 && !o.combine)
        rc = usage_error("%s", "-o takes a single input; use -d DIR for many");
    else if (!rc && o.output && o.n_to > 1)
        rc = usage_error("%s", "-o takes a single output format; use -d DIR "
                               "for several");
    if (!rc && inputs.irregular && o.verbosity >= 0)
        fprintf(stderr, "qaconv: note: %zu entries in the folders named are "
                        "no regular files (links to folders, FIFOs, "
                        "devices): skipped\n",
                inputs.irregular);
    if (!rc && inputs.n > 0) {
        mode_t mask = umask(0); /* read it, before any thread: no race */
        umask(mask);
        qa_output_set_umask(mask);
        o.progress = o.verbosity >= 0 && !o.lint && inputs.n > 1 &&
                     isatty(STDERR_FILENO);
        signal(SIGPIPE, SIG_IGN); /* a filter that exits early is an error */
        qa_init(); /* before the worker threads */
        rc = qa_batch_run(&o, inputs.v, inputs.n, inputs.skipped);
    }
    qa_inputs_free(&inputs);
    for (size_t i = 0; i < o.n_external; i++)
        free((char *)o.external[i]);
    return rc;
}
