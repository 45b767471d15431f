#!/usr/bin/env bash
# The admin API's Entra ID app registration, idempotent (azd hooks: preprovision, and postprovision with --redirect).
#   preprovision:  creates or updates the app "<env>-pekerja-rentan-api" with the app roles viewer, reviewer,
#                  approver, admin; the scope access_as_user; v2 access tokens; its service principal; and sets
#                  AUTH_CLIENT_ID in the azd environment (the template passes it to Auth__ClientId).
#   --redirect:    adds https://<function host>/ as a single-page-application redirect URI (the page signs in
#                  with the authorization code flow + PKCE).
# Needs: az login as someone who may create app registrations (Application Developer or higher). Role and
# scope ids are derived from fixed names, so running it again changes nothing.
set -euo pipefail

env_value() { azd env get-value "$1" 2> /dev/null || true; }

ENV_NAME="$(env_value AZURE_ENV_NAME)"
APP_NAME="${ENV_NAME:-pipeline}-pekerja-rentan-api"

stable_id() { python3 -c 'import sys, uuid; print(uuid.uuid5(uuid.NAMESPACE_URL, "pekerja-rentan/" + sys.argv[1]))' "$1"; }

app_id="$(env_value AUTH_CLIENT_ID)"
if [[ -z "$app_id" ]]; then
  app_id="$(az ad app list --display-name "$APP_NAME" --query '[0].appId' -o tsv)"
fi

if [[ "${1:-}" == "--redirect" ]]; then
  host="$(env_value FUNCTION_APP_HOSTNAME)"
  [[ -n "$app_id" && -n "$host" ]] || { echo "app-registration.sh: AUTH_CLIENT_ID or FUNCTION_APP_HOSTNAME missing; run azd provision first" >&2; exit 1; }
  object_id="$(az ad app show --id "$app_id" --query id -o tsv)"
  az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" \
    --headers 'Content-Type=application/json' --body "{\"spa\":{\"redirectUris\":[\"https://$host/\"]}}" > /dev/null
  echo "app-registration.sh: SPA redirect https://$host/ set on $APP_NAME"
  # azd releases before the November 2025 fix do not pass a value that the preprovision hook set with
  # 'azd env set' to the same run's parameters: the app then gets an empty Auth__ClientId and every API route
  # answers 401. Say so here, loudly, instead of leaving a deployment that refuses everyone.
  group="$(env_value AZURE_RESOURCE_GROUP)"
  app="$(env_value FUNCTION_APP_NAME)"
  deployed="$(az functionapp config appsettings list --resource-group "$group" --name "$app" \
    --query "[?name=='Auth__ClientId'].value | [0]" -o tsv)"
  if [[ -z "$deployed" || "$deployed" == "None" || "$deployed" != "$app_id" ]]; then
    echo "app-registration.sh: the function app's Auth__ClientId is '${deployed:-}' but the app registration is $app_id:" >&2
    echo "  this azd did not pass AUTH_CLIENT_ID (set by the preprovision hook) to the same run, so every API call would be refused (401)." >&2
    echo "  Run 'azd provision' again (AUTH_CLIENT_ID is in the environment now), or update azd and run 'azd up'." >&2
    exit 1
  fi
  echo "app-registration.sh: Auth__ClientId on $app is the app registration's client id"
  exit 0
fi

roles_file="$(mktemp)"
api_file="$(mktemp)"
trap 'rm -f "$roles_file" "$api_file"' EXIT
cat > "$roles_file" <<JSON
[
  {"allowedMemberTypes":["User"],"isEnabled":true,"value":"viewer","id":"$(stable_id role/viewer)",
   "displayName":"Viewer (camat)","description":"Reads uploads and records of the kecamatan an admin assigned."},
  {"allowedMemberTypes":["User"],"isEnabled":true,"value":"reviewer","id":"$(stable_id role/reviewer)",
   "displayName":"Reviewer (Disnaker, BPJS)","description":"Reads everything, decides review items, prepares the BPJS list."},
  {"allowedMemberTypes":["User"],"isEnabled":true,"value":"approver","id":"$(stable_id role/approver)",
   "displayName":"Approver","description":"Releases the BPJS list when they decided none of its review items."},
  {"allowedMemberTypes":["User"],"isEnabled":true,"value":"admin","id":"$(stable_id role/admin)",
   "displayName":"Admin","description":"Keeps viewer kecamatan assignments, reads the audit trail."}
]
JSON

if [[ -z "$app_id" ]]; then
  app_id="$(az ad app create --display-name "$APP_NAME" --sign-in-audience AzureADMyOrg --app-roles "@$roles_file" --query appId -o tsv)"
  echo "app-registration.sh: created $APP_NAME ($app_id)"
else
  az ad app update --id "$app_id" --app-roles "@$roles_file"
  echo "app-registration.sh: updated $APP_NAME ($app_id)"
fi

object_id="$(az ad app show --id "$app_id" --query id -o tsv)"
cat > "$api_file" <<JSON
{"identifierUris":["api://$app_id"],"api":{"requestedAccessTokenVersion":2,"oauth2PermissionScopes":[{"id":"$(stable_id scope/access_as_user)","isEnabled":true,"type":"User",
 "value":"access_as_user","adminConsentDisplayName":"Use the Pekerja Rentan admin API","adminConsentDescription":"Lets the admin page call the API as the signed-in user.",
 "userConsentDisplayName":"Use the Pekerja Rentan admin API","userConsentDescription":"Lets the admin page call the API as you."}]}}
JSON
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" \
  --headers 'Content-Type=application/json' --body "@$api_file" > /dev/null
az ad sp show --id "$app_id" > /dev/null 2>&1 || az ad sp create --id "$app_id" > /dev/null
# Only users given one of the roles may obtain a token for the app at all.
az ad sp update --id "$app_id" --set appRoleAssignmentRequired=true
azd env set AUTH_CLIENT_ID "$app_id"
echo "app-registration.sh: AUTH_CLIENT_ID=$app_id; assign users to roles under Enterprise applications > $APP_NAME > Users and groups"
