package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/terjime/terjime/workflow/catalog"
)

// chromium returns the path of Debian's chromium, skipping the test when
// it is missing, except in CI (CI=true), where that is a failure.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is missing: CI must install the Debian package chromium")
	}
	t.Skip("chromium is not installed (apt-get install chromium)")
	return ""
}

// page is what the browser shows of one edition.
type page struct {
	Lang, Title, Text, Charset, H1 string
	H1Width                        float64
}

// TestBrowser opens the HTML editions in headless Chromium, from file://
// so that the page's own <meta charset> decides the encoding, and checks
// what a reader sees: the language, the title, the visible text with every
// translated segment in it, and no replacement character where Cyrillic
// or Turkmen letters should be.
func TestBrowser(t *testing.T) {
	exe := chromium(t)
	fixture := editionFixture(t)
	out := filepath.Join(fixture, "dist")
	if code := run(context.Background(), []string{"terjime", "--quiet", "--project", fixture, "build", "--format", "html"}, noenv); code != exitOK {
		t.Fatalf("build: exit %d", code)
	}
	seed := t.TempDir()
	if code := run(context.Background(), []string{"terjime", "--quiet", "--project", "../..", "build", "--format", "html", "-o", seed}, noenv); code != exitOK {
		t.Fatalf("build of the seed: exit %d", code)
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox, // root in containers and CI
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	open := func(t *testing.T, path string) page {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path)); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		p, err := chromedp.Run(ctx, chromedp.Evaluate[page](`({
			Lang: document.documentElement.lang,
			Title: document.title,
			Charset: document.characterSet,
			Text: document.body.innerText,
			H1: document.querySelector("h1").innerText,
			H1Width: document.querySelector("h1").getBoundingClientRect().width,
		})`))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return p
	}

	for _, tc := range []struct {
		project, dist, doc, locale string
		want                       []string // shown on the page, beyond the catalog's targets
	}{
		{fixture, out, "seminar", "en", []string{"August 7, 2019", "More related articles", "organizations & agencies"}},
		{fixture, out, "seminar", "ru", []string{"7 августа 2019 г.", "Другие статьи по теме", "посвящён"}},
		{fixture, out, "seminar", "tk", []string{"2019-njy ýylyň 7-nji awgusty", "Degişli beýleki makalalar", "Döwrümiziň", "beýläk-de", "Oňa"}},
		{"../..", seed, "iom-seminar", "en", []string{"August 7, 2019", "More related articles"}},
		{"../..", seed, "iom-seminar", "ru", []string{"7 августа 2019 г."}},
		{"../..", seed, "iom-seminar", "tk", []string{"2019-njy ýylyň 7-nji awgusty"}},
	} {
		name := "fixture/" + tc.locale + "/" + tc.doc
		if tc.project == "../.." {
			name = "repository/" + tc.locale + "/" + tc.doc
		}
		t.Run(name, func(t *testing.T) {
			p := open(t, filepath.Join(tc.dist, tc.locale, tc.doc+".html"))
			if p.Lang != tc.locale {
				t.Errorf("lang = %q, want %q", p.Lang, tc.locale)
			}
			if p.Charset != "UTF-8" {
				t.Errorf("document.characterSet = %q, want UTF-8", p.Charset)
			}
			want := tc.want
			title := ""
			if tc.locale == "en" {
				src, err := catalog.ReadFile(filepath.Join(tc.project, "locales", "en", tc.doc+".toml"))
				if err != nil {
					t.Fatal(err)
				}
				for _, s := range src.Segments {
					if s.Kind == "title" {
						title = s.Source
					}
				}
			} else {
				c, err := catalog.ReadFile(filepath.Join(tc.project, "locales", tc.locale, tc.doc+".toml"))
				if err != nil {
					t.Fatal(err)
				}
				for i, s := range c.Segments {
					if i == 0 {
						title = s.Target
					}
					want = append(want, strings.Join(strings.Fields(s.Target), " "))
				}
			}
			if p.Title != title || p.H1 != title {
				t.Errorf("title %q, h1 %q; want %q", p.Title, p.H1, title)
			}
			if p.H1Width <= 0 {
				t.Errorf("the title takes no room on the page: width %v", p.H1Width)
			}
			if strings.ContainsRune(p.Text, '\uFFFD') || strings.ContainsRune(p.Title, '\uFFFD') {
				t.Errorf("replacement characters on the page:\n%s", p.Text)
			}
			text := strings.Join(strings.Fields(p.Text), " ")
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("the page does not show %q:\n%s", w, p.Text)
				}
			}
		})
	}
}
