package catalog

import "testing"

func TestBase(t *testing.T) {
	s := Segment{Target: "Меджлис  собрался.", State: Reviewed}
	b := BaseOf(&s)
	if b.State != Reviewed || b.Hash != Hash("Меджлис собрался.") || !b.Known() {
		t.Errorf("BaseOf = %+v: the hash is of the target, its white space collapsed", b)
	}
	if TargetHash("Меджлис\u00a0собрался.") == b.Hash {
		t.Error("a no-break space is not a change")
	}
	if !SameTarget(" А\n  б ", "А б") || SameTarget("А б", "А\u00a0б") {
		t.Error("SameTarget")
	}
	if got, err := ParseBase(b.String()); err != nil || got != b {
		t.Errorf("ParseBase(%q) = %+v, %v", b.String(), got, err)
	}
	if empty := BaseOf(&Segment{}); empty.String() != "- untranslated" {
		t.Errorf("base of an untranslated segment = %q", empty.String())
	}
	for _, bad := range []string{"", "- ", "abc translated", "0123456789ab", "0123456789AB final", "0123456789ab done"} {
		if _, err := ParseBase(bad); err == nil {
			t.Errorf("ParseBase(%q) accepted it", bad)
		}
	}
	for _, target := range []string{"", "Меджлис собрался.", "Меджлис\n собрался.", "Другое."} {
		if got, want := b.Matches(target), TargetHash(target) == b.Hash; got != want {
			t.Errorf("Matches(%q) = %v, want %v", target, got, want)
		}
		if e := BaseOf(&Segment{}); e.Matches(target) != (target == "") {
			t.Errorf("the untranslated base matches %q", target)
		}
	}
	if (Base{}).Known() {
		t.Error("the zero Base is known")
	}
}

func TestTimes(t *testing.T) {
	for in, want := range map[string]string{
		"2024-05-02T14:05:00+05:00": "2024-05-02T09:05:00Z",
		"20240502T090500Z":          "2024-05-02T09:05:00Z",
		"2024-05-02 14:05+0500":     "2024-05-02T09:05:00Z",
	} {
		tm, ok := ParseTime(in)
		if !ok || FormatTime(tm) != want {
			t.Errorf("ParseTime(%q) = %v, %v; want %s", in, tm, ok, want)
		}
	}
	if !Later("2024-05-02T10:00:00Z", "2024-05-02T09:00:00Z") || Later("2024-05-02T09:00:00Z", "2024-05-02T10:00:00Z") {
		t.Error("Later compares wrongly")
	}
	if !Later("2024-05-02T10:00:00Z", "") || Later("", "2024-05-02T10:00:00Z") || Later("YEAR-MO-DA", "") {
		t.Error("Later: a missing time is never later, and anything is later than none")
	}
}
