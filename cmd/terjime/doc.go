// Command terjime is a translation and publishing workflow for news
// articles: it segments an article into catalogs per locale, applies a
// terminology glossary, checks translations, merges translators' work and
// assembles the editions.
package main
