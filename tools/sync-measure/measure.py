#!/usr/bin/env python3
"""Measures `offres sync` for docs/benchmarks.md (section "offres sync (issue #17)").

Usage: python3 tools/sync-measure/measure.py [--size 100000] [--rates default,10] [--refreshes 0] [--skip-build]
                                             [--offres PATH] [--work artifacts/sync-measure] [--json FILE]

1. Builds the CLI and the sandbox server in Release (unless --skip-build). --offres runs another build of the CLI
   instead, e.g. the Native AOT binary of .ci/cli-aot (artifacts/cli-aot/publish/offres).
2. For each client pacing in --rates ("default" = the SDK's defaults, as users run it: 3 requests/s until the server's
   x-ratelimit headers announce its rate, 10/s for the sandbox as for the real API in 2026; a number sets
   OFFRES_EMPLOI_REQUESTS_PER_SECOND, 0 = unpaced, the server's 429s pace it), in a new database:
   - starts the sandbox server (--size offers, seed 42, --now 2026-11-02, its default quota of 10 requests/s per
     client) on day 0 and runs `offres sync --db FILE` with the sandbox's credentials: the initial sync;
   - restarts it on day 1 and runs the same command: the daily refresh (a full run);
   - restarts it on day 2 and runs `offres sync --db FILE --new-only`: the cheap run between full ones;
   - then --refreshes more daily full runs (days 3, 4, ...): how the file grows over weeks of refreshes.
3. Reports, per run: requests (from sync_runs), wall time of the process, the quota-ideal time (requests at the API's
   quota of 10/s), added/updated/removed, peak RSS of the process, and the file's size
   after the run. Every run must exit 0. Linux or macOS (it reads rusage). Needs the .NET 10 SDK.
"""
import argparse, json, os, shutil, socket, subprocess, sys, time, urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER_DLL = ROOT / "src/OffresEmploi.Sandbox.Server/bin/Release/net10.0/OffresEmploi.Sandbox.Server.dll"
CLI_DLL = ROOT / "src/OffresEmploi.Cli/bin/Release/net10.0/offres.dll"
QUOTA = 10.0          # the sandbox server's default quota, the rate seen in the real API's headers (api-facts §5)
NOW = "2026-11-02"
ENV = {k: v for k, v in os.environ.items() if not k.startswith("OFFRES_EMPLOI_")}
ENV.update({"DOTNET_NOLOGO": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "COLUMNS": "120"})


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(size, day):
    port = free_port()
    process = subprocess.Popen(
        ["dotnet", str(SERVER_DLL), "--urls", f"http://127.0.0.1:{port}", "--size", str(size), "--seed", "42", "--now", NOW, "--day", str(day)],
        env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/_sandbox/stats", timeout=2).read()
            return process, base
        except Exception:
            if process.poll() is not None:
                sys.exit(f"measure: the sandbox server exited ({process.returncode})")
            time.sleep(0.2)
    process.kill()
    sys.exit("measure: the sandbox server did not answer within 120 s")


def run_sync(offres, db, base, pacing, new_only):
    env = dict(ENV)
    env.update({
        "OFFRES_EMPLOI_CLIENT_ID": "sandbox", "OFFRES_EMPLOI_CLIENT_SECRET": "sandbox",
        "OFFRES_EMPLOI_BASE_URL": base + "/partenaire/offresdemploi/",
        "OFFRES_EMPLOI_TOKEN_URL": base + "/connexion/oauth2/access_token",
    })
    if pacing != "default":
        env["OFFRES_EMPLOI_REQUESTS_PER_SECOND"] = pacing
    command = [*offres, "sync", "--db", str(db)] + (["--new-only"] if new_only else [])
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    out, err = process.stdout.read(), process.stderr.read()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"measure: {' '.join(command)} exited {code}\n{out}\n{err[-3000:]}")
    rss_mb = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 1024 / 1024
    return wall, rss_mb, out.strip().splitlines()[-1]


def last_run(offres, db):
    query = "SELECT run_id, mode, requests, added, updated, removed, live, seen, duration_seconds FROM sync_runs ORDER BY run_id DESC LIMIT 1"
    out = subprocess.run([*offres, "sql", str(db), query, "--json"], env=ENV, stdout=subprocess.PIPE, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--rates", default="default,10")
    parser.add_argument("--refreshes", type=int, default=0, help="daily full runs after day 2 (days 3, 4, ...)")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--offres", help="an offres binary to run instead of the Release build")
    parser.add_argument("--work", default=str(ROOT / "artifacts/sync-measure"))
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()

    if not args.skip_build:
        for project in ("src/OffresEmploi.Cli", "src/OffresEmploi.Sandbox.Server"):
            subprocess.run(["dotnet", "build", project, "-c", "Release", "-v", "q", "-nologo"], cwd=ROOT, env=ENV, check=True)
    offres = [args.offres] if args.offres else ["dotnet", str(CLI_DLL)]
    work = Path(args.work)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    results = []
    for pacing in args.rates.split(","):
        db = work / f"market-{pacing}.duckdb"
        days = [(0, "initial sync (day 0)", False), (1, "daily refresh (day 1, full)", False), (2, "new-only (day 2)", True)]
        days += [(day, f"daily refresh (day {day}, full)", False) for day in range(3, 3 + args.refreshes)]
        for day, label, new_only in days:
            server, base = start_server(args.size, day)
            try:
                wall, rss, line = run_sync(offres, db, base, pacing, new_only)
            finally:
                server.terminate()
                server.wait(timeout=30)
            run = last_run(offres, db)
            result = {
                "pacing": pacing, "run": label, "requests": run["requests"], "wall_s": round(wall, 1),
                "ideal_quota_s": round(run["requests"] / QUOTA, 1),
                "added": run["added"], "updated": run["updated"], "removed": run["removed"], "live": run["live"],
                "rss_mb": round(rss), "db_mb": round(db.stat().st_size / 1e6, 1), "line": line,
            }
            results.append(result)
            print(json.dumps(result, ensure_ascii=False), flush=True)

    print()
    print("| pacing | run | requests | wall | quota-ideal (10/s) | added | updated | removed | live | peak RSS | file |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        pacing = "default" if r["pacing"] == "default" else ("off (0)" if float(r["pacing"]) == 0 else f"{r['pacing']}/s")
        print(f"| {pacing} | {r['run']} | {r['requests']:,} | {r['wall_s']} s | {r['ideal_quota_s']} s | "
              f"{r['added']:,} | {r['updated']:,} | {r['removed']:,} | {r['live']:,} | {r['rss_mb']} MB | {r['db_mb']} MB |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
