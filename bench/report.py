#!/usr/bin/env python3
"""Turns bench/run's measurements (JSON lines) into bench/results/results.md and results.svg.

Usage: bench/report.py MEASUREMENTS.jsonl CORES COMMIT RESULTS_DIR
"""
import datetime
import html
import json
import os
import sys

# endpoint -> minimum share of nginx's requests/s (and p99 bound in ms at 32 connections)
TARGETS = {"search-facets": (10, 50), "search-facets-uncached": (10, 50), "fiche": (20, None),
           "fiche-uncached": (20, None), "home": (20, None)}
# (size, figure, bound, label) of the other targets
FIGURE_TARGETS = [
    (1000, "startup_s", 5, "start-up to health UP ≤ 5 s at 1 000 fiches"),
    (1000, "startup_cds_s", 5, "the same with class data sharing"),
    (100000, "reindex_s", 60, "full reindex ≤ 60 s at 100 000 fiches"),
    (100000, "rss_mb", 500, "RSS ≤ 500 MB after load at 100 000 fiches"),
    (10000, "import_s", 30, "import of 10 000 rows ≤ 30 s, whole command (JVM start included)"),
    (10000, "import_work_s", 30, "the same, the import's own time"),
]
COLOURS = {1000: "#2e7d32", 10000: "#1565c0", 100000: "#6a1b9a"}


