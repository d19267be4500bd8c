/* write_epub.c - EPUB 3 output: one page (qa_write_epub) or a book of
 * several pages (qa_write_epub_book), one chapter per page.
 *
 * This file plans the book (which XHTML file holds which questions, the
 * metadata, a content-derived identifier) and packs the zip container with
 * libzip; write_epub_xhtml.c and write_epub_opf.c render the files. */
#define _POSIX_C_SOURCE 200809L
#include "write_epub.h"
#include "file.h"
#include "lang_words.h"
#include "meta.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>
#include <zlib.h>

/* --split auto keeps a page in one file up to about this much XHTML, and
 * groups the questions of a longer page into files of half of it.  Readers
 * load a whole content file at once; past a few hundred kilobytes older
 * devices turn pages slowly (several reading systems advise staying under
 * about 300 KB per file). */
#define AUTO_SPLIT_LIMIT (250u * 1024u)

#define EPUB_DEFLATE_LEVEL 6
#define EPUB_DEFLATE_MEMLEVEL 8 /* zlib's default: 256 KB of state */

/* ---- planning ----------------------------------------------------------- */

static void add_file(epub_book *b, size_t ch, size_t first, size_t end)
{
    b->files = qa_grow(b->arena, b->files, sizeof *b->files, &b->cap_files,
                       b->n_files + 1);
    epub_file *f = &b->files[b->n_files++];
    const qa_doc *doc = b->docs[ch];
    f->chapter = ch;
    f->first = first;
    f->end = end;
    f->head = first == 0;
    f->lang = doc->language && *doc->language ? doc->language : "en";
    f->id = f->head ? qa_printf(b->arena, "ch%zu", ch + 1)
                    : qa_printf(b->arena, "ch%zu-%zu", ch + 1, first + 1);
    f->href = qa_printf(b->arena, "%s.xhtml", f->id);
}

/* Bytes of XHTML a question takes, near enough: its text and the markup
 * around each block. */
static size_t list_weight(const qa_list *l)
{
    size_t w = 16;
    for (size_t i = 0; i < l->n_items; i++) {
        const qa_item *it = &l->items[i];
        w += 24 + strlen(it->text) + (it->label ? strlen(it->label) + 32 : 0);
        if (it->sublist)
            w += list_weight(it->sublist);
    }
    return w;
}

static size_t entry_weight(const qa_entry *e)
{
    size_t w = 96 + strlen(e->question);
    for (size_t k = 0; k < e->answer.n; k++) {
        const qa_block *b = &e->answer.v[k];
        w += b->type == QA_BLOCK_PARAGRAPH ? 32 + strlen(b->text)
                                           : list_weight(&b->list);
    }
    return w;
}

/* A long page goes into files of whole questions, each file about half the
 * limit, so that no file comes near it and the reader still turns pages
 * within a file most of the time. */
static void plan_groups(epub_book *b, size_t ch, const size_t *weights)
{
    const qa_doc *doc = b->docs[ch];
    size_t first = 0, size = 0;
    for (size_t i = 0; i < doc->n_entries; i++) {
        if (i > first && size + weights[i] > AUTO_SPLIT_LIMIT / 2) {
            add_file(b, ch, first, i);
            first = i;
            size = 0;
        }
        size += weights[i];
    }
    add_file(b, ch, first, doc->n_entries);
}

static int plan_chapter(epub_book *b, size_t ch)
{
    const qa_doc *doc = b->docs[ch];
    size_t n = doc->n_entries;
    b->chapter_file[ch] = b->n_files;
    if (n <= 1 || b->opts->split == QA_SPLIT_DOCUMENT) {
        add_file(b, ch, 0, n);
    } else if (b->opts->split == QA_SPLIT_ENTRY) {
        for (size_t i = 0; i < n; i++)
            add_file(b, ch, i, i + 1);
    } else {
        size_t *weights = qa_alloc(b->arena, n * sizeof *weights), total = 0;
        for (size_t i = 0; i < n; i++)
            total += weights[i] = entry_weight(&doc->entries[i]);
        if (total <= AUTO_SPLIT_LIMIT)
            add_file(b, ch, 0, n);
        else
            plan_groups(b, ch, weights);
    }
    return 0;
}

