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
# Besides the message catalogs (short interface strings), the corpus has
# running text: the Russian manual pages of manpages-ru and the chapters of
# the Russian Debian FAQ, each paired with its English original by
# po4a-gettextize into WORK/manuals (see bench/realdata/manual.go).
#
# Needs: go, apt-get (no root: apt-get download), po4a (without it, no
# manuals). The packages are not committed; the list below is the corpus.
# Run from the repository root.
set -eu

WORK=${WORK:-$(mktemp -d /tmp/terjime-realdata.XXXXXX)}
KEEP=${KEEP:-}
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT
PKGS="apt dpkg coreutils tar grep findutils diffutils sed bash util-linux-locales
e2fsprogs-l10n iso-codes adduser debconf-i18n wget nano man-db procps passwd sudo
gawk parted gettext gnupg-l10n psmisc libgtk-3-common libglib2.0-data at-spi2-common
libgdk-pixbuf2.0-common gtk2-engines libgtk2.0-common cups-common systemd network-manager
aptitude-common gnome-control-center-data nautilus-data gedit-common evince-common xfce4-panel
thunar-data mousepad totem-common
audacious-plugins-data baobab bison cpio dialog eog evolution-data-server-common file-roller
filezilla-common git gnome-calculator gnome-desktop3-data gnome-disk-utility gnome-shell-common
gnome-system-monitor gnome-terminal-data gnumeric-common hexchat-common kbd libc-l10n
libgweather-4-common lxpanel-data make mc-data mutt pcmanfm pidgin-data rhythmbox-data ristretto
sharutils synaptic texinfo vlc-l10n wdiff xfce4-power-manager-data xfce4-settings xfce4-terminal
xfdesktop4-data
manpages manpages-ru debian-faq debian-faq-ru"

mkdir -p "$WORK/debs" "$WORK/root"
for p in $PKGS; do
	set -- "$WORK"/debs/"$p"_*.deb
	[ -e "$1" ] && continue
	(cd "$WORK/debs" && apt-get download -qq "$p" 2>/dev/null) || echo "bench/realdata.sh: $p: not available, skipped" >&2
done
for d in "$WORK"/debs/*.deb; do
	dpkg-deb -x "$d" "$WORK/root"
done

# Manuals: each Russian page or chapter aligned with its English original
# (the Russian page's closing translators' section cut first). A page whose
# structure differs from the English one is skipped.
mkdir -p "$WORK/manuals"
# align FORMAT ENGLISH RUSSIAN OUT: OUT.po, or OUT.failed when the two
# differ in structure (not tried again). po4a-gettextize runs in the
# manuals directory, where it leaves its failed attempts.
align() {
	if (cd "$WORK/manuals" && po4a-gettextize -f "$1" -m "$2" -l "$3" -M UTF-8 -L UTF-8 -p "$4.po" >/dev/null 2>&1); then
		ok=$((ok + 1))
	else
		rm -f "$4.po"
		touch "$4.failed"
		failed=$((failed + 1))
	fi
}
if command -v po4a-gettextize >/dev/null; then
	ok=0 failed=0
	for ru in "$WORK"/root/usr/share/man/ru/man*/*.gz; do
		sec=$(basename "$(dirname "$ru")")
		page=$(basename "$ru" .gz)
		en="$WORK/root/usr/share/man/$sec/$page.gz"
		out="$WORK/manuals/man-$page.ru"
		[ ! -L "$ru" ] && [ -e "$en" ] && [ ! -e "$out.po" ] && [ ! -e "$out.failed" ] || continue
		zcat "$en" >"$WORK/manuals/en.tmp"
		zcat "$ru" | awk '/^\.SH "?ПЕРЕВОД/ { exit } { print }' >"$WORK/manuals/ru.tmp"
		align man "$WORK/manuals/en.tmp" "$WORK/manuals/ru.tmp" "$out"
	done
	faq="$WORK/root/usr/share/doc/debian/FAQ"
	for ru in "$faq"/ru/*.ru.html; do
		[ -e "$ru" ] || continue
		ch=$(basename "$ru" .ru.html)
		out="$WORK/manuals/faq-$ch.ru"
		[ -e "$faq/$ch.en.html" ] && [ ! -e "$out.po" ] && [ ! -e "$out.failed" ] || continue
		align xhtml "$faq/$ch.en.html" "$ru" "$out"
	done
	rm -f "$WORK/manuals/en.tmp" "$WORK/manuals/ru.tmp" "$WORK/manuals/gettextization.failed.po"
	echo "bench/realdata.sh: manuals aligned: $ok new, $failed not aligned" >&2
else
	echo "bench/realdata.sh: po4a-gettextize not found: no manuals in the corpus" >&2
fi

go build -o "$WORK/terjime" ./cmd/terjime
go run ./bench/realdata build -root "$WORK/root" -manuals "$WORK/manuals" -out "$WORK"
for p in clean planted; do
	"$WORK/terjime" --project "$WORK/$p" --quiet check --list-missing --format json >"$WORK/$p.json" || true
done
set --
for f in bench/realdata/judged-*.tsv; do
	[ -e "$f" ] && set -- "$@" -judged "$f"
done
go run ./bench/realdata score -work "$WORK" "$@"
echo "sample to judge: $WORK/sample.tsv"
