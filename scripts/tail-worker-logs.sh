#!/usr/bin/env bash
# Tails the invoice worker's ECS task logs (/ecs/invoice-worker-<stage>) from CloudWatch Logs.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/tail-worker-logs.sh <stage> [options]

Follows the invoice worker's logs of one stage (log group /ecs/invoice-worker-<stage>).

Arguments:
  <stage>             dev, staging, prod (or any stage name of your fork)

Options:
  --order <orderId>   only events whose JSON field orderId equals <orderId>
  --since <duration>  where to start, in `aws logs tail` syntax (30s, 10m, 2h, 1d); default 10m
  --no-follow         print what is there and exit instead of following
  --raw               print events as CloudWatch stores them (no jq formatting)
  --dry-run           print the aws command instead of running it
  -h, --help          show this help

Needs AWS CLI v2 and credentials for the stage's account (AWS_PROFILE and AWS_REGION are honoured).
With jq installed, JSON lines are shown as: timestamp  level  message  orderId.

Examples:
  scripts/tail-worker-logs.sh dev
  AWS_PROFILE=shop-prod scripts/tail-worker-logs.sh prod --order 01J9Z3K7Q8 --since 1h
USAGE
}

fail() {
  echo "tail-worker-logs: $1" >&2
  echo "Run with --help for usage." >&2
  exit 2
}

stage=""
order_id=""
since="10m"
follow=true
raw=false
dry_run=false

while [[ $# -gt 0 ]]; do
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
    --order)
      [[ $# -ge 2 && -n "$2" ]] || fail "--order needs an order id"
      order_id="$2"
      shift 2
      ;;
    --since)
      [[ $# -ge 2 && -n "$2" ]] || fail "--since needs a duration such as 10m"
      since="$2"
      shift 2
      ;;
    --no-follow)
      follow=false
      shift
      ;;
    --raw)
      raw=true
      shift
      ;;
    --dry-run)
      dry_run=true
      shift
      ;;
    -*)
      fail "unknown option: $1"
      ;;
    *)
      [[ -z "$stage" ]] || fail "only one stage expected, got '$stage' and '$1'"
      stage="$1"
      shift
      ;;
  esac
done

[[ -n "$stage" ]] || fail "missing <stage> (dev, staging or prod)"
# The stage becomes part of the log group name: resource names are lowercase words and hyphens.
[[ "$stage" =~ ^[a-z][a-z0-9-]*$ ]] || fail "invalid stage '$stage' (lowercase letters, digits, hyphens)"
# The id is quoted inside a CloudWatch filter pattern: refuse anything that could break out of it.
if [[ -n "$order_id" && ! "$order_id" =~ ^[A-Za-z0-9_-]+$ ]]; then
  fail "invalid order id '$order_id' (letters, digits, '-' and '_' only)"
fi
[[ "$since" =~ ^[0-9]+[smhdw]$ ]] || fail "invalid --since '$since' (a number and s, m, h, d or w)"

command=(aws logs tail "/ecs/invoice-worker-${stage}" --format short --since "$since")
if [[ "$follow" == true ]]; then
  command+=(--follow)
fi
if [[ -n "$order_id" ]]; then
  command+=(--filter-pattern "{ \$.orderId = \"${order_id}\" }")
fi

if [[ "$dry_run" == true ]]; then
  printf '%q ' "${command[@]}"
  echo
  exit 0
fi

command -v aws >/dev/null 2>&1 || {
  echo "tail-worker-logs: the aws CLI is not installed (AWS CLI v2 is needed for 'aws logs tail')" >&2
  exit 1
}
if [[ "$(aws --version 2>&1)" != aws-cli/2* ]]; then
  echo "tail-worker-logs: 'aws logs tail' needs AWS CLI v2; found: $(aws --version 2>&1)" >&2
  exit 1
fi

# `--format short` prints "<timestamp> <message>"; the worker's messages are JSON lines.
format_events() {
  jq --unbuffered -R -r '
    (index(" ")) as $space
    | if $space == null then . else
        .[:$space] as $time
        | .[$space + 1:] as $message
        | ($message | try fromjson catch null) as $event
        | if ($event | type) == "object" then
            [ ($event.timestamp // $time),
              ($event.level // "-"),
              ($event.message // $event.msg // $message),
              ($event.orderId // "") ]
            | map(tostring) | join("  ")
          else "\($time)  \($message)" end
      end'
}

if [[ "$raw" == false ]] && command -v jq >/dev/null 2>&1; then
  "${command[@]}" | format_events
else
  "${command[@]}"
fi