/* The file holding an entry: a binary search over the chapter's files,
 * which cover its entries in order. */
const epub_file *epub_file_of(const epub_book *b, size_t chapter,
                              size_t entry)
{
    size_t lo = b->chapter_file[chapter];
    size_t hi = chapter + 1 < b->n_docs ? b->chapter_file[chapter + 1]
                                         : b->n_files;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->files[mid].first <= entry)
            lo = mid;
        else
            hi = mid;
    }
    return &b->files[lo];
}

/* Every category of every page once, in order of first appearance. */
typedef struct subject {
    const char *name;
    size_t order; /* where it first appears among the pages' categories */
} subject;

static int by_name_then_order(const void *a, const void *b)
{
    const subject *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->order > y->order) - (x->order < y->order);
}

static int by_order(const void *a, const void *b)
{
    const subject *x = a, *y = b;
    return (x->order > y->order) - (x->order < y->order);
}

/* The book's subjects: every category of its pages once, in the order of
 * first appearance.  Sorting finds the repeats: n log n, however many. */
static void collect_subjects(epub_book *b)
{
    size_t n = 0;
    for (size_t d = 0; d < b->n_docs; d++)
        n += b->docs[d]->n_categories;
    if (n == 0)
        return;
    subject *v = qa_xmalloc(n * sizeof *v);
    n = 0;
    for (size_t d = 0; d < b->n_docs; d++)
        for (size_t i = 0; i < b->docs[d]->n_categories; i++, n++)
            v[n] = (subject){b->docs[d]->categories[i], n};
    qsort(v, n, sizeof *v, by_name_then_order);
    size_t kept = 0;
    for (size_t k = 0; k < n; k++)
        if (kept == 0 || strcmp(v[kept - 1].name, v[k].name) != 0)
            v[kept++] = v[k];
    qsort(v, kept, sizeof *v, by_order);
    b->subjects = qa_alloc(b->arena, kept * sizeof *b->subjects);
    for (size_t k = 0; k < kept; k++)
        b->subjects[k] = v[k].name;
    b->n_subjects = kept;
    free(v);
}

/* SOURCE_DATE_EPOCH when set, so that a rebuild is byte-identical. */
static time_t book_time(const qa_write_opts *o)
{
    return o->source_date_epoch >= 0 ? (time_t)o->source_date_epoch
                                     : time(NULL);
}

/* ---- stylesheet and cover ----------------------------------------------- */

/* The file at path into out, or -1 with errno set: EFBIG past max bytes. */
/* Reads path, max bytes at most, into out (emptied first).  Returns 0, or
 * -1 with errno set (EFBIG when it is larger). */
static int slurp(const char *path, size_t max, qa_buf *out)
{
    char *data;
    size_t len;
    if (qa_file_read(path, max, QA_FILE_REGULAR, &data, &len) != 0)
        return -1;
    qa_buf_free(out);
    *out = (qa_buf){.data = data, .len = len, .cap = len + 1};
    return 0;
}

/* Why slurp failed, as the command line words it. */
static const char *file_error(int err)
{
    return err == ENODEV ? "not a regular file"
           : err == EFBIG ? "larger than its limit"
                          : strerror(err);
}

/* The media type of a whole PNG or JPEG image, or NULL: a PNG opens with
 * its signature and IHDR and closes with IEND, a JPEG opens with SOI and
 * closes with EOI.  A signature alone, or a cut file, is no image that a
 * reading system can show (epubcheck PKG-021). */
static const char *image_type(const qa_buf *img, const char **ext)
{
    const unsigned char *p = (const unsigned char *)img->data;
    size_t n = img->len;
    if (n >= 8 + 25 + 12 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0 &&
        memcmp(p + 12, "IHDR", 4) == 0 &&
        memcmp(p + n - 8, "IEND\xAE\x42\x60\x82", 8) == 0) {
        *ext = "png";
        return "image/png";
    }
    if (n >= 6 && p[0] == 0xFF && p[1] == 0xD8 && p[2] == 0xFF &&
        p[n - 2] == 0xFF && p[n - 1] == 0xD9) {
        *ext = "jpg";
        return "image/jpeg";
    }
    return NULL;
}

