#!/usr/bin/env python3
"""Times the MCP server's first and second search_offers against a loopback sandbox server (docs/benchmarks.md, "MCP").

Usage: python3 tools/mcp-measure/first_call.py --sandbox PATH/OffresEmploi.Sandbox.Server.dll
           --server aot=PATH/OffresEmploi.Mcp [--server jit=PATH/OffresEmploi.Mcp.dll] [--runs 20] [--pause-ms 0]
           [--first '{"keywords": "vendeur", "location": "Annecy"}'] [--second '{"keywords": "cuisinier", "location": "Rennes"}']

1. Starts the sandbox HTTP server on a free 127.0.0.1 port (its documented defaults: 20,000 offers, seed 42,
   10 requests/s per client id) and warms it with a token request and searches of its own, so its lazy corpus and
   indexes are built before anything is timed: the figures are the MCP server's, not the sandbox's first request.
2. For each server and run, starts the MCP server over stdio as a client would, pointed at the sandbox with the
   client id/secret sandbox/sandbox (OFFRES_EMPLOI_BASE_URL, OFFRES_EMPLOI_TOKEN_URL), and times:
   - cold start: process start to the initialize answer;
   - first call: sending the first tools/call search_offers (right after initialize, initialized and tools/list
     were answered, plus --pause-ms) to its answer; its arguments are --first (default: keywords and a place);
   - second call: the next search_offers (--second; default: other keywords, other place) to its answer.
   Two runs per server are not counted (they warm the page cache and the sandbox with the very same requests).
   Servers take turns run after run, so that several builds (before/after, AOT/JIT) share the machine's load alike.
   Every answer is checked: no error, at least one offer, and no sandbox notice (the loopback API answered, not the
   embedded sandbox). A server that does not answer within 20 s is killed and the run counted as stuck, not timed.
3. Prints median and p90 (nearest rank) of each measure, and the median CPU time of the server process (user +
   system, from os.wait4): the number least sensitive to other processes on a shared machine.
"""
import argparse, json, math, os, queue, socket, statistics, subprocess, threading, time, urllib.parse, urllib.request

FIRST = {"keywords": "vendeur", "location": "Annecy"}
SECOND = {"keywords": "cuisinier", "location": "Rennes"}
CLIENT_ID = CLIENT_SECRET = "sandbox"
# A server that has not answered in this long is stuck (it answers in milliseconds): it is killed and counted, not timed.
STUCK_SECONDS = 20


class Stuck(Exception):
    """The server did not answer within STUCK_SECONDS."""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_sandbox(dll):
    """Starts the sandbox server, waits until it issues tokens, then warms the searches; returns (process, base URL)."""
    port = free_port()
    process = subprocess.Popen(["dotnet", dll, "--urls", f"http://127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "scope": "api_offresdemploiv2 o2dsoffre"}).encode()
    for _ in range(300):
        try:
            token = json.load(urllib.request.urlopen(base + "/connexion/oauth2/access_token?realm=%2Fpartenaire", data=form))["access_token"]
            break
        except OSError:
            time.sleep(0.1)
    else:
        process.kill()
        raise RuntimeError("the sandbox server did not start")
    for query in ({"motsCles": "vendeur", "commune": "74010", "distance": "10"}, {"departement": "35"}):
        request = urllib.request.Request(base + "/partenaire/offresdemploi/v2/offres/search?" + urllib.parse.urlencode({**query, "range": "0-9"}), headers={"Authorization": "Bearer " + token})
        urllib.request.urlopen(request).read()
    return process, base


class Session:
    """One MCP server process over stdio."""

    def __init__(self, command, base):
        env = {**os.environ, "DOTNET_NOLOGO": "1",
               "OFFRES_EMPLOI_CLIENT_ID": CLIENT_ID, "OFFRES_EMPLOI_CLIENT_SECRET": CLIENT_SECRET,
               "OFFRES_EMPLOI_BASE_URL": base + "/partenaire/offresdemploi/",
               "OFFRES_EMPLOI_TOKEN_URL": base + "/connexion/oauth2/access_token"}
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        self.next_id = 1
        # stdout is read on a thread of its own so that a server that never answers cannot hang the benchmark.
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put(b"")

    def send(self, method, params=None, notification=False):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        if not notification:
            message["id"] = self.next_id
            self.next_id += 1
        self.process.stdin.write((json.dumps(message) + "\n").encode())
        self.process.stdin.flush()
        return message.get("id")

    def answer(self, wanted):
        while True:
            try:
                line = self.lines.get(timeout=STUCK_SECONDS)
            except queue.Empty:
                raise Stuck(f"no answer to request {wanted} within {STUCK_SECONDS} s")
            if not line:
                raise RuntimeError("the MCP server exited")
            message = json.loads(line)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"JSON-RPC error: {message['error']}")
                return message["result"]

    def call(self, name, arguments):
        """Sends one tools/call, returns (seconds to its answer, result)."""
        sent = time.perf_counter()
        result = self.answer(self.send("tools/call", {"name": name, "arguments": arguments}))
        return time.perf_counter() - sent, result

    def close(self):
        self.process.stdin.close()
        self.process.kill()
        _, _, usage = os.wait4(self.process.pid, 0)
        return usage.ru_utime + usage.ru_stime


def check(result, arguments):
    content = result.get("structuredContent") or {}
    if result.get("isError") or not content.get("offers") or content.get("notice"):
        raise RuntimeError(f"unexpected search_offers result for {arguments}: {result['content'][0]['text'][:300]}")


def run_once(command, base, pause, first_arguments, second_arguments):
    session = Session(command, base)
    try:
        init = session.send("initialize", {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "first-call", "version": "1"}})
        session.answer(init)
        cold = time.perf_counter() - session.started
        session.send("notifications/initialized", notification=True)
        session.answer(session.send("tools/list"))
        if pause:
            time.sleep(pause)
        first, result = session.call("search_offers", first_arguments)
        check(result, first_arguments)
        second, result = session.call("search_offers", second_arguments)
        check(result, second_arguments)
    finally:
        cpu = session.close()
    return cold, first, second, cpu


