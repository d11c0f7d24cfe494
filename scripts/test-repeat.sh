#!/usr/bin/env bash
# Runs CI (.ci/run: npm ci && npm test) N times, each on a fresh clone of HEAD, one after another,
# and reports each run's time, the size of node_modules it installed, and every failed test by name.
#   npm run test:repeat -- 5          (or: bash scripts/test-repeat.sh 5)
# Logs stay in the printed directory. Exits non-zero if any run failed.
set -uo pipefail
runs="${1:-5}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$repo" rev-parse --short HEAD)"  # every run tests this commit, even if HEAD moves meanwhile
work="$(mktemp -d "${TMPDIR:-/tmp}/test-repeat.XXXXXX")"
# CI clones beside ../shared; give each clone the same neighbour when there is one.
[ -d "$repo/../shared" ] && ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"
if [ -n "$(git -C "$repo" status --porcelain)" ]; then
  echo "note: uncommitted changes are not tested; each run clones commit $commit" >&2
fi
echo "test:repeat: $runs fresh-clone runs of commit $commit; logs in $work"
failures=0
for i in $(seq 1 "$runs"); do
  clone="$work/run-$i"
  git clone --quiet "$repo" "$clone" && git -C "$clone" checkout --quiet "$commit"
  start=$(date +%s)
  (cd "$clone" && CI=true bash .ci/run) >"$work/run-$i.log" 2>&1 </dev/null
  status=$?
  seconds=$(( $(date +%s) - start ))
  summary="$(grep -E '^tests: [0-9]+ passed, [0-9]+ failed' "$work/run-$i.log" | tail -1)"
  # What `npm ci` installed on this fresh clone (issue 10 asks for at most 900 MB).
  summary="${summary:-no summary}; node_modules $(du -sm "$clone/node_modules" 2>/dev/null | cut -f1) MB"
  if [ "$status" -eq 0 ]; then
    printf 'run %d: green in %d s (%s)\n' "$i" "$seconds" "$summary"
  else
    failures=$((failures + 1))
    printf 'run %d: RED (exit %d) in %d s (%s)\n' "$i" "$status" "$seconds" "$summary"
    grep -E '^failed: ' "$work/run-$i.log" | sed 's/^/  /'
    grep -qE '^failed: ' "$work/run-$i.log" || tail -5 "$work/run-$i.log" | sed 's/^/  | /'
  fi
  rm -rf "$clone"
done
echo "test:repeat: $((runs - failures)) of $runs runs green"
[ "$failures" -eq 0 ]
