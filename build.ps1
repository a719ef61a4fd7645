# Bootstrap: uses the .NET SDK on PATH when it satisfies global.json, otherwise installs that SDK into
# .nuke/temp with the official install script; then builds build/_build.csproj and runs it with every argument.
# When nothing the build's compilation reads changed since this script last compiled it, it runs the build at once.
[CmdletBinding()]
Param([Parameter(Position = 0, Mandatory = $false, ValueFromRemainingArguments = $true)] [string[]]$BuildArguments)

Set-StrictMode -Version 2.0
$ErrorActionPreference = "Stop"
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$ScriptDir = Split-Path $MyInvocation.MyCommand.Path -Parent
$BuildProjectFile = Join-Path $ScriptDir "build/_build.csproj"
$TempDirectory = Join-Path $ScriptDir ".nuke/temp"
$BuildOutput = Join-Path $TempDirectory "build-bin"
$InputsStamp = Join-Path $BuildOutput "_build.inputs-ps1"
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

# The SDKs a dotnet chooses from for global.json (which is itself among the build's inputs).
function Get-SdkKey([string]$DotNet) {
    $real = try { [IO.File]::ResolveLinkTarget($DotNet, $true).FullName } catch { $null }
    $root = Split-Path $(if ($real) { $real } else { $DotNet }) -Parent
    $sdk = Join-Path $root "sdk"
    $versions = if (Test-Path -LiteralPath $sdk) { (Get-ChildItem -LiteralPath $sdk -Directory | ForEach-Object { $_.Name } | Sort-Object) -join "," } else { "" }
    return "$root|$versions"
}

