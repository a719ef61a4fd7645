#!/usr/bin/env bash
# Measures the gate on a checkout of a corpus repository against its labelled expectations:
#   bench/corpus/measure.sh <checkout> [bench/corpus/<name>.tsv]
# The checkout is copied (never changed), made a fresh git repository, gated with ./build.sh Readiness --root, and
# the report scored: items right of those the files settle, false passes, false fails, secret findings and how many
# are real. Without a checkout argument, every expectation file whose checkout is found is measured (see
# PIPELINE_CORPUS in bench/Pipeline.Bench/CorpusBenchmark.cs).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bench=(dotnet run -c Release --project "$here/bench/Pipeline.Bench" --)
if [[ $# -eq 0 ]]; then
  exec "${bench[@]}" corpus
fi
checkout="$(cd "$1" && pwd)"
expectations="${2:-$here/bench/corpus/$(basename "$checkout").tsv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$checkout/." "$work/"
rm -rf "$work/.git" "$work/artifacts/readiness"
git -C "$work" init --quiet
git -C "$work" add --all
git -C "$work" -c user.email=bench@pipeline.invalid -c user.name=bench commit --quiet -m checkout
"$here/build.sh" Readiness --root "$work" > "$work.log" 2>&1 || true
"${bench[@]}" corpus "$work/artifacts/readiness/report.json" "$expectations"
