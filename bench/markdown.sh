#!/bin/sh
# bench/markdown.sh: terjime segment of a large Markdown article against
# po4a, on one core.
#
# bench/mdgen writes the seed article as the site keeps it, repeated to
# SIZE megabytes; "terjime segment" cuts it into the source catalog and
# the ru and tk catalogs and writes them, and po4a-updatepo (Debian's
# po4a) extracts the same file into a PO template. Prints the processor
# seconds (user + system) of each, terjime's MB/s of processor time, and
# how many times faster terjime is.
#
#   bench/markdown.sh              # 20 MB
#   SIZE=5 bench/markdown.sh
#
# Needs: go, /usr/bin/time (Debian package time), po4a-updatepo (po4a).
# Run from the repository root.
set -eu

SIZE=${SIZE:-20}
WORK=${WORK:-$(mktemp -d /tmp/terjime-markdown.XXXXXX)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$WORK"' EXIT
for tool in /usr/bin/time po4a-updatepo; do
	command -v "$tool" >/dev/null || { echo "bench/markdown.sh: $tool is missing (apt-get install time po4a)" >&2; exit 2; }
done

go build -o "$WORK/terjime" ./cmd/terjime
mkdir -p "$WORK/project"
go run ./bench/mdgen -size "$SIZE" >"$WORK/project/big.md"
bytes=$(wc -c <"$WORK/project/big.md")
cat >"$WORK/project/terjime.toml" <<'TOML'
source_locale = "en"
target_locales = ["ru", "tk"]

[[document]]
name = "big"
source = "big.md"
TOML

cpu() { # the processor seconds of a command, on one core
	/usr/bin/time -f '%U %S' -o "$WORK/time" taskset -c 0 "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
	awk '{ printf "%.2f", $1 + $2 }' "$WORK/time"
}

t=$(cpu "$WORK/terjime" --quiet --project "$WORK/project" segment --no-tm)
p=$(cpu po4a-updatepo -f text -o markdown -m "$WORK/project/big.md" -p "$WORK/big.pot")
awk -v b="$bytes" -v t="$t" -v p="$p" 'BEGIN {
	printf "input: %.1f MB of Markdown\n", b / 1e6
	printf "terjime segment: %.2f s of processor time, %.1f MB/s\n", t, b / 1e6 / t
	printf "po4a-updatepo:   %.2f s of processor time, %.2f MB/s\n", p, b / 1e6 / p
	printf "terjime is %.1f times as fast\n", p / t
}'
