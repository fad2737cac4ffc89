#!/usr/bin/env python3
"""Brings PublicAPI.Unshipped.txt in line with the code after a deliberate public API change.

The build fails (RS0016/RS0017, Microsoft.CodeAnalysis.PublicApiAnalyzers) whenever the public surface of
src/OffresEmploi.Sdk or src/OffresEmploi.Sdk.AI differs from its PublicAPI.*.txt files. This script builds,
reads those diagnostics and writes what they ask into PublicAPI.Unshipped.txt: added symbols are listed, removed
ones are deleted from Unshipped or marked *REMOVED* when they had shipped. Review the diff: it is the API change.

Usage: python3 tools/public-api.py [--ship]
  --ship  moves everything in Unshipped into Shipped (at a release).
"""
import pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROJECTS = [ROOT / "src" / "OffresEmploi.Sdk", ROOT / "src" / "OffresEmploi.Sdk.AI", ROOT / "src" / "OffresEmploi.ContractCheck"]
HEADER = "#nullable enable"
DIAGNOSTIC = re.compile(r"^(?P<file>/[^(\n]+)\(\d+,\d+\): error (?P<id>RS0016|RS0017): Symbol '(?P<symbol>.+?)' (?:is not part of|is part of)")


def read(path):
    return [l for l in path.read_text().splitlines() if l.strip() and l.strip() != HEADER] if path.exists() else []


def write(path, lines):
    path.write_text("\n".join([HEADER, *sorted(set(lines), key=lambda l: l.removeprefix("*REMOVED*"))]) + "\n")


def project_of(file):
    for project in PROJECTS:
        if pathlib.Path(file).resolve().is_relative_to(project):
            return project
    return None


def build():
    out = subprocess.run(["dotnet", "build", str(PROJECTS[-1]), "-nologo", "-clp:NoSummary", "-p:TreatWarningsAsErrors=true"],
                         capture_output=True, text=True, cwd=ROOT)
    return out.stdout + out.stderr


def main():
    if "--ship" in sys.argv:
        for project in PROJECTS:
            shipped, unshipped = read(project / "PublicAPI.Shipped.txt"), read(project / "PublicAPI.Unshipped.txt")
            removed = {l.removeprefix("*REMOVED*") for l in unshipped if l.startswith("*REMOVED*")}
            write(project / "PublicAPI.Shipped.txt", [l for l in shipped if l not in removed] + [l for l in unshipped if not l.startswith("*REMOVED*")])
            write(project / "PublicAPI.Unshipped.txt", [])
        return 0

    for _ in range(3):  # a project's errors can hide the next project's: build until nothing is asked
        found = {}
        for m in (m for line in build().splitlines() if (m := DIAGNOSTIC.match(line.strip()))):
            project = project_of(m["file"])
            if project is not None:
                found.setdefault(project, set()).add((m["id"], m["symbol"].replace("&lt;", "<").replace("&gt;", ">")))
        if not found:
            print("public API files match the code")
            return 0
        for project, items in found.items():
            shipped, unshipped = set(read(project / "PublicAPI.Shipped.txt")), set(read(project / "PublicAPI.Unshipped.txt"))
            for kind, symbol in items:
                if kind == "RS0016":
                    unshipped.add(symbol)
                elif symbol in unshipped:
                    unshipped.discard(symbol)
                elif symbol in shipped:
                    unshipped.add("*REMOVED*" + symbol)
            write(project / "PublicAPI.Unshipped.txt", unshipped)
            print(f"{project.relative_to(ROOT)}: {sum(1 for k, _ in items if k == 'RS0016')} added, {sum(1 for k, _ in items if k == 'RS0017')} removed")
    return 1


if __name__ == "__main__":
    sys.exit(main())
