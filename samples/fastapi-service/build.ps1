# Bootstrap: uses the .NET SDK on PATH when it satisfies global.json, otherwise installs that SDK into
# .nuke/temp with the official install script; then builds build/_build.csproj and runs it with every argument.
[CmdletBinding()]
Param([Parameter(Position = 0, Mandatory = $false, ValueFromRemainingArguments = $true)] [string[]]$BuildArguments)

Set-StrictMode -Version 2.0
$ErrorActionPreference = "Stop"
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$ScriptDir = Split-Path $MyInvocation.MyCommand.Path -Parent
$BuildProjectFile = Join-Path $ScriptDir "build/_build.csproj"
$TempDirectory = Join-Path $ScriptDir ".nuke/temp"
$BuildOutput = Join-Path $TempDirectory "build-bin"
$DotNetGlobalFile = Join-Path $ScriptDir "global.json"
$DotNetInstallUrl = if ($env:PIPELINE_DOTNET_INSTALL_URL) { $env:PIPELINE_DOTNET_INSTALL_URL } else { "https://dot.net/v1/dotnet-install.ps1" }

$env:DOTNET_CLI_TELEMETRY_OPTOUT = 1
$env:DOTNET_NOLOGO = 1
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = 1
$env:DOTNET_MULTILEVEL_LOOKUP = 0

function Test-GlobalJson([string]$DotNet) {
    Push-Location $ScriptDir
    try { & $DotNet --version *> $null; return $LASTEXITCODE -eq 0 } catch { return $false } finally { Pop-Location }
}

$DotNetOnPath = Get-Command "dotnet" -ErrorAction SilentlyContinue
if ($null -ne $DotNetOnPath -and (Test-GlobalJson $DotNetOnPath.Source)) {
    $DotNetExe = $DotNetOnPath.Source
}
else {
    $DotNetDirectory = Join-Path $TempDirectory "dotnet-win"
    $DotNetExe = Join-Path $DotNetDirectory "dotnet.exe"
    if (!(Test-Path $DotNetExe) -or !(Test-GlobalJson $DotNetExe)) {
        New-Item -ItemType Directory -Path $TempDirectory -Force | Out-Null
        $InstallScript = Join-Path $TempDirectory "dotnet-install.ps1"
        try { (New-Object System.Net.WebClient).DownloadFile($DotNetInstallUrl, $InstallScript) }
        catch {
            Write-Error ("No .NET SDK satisfying $DotNetGlobalFile is on PATH, and the SDK install script could not be " +
                "downloaded from $DotNetInstallUrl. Install the SDK that global.json names and run again.")
            exit 1
        }
        & powershell -ExecutionPolicy ByPass -NoProfile $InstallScript -InstallDir $DotNetDirectory -JSonFile $DotNetGlobalFile -NoPath
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    $env:DOTNET_ROOT = $DotNetDirectory
    $env:PATH = "$DotNetDirectory;$env:PATH"
}

# The build's own compilation is quiet unless it fails.
$BuildLog = & $DotNetExe build $BuildProjectFile --output $BuildOutput -nologo -clp:NoSummary --verbosity quiet -tl:off -p:UseSharedCompilation=false -nodeReuse:false 2>&1
if ($LASTEXITCODE -ne 0) {
    $BuildLog | Write-Host
    Write-Error "build/_build.csproj does not compile (see above)."
    exit 1
}
& $DotNetExe (Join-Path $BuildOutput "_build.dll") $BuildArguments
exit $LASTEXITCODE
