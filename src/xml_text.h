/* xml_text.h - writing model text through libxml2's xmlTextWriter.
 *
 * xmlTextWriter escapes & < > and " but passes every other byte through, so
 * a C0 control character or U+FFFE / U+FFFF would make the output unparsable.
 * These helpers leave such characters out before libxml2 sees the text. */
#ifndef QACONV_XML_TEXT_H
#define QACONV_XML_TEXT_H

#include "qaconv.h"

#include <libxml/xmlwriter.h>

/* Each returns what the xmlTextWriter call returns: -1 on failure.
 * A NULL string is written as empty text. */
int qa_xml_text(xmlTextWriterPtr w, const char *s);
int qa_xml_attr(xmlTextWriterPtr w, const char *name, const char *value);
/* <name>s</name>, always with an end tag (HTML has no "<p/>"). */
int qa_xml_element(xmlTextWriterPtr w, const char *name, const char *s);

/* A writer into a fresh memory buffer *mem, or NULL (nothing to free). */
xmlTextWriterPtr qa_xml_open(xmlBufferPtr *mem);
/* Flushes w, appends all it wrote to out (unless out is NULL, which
 * discards it) and frees w and mem.  Returns 0, or -1 when libxml2 could not
 * flush (out is then left unchanged). */
int qa_xml_close(xmlTextWriterPtr w, xmlBufferPtr mem, qa_buf *out);

#endif
