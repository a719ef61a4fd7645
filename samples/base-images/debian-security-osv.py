#!/usr/bin/env python3
"""Writes OSV records for Debian 12 from Debian's security archive, for image scans where osv.dev is out of reach.

Every source package in bookworm-security's Sources index was published there because of a security fix, so an
installed package built from an older version of that source misses it. Each record says exactly that: ecosystem
Debian:12, the source package, affected below the archive's version. The archive names no CVE and no severity, so
the records carry none (the scanner treats an unknown severity as blocking). Real osv.dev Debian exports, where
reachable, say more and are the better input.

    debian-security-osv.py OUT_DIR [MIRROR]     (MIRROR default http://deb.debian.org/debian-security)
"""
import json
import lzma
import os
import sys
import urllib.request

out = sys.argv[1]
mirror = sys.argv[2] if len(sys.argv) > 2 else "http://deb.debian.org/debian-security"
url = f"{mirror}/dists/bookworm-security/main/source/Sources.xz"
with urllib.request.urlopen(url, timeout=60) as response:
    text = lzma.decompress(response.read()).decode("utf-8")

os.makedirs(out, exist_ok=True)
written = 0
for stanza in text.split("\n\n"):
    fields = dict(line.split(": ", 1) for line in stanza.splitlines() if ": " in line and not line.startswith(" "))
    package, version = fields.get("Package"), fields.get("Version")
    if not package or not version:
        continue
    record = {
        "id": f"DEBIAN-12-SECURITY-{package}-{version}".replace(":", "_").replace("~", "_"),
        "summary": f"{package} {version} was published to bookworm-security; earlier builds miss that security fix",
        "references": [{"type": "ADVISORY", "url": f"https://security-tracker.debian.org/tracker/source-package/{package}"}],
        "affected": [{
            "package": {"ecosystem": "Debian:12", "name": package},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": version}]}],
        }],
    }
    with open(os.path.join(out, record["id"] + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle)
    written += 1

if written == 0:
    sys.exit(f"debian-security-osv.py: {url} listed no source package")
print(f"{written} OSV records from {url} in {out}")
