#!/usr/bin/env bash
# azd postdeploy hook: subscribes the blob-triggered functions to BlobCreated events of the data
# account's Event Grid system topic. It runs after deploy because the webhook URL carries the
# function app's `blobs_extension` system key, which the host creates only once the code runs.
# Idempotent: each subscription is created with a PUT, which replaces an existing one (new key, same filters).
# Never prints the key.
set -euo pipefail

load_azd_values() {
  command -v azd > /dev/null || return 0
  local line key value
  while IFS= read -r line; do
    [[ "$line" == *=* ]] || continue
    key="${line%%=*}"
    value="${line#*=}"
    value="${value#\"}"
    value="${value%\"}"
    if [[ -z "${!key:-}" ]]; then
      export "$key=$value"
    fi
  done < <(azd env get-values 2> /dev/null || true)
}

require() {
  local name
  for name in "$@"; do
    if [[ -z "${!name:-}" ]]; then
      echo "create-eventgrid-subscriptions: $name is not set (run 'azd provision' first)" >&2
      exit 1
    fi
  done
}

read_blobs_extension_key() {
  local attempt key
  for attempt in $(seq 1 "$KEY_ATTEMPTS"); do
    key="$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$FUNCTION_APP_NAME" \
      --query "systemKeys.blobs_extension" --output tsv 2> /dev/null || true)"
    if [[ -n "$key" && "$key" != "None" ]]; then
      printf '%s' "$key"
      return 0
    fi
    echo "create-eventgrid-subscriptions: waiting for the blobs_extension key (attempt $attempt/$KEY_ATTEMPTS)" >&2
    curl --silent --output /dev/null --max-time 30 "https://$FUNCTION_APP_HOSTNAME/" || true
    sleep "$KEY_WAIT_SECONDS"
  done
  echo "create-eventgrid-subscriptions: the blobs_extension key did not appear; is the code deployed and the host healthy?" >&2
  return 1
}

# One create call (a PUT: it creates the subscription or replaces an existing one with the same name), tried a few
# times. Event Grid validates a webhook endpoint before it accepts the subscription; a Flex Consumption instance
# that is still starting may miss that handshake, and the next try meets a warm one.
upsert_subscription() {
  local subscription_name="$1" function_name="$2" subject_prefix="$3"
  local endpoint="https://$FUNCTION_APP_HOSTNAME/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$BLOBS_KEY"
  local attempt
  for attempt in $(seq 1 "$CREATE_ATTEMPTS"); do
    echo "create-eventgrid-subscriptions: creating $subscription_name -> $function_name ($subject_prefix), attempt $attempt/$CREATE_ATTEMPTS"
    if az eventgrid system-topic event-subscription create \
      --resource-group "$AZURE_RESOURCE_GROUP" --system-topic-name "$EVENTGRID_SYSTEM_TOPIC_NAME" \
      --name "$subscription_name" \
      --endpoint-type webhook \
      --endpoint "$endpoint" \
      --included-event-types Microsoft.Storage.BlobCreated \
      --subject-begins-with "$subject_prefix" \
      --max-delivery-attempts 30 \
      --event-ttl 1440 \
      --output none; then
      return 0
    fi
    if [[ "$attempt" -lt "$CREATE_ATTEMPTS" ]]; then
      echo "create-eventgrid-subscriptions: $subscription_name not created (often the endpoint validation meeting a cold instance); waking the app and trying again in ${CREATE_WAIT_SECONDS}s" >&2
      curl --silent --output /dev/null --max-time 30 "https://$FUNCTION_APP_HOSTNAME/" || true
      sleep "$CREATE_WAIT_SECONDS"
    fi
  done
  echo "create-eventgrid-subscriptions: $subscription_name could not be created after $CREATE_ATTEMPTS attempts" >&2
  return 1
}

KEY_ATTEMPTS="${KEY_ATTEMPTS:-12}"
KEY_WAIT_SECONDS="${KEY_WAIT_SECONDS:-10}"
CREATE_ATTEMPTS="${CREATE_ATTEMPTS:-5}"
CREATE_WAIT_SECONDS="${CREATE_WAIT_SECONDS:-20}"

load_azd_values
require AZURE_RESOURCE_GROUP FUNCTION_APP_NAME EVENTGRID_SYSTEM_TOPIC_NAME
if [[ -z "${FUNCTION_APP_HOSTNAME:-}" ]]; then
  FUNCTION_APP_HOSTNAME="$(az functionapp show --resource-group "$AZURE_RESOURCE_GROUP" --name "$FUNCTION_APP_NAME" \
    --query defaultHostName --output tsv)"
fi

BLOBS_KEY="$(read_blobs_extension_key)"

upsert_subscription "ingest-upload" "IngestUpload" "/blobServices/default/containers/uploads/"
upsert_subscription "load-participant-register" "LoadParticipantRegister" "/blobServices/default/containers/reference/blobs/peserta/"
upsert_subscription "load-confirmation" "LoadConfirmation" "/blobServices/default/containers/reference/blobs/konfirmasi/"
upsert_subscription "reconcile-bill" "ReconcileBill" "/blobServices/default/containers/reference/blobs/tagihan/"

echo "create-eventgrid-subscriptions: OK — BlobCreated on uploads/, reference/peserta/, reference/konfirmasi/ and reference/tagihan/ is delivered to $FUNCTION_APP_NAME"
