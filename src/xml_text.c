/* xml_text.c - model text into xmlTextWriter, minus what XML cannot carry. */
#include "xml_text.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* Length of the character at s (a NUL-terminated string), and in *keep
 * whether XML 1.0 can carry it: not C0 controls other than tab, LF and CR,
 * not U+FFFE / U+FFFF, not bytes that are not UTF-8.  The model promises
 * clean UTF-8, but the language tag and metadata come straight from the
 * command line. */
static size_t next_char(const unsigned char *s, bool *keep)
{
    if (s[0] < 0x80) { /* the common case, without a table lookup */
        *keep = s[0] >= 0x20 || s[0] == '\t' || s[0] == '\n' || s[0] == '\r';
        return 1;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(s, -1, &cp);
    if (n <= 0) {
        *keep = false;
        return 1;
    }
    *keep = cp != 0xFFFE && cp != 0xFFFF;
    return (size_t)n;
}

/* s itself when it is clean, else a malloc'd copy without the characters
 * XML cannot carry, stored in *owned for the caller to free. */
static const xmlChar *clean(const char *s, xmlChar **owned)
{
    *owned = NULL;
    if (!s)
        return (const xmlChar *)"";
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    bool keep = true;
    while (p[i] >= 0x20 && p[i] < 0x80) /* plain ASCII needs no check */
        i++;
    while (p[i]) {
        size_t n = next_char(p + i, &keep);
        if (!keep)
            break;
        i += n;
    }
    if (!p[i])
        return (const xmlChar *)s;
    xmlChar *copy = qa_xmalloc(strlen(s) + 1);
    memcpy(copy, s, i);
    size_t k = i;
    while (p[i]) {
        size_t n = next_char(p + i, &keep);
        if (keep) {
            memcpy(copy + k, p + i, n);
            k += n;
        }
        i += n;
    }
    copy[k] = '\0';
    return *owned = copy;
}

int qa_xml_text(xmlTextWriterPtr w, const char *s)
{
    xmlChar *owned;
    const xmlChar *t = clean(s, &owned);
    int rc = *t ? xmlTextWriterWriteString(w, t) : 0;
    free(owned);
    return rc;
}

int qa_xml_attr(xmlTextWriterPtr w, const char *name, const char *value)
{
    xmlChar *owned;
    const xmlChar *t = clean(value, &owned);
    int rc = xmlTextWriterWriteAttribute(w, (const xmlChar *)name, t);
    free(owned);
    return rc;
}

int qa_xml_element(xmlTextWriterPtr w, const char *name, const char *s)
{
    if (xmlTextWriterStartElement(w, (const xmlChar *)name) < 0 ||
        qa_xml_text(w, s) < 0 || xmlTextWriterFullEndElement(w) < 0)
        return -1;
    return 0;
}

xmlTextWriterPtr qa_xml_open(xmlBufferPtr *mem)
{
    *mem = xmlBufferCreate();
    if (!*mem)
        return NULL;
    /* The writer flushes into the buffer a few kilobytes at a time, and
     * libxml2's default scheme grows it to the exact size each time: a
     * realloc that copies (as AddressSanitizer's always does) makes that
     * quadratic in the document's size.  Doubling keeps it linear. */
    xmlBufferSetAllocationScheme(*mem, XML_BUFFER_ALLOC_DOUBLEIT);
    xmlTextWriterPtr w = xmlNewTextWriterMemory(*mem, 0);
    if (!w) {
        xmlBufferFree(*mem);
        *mem = NULL;
    }
    return w;
}

int qa_xml_close(xmlTextWriterPtr w, xmlBufferPtr mem, qa_buf *out)
{
    int rc = xmlTextWriterFlush(w);
    xmlFreeTextWriter(w);
    if (rc >= 0 && out)
        qa_buf_put(out, xmlBufferContent(mem), (size_t)xmlBufferLength(mem));
    xmlBufferFree(mem);
    return rc < 0 ? -1 : 0;
}
