#!/usr/bin/env bash
# Bootstrap: uses the .NET SDK on PATH when it satisfies global.json, otherwise installs that SDK into
# .nuke/temp with the official install script; then builds build/_build.csproj and runs it with every argument.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_PROJECT_FILE="$SCRIPT_DIR/build/_build.csproj"
TEMP_DIRECTORY="$SCRIPT_DIR/.nuke/temp"
BUILD_OUTPUT="$TEMP_DIRECTORY/build-bin"
DOTNET_GLOBAL_FILE="$SCRIPT_DIR/global.json"
DOTNET_INSTALL_URL="${PIPELINE_DOTNET_INSTALL_URL:-https://dot.net/v1/dotnet-install.sh}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_MULTILEVEL_LOOKUP=0

satisfies_global_json() { (cd "$SCRIPT_DIR" && "$1" --version >/dev/null 2>&1); }

if command -v dotnet >/dev/null 2>&1 && satisfies_global_json dotnet; then
  DOTNET_EXE=$(command -v dotnet)
else
  DOTNET_DIRECTORY="$TEMP_DIRECTORY/dotnet-unix"
  DOTNET_EXE="$DOTNET_DIRECTORY/dotnet"
  if [[ ! -x "$DOTNET_EXE" ]] || ! satisfies_global_json "$DOTNET_EXE"; then
    mkdir -p "$TEMP_DIRECTORY"
    INSTALL_SCRIPT="$TEMP_DIRECTORY/dotnet-install.sh"
    if ! curl -fsSL --retry 2 --connect-timeout 15 "$DOTNET_INSTALL_URL" -o "$INSTALL_SCRIPT" 2>/dev/null; then
      echo "error: no .NET SDK satisfying $DOTNET_GLOBAL_FILE is on PATH, and the SDK install script could not be" >&2
      echo "       downloaded from $DOTNET_INSTALL_URL. Install the SDK that global.json names and run again." >&2
      exit 1
    fi
    chmod +x "$INSTALL_SCRIPT"
    "$INSTALL_SCRIPT" --install-dir "$DOTNET_DIRECTORY" --jsonfile "$DOTNET_GLOBAL_FILE" --no-path
  fi
  export DOTNET_ROOT="$DOTNET_DIRECTORY"
  export PATH="$DOTNET_DIRECTORY:$PATH"
fi

# The build's own compilation is quiet unless it fails.
if ! BUILD_LOG=$("$DOTNET_EXE" build "$BUILD_PROJECT_FILE" --output "$BUILD_OUTPUT" -nologo -clp:NoSummary \
  --verbosity quiet -tl:off -p:UseSharedCompilation=false -nodeReuse:false 2>&1); then
  echo "$BUILD_LOG" >&2
  echo "error: build/_build.csproj does not compile (see above)." >&2
  exit 1
fi
exec "$DOTNET_EXE" "$BUILD_OUTPUT/_build.dll" "$@"
