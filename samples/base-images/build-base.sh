#!/usr/bin/env bash
# Makes a Debian 12 base image without a registry: debootstrap (minbase) from the Debian mirror with the packages
# <list>.packages names, bookworm-security's updates applied, docs and apt lists dropped, written as a tarball for
# `docker import`. Prints the tarball's path. The tarball is cached by a digest of this script, the package list and
# the day (a base older than a day may miss a security update the image scan would then find), so a test run
# builds each base once and later runs reuse it.
#   build-base.sh dotnet-deps            -> ~/.cache/pipeline/base-images/dotnet-deps-<digest>.tar
# Environment: PIPELINE_IMAGE_CACHE (cache folder), DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
name=$1
list="$here/$name.packages"
[ -f "$list" ] || { echo "build-base.sh: no package list $list" >&2; exit 2; }
cache=${PIPELINE_IMAGE_CACHE:-$HOME/.cache/pipeline/base-images}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
key=$( (cat "$0" "$list"; date -u +%F) | sha256sum | cut -c1-16)
tarball="$cache/$name-$key.tar"
if [ -s "$tarball" ]; then
  echo "$tarball"
  exit 0
fi

command -v debootstrap >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap) >&2
mkdir -p "$cache"
root=$(mktemp -d)
trap 'umount "$root/proc" 2>/dev/null || true; rm -rf "$root" "$tarball.partial"' EXIT
packages=$(grep -v '^[[:space:]]*#' "$list" | xargs)
# debootstrap lays down the minimal system; apt inside it then installs the list in dependency order (debootstrap's
# own --include cannot configure packages such as python3-cryptography that need others configured first).
debootstrap --variant=minbase bookworm "$root" "$mirror" >&2
echo "deb ${mirror}-security bookworm-security main" >> "$root/etc/apt/sources.list"
mount -t proc proc "$root/proc"
chroot "$root" apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get upgrade -y -qq >&2
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -qq --no-install-recommends $packages >&2
umount "$root/proc"
chroot "$root" apt-get clean
rm -rf "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/locale/* "$root"/var/log/*
tar --numeric-owner -C "$root" -cf "$tarball.partial" .
rm -f "$cache/$name-"*.tar # older bases of this list
mv "$tarball.partial" "$tarball"
echo "$tarball"
exit 0
