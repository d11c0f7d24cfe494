#!/bin/bash
# LocalStack READY hook: builds the `local` stage as terraform-cdk builds a stage in AWS.
#   SQS orders-local (+ orders-local-dlq, maxReceiveCount 3), DynamoDB orders-local (GSIs outbox, numbering,
#   byStatus; stream NEW_AND_OLD_IMAGES), idempotency-local (TTL expiresAt) and products-local (key sku, seeded
#   with the demo catalog of local-stack/catalog/demo-products.json), S3 invoices-local, the SNS FIFO
#   topic order-events-local.fifo, the ingress, notifier and order-events Lambdas from the bundles in
#   /opt/checkout/bundles, S3 ObjectCreated (invoices/*.pdf) -> notifier, the orders stream ->
#   order-events (failures to order-events-failures-local), and a REST API (id `orders`, stage
#   `local`) proxying everything to the ingress Lambda, and the Secrets Manager secret
#   document-link-keys-local holding a new random key for the emailed document links. The ingress
#   gets the JWKS of the compose service `identity` (the user pool) in COGNITO_JWKS.
# Then it calls GET /health through API Gateway, which also starts the first Lambda container.
#
# LocalStack keeps no state between starts here, so this runs on a clean slate every time. Any
# failing command stops the script; LocalStack marks it ERROR and the compose health check keeps
# the service unhealthy, so `docker compose up` reports it instead of starting a broken stack.
set -euo pipefail

# Overridable so docker/test/unit can run this script against a stub awslocal.
CONFIG="${CHECKOUT_FUNCTIONS_CONFIG:-/opt/checkout/functions.json}"
BUNDLES="${CHECKOUT_BUNDLES_DIR:-/opt/checkout/bundles}"
CATALOG_SEED="${CHECKOUT_CATALOG_SEED:-/opt/checkout/demo-products.json}"
REGION="${AWS_DEFAULT_REGION:-us-east-1}"
ACCOUNT=000000000000
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

log() { echo "[checkout-init] $*"; }
config() { python3 -c "import json, sys; print(json.load(open('$CONFIG'))$1)"; }

STAGE="$(config "['stage']")"
RUNTIME="$(config "['runtime']")"
HANDLER="$(config "['handler']")"
# The naming scheme of local-stack/src/resources.ts and terraform-cdk: every name carries the stage.
ORDERS_TABLE="orders-${STAGE}"
IDEMPOTENCY_TABLE="idempotency-${STAGE}"
PRODUCTS_TABLE="products-${STAGE}"
INVOICES_BUCKET="invoices-${STAGE}"
ORDERS_QUEUE="orders-${STAGE}"
ORDERS_DLQ="orders-${STAGE}-dlq"
ORDER_EVENTS_TOPIC="order-events-${STAGE}.fifo"
ORDER_EVENTS_FAILURES="order-events-failures-${STAGE}"
DOCUMENT_LINK_KEYS="document-link-keys-${STAGE}"
API_ID=orders

# One line per function: component, name, timeout, memory. Read once, so no command in the loop
# below can swallow the list from stdin.
mapfile -t functions < <(python3 - "$CONFIG" <<'PY'
import json, sys
for f in json.load(open(sys.argv[1]))["functions"]:
    print(f["component"], f["name"], f["timeoutSeconds"], f["memoryMb"])
PY
)
# Check the bundles before creating anything: a missing one is the usual first-run mistake.
for line in "${functions[@]}"; do
  read -r component _ <<<"$line"
  if [ ! -f "$BUNDLES/$component/handler.js" ]; then
    log "no $BUNDLES/$component/handler.js: the bundles service did not build ${component} (npm run build)" >&2
    exit 1
  fi
done

log "queues ${ORDERS_QUEUE}, ${ORDERS_DLQ}"
dlq_url="$(awslocal sqs create-queue --queue-name "$ORDERS_DLQ" \
  --attributes MessageRetentionPeriod=1209600 --query QueueUrl --output text)"
dlq_arn="$(awslocal sqs get-queue-attributes --queue-url "$dlq_url" \
  --attribute-names QueueArn --query Attributes.QueueArn --output text)"
