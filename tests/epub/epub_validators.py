"""epub_validators.py - the three EPUB validators the tests run, each as
one check: Debian's epubcheck 4.2.6, and @likecoin/epubcheck-ts and DAISY Ace
from the folder tests/epub/install-validators fills.  A missing validator is
a failed check."""
import json
import os
import re
import shutil
import subprocess
import tempfile

EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar"
CHROMIUM = "/usr/bin/chromium"


def run(args, env=None, timeout=600):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(args, capture_output=True, text=True, env=e,
                          timeout=timeout)


def validators_dir():
    d = os.environ.get("QACONV_VALIDATORS_DIR")
    if d:
        return d
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(cache, "qaconv-validators")


def tool(name):
    return os.path.join(validators_dir(), "node_modules", ".bin", name)


def epubcheck(check, path, label):
    if not (shutil.which("java") and os.path.isfile(EPUBCHECK_JAR)):
        return check(f"{label}: epubcheck available", False,
                     "apt-get install epubcheck")
    r = run(["java", "-jar", EPUBCHECK_JAR, path])
    out = r.stdout + r.stderr
    m = re.search(r"Messages: (\d+) fatals / (\d+) errors / (\d+) warnings", out)
    counts = m.group(0) if m else "no summary"
    bad = [ln for ln in out.splitlines() if re.match(r"(FATAL|ERROR|WARNING)", ln)]
    return check(f"{label}: epubcheck 4.2.6 {counts}",
                 r.returncode == 0 and m and m.groups() == ("0", "0", "0"),
                 "; ".join(bad[:3]) or out.strip()[-300:])


def epubcheck_ts(check, path, label, tmp):
    exe = tool("epubcheck-ts")
    if not os.access(exe, os.X_OK):
        return check(f"{label}: epubcheck-ts available", False,
                     f"run tests/epub/install-validators ({exe} missing)")
    report = os.path.join(tmp, "epubcheck-ts.json")
    r = run([exe, path, "--json", report, "--quiet"])
    try:
        rep = json.load(open(report, encoding="utf-8"))
    except (OSError, ValueError) as e:
        return check(f"{label}: epubcheck-ts report", False,
                     f"{e}: {(r.stdout + r.stderr).strip()[-300:]}")
    counts = (rep["fatals"], rep["errors"], rep["warnings"])
    msgs = [f"{m.get('ID', m.get('id'))} {m.get('message')}"
            for m in rep.get("messages", [])
            if str(m.get("severity", "")).upper() in ("FATAL", "ERROR", "WARNING")]
    return check(f"{label}: epubcheck-ts {counts[0]} fatals / {counts[1]} errors"
                 f" / {counts[2]} warnings",
                 r.returncode == 0 and counts == (0, 0, 0), "; ".join(msgs[:3]))


def ace(check, path, label, tmp):
    exe = tool("ace-cli")
    if not os.access(exe, os.X_OK):
        return check(f"{label}: Ace available", False,
                     f"run tests/epub/install-validators ({exe} missing)")
    if not os.access(CHROMIUM, os.X_OK):
        return check(f"{label}: chromium available", False,
                     "apt-get install chromium")
    out = tempfile.mkdtemp(prefix="ace-", dir=tmp)
    r = run([exe, "--silent", "--force", "--outdir", out, path],
            env={"PUPPETEER_EXECUTABLE_PATH": CHROMIUM})
    try:
        rep = json.load(open(os.path.join(out, "report.json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        return check(f"{label}: Ace report", False,
                     f"{e}: {(r.stdout + r.stderr).strip()[-300:]}")
    found = [f"{doc.get('earl:testSubject', {}).get('url', '?')}: "
             f"{a['earl:test']['dct:title']} ({a['earl:test']['earl:impact']})"
             for doc in rep.get("assertions", []) for a in doc.get("assertions", [])]
    outcome = rep.get("earl:result", {}).get("earl:outcome")
    return check(f"{label}: Ace {len(found)} violations ({outcome})",
                 r.returncode == 0 and not found and outcome == "pass",
                 "; ".join(found[:3]))


def validate_all(check, path, label, tmp):
    epubcheck(check, path, label)
    epubcheck_ts(check, path, label, tmp)
    ace(check, path, label, tmp)
