package workflow

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHugoSite builds the Markdown article's editions in the hugo layout
// and then a Hugo site from them with Debian's hugo: every locale's page
// exists, in its language, and links to the other two as its translations.
// Without hugo the test skips, except in CI (CI=true), where it fails.
func TestHugoSite(t *testing.T) {
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("hugo is missing (Debian package hugo); CI must install it")
		}
		t.Skip("hugo not installed (Debian package hugo)")
	}
	dir := t.TempDir()
	files := map[string]string{
		"content/en/news/iom-seminar.md": "../testdata/site/content/en/news/iom-seminar.md",
		"locales/ru/iom-seminar.toml":    "../locales/ru/iom-seminar-site.toml",
		"locales/tk/iom-seminar.toml":    "../locales/tk/iom-seminar-site.toml",
	}
	for to, from := range files {
		data, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		// The catalogs name their document; here it is iom-seminar.
		data = []byte(strings.Replace(string(data), `document = "iom-seminar-site"`, `document = "iom-seminar"`, 1))
		writeFile(t, filepath.Join(dir, to), string(data))
	}
	writeFile(t, filepath.Join(dir, ProjectFile), `source_locale = "en"
target_locales = ["ru", "tk"]

[build]
layout = "hugo"
links = "/{locale}/"

[[document]]
name = "iom-seminar"
source = "content/en/news/iom-seminar.md"
`)
	p, err := LoadProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, stderr, err := runBuild(t, p, BuildOptions{}); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	writeFile(t, filepath.Join(dir, "hugo.toml"), `baseURL = "https://news.example.org/"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[languages.en]
contentDir = "content/en"
weight = 1
[languages.ru]
contentDir = "content/ru"
weight = 2
[languages.tk]
contentDir = "content/tk"
weight = 3
`)
	writeFile(t, filepath.Join(dir, "layouts/_default/single.html"), `<!DOCTYPE html>
<html lang="{{ .Lang }}"><head><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>{{ .Content }}
<nav>{{ range .Translations }}<a hreflang="{{ .Lang }}" href="{{ .RelPermalink }}">{{ .Title }}</a>
{{ end }}</nav></body></html>
`)
	writeFile(t, filepath.Join(dir, "layouts/_default/list.html"), `{{ range .Pages }}{{ .Title }}{{ end }}`)
	out, err := exec.Command(hugo, "--quiet", "--source", dir, "--destination", filepath.Join(dir, "public")).CombinedOutput()
	if err != nil {
		t.Fatalf("hugo: %v\n%s", err, out)
	}
	want := map[string][]string{
		"en": {`<html lang="en">`, "<title>Cooperation in countering global threats of our times</title>", `hreflang="ru" href="/ru/news/iom-seminar/"`, `hreflang="tk" href="/tk/news/iom-seminar/"`},
		"ru": {`<html lang="ru">`, "<title>Сотрудничество в противодействии глобальным угрозам современности</title>",
			`<a href="https://www.iom.int">Международной организации по миграции (МОМ)</a>`, `href="/ru/news/medical-tourism/"`,
			`hreflang="en" href="/en/news/iom-seminar/"`, `hreflang="tk" href="/tk/news/iom-seminar/"`},
		"tk": {`<html lang="tk">`, "<title>Döwrümiziň ählumumy howplaryna garşy göreşde hyzmatdaşlyk</title>",
			`<em>«Sebit`, `hreflang="en" href="/en/news/iom-seminar/"`, `hreflang="ru" href="/ru/news/iom-seminar/"`},
	}
	for loc, ws := range want {
		page := filepath.Join(dir, "public", loc, "news", "iom-seminar", "index.html")
		data, err := os.ReadFile(page)
		if err != nil {
			t.Fatalf("hugo made no %s page: %v\n%s", loc, err, out)
		}
		for _, w := range ws {
			if !strings.Contains(string(data), w) {
				t.Errorf("the %s page lacks %s:\n%s", loc, w, data)
			}
		}
	}
}

// writeFile writes a file, making its directory.
func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
