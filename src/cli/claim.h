/* claim.h - output names that no other input can take, and the stamps
 * that record who owns them.
 *
 * Beside the outputs of each document, a hidden stamp file (".faq.qaconv"
 * for "faq.json", "faq.epub") names the input they were made from (by a
 * digest of its real path: no local path is written) and, per
 * format, a digest of the options that shaped it.  A name is claimed by
 * creating its stamp atomically (link(2) of a complete temporary file), so
 * two processes writing into one folder, shards of one collection, can
 * never both take it.  A name whose stamp names another input is not
 * touched: the document takes its name with a short digest of its source
 * added ("faq-1b2c3d4e"), which is the same in every run. */
#ifndef QACONV_CLAIM_H
#define QACONV_CLAIM_H

#include <stdbool.h>
#include <stddef.h>

/* Claims the outputs named stem ("ny/faq": a path under dir, without
 * extension) for source (what tells inputs apart: the 16 hex digits of
 * qa_digest() of the input's real path; its first 8 make the other
 * name).  Returns the stem claimed, stem itself or its digest form, to be
 * freed by the caller; or NULL with errno set.  *stamp receives the stamp's
 * path, also to be freed. */
char *qa_claim(const char *dir, const char *stem, const char *source,
               char **stamp);

/* Whether the stamp records format ext written with options digest. */
bool qa_stamp_has(const char *stamp, const char *ext, const char *digest);

/* Records in the stamp that format ext was written with options digest.
 * Returns 0, or -1 with errno set. */
int qa_stamp_record(const char *stamp, const char *ext, const char *digest);

/* 16 hex digits of FNV-1a over s, into out[17]. */
void qa_digest(const char *s, size_t len, char out[17]);

#endif
