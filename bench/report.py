"""Turns the raw results of bench/run.sh into the Markdown report it prints and keeps in target/bench/results.md."""
import os
import platform
import statistics
import subprocess
import sys

out, database, small, large, duration, connections = sys.argv[1:7]
rounds = sys.argv[7] if len(sys.argv) > 7 else "1"

LABELS = {}
with open(os.path.join(out, "pages.tsv"), encoding="utf-8") as pages:
    for line in pages:
        key, _, _, label = line.rstrip("\n").split("\t")
        LABELS[key] = label
LABELS["accept"] = "Acceptance POST (distinct customers accepting invitations)"
ORDER = list(LABELS)


def read(name):
    """The rows of one data set, each figure the median of the row's runs (BENCH_ROUNDS), and its other facts."""
    runs, facts = {}, {}
    path = os.path.join(out, name + ".results")
    if not os.path.exists(path):
        return {}, facts
    with open(path, encoding="utf-8") as results:
        for line in results:
            parts = line.split()
            if parts[0] == "single":
                facts.setdefault("single", {})[parts[1]] = parts[2:4]
            elif parts[0] == "drain":
                key = tuple(parts[1:-1])
                facts.setdefault("drain", {})[key] = max(int(parts[-1]), facts.get("drain", {}).get(key, 0))
            elif parts[0] in LABELS:
                runs.setdefault((parts[0], parts[1]), []).append(parts[2:8])
            else:
                facts[parts[0]] = parts[1:]
    rows = {}
    for key, measured in runs.items():
        rows[key] = (statistics.median(float(run[0]) for run in measured),
                     statistics.median(float(run[1]) for run in measured),
                     statistics.median(float(run[2]) for run in measured),
                     sum(int(run[3]) for run in measured), sum(int(run[4]) for run in measured))
        cpu = [float(run[5]) for run in measured if len(run) > 5 and int(run[3]) > 0]
        if cpu:
            facts.setdefault("cpu", {})[key] = statistics.median(cpu)
            facts.setdefault("cpu_runs", {})[key] = cpu
    return rows, facts


small_rows, small_facts = read("small")
large_rows, large_facts = read("large")
if "deep" in LABELS and "deep_page" in large_facts:
    LABELS["deep"] = (f"Customers, page {int(large_facts['deep_page'][0]):,} by its cursor"
                      + (f" (at {int(small):,} customers the last page, {int(small_facts['deep_page'][0]):,})"
                         if "deep_page" in small_facts else ""))


def answered(row):
    """A row wrk got answers for; a row without any has no latency or throughput to judge."""
    return row if row and row[3] > 0 else None


def number(value):
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def cell(row):
    if row is None:
        return ["–", "–", "–"]
    rps, p50, p99, requests, errors = row
    if requests == 0:
        return ["none answered", "–", "–"]
    note = f" ({errors} errors)" if errors else ""
    return [number(rps) + note, f"{p50:.1f}", f"{p99:.1f}"]


def command(*args):
    try:
        done = subprocess.run(args, capture_output=True, text=True, check=False)
        return (done.stdout + done.stderr).strip()
    except OSError:
        return "?"


cpu = "?"
with open("/proc/cpuinfo", encoding="utf-8") as info:
    for line in info:
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
memory = command("free", "-g").splitlines()
java = command("java", "-version").splitlines()

print(f"# Benchmark results ({database})\n")
print(f"- Machine: {command('nproc')} CPUs ({cpu}), {memory[1].split()[1] if len(memory) > 1 else '?'} GB memory, "
      f"{platform.system()} {platform.release()}; load average at the end {os.getloadavg()[0]:.1f}")
print(f"- Java: {java[0] if java else '?'}")
print(f"- Data sets: {int(small):,} and {int(large):,} customers of one partner; wrk {duration} per row, "
      f"connections {connections}, on loopback; every row run {rounds} times, the median shown")
print(f"- Generation: {' '.join(small_facts.get('generate', ['?']))} s for {int(small):,} customers, "
      f"{' '.join(large_facts.get('generate', ['?']))} s for {int(large):,} (wall clock, the start of Maven and the JVM included)")
