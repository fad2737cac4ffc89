#!/usr/bin/env python3
"""Measures the `offres` CLI for docs/benchmarks.md (section "CLI start-up and package size (issue #14)").

Usage: python3 tools/cli-measure/measure.py [--runs 20] [--warmup 2] [--rid linux-x64] [--work artifacts/cli-measure]
                                            [--skip-build] [--before OLD/offres.dll]

1. Packs the tool as a release would (docs/release.md), into WORK/packages:
   - the pointer package (`dotnet pack`),
   - this machine's Native AOT package (`dotnet pack -r RID`), its publish folder kept as WORK/aot,
   - the framework-dependent fallback (`dotnet pack -r any -p:PublishAot=false`), its publish folder kept as WORK/jit:
     the same files as the single package `dotnet tool install` gave before, run the same way (`dotnet offres.dll`).
2. Runs each command on both builds, taking turns (JIT then AOT, then AOT then JIT, ...) so that both see the same
   machine load; the first --warmup rounds are not counted. Commands: `offres search infirmier --limit 1` (the
   in-process sandbox: no OFFRES_EMPLOI_* variable is passed) and `offres --version` (the floor: process start alone).
   Every run must exit 0, and the AOT build must print exactly what the JIT build prints. --before adds a third
   build to the turns, e.g. an older commit's framework-dependent publish folder, run as `dotnet offres.dll`.
3. Reports, per command and build: wall-clock median, p90 (nearest rank) and min, the median CPU time of the process
   (user + system, from os.wait4: steadier than wall-clock on a shared machine), and the AOT/JIT ratio of the medians
   (target <= 0.35); then the size of every package produced and of the AOT binary (target <= 25 MB a package).
Run it with `nice -n -15` where allowed. Linux or macOS (it reads rusage). Needs the .NET 10 SDK and the Native AOT prerequisites (clang or gcc).
"""
import argparse, math, os, platform, resource, shutil, statistics, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = ROOT / "src" / "OffresEmploi.Cli"
COMMANDS = {"search infirmier --limit 1": ["search", "infirmier", "--limit", "1"], "--version": ["--version"]}
TARGET_RATIO = 0.35
TARGET_PACKAGE_BYTES = 25_000_000
ENV = {k: v for k, v in os.environ.items() if not k.startswith("OFFRES_EMPLOI_")}
ENV.update({"DOTNET_NOLOGO": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "COLUMNS": "120"})


def host_rid():
    system = {"Linux": "linux", "Darwin": "osx", "Windows": "win"}[platform.system()]
    machine = platform.machine().lower()
    return f"{system}-{'arm64' if machine in ('arm64', 'aarch64') else 'x64'}"


def dotnet(*args):
    print("$ dotnet " + " ".join(args), flush=True)
    result = subprocess.run(["dotnet", *args], cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit(result.stdout[-4000:] + f"\nmeasure: dotnet {' '.join(args)} failed (exit {result.returncode})")


def build(work, rid):
    """Packs the three kinds of package; the AOT and framework-dependent publish folders are what gets timed."""
    for sub in ("packages", "aot", "jit"):
        shutil.rmtree(work / sub, ignore_errors=True)
    packages = str(work / "packages")
    dotnet("pack", str(PROJECT), "-c", "Release", "-o", packages)
    dotnet("pack", str(PROJECT), "-c", "Release", "-r", rid, "-o", packages, f"-p:PublishDir={work / 'aot'}/")
    dotnet("pack", str(PROJECT), "-c", "Release", "-r", "any", "-p:PublishAot=false", "-o", packages, f"-p:PublishDir={work / 'jit'}/")


def timed(command):
    """(wall seconds, CPU seconds, stdout) of one run; stops the script if the command fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.run(command, cwd=ROOT, env=ENV, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # The process has been waited for, so its user and system time are in the children's totals.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode != 0:
        sys.exit(f"measure: {' '.join(command)} exited {process.returncode}: {process.stderr.decode(errors='replace').strip()[-2000:]}")
    return wall, cpu, process.stdout


def p90(values):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def measure(builds, args, runs, warmup):
    """Alternates the builds run after run; returns {build: (walls, cpus, last stdout)}."""
    results = {name: ([], [], None) for name in builds}
    for i in range(warmup + runs):
        order = list(builds) if i % 2 == 0 else list(reversed(builds))
        for name in order:
            wall, cpu, out = timed(builds[name] + args)
            walls, cpus, _ = results[name]
            if i >= warmup:
                walls.append(wall)
                cpus.append(cpu)
            results[name] = (walls, cpus, out)
    return results


def mb(size):
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.1f} kB"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--rid", default=host_rid())
    parser.add_argument("--work", type=Path, default=ROOT / "artifacts" / "cli-measure")
    parser.add_argument("--skip-build", action="store_true", help="reuse WORK from an earlier run")
    parser.add_argument("--before", type=Path, help="offres.dll of an older framework-dependent build, timed alongside")
    options = parser.parse_args()
    work = options.work.resolve()
    if not options.skip_build:
        build(work, options.rid)
    exe = ".exe" if options.rid.startswith("win") else ""
    builds = {"JIT": ["dotnet", str(work / "jit" / "offres.dll")], "AOT": [str(work / "aot" / ("offres" + exe))]}
    if options.before:
        builds["JIT before"] = ["dotnet", str(options.before.resolve())]

    print(f"\n{options.runs} runs per build after {options.warmup} warm-up rounds; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print("| Command | Build | Median | p90 | Min | CPU (median) |")
    print("|---|---|---|---|---|---|")
    ratios = []
    for label, args in COMMANDS.items():
        results = measure(builds, args, options.runs, options.warmup)
        if results["AOT"][2] != results["JIT"][2]:
            sys.exit(f"measure: `offres {label}` printed different output from the AOT and the JIT builds")
        for name in builds:
            walls, cpus, _ = results[name]
            print(f"| `offres {label}` | {name} | {statistics.median(walls) * 1000:.0f} ms | {p90(walls) * 1000:.0f} ms "
                  f"| {min(walls) * 1000:.0f} ms | {statistics.median(cpus) * 1000:.0f} ms |")
        for jit in [name for name in builds if name.startswith("JIT")]:
            wall_ratio = statistics.median(results["AOT"][0]) / statistics.median(results[jit][0])
            cpu_ratio = statistics.median(results["AOT"][1]) / statistics.median(results[jit][1])
            ratios.append(f"AOT/{jit} `offres {label}`: wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f} (target <= {TARGET_RATIO})")
    print(f"(load average after the runs: {os.getloadavg()[0]:.1f})\n")
    print("\n".join(ratios))

    print("\n| Package | Size | <= 25 MB |")
    print("|---|---|---|")
    for package in sorted((work / "packages").glob("*.nupkg")):
        size = package.stat().st_size
        print(f"| {package.name} | {mb(size)} ({size:,} B) | {'yes' if size <= TARGET_PACKAGE_BYTES else 'NO'} |")
    binary = Path(builds["AOT"][0])
    print(f"\nAOT binary {binary.name} ({options.rid}): {mb(binary.stat().st_size)}; publish folder: "
          + ", ".join(f"{f.name} {mb(f.stat().st_size)}" for f in sorted(binary.parent.iterdir())))


if __name__ == "__main__":
    main()
