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
# The message catalogs are short interface strings: GNU, GNOME, Xfce, MATE,
# Lomiri and the other packages that ship Turkmen catalogs, KDE
# applications (rich text, %1 placeholders), LibreOffice, and programs
# whose strings hold links, addresses, grouped numbers and {name}
# placeholders (calibre, Inkscape, GIMP, Evolution, GnuCash, Claws Mail,
# Quod Libet…). The corpus also has running text: the Russian manual pages
# of manpages-ru and manpages-ru-dev, the Russian Debian FAQ, Debian's
# history, aptitude's manual, the New Maintainers' Guide, the Developer's
# Reference, the Installation Guide, the Debian Administrator's Handbook
# and KDE's handbooks, each page paired with its English original by
# po4a-gettextize into WORK/manuals (see
# bench/realdata/manual.go).
#
# Needs: go, apt-get (no root: apt-get download), perl, unzip, po4a (without
# it, no manuals). The packages are not committed; the list below is the corpus.
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
manpages manpages-ru manpages-dev manpages-ru-dev debconf debconf-doc debian-faq debian-faq-ru
debian-history
akira asunder atril-common bookworm caja-actions-common caja-common caja-extensions-common
cinnamon-desktop-data cinnamon-l10n content-hub dasher-data easyssh engrampa-common eom-common
epiphany-browser-data gedit-plugins-common gnome-session-common go-for-it gtranslator isomaster
libendless-0-common libgranite-7-common libgranite-common libgtk-4-common
libmatekbd-common libmatemixer-common libsugarext-data lomiri-calculator-app lomiri-camera-app
lomiri-clock-app lomiri-common lomiri-docviewer-app lomiri-filemanager-app
lomiri-gallery-app-common lomiri-indicator-network lomiri-indicator-transfer-common
lomiri-mediaplayer-app-common lomiri-music-app lomiri-system-settings lomiri-telephony-service
lomiri-ui-toolkit-examples lomiri-url-dispatcher marco-common mate-applets-common mate-calc-common
mate-control-center-common mate-desktop-common mate-indicator-applet-common mate-media-common
mate-menu mate-menus mate-netbook-common mate-panel-common mate-power-manager-common
mate-sensors-applet-common mate-session-manager mate-system-monitor-common mate-terminal-common
mate-tweak mate-user-admin mate-user-share-common mate-utils-common metacity-common morph-browser
mozo muffin-common mutter-common pluma-common pluma-plugins-common qml-module-lomiri-components
qml-module-lomiri-components-extras qml-module-lomiri-settings-components ukui-media-common
ukwm-common usermetricsservice vala-panel-appmenu-common vala-panel-common
xfce4-sntray-plugin-common python3-django gajim meld gramps orca
libreoffice-l10n-ru
dolphin konsole okular gwenview ark kate5-data kwrite kmail kleopatra korganizer kaddressbook
akregator kalarm k3b-i18n kio kio-extras-data kinfocenter kwin-data kcalc kcharselect kfind
kompare kmix ktorrent-data konversation-data kget kgpg ksystemlog kde-spectacle filelight juk
lokalize skanlite sweeper kwalletmanager kdeconnect systemsettings khelpcenter kolourpaint
umbrello-data kid3 digikam-data libkf5xmlgui-data libkf5configwidgets-data
libkf5textwidgets-data libkf5widgetsaddons-data libkf5kdelibs4support-data powerdevil-data
plasma-pa bluedevil kdepim-runtime
calibre inkscape evolution-common gnucash-common gimp-data darktable claws-mail-i18n
sylpheed-i18n balsa-data exfalso zim blueman deluge-common transmission-gtk
system-config-printer-common simple-scan variety gnome-software-common gnome-maps geany-common
shotwell-common gpodder tilix-common pitivi bleachbit kupfer gthumb-data brasero-common
liferea-data seahorse gnome-keyring solaar terminator gufw rednotebook hamster-time-tracker
deja-dup gnome-boxes gnome-contacts gnome-clocks gnome-music gnome-weather gnome-tweaks polari
cheese mypaint thonny vim-runtime binutils-common gcc-12-locales
aptitude-doc-en aptitude-doc-ru maint-guide maint-guide-ru developers-reference
developers-reference-ru installation-guide-amd64 debian-handbook"

mkdir -p "$WORK/debs" "$WORK/root"
for p in $PKGS; do
	set -- "$WORK"/debs/"$p"_*.deb
	[ -e "$1" ] && continue
	(cd "$WORK/debs" && apt-get download -qq "$p" 2>/dev/null) || echo "bench/realdata.sh: $p: not available, skipped" >&2
done
for d in "$WORK"/debs/*.deb; do
	dpkg-deb -x "$d" "$WORK/root"
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
