#!/usr/bin/env bash
# Builds the Debian package (scripts/package-deb), installs it (as root in CI: apt-get, which also
# checks its declared dependencies; elsewhere: extracted into a temporary root) and checks plans
# with the installed `plancheck` from a folder outside the checkout, with the checkout's rules out of
# reach (the packaged build cannot fall back to them). Run by scripts/test.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
installed=0
trap 'rm -rf "$work"; if [ $installed = 1 ]; then dpkg -r plancheck >/dev/null 2>&1 || true; fi' EXIT
deb="$(bash scripts/package-deb "$work/dist")"
# Listings go to files first: `grep -q` leaving a pipe early would kill dpkg-deb's tar (pipefail).
dpkg-deb --info "$deb" > "$work/info.txt"
dpkg-deb --contents "$deb" > "$work/contents.txt"
grep -q "Depends: .*libyaml-0-2.*libssl3.*poppler-utils" "$work/info.txt" \
  || { echo "check-deb: the package does not declare libyaml-0-2, libcrypto's libssl3 and poppler-utils" >&2; exit 1; }
for file in usr/bin/plancheck usr/share/plancheck/Rules/qd142/concepts.yml usr/share/man/man1/plancheck.1.gz \
            usr/share/bash-completion/completions/plancheck; do
  grep -q "$file" "$work/contents.txt" || { echo "check-deb: $file is not in the package" >&2; exit 1; }
done
if [ "$(id -u)" = 0 ] && [ "${CI:-}" = true ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  installed=1
  plancheck=plancheck
else
  dpkg-deb -x "$deb" "$work/root"
  plancheck="$work/root/usr/bin/plancheck"
fi
mkdir -p "$work/elsewhere"
cp Examples/ke-hoach-tinh-son-la.md Examples/ke-hoach-tinh-thieu.txt "$work/elsewhere/"
cd "$work/elsewhere"
status=0
PLANCHECK_RULES= "$plancheck" lint ke-hoach-tinh-son-la.md ke-hoach-tinh-thieu.txt --format json > result.json || status=$?
[ "$status" = 1 ] || { echo "check-deb: expected exit 1 (the second plan has gaps), got $status" >&2; exit 1; }
python3 - <<'PY'
import json
report = json.load(open("result.json"))
statuses = [{r["id"]: r["status"] for r in d["requirements"]} for d in report["documents"]]
assert len(statuses) == 2 and all(len(s) == 57 for s in statuses), "57 requirements per plan"
assert "missing" not in statuses[0].values() and "missing" in statuses[1].values(), "the complete plan passes, the other does not"
PY
"$plancheck" --version >/dev/null
"$plancheck" explain DS305 | grep -q "DS305"
cd /
echo "check-deb: $(basename "$deb") ($(du -k "$deb" | cut -f1) KB) installed; plancheck from the PATH checked two plans outside the checkout"
