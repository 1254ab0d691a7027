#!/usr/bin/env bash
# Instructions per asset-year of the engine, and per byte of JSON register read, counted by valgrind (repeatable,
# unlike seconds on a shared machine). Each figure is the difference between a run with one and with two repeats,
# so the setup (generating the registers, writing them as JSON) cancels out.
#   Scripts/count-instructions.sh [clients]
#   engine: one pass of "engine" plus one pass of "engine + every line read", per asset-year
#   read:   one pass of RegisterReader over the JSON registers, per byte (and over the YAML registers)
#   batch:  one pass of read + compute + write (JSON register in, JSON report out), per asset-year
set -euo pipefail
cd "$(dirname "$0")/.."
# Swift seeds its hashing at random in every process, so dictionaries and sets cost a little more or less from run
# to run; in a difference of two runs that noise can outweigh a small pass (reading YAML after writing it).
export SWIFT_DETERMINISTIC_HASHING=1
clients="${1:-200}"
swift build -c release --product ActivaBench >/dev/null 2>&1
# valgrind cannot read the toolchain's debug information; the counts need none.
strip -o /tmp/activa-bench-stripped .build/release/ActivaBench
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null /tmp/activa-bench-stripped \
        --clients "$clients" --repeats "$1" --only "$2" 2>&1 | awk '/Collected/ { print $4 }'
}
one=$(count 1 engine)
two=$(count 2 engine)
asset_years=$(/tmp/activa-bench-stripped --clients "$clients" --repeats 1 --only engine | awk '/^engine, 1 core/ { print $(NF-4) }')
echo "asset-years per pass: $asset_years"
echo "instructions per asset-year (engine + every line read): $(( (two - one) / asset_years ))"
read_one=$(count 1 read)
read_two=$(count 2 read)
bytes=$(/tmp/activa-bench-stripped --clients "$clients" --repeats 1 --only read | awk '/^read JSON only/ { print $(NF-1) }')
echo "JSON register bytes per pass: $bytes"
echo "instructions per byte of JSON read: $(( (read_two - read_one) / bytes ))"
yaml_one=$(count 1 read-yaml)
yaml_two=$(count 2 read-yaml)
yaml_bytes=$(/tmp/activa-bench-stripped --clients "$clients" --repeats 1 --only read-yaml | awk '/^read YAML only/ { print $(NF-1) }')
echo "YAML register bytes per pass: $yaml_bytes"
echo "instructions per byte of YAML read: $(( (yaml_two - yaml_one) / yaml_bytes ))"
batch_one=$(count 1 batch)
batch_two=$(count 2 batch)
echo "instructions per asset-year (JSON register → JSON report): $(( (batch_two - batch_one) / asset_years ))"
