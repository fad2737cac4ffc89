#!/usr/bin/env python3
"""Measures the MCP server for docs/benchmarks.md (section "MCP").

Usage: python3 tools/mcp-measure/measure.py --aot PATH/OffresEmploi.Mcp --jit PATH/OffresEmploi.Mcp.dll
                                            --sandbox PATH/OffresEmploi.Sandbox.Server.dll [--runs 10]

1. Cold start: process start to the tools/list answer (initialize, initialized, tools/list), median of N runs.
2. search_offers text for 20 offers vs the raw API JSON of the same 20 offers (the sandbox server's
   /v2/offres/search body for the same query and range 0-19).
3. Size of the whole tools/list answer line.
Wall-clock times depend on the machine's load; the CPU time (user + system of the server process, from
os.wait4) is the steadier number on a shared machine. Run it with `nice -n -15` where allowed.
No France Travail credentials are passed: both servers run on the same sandbox corpus (seed 42, 20,000 offers).
"""
import argparse, json, os, statistics, subprocess, time, urllib.request, urllib.parse, socket

INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "measure", "version": "1"}}}
INITIALIZED = {"jsonrpc": "2.0", "method": "notifications/initialized"}
ENV = {**os.environ, "OFFRES_EMPLOI_CLIENT_ID": "", "OFFRES_EMPLOI_CLIENT_SECRET": "", "DOTNET_NOLOGO": "1"}


def session(command, requests):
    """Starts the server, sends the requests, returns (seconds to the last answer, answer lines by id)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    for message in [INIT, INITIALIZED, *requests]:
        process.stdin.write((json.dumps(message) + "\n").encode())
    process.stdin.flush()
    wanted = {r["id"] for r in requests} | {1}
    answers = {}
    while wanted - answers.keys():
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("server exited")
        message = json.loads(line)
        if "id" in message:
            answers[message["id"]] = line
    elapsed = time.perf_counter() - start
    process.kill()
    _, _, usage = os.wait4(process.pid, 0)
    session.cpu = usage.ru_utime + usage.ru_stime
    return elapsed, answers


def cold_start(command, runs):
    """Wall-clock (median, min, max) and CPU time (median) from process start to the tools/list answer, in ms."""
    times, cpu = [], []
    for _ in range(runs):
        times.append(session(command, [{"jsonrpc": "2.0", "id": 2, "method": "tools/list"}])[0] * 1000)
        cpu.append(session.cpu * 1000)
    return statistics.median(times), min(times), max(times), statistics.median(cpu)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raw_search_bytes(sandbox_dll, query):
    port = free_port()
    server = subprocess.Popen(["dotnet", sandbox_dll, f"--urls=http://127.0.0.1:{port}", "--rate=0"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox", "scope": "api_offresdemploiv2 o2dsoffre"}).encode()
                token = json.load(urllib.request.urlopen(base + "/connexion/oauth2/access_token?realm=%2Fpartenaire", data=form))["access_token"]
                break
            except OSError:
                time.sleep(0.1)
        request = urllib.request.Request(base + "/partenaire/offresdemploi/v2/offres/search?" + urllib.parse.urlencode({**query, "range": "0-19"}), headers={"Authorization": "Bearer " + token})
        body = json.load(urllib.request.urlopen(request))
        offers = body["resultats"]
        return len(json.dumps(offers, ensure_ascii=False, separators=(",", ":")).encode()), [o["id"] for o in offers]
    finally:
        server.kill()
        server.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--aot")
    parser.add_argument("--jit", required=True)
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    jit = ["dotnet", args.jit]
    if args.aot:
        print("cold start to tools/list, AOT: wall median %.0f ms (min %.0f, max %.0f), CPU median %.0f ms" % cold_start([args.aot], args.runs))
    print("cold start to tools/list, JIT: wall median %.0f ms (min %.0f, max %.0f), CPU median %.0f ms" % cold_start(jit, args.runs))

    _, answers = session(jit, [{"jsonrpc": "2.0", "id": 2, "method": "tools/list"}])
    print("tools/list answer line: %d bytes" % len(answers[2]))

    call = {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "search_offers", "arguments": {"departement": ["74"], "page_size": 20}}}
    _, answers = session(jit, [call])
    result = json.loads(answers[3])["result"]
    text = result["content"][0]["text"]
    ids = [o["id"] for o in result["structuredContent"]["offers"]]
    raw, raw_ids = raw_search_bytes(args.sandbox, {"departement": "74"})
    text_bytes = len(text.encode())
    print("search_offers text, 20 offers: %d bytes; raw API JSON of the same offers: %d bytes; ratio %.1f %% (same ids: %s)" % (text_bytes, raw, 100 * text_bytes / raw, ids == raw_ids))


if __name__ == "__main__":
    main()
