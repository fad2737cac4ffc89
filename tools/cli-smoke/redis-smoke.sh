#!/usr/bin/env bash
# Runs a built `offres` (the Native AOT one in CI) with credentials against the sandbox HTTP server and a private
# redis-server, OFFRES_EMPLOI_REDIS set, and checks that the shared state is used: a search and a referentiel answer,
# and Redis then holds the client id's bucket, its access token (encrypted, never in clear) and the referentiel.
# StackExchange.Redis runs Lua scripts and pipelines inside the binary: this is the check that Native AOT kept them.
# Usage: tools/cli-smoke/redis-smoke.sh path/to/offres   (needs redis-server and redis-cli on PATH)
set -uo pipefail
bin=${1:?usage: redis-smoke.sh path/to/offres}
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "redis-smoke: FAIL $1"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

dotnet build src/OffresEmploi.Sandbox.Server -c Release -v q -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; fail "the sandbox server does not build"; }
sandbox_port=$(free_port)
dotnet src/OffresEmploi.Sandbox.Server/bin/Release/net10.0/OffresEmploi.Sandbox.Server.dll \
  --urls "http://127.0.0.1:$sandbox_port" --size 2000 >"$work/sandbox.log" 2>&1 &
pids+=($!)
redis_port=$(free_port)
(cd "$work" && exec redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no) >"$work/redis.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 150); do
  grep -q 'ready' "$work/sandbox.log" && redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break
  sleep 0.2
done
grep -q 'ready' "$work/sandbox.log" || { cat "$work/sandbox.log"; fail "the sandbox server did not start"; }

export OFFRES_EMPLOI_CLIENT_ID=sandbox OFFRES_EMPLOI_CLIENT_SECRET=sandbox
export OFFRES_EMPLOI_BASE_URL="http://127.0.0.1:$sandbox_port/partenaire/offresdemploi/"
export OFFRES_EMPLOI_TOKEN_URL="http://127.0.0.1:$sandbox_port/connexion/oauth2/access_token?realm=%2Fpartenaire"
export OFFRES_EMPLOI_REDIS="127.0.0.1:$redis_port"
out=$("$bin" search infirmier --limit 3 2>&1) || { echo "$out"; fail "offres search with OFFRES_EMPLOI_REDIS exited $?"; }
grep -q 'Intitul' <<<"$out" || { echo "$out"; fail "offres search with OFFRES_EMPLOI_REDIS printed no table"; }
out=$("$bin" referentiel typesContrats 2>&1) || { echo "$out"; fail "offres referentiel with OFFRES_EMPLOI_REDIS exited $?"; }
grep -q 'CDI' <<<"$out" || { echo "$out"; fail "offres referentiel with OFFRES_EMPLOI_REDIS printed no CDI"; }

keys=$(redis-cli -p "$redis_port" --raw keys 'offres-emploi:*')
for kind in rate token referentiel; do
  grep -q "^offres-emploi:$kind:" <<<"$keys" || { echo "$keys"; fail "Redis holds no offres-emploi:$kind: key after the commands"; }
done
token_key=$(grep '^offres-emploi:token:' <<<"$keys" | grep -v ':lock$' | head -1)
# What the SDK encrypts is the token as JSON: its member names must not show.
redis-cli -p "$redis_port" --raw get "$token_key" | grep -aq 'AccessToken\|access_token\|ExpiresOn' && fail "the access token is stored in clear in Redis"
echo "redis-smoke: ok (search, referentiel; Redis holds $(wc -l <<<"$keys") keys: rate, token encrypted, referentiel)"
