#!/usr/bin/env bash
# Validates the infrastructure-as-code: Bicep build + lint (zero warnings), azure.yaml shape,
# and local.settings.sample.json completeness. Installs the Bicep CLI from the NuGet package
# Azure.Bicep.CommandLine.linux-x64 so it works wherever only the NuGet registry is reachable.
# `bicep.sh --print-path` only installs the CLI (when missing) and prints its path: the template tests use it.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BICEP_VERSION="0.49.2"
TOOLS_DIR="$REPO/.tools/bicep"
PKG_DIR="$TOOLS_DIR/packages"
BICEP="$PKG_DIR/azure.bicep.commandline.linux-x64/$BICEP_VERSION/tools/bicep"

install_bicep() {
  mkdir -p "$TOOLS_DIR"
  # Stop MSBuild from walking up into the repo's Directory.*.props (central package management).
  printf '<Project />\n' > "$TOOLS_DIR/Directory.Build.props"
  printf '<Project />\n' > "$TOOLS_DIR/Directory.Build.targets"
  printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n' \
    > "$TOOLS_DIR/Directory.Packages.props"
  cat > "$TOOLS_DIR/bicep-download.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <NoWarn>\$(NoWarn);NU1603</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
CSPROJ
  echo "bicep.sh: restoring Azure.Bicep.CommandLine.linux-x64 $BICEP_VERSION into $PKG_DIR" >&2
  dotnet restore "$TOOLS_DIR/bicep-download.csproj" --packages "$PKG_DIR" --nologo -v quiet
}

if [[ ! -x "$BICEP" ]]; then
  install_bicep
  if [[ ! -f "$BICEP" ]]; then
    BICEP="$(find "$PKG_DIR" -type f -name bicep -path '*tools*' | head -n 1)"
  fi
  [[ -n "$BICEP" && -f "$BICEP" ]] || { echo "bicep.sh: Bicep CLI not found after restore" >&2; exit 1; }
  chmod +x "$BICEP"
fi
if [[ "${1:-}" == "--print-path" ]]; then
  echo "$BICEP"
  exit 0
fi
echo "bicep.sh: using $("$BICEP" --version)"

export BICEP_TRACING_ENABLED=false
fail=0
LOG="$(mktemp)"
ARM_JSON="$(mktemp)"
trap 'rm -f "$LOG" "$ARM_JSON"' EXIT

check_bicep_output() {
  local what="$1"
  if grep -Eiq '(warning|error) [A-Za-z0-9-]+:|: (Warning|Error) ' "$LOG"; then
    echo "bicep.sh: $what reported diagnostics:" >&2
    cat "$LOG" >&2
    fail=1
  fi
}

