/* fuzz_check.h - the conversion every fuzz target runs, and the checks on
 * its outputs.
 *
 * qa_fuzz_convert reads the input with one reader, runs the default filter
 * chain, renders every document with every writer into memory and checks
 * each output with an independent parser: XML with libxml2, JSON with
 * jansson against the contract's constraints, Markdown with cmark and
 * qaconv's own reader.  A failed check prints what failed and abort()s, so
 * that libFuzzer (or the replay driver) reports it with the input. */
#ifndef QACONV_FUZZ_CHECK_H
#define QACONV_FUZZ_CHECK_H

#include "qaconv.h"

#include <stddef.h>
#include <stdint.h>

/* Converts data with read; aborts when an output fails its check.  The
 * writers run with one combination of their options (--split,
 * --md-front-matter), chosen by the input's bytes, or with every one when
 * qa_fuzz_every_option is set (the replay driver sets it: a regression
 * input keeps failing the way it once did whatever the options). */
void qa_fuzz_convert(qa_reader_fn read, const uint8_t *data, size_t size);
extern bool qa_fuzz_every_option;

/* Checks out, doc's rendering in format ("json", "jsonld", "docbook",
 * "md", "epub"), as qa_fuzz_convert does.  Returns NULL when it passes,
 * else what is wrong. */
const char *qa_fuzz_check(const char *format, const qa_buf *out,
                          const qa_doc *doc);

/* fuzz_contract.c: the JSON contract (schema/qaconv.schema.json) checked in
 * C.  Returns NULL when s[0..len) is a valid qaconv document (or an array
 * of them when array is true), else what is wrong. */
const char *qa_fuzz_check_json(const char *s, size_t len, bool array);

/* Aborts with a message naming the format and what failed, after writing
 * the output to stderr (its first 2000 bytes). */
void qa_fuzz_fail(const char *format, const char *what, const qa_buf *out)
    __attribute__((noreturn));

#endif
