#!/usr/bin/env bash
# Bootstrap: uses the .NET SDK on PATH when it satisfies global.json, otherwise installs that SDK into
# .nuke/temp with the official install script; then builds build/_build.csproj and runs it with every argument.
# When nothing the build's compilation reads changed since it last compiled, it runs the build at once.
set -euo pipefail

SCRIPT_DIR=${BASH_SOURCE[0]%/*}
[[ "$SCRIPT_DIR" == "${BASH_SOURCE[0]}" ]] && SCRIPT_DIR=.
SCRIPT_DIR=$(cd "$SCRIPT_DIR" && pwd)
BUILD_PROJECT_FILE="$SCRIPT_DIR/build/_build.csproj"
TEMP_DIRECTORY="$SCRIPT_DIR/.nuke/temp"
BUILD_OUTPUT="$TEMP_DIRECTORY/build-bin"
INPUTS_STAMP="$BUILD_OUTPUT/_build.inputs"
DOTNET_GLOBAL_FILE="$SCRIPT_DIR/global.json"
DOTNET_INSTALL_URL="${PIPELINE_DOTNET_INSTALL_URL:-https://dot.net/v1/dotnet-install.sh}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_MULTILEVEL_LOOKUP=0

satisfies_global_json() { (cd "$SCRIPT_DIR" && "$1" --version >/dev/null 2>&1); }

# The SDKs a dotnet chooses from for global.json (which is itself among the build's inputs): "<its folder>|<the
# names in its sdk/ folder>".
sdk_key() { local root; root=$(realpath "$1"); root=${root%/*}; sdk_names "${root:-/}"; echo "${root:-/}|$SDK_NAMES"; }

# SDK_NAMES: the names in the sdk/ folder of the dotnet folder $1, comma-separated (builtins only: the check before an
# unchanged build runs starts no process but one find).
sdk_names() {
  local names=() sdk IFS=,
  for sdk in "$1"/sdk/*; do [[ -e "$sdk" ]] && names+=("${sdk##*/}"); done
  SDK_NAMES="${names[*]-}"
}

