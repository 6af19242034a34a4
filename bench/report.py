#!/usr/bin/env python3
"""Writes the measured part of docs/benchmarks.md from a run's results (bench/run-benchmarks.sh).

Reads <results>/<Simulation>-<users>.html (Gatling's report), memory.txt, database-bytes.txt,
machine.txt and generate.txt, and replaces what lies between the markers
<!-- results:start --> and <!-- results:end --> in the report; the hand-written rest stays.
"""
import html
import pathlib
import re
import sys

START, END = "<!-- results:start -->", "<!-- results:end -->"

# (request name, users, what, limit, kind): kind p95 is "p95 at most limit ms", rps "at least limit per second".
TARGETS = [
    ("triage queue (filters)", 16, "triage queue p95 ≤ 100 ms at 16 staff", 100, "p95"),
    ("triage queue (search)", 16, "triage search p95 ≤ 100 ms at 16 staff", 100, "p95"),
    ("case page", 16, "case page p95 ≤ 50 ms (staff, 16)", 50, "p95"),
    ("case clocks", 16, "case page with clocks p95 ≤ 50 ms (lawyer, 16)", 50, "p95"),
    ("status lookup", 16, "status lookup p95 ≤ 50 ms (16)", 50, "p95"),
    ("status lookup Redirect 1", 16, "the request's page after the look-up p95 ≤ 50 ms (16)", 50, "p95"),
    ("status lookup (generated)", 16, "status lookup of a generated request p95 ≤ 50 ms (16)", 50, "p95"),
    ("submission (flat out)", None, "request submission ≥ 200 per second, no errors", 200, "rps"),
    ("enterprise search", 16, "enterprise search p95 ≤ 100 ms at 16 staff", 100, "p95"),
    ("registry figures", 16, "registry figures page p95 ≤ 200 ms at 16 staff", 200, "p95"),
    ("dashboard", 16, "dashboard of a month p95 ≤ 100 ms at 16 staff", 100, "p95"),
    ("report pre-fill", 16, "monthly report pre-fill p95 ≤ 100 ms at 16 staff", 100, "p95"),
]


ROW = re.compile(r'<tr id="req_[^"]*"[^>]*>(.*?)</tr>', re.S)
NAME = re.compile(r'class="ellipsed-name">([^<]*)<')
CELL = re.compile(r'<td class="value (?:total|ok|ko) col-(\d+)">([^<]*)</td>')


def requests(report_html):
    """The per-request rows of a Gatling report's statistics table (index.html)."""
    body = report_html.split('id="container_statistics_body"', 1)[1].split("</table>", 1)[0]
    for row in ROW.findall(body):
        cells = {int(col): value for col, value in CELL.findall(row)}
        number = lambda col: float(cells[col]) if cells.get(col, "-") not in ("-", "") else 0.0
        yield {
            "name": html.unescape(NAME.search(row).group(1)),
            "total": int(number(2)),
            "ko": int(number(4)),
            "rps": number(6),
            "p50": int(number(8)),
            "p95": int(number(10)),
            "p99": int(number(11)),
            "max": int(number(12)),
        }


def main(results_dir, report_path):
    results = pathlib.Path(results_dir)
    runs = {}
    for path in sorted(results.glob("*-*.html")):
        simulation, users = path.stem.rsplit("-", 1)
        runs[(simulation, int(users))] = list(requests(path.read_text(encoding="utf-8")))
    users_list = sorted({users for _, users in runs})
    ceiling = {users: next((r for r in runs.get(("Ceiling", users), []) if r["name"] == "ping"), None)
               for users in users_list}

    out = [START, ""]
    machine = (results / "machine.txt").read_text(encoding="utf-8").strip().splitlines()
    out += ["### Machine and run", ""] + [f"- {line}" for line in machine] + [""]
    generate = (results / "generate.txt").read_text(encoding="utf-8").strip()
    out += ["### Data", "", "```", generate, "```", ""]

    for users in users_list:
        top = ceiling[users]
        out += [f"### {users} concurrent users", ""]
        if top:
            out += [f"Ceiling (`/ping`, same portal, same concurrency): **{top['rps']:.0f} requests/s**, "
                    f"p95 {top['p95']} ms.", ""]
        out += ["| scenario | request | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | req/s ÷ ceiling |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for (simulation, run_users), rows in sorted(runs.items()):
            if run_users != users or simulation == "Ceiling":
                continue
            for r in rows:
                ratio = f"{r['rps'] / top['rps']:.3f}" if top and top["rps"] else "—"
                out.append(f"| {simulation} | {r['name']} | {r['total']} | {r['ko']} | {r['rps']:.1f} | {r['p50']} | "
                           f"{r['p95']} | {r['p99']} | {r['max']} | {ratio} |")
        out.append("")

    out += ["### Targets", "", "| target | measured | met |", "|---|---|---|"]
    for name, users, what, limit, kind in TARGETS:
        candidates = [(u, r) for (s, u), rows in runs.items() for r in rows
                      if r["name"] == name and (users is None or u == users)]
        if not candidates:
            out.append(f"| {what} | not measured | — |")
            continue
        if kind == "p95":
            u, r = candidates[0]
            met = r["p95"] <= limit and r["ko"] == 0
            out.append(f"| {what} | p95 {r['p95']} ms, {r['ko']} errors | {'yes' if met else '**no**'} |")
        else:
            u, r = max(candidates, key=lambda c: c[1]["rps"])
            errors = sum(c[1]["ko"] for c in candidates)
            met = r["rps"] >= limit and errors == 0
            out.append(f"| {what} | {r['rps']:.1f}/s at {u} users, {errors} errors | {'yes' if met else '**no**'} |")
    memory = (results / "memory.txt").read_text(encoding="utf-8")
    heap = re.search(r"total (\d+)K, used (\d+)K", memory)
    hwm = re.search(r"VmHWM:\s+(\d+) kB", memory)
    rss = re.search(r"VmRSS:\s+(\d+) kB", memory)
    if heap:
        used = int(heap.group(2)) / 1024
        out.append(f"| heap ≤ 512 MB | ran with -Xmx512m; {used:.0f} MB used at the end | {'yes' if used <= 512 else '**no**'} |")
    out.append("")
    out += ["### Memory and database", ""]
    if hwm and rss:
        out.append(f"- portal process: resident {int(rss.group(1)) / 1024:.0f} MB at the end, peak {int(hwm.group(1)) / 1024:.0f} MB")
    if heap:
        out.append(f"- Java heap: {int(heap.group(1)) / 1024:.0f} MB committed, {int(heap.group(2)) / 1024:.0f} MB used at the end")
    db = int((results / "database-bytes.txt").read_text().strip())
    out.append(f"- database folder (`data/bench/pgdata`, tables, indexes and WAL): {db / 1024 ** 3:.2f} GiB")
    out += ["", END]

    report = pathlib.Path(report_path)
    text = report.read_text(encoding="utf-8") if report.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text:
        text += f"\n{START}\n{END}\n"
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    report.write_text(before + "\n".join(out) + after, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