# What the build's compilation reads, as build.sh lists it: "D folder" (a project's folder, without bin/ and obj/),
# "F file" (imported or referenced by path; the MSBuild, NuGet, SDK and analyzer settings above each project), "A path"
# (such a setting that is absent). $null when it cannot tell (a path made of MSBuild properties, a source from outside
# its project's folder): then the build always compiles.
function Get-BuildInputs {
    $names = "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "Directory.Build.rsp", "global.json",
        "nuget.config", "NuGet.config", "NuGet.Config", ".editorconfig", ".globalconfig"
    $queue = [Collections.Generic.Queue[string]]::new()
    $queue.Enqueue($BuildProjectFile)
    $seen = [Collections.Generic.HashSet[string]]::new()
    $lines = [Collections.Generic.SortedSet[string]]::new([StringComparer]::Ordinal)
    while ($queue.Count -gt 0) {
        $project = [IO.Path]::GetFullPath($queue.Dequeue())
        if (!$seen.Add($project)) { continue }
        if (![IO.File]::Exists($project)) { return $null }
        $folder = Split-Path $project -Parent
        [void]$lines.Add("D $folder")
        $pattern = '<(ProjectReference|Import|Compile|EmbeddedResource|AdditionalFiles|Analyzer|Content)[^>]*(Include|Project)="([^"]*)"|HintPath="([^"]*)"|<HintPath>([^<]*)'
        foreach ($match in [regex]::Matches([IO.File]::ReadAllText($project), $pattern)) {
            if ($match.Value.Contains("GetPathOfFileAbove(")) { continue }
            $path = @($match.Groups[3], $match.Groups[4], $match.Groups[5] | Where-Object { $_.Success })[0].Value
            if ($path.Contains('$(')) { return $null }
            $full = [IO.Path]::GetFullPath([IO.Path]::Combine($folder, $path.Replace('\', [IO.Path]::DirectorySeparatorChar)))
            switch -regex ($match.Groups[1].Value) {
                "^ProjectReference$" { $queue.Enqueue($full); break }
                "^(Import)?$" { if (![IO.File]::Exists($full)) { return $null }; [void]$lines.Add("F $full"); break } # an Import or a HintPath
                default { if (!$full.StartsWith($folder + [IO.Path]::DirectorySeparatorChar)) { return $null } } # Compile, ... from outside
            }
        }
        for ($up = $folder; $up; $up = Split-Path $up -Parent) {
            foreach ($name in $names) {
                $path = Join-Path $up $name
                if ([IO.File]::Exists($path)) {
                    [void]$lines.Add("F $path")
                    if (Select-String -LiteralPath $path -Pattern "<Import" | Where-Object { $_.Line -notmatch "GetPathOfFileAbove\(" }) { return $null }
                }
                else { [void]$lines.Add("A $path") }
            }
        }
    }
    return @($lines)
}

# A digest of the path, size and write time of every file the "D" and "F" lines name (bin/ and obj/ left out).
function Get-WatchedState([string[]]$Lines) {
    $entries = [Collections.Generic.List[string]]::new()
    foreach ($line in $Lines) {
        $path = $line.Substring(2)
        $files = switch ($line[0]) {
            "D" {
                [IO.Directory]::EnumerateFiles($path)
                [IO.Directory]::EnumerateDirectories($path) | Where-Object { (Split-Path $_ -Leaf) -cnotin "bin", "obj" } |
                    ForEach-Object { [IO.Directory]::EnumerateFiles($_, "*", [IO.SearchOption]::AllDirectories) }
            }
            "F" { $path }
        }
        foreach ($file in $files) { $info = [IO.FileInfo]::new($file); $entries.Add("$file $($info.Length) $($info.LastWriteTimeUtc.Ticks)") }
    }
    $entries.Sort([StringComparer]::Ordinal)
    $sha = [Security.Cryptography.SHA256]::Create()
    return [BitConverter]::ToString($sha.ComputeHash([Text.Encoding]::UTF8.GetBytes($entries -join "`n"))).Replace("-", "")
}

# Compiles the build ahead of time for this machine's runtime (ReadyToRun: a warm start spends no time in the JIT on
# the engine's code). Where the SDK cannot (the feed serves no crossgen pack, a runtime it has none for), it compiles
# IL only, as before, and says why. The log is left in $script:BuildLog.
function Invoke-Compile {
    $Common = @($BuildProjectFile, "--output", $BuildOutput, "-nologo", "-clp:NoSummary", "--verbosity", "quiet", "-tl:off",
        "-p:UseSharedCompilation=false", "-nodeReuse:false")
    $script:BuildLog = & $DotNetExe publish @Common --configuration Debug --use-current-runtime --no-self-contained -p:PublishReadyToRun=true 2>&1
    if ($LASTEXITCODE -eq 0) { return $true }
    $Reason = @($script:BuildLog | ForEach-Object { "$_" } | Where-Object { $_ -match 'NETSDK109[45]|NETSDK1083|NU110[1-3].*Microsoft\.[A-Za-z]+\.App\.(Crossgen2|Runtime|Host)\.' }) | Select-Object -First 1
    if (!$Reason) { return $false }
    $Reason = ($Reason -replace '^.*?: error ', '') -replace ' \[[^\]]*\]$', ''
    [Console]::Error.WriteLine("note: compiling the build without ReadyToRun: $Reason")
    $script:BuildLog = & $DotNetExe build @Common 2>&1
    return $LASTEXITCODE -eq 0
}

# Nothing the build reads changed since this script last compiled it: run it at once (no SDK check, no MSBuild).
if ($env:PIPELINE_ALWAYS_BUILD -ne "1" -and (Test-Path -LiteralPath (Join-Path $BuildOutput "_build.dll")) -and (Test-Path -LiteralPath $InputsStamp)) {
    $Stamp = @(Get-Content -LiteralPath $InputsStamp)
    $Listed = @($Stamp | Select-Object -Skip 3)
    if ($Stamp.Count -gt 3 -and (Test-Path -LiteralPath $Stamp[0]) -and $Stamp[1] -eq (Get-SdkKey $Stamp[0]) -and
        !($Listed | Where-Object { $_.StartsWith("A ") -and (Test-Path -LiteralPath $_.Substring(2)) }) -and $Stamp[2] -eq (Get-WatchedState $Listed)) {
        if ($Stamp[0].StartsWith($TempDirectory)) {
            $env:DOTNET_ROOT = Split-Path $Stamp[0] -Parent
            $env:PATH = "$env:DOTNET_ROOT$([IO.Path]::PathSeparator)$env:PATH"
        }
        & $Stamp[0] (Join-Path $BuildOutput "_build.dll") $BuildArguments
        exit $LASTEXITCODE
    }
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
    $env:PATH = "$DotNetDirectory$([IO.Path]::PathSeparator)$env:PATH"
}

# The build's own compilation is quiet unless it fails. What it reads is listed, and its state taken, before it
# compiles, and kept only once it succeeded (PIPELINE_ALWAYS_BUILD=1 always compiles).
$Inputs = try { Get-BuildInputs } catch { $null }
$State = if ($Inputs) { Get-WatchedState $Inputs } else { $null }
Remove-Item -LiteralPath $InputsStamp -ErrorAction SilentlyContinue
if (!(Invoke-Compile)) {
    $BuildLog | Write-Host
    Write-Error "build/_build.csproj does not compile (see above)."
    exit 1
}
if ($State) {
    Set-Content -LiteralPath $InputsStamp -Value (@($DotNetExe, (Get-SdkKey $DotNetExe), $State) + $Inputs)
}
& $DotNetExe (Join-Path $BuildOutput "_build.dll") $BuildArguments
exit $LASTEXITCODE