for file in "$REPO"/infra/main.bicep "$REPO"/infra/app/*.bicep; do
  rel="${file#"$REPO"/}"
  compiled=/dev/null
  [[ "$rel" == "infra/main.bicep" ]] && compiled="$ARM_JSON"
  if ! "$BICEP" build "$file" --stdout > "$compiled" 2> "$LOG"; then
    echo "bicep.sh: build failed for $rel" >&2; cat "$LOG" >&2; fail=1; continue
  fi
  check_bicep_output "build of $rel"
  if ! "$BICEP" lint "$file" > "$LOG" 2>&1; then
    echo "bicep.sh: lint failed for $rel" >&2; cat "$LOG" >&2; fail=1; continue
  fi
  check_bicep_output "lint of $rel"
  if ! "$BICEP" format "$file" --stdout 2> /dev/null | diff -q - "$file" > /dev/null; then
    echo "bicep.sh: $rel is not in canonical format (run: bicep format $rel)" >&2; fail=1
  fi
done

python3 - "$REPO" "$ARM_JSON" <<'PY' || fail=1
import json, re, sys, pathlib

repo = pathlib.Path(sys.argv[1])
problems = []

# azure.yaml: parse (PyYAML when present) and check the keys azd needs.
text = (repo / "azure.yaml").read_text(encoding="utf-8")
try:
    import yaml
    doc = yaml.safe_load(text)
except ImportError:
    doc = None
    for key in ("name:", "services:", "functions:", "host: function", "language: dotnet", "postdeploy:"):
        if key not in text:
            problems.append(f"azure.yaml lacks '{key}'")
if doc is not None:
    svc = (doc.get("services") or {}).get("functions") or {}
    if not doc.get("name"): problems.append("azure.yaml: name missing")
    if svc.get("host") != "function": problems.append("azure.yaml: services.functions.host must be 'function'")
    if svc.get("language") not in ("dotnet", "csharp"): problems.append("azure.yaml: services.functions.language must be dotnet")
    project = svc.get("project")
    if not project or not (repo / project).is_dir(): problems.append(f"azure.yaml: project folder '{project}' missing")
    infra_path = (doc.get("infra") or {}).get("path", "infra")
    if not (repo / infra_path / "main.bicep").is_file(): problems.append("azure.yaml: infra path has no main.bicep")
    hook = ((doc.get("hooks") or {}).get("postdeploy")) or {}
    hook_run = hook.get("run") or (hook.get("posix") or {}).get("run")
    if not hook_run: problems.append("azure.yaml: postdeploy hook missing")
    else:
        for token in hook_run.split():
            if token.endswith(".sh") and not (repo / token).is_file():
                problems.append(f"azure.yaml: hook script {token} missing")

required = [
    "AzureWebJobsStorage", "PipelineStorage", "FUNCTIONS_WORKER_RUNTIME",
    "AzureWebJobsStorage__accountName", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__clientId",
    "PipelineStorage__blobServiceUri", "PipelineStorage__queueServiceUri", "PipelineStorage__tableServiceUri",
    "PipelineStorage__credential", "PipelineStorage__clientId",
    "Validation__MinAge", "Validation__MaxAgeExclusive", "Validation__ReferenceDate",
    "Contribution__Rates__0__From", "Contribution__Rates__0__Jkk", "Contribution__Rates__0__Jkm", "Contribution__Months",
    "Matching__MatchThreshold", "Matching__ReviewThreshold",
    "Auth__TenantId", "Auth__ClientId", "Auth__Audience", "Auth__Scope", "Export__TemplatePath",
    "APPLICATIONINSIGHTS_CONNECTION_STRING", "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
]
settings = json.loads((repo / "local.settings.sample.json").read_text(encoding="utf-8"))
values = settings.get("Values") or {}
if settings.get("IsEncrypted") is not False: problems.append("local.settings.sample.json: IsEncrypted must be false")
for name in required:
    if name not in values: problems.append(f"local.settings.sample.json: Values.{name} missing")
for name in ("AzureWebJobsStorage", "PipelineStorage"):
    if values.get(name) != "UseDevelopmentStorage=true": problems.append(f"local.settings.sample.json: {name} must be UseDevelopmentStorage=true")
if values.get("FUNCTIONS_WORKER_RUNTIME") != "dotnet-isolated": problems.append("local.settings.sample.json: FUNCTIONS_WORKER_RUNTIME must be dotnet-isolated")

# The template must set every cloud setting. Local-only: the two plain connection strings, and
# FUNCTIONS_WORKER_RUNTIME, which Flex Consumption rejects as an app setting (functionAppConfig.runtime sets it).
local_only = {"AzureWebJobsStorage", "PipelineStorage", "FUNCTIONS_WORKER_RUNTIME"}
arm = pathlib.Path(sys.argv[2]).read_text(encoding="utf-8")
app_setting_keys = set(re.findall(r'"([A-Za-z0-9_]+)":', arm))
for name in required:
    if name in local_only: continue
    if name not in app_setting_keys: problems.append(f"infra: app setting {name} not set by the template")
for name in ("FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME", "WEBSITE_RUN_FROM_PACKAGE", "AzureWebJobsStorage"):
    if name in app_setting_keys: problems.append(f"infra: {name} must not be set as an app setting on Flex Consumption")

params_doc = json.loads((repo / "infra/main.parameters.json").read_text(encoding="utf-8"))
declared = set(re.findall(r"^param (\w+) ", (repo / "infra/main.bicep").read_text(encoding="utf-8"), re.M))
for key in params_doc.get("parameters", {}):
    if key not in declared: problems.append(f"main.parameters.json: '{key}' is not a parameter of main.bicep")

host = json.loads((repo / "src/Pipeline.Functions/host.json").read_text(encoding="utf-8"))
if host.get("version") != "2.0": problems.append("host.json: version must be 2.0")
blobs = (host.get("extensions") or {}).get("blobs") or {}
for key in ("maxDegreeOfParallelism", "poisonBlobThreshold"):
    if not isinstance(blobs.get(key), int): problems.append(f"host.json: extensions.blobs.{key} missing")

for p in problems: print("bicep.sh: " + p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY

for script in "$REPO"/infra/scripts/*.sh "$REPO"/.ci/bicep.sh; do
  bash -n "$script" || fail=1
  if command -v shellcheck > /dev/null; then
    shellcheck "$script" || fail=1
  fi
done

if [[ $fail -ne 0 ]]; then
  echo "bicep.sh: FAILED" >&2
  exit 1
fi
echo "bicep.sh: OK — Bicep build and lint clean (0 warnings), azure.yaml, host.json and local.settings.sample.json valid"
