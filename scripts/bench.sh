#!/usr/bin/env bash
# Parité's benchmarks (see BENCHMARKS.md). Everything listens on 127.0.0.1 only; every server and
# database started here is stopped and removed on exit.
#
#   scripts/bench.sh [inprocess] [startup] [reports] [topology]     (no argument: all four)
#
# Environment:
#   BENCH_ORGS / BENCH_RESPONSES   reports: the large seed (default 100 orgs × 500 a wave)
#   BENCH_SMALL_ORGS / ..._RESPONSES the small seed (default 20 × 500: ~1.1 million answers)
#   BENCH_SEED_DIR                 where the seeded databases go (default: a temp dir under
#                                  /dev/shm, so seeding is not fsync-bound; reads are from the
#                                  page cache either way); databases already there are reused
#   BENCH_SKIP_LARGE=1             reports: only the small size
#   BENCH_SUBMISSIONS              submissions per backend in the in-process bench (3000)
#   BENCH_SECONDS                  wrk duration per run (10)
#   PARITE_BENCH_PG                admin URL for PostgreSQL (empty: skip PostgreSQL; topology
#                                  needs it)
#   PARITE_TOPOLOGY_RESPONDENTS    topology: respondents during the rolling restart (64)
#   PARITE_TOPOLOGY_PAUSE_MS       topology: each respondent's pause before a request (20)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SECTIONS=("$@")
[ ${#SECTIONS[@]} -eq 0 ] && SECTIONS=(inprocess startup reports topology)
want() { local s; for s in "${SECTIONS[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

# --- tools -----------------------------------------------------------------------------------
missing=()
for tool in wrk hyperfine; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]}" >&2
    apt-get -o DPkg::Lock::Timeout=600 install -y "${missing[@]}" >/dev/null 2>&1 ||
        { apt-get -o DPkg::Lock::Timeout=600 update >/dev/null && apt-get -o DPkg::Lock::Timeout=600 install -y "${missing[@]}" >/dev/null; }
fi
for tool in sqlite3 python3 curl; do
    command -v "$tool" >/dev/null || { echo "bench.sh needs $tool" >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/parite-bench.XXXXXX)
SEED_DIR=${BENCH_SEED_DIR:-$(mktemp -d /dev/shm/parite-bench.XXXXXX)}
PIDS=()
cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
    [ -z "${BENCH_SEED_DIR:-}" ] && rm -rf "$SEED_DIR"
    return 0
}
trap cleanup EXIT

echo "## Machine"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "nproc: $(nproc)"
free -h | sed 's/^/    /'
echo "kernel: $(uname -r); $(rustc -V)"
echo

cargo build --release -p parite --quiet
BIN=$ROOT/target/release/parite
export PARITE_DEFAULT_LOCALE=fr-CA

# --- in-process: charts, survey page vs bare handler, submissions over HTTP ------------------
if want inprocess; then
    echo "## In-process bench (cargo bench -p parite-web --bench web)"
    timeout 900 cargo bench -p parite-web --bench web --quiet -- \
        --submissions "${BENCH_SUBMISSIONS:-3000}" --seconds "${BENCH_SECONDS:-10}"
    echo
fi

