/* write_epub_xml.c - xmlTextWriter set-up and question labels shared by the
 * EPUB renderers (text itself goes through xml_text.c). */
#include "write_epub.h"

#include <stdlib.h>
#include <string.h>

xmlTextWriterPtr epub_xml_start(xmlBufferPtr *buf, bool indent)
{
    xmlTextWriterPtr w = qa_xml_open(buf);
    if (!w)
        return NULL;
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

int epub_link_attr(xmlTextWriterPtr w, const char *name, const char *href,
                   const char *frag)
{
    if (frag)
        return xmlTextWriterWriteFormatAttribute(w, BAD_CAST name, "%s#%s",
                                                 href, frag);
    return qa_xml_attr(w, name, href);
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