measured_jvm = " ".join(large_facts.get("java_opts", ["?"]))
print(f"- Measured portal: {measured_jvm}")
for name, facts, size in (("small", small_facts, small), ("large", large_facts, large)):
    if "warmup_passes" in facts:
        passes, compiled = facts["warmup_passes"]
        print(f"- Warm-up at {int(size):,} customers: {passes} passes over the pages, {compiled} methods "
              f"compiled by the JIT during the last")
    if "load_start" in facts:
        print(f"- Load average (1, 5, 15 min) at {int(size):,} customers: {' '.join(facts['load_start'])} before the "
              f"measurements, {' '.join(facts.get('load_end', ['?']))} after")
print()

print(f"| Page | Conns | req/s {int(small):,} | p50 ms | p99 ms | req/s {int(large):,} | p50 ms | p99 ms "
      f"| {int(large):,} / {int(small):,} | vs static |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for conns in connections.split():
    static = large_rows.get(("static", conns))
    for key in ORDER:
        s, l = small_rows.get((key, conns)), large_rows.get((key, conns))
        if s is None and l is None:
            continue
        ratio = f"{l[0] / s[0]:.2f}" if answered(s) and answered(l) else "–"
        versus = f"{l[0] / static[0]:.2f}" if answered(static) and answered(l) else "–"
        print("| " + " | ".join([LABELS[key], conns] + cell(s) + cell(l) + [ratio, versus]) + " |")

print("\nThe portal's CPU time per request during each row (user and system, from /proc), in milliseconds, the "
      "median of the row's runs (each run's figure in brackets): unlike the throughput, it does not depend on the "
      "share of the shared cores wrk and other processes left the portal.\n")
print(f"| Page | Conns | CPU ms {int(small):,} | CPU ms {int(large):,} |")
print("|---|---:|---:|---:|")


def cpu_cell(facts, key):
    value = facts.get("cpu", {}).get(key)
    if value is None:
        return "–"
    runs = facts["cpu_runs"][key]
    return f"{value:.2f}" + (f" ({', '.join(f'{run:.2f}' for run in runs)})" if len(runs) > 1 else "")


for conns in connections.split():
    for key in ORDER:
        if (key, conns) not in small_facts.get("cpu", {}) and (key, conns) not in large_facts.get("cpu", {}):
            continue
        print("| " + " | ".join([LABELS[key], conns, cpu_cell(small_facts, (key, conns)),
                                 cpu_cell(large_facts, (key, conns))]) + " |")

print("\nEach page requested once, alone, before the warm-ups (status, seconds), and the longest the portal took "
      "to finish the requests wrk had given up on after the page's rows (at most BENCH_DRAIN):\n")
print(f"| Page | {int(small):,}: alone | {int(large):,}: alone | {int(small):,}: drained after | "
      f"{int(large):,}: drained after |")
print("|---|---:|---:|---:|---:|")


def alone(facts, key):
    single = facts.get("single", {}).get(key)
    if not single:
        return "–"
    status, seconds = single
    return f"{float(seconds):.2f} s" + ("" if status == "200" else f" ({'no answer' if status == '000' else status})")


def drained(facts, key):
    waits = [seconds for (page, *_), seconds in facts.get("drain", {}).items() if page == key]
    return f"{max(waits)} s" if waits else "–"


for key in ORDER:
    if key == "accept":
        continue
    print(f"| {LABELS[key]} | {alone(small_facts, key)} | {alone(large_facts, key)} | {drained(small_facts, key)} "
          f"| {drained(large_facts, key)} |")

accept_items = large_facts.get("accept_items", ["?"])[0]
print(f"\nThe acceptance rows post each of {accept_items} waiting invitations once per run (more requests than "
      "that re-post ones already accepted, which change nothing).\n")

print("| Measure | Value |")
print("|---|---:|")
WAYS = {
    "jar": "`java -jar`",
    "c1": "`java -XX:TieredStopAtLevel=1 -jar`, as `./mvnw spring-boot:run` launches it",
    "cds": "the extracted jar with a class-data-sharing archive",
    "cds-c1": "the extracted jar with a class-data-sharing archive and `-XX:TieredStopAtLevel=1`",
}
startups = {}
with open(os.path.join(out, "startups.tsv"), encoding="utf-8") as runs:
    for line in runs:
        way, ms, cpu_ms, rss, load = line.split("\t")
        startups.setdefault(way, []).append((int(ms), int(cpu_ms), int(rss), load.strip()))
for way, label in WAYS.items():
    runs = sorted(startups.get(way, []))
    if runs:
        ms, cpu_ms, rss, _ = runs[0]
        print(f"| Start-up of the embedded default (in-memory H2, demo data) to the first answered request, {label}, "
              f"fastest of {len(runs)} (each: wall clock, CPU, load average) | {ms:,} ms ({cpu_ms:,} ms of CPU, "
              f"{rss} MB resident); "
              + "; ".join(f"{m:,} ms, {c:,} ms CPU, load {load}" for m, c, _, load in startups[way]) + " |")
for name, facts in (("small", small_facts), ("large", large_facts)):
    size = small if name == "small" else large
    if "startup" in facts:
        print(f"| Start-up on the {int(size):,}-customer database to the first answered request | "
              f"{int(facts['startup'][0]):,} ms ({int(facts['startup'][1]):,} ms of CPU) |")
    if "rss_warm" in facts:
        print(f"| Resident memory after warm-up, {int(size):,} customers | {facts['rss_warm'][0]} MB |")
    if "rss_end" in facts:
        print(f"| Resident memory after the measurements, {int(size):,} customers | {facts['rss_end'][0]} MB |")
    if "rss_peak" in facts:
        print(f"| Peak resident memory (VmHWM), {int(size):,} customers | {facts['rss_peak'][0]} MB |")
    if "out_of_memory" in facts:
        print(f"| `OutOfMemoryError` in the portal's log, {int(size):,} customers | {facts['out_of_memory'][0]} |")
export = large_facts.get("export")
if export:
    elapsed, size_bytes, lines, heap, hwm = export
    print(f"| CSV export of {int(lines):,} activity entries (-Xmx256m) | {int(elapsed) / 1000:.1f} s, "
          f"{int(size_bytes) / 1e6:,.1f} MB |")
    print(f"| Peak heap in use during the export (jstat, every 250 ms) | {heap} MB |")
    print(f"| Peak resident memory of the exporting JVM (VmHWM) | {hwm} MB |")

print("\n## Targets\n")


def target(name, ok, detail):
    print(f"- {'met' if ok else 'MISSED'}: {name}: {detail}")


# The targets of the cost-per-request issue: CPU per request at the large data set, 16 connections.
CPU_TARGETS = [
    ("customers", 1.0), ("words", 1.5), ("expanded", 2.0), ("admin", 3.0), ("activity", 1.5),
    ("static", 0.15), ("anonymousStatic", 0.15), ("livez", 0.1),
]
for key, limit in CPU_TARGETS:
    value = large_facts.get("cpu", {}).get((key, "16"))
    if value is not None:
        target(f"{LABELS[key]}: CPU per request <= {limit} ms at {int(large):,} customers", value <= limit,
               f"{value:.2f} ms")
words_large = large_facts.get("cpu", {}).get(("words", "16"))
words_small = small_facts.get("cpu", {}).get(("words", "16"))
if words_large is not None and words_small:
    target(f"{LABELS['words']}: CPU per request at {int(large):,} within 1.2 times that at {int(small):,}",
           words_large <= 1.2 * words_small, f"{words_large / words_small:.2f} times")
customers16 = answered(large_rows.get(("customers", "16")))
if customers16:
    target("Customers page p99 < 50 ms at 16 connections, large data set", customers16[2] < 50,
           f"{customers16[2]:.1f} ms")
elif ("customers", "16") in large_rows:
    target("Customers page p99 < 50 ms at 16 connections, large data set", False,
           "no request was answered within the run")
if startups.get("jar"):
    ms, cpu_ms, _, _ = sorted(startups["jar"])[0]
    target(f"Start-up of the embedded default <= 3 s, {WAYS['jar']}", ms <= 3000,
           f"{ms / 1000:.1f} s ({cpu_ms / 1000:.1f} s of CPU time)")
for way in ("cds", "cds-c1"):
    if startups.get(way):
        ms, cpu_ms, _, _ = sorted(startups[way])[0]
        target(f"Start-up of the embedded default <= 3 s, {WAYS[way]}", ms <= 3000,
               f"{ms / 1000:.1f} s ({cpu_ms / 1000:.1f} s of CPU time)")
if "rss_warm" in large_facts:
    rss = int(large_facts["rss_warm"][0])
    limit = 300 if database == "PostgreSQL" else 400
    target(f"Resident memory after warm-up <= {limit} MB on {database}", rss <= limit,
           f"{rss} MB with {measured_jvm}")
if export:
    target("CSV export of 1,000,000 entries < 30 s with a 256 MB heap", int(export[0]) < 30000,
           f"{int(export[0]) / 1000:.1f} s for {int(export[2]):,} entries")
