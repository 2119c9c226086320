#!/bin/sh
# bench/ddtp.sh: terjime check on Debian's package descriptions, as the
# Debian Description Translation Project translated them into Russian:
# running text reviewed by translators, and no rule of the checks was made
# from it before it was first judged (bench/realdata/RESULTS.md). Fetches
# apt's Translation-en and Translation-ru files of the system's release,
# builds a project of one document per package (bench/realdata ddtp), runs
# terjime check on it and prints per check the findings and the precision
# on the verdicts of bench/realdata/judged-ddtp.tsv. WORK/sample.tsv is the
# sample, verdicts filled where judged, for judging the rest.
#
#   bench/ddtp.sh
#   WORK=/tmp/ddtp KEEP=1 bench/ddtp.sh       # keep the project
#
# Needs: go, apt-get (root: the index files are fetched with "apt-get
# update"), /usr/lib/apt/apt-helper. Run from the repository root.
set -eu

WORK=${WORK:-$(mktemp -d /tmp/terjime-ddtp.XXXXXX)}
KEEP=${KEEP:-}
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK"

apt-get -qq -o Acquire::Languages=en,ru update
for loc in en ru; do
	f=$(ls /var/lib/apt/lists/*_dists_*_main_i18n_Translation-"$loc"* | grep -v -e -updates -e -security | head -1)
	/usr/lib/apt/apt-helper cat-file "$f" >"$WORK/Translation-$loc"
done

rm -rf "$WORK/clean"
go run ./bench/realdata ddtp -en "$WORK/Translation-en" -ru "$WORK/Translation-ru" -out "$WORK"
go build -o "$WORK/terjime" ./cmd/terjime
"$WORK/terjime" --project "$WORK/clean" --quiet check --format json >"$WORK/clean.json" || true
go run ./bench/realdata score -work "$WORK" -sample 100000 -judged bench/realdata/judged-ddtp.tsv
