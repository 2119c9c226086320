// Package turkmen holds the Turkmen spelling rules terjime applies in more
// than one place: vowel harmony, the suffixes written after a hyphen on
// numbers and acronyms, and the month names of the official date line.
//
// # Vowel harmony
//
// A Turkmen suffix comes in a back-vowel and a front-vowel variant (-nyň /
// -niň, -da / -de, -njy / -nji), chosen by the last vowel of what it
// follows: back a o u y, front ä e i ö ü. Class tells which a letter is;
// LastClass finds the last vowel of a word.
//
// # Numbers and acronyms
//
// Digits and acronyms take their suffixes after a hyphen, in the harmony of
// the word that is read aloud (Turkmen orthography rules; state media write
// it so):
//
//   - a number follows its last spoken word: 7-nji (ýedi), 6-njy (alty),
//     2019-njy (… dokuz), 2020-nji (… ýigrimi), 2030-njy (… otuz), 1000-nji
//     (müň). NumberClass and Ordinal apply it; the ordinal suffix after
//     digits is always -njy/-nji.
//   - an acronym read letter by letter follows the name of its last
//     letter: BMG-niň and MHG-niň (G is «ge»), ÝHHG-niň, ABŞ-nyň (Ş is
//     «şa»), TDH-nyň (H is «ha»). Letter names have front vowels except
//     those of the back vowels themselves (a o u y) and of K «ka», H «ha»
//     and Ş «şa». An acronym read as a word follows the word: ÝUNESKO-nyň,
//     GDA-nyň. AcronymClasses returns the classes an acronym allows: an
//     acronym with a vowel may also take its last vowel's class, read as a
//     word (OPEK-iň, ÝUNOPS-yň) or not (the press writes AHHG-nyň beside
//     AHHG-niň, YHG-da); one without (BMG, ŞHG, TSTB) takes the letter
//     name only. CheckSuffix tells whether a hyphenated word's suffix
//     breaks the harmony; it leaves alone an acronym's -na, -nda, -ndan,
//     which follow only a possessive and so stand for the full name's
//     ending (BSG-na for «… Guramasyna»). bench/tkpress measures all this
//     on 1,015 forms of Turkmen news pages.
//
// # Dates
//
// The official date line of Turkmen state media is «2019-njy ýylyň
// 7-nji awgusty»: ordinal year, genitive ýylyň, ordinal day, and the month
// with its third-person possessive (awgusty, marty, apreli). Month and
// MonthPossessive give the names; Date and CompactDate write the two
// forms.
package turkmen