python3 - "$dlq_arn" >"$WORK/queue-attributes.json" <<'PY'
import json, sys
print(json.dumps({
    "VisibilityTimeout": "60",
    "ReceiveMessageWaitTimeSeconds": "20",
    "RedrivePolicy": json.dumps({"deadLetterTargetArn": sys.argv[1], "maxReceiveCount": 3}),
}))
PY
awslocal sqs create-queue --queue-name "$ORDERS_QUEUE" \
  --attributes "file://$WORK/queue-attributes.json" >/dev/null

log "tables ${ORDERS_TABLE} (with its stream), ${IDEMPOTENCY_TABLE}"
orders_stream_arn="$(awslocal dynamodb create-table --table-name "$ORDERS_TABLE" --billing-mode PAY_PER_REQUEST \
  --attribute-definitions AttributeName=pk,AttributeType=S AttributeName=outboxPending,AttributeType=S AttributeName=createdAt,AttributeType=S \
    AttributeName=numberPending,AttributeType=S AttributeName=numberRequestedAt,AttributeType=S \
    AttributeName=status,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH \
  --global-secondary-indexes '[{"IndexName":"outbox","KeySchema":[{"AttributeName":"outboxPending","KeyType":"HASH"},{"AttributeName":"createdAt","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}},{"IndexName":"numbering","KeySchema":[{"AttributeName":"numberPending","KeyType":"HASH"},{"AttributeName":"numberRequestedAt","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}},{"IndexName":"byStatus","KeySchema":[{"AttributeName":"status","KeyType":"HASH"},{"AttributeName":"createdAt","KeyType":"RANGE"}],"Projection":{"ProjectionType":"KEYS_ONLY"}}]' \
  --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES \
  --query TableDescription.LatestStreamArn --output text)"
awslocal dynamodb create-table --table-name "$IDEMPOTENCY_TABLE" --billing-mode PAY_PER_REQUEST \
  --attribute-definitions AttributeName=pk,AttributeType=S \
  --key-schema AttributeName=pk,KeyType=HASH >/dev/null
awslocal dynamodb update-time-to-live --table-name "$IDEMPOTENCY_TABLE" \
  --time-to-live-specification Enabled=true,AttributeName=expiresAt >/dev/null

log "table ${PRODUCTS_TABLE}, seeded from $(basename "$CATALOG_SEED")"
awslocal dynamodb create-table --table-name "$PRODUCTS_TABLE" --billing-mode PAY_PER_REQUEST \
  --attribute-definitions AttributeName=sku,AttributeType=S \
  --key-schema AttributeName=sku,KeyType=HASH >/dev/null
# As npm start seeds it (local-stack/src/demoCatalog.ts): version 1, one timestamp. BatchWriteItem takes 25 items a call.
python3 - "$CATALOG_SEED" "$PRODUCTS_TABLE" "$WORK/catalog" <<'PY'
import datetime, json, sys
products, table, prefix = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
def item(p):
    strings = {k: {"S": p[k]} for k in ("sku", "description", "currency", "vatCategory")}
    numbers = {k: {"N": str(p[k])} for k in ("unitPriceMinor", "taxRateBps")}
    return {**strings, **numbers, "version": {"N": "1"}, "createdAt": {"S": now}, "updatedAt": {"S": now}}
for start in range(0, len(products), 25):
    batch = [{"PutRequest": {"Item": item(p)}} for p in products[start:start + 25]]
    with open(f"{prefix}-{start // 25}.json", "w") as out:
        json.dump({table: batch}, out)
PY
for batch in "$WORK"/catalog-*.json; do
  awslocal dynamodb batch-write-item --request-items "file://$batch" >/dev/null
done

log "bucket ${INVOICES_BUCKET}"
awslocal s3api create-bucket --bucket "$INVOICES_BUCKET" >/dev/null

log "topic ${ORDER_EVENTS_TOPIC}, queue ${ORDER_EVENTS_FAILURES}"
# FIFO, deduplicated by the event id the publisher sets (docs/decisions/order-events.md).
awslocal sns create-topic --name "$ORDER_EVENTS_TOPIC" \
  --attributes FifoTopic=true,ContentBasedDeduplication=false >/dev/null
failures_url="$(awslocal sqs create-queue --queue-name "$ORDER_EVENTS_FAILURES" \
  --attributes MessageRetentionPeriod=1209600 --query QueueUrl --output text)"
failures_arn="$(awslocal sqs get-queue-attributes --queue-url "$failures_url" \
  --attribute-names QueueArn --query Attributes.QueueArn --output text)"

log "secret ${DOCUMENT_LINK_KEYS} (a new document link key, as terraform-cdk's secret gets its first value by hand)"
# The key goes through a file, never the command line; it stays inside this container.
python3 -c 'import secrets; print("local=" + secrets.token_urlsafe(32), end="")' >"$WORK/document-link-keys"
link_keys_arn="$(awslocal secretsmanager create-secret --name "$DOCUMENT_LINK_KEYS" \
  --secret-string "file://$WORK/document-link-keys" --query ARN --output text)"

# The user pool's keys, shipped to the ingress in COGNITO_JWKS as terraform-cdk ships Cognito's: the
# ingress fetches a JWKS itself only over HTTPS or from loopback, and the compose service `identity`
# (the user pool npm start runs) answers plain HTTP on the compose network.
cognito_issuer="$(python3 - "$CONFIG" <<'PY'
import json, sys
print(next((f["environment"]["COGNITO_ISSUER"] for f in json.load(open(sys.argv[1]))["functions"] if "COGNITO_ISSUER" in f["environment"]), ""))
PY
)"
if [ -n "$cognito_issuer" ]; then
  log "user pool keys from ${cognito_issuer}/.well-known/jwks.json"
  curl --fail --silent --show-error --retry 10 --retry-delay 1 --retry-all-errors --max-time 10 \
    "${cognito_issuer}/.well-known/jwks.json" >"$WORK/cognito-jwks.json"
  python3 - "$WORK/cognito-jwks.json" <<'PY'
import json, sys
keys = json.load(open(sys.argv[1])).get("keys")
if not isinstance(keys, list) or not keys:
    sys.exit("the user pool's JWKS has no keys")
PY
fi

for line in "${functions[@]}"; do
  read -r component name timeout memory <<<"$line"
  bundle="$BUNDLES/$component"
  log "lambda ${name} (${RUNTIME}) from ${component}/dist"
  # Zip the bundle folder's contents, so handler.js sits at the root of the archive.
  python3 - "$bundle" "$WORK/$name.zip" <<'PY'
import pathlib, sys, zipfile
source, target = pathlib.Path(sys.argv[1]), sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for path in sorted(source.rglob("*")):
        if path.is_file():
            archive.write(path, path.relative_to(source).as_posix())
PY
  python3 - "$CONFIG" "$component" "$link_keys_arn" "$WORK/cognito-jwks.json" >"$WORK/$name-environment.json" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
function = next(f for f in config["functions"] if f["component"] == sys.argv[2])
keys = {"DOCUMENT_LINK_KEYS_SECRET_ARN": sys.argv[3]} if function["documentLinkKeys"] else {}
jwks = {"COGNITO_JWKS": json.dumps(json.load(open(sys.argv[4])), separators=(",", ":"))} if "COGNITO_ISSUER" in function["environment"] else {}
print(json.dumps({"Variables": {**config["shared"], **function["environment"], **keys, **jwks}}))
PY
  awslocal lambda create-function --function-name "$name" \
    --runtime "$RUNTIME" --handler "$HANDLER" \
    --role "arn:aws:iam::${ACCOUNT}:role/${name}" \
    --zip-file "fileb://$WORK/$name.zip" \
    --timeout "$timeout" --memory-size "$memory" \
    --environment "file://$WORK/$name-environment.json" >/dev/null
  awslocal lambda wait function-active-v2 --function-name "$name"
done

function_name() { python3 - "$CONFIG" "$1" <<'PY'
import json, sys
print(next(f["name"] for f in json.load(open(sys.argv[1]))["functions"] if f["component"] == sys.argv[2]))
PY
}
INGRESS="$(function_name ingress-lambda)"
NOTIFIER="$(function_name notifier-lambda)"
ORDER_EVENTS="$(function_name order-events)"
ingress_arn="arn:aws:lambda:${REGION}:${ACCOUNT}:function:${INGRESS}"
notifier_arn="arn:aws:lambda:${REGION}:${ACCOUNT}:function:${NOTIFIER}"

log "s3://${INVOICES_BUCKET}/invoices/*.pdf ObjectCreated -> ${NOTIFIER}"
awslocal lambda add-permission --function-name "$NOTIFIER" --statement-id s3-invoice-created \
  --action lambda:InvokeFunction --principal s3.amazonaws.com \
  --source-arn "arn:aws:s3:::${INVOICES_BUCKET}" --source-account "$ACCOUNT" >/dev/null
cat >"$WORK/notification.json" <<JSON
{
  "LambdaFunctionConfigurations": [
    {
      "Id": "invoice-pdf-created",
      "LambdaFunctionArn": "${notifier_arn}",
      "Events": ["s3:ObjectCreated:*"],
      "Filter": { "Key": { "FilterRules": [
        { "Name": "prefix", "Value": "invoices/" },
        { "Name": "suffix", "Value": ".pdf" }
      ] } }
    }
  ]
}
JSON
awslocal s3api put-bucket-notification-configuration --bucket "$INVOICES_BUCKET" \
  --notification-configuration "file://$WORK/notification.json"

log "${ORDERS_TABLE} stream -> ${ORDER_EVENTS}"
# As terraform-cdk's event source mapping: only order and refund items (the filters of aws-adapters/src/tableKeys.ts).
cat >"$WORK/order-events-filter.json" <<'JSON'
{ "Filters": [
  { "Pattern": "{\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":[{\"prefix\":\"ORDER#\"}]}},\"NewImage\":{\"entity\":{\"S\":[\"ORDER\"]}}}}" },
  { "Pattern": "{\"dynamodb\":{\"Keys\":{\"pk\":{\"S\":[{\"prefix\":\"REFUND#\"}]}},\"NewImage\":{\"entity\":{\"S\":[\"REFUND\"]}}}}" }
] }
JSON
awslocal lambda create-event-source-mapping --function-name "$ORDER_EVENTS" \
  --event-source-arn "$orders_stream_arn" --starting-position TRIM_HORIZON \
  --batch-size 100 --maximum-batching-window-in-seconds 1 --parallelization-factor 1 \
  --function-response-types ReportBatchItemFailures --bisect-batch-on-function-error \
  --maximum-record-age-in-seconds -1 \
  --filter-criteria "file://$WORK/order-events-filter.json" \
  --destination-config "{\"OnFailure\":{\"Destination\":\"${failures_arn}\"}}" >/dev/null

log "REST API ${API_ID}, stage ${STAGE} -> ${INGRESS}"
# `_custom_id_` is LocalStack's way to fix the API id, so the URL is the same on every start.
awslocal apigateway create-rest-api --name "orders-api-${STAGE}" \
  --tags "{\"_custom_id_\":\"${API_ID}\"}" --endpoint-configuration types=REGIONAL >/dev/null
root_id="$(awslocal apigateway get-resources --rest-api-id "$API_ID" \
  --query 'items[?path==`/`].id' --output text)"
proxy_id="$(awslocal apigateway create-resource --rest-api-id "$API_ID" --parent-id "$root_id" \
  --path-part '{proxy+}' --query id --output text)"
for resource in "$root_id" "$proxy_id"; do
  awslocal apigateway put-method --rest-api-id "$API_ID" --resource-id "$resource" \
    --http-method ANY --authorization-type NONE >/dev/null
  awslocal apigateway put-integration --rest-api-id "$API_ID" --resource-id "$resource" \
    --http-method ANY --type AWS_PROXY --integration-http-method POST \
    --uri "arn:aws:apigateway:${REGION}:lambda:path/2015-03-31/functions/${ingress_arn}/invocations" >/dev/null
done
awslocal lambda add-permission --function-name "$INGRESS" --statement-id apigateway-invoke \
  --action lambda:InvokeFunction --principal apigateway.amazonaws.com \
  --source-arn "arn:aws:execute-api:${REGION}:${ACCOUNT}:${API_ID}/*/*/*" >/dev/null
awslocal apigateway create-deployment --rest-api-id "$API_ID" --stage-name "$STAGE" >/dev/null

log "smoke test: GET /health through API Gateway (the first call starts a Lambda container)"
curl --fail --silent --show-error --retry 15 --retry-delay 2 --retry-all-errors --max-time 60 \
  "http://localhost:4566/_aws/execute-api/${API_ID}/${STAGE}/health" >/dev/null

log "ready"
log "  API    http://${API_ID}.execute-api.localhost.localstack.cloud:4566/${STAGE}  (or http://localhost:4566/_aws/execute-api/${API_ID}/${STAGE})"
log "  queue  ${ORDERS_QUEUE}, DLQ ${ORDERS_DLQ}; bucket ${INVOICES_BUCKET}"
log "  events arn:aws:sns:${REGION}:${ACCOUNT}:${ORDER_EVENTS_TOPIC} (subscribe an SQS FIFO queue)"
