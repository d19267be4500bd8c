#!/bin/sh
# The README's examples, run as a reader would run them: every command of
# the README that calls build/qaconv, with the files it names made first;
# the cluster recipes (Slurm, Kubernetes) are run as their schedulers
# would, one process per array index, and give one -j run's files.
# usage: readme.sh QACONV PROJECT_DIR
set -u
qaconv=$1
project=$2
export SOURCE_DATE_EPOCH=1700000000
. "$(dirname "$0")/lib.sh"

# the files the examples name
mkdir -p build input pages
ln -s "$qaconv" build/qaconv
cp "$project"/input/*.txt input/
for f in "$project"/input/*.txt; do # pages that lint clean, as content CI wants
    "$qaconv" -q --lint --fail-on warning "$f" >/dev/null 2>&1 && cp "$f" pages/
done
[ "$(ls pages | wc -l)" -ge 3 ] || fail "fewer than 3 sample pages lint clean"
cp input/01-library-card-oregon.txt page.txt
cp "$project"/tests/html/samples/02-details-summary.html page.html
"$qaconv" -q -o partner-edited.json page.txt || fail "fixture partner-edited.json"

# every indented README line that runs build/qaconv
grep '^    .*build/qaconv' "$project/README.md" | sed 's/^    //' >commands.txt
[ "$(wc -l <commands.txt)" -ge 10 ] || fail "only $(wc -l <commands.txt) README commands found"
while IFS= read -r cmd; do
    rm -rf out
    sh -c "$cmd" >cmd.out 2>cmd.err || fail "README: $cmd: $(head -c 300 cmd.err)"
done <commands.txt
[ -f output/01-library-card-oregon.json ] || fail "README: the first example's output is not where it says"
[ -f handout.epub ] || fail "README: handout.epub not written"

# the Slurm array and the Kubernetes indexed Job, index by index
mkdir -p shared
cp -r pages shared/pages
slurm=$(grep '^    qaconv .*SLURM_ARRAY_TASK_ID' "$project/README.md" | sed 's/^    //')
kube=$(grep '^    command: \["sh", "-c", "qaconv' "$project/README.md" |
    sed 's/^    command: \["sh", "-c", "//; s/"\]$//')
[ -n "$slurm" ] && [ -n "$kube" ] || fail "README: Slurm or Kubernetes recipe not found"
"$qaconv" -q -j 2 -t all -d "$work/whole" shared/pages || fail "one -j run failed"
i=1
while [ $i -le 16 ]; do
    SLURM_CPUS_PER_TASK=1 SLURM_ARRAY_TASK_ID=$i \
        sh -c "$(echo "$slurm" | sed "s|^qaconv|$qaconv|; s|/shared/|$work/shared/|g")" ||
        fail "Slurm task $i failed"
    JOB_COMPLETION_INDEX=$((i - 1)) \
        sh -c "$(echo "$kube" | sed "s|^qaconv|$qaconv|; s|/data/out|$work/kube|; s|/data/pages|$work/shared/pages|")" ||
        fail "Kubernetes index $((i - 1)) failed"
    i=$((i + 1))
done
diff -r whole shared/out >/dev/null || fail "the Slurm array differs from one -j run"
diff -r whole kube >/dev/null || fail "the Kubernetes Job differs from one -j run"

finish "readme"
