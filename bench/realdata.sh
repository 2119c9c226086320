#!/bin/sh
# bench/realdata.sh: terjime check on real, published translations. Downloads
# Debian packages that ship Russian and Turkmen message catalogs, extracts
# them, builds a project of their en→ru and en→tk pairs (one document per
# catalog) and a copy with errors planted in it (bench/realdata), runs
# terjime check on both, and prints per check the findings and the
# precision on the sample judged by hand (bench/realdata/judged-*.tsv), and
# the recall on the planted errors. WORK/sample.tsv is the current sample,
# verdicts filled where judged, for judging the rest.
#
#   bench/realdata.sh
#   WORK=/tmp/rd KEEP=1 bench/realdata.sh      # keep the downloads and the project
#
# Needs: go, apt-get (no root: apt-get download). The packages are not
# committed; the list below is the corpus. Run from the repository root.
set -eu

WORK=${WORK:-$(mktemp -d /tmp/terjime-realdata.XXXXXX)}
KEEP=${KEEP:-}
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT
PKGS="apt dpkg coreutils tar grep findutils diffutils sed bash util-linux-locales
e2fsprogs-l10n iso-codes adduser debconf-i18n wget nano man-db procps passwd sudo
gawk parted gettext gnupg-l10n psmisc libgtk-3-common libglib2.0-data at-spi2-common
libgdk-pixbuf2.0-common gtk2-engines libgtk2.0-common cups-common systemd network-manager
aptitude-common gnome-control-center-data nautilus-data gedit-common evince-common xfce4-panel
thunar-data mousepad totem-common"

mkdir -p "$WORK/debs" "$WORK/root"
if [ ! -e "$WORK/debs/.done" ]; then
	for p in $PKGS; do
		(cd "$WORK/debs" && apt-get download -qq "$p" 2>/dev/null) || echo "bench/realdata.sh: $p: not available, skipped" >&2
	done
	touch "$WORK/debs/.done"
fi
for d in "$WORK"/debs/*.deb; do
	dpkg-deb -x "$d" "$WORK/root"
done

go build -o "$WORK/terjime" ./cmd/terjime
go run ./bench/realdata build -root "$WORK/root" -out "$WORK"
for p in clean planted; do
	"$WORK/terjime" --project "$WORK/$p" --quiet check --list-missing --format json >"$WORK/$p.json" || true
done
set --
for f in bench/realdata/judged-*.tsv; do
	[ -e "$f" ] && set -- "$@" -judged "$f"
done
go run ./bench/realdata score -work "$WORK" "$@"
echo "sample to judge: $WORK/sample.tsv"
