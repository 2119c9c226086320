#!/bin/sh
# bench/merge.sh: time "terjime merge" of a whole locale returned by a
# translator, in each format, with the real binary on one core.
#
# A generated project (bench/checkgen: DOCS documents × SEGMENTS segments,
# ru and tk complete) is exported to every format; a copy of the project
# whose ru catalogs have lost every translation then takes each file back,
# so that every merge applies all DOCS × SEGMENTS translations and writes
# every ru catalog. Prints wall and processor seconds, page faults and
# peak memory per format.
#
#   bench/merge.sh                  # 100 documents × 1,000 segments
#   DOCS=10 bench/merge.sh          # a tenth of that
#
# Needs: go and /usr/bin/time (Debian package time). Run from the
# repository root.
set -eu

DOCS=${DOCS:-100}
SEGMENTS=${SEGMENTS:-1000}
WORK=${WORK:-$(mktemp -d /tmp/terjime-merge.XXXXXX)}
KEEP=${KEEP:-}

command -v /usr/bin/time >/dev/null || { echo "bench/merge.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT

go build -o "$WORK/terjime" ./cmd/terjime
go run ./bench/checkgen -out "$WORK/full" -docs "$DOCS" -segments "$SEGMENTS"
T="$WORK/terjime --quiet --project"
for f in xliff xliff12 po csv tmx; do
	$T "$WORK/full" export --locale ru --format "$f" -o "$WORK/ru.$f"
done
mkdir "$WORK/goi18n"
$T "$WORK/full" export --locale ru --format goi18n -o "$WORK/goi18n"

# The project as it was before the translator's work came back, and the
# files as if exported from it: each records as its base (what the export
# wrote) an untranslated segment, so that the merge, three-way, applies
# every translation the translator brings.
cp -r "$WORK/full" "$WORK/empty"
sed -i -E 's/^target = ".*"$/target = ""/; s/^state = "(translated|reviewed|final)"$/state = "untranslated"/; s/^source_hash = ".*"$/source_hash = ""/' \
	"$WORK"/empty/locales/ru/*.toml
base='[0-9a-f]{12} [a-z]+'
sed -i -E "s#(<mda:meta type=\"[0-9a-f]+\">)$base<#\1- untranslated<#" "$WORK/ru.xliff"
sed -i -E "s#(<context context-type=\"x-terjime-base\">)$base<#\1- untranslated<#" "$WORK/ru.xliff12"
sed -i -E "s#(<prop type=\"x-terjime-base\">)$base<#\1- untranslated<#" "$WORK/ru.tmx"
sed -i -E "s/^(#\. terjime-base: )$base\$/\1- untranslated/" "$WORK/ru.po"
sed -i -E "s/,$base,(\r?)\$/,'- untranslated,base\1/" "$WORK/ru.csv" # base is marked escaped, as export marks it
sed -i -E "s/(terjime-base ru: )$base\"\$/\1- untranslated\"/" "$WORK"/goi18n/*.ru.toml

printf '%-8s %8s %8s %8s %8s %10s %8s\n' format MB wall user sys faults peakMB
for f in xliff xliff12 po csv tmx goi18n; do
	rm -rf "$WORK/proj"
	cp -r "$WORK/empty" "$WORK/proj"
	if [ "$f" = goi18n ]; then
		set -- "$WORK/goi18n/active.ru.toml" "$WORK/goi18n/translate.ru.toml"
	else
		set -- "$WORK/ru.$f"
	fi
	size=$(du -cm "$@" | tail -1 | cut -f1)
	sync # the copy's writes are not the merge's
	GOMAXPROCS=1 /usr/bin/time -f "%e %U %S %R %M" -o "$WORK/time" $T "$WORK/proj" merge "$@"
	# Every translation came back: as many segments are untranslated as
	# in the complete project (the states of the others may differ: PO,
	# for one, has no "reviewed").
	want=$($T "$WORK/full" status --json --locale ru | grep -m1 '"untranslated"')
	got=$($T "$WORK/proj" status --json --locale ru | grep -m1 '"untranslated"')
	if [ "$got" != "$want" ]; then
		echo "bench/merge.sh: after merging the $f export:$got, want$want" >&2
		exit 1
	fi
	set -- $(tail -n 1 "$WORK/time")
	printf '%-8s %8s %8s %8s %8s %10s %8s\n' "$f" "$size" "$1" "$2" "$3" "$4" "$(($5 / 1024))"
done