# What the build's compilation reads, one line each: "D folder" (a project's folder, without bin/ and obj/),
# "F file" (a file imported or referenced by path, the MSBuild, NuGet, SDK and analyzer settings above each
# project), "A path" (such a setting that is absent, and must stay so). It prints nothing when it cannot tell (a
# path made of MSBuild properties, a source from outside its project's folder): then the build always compiles.
build_inputs() {
  local queue=("$BUILD_PROJECT_FILE") seen=() lines=() project folder line path up name
  while [[ ${#queue[@]} -gt 0 ]]; do
    project=$(realpath -m "${queue[0]}"); queue=("${queue[@]:1}")
    [[ " ${seen[*]-} " == *" $project "* ]] && continue
    [[ -f "$project" ]] || return 0
    seen+=("$project"); folder=$(dirname "$project"); lines+=("D $folder")
    while IFS= read -r line; do
      path=${line#*\"}; path=${path%%\"*}; path=${path//\\//}
      [[ "$path" == /* ]] || path="$folder/$path"
      case "$line" in
        *'GetPathOfFileAbove('*) ;; # the settings above each folder are watched anyway
        *'$('*) return 0 ;;
        '<ProjectReference'*) queue+=("$path") ;;
        '<Import'*|*HintPath*) [[ -f "$path" ]] || return 0; lines+=("F $(realpath -m "$path")") ;;
        *) [[ "$(realpath -m "$path")" == "$folder"/* ]] || return 0 ;; # Compile, EmbeddedResource, ... from outside the folder
      esac
    done < <(grep -oE '<(ProjectReference|Import|Compile|EmbeddedResource|AdditionalFiles|Analyzer|Content)[^>]*(Include|Project)="[^"]*"|HintPath="[^"]*"|<HintPath>[^<]*' "$project" \
      | sed -E 's#<HintPath>(.*)#HintPath="\1"#')
    up=$folder
    while :; do
      for name in Directory.Build.props Directory.Build.targets Directory.Packages.props Directory.Build.rsp global.json nuget.config NuGet.config NuGet.Config .editorconfig .globalconfig; do
        if [[ -f "$up/$name" ]]; then
          lines+=("F ${up%/}/$name")
          # An import there other than the next Directory.Build.* above: what it reads is not known here.
          grep -v 'GetPathOfFileAbove(' "$up/$name" | grep -q '<Import' && return 0
        else
          lines+=("A ${up%/}/$name")
        fi
      done
      [[ "$up" == / ]] && break
      up=$(dirname "$up")
    done
  done
  printf '%s\n' "${lines[@]}" | sort -u
}

# A digest of the path, size and modification time of every file the "D" and "F" lines given as arguments name (bin/
# and obj/ left out): any file added, removed, renamed or written changes it.
watched_state() {
  local line kind path watched=() prune=() digest
  for line in "$@"; do
    kind=${line%% *}; path=${line#* }
    case "$kind" in
      D) watched+=("$path"); prune+=(-path "$path/bin" -o -path "$path/obj" -o) ;;
      F) watched+=("$path") ;;
    esac
  done
  [[ ${#watched[@]} -gt 0 ]] || return 1
  digest=$(find "${watched[@]}" \( "${prune[@]}" -false \) -prune -o -type f -printf '%p %s %T@\n' | LC_ALL=C sort | sha256sum)
  echo "${digest%% *}"
}

# Whether nothing the stamp lists changed since the last successful compilation: same SDKs, no absent setting
# appeared, the same watched state.
inputs_unchanged() {
  local stamp=() line root
  while IFS= read -r line; do stamp+=("$line"); done < "$INPUTS_STAMP" # (no mapfile: macOS has bash 3.2)
  [[ ${#stamp[@]} -gt 3 ]] || return 1
  root=${stamp[1]%%|*}
  [[ "$1" -ef "$root/dotnet" ]] || return 1
  sdk_names "$root"
  [[ "${stamp[1]}" == "$root|$SDK_NAMES" ]] || return 1
  for line in "${stamp[@]:3}"; do
    [[ "$line" == "A "* && -e "${line#A }" ]] && return 1
  done
  [[ "${stamp[2]}" == "$(watched_state "${stamp[@]:3}")" ]]
}

# Runs the compiled build with the dotnet that compiled it (one installed into .nuke/temp goes first on PATH).
run_build() {
  if [[ "$1" == "$TEMP_DIRECTORY"/* ]]; then
    export DOTNET_ROOT=${1%/*}
    export PATH="$DOTNET_ROOT:$PATH"
  fi
  exec "$1" "$BUILD_OUTPUT/_build.dll" "${@:2}"
}

# Compiles the build ahead of time for this machine's runtime (ReadyToRun: a warm start spends no time in the JIT on
# the engine's code). Where the SDK cannot (the feed serves no crossgen pack, a runtime it has none for), it compiles
# IL only, as before, and says why. The log is left in BUILD_LOG.
compile_build() {
  local common=("$BUILD_PROJECT_FILE" --output "$BUILD_OUTPUT" -nologo -clp:NoSummary --verbosity quiet -tl:off
    -p:UseSharedCompilation=false -nodeReuse:false) reason
  BUILD_LOG=$("$DOTNET_EXE" publish "${common[@]}" --configuration Debug --use-current-runtime --no-self-contained \
    -p:PublishReadyToRun=true 2>&1) && return 0
  reason=$(grep -m1 -E 'NETSDK109[45]|NETSDK1083|NU110[1-3].*Microsoft\.[A-Za-z]+\.App\.(Crossgen2|Runtime|Host)\.' <<< "$BUILD_LOG") || return 1
  reason=${reason#*: error }
  echo "note: compiling the build without ReadyToRun: ${reason%% \[*}" >&2
  BUILD_LOG=$("$DOTNET_EXE" build "${common[@]}" 2>&1)
}

# Nothing the build reads changed since it last compiled: run it at once (no SDK check, no MSBuild).
if [[ "${PIPELINE_ALWAYS_BUILD:-}" != 1 && -f "$BUILD_OUTPUT/_build.dll" && -f "$INPUTS_STAMP" ]]; then
  read -r STAMP_DOTNET < "$INPUTS_STAMP" || true
  if [[ -x "${STAMP_DOTNET:-}" ]] && inputs_unchanged "$STAMP_DOTNET"; then
    run_build "$STAMP_DOTNET" "$@"
  fi
fi

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

# The build's own compilation is quiet unless it fails. What it reads is listed, and its state taken, before it
# compiles, and kept only once it succeeded: a file changed meanwhile compiles again next time
# (PIPELINE_ALWAYS_BUILD=1 always compiles).
INPUTS=$(build_inputs 2>/dev/null || true)
STATE=""
if [[ -n "$INPUTS" ]]; then
  INPUT_LINES=()
  while IFS= read -r LINE; do INPUT_LINES+=("$LINE"); done <<< "$INPUTS"
  STATE=$(watched_state "${INPUT_LINES[@]}" || true)
fi
rm -f "$INPUTS_STAMP"
if ! compile_build; then
  echo "$BUILD_LOG" >&2
  echo "error: build/_build.csproj does not compile (see above)." >&2
  exit 1
fi
if [[ -n "$STATE" ]]; then
  printf '%s\n%s\n%s\n%s\n' "$DOTNET_EXE" "$(sdk_key "$DOTNET_EXE")" "$STATE" "$INPUTS" > "$INPUTS_STAMP"
fi
exec "$DOTNET_EXE" "$BUILD_OUTPUT/_build.dll" "$@"
