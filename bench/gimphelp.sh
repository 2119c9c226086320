#!/bin/sh
# bench/gimphelp.sh: terjime check on the GIMP user manual as Debian ships
# it in English and in Russian (gimp-help-en, gimp-help-ru): a corpus of
# running text no rule of the checks was made from before it was judged
# (bench/realdata/RESULTS.md). Each Russian page that is a translation
# (more Cyrillic letters than a third of its Latin ones) is aligned with
# its English original by po4a-gettextize, the pages are built into a
# project (bench/realdata build), and terjime check runs on it and on a
# copy with errors planted; the scores use the verdicts of
# bench/realdata/judged-gimp.tsv. WORK/sample.tsv is the sample.
#
#   bench/gimphelp.sh
#   WORK=/tmp/gimphelp KEEP=1 bench/gimphelp.sh    # keep the project
#
# Needs: go, apt-get (no root: apt-get download), perl, po4a. Run from the
# repository root.
set -eu

WORK=${WORK:-$(mktemp -d /tmp/terjime-gimphelp.XXXXXX)}
KEEP=${KEEP:-}
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/debs" "$WORK/root" "$WORK/manuals" "$WORK/none"
(cd "$WORK/debs" && apt-get download -qq gimp-help-en gimp-help-ru)
for d in "$WORK"/debs/*.deb; do
	dpkg-deb -x "$d" "$WORK/root"
done

help="$WORK/root/usr/share/gimp/2.0/help"
ok=0 failed=0
for ru in "$help"/ru/*.html; do
	p=$(basename "$ru" .html)
	[ -e "$help/en/$p.html" ] || continue
	perl -CSD -0ne '$c = () = /\p{Cyrillic}/g; $l = () = /[A-Za-z]/g; exit($c * 3 > $l ? 0 : 1)' "$ru" || continue
	if (cd "$WORK/manuals" && po4a-gettextize -f xhtml -m "$help/en/$p.html" -l "$ru" -M UTF-8 -L UTF-8 -p "gimp-$p.ru.po" >/dev/null 2>&1); then
		ok=$((ok + 1))
	else
		rm -f "$WORK/manuals/gimp-$p.ru.po"
		failed=$((failed + 1))
	fi
done
rm -f "$WORK/manuals/gettextization.failed.po"
echo "bench/gimphelp.sh: pages aligned: $ok, not aligned: $failed" >&2

go build -o "$WORK/terjime" ./cmd/terjime
go run ./bench/realdata build -root "$WORK/none" -manuals "$WORK/manuals" -out "$WORK"
for p in clean planted; do
	"$WORK/terjime" --project "$WORK/$p" --quiet check --list-missing --format json >"$WORK/$p.json" || true
done
go run ./bench/realdata score -work "$WORK" -sample 100000 -judged bench/realdata/judged-gimp.tsv
echo "sample to judge: $WORK/sample.tsv"
