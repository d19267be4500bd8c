/* write_epub_meta.c - the EPUB's identifier, made from its content, and
 * syntax checks for the metadata values epubcheck rejects. */
#include "write_epub.h"
#include "meta.h"

#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *epub_meta(const epub_book *b, const char *key)
{
    return qa_doc_meta(b->docs[0], b->opts, key);
}

const char *epub_chapter_title(const epub_book *b, size_t chapter)
{
    /* a page of a book without a title of its own: its file name */
    return b->n_docs == 1 ? b->title : qa_doc_title(b->docs[chapter], NULL);
}

static void hash_str(EVP_MD_CTX *h, const char *s)
{
    s = s ? s : "";
    EVP_DigestUpdate(h, s, strlen(s) + 1); /* with the NUL */
}

static void hash_list(EVP_MD_CTX *h, const qa_list *l)
{
    hash_str(h, l->ordered ? "ol" : "ul");
    for (size_t i = 0; i < l->n_items; i++) {
        hash_str(h, l->items[i].label ? "label" : "item");
        hash_str(h, l->items[i].label);
        hash_str(h, l->items[i].text);
        if (l->items[i].sublist)
            hash_list(h, l->items[i].sublist);
        hash_str(h, "/item");
    }
    hash_str(h, "/list");
}

static void hash_blocks(EVP_MD_CTX *h, const qa_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].type == QA_BLOCK_PARAGRAPH) {
            hash_str(h, "p");
            hash_str(h, bl->v[i].text);
        } else {
            hash_list(h, &bl->v[i].list);
        }
    hash_str(h, "/blocks");
}

/* urn:uuid: made from the SHA-256 of the book's text, so the same pages
 * keep their identifier from one conversion to the next.  The UUID is
 * version 8 (RFC 9562's custom layout, its example being a SHA-256 name
 * hash): version 5 would need SHA-1. */
const char *epub_content_uuid(const epub_book *b)
{
    EVP_MD_CTX *h = EVP_MD_CTX_new();
    uint8_t d[EVP_MAX_MD_SIZE];
    if (!h || !EVP_DigestInit_ex(h, EVP_sha256(), NULL)) {
        EVP_MD_CTX_free(h); /* OpenSSL ran out of memory */
        qa_out_of_memory();
        return "urn:uuid:00000000-0000-8000-8000-000000000000";
    }
    hash_str(h, "qaconv-epub-1");
    hash_str(h, b->title);
    for (size_t i = 0; i < b->n_docs; i++) {
        const qa_doc *doc = b->docs[i];
        hash_str(h, doc->title);
        hash_str(h, doc->language);
        for (size_t c = 0; c < doc->n_categories; c++)
            hash_str(h, doc->categories[c]);
        hash_blocks(h, &doc->preamble);
        for (size_t e = 0; e < doc->n_entries; e++) {
            hash_str(h, doc->entries[e].id);
            hash_str(h, epub_entry_label(b->arena, &doc->entries[e]));
            hash_blocks(h, &doc->entries[e].answer);
        }
        hash_str(h, "/doc");
    }
    EVP_DigestFinal_ex(h, d, NULL);
    EVP_MD_CTX_free(h);
    d[6] = (uint8_t)((d[6] & 0x0F) | 0x80); /* version 8 */
    d[8] = (uint8_t)((d[8] & 0x3F) | 0x80); /* RFC 9562 variant */
    char hex[33];
    for (int i = 0; i < 16; i++)
        snprintf(hex + 2 * i, 3, "%02x", d[i]);
    return qa_printf(b->arena, "urn:uuid:%.8s-%.4s-%.4s-%.4s-%.12s", hex,
                     hex + 8, hex + 12, hex + 16, hex + 20);
}

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* BCP 47 syntax (RFC 5646): a 2-8 letter language subtag, or a private
 * "x-" tag, then subtags of 1-8 letters or digits.  Registry contents are
 * not checked. */
bool epub_lang_ok(const char *tag)
{
    size_t n = 0, k = 0;
    for (const char *p = tag;; p++) {
        if (*p == '-' || !*p) {
            bool first_ok = k > 0 || is_alpha(tag[0]);
            if (n == 0 || n > 8 || !first_ok)
                return false;
            if (k == 0 && n == 1 && tag[0] != 'x' && tag[0] != 'X')
                return false;
            if (!*p)
                return k > 0 || n >= 2;
            n = 0;
            k++;
        } else if (is_alpha(*p) || (k > 0 && is_digit(*p))) {
            n++;
        } else {
            return false;
        }
    }
}

