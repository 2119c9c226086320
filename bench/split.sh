#!/bin/sh
# bench/split.sh: processor time of terjime split, plain and --json, on
# about 5 MB of English news text, against po4a-updatepo (Debian's po4a,
# the usual tool that cuts a text document into translation units) on the
# same file. Prints the seconds (user + system, the best of RUNS runs) and
# the two ratios the project holds itself to: --json within 1.5× of the
# plain output, and at least 18× less processor time than po4a-updatepo.
#
#   bench/split.sh              # 5 MB, 3 runs each
#   MB=1 RUNS=5 bench/split.sh
#
# The text is the seed article's paragraphs, each repeated with a
# numbered lead ("Report 12-3. …") so that no two paragraphs are equal
# (po4a merges equal strings). Needs: go, po4a, GNU time. Run from the
# repository root.
set -eu

MB=${MB:-5}
RUNS=${RUNS:-3}
WORK=${WORK:-$(mktemp -d /tmp/terjime-split.XXXXXX)}
KEEP=${KEEP:-}

for tool in po4a-updatepo /usr/bin/time; do
	command -v "$tool" >/dev/null || { echo "bench/split.sh: $tool is missing (apt-get install po4a time)" >&2; exit 2; }
done
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT

go build -o "$WORK/terjime" ./cmd/terjime
awk -v bytes=$((MB * 1000000)) 'BEGIN { RS = "" }
	NR > 2 { p[n++] = $0 }
	END {
		for (i = 1; size < bytes; i++)
			for (j = 0; j < n; j++) {
				line = "Report " i "-" j ". " p[j] "\n\n"
				printf "%s", line
				size += length(line)
			}
	}' testdata/iom-seminar.en.txt >"$WORK/news.txt"
echo "text: $(wc -c <"$WORK/news.txt") bytes, $("$WORK/terjime" split --lang en "$WORK/news.txt" | wc -l) segments"

# cpu CMD…: the least user + system seconds of RUNS runs.
cpu() {
	: >"$WORK/cpu"
	for _ in $(seq "$RUNS"); do
		/usr/bin/time -f "%U %S" -o "$WORK/time" "$@" >/dev/null 2>&1
		tail -n 1 "$WORK/time" | awk '{ print $1 + $2 }' >>"$WORK/cpu"
	done
	sort -g "$WORK/cpu" | head -n 1
}

plain=$(cpu "$WORK/terjime" split --lang en "$WORK/news.txt")
json=$(cpu "$WORK/terjime" split --lang en --json "$WORK/news.txt")
po4a=$(cpu po4a-updatepo -f text -M UTF-8 -m "$WORK/news.txt" -p "$WORK/news.pot")
rm -f "$WORK/news.pot"

awk -v plain="$plain" -v json="$json" -v po4a="$po4a" 'BEGIN {
	printf "terjime split          %6.2f s cpu\n", plain
	printf "terjime split --json   %6.2f s cpu   %.2f× the plain output (at most 1.5×)\n", json, json / plain
	printf "po4a-updatepo -f text  %6.2f s cpu   %.1f× terjime split --json (at least 18×)\n", po4a, po4a / json
}'
