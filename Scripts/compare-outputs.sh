#!/usr/bin/env bash
# Writes every kind of report output of one `activa` binary into a folder, to compare two builds byte for byte on
# many registers: the examples, synthetic registers (in JSON, and some in YAML) and the odd registers beside this
# script (broken ones: their messages count too), each as text (plain, and explained in Dutch and English), JSON
# with and without explanations, CSV, Markdown with aangifte rounding, and one year with daily proration.
#
# `swift test` already compares the examples' and the odd registers' outputs (and those of kia, advise and schedule)
# with the snapshots in Tests/ActivaCLITests/Snapshots/. This script is the wider sweep for a change that should
# leave every output the same (a speed change): 70 synthetic registers besides (14 of them in YAML too), 792 outputs in all.
#
#   Scripts/compare-outputs.sh ACTIVA OUTDIR [synthetic=70]
#   e.g. a reference from the previous commit, then this tree:
#     git worktree add /tmp/before HEAD~1 && (cd /tmp/before && swift build -c release --product activa)
#     Scripts/compare-outputs.sh /tmp/before/.build/release/activa /tmp/out-before
#     swift build -c release --product activa && Scripts/compare-outputs.sh .build/release/activa /tmp/out-after
#     diff -r /tmp/out-before /tmp/out-after && echo identical
set -euo pipefail
cd "$(dirname "$0")/.."
activa=$(realpath "$1")
out=$(realpath -m "$2")
synthetic=${3:-70}
registers=$(mktemp -d)
trap 'rm -rf "$registers"' EXIT
swift build -c release --product ActivaBench >/dev/null
for n in $(seq 0 $((synthetic - 1))); do .build/release/ActivaBench --emit-register "$n" > "$registers/synthetic-$n.json"; done
# A fifth of them in YAML too (block style, as written by hand): one build may read it with Yams, the other not.
for n in $(seq 0 5 $((synthetic - 1))); do .build/release/ActivaBench --emit-register "$n" --yaml > "$registers/synthetic-$n.yaml"; done
cp Examples/*.yaml Scripts/odd-registers/* "$registers/"
rm -rf "$out" && mkdir -p "$out"
# Run where the registers are, so messages name each file the same way on every run.
cd "$registers"
for name in *; do
  file=$name
  # A broken register exits non-zero by design: its message is the output compared.
  "$activa" report "$file" > "$out/$name.txt" 2>&1 || true
  "$activa" report "$file" --format json > "$out/$name.json" 2>&1 || true
  "$activa" report "$file" --format json --explain > "$out/$name.explain.json" 2>&1 || true
  "$activa" report "$file" --explain > "$out/$name.nl.txt" 2>&1 || true
  "$activa" report "$file" --explain --lang en > "$out/$name.en.txt" 2>&1 || true
  "$activa" report "$file" --format csv > "$out/$name.csv" 2>&1 || true
  "$activa" report "$file" --format markdown --rounding aangifte > "$out/$name.md" 2>&1 || true
  "$activa" report "$file" --format json --year 2024 --proration daily > "$out/$name.2024.json" 2>&1 || true
done
echo "$(ls "$out" | wc -l) outputs in $out"
