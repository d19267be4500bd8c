"""The text reader's line labeller: features from build/tests/reader_tool,
labels from a corpus's gold files, a fit with scikit-learn, and the fitted
tables as C (src/read_text_weights.c) and as text (for reader_tool -m).

Used by scripts/fit-reader and scripts/eval-reader."""
import glob, json, os, shutil, subprocess, sys, tempfile

ROLES = ["blank", "furniture", "breadcrumb", "title", "title-question", "preamble",
         "section", "question", "label", "answer", "item1", "item2", "item3", "other"]
ROLE_ENUM = ["ROLE_" + r.upper().replace("-", "_") for r in ROLES]
LABELLED = ROLES[1:]  # blank lines are not labelled by the model
C = 32.0
TRANSITION_WEIGHT = 0.5
RULES_WEIGHT = 1.0


def pages(corpus):
    """(raw path, gold dict) of every page of a corpus folder."""
    out = []
    for g in sorted(glob.glob(os.path.join(corpus, "gold", "*.json"))):
        gold = json.load(open(g, encoding="utf-8"))
        out.append((os.path.join(corpus, "raw", gold["file"]), gold))
    return out


def features(tool, paths):
    """{path: [(rules label, [features], [title features] or None) per
    line]} and the feature names (the title's features are the line's and
    those named title_*, for the title's candidates)."""
    rows, names = {}, None
    for start in range(0, len(paths), 200):
        r = subprocess.run([tool, "features"] + paths[start:start + 200],
                           capture_output=True, text=True, check=True)
        lines = r.stdout.split("\n")
        columns = lines[0].split("\t")[3:]
        nf = columns.index("title_candidate")
        names = columns[:nf]
        for line in lines[1:]:
            if not line:
                continue
            f = line.split("\t")
            v = [float(x) for x in f[3:]]
            title = v[:nf] + v[nf + 1:] if v[nf] else None
            rows.setdefault(f[0], []).append((f[2], v[:nf], title))
    return rows, names


def dataset(rows, labelled, rules_pages):
    """X, y, weights: every non-blank line of the labelled pages (gold
    labels) and of rules_pages (the rules' labels, at RULES_WEIGHT)."""
    X, y, w, seqs = [], [], [], []
    for path, lines in labelled:
        seq = []
        for (rules, f, _), gold in zip(rows[path], lines):
            if gold == "blank" or rules == "blank":
                continue
            X.append(f); y.append(gold); w.append(1.0); seq.append(gold)
        seqs.append((seq, 1.0))
    for path in rules_pages:
        seq = []
        for rules, f, _ in rows[path]:
            if rules == "blank":
                continue
            X.append(f); y.append(rules); w.append(RULES_WEIGHT); seq.append(rules)
        seqs.append((seq, RULES_WEIGHT))
    return X, y, w, seqs


def fit(X, y, w, seqs):
    """The model: a multinomial logistic regression over the features
    (scikit-learn, L-BFGS) for each label's score, and smoothed log
    frequencies of label pairs for the transitions."""
    import math
    from sklearn.linear_model import LogisticRegression
    clf = LogisticRegression(C=C, max_iter=5000, tol=1e-6)
    clf.fit(X, y, sample_weight=w)
    nf = len(X[0])
    bias = {r: -30.0 for r in ROLES}
    weight = {r: [0.0] * nf for r in ROLES}
    for k, r in enumerate(clf.classes_):
        bias[r] = float(clf.intercept_[k])
        weight[r] = [float(v) for v in clf.coef_[k]]
    count = {a: {b: 0.5 for b in LABELLED} for a in LABELLED}
    first = {b: 0.5 for b in LABELLED}
    for seq, sw in seqs:
        if seq:
            first[seq[0]] += sw
        for a, b in zip(seq, seq[1:]):
            count[a][b] += sw
    trans = {a: {b: 0.0 for b in ROLES} for a in ROLES}
    start = {b: 0.0 for b in ROLES}
    total = sum(first.values())
    for b in LABELLED:
        start[b] = TRANSITION_WEIGHT * math.log(first[b] / total)
    for a in LABELLED:
        row = sum(count[a].values())
        for b in LABELLED:
            trans[a][b] = TRANSITION_WEIGHT * math.log(count[a][b] / row)
    return {"bias": bias, "weight": weight, "start": start, "trans": trans}


