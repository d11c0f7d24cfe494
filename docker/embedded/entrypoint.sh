#!/bin/sh
# Runs the embedded local runtime in a container and makes it reachable through published ports.
#
# The runtime binds its servers to 127.0.0.1 on purpose (nothing else on a laptop should reach
# them), and a published port reaches a container on its network address, not on its loopback.
# So once the runtime is up, socat listens on the container's address, on the same port numbers,
# and forwards to loopback. Same numbers matter: presigned invoice links and the inbox links in
# e-mails carry http://127.0.0.1:4566 and must work unchanged from the host.
set -eu

api_port="${LOCAL_API_PORT:-3000}"
aws_port="${LOCAL_AWS_PORT:-4566}"
inbox_port="${LOCAL_INBOX_PORT:-1080}"
cognito_port="${LOCAL_COGNITO_PORT:-9329}"

node local-stack/dist/main.js &
stack=$!
# compose stop -> SIGTERM (forwarded by the init from `init: true`) -> the runtime drains, exits.
stopping=0
trap 'stopping=1; kill -TERM "$stack" 2>/dev/null || true' TERM INT

until node -e "fetch('http://127.0.0.1:${api_port}/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; do
  if ! kill -0 "$stack" 2>/dev/null; then
    wait "$stack" || exit $?
    exit 1
  fi
  sleep 1
done

address="$(node -p "Object.values(require('node:os').networkInterfaces()).flat().find((i) => i.family === 'IPv4' && !i.internal).address")"
for port in "$api_port" "$aws_port" "$inbox_port" "$cognito_port"; do
  # If a server already listens on all addresses, this bind fails and socat exits: nothing to do.
  socat "TCP-LISTEN:${port},bind=${address},fork,reuseaddr" "TCP:127.0.0.1:${port}" &
done

echo "embedded stack ready: API http://127.0.0.1:${api_port} (docs /docs), inbox http://127.0.0.1:${inbox_port}, S3+SQS http://127.0.0.1:${aws_port}, Cognito http://127.0.0.1:${cognito_port}"

# A trapped signal makes `wait` return early; then wait once more for the runtime's exit status.
set +e
wait "$stack"
status=$?
if [ "$stopping" = 1 ]; then
  wait "$stack"
  status=$?
fi
exit "$status"