/* ---- the book's files --------------------------------------------------- */

typedef struct epub_part { /* one zip entry waiting to be added */
    const char *name;
    qa_buf data;
    bool store; /* no compression */
} epub_part;

typedef struct epub_parts {
    epub_part *v;
    size_t n, cap;
} epub_parts;

static qa_buf *add_part(epub_book *b, epub_parts *ps, const char *name,
                        bool store)
{
    ps->v = qa_grow(b->arena, ps->v, sizeof *ps->v, &ps->cap, ps->n + 1);
    epub_part *p = &ps->v[ps->n++];
    p->name = name;
    p->store = store;
    return &p->data;
}

static void free_parts(epub_parts *ps)
{
    for (size_t i = 0; i < ps->n; i++)
        qa_buf_free(&ps->v[i].data);
}

/* Renders every file in zip order.  The order is fixed (mimetype must come
 * first, the rest follows the spine) so the archive is reproducible. */
static int render_parts(epub_book *b, epub_parts *ps, qa_buf *css,
                        qa_buf *cover)
{
    qa_buf_puts(add_part(b, ps, "mimetype", true), "application/epub+zip");
    if (epub_render_container(add_part(b, ps, "META-INF/container.xml",
                                       false)) != 0 ||
        epub_render_opf(b, add_part(b, ps, EPUB_DIR EPUB_OPF, false)) != 0 ||
        epub_render_nav(b, add_part(b, ps, EPUB_DIR EPUB_NAV, false)) != 0 ||
        epub_render_ncx(b, add_part(b, ps, EPUB_DIR EPUB_NCX, false)) != 0)
        return -1;
    *add_part(b, ps, EPUB_DIR EPUB_CSS, false) = *css;
    *css = (qa_buf){0};
    if (b->cover_href) {
        /* PNG and JPEG are compressed already: deflate would gain nothing. */
        *add_part(b, ps, qa_printf(b->arena, EPUB_DIR "%s", b->cover_href),
                  true) = *cover;
        *cover = (qa_buf){0};
        if (epub_render_cover(b, add_part(b, ps, EPUB_DIR EPUB_COVER,
                                          false)) != 0)
            return -1;
    }
    if (epub_render_title(b, add_part(b, ps, EPUB_DIR EPUB_TITLE, false)) != 0)
        return -1;
    for (size_t i = 0; i < b->n_files; i++) {
        if (qa_write_cancelled(b->opts))
            return -1;
        const char *name = qa_printf(b->arena, EPUB_DIR "%s", b->files[i].href);
        if (epub_render_content(b, &b->files[i], add_part(b, ps, name, false)))
            return -1;
    }
    return 0;
}

/* ---- zip container ------------------------------------------------------ */

/* MS-DOS date and time of t in UTC.  libzip's zip_file_set_mtime() converts
 * with localtime(), which would make the archive depend on TZ; the DOS
 * fields set directly do not.  DOS dates cover 1980 to 2107 only. */
static void dos_time(time_t t, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
    struct tm tm;
    const time_t dos_epoch = 315532800; /* 1980-01-01T00:00:00Z */
    if (t < dos_epoch)
        t = dos_epoch;
    if (!gmtime_r(&t, &tm) || tm.tm_year > 207)
        tm = (struct tm){.tm_year = 207, .tm_mon = 11, .tm_mday = 31,
                         .tm_hour = 23, .tm_min = 59, .tm_sec = 58};
    *ddate = (zip_uint16_t)(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) |
                            tm.tm_mday);
    *dtime = (zip_uint16_t)((tm.tm_hour << 11) | (tm.tm_min << 5) |
                            (tm.tm_sec / 2));
}

/* A member's bytes, raw-deflated (RFC 1951) by qaconv, served to libzip as
 * a source that says so: libzip then copies them into the archive as they
 * are.  One deflate stream serves every member of a book (deflateReset
 * between members), where libzip would set up a fresh one, about 384 KB of
 * zlib state, for each. */
typedef struct deflated {
    unsigned char *data; /* deflated */
    size_t len;
    zip_uint64_t size; /* before deflate */
    zip_uint32_t crc;  /* of the bytes before deflate */
    size_t offset;     /* read position */
    zip_error_t error;
} deflated;

