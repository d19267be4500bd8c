#!/usr/bin/env python3
"""convert.py - a FAQ page converted with libqaconv from Python, through
ctypes (standard library only).

    convert.py [--lib PATH] PAGE [FORMAT]

writes PAGE in FORMAT (json unless named) to standard output, and lists
its questions on standard error.  --lib names the shared library (default:
libqaconv.so.0.1 wherever the dynamic linker finds it).
"""
import ctypes
import os
import sys

c_p, c_str, c_size = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t

# The functions used, with their C types: (result, arguments).
FUNCTIONS = {
    "qaconv_converter_new": (c_p, [c_p]),
    "qaconv_converter_free": (None, [c_p]),
    "qaconv_converter_error": (c_str, [c_p]),
    "qaconv_set_option": (ctypes.c_int, [c_p, c_str, c_str]),
    "qaconv_read": (ctypes.c_int, [c_p, c_str, c_size, c_str, c_str,
                                   ctypes.POINTER(c_p)]),
    "qaconv_filter": (ctypes.c_int, [c_p, c_p, c_str]),
    "qaconv_write": (ctypes.c_int, [c_p, c_p, c_str, ctypes.POINTER(c_p),
                                    ctypes.POINTER(c_size)]),
    "qaconv_free": (None, [c_p, c_p]),
    "qaconv_docs_free": (None, [c_p]),
    "qaconv_docs_count": (c_size, [c_p]),
    "qaconv_docs_get": (c_p, [c_p, c_size]),
    "qaconv_doc_entry_count": (c_size, [c_p]),
    "qaconv_doc_entry": (c_p, [c_p, c_size]),
    "qaconv_entry_question": (c_str, [c_p]),
}


class Qaconv:
    """One converter of libqaconv (one thread at a time)."""

    def __init__(self, path="libqaconv.so.0.1"):
        self.lib = ctypes.CDLL(path)
        for name, (result, args) in FUNCTIONS.items():
            f = getattr(self.lib, name)
            f.restype, f.argtypes = result, args
        self.c = self.lib.qaconv_converter_new(None)
        if not self.c:
            raise MemoryError("qaconv_converter_new")

    def close(self):
        self.lib.qaconv_converter_free(self.c)

    def check(self, status):
        if status != 0:
            raise RuntimeError(self.lib.qaconv_converter_error(self.c).decode())

    def convert(self, page, name, to="json"):
        """page (bytes) in format to, and the questions of its documents."""
        docs = c_p()
        status = self.lib.qaconv_read(self.c, page, len(page), None,
                                      name.encode(), ctypes.byref(docs))
        try:
            self.check(status)
            self.check(self.lib.qaconv_filter(self.c, docs, None))
            out, size = c_p(), c_size()
            self.check(self.lib.qaconv_write(self.c, docs, to.encode(),
                                             ctypes.byref(out),
                                             ctypes.byref(size)))
            data = ctypes.string_at(out, size.value)
            self.lib.qaconv_free(self.c, out)
            questions = []
            for d in range(self.lib.qaconv_docs_count(docs)):
                doc = self.lib.qaconv_docs_get(docs, d)
                for e in range(self.lib.qaconv_doc_entry_count(doc)):
                    entry = self.lib.qaconv_doc_entry(doc, e)
                    questions.append(
                        self.lib.qaconv_entry_question(entry).decode())
            return data, questions
        finally:
            self.lib.qaconv_docs_free(docs)


def main(argv):
    lib = "libqaconv.so.0.1"
    if argv[:1] == ["--lib"]:
        lib, argv = argv[1], argv[2:]
    if not argv:
        sys.exit(__doc__.strip())
    with open(argv[0], "rb") as f:
        page = f.read()
    q = Qaconv(lib)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    q.check(q.lib.qaconv_set_option(q.c, b"source-date-epoch",
                                    epoch.encode() if epoch else None))
    try:
        data, questions = q.convert(page, argv[0], *argv[1:2])
    except RuntimeError as e:
        sys.exit("convert.py: %s" % e)
    finally:
        q.close()
    sys.stdout.buffer.write(data)
    for question in questions:
        print(question, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
