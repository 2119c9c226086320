package xliff

import (
	"strings"
	"testing"

	"github.com/terjime/terjime/internal/input"
)

// Who changed a target, as a CAT tool says it: XLIFF 2.0 Change Tracking
// (the current version, else the latest revision) and XLIFF 1.2 phases.
func TestReadTranslator(t *testing.T) {
	s := string(export(t, Write, fixture(), Options{}))
	s = edit(t, s, `<unit id="b0" type="terjime:title">
`, `<unit id="b0" type="terjime:title">
      <ctr:changeTrack xmlns:ctr="urn:oasis:names:tc:xliff:changetracking:2.0">
        <ctr:revisions appliesTo="target" ref="67a14bfb5471">
          <ctr:revision author="Merdan" datetime="2024-05-01T08:00:00Z"><ctr:item property="content">old</ctr:item></ctr:revision>
          <ctr:revision author="Aýna" datetime="2024-05-03T10:15:00+05:00"><ctr:item property="content">new</ctr:item></ctr:revision>
        </ctr:revisions>
      </ctr:changeTrack>
`)
	s = edit(t, s, `<unit id="b1" type="terjime:paragraph">
`, `<unit id="b1" type="terjime:paragraph">
      <ctr:changeTrack xmlns:ctr="urn:oasis:names:tc:xliff:changetracking:2.0">
        <ctr:revisions appliesTo="target" ref="5ce6fa46ab49" currentVersion="r1">
          <ctr:revision author="Jeren" datetime="2024-05-01T08:00:00Z" version="r1"><ctr:item property="content">x</ctr:item></ctr:revision>
          <ctr:revision author="Later" datetime="2024-06-01T08:00:00Z" version="r2"><ctr:item property="content">y</ctr:item></ctr:revision>
        </ctr:revisions>
      </ctr:changeTrack>
`)
	got := byID(read(t, "ctr.xlf", []byte(s)).Units)
	for id, want := range map[string][2]string{
		"67a14bfb5471": {"Aýna", "2024-05-03T05:15:00Z"},
		"5ce6fa46ab49": {"Jeren", "2024-05-01T08:00:00Z"},
		"a3c2d7e034f5": {"", ""},
	} {
		if u := got[id]; u.ChangedBy != want[0] || u.ChangedAt != want[1] {
			t.Errorf("xliff %s: %q at %q, want %q at %q", id, u.ChangedBy, u.ChangedAt, want[0], want[1])
		}
		if !got[id].Base.Known() {
			t.Errorf("xliff %s: no base", id)
		}
	}

	s = string(export(t, Write12, fixture(), Options{}))
	s = edit(t, s, `<tool tool-id="terjime" tool-name="terjime"/>
`, `<tool tool-id="terjime" tool-name="terjime"/>
      <phase-group>
        <phase phase-name="tr1" process-name="translation" contact-name="Aýna Orazowa" date="2024-05-03T10:15:00Z"/>
      </phase-group>
`)
	s = edit(t, s, `<target state="translated">Они говорили`, `<target state="translated" phase-name="tr1">Они говорили`)
	got = byID(read(t, "phase.xlf", []byte(s)).Units)
	if u := got["00ce9e1e701d"]; u.ChangedBy != "Aýna Orazowa" || u.ChangedAt != "2024-05-03T10:15:00Z" || !u.Base.Known() {
		t.Errorf("xliff12: %q at %q base %v", u.ChangedBy, u.ChangedAt, u.Base)
	}
	if u := got["5ce6fa46ab49"]; u.ChangedBy != "" {
		t.Errorf("xliff12: a target without a phase names %q", u.ChangedBy)
	}
}

// A base that is not what terjime writes is an error naming its line.
func TestReadBadBase(t *testing.T) {
	s := string(export(t, Write, fixture(), Options{}))
	i := strings.Index(s, `<mda:meta type="`)
	line := strings.Count(s[:i], "\n") + 1
	i += strings.Index(s[i:], ">") + 1
	s = s[:i] + `12 done` + s[strings.Index(s[i:], "</mda:meta>")+i:]
	_, err := Read("bad.xlf", strings.NewReader(s))
	if err == nil || !strings.Contains(err.Error(), "bad.xlf:") || !strings.Contains(err.Error(), `base "12 done"`) {
		t.Fatalf("error %v", err)
	}
	var pe *input.Error
	if e, ok := err.(*input.Error); ok {
		pe = e
	}
	if pe == nil || pe.Line != line {
		t.Errorf("error %v: want line %d", err, line)
	}

	s = string(export(t, Write12, fixture(), Options{}))
	s = strings.Replace(s, `<context context-type="x-terjime-base">`, `<context context-type="x-terjime-base">zz `, 1)
	if _, err := Read("bad12.xlf", strings.NewReader(s)); err == nil || !strings.Contains(err.Error(), `base "zz `) {
		t.Errorf("xliff12 error %v", err)
	}
}
