package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
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
		// A loaded CI machine can take longer than the default 20 s to start it.
		chromedp.WSURLReadTimeout(90 * time.Second),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()
	// Start the browser here, once: a start that fails must stop the test,
	// since chromedp panics when a context that failed to start one is
	// asked to start another (as each subtest would).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("chromium does not start: %v", err)
	}

	open := func(t *testing.T, path string) page {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path)); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		p, err := chromedp.Run(ctx, chromedp.Evaluate[page](`({
			Lang: document.documentElement.lang,
			Title: document.title,
			Charset: document.characterSet,
			Text: document.body.textContent,
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

	// The layout, on the repository's three editions and the partial
	// edition of the edition tests (gaps marked): the measure, the language
	// switcher, the date line and the related articles on a desktop
	// window; no sideways scrolling at 360 px; the dark scheme; print.
	// The screenshots go to $TERJIME_SCREENSHOTS, or a temporary directory.
	shots := os.Getenv("TERJIME_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	media := func(typ, scheme string) {
		t.Helper()
		params := emulation.SetEmulatedMediaParams{Media: typ}
		if scheme != "" {
			params.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
		}
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, params); err != nil {
			t.Fatal(err)
		}
	}
	view := func(t *testing.T, path string, width, height int64, mobile bool, shot string) layout {
		t.Helper()
		var opts []chromedp.EmulateViewportOption
		if mobile {
			opts = append(opts, chromedp.EmulateMobile)
		}
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height, opts...), chromedp.Navigate("file://"+path)); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		l, err := chromedp.Run(ctx, chromedp.Evaluate[layout](layoutJS))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if err := os.WriteFile(filepath.Join(shots, shot+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
		return l
	}
	t.Logf("screenshots in %s", shots)
	t.Run("layout", func(t *testing.T) {
		for _, loc := range []string{"en", "ru", "tk"} {
			path := filepath.Join(seed, loc, "iom-seminar.html")
			media("", "light")
			l := view(t, path, 1280, 900, false, loc+"-desktop")
			// A readable measure: 45 to 75 characters a line.
			t.Logf("%s: at most %d characters a line; fonts %s", loc, l.Measure, l.Font)
			if l.Measure > 75 || l.Measure < 45 {
				t.Errorf("%s: lines of %d characters, want 45 to 75", loc, l.Measure)
			}
			want := []string{"en", "ru", "tk"}
			for i, w := range want {
				if w == loc {
					want[i] += "*"
				}
			}
			if !l.SwitcherShown || strings.Join(l.Switcher, " ") != strings.Join(want, " ") {
				t.Errorf("%s: language switcher %v (shown %v), want %v with the current page marked", loc, l.Switcher, l.SwitcherShown, want)
			}
			for _, href := range l.Hrefs {
				if _, err := os.Stat(strings.TrimPrefix(href, "file://")); err != nil {
					t.Errorf("%s: the switcher links to %s: %v", loc, href, err)
				}
			}
			if l.DateSize == 0 || l.DateSize >= l.BodySize || l.DateColor == l.TextColor {
				t.Errorf("%s: the date line is not set apart: %vpx in %s, body %vpx in %s", loc, l.DateSize, l.DateColor, l.BodySize, l.TextColor)
			}
			if l.Related != 3 || l.RelatedBullets != "none" {
				t.Errorf("%s: related articles: %d items, list style %q; want 3 headlines without bullets", loc, l.Related, l.RelatedBullets)
			}
			if bg, fg := luminance(t, l.Background), luminance(t, l.TextColor); bg < 0.85 || fg > 0.1 {
				t.Errorf("%s: light scheme: background %s, text %s", loc, l.Background, l.TextColor)
			}

			l = view(t, path, 360, 740, true, loc+"-360")
			if l.ScrollWidth > l.ClientWidth || len(l.Overflow) > 0 {
				t.Errorf("%s at 360 px: the page is %d px wide in a %d px window; sticking out: %v", loc, l.ScrollWidth, l.ClientWidth, l.Overflow)
			}
			if !l.SwitcherShown {
				t.Errorf("%s at 360 px: no language switcher", loc)
			}

			media("", "dark")
			l = view(t, path, 1280, 900, false, loc+"-dark")
			if bg, fg := luminance(t, l.Background), luminance(t, l.TextColor); bg > 0.1 || fg < 0.6 {
				t.Errorf("%s: dark scheme: background %s, text %s", loc, l.Background, l.TextColor)
			}

			media("print", "dark")
			l = view(t, path, 800, 1100, false, loc+"-print")
			if l.SwitcherShown || luminance(t, l.Background) < 0.99 || luminance(t, l.TextColor) > 0.01 {
				t.Errorf("%s: print: switcher shown %v, background %s, text %s", loc, l.SwitcherShown, l.Background, l.TextColor)
			}
		}

		// Marked gaps say what they are: a note under the title, the
		// passages set apart, a language marker.
		media("", "light")
		partial, err := filepath.Abs(filepath.Join(fixtureGolden, "partial", "ru-mark.html"))
		if err != nil {
			t.Fatal(err)
		}
		l := view(t, partial, 1280, 900, false, "ru-partial")
		if !strings.Contains(l.Note, "ещё не переведена") || l.GapBackground == "" || l.GapBackground == l.Background || l.Marker != "uppercase" {
			t.Errorf("partial edition: note %q, gap background %q (page %q), marker %q", l.Note, l.GapBackground, l.Background, l.Marker)
		}
	})
	media("", "")
}

// fixtureGolden holds the HTML editions of the edition tests.
const fixtureGolden = "../../testdata/edition/golden"

// layout is what the browser measures of a page.
type layout struct {
	Measure                   int // the most characters on a line of a paragraph
	ScrollWidth, ClientWidth  int
	Overflow                  []string // elements that stick out of the window
	Switcher, Hrefs           []string // the switcher's hreflang (* for the current page) and links
	SwitcherShown             bool
	DateSize, BodySize        float64
	DateColor, TextColor      string
	Background, GapBackground string
	Related                   int
	RelatedBullets            string
	Note, Marker              string
	Font                      string
}

const layoutJS = `(() => {
	const maxLine = el => {
		const lines = new Map();
		const range = document.createRange();
		const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			for (let i = 0; i < n.length; i++) {
				range.setStart(n, i);
				range.setEnd(n, i + 1);
				const r = range.getClientRects()[0];
				if (r) {
					const top = Math.round(r.bottom);
					lines.set(top, (lines.get(top) || 0) + 1);
				}
			}
		}
		return Math.max(0, ...lines.values());
	};
	const style = el => el ? getComputedStyle(el) : null;
	const body = style(document.body);
	const width = document.documentElement.clientWidth;
	const nav = document.querySelector("nav.languages");
	const links = nav ? [...nav.querySelectorAll("a")] : [];
	const date = document.querySelector(".date");
	const related = document.querySelector("aside.related");
	const gap = document.querySelector(".untranslated");
	const marker = document.querySelector(".untranslated .marker");
	const note = document.querySelector(".edition-note");
	let measure = 0;
	for (const p of document.querySelectorAll("article > p:not(.edition-note)")) measure = Math.max(measure, maxLine(p));
	const overflow = [];
	for (const el of document.querySelectorAll("body *")) {
		const r = el.getBoundingClientRect();
		if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) overflow.push(el.tagName + (el.className ? "." + el.className : ""));
	}
	return {
		Measure: measure,
		ScrollWidth: document.documentElement.scrollWidth, ClientWidth: width,
		Overflow: overflow.slice(0, 5),
		Switcher: links.map(a => a.hreflang + (a.hasAttribute("aria-current") ? "*" : "")),
		Hrefs: links.map(a => decodeURI(a.href)),
		SwitcherShown: !!nav && nav.getBoundingClientRect().height > 0,
		DateSize: date ? parseFloat(style(date).fontSize) : 0, BodySize: parseFloat(body.fontSize),
		DateColor: date ? style(date).color : "", TextColor: body.color,
		Background: body.backgroundColor, GapBackground: gap ? style(gap).backgroundColor : "",
		Related: related ? related.querySelectorAll("li").length : 0,
		RelatedBullets: related ? style(related.querySelector("ul")).listStyleType : "",
		Note: note ? note.innerText : "", Marker: marker ? style(marker).textTransform : "",
		Font: body.fontFamily,
	};
})()`

// luminance is the relative luminance (WCAG) of a CSS rgb() colour.
func luminance(t *testing.T, color string) float64 {
	t.Helper()
	var r, g, b float64
	if _, err := fmt.Sscanf(color, "rgb(%f, %f, %f)", &r, &g, &b); err != nil {
		t.Fatalf("colour %q: %v", color, err)
	}
	lin := func(c float64) float64 {
		c /= 255
		if c <= 0.04045 {
			return c / 12.92
		}
		return math.Pow((c+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}
