/* api_doc.c - the public accessors of documents, entries, blocks, items
 * and diagnostics.  A NULL argument or an index past the end gives NULL,
 * 0 or "". */
#include "api.h"

#include <string.h>

/* The public enums are the model's. */
_Static_assert((int)QACONV_SEVERITY_ERROR == (int)QA_ERROR &&
                   (int)QACONV_SEVERITY_WARNING == (int)QA_WARNING &&
                   (int)QACONV_SEVERITY_INFO == (int)QA_INFO,
               "severities");
_Static_assert((int)QACONV_BLOCK_LIST == (int)QA_BLOCK_LIST &&
                   (int)QACONV_BLOCK_PARAGRAPH == (int)QA_BLOCK_PARAGRAPH,
               "block types");
_Static_assert((int)QACONV_ROLE_SUMMARY == (int)QA_ROLE_SUMMARY &&
                   (int)QACONV_ROLE_LEAD == (int)QA_ROLE_LEAD,
               "roles");
_Static_assert(QACONV_FLAG_TRUNCATED == QA_FLAG_TRUNCATED &&
                   QACONV_FLAG_EMPTY_ANSWER == QA_FLAG_EMPTY_ANSWER &&
                   QACONV_FLAG_PERSONA == QA_FLAG_PERSONA &&
                   QACONV_FLAG_OFF_TOPIC == QA_FLAG_OFF_TOPIC,
               "flags");

size_t qaconv_docs_count(const qaconv_docs *docs)
{
    return docs ? docs->list.n : 0;
}

const qaconv_doc *qaconv_docs_get(const qaconv_docs *docs, size_t i)
{
    return docs && i < docs->list.n ? docs->list.v[i] : NULL;
}

const char *qaconv_doc_id(const qaconv_doc *doc)
{
    return doc ? doc->id : NULL;
}

const char *qaconv_doc_title(const qaconv_doc *doc)
{
    return doc && doc->title ? doc->title : "";
}

const char *qaconv_doc_language(const qaconv_doc *doc)
{
    return doc && doc->language ? doc->language : "";
}

const char *qaconv_doc_source_name(const qaconv_doc *doc)
{
    return doc && doc->source.name ? doc->source.name : "";
}

const char *qaconv_doc_source_sha256(const qaconv_doc *doc)
{
    return doc ? doc->source.sha256 : "";
}

uint64_t qaconv_doc_source_size(const qaconv_doc *doc)
{
    return doc ? doc->source.size : 0;
}

const char *qaconv_doc_meta(const qaconv_doc *doc, const char *key)
{
    for (size_t i = 0; doc && key && i < doc->n_meta; i++)
        if (strcmp(doc->meta[i].key, key) == 0)
            return doc->meta[i].value;
    return NULL;
}

size_t qaconv_doc_category_count(const qaconv_doc *doc)
{
    return doc ? doc->n_categories : 0;
}

const char *qaconv_doc_category(const qaconv_doc *doc, size_t i)
{
    return doc && i < doc->n_categories ? doc->categories[i] : NULL;
}

size_t qaconv_doc_preamble_count(const qaconv_doc *doc)
{
    return doc ? doc->preamble.n : 0;
}

const qaconv_block *qaconv_doc_preamble(const qaconv_doc *doc, size_t i)
{
    return doc && i < doc->preamble.n ? &doc->preamble.v[i] : NULL;
}

size_t qaconv_doc_entry_count(const qaconv_doc *doc)
{
    return doc ? doc->n_entries : 0;
}

const qaconv_entry *qaconv_doc_entry(const qaconv_doc *doc, size_t i)
{
    return doc && i < doc->n_entries ? &doc->entries[i] : NULL;
}

size_t qaconv_doc_diag_count(const qaconv_doc *doc)
{
    return doc ? doc->n_diags : 0;
}

const qaconv_diag *qaconv_doc_diag(const qaconv_doc *doc, size_t i)
{
    return doc && i < doc->n_diags ? &doc->diags[i] : NULL;
}

const char *qaconv_entry_id(const qaconv_entry *e)
{
    return e ? e->id : NULL;
}

long qaconv_entry_number(const qaconv_entry *e)
{
    return e ? e->number : 0;
}

const char *qaconv_entry_question(const qaconv_entry *e)
{
    return e ? e->question : NULL;
}

size_t qaconv_entry_line(const qaconv_entry *e)
{
    return e ? e->line : 0;
}

unsigned qaconv_entry_flags(const qaconv_entry *e)
{
    return e ? e->flags : 0;
}

const char *qaconv_entry_section(const qaconv_entry *e)
{
    return e ? e->section : NULL;
}

size_t qaconv_entry_block_count(const qaconv_entry *e)
{
    return e ? e->answer.n : 0;
}

const qaconv_block *qaconv_entry_block(const qaconv_entry *e, size_t i)
{
    return e && i < e->answer.n ? &e->answer.v[i] : NULL;
}

qaconv_block_type qaconv_block_get_type(const qaconv_block *b)
{
    return b ? (qaconv_block_type)b->type : QACONV_BLOCK_PARAGRAPH;
}

qaconv_role qaconv_block_role(const qaconv_block *b)
{
    return b ? (qaconv_role)b->role : QACONV_ROLE_NONE;
}

size_t qaconv_block_line(const qaconv_block *b)
{
    return b ? b->line : 0;
}

const char *qaconv_block_text(const qaconv_block *b)
{
    return b && b->type == QA_BLOCK_PARAGRAPH ? b->text : NULL;
}

int qaconv_block_ordered(const qaconv_block *b)
{
    return b && b->type == QA_BLOCK_LIST && b->list.ordered;
}

size_t qaconv_block_item_count(const qaconv_block *b)
{
    return b && b->type == QA_BLOCK_LIST ? b->list.n_items : 0;
}

const qaconv_item *qaconv_block_item(const qaconv_block *b, size_t i)
{
    return i < qaconv_block_item_count(b) ? &b->list.items[i] : NULL;
}

const char *qaconv_item_text(const qaconv_item *it)
{
    return it ? it->text : NULL;
}

const char *qaconv_item_label(const qaconv_item *it)
{
    return it ? it->label : NULL;
}

size_t qaconv_item_line(const qaconv_item *it)
{
    return it ? it->line : 0;
}

long qaconv_item_number(const qaconv_item *it)
{
    return it ? it->number : 0;
}

int qaconv_item_sublist_ordered(const qaconv_item *it)
{
    return it && it->sublist && it->sublist->ordered;
}

size_t qaconv_item_subitem_count(const qaconv_item *it)
{
    return it && it->sublist ? it->sublist->n_items : 0;
}

const qaconv_item *qaconv_item_subitem(const qaconv_item *it, size_t i)
{
    return i < qaconv_item_subitem_count(it) ? &it->sublist->items[i] : NULL;
}

qaconv_severity qaconv_diag_severity(const qaconv_diag *d)
{
    return d ? (qaconv_severity)d->severity : QACONV_SEVERITY_INFO;
}

const char *qaconv_diag_code(const qaconv_diag *d)
{
    return d ? d->code : NULL;
}

size_t qaconv_diag_line(const qaconv_diag *d)
{
    return d ? d->line : 0;
}

const char *qaconv_diag_message(const qaconv_diag *d)
{
    return d ? d->message : NULL;
}
