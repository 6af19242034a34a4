#!/usr/bin/env bash
# Runs the load scenarios against the portal on the benchmark data and writes docs/benchmarks.md.
#
#   bench/run-benchmarks.sh            # 16 and 64 concurrent users, 60 s per scenario
#   BENCH_USERS="16" BENCH_SECONDS=30 BENCH_WARMUP_SECONDS=15 bench/run-benchmarks.sh
#
# Generates the data first when ./data/bench does not exist (mvn -Pbench exec:java@generate, about
# 10 minutes for 1,000,000 cases). Needs Java 17, Maven and python3; nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

USERS_LIST=${BENCH_USERS:-"16 64"}
RUN_SECONDS=${BENCH_SECONDS:-60}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-30}
PORT=${BENCH_PORT:-8080}
HEAP=${BENCH_HEAP:-512m}
RESULTS=target/bench-results
SIMULATIONS=${BENCH_SIMULATIONS:-"Ceiling Worker Staff Lawyer Submissions Registry Reports"}

echo "== build"
mvn -B -q -Pbench -DskipTests package
echo "== data (generated once; the scenarios' feeders written every time)"
mvn -B -q -Pbench exec:java@generate > target/bench-generate.log 2>&1 || { tail -40 target/bench-generate.log; exit 1; }

rm -rf "$RESULTS" target/gatling
mkdir -p "$RESULTS"
JAR=$(ls target/union-rights-portal-*.jar | grep -v original | head -1)
echo "== portal: java -Xmx$HEAP -jar $JAR"
java -Xms$HEAP -Xmx$HEAP -jar "$JAR" --spring.config.additional-location=file:bench/application-bench.properties \
	--server.port="$PORT" > target/bench-portal.log 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
	curl -fs "http://127.0.0.1:$PORT/ping" > /dev/null && break
	sleep 1
done
curl -fs "http://127.0.0.1:$PORT/ping" > /dev/null

gatling() { # simulation users seconds
	mvn -B -q -Pbench gatling:test -Dgatling.simulationClass="org.unionrights.bench.$1Simulation" \
		-Dbench.url="http://127.0.0.1:$PORT" -Dbench.users="$2" -Dbench.seconds="$3" > "target/bench-gatling-$1-$2.log" 2>&1 || true
	local report
	report=$(ls -td target/gatling/"$(echo "$1" | tr '[:upper:]' '[:lower:]')"simulation-* | head -1)
	cp "$report/index.html" "$RESULTS/$1-$2.html"
}

echo "== warm-up (not reported): the portal's code is compiled while it runs"
for simulation in $SIMULATIONS; do gatling "$simulation" 4 "$WARMUP_SECONDS"; done
rm -f "$RESULTS"/*.html

for users in $USERS_LIST; do
	for simulation in $SIMULATIONS; do
		echo "== $simulation, $users users, $RUN_SECONDS s"
		gatling "$simulation" "$users" "$RUN_SECONDS"
	done
done

echo "== memory and database"
grep -E "VmHWM|VmRSS" "/proc/$PORTAL/status" > "$RESULTS/memory.txt"
jcmd "$PORTAL" GC.heap_info >> "$RESULTS/memory.txt" 2>&1 || true
du -sb data/bench/pgdata | cut -f1 > "$RESULTS/database-bytes.txt"
{
	echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
	echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
	echo "java: $(java -version 2>&1 | head -1)"
	echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml bench || echo ' with uncommitted changes')"
	echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
	echo "heap: -Xms$HEAP -Xmx$HEAP"
	echo "seconds: $RUN_SECONDS"
} > "$RESULTS/machine.txt"
cp data/bench-generated.txt "$RESULTS/generate.txt"

python3 bench/report.py "$RESULTS" docs/benchmarks.md
echo "== written docs/benchmarks.md"
