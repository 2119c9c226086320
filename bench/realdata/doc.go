// Command realdata builds a translation project from real, published
// translations nobody here wrote — the Russian and Turkmen message catalogs
// that Debian's packages ship (.mo files under usr/share/locale: GNU,
// GNOME, KDE, LibreOffice…), and Russian manuals aligned with their
// English originals (manual.go: man pages, Debian's FAQ and guides, KDE's
// handbooks) — and scores terjime check on it: how many findings each
// check raises, its precision on a sample judged by hand, and its recall
// on errors planted in a copy of the project. bench/realdata.sh downloads
// and extracts the packages and runs it; the judged samples live next to
// this file. A second corpus, Debian's package descriptions and their
// Russian translations (ddtp.go, bench/ddtp.sh), has no planted copy:
// score then gives precision only. A third, the GIMP manual in English and
// Russian (bench/gimphelp.sh), is aligned like the manuals and built with
// an empty root.
//
//	realdata build -root EXTRACTED [-manuals DIR] -out WORK     # WORK/clean, WORK/planted, WORK/planted.tsv
//	realdata ddtp -en Translation-en -ru Translation-ru -out WORK  # WORK/clean
//	realdata score -work WORK [-judged FILE]…                   # after terjime check --format json into WORK/*.json
package main