static void deflated_free(deflated *d)
{
    free(d->data);
    zip_error_fini(&d->error);
    free(d);
}

static zip_int64_t deflated_source(void *ud, void *data, zip_uint64_t len,
                                   zip_source_cmd_t cmd)
{
    deflated *d = ud;
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        d->offset = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        size_t n = d->len - d->offset;
        if (n > len)
            n = (size_t)len;
        if (n)
            memcpy(data, d->data + d->offset, n);
        d->offset += n;
        return (zip_int64_t)n;
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        if (len < sizeof(zip_stat_t)) {
            zip_error_set(&d->error, ZIP_ER_INVAL, 0);
            return -1;
        }
        zip_stat_t *st = data;
        zip_stat_init(st);
        st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD |
                    ZIP_STAT_CRC | ZIP_STAT_ENCRYPTION_METHOD;
        st->size = d->size;
        st->comp_size = d->len;
        st->comp_method = ZIP_CM_DEFLATE;
        st->crc = d->crc;
        st->encryption_method = ZIP_EM_NONE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&d->error, data, len);
    case ZIP_SOURCE_FREE:
        deflated_free(d);
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(
            ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS, -1);
    default:
        zip_error_set(&d->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

/* A zip source of in's bytes, deflated through z (reset first); NULL on
 * failure, with za's error set. */
static zip_source_t *deflated_new(zip_t *za, z_stream *z, const qa_buf *in)
{
    const Bytef *bytes = (const Bytef *)(in->len ? in->data : "");
    int zrc = in->len > UINT_MAX ? Z_BUF_ERROR : deflateReset(z);
    if (zrc != Z_OK) {
        zip_error_set(zip_get_error(za), ZIP_ER_ZLIB, zrc);
        return NULL;
    }
    uLong bound = deflateBound(z, (uLong)in->len);
    deflated *d = qa_xmalloc(sizeof *d);
    *d = (deflated){.data = qa_xmalloc(bound), .size = in->len};
    zip_error_init(&d->error);
    d->crc = (zip_uint32_t)crc32_z(crc32(0, Z_NULL, 0), bytes, in->len);
    z->next_in = (Bytef *)bytes;
    z->avail_in = (uInt)in->len;
    z->next_out = d->data;
    z->avail_out = (uInt)bound;
    zip_source_t *src = NULL;
    if ((zrc = deflate(z, Z_FINISH)) == Z_STREAM_END) {
        d->len = bound - z->avail_out;
        src = zip_source_function(za, deflated_source, d);
    } else {
        zip_error_set(zip_get_error(za), ZIP_ER_ZLIB, zrc);
    }
    if (!src)
        deflated_free(d);
    return src;
}

/* Adds p to za: stored when p->store, else deflated through z.  The
 * archive owns the bytes from here, and reads them only at zip_close. */
static int add_entry(zip_t *za, z_stream *z, epub_part *p, time_t t)
{
    zip_source_t *src;
    if (p->store) {
        src = zip_source_buffer(za, p->data.data, p->data.len, 1);
        if (src)
            qa_buf_take(&p->data); /* libzip frees it */
    } else {
        src = deflated_new(za, z, &p->data);
        qa_buf_free(&p->data);
    }
    if (!src)
        return -1;
    zip_int64_t idx = zip_file_add(za, p->name, src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
        zip_source_free(src);
        return -1;
    }
    zip_uint16_t dtime, ddate;
    dos_time(t, &dtime, &ddate);
    if ((p->store && zip_set_file_compression(za, (zip_uint64_t)idx,
                                              ZIP_CM_STORE, 0) < 0) ||
        zip_file_set_dostime(za, (zip_uint64_t)idx, dtime, ddate, 0) < 0)
        return -1;
    return 0;
}

/* Appends the finished archive in mem to out. */
static int read_back(zip_source_t *mem, qa_buf *out)
{
    if (zip_source_open(mem) < 0)
        return -1;
    char chunk[65536];
    zip_int64_t got;
    while ((got = zip_source_read(mem, chunk, sizeof chunk)) > 0)
        qa_buf_put(out, chunk, (size_t)got);
    zip_source_close(mem);
    return got < 0 ? -1 : 0;
}

/* Packs the parts into a zip archive built in memory and appends it to
 * out.  On failure *why is libzip's reason, copied into a. */
static int pack(epub_parts *ps, time_t t, const qa_write_opts *opts,
                qa_buf *out, qa_arena *a, const char **why)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &ze);
    /* libzip before 1.9 fills two static variables in zip_open_from_source
     * without a lock (nih-at/libzip#289): two threads opening at once can
     * see a buffer source as read-only.  Opening is serialised; the rest of
     * the work on separate archives runs in parallel. */
    static pthread_mutex_t open_lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&open_lock);
    zip_t *za = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &ze) : NULL;
    pthread_mutex_unlock(&open_lock);
    if (!za) {
        *why = qa_strdup(a, zip_error_strerror(&ze));
        zip_source_free(mem);
        zip_error_fini(&ze);
        return -1;
    }
    zip_error_fini(&ze);
    zip_source_keep(mem); /* outlives zip_close, to be read back */
    /* Raw deflate (no zlib header), level EPUB_DEFLATE_LEVEL (6, zlib's own
     * default): measured on 7.8 MB of qaconv's XHTML, level 9 is 2.2%
     * smaller and takes 2.1 times as long (bench/RESULTS.md).  zlib's
     * output depends only on the input, these parameters and zlib's
     * version, never on the machine, which keeps builds with
     * SOURCE_DATE_EPOCH byte-identical. */
    z_stream z = {0};
    int rc = deflateInit2(&z, EPUB_DEFLATE_LEVEL, Z_DEFLATED, -MAX_WBITS,
                          EPUB_DEFLATE_MEMLEVEL, Z_DEFAULT_STRATEGY) == Z_OK
                 ? 0 : -1;
    if (rc != 0) {
        *why = "zlib cannot set up a deflate stream";
        zip_discard(za);
        zip_source_free(mem);
        return -1;
    }
    for (size_t i = 0; i < ps->n && rc == 0; i++)
        rc = qa_write_cancelled(opts) ? -1 : add_entry(za, &z, &ps->v[i], t);
    if (rc == 0)
        rc = zip_close(za);
    deflateEnd(&z);
    if (rc != 0) {
        *why = qa_write_cancelled(opts) ? "interrupted"
                                        : qa_strdup(a, zip_strerror(za));
        zip_discard(za); /* zip_close frees the archive only on success */
    } else if (read_back(mem, out) != 0) {
        *why = "cannot read the finished archive back";
        rc = -1;
    }
    zip_source_free(mem);
    return rc;
}

