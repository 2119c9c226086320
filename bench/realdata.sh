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
# The message catalogs are short interface strings: those of every Debian
# package that ships a Russian or Turkmen one (GNU, GNOME, Xfce, MATE,
# Lomiri, KDE with its rich text and %1 placeholders, LibreOffice, and
# programs whose strings hold links, addresses, grouped numbers and {name}
# placeholders: calibre, Inkscape, GIMP, Evolution, GnuCash…). The corpus also has running text: the Russian manual pages
# of manpages-ru and manpages-ru-dev, the Russian Debian FAQ, Debian's
# history, aptitude's manual, the New Maintainers' Guide, the Developer's
# Reference, the Installation Guide, the Debian Administrator's Handbook
# and KDE's handbooks, each page paired with its English original by
# po4a-gettextize into WORK/manuals (see
# bench/realdata/manual.go).
#
# Needs: go, apt-get (no root: apt-get download), perl, unzip, po4a (without
# it, no manuals). The packages are not committed: bench/realdata/packages.txt
# is the corpus.
# Run from the repository root.
set -eu

WORK=${WORK:-$(mktemp -d /tmp/terjime-realdata.XXXXXX)}
KEEP=${KEEP:-}
[ -n "$KEEP" ] || trap 'rm -rf "$WORK"' EXIT
# the corpus: bench/realdata/packages.txt
PKGS=$(sed 's/#.*//' bench/realdata/packages.txt)

mkdir -p "$WORK/debs" "$WORK/root"
# Fifty packages an apt-get call; a batch that fails is tried one by one,
# to skip only what is not available.
for p in $PKGS; do
	set -- "$WORK"/debs/"$p"_*.deb
	[ -e "$1" ] || echo "$p"
done >"$WORK/debs/wanted"
(cd "$WORK/debs" && xargs -r -n 50 sh -c 'apt-get download -qq "$@" 2>/dev/null || for p; do
	apt-get download -qq "$p" 2>/dev/null || echo "bench/realdata.sh: $p: not available, skipped" >&2
done' sh <wanted)
rm -f "$WORK/debs/wanted"
for d in "$WORK"/debs/*.deb; do
	[ -e "$WORK/root/.x.$(basename "$d")" ] && continue
	dpkg-deb -x "$d" "$WORK/root"
	touch "$WORK/root/.x.$(basename "$d")"
done
# calibre keeps its catalogs in a zip
z="$WORK/root/usr/share/calibre/localization/locales.zip"
for loc in ru tk; do
	[ -e "$z" ] && unzip -l "$z" "$loc/messages.mo" >/dev/null 2>&1 || continue
	mkdir -p "$WORK/root/usr/share/locale/$loc/LC_MESSAGES"
	unzip -p "$z" "$loc/messages.mo" >"$WORK/root/usr/share/locale/$loc/LC_MESSAGES/calibre.mo"
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
# pair FORMAT ENGLISH RUSSIAN OUT: align, where both exist and OUT was not
# tried before.
pair() {
	[ -e "$2" ] && [ -e "$3" ] && [ ! -e "$4.po" ] && [ ! -e "$4.failed" ] || return 0
	align "$@"
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
	doc="$WORK/root/usr/share/doc"
	for ru in "$doc"/debian/FAQ/ru/*.ru.html; do
		p=$(basename "$ru" .ru.html)
		pair xhtml "$doc/debian/FAQ/$p.en.html" "$ru" "$WORK/manuals/faq-$p.ru"
	done
	for ru in "$doc"/debian-history/docs/*.ru.html; do
		p=$(basename "$ru" .ru.html)
		pair xhtml "$doc/debian-history/docs/$p.en.html" "$ru" "$WORK/manuals/history-$p.ru"
	done
	for ru in "$doc"/aptitude/html/ru/*.html; do
		p=$(basename "$ru" .html)
		pair xhtml "$doc/aptitude/html/en/$p.html" "$ru" "$WORK/manuals/aptitude-$p.ru"
	done
	for ru in "$doc"/maint-guide-ru/html/*.ru.html; do
		p=$(basename "$ru" .ru.html)
		pair xhtml "$doc/maint-guide/html/$p.en.html" "$ru" "$WORK/manuals/maint-guide-$p.ru"
	done
	# developers-reference.html is the whole book again on one page
	dr="$WORK/root/usr/share/developers-reference"
	for ru in "$dr"/ru/*.html; do
		p=$(basename "$ru" .html)
		case $p in developers-reference | search | genindex) continue ;; esac
		pair xhtml "$dr/$p.html" "$ru" "$WORK/manuals/devref-$p.ru"
	done
	for ru in "$doc"/installation-guide-amd64/ru/*.html; do
		p=$(basename "$ru" .html)
		pair xhtml "$doc/installation-guide-amd64/en/$p.html" "$ru" "$WORK/manuals/install-$p.ru"
	done
	# The handbook publishes an untranslated page in English under ru-RU:
	# a page with fewer Cyrillic letters than a third of its Latin ones is
	# not a translation.
	dh="$doc/debian-handbook/html"
	for ru in "$dh"/ru-RU/*.html; do
		p=$(basename "$ru" .html)
		perl -CSD -0ne '$c = () = /\p{Cyrillic}/g; $l = () = /[A-Za-z]/g; exit($c * 3 > $l ? 0 : 1)' "$ru" || continue
		pair xhtml "$dh/en-US/$p.html" "$ru" "$WORK/manuals/handbook-$p.ru"
	done
	# A KDE handbook's Russian file names its translators where the English
	# one has a placeholder comment: their credits are cut first.
	for ru in "$doc"/HTML/ru/*/*.docbook; do
		app=$(basename "$(dirname "$ru")")
		p=$(basename "$ru" .docbook)
		out="$WORK/manuals/kde-$app-$p.ru"
		[ -e "$doc/HTML/en/$app/$p.docbook" ] && [ ! -e "$out.po" ] && [ ! -e "$out.failed" ] || continue
		perl -0pe 's/<othercredit\b.*?<\/othercredit\s*>//gs; s/<para\s*>\s*(?:Перевод|Обновление перевода|Перевела|Перевёл|Переводчик).*?<\/para\s*>//gs' "$ru" >"$WORK/manuals/ru.tmp"
		align docbook "$doc/HTML/en/$app/$p.docbook" "$WORK/manuals/ru.tmp" "$out"
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
