#!/bin/sh
# bench/check.sh: time terjime check and terjime status on a generated
# project, and the usual gettext-world QA tools on the same content exported
# to PO: Translate Toolkit's pofilter (QA checks) and pocount (statistics),
# and GNU gettext's msgfmt --statistics. Prints seconds, peak memory and
# how many times slower each tool is than terjime.
#
#   bench/check.sh                  # 1,000 documents × 1,000 segments × ru, tk
#   DOCS=100 bench/check.sh         # a tenth of that
#
# Needs: go, and the Debian packages translate-toolkit and gettext.
# Run from the repository root.
set -eu

DOCS=${DOCS:-1000}
SEGMENTS=${SEGMENTS:-1000}
WORK=${WORK:-$(mktemp -d /tmp/terjime-bench.XXXXXX)}
KEEP=${KEEP:-}

for tool in pofilter pocount msgfmt /usr/bin/time; do
	command -v "$tool" >/dev/null || { echo "bench/check.sh: $tool is missing (apt-get install translate-toolkit gettext time)" >&2; exit 2; }
done
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT

go build -o "$WORK/terjime" ./cmd/terjime
go run ./bench/checkgen -out "$WORK/proj" -docs "$DOCS" -segments "$SEGMENTS"
T="$WORK/terjime --project $WORK/proj --quiet"
for l in ru tk; do
	$T export --locale "$l" --format po -o "$WORK/$l.po"
done
SEGS=$((DOCS * SEGMENTS * 2))
echo "$SEGS segments (ru + tk); PO files: $(du -ch "$WORK"/ru.po "$WORK"/tk.po | tail -1 | cut -f1)"

# run NAME CMD…: time a command (its exit status is ignored: QA tools exit
# non-zero on findings) and record wall seconds, CPU seconds, peak MB.
run() {
	name=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >/dev/null 2>&1 || true
	# time writes "Command exited with non-zero status N" first then.
	set -- $(tail -n 1 "$WORK/time")
	echo "$name $1 $(echo "$2 + $3" | bc) $(($4 / 1024))" >>"$WORK/results"
}

: >"$WORK/results"
run "terjime-check" $T check --format json
run "terjime-status" $T status --json
run "pofilter" sh -c "pofilter --progress=none -i $WORK/ru.po -o $WORK/ru.out.po && pofilter --progress=none -i $WORK/tk.po -o $WORK/tk.out.po"
run "pocount" pocount --csv "$WORK/ru.po" "$WORK/tk.po"
run "msgfmt-statistics" sh -c "msgfmt --statistics -o /dev/null $WORK/ru.po && msgfmt --statistics -o /dev/null $WORK/tk.po"

awk -v segs="$SEGS" '
	NR == 1 { base = $2; basecpu = $3 }
	{
		printf "%-18s %9.2f s wall %9.2f s cpu %7d MB %12.0f segments/s  %7.1f× terjime check (cpu %5.1f×)\n",
			$1, $2, $3, $4, ($2 > 0 ? segs / $2 : 0), ($2 / base), ($3 / basecpu)
	}' "$WORK/results"
