package markup

import (
	"reflect"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	got := Tokens("a <1>b</1><2/> <0> <12345> <3 /> </x> c")
	want := []Token{
		{Text, 0, "a ", 0},
		{Open, 1, "<1>", 2},
		{Text, 0, "b", 5},
		{Close, 1, "</1>", 6},
		{Standalone, 2, "<2/>", 10},
		{Text, 0, " <0> <12345> <3 /> </x> c", 14},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens:\n got %+v\nwant %+v", got, want)
	}
	if Plain("a <1>b</1><2/> c") != "a b c" {
		t.Errorf("Plain = %q", Plain("a <1>b</1><2/> c"))
	}
	if Has("x < 1 > <a> </b>") || !Has("x <9999/>") || Has("<10000/>") {
		t.Error("Has misreads")
	}
}

func TestCheck(t *testing.T) {
	const src = "Read <1>the <2>IOM</2> report</1> now.<3/>"
	for _, tc := range []struct {
		target string
		want   []string // kind and code of each problem
	}{
		{"Прочтите <1>доклад <2>МОМ</2></1> сейчас.<3/>", nil},
		{"<3/>Сейчас <1><2>МОМ</2> доклад</1>.", nil}, // moved: allowed
		{"Прочтите доклад МОМ.", []string{"missing <1>", "missing <2>", "missing </2>", "missing </1>", "missing <3/>"}},
		{"<1>a <2>b</2></1><3/><3/>", []string{"duplicated <3/>"}},
		{"<1>a <2>b</1></2><3/>", []string{"misnested </1>"}},
		{"</1>a<1> <2>b</2><3/>", []string{"unpaired </1>"}},
		{"<1>a <2>b</2></1><3/><4/> <1/>", []string{"unknown <4/>", "unknown <1/>"}},
	} {
		var got []string
		for _, p := range Check(src, tc.target) {
			got = append(got, p.Kind+" "+p.Code)
			if p.String() == "" {
				t.Error("empty message")
			}
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Check(%q):\n got %q\nwant %q", tc.target, got, tc.want)
		}
	}
}

func TestBuilderAndExpand(t *testing.T) {
	var b Builder
	b.Text("Read the ")
	b.Open("[")
	b.Text("IOM ")
	b.Open("**")
	b.Text("report")
	b.Close("**")
	b.Close("](https://iom.int)")
	b.Text(" on <1> tags")
	b.Standalone("  \n")
	b.Close("stray")
	src := b.String()
	if want := "Read the <1>IOM <2>report</2></1> on <3/> tags<4/><5/>"; src != want {
		t.Fatalf("notation %q, want %q", src, want)
	}
	codes, err := NewCodes(src, b.Data())
	if err != nil {
		t.Fatal(err)
	}
	raw, err := codes.Expand(src, nil)
	if err != nil || raw != "Read the [IOM **report**](https://iom.int) on <1> tags  \nstray" {
		t.Errorf("Expand = %q, %v", raw, err)
	}
	tr, err := codes.Expand("<4/>О <2>докладе</2> <1>МОМ</1><3/><5/>", strings.ToUpper)
	if err != nil || tr != "  \nО **ДОКЛАДЕ** [МОМ](https://iom.int)<1>stray" {
		t.Errorf("Expand translation = %q, %v", tr, err)
	}
	if _, err := codes.Expand("<6/>", nil); err == nil {
		t.Error("an unknown code expanded")
	}
	if _, err := NewCodes(src, b.Data()[1:]); err == nil {
		t.Error("NewCodes accepted too few data")
	}
	b.Reset()
	if b.String() != "" || b.Data() != nil || b.Depth() != 0 {
		t.Error("Reset left something")
	}
}
