/* write_epub_xml.c - small xmlTextWriter helpers and question labels shared
 * by the EPUB renderers. */
#include "write_epub.h"

#include <stdlib.h>
#include <string.h>

xmlTextWriterPtr epub_xml_start(xmlBufferPtr *buf, bool indent)
{
    *buf = xmlBufferCreate();
    if (!*buf)
        return NULL;
    xmlTextWriterPtr w = xmlNewTextWriterMemory(*buf, 0);
    if (!w) {
        xmlBufferFree(*buf);
        return NULL;
    }
    if (indent && (xmlTextWriterSetIndent(w, 1) < 0 ||
                   xmlTextWriterSetIndentString(w, BAD_CAST "  ") < 0)) {
        xmlFreeTextWriter(w);
        xmlBufferFree(*buf);
        return NULL;
    }
    return w;
}

int epub_xml_finish(xmlTextWriterPtr w, xmlBufferPtr buf, bool ok,
                    qa_buf *out)
{
    if (ok && xmlTextWriterEndDocument(w) < 0)
        ok = false;
    xmlFreeTextWriter(w); /* flushes into buf */
    if (ok)
        qa_buf_put(out, xmlBufferContent(buf), (size_t)xmlBufferLength(buf));
    xmlBufferFree(buf);
    return ok ? 0 : -1;
}

/* Length of a character XML 1.0 forbids at s (C0 controls other than tab,
 * LF and CR, and the non-characters U+FFFE and U+FFFF), else 0.  The model
 * promises clean text; this keeps a broken promise from breaking the XML. */
static size_t forbidden_at(const unsigned char *s)
{
    if (s[0] < 0x20 && s[0] != '\t' && s[0] != '\n' && s[0] != '\r')
        return 1;
    if (s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
        return 3;
    return 0;
}

/* s itself when it is clean, else a malloc'd copy without the forbidden
 * characters that the caller frees. */
static const char *clean(const char *s, char **copy)
{
    const unsigned char *u = (const unsigned char *)s;
    *copy = NULL;
    size_t i = 0;
    while (u[i] && !forbidden_at(u + i))
        i++;
    if (!u[i])
        return s;
    char *c = qa_xmalloc(strlen(s) + 1);
    size_t n = 0;
    for (i = 0; u[i];) {
        size_t bad = forbidden_at(u + i);
        if (bad)
            i += bad;
        else
            c[n++] = (char)u[i++];
    }
    c[n] = '\0';
    *copy = c;
    return c;
}

int epub_xml_text(xmlTextWriterPtr w, const char *s)
{
    char *copy;
    int rc = xmlTextWriterWriteString(w, BAD_CAST clean(s, &copy));
    free(copy);
    return rc;
}

int epub_xml_element(xmlTextWriterPtr w, const char *name, const char *s)
{
    char *copy;
    int rc = xmlTextWriterWriteElement(w, BAD_CAST name, BAD_CAST clean(s, &copy));
    free(copy);
    return rc;
}

int epub_xml_attr(xmlTextWriterPtr w, const char *name, const char *s)
{
    char *copy;
    int rc = xmlTextWriterWriteAttribute(w, BAD_CAST name,
                                         BAD_CAST clean(s, &copy));
    free(copy);
    return rc;
}

const char *epub_entry_label(qa_arena *a, const qa_entry *e)
{
    if (e->number > 0)
        return qa_printf(a, "%ld. %s", e->number, e->question);
    return e->question;
}

/* Entry ids are "q1", "q2", ... from the reader; anything else that is not
 * a plain ASCII name (what an XML id and a URL fragment both accept
 * unchanged) gets a positional id instead, which starts with "_" so that it
 * cannot clash with a usable one. */
static bool usable_id(const char *id)
{
    if (!id || !((*id >= 'a' && *id <= 'z') || (*id >= 'A' && *id <= 'Z')))
        return false;
    if (strcmp(id, "top") == 0) /* the chapter heading's id */
        return false;
    for (const char *p = id; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
              (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
            return false;
    return true;
}

const char *epub_entry_id(qa_arena *a, const qa_entry *e, size_t index)
{
    return usable_id(e->id) ? e->id : qa_printf(a, "_q%zu", index + 1);
}