def p90(values):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def measure(servers, base, runs, pause, first_arguments, second_arguments):
    """Runs every server in turn, run after run, so that they share the machine's load alike; prints their figures."""
    samples = {label: [] for label, _ in servers}
    stuck_runs = {label: 0 for label, _ in servers}
    for run in range(runs + 2):
        for label, command in servers:
            try:
                sample = run_once(command, base, pause, first_arguments, second_arguments)
            except Stuck as stuck:
                print(f"{label}: run {run + 1} stuck ({stuck}); the server was killed")
                stuck_runs[label] += 1
                continue
            # Two runs per server are not counted (page cache, and the sandbox meets the very same requests first).
            if run >= 2:
                samples[label].append(sample)
            # The sandbox allows 10 searches/s per client id with a burst of 10; each run sends 2: stay well under it.
            time.sleep(0.5)
    for label, _ in servers:
        columns = list(zip(*samples[label]))
        for name, values in zip(("cold start to initialize", "first search_offers", "second search_offers"), columns[:3]):
            ms = [v * 1000 for v in values]
            print(f"{label}: {name}: median {statistics.median(ms):.1f} ms, p90 {p90(ms):.1f} ms (min {min(ms):.1f}, max {max(ms):.1f}, {len(ms)} runs)")
        print(f"{label}: server CPU per run (start, 2 calls): median {statistics.median(columns[3]) * 1000:.0f} ms")
        if stuck_runs[label]:
            print(f"{label}: {stuck_runs[label]} of {runs + 2} runs stuck (no answer within {STUCK_SECONDS} s), not counted")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True, help="OffresEmploi.Sandbox.Server.dll (Release build of src/OffresEmploi.Sandbox.Server)")
    parser.add_argument("--server", action="append", required=True, help="label=PATH: a native executable, or a .dll run with dotnet")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--pause-ms", type=int, default=0, help="wait between the tools/list answer and the first call (a client's think time)")
    parser.add_argument("--first", type=json.loads, default=FIRST, help="the first search_offers arguments, as JSON")
    parser.add_argument("--second", type=json.loads, default=SECOND, help="the second search_offers arguments, as JSON")
    args = parser.parse_args()
    servers = []
    for server in args.server:
        label, _, path = server.partition("=")
        servers.append((label, ["dotnet", path] if path.endswith(".dll") else [path]))
    sandbox, base = start_sandbox(args.sandbox)
    try:
        print(f"first call {json.dumps(args.first, ensure_ascii=False)}, second {json.dumps(args.second, ensure_ascii=False)}, pause {args.pause_ms} ms")
        measure(servers, base, args.runs, args.pause_ms / 1000, args.first, args.second)
    finally:
        sandbox.kill()
        sandbox.wait()


if __name__ == "__main__":
    main()
