#!/usr/bin/env python3
"""check_lang.py - languages through qaconv's command line and writers.

usage: check_lang.py QACONV PROJECT_DIR

- -M language=TAG overrides the language detected (and says nothing);
- a page too short to tell keeps "en" with an info diagnostic,
  language-guess (shown with -v), unless -M language= names one;
- each page of a file in two languages gets its own;
- for every language of src/lang_words.c, a cut-off page shows the notice
  in that language in Markdown, DocBook and EPUB, the EPUB's navigation
  says "Contents" in it, and the Markdown reads back to the same language
  and drops the notice;
- an Arabic page's EPUB runs right to left (dir="rtl" on every page,
  page-progression-direction on the spine, the stylesheet's rules) and a
  Spanish one does not; a language without words gets English, marked.

Prints one line per failed check; exits 1 when any failed.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

# The table of contents' heading and the cut-off notice of each language.
WORDS = {
    "en": ("Contents", "The source page was cut off here; the rest of this answer is missing."),
    "es": ("Contenido", "La página de origen se cortó aquí; falta el resto de esta respuesta."),
    "fr": ("Sommaire", "La page d’origine s’interrompt ici\u00a0; la suite de cette réponse manque."),
    "pt": ("Sumário", "A página de origem foi cortada aqui; falta o resto desta resposta."),
    "ht": ("Kontni", "Paj sous la koupe isit la; rès repons sa a manke."),
    "vi": ("Mục lục", "Trang nguồn bị cắt tại đây; phần còn lại của câu trả lời này bị thiếu."),
    "zh": ("目录", "原网页在此处被截断，此回答的其余部分缺失。"),
    "ko": ("목차", "원본 페이지가 여기에서 잘렸습니다. 이 답변의 나머지 부분은 없습니다."),
    "ar": ("المحتويات", "انقطعت الصفحة الأصلية هنا، وبقية هذه الإجابة مفقودة."),
    "ja": ("目次", "元のページはここで途切れています。この回答の残りの部分はありません。"),
    "de": ("Inhalt", "Die Originalseite bricht hier ab; der Rest dieser Antwort fehlt."),
    "it": ("Indice", "La pagina di origine si interrompe qui; il resto di questa risposta manca."),
}

failures = 0


def check(ok, what):
    global failures
    if not ok:
        failures += 1
        print(f"FAIL: {what}")


def run(qaconv, *args, stdin=None):
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    p = subprocess.run([qaconv, *args], capture_output=True, env=env,
                       input=stdin)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def convert_json(qaconv, *args):
    rc, out, err = run(qaconv, *args, "-t", "json", "-o", "-")
    if rc != 0:
        check(False, f"qaconv {' '.join(args)} exited {rc}: {err}")
        return {"language": None, "diagnostics": []}
    return json.loads(out)


def codes(doc):
    return [d["code"] for d in doc["diagnostics"]]


def epub_files(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()
                if n != "mimetype"}


def main():
    qaconv, project = sys.argv[1], sys.argv[2]
    pages = os.path.join(project, "tests", "lang", "pages")
    es = os.path.join(pages, "es-biblioteca-tarjeta.txt")
    fr = os.path.join(pages, "fr-mairie-inscription-scolaire.txt")
    ar = os.path.join(pages, "ar-maktab-alsakan.txt")
    cut = os.path.join(project, "input", "06-food-permit-colorado.txt")
    tmp = tempfile.mkdtemp(prefix="check-lang-")

    # -M language= wins over detection
    d = convert_json(qaconv, es)
    check(d["language"] == "es", f"es page detected as {d['language']}")
    d = convert_json(qaconv, "-M", "language=fr", es)
    check(d["language"] == "fr" and "language-guess" not in codes(d),
          f"-M language=fr gave {d['language']}, {codes(d)}")

    # a short page: "en" and a note saying so; -M language= says nothing
    short = os.path.join(tmp, "short.txt")
    with open(short, "w", encoding="utf-8") as f:
        f.write("1. ¿Horario?\nDe nueve a cinco.\n")
    d = convert_json(qaconv, short)
    guess = [x for x in d["diagnostics"] if x["code"] == "language-guess"]
    check(d["language"] == "en" and len(guess) == 1 and
          guess[0]["severity"] == "info" and "keeping 'en'" in guess[0]["message"],
          f"short page: {d['language']}, {d['diagnostics']}")
    rc, _, err = run(qaconv, "-v", "-o", os.path.join(tmp, "short.json"), short)
    check(rc == 0 and "[language-guess]" in err and "note:" in err,
          f"-v does not show the language-guess note: {err}")
    rc, _, err = run(qaconv, "-o", os.path.join(tmp, "short.json"), short)
    check(rc == 0 and "language-guess" not in err,
          f"the note shows without -v: {err}")
    d = convert_json(qaconv, "-M", "language=es", short)
    check(d["language"] == "es" and "language-guess" not in codes(d),
          f"short page with -M language=es: {d['language']}, {codes(d)}")

    # a file of two pages in two languages: each its own
    both = os.path.join(tmp, "both.txt")
    with open(both, "w", encoding="utf-8") as f:
        f.write(open(es, encoding="utf-8").read() + "\n\n" +
                open(fr, encoding="utf-8").read())
    rc, out, err = run(qaconv, "-t", "json", "-o", "-", both)
    docs = json.loads(out) if rc == 0 else []
    check([x["language"] for x in docs] == ["es", "fr"],
          f"two pages: {[x['language'] for x in docs]} {err}")

    # each language's words in every format
    for lang, (contents, notice) in WORDS.items():
        md = os.path.join(tmp, f"cut-{lang}.md")
        rc, _, err = run(qaconv, "-M", f"language={lang}", "-o", md, cut)
        text = open(md, encoding="utf-8").read() if rc == 0 else ""
        quoted = " ".join(line[2:] for line in text.splitlines()
                          if line.startswith("> "))
        check(f"*{notice}*" in quoted,
              f"{lang}: Markdown lacks the notice: {text[-200:]!r} {err}")
        back = convert_json(qaconv, "-f", "md", "-M", f"language={lang}", md)
        check(notice not in json.dumps(back, ensure_ascii=False) and
              "truncated" in back["entries"][-1]["flags"],
              f"{lang}: the notice is not dropped reading the Markdown back")
        rc, out, err = run(qaconv, "-M", f"language={lang}", "-t", "docbook",
                           "-o", "-", cut)
        xml = out.decode("utf-8")
        check(f'xml:lang="{lang}"' in xml and notice in xml,
              f"{lang}: DocBook lacks xml:lang or the notice: {err}")
        epub = os.path.join(tmp, f"cut-{lang}.epub")
        rc, _, err = run(qaconv, "-M", f"language={lang}", "-o", epub, cut)
        files = epub_files(epub) if rc == 0 else {}
        nav = files.get("EPUB/nav.xhtml", "")
        content = "".join(v for k, v in files.items() if "/ch" in k)
        check(f"<h1>{contents}</h1>" in nav and notice in content and
              f"<dc:language>{lang}</dc:language>" in files.get("EPUB/package.opf", ""),
              f"{lang}: EPUB lacks its words or dc:language: {err}")

    # the Markdown keeps the language when read back: by its front
    # matter, or detected again without one
    for extra in (["--md-front-matter"], []):
        md = os.path.join(tmp, "es.md")
        run(qaconv, *extra, "-o", md, es)
        d = convert_json(qaconv, "-f", "md", md)
        check(d["language"] == "es", f"Markdown {extra} read back as {d['language']}")

    # right to left
    epub = os.path.join(tmp, "ar.epub")
    rc, _, err = run(qaconv, "-o", epub, ar)
    files = epub_files(epub) if rc == 0 else {}
    pages_ = {k: v for k, v in files.items() if k.endswith(".xhtml")}
    check(pages_ and all(re.search(r'<html [^>]*dir="rtl"', v) and
                         re.search(r'<body [^>]*dir="rtl"|<body dir="rtl"', v)
                         for v in pages_.values()),
          f"ar: an XHTML page without dir=\"rtl\": {err}")
    check('page-progression-direction="rtl"' in files.get("EPUB/package.opf", ""),
          "ar: no page-progression-direction on the spine")
    check('[dir="rtl"]' in files.get("EPUB/style.css", ""),
          "ar: the stylesheet has no right-to-left rules")
    epub = os.path.join(tmp, "es.epub")
    run(qaconv, "-o", epub, es)
    files = epub_files(epub)
    check(not any('dir="rtl"' in v or "page-progression" in v
                  for v in files.values()), "es: right to left")
    # a language without words: English ones, marked, left to right
    epub = os.path.join(tmp, "fa.epub")
    run(qaconv, "-M", "language=fa", "-o", epub, es)
    nav = epub_files(epub).get("EPUB/nav.xhtml", "")
    check('<h1 lang="en" xml:lang="en" dir="ltr">Contents</h1>' in nav,
          "fa: the English words are not marked as such")

    if failures:
        print(f"{failures} checks failed")
        return 1
    print("language outputs: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