/* ---- public functions --------------------------------------------------- */

/* Checks what the options and pages carry before anything is rendered. */
static int check_input(const epub_book *b, qa_arena *a, const char **err)
{
    for (size_t i = 0; i < b->n_docs; i++) {
        const char *lang = b->docs[i]->language;
        if (lang && *lang && !epub_lang_ok(lang)) {
            *err = qa_printf(a, "language '%s' is not a BCP 47 tag "
                                "(like en or pt-BR)", lang);
            return -1;
        }
    }
    const char *date = epub_meta(b, "date");
    if (date && !qa_meta_date_ok(date)) {
        *err = qa_printf(a, "date '%s' is not a W3C date "
                            "(YYYY, YYYY-MM or YYYY-MM-DD)", date);
        return -1;
    }
    return 0;
}

/* Reads --css and --cover, or takes the default stylesheet. */
static int load_files(epub_book *b, qa_buf *css, qa_buf *cover, qa_arena *a,
                      const char **err)
{
    const qa_write_opts *o = b->opts;
    if (!o->css_path) {
        qa_buf_puts(css, epub_default_css);
        bool rtl = false;
        for (size_t i = 0; i < b->n_docs; i++)
            rtl = rtl || qa_lang_is_rtl(b->docs[i]->language);
        if (rtl)
            qa_buf_puts(css, epub_rtl_css);
    } else if (slurp(o->css_path, QA_CSS_MAX, css) != 0) {
        *err = qa_printf(a, "cannot read stylesheet %s: %s", o->css_path,
                         file_error(errno));
        return -1;
    } else {
        size_t line;
        char why[200];
        if (qa_css_check(css->data, css->len, &line, why, sizeof why) != 0) {
            *err = qa_printf(a, "cannot use stylesheet %s:%zu: %s",
                             o->css_path, line, why);
            return -1;
        }
    }
    if (!o->cover_path)
        return 0;
    const char *ext;
    if (slurp(o->cover_path, QA_COVER_MAX, cover) != 0) {
        *err = qa_printf(a, "cannot read cover image %s: %s", o->cover_path,
                         file_error(errno));
        return -1;
    }
    if (!(b->cover_type = image_type(cover, &ext))) {
        *err = qa_printf(a, "cover image %s is no whole PNG or JPEG image",
                         o->cover_path);
        return -1;
    }
    b->cover_href = qa_printf(b->arena, "cover.%s", ext);
    return 0;
}