TITLE_C = 1.0
TITLE_THRESHOLDS = [0.05 * k for k in range(1, 13)]


def fit_title(rows, labelled, rules_pages):
    """The title stage: a logistic regression (scikit-learn, L-BFGS) over
    the title features of each page's candidates, the gold title line
    against the others; and the probability below which a page is read
    as having no title, the one of the thresholds that reads the most
    pages' title lines right."""
    import math
    from sklearn.linear_model import LogisticRegression
    X, y, pages = [], [], []
    for path, lines in labelled:
        cands = [(t, gold in ("title", "title-question"))
                 for (_, _, t), gold in zip(rows[path], lines) if t]
        X += [t for t, _ in cands]
        y += [int(is_title) for _, is_title in cands]
        pages.append(cands)
    clf = LogisticRegression(C=TITLE_C, max_iter=5000, tol=1e-6)
    clf.fit(X, y)
    bias, weight = float(clf.intercept_[0]), [float(v) for v in clf.coef_[0]]

    def right(threshold):
        n = 0
        for cands in pages:
            if not cands:
                continue
            z = [bias + sum(a * b for a, b in zip(weight, t)) for t, _ in cands]
            best = max(range(len(z)), key=lambda k: z[k])
            if 1 / (1 + math.exp(-z[best])) < threshold:
                n += not any(is_title for _, is_title in cands)
            else:
                n += cands[best][1]
        return n
    threshold = max(TITLE_THRESHOLDS, key=lambda t: (right(t), -t))
    # the margin past which the stage moves the title of a page the rules
    # read: just above the largest of a team-written page whose title
    # would move
    none = math.log(threshold / (1 - threshold))
    worst = 0.0
    for path in rules_pages:
        labels = [r for r, _, _ in rows[path]]
        z = [(bias + sum(a * b for a, b in zip(weight, t)),
              "title-goes-on" if r == "title" and i > 0 and labels[i - 1] == "title"
              else r)
             for i, (r, _, t) in enumerate(rows[path]) if t]
        best = max([none] + [v for v, _ in z])
        held = next((v for v, r in z if r in ("title", "title-question")), none)
        chosen = next((k for k, (v, _) in enumerate(z) if v == best), None)
        rules_title = next((k for k, (_, r) in enumerate(z)
                            if r in ("title", "title-question")), None)
        # the stage takes no title from a page the rules read, nor gives
        # it to a breadcrumb's line or to a title's second line
        if chosen not in (None, rules_title) and \
                z[chosen][1] not in ("breadcrumb", "title-goes-on"):
            worst = max(worst, best - held)
    return {"bias": bias, "weight": weight, "threshold": threshold,
            "switch": worst + 0.05}


def read(tool, model_path, paths):
    """{path: (document or None, labels, margin)} as reader_tool reads them
    (model_path None: the rules alone)."""
    args = [tool, "read"] + (["-m", model_path] if model_path else ["-r"])
    docs = {}
    for start in range(0, len(paths), 200):
        chunk = paths[start:start + 200]
        out = subprocess.run(args + chunk, capture_output=True, text=True,
                             check=True).stdout
        buf, margin = [], 0.0
        for line in out.split("\n"):
            if line.startswith("#margin "):
                margin = float(line.rsplit(" ", 1)[1])
            elif line.startswith("#labels "):
                rest = line[len("#labels "):]
                path = next(p for p in chunk if rest.startswith(p + " ") or rest == p)
                text = "\n".join(buf).strip()
                docs[path] = (json.loads(text) if text else None,
                              rest[len(path):].split(), margin)
                buf = []
            else:
                buf.append(line)
    return docs


