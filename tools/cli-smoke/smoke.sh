#!/usr/bin/env bash
# Runs every `offres` command once through a built binary (the Native AOT one in CI) against the in-process sandbox,
# and checks what a user would see: a table, an offer, a referentiel, charts, CSV, JSON Lines and Parquet files.
# Native AOT removes code the compiler cannot see used; this is the check that nothing a command needs was removed.
# Usage: tools/cli-smoke/smoke.sh path/to/offres
set -uo pipefail
bin=${1:?usage: smoke.sh path/to/offres}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset OFFRES_EMPLOI_CLIENT_ID OFFRES_EMPLOI_CLIENT_SECRET
failures=0

# check NAME EXPECTED-EXIT GREP-PATTERN -- ARGS...: runs the binary, checks the exit code and a pattern in stdout+stderr.
check() {
  local name=$1 want=$2 pattern=$3; shift 4
  local out rc
  out=$("$bin" "$@" 2>&1); rc=$?
  if [ "$rc" -ne "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
    echo "smoke: FAIL $name (exit $rc, wanted $want, pattern '$pattern')"; echo "$out" | head -20 | sed 's/^/  | /'
    failures=$((failures + 1))
  else
    echo "smoke: ok   $name"
  fi
}
# file_check NAME FILE MIN-BYTES HEAD-PATTERN: the file exists, is big enough and starts as its format does.
file_check() {
  local name=$1 file=$2 min=$3 pattern=$4
  if [ ! -s "$file" ] || [ "$(wc -c <"$file")" -lt "$min" ] || ! head -c 64 "$file" | grep -aqE -- "$pattern"; then
    echo "smoke: FAIL $name ($file missing, short or not the format)"; failures=$((failures + 1))
  else
    echo "smoke: ok   $name ($(wc -c <"$file") bytes)"
  fi
}

check version 0 '^[0-9]+\.[0-9]+\.[0-9]+' -- --version
check help 0 'Examples:' -- search --help
check search 0 'offers\. `offres get' -- search infirmier --limit 3
check search-json 0 '"intitule"' -- search infirmier --limit 2 --json
id=$("$bin" search --limit 1 --json 2>/dev/null | grep -oE '"id":"[^"]+"' | head -1 | cut -d'"' -f4)
check get 0 "$id" -- get "${id,,}"
check referentiel 0 'CDI' -- referentiel typesContrats
check facets 0 'offers' -- facets infirmier --png "$work/f.png" --svg "$work/f.svg"
file_check facets-png "$work/f.png" 1000 'PNG'
file_check facets-svg "$work/f.svg" 500 '<(\?xml|svg)'
check salaries 0 'readable salary' -- salaries --limit 200 --csv "$work/s.csv"
file_check salaries-csv "$work/s.csv" 20 'entreprise'
for ext in csv jsonl parquet; do
  check "harvest-$ext" 0 'offers' -- harvest --departement 74 --type-contrat CDI --out "$work/h.$ext"
done
file_check harvest-csv "$work/h.csv" 200 '^id,'
file_check harvest-jsonl "$work/h.jsonl" 200 '^\{"id"'
file_check harvest-parquet "$work/h.parquet" 200 'PAR1'
check contract-check 0 'Conforms to the spec' -- contract-check --json "$work/c.json"
file_check contract-check-json "$work/c.json" 100 '\{'
# DuckDB (offres sync / offres sql): the engine is not in the package; the binary finds the one restoring this
# repository put in the NuGet cache (docs/cli.md, "The DuckDB engine"), loads it and reads its version.
check engine-status 0 '^DuckDB engine v[0-9]' -- engine status
OFFRES_DUCKDB_LIBRARY=/nonexistent/libduckdb.so check engine-variable-error 2 "error: OFFRES_DUCKDB_LIBRARY: '/nonexistent/libduckdb.so' does not exist" -- engine status
# Then sync and sql through it, with the ADO.NET provider: scalar columns, and nested ones (lists, structs).
check sync 0 'added, 0 updated, 0 removed' -- sync --db "$work/m.duckdb" --departement 74
check sync-again 0 '0 added, 0 updated, 0 removed' -- sync --db "$work/m.duckdb"
check sql 0 '│ CDI +│' -- sql "$work/m.duckdb" "SELECT typeContrat, count(*) AS n, median(salaireAnnuelMin) AS median FROM offres GROUP BY ALL ORDER BY n DESC"
check sql-json 0 '"run_id":2' -- sql "$work/m.duckdb" "SELECT run_id, status, added FROM sync_runs" --json
check sql-error 2 'QUERY: Parser Error' -- sql "$work/m.duckdb" "SELEC 1"
check sql-nested 0 '"liste":\[1,2\],"objet":\{"a":1\}' -- sql "$work/m.duckdb" "SELECT [1, 2] AS liste, {'a': 1} AS objet" --json
check usage-error 2 "error: --limit: 'abc' is not a whole number" -- search --limit abc

echo "smoke: $failures failure(s)"
[ "$failures" -eq 0 ]