def load(path):
    http, figures = [], {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if "figure" in row:
                figures[(row["size"], row["figure"])] = row["value"]
            else:
                row["ratio"] = 100.0 * row["app"]["rps"] / row["nginx"]["rps"] if row["nginx"]["rps"] else 0
                http.append(row)
    return http, figures


def verdict(row):
    target = TARGETS.get(row["name"])
    if not target or row["size"] != 100000:
        return ""
    share, p99 = target
    ok = row["ratio"] >= share and row["app"]["errors"] == 0
    if p99 is not None and row["connections"] == 32:
        ok = ok and row["app"]["p99"] <= p99
    return ("met" if ok else "MISSED") + f" (≥ {share} %" + (f", p99 ≤ {p99} ms" if p99 and row["connections"] == 32 else "") + ")"


def reindex(figures, size):
    total, normal = figures.get((size, "reindex_startup_s")), figures.get((size, "startup_s"))
    return round(total - normal, 1) if total and normal else None


def figure_targets(figures):
    lines = ["| target | measured | |", "|---|---:|---|"]
    for size, name, bound, label in FIGURE_TARGETS:
        value = reindex(figures, size) if name == "reindex_s" else figures.get((size, name))
        if value is None:
            lines.append(f"| {label} | – | not measured |")
        else:
            lines.append(f"| {label} | {value} | " + ("met" if value <= bound else f"MISSED by {value - bound:.1f}") + " |")
    return lines


def markdown(http, figures, cores, commit):
    sizes = sorted(({row["size"] for row in http} | {size for size, _ in figures}) - {0})
    cpu = figures.get((0, "cpu_reference_s"))
    lines = [
        "# Benchmark results", "",
        f"Run {datetime.date.today().isoformat()} on {cores} cores, commit `{commit}`, embedded default "
        "(H2 file + local Lucene index). Every figure of the application is compared with nginx serving the same "
        "response bytes as a static file in the same run (one worker, access log off): the ratio is the "
        "application's requests/s as a share of nginx's. Rows marked `-uncached` come from a run with the page "
        "cache and the search result cache off: what a request costs when no cache answers it."
        + (f" CPU reference (a fixed Python loop, to compare runs): {cpu} s." if cpu else ""), "",
        "## Requests", "",
        "| fiches | endpoint | conn. | bytes | app req/s | nginx req/s | ratio | app p50 ms | app p99 ms | errors | target (100k) |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in http:
        uncached = " uncached" if row["name"].endswith("-uncached") else ""
        lines.append(f"| {row['size']:,} | `{row['path']}`{uncached} | {row['connections']} | {row['bytes']:,} | "
                     f"{row['app']['rps']:,.0f} | {row['nginx']['rps']:,.0f} | {row['ratio']:.1f} % | "
                     f"{row['app']['p50']:.1f} | {row['app']['p99']:.1f} | {row['app']['errors']} | {verdict(row)} |")
    lines += ["", "## Other figures", "",
              "| fiches | import s (command) | import s (own) | first start s | start-up to health UP s | start-up with CDS s "
              "| full reindex s | heap used MB | RSS MB | RSS without mapped files MB |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for size in sizes:
        get = lambda name: figures.get((size, name))
        cells = [get("import_s"), get("import_work_s"), get("first_startup_s"), get("startup_s"), get("startup_cds_s"), reindex(figures, size),
                 get("heap_used_mb"), get("rss_mb"), get("rss_anon_mb")]
        lines.append(f"| {size:,} | " + " | ".join("–" if c is None else str(c) for c in cells) + " |")
    lines += ["", "Import (command) = the whole `java -jar … import` process; import (own) = the time the import "
              "reports itself (read, check, write, index), without starting the JVM and the application context. First start = "
              "the first start after the import, which also adds the demo events and accounts; start-up = a later start. "
              "Full reindex = start-up with an empty index directory (the start-up reconciliation rebuilds it "
              "before health turns UP) minus the normal start-up. Start-up with CDS = the extracted jar with a "
              "class data sharing archive (docs/operations.md).", "", "## Targets", ""]
    lines += figure_targets(figures)
    lines += ["", "![ratio to nginx](results.svg)", ""]
    return "\n".join(lines)


def svg(http):
    rows = [row for row in http if row["connections"] == 32]
    names = list(dict.fromkeys(row["name"] for row in rows))
    sizes = sorted({row["size"] for row in rows})
    bar, gap, left, width = 12, 10, 150, 420
    height = len(names) * (len(sizes) * bar + gap) + 60
    scale = max([row["ratio"] for row in rows] + [25]) * 1.1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 80}" height="{height}" '
           'font-family="sans-serif" font-size="11" role="img" aria-label="Requests per second as a share of nginx, 32 connections">',
           f'<text x="{left}" y="16" font-size="13">Requests/s as % of nginx (32 connections)</text>']
    y = 30
    for name in names:
        out.append(f'<text x="{left - 6}" y="{y + len(sizes) * bar / 2 + 4}" text-anchor="end">{html.escape(name)}</text>')
        for size in sizes:
            row = next((r for r in rows if r["name"] == name and r["size"] == size), None)
            if row:
                w = width * row["ratio"] / scale
                out.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar - 2}" fill="{COLOURS.get(size, "#555")}"/>')
                out.append(f'<text x="{left + w + 4:.1f}" y="{y + bar - 3}">{row["ratio"]:.1f} %</text>')
            y += bar
        y += gap
    for share in (10, 20):
        x = left + width * share / scale
        out.append(f'<line x1="{x:.1f}" y1="26" x2="{x:.1f}" y2="{y}" stroke="#c62828" stroke-dasharray="3,3"/>')
        out.append(f'<text x="{x:.1f}" y="{y + 12}" text-anchor="middle" fill="#c62828">{share} %</text>')
    legend = " ".join(f'<tspan fill="{COLOURS.get(s, "#555")}">■ {s:,} fiches</tspan>' for s in sizes)
    out.append(f'<text x="{left}" y="{y + 28}">{legend}</text></svg>')
    return "\n".join(out)


def main():
    path, cores, commit, target = sys.argv[1:5]
    http, figures = load(path)
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "results.md"), "w", encoding="utf-8") as f:
        f.write(markdown(http, figures, cores, commit))
    with open(os.path.join(target, "results.svg"), "w", encoding="utf-8") as f:
        f.write(svg(http))
    print(f"written to {target}/results.md and results.svg")


if __name__ == "__main__":
    main()