static int plan(epub_book *b, qa_arena *a, const char **err)
{
    char when[32];
    struct tm tm;
    if (!gmtime_r(&b->when, &tm) || tm.tm_year + 1900 > 9999 ||
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) {
        *err = "SOURCE_DATE_EPOCH is out of range";
        return -1;
    }
    b->modified = qa_strdup(b->arena, when);
    const char *lang = b->docs[0]->language;
    b->lang = lang && *lang ? lang : "en";
    collect_subjects(b);
    const char *id = epub_meta(b, "identifier");
    b->identifier = id ? id : epub_content_uuid(b);
    b->chapter_file = qa_alloc(b->arena, b->n_docs * sizeof *b->chapter_file);
    for (size_t ch = 0; ch < b->n_docs; ch++)
        if (plan_chapter(b, ch) != 0) {
            *err = qa_printf(a, "cannot render page '%s' as XHTML",
                             epub_chapter_title(b, ch));
            return -1;
        }
    return 0;
}

/* A reason worded in the book's arena, copied where it outlives the book:
 * opts->reason, or else a fixed one. */
static const char *keep_reason(const qa_write_opts *opts, const char *why)
{
    if (!opts || !opts->reason || opts->reason_size == 0)
        return "cannot write the EPUB";
    snprintf(opts->reason, opts->reason_size, "%s", why);
    return opts->reason;
}

int qa_write_epub_book(const qa_doc *const *docs, size_t n, const char *title,
                       const qa_write_opts *opts, qa_buf *out,
                       const char **err)
{
    if (n == 0) {
        *err = "an EPUB book needs at least one page";
        return -1;
    }
    epub_book b = {.arena = qa_arena_new(), .docs = docs, .n_docs = n,
                   .opts = opts,
                   .title = title && *title ? title
                                            : qa_doc_title(docs[0], NULL),
                   .when = book_time(opts)};
    qa_buf css = {0}, cover = {0};
    epub_parts ps = {0};
    const char *why = NULL;
    size_t start = out->len;
    qa_arena *ea = b.arena; /* reasons, copied out before it goes */
    int rc = check_input(&b, ea, err);
    if (rc == 0)
        rc = load_files(&b, &css, &cover, ea, err);
    if (rc == 0)
        rc = plan(&b, ea, err);
    if (rc == 0 && (rc = render_parts(&b, &ps, &css, &cover)) != 0)
        *err = qa_write_cancelled(opts) ? "interrupted"
                                        : "cannot render the EPUB's XML files";
    if (rc == 0 && (rc = pack(&ps, b.when, opts, out, ea, &why)) != 0)
        *err = qa_write_cancelled(opts)
                   ? "interrupted"
                   : qa_printf(ea, "cannot build the EPUB zip container: %s",
                               why);
    if (rc != 0) {
        out->len = start; /* nothing of a failed book stays in out */
        *err = keep_reason(opts, *err);
    }
    free_parts(&ps);
    qa_buf_free(&css);
    qa_buf_free(&cover);
    qa_arena_free(b.arena);
    return rc;
}

int qa_write_epub(const qa_doc *doc, const qa_write_opts *opts, qa_buf *out,
                  const char **err)
{
    return qa_write_epub_book(&doc, 1, qa_doc_title(doc, opts), opts, out,
                              err);
}