# Time from spawning `parite serve` to the first 200 from /healthz, and RSS once idle.
startup_probe() { # db_url runs
    python3 - "$BIN" "$1" "$2" <<'EOF'
import http.client, os, signal, socket, statistics, subprocess, sys, time
binary, url, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p
def rss(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
times, idle = [], []
for i in range(runs):
    port = free_port()
    started = time.perf_counter()
    p = subprocess.Popen([binary, "serve", "--database", url, "--addr", f"127.0.0.1:{port}",
                          "--insecure-cookies"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if p.poll() is not None or time.perf_counter() - started > 10:
                sys.exit(f"serve did not answer /healthz (exit {p.poll()})")
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                c.request("GET", "/healthz")
                if c.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.001)
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(1.0)
        idle.append(rss(p.pid))
    finally:
        p.send_signal(signal.SIGINT)
        p.wait(timeout=10)
print(f"start-up to first /healthz 200: median {statistics.median(times):.1f} ms, "
      f"min {min(times):.1f}, max {max(times):.1f} ({runs} runs)")
print(f"idle RSS 1 s after /healthz: median {statistics.median(idle):.1f} MB, max {max(idle):.1f} MB")
EOF
}

# Seeds orgs × responses into a new SQLite file; prints how long it took.
seed_db() { # file orgs responses
    local started ended
    if [ -f "$1" ]; then
        echo "reusing $1 ($(sqlite3 "$1" "SELECT COUNT(*) FROM responses WHERE status = 'submitted'") submitted responses)"
        return 0
    fi
    started=$(date +%s.%N)
    "$BIN" demo seed --database "sqlite://$1" --orgs "$2" --responses "$3" >/dev/null
    ended=$(date +%s.%N)
    local count
    count=$(sqlite3 "$1" "SELECT COUNT(*) FROM responses WHERE status = 'submitted'")
    python3 -c "import sys; t=float(sys.argv[2])-float(sys.argv[1]); n=int(sys.argv[3]); \
print(f'seeded {n} submitted responses ({sys.argv[4]} orgs) in {t:.1f} s = {t/n*10000:.1f} s per 10,000')" \
        "$started" "$ended" "$count" "$2"
}

if want startup; then
    echo "## Start-up and idle memory (release binary, existing SQLite database)"
    seed_db "$WORK/startup.db" 6 14
    startup_probe "sqlite://$WORK/startup.db" 10
    echo
fi

# The joined rows `parite export responses` writes (the columns it reads, the same statement and
# order as the store's `stream_export`), straight from sqlite3.
EXPORT_SQL="SELECT r.id, o.slug, w.label, r.locale, r.respondent_role, a.item_id, a.value \
FROM responses r JOIN answers a ON a.response_id = r.id JOIN waves w ON w.id = r.wave_id \
JOIN organizations o ON o.id = w.organization_id WHERE 1 = 1 AND r.status = 'submitted' \
ORDER BY r.id, a.item_id, a.seq"

max_rss() { # command… → prints max RSS in MB (stdout of the command discarded)
    /usr/bin/time -f '%M' -o "$WORK/rss" "$@" >/dev/null 2>&1
    awk '{ printf "%.1f MB", $1 / 1024 }' "$WORK/rss"
}

reports_at() { # db label runs
    local db=$1 url="sqlite://$1" slug
    slug=$(sqlite3 "$db" "SELECT slug FROM organizations ORDER BY created_at, slug LIMIT 1")
    local answers
    answers=$(sqlite3 "$db" "SELECT COUNT(*) FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.status = 'submitted'")
    echo "### $2: $answers submitted answer rows; organization report for $slug"
    # Reports keep per-wave summaries (wave_summaries) current on read: the first report after
    # new submissions reads them, later ones only the summaries. Time the first ones apart.
    "$BIN" migrate --database "$url" >/dev/null
    local started
    started=$(date +%s.%N)
    "$BIN" report --database "$url" --report organization --org "$slug" --format html --out "$WORK/org.html" >/dev/null
    echo "first org report (summaries of its waves computed): $(python3 -c "import sys, time; print(f'{time.time() - float(sys.argv[1]):.2f} s')" "$started")"
    started=$(date +%s.%N)
    "$BIN" report --database "$url" --report funder-overview --format html --out "$WORK/funder.html" >/dev/null
    echo "first funder overview (summaries of every other wave computed): $(python3 -c "import sys, time; print(f'{time.time() - float(sys.argv[1]):.2f} s')" "$started")"
    hyperfine --style basic --runs "$3" --export-markdown "$WORK/$2.md" \
        -n "org report (html)" "$BIN report --database $url --report organization --org $slug --format html --out $WORK/org.html" \
        -n "funder overview (html)" "$BIN report --database $url --report funder-overview --format html --out $WORK/funder.html" \
        -n "parite export responses" "$BIN export responses --database $url --out $WORK/export.csv" \
        -n "sqlite3 -csv same rows" "sqlite3 -csv $db \"$EXPORT_SQL\" > $WORK/sqlite.csv" >/dev/null
    cat "$WORK/$2.md"
    echo
    echo "rows: parite export $(($(wc -l <"$WORK/export.csv") - 1)) (+ header), sqlite3 $(wc -l <"$WORK/sqlite.csv")"
    echo "max RSS: org report $(max_rss "$BIN" report --database "$url" --report organization --org "$slug" --format html --out "$WORK/org.html"), \
funder overview $(max_rss "$BIN" report --database "$url" --report funder-overview --format html --out "$WORK/funder.html"), \
export $(max_rss "$BIN" export responses --database "$url" --out "$WORK/export.csv"), \
sqlite3 $(max_rss sqlite3 -csv "$db" "$EXPORT_SQL")"
    echo
}

if want reports; then
    echo "## Reports at two sizes (seeded through the store API with \`parite demo seed\`)"
    seed_db "$SEED_DIR/small.db" "${BENCH_SMALL_ORGS:-20}" "${BENCH_SMALL_RESPONSES:-500}"
    [ -n "${BENCH_SKIP_LARGE:-}" ] ||
        seed_db "$SEED_DIR/large.db" "${BENCH_ORGS:-100}" "${BENCH_RESPONSES:-500}"
    reports_at "$SEED_DIR/small.db" small 3
    [ -n "${BENCH_SKIP_LARGE:-}" ] || reports_at "$SEED_DIR/large.db" large 1
fi

# --- the production topology: nginx (TLS) in front of two release servers on PostgreSQL ------
# The test harness of tests/reliability/topology/ drives it (its `bench` module, ignored in the
# normal test run); the servers are the release build above, the respondents a debug binary.
if want topology; then
    echo "## Production topology: rolling restart under load, drain with 64 clients in flight"
    command -v nginx >/dev/null || { echo "topology needs nginx (apt-get install nginx-light)" >&2; exit 1; }
    pg=${PARITE_BENCH_PG-postgres://postgres@127.0.0.1:5432/test}
    [ -n "$pg" ] || { echo "topology needs PostgreSQL (PARITE_BENCH_PG)" >&2; exit 1; }
    status=0
    PARITE_SERVE_BIN=$BIN PARITE_TEST_POSTGRES_URL=$pg PARITE_REQUIRE_POSTGRES=1 \
        PARITE_REQUIRE_DEPLOY_TOOLS=1 \
        cargo test --test reliability --quiet topology::bench -- --ignored --nocapture \
        >"$WORK/topology.log" 2>&1 || status=$?
    grep -E '^topology bench:|^acknowledged ' "$WORK/topology.log" || true
    if [ "$status" -ne 0 ]; then
        tail -40 "$WORK/topology.log" >&2
        exit "$status"
    fi
    echo
fi
