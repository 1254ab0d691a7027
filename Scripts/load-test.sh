#!/usr/bin/env bash
# Load test of `activa serve` on loopback with wrk (Debian's package): POST /api/v1/report with a typical
# 20-asset register, and the bare route POST /baseline (same body read, no Activa work) in the same run, so the
# overhead of Activa's own work is a ratio. Bounded: each run lasts DURATION seconds, then everything stops.
#
#   bash Scripts/load-test.sh [connections=64] [duration=10]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-64}
duration=${2:-10}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }

swift build -c release --product activa >/dev/null
swift build -c release --product ActivaBench >/dev/null
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# A typical client: 20 assets from the deterministic generator (seed 42, client 1), as the API's JSON.
.build/release/ActivaBench --emit-register 0 --assets 20 > "$work/register.json"
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/register.json", "r")
wrk.body = f:read("*a")
f:close()
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.3f %.3f\n", summary.requests / (summary.duration / 1e6),
                         latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

.build/release/activa serve --port "$port" --database "$work/activa.sqlite" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done

run() {
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/post.lua" "http://127.0.0.1:$port$1" | grep RESULT | cut -d' ' -f2-
}
echo "warming up…"; run /api/v1/report >/dev/null
read -r base_rps base_p50 base_p99 <<<"$(run /baseline)"
read -r report_rps report_p50 report_p99 <<<"$(run /api/v1/report)"
# The same register, answering for one year only (what an app asks on a keystroke): the engine computes every
# year all the same; only the answer is smaller.
read -r year_rps year_p50 year_p99 <<<"$(run '/api/v1/report?year=2025')"
read -r totals_rps totals_p50 totals_p99 <<<"$(run '/api/v1/report?year=2025&detail=totals')"
printf "%-22s %12s %10s %10s\n" "route" "requests/s" "p50 ms" "p99 ms"
printf "%-22s %12s %10s %10s\n" "POST /baseline" "$base_rps" "$base_p50" "$base_p99"
printf "%-22s %12s %10s %10s\n" "POST /api/v1/report" "$report_rps" "$report_p50" "$report_p99"
printf "%-22s %12s %10s %10s\n" "  …?year=2025" "$year_rps" "$year_p50" "$year_p99"
printf "%-22s %12s %10s %10s\n" "  …&detail=totals" "$totals_rps" "$totals_p50" "$totals_p99"
python3 -c "print('report / baseline: %.0f%% of the bare route (bar: at least 70%%), p99 %s ms at $connections connections (bar: under 10 ms)' % (100 * $report_rps / $base_rps, '$report_p99'))"
