// Package checkbench generates large synthetic translation projects for
// the benchmarks of terjime check and status, and for bench/check.sh,
// which times other QA tools on the same content.
//
// The segments are the seed article's sentences with their Russian and
// Turkmen translations (testdata/translations/iom-seminar.tsv), each made
// unique by a clause with a year and a grouped number written the way each
// language writes it ("12,345" / "12 345"), so the checks see realistic
// news text: long sentences, names, numbers, quotes. About one segment in
// thirty has a defect a check reports: untranslated, a changed number,
// straight quotes in Russian, a double space, a missing end mark.
package checkbench