def reading(doc):
    """What a reader of the document sees: title, categories, questions and
    the shapes of their answers."""
    if not doc:
        return None
    return (doc.get("title"), doc.get("categories"),
            [(e.get("question"), [b.get("type") for b in e.get("answer", [])])
             for e in doc.get("entries", [])])


def switch_margin(model, tool, team, rules_docs=None):
    """The margin past which the labels replace the rules' reading: just
    above the largest margin of a team-written page (input/, tests/layouts,
    which the rules read as their authors meant) whose document the labels
    would change."""
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "always.txt")
    model = dict(model, switch=-1.0)  # the labels' document, always
    write_text(model, path)
    labelled = read(tool, path, team)
    rules_docs = rules_docs or read(tool, None, team)
    worst = 0.0
    for p in team:
        doc, _, margin = labelled[p]
        if reading(doc) != reading(rules_docs[p][0]):
            worst = max(worst, margin)
    shutil.rmtree(tmp)
    return worst + 0.05


def write_text(model, path):
    """The model as reader_model_load() reads it."""
    with open(path, "w") as f:
        f.write(" ".join("%.17g" % model["bias"][r] for r in ROLES) + "\n")
        for r in ROLES:
            f.write(" ".join("%.17g" % v for v in model["weight"][r]) + "\n")
        f.write(" ".join("%.17g" % model["start"][r] for r in ROLES) + "\n")
        for a in ROLES:
            f.write(" ".join("%.17g" % model["trans"][a][b] for b in ROLES) + "\n")
        f.write("%.17g\n" % model["switch"])
        title = model["title"]
        f.write("%.17g\n" % title["bias"])
        f.write(" ".join("%.17g" % v for v in title["weight"]) + "\n")
        f.write("%.17g\n" % title["threshold"])
        f.write("%.17g\n" % title["switch"])


def write_c(model, names, path, sources):
    def row(vals):
        return "{" + ", ".join("%.9g" % v for v in vals) + "}"
    out = ["/* read_text_weights.c - the reader's fitted line labeller.",
           " *",
           " * Generated by scripts/fit-reader from " + ", ".join(sources) + ";",
           " * do not edit: change the corpus or the features, then fit again.",
           " * Features in the order of reader_feature_names[]:",
           " *   " + " ".join(names)[:900],
           " */",
           '#include "read_text_model.h"', "",
           "const reader_model reader_fitted = {"]
    out.append("    .bias = " + row(model["bias"][r] for r in ROLES) + ",")
    out.append("    .weight = {")
    for r, e in zip(ROLES, ROLE_ENUM):
        out.append("        [%s] = %s," % (e, row(model["weight"][r])))
    out.append("    },")
    out.append("    .start = " + row(model["start"][r] for r in ROLES) + ",")
    out.append("    .trans = {")
    for a, e in zip(ROLES, ROLE_ENUM):
        out.append("        [%s] = %s," % (e, row(model["trans"][a][b] for b in ROLES)))
    out.append("    },")
    out.append("    .switch_margin = %.9g," % model["switch"])
    out.append("    .title_bias = %.9g," % model["title"]["bias"])
    out.append("    .title_weight = " + row(model["title"]["weight"]) + ",")
    out.append("    .title_threshold = %.9g," % model["title"]["threshold"])
    out.append("    .title_switch = %.9g," % model["title"]["switch"])
    out.append("};")
    text = "\n".join(out) + "\n"
    # one value a line where clang-format would: keep lines short
    import textwrap
    lines = []
    for line in text.split("\n"):
        if len(line) <= 80:
            lines.append(line)
        else:
            indent = len(line) - len(line.lstrip())
            lines += textwrap.wrap(line, 79, subsequent_indent=" " * (indent + 4),
                                   break_long_words=False, break_on_hyphens=False)
    open(path, "w").write("\n".join(lines))
