#!/usr/bin/env bash
# Instructions per asset-year of the engine, counted by valgrind (repeatable, unlike seconds on a shared machine).
# Runs the release bench (engine part only) with one and with two repeats; the difference is one pass of
# "engine" plus one pass of "engine + every line read", without the setup (generating the registers).
#   Scripts/count-instructions.sh [clients]
set -euo pipefail
cd "$(dirname "$0")/.."
clients="${1:-200}"
swift build -c release --product activa-bench >/dev/null 2>&1
# valgrind cannot read the toolchain's debug information; the counts need none.
strip -o /tmp/activa-bench-stripped .build/release/activa-bench
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null /tmp/activa-bench-stripped \
        --clients "$clients" --repeats "$1" --only engine 2>&1 | awk '/Collected/ { print $4 }'
}
one=$(count 1)
two=$(count 2)
asset_years=$(/tmp/activa-bench-stripped --clients "$clients" --repeats 1 --only engine | awk '/^engine, 1 core/ { print $(NF-4) }')
echo "asset-years per pass: $asset_years"
echo "instructions per asset-year (engine + every line read): $(( (two - one) / asset_years ))"
