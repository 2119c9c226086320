package segment

import (
	"strings"
	"testing"
)

// texts returns the Text of every segment.
func texts(d Document) []string {
	var out []string
	for _, s := range d.Segments {
		out = append(out, s.Text)
	}
	return out
}

type splitCase struct {
	name, lang, in string
	want           []string
}

func runCases(t *testing.T, cases []splitCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			d := Split(c.in, Options{Lang: c.lang})
			checkInvariant(t, c.in, d)
			got := texts(d)
			if strings.Join(got, "\x00") != strings.Join(c.want, "\x00") {
				t.Errorf("Split(%q)\n got  %q\n want %q", c.in, got, c.want)
			}
		})
	}
}

func TestMissingSpace(t *testing.T) {
	runCases(t, []splitCase{
		{"seed", "en", "trafficking in persons.Representatives of the Mejlis were invited.",
			[]string{"trafficking in persons.", "Representatives of the Mejlis were invited."}},
		{"after number", "en", "He bought 1,000.That is a lot.", []string{"He bought 1,000.", "That is a lot."}},
		{"abbreviation", "en", "Mr.Smith came.", []string{"Mr.Smith came."}},
		{"initialism", "en", "The U.S.A.Today", []string{"The U.S.A.Today"}},
		{"domain", "en", "See iom.int and Jane.Doe@example.com for more.", []string{"See iom.int and Jane.Doe@example.com for more."}},
		{"capitals", "en", "ASP.NET and Node.JS are names.", []string{"ASP.NET and Node.JS are names."}},
		{"ru", "ru", "Семинар прошёл в Ашхабаде.Представители Меджлиса приняли участие.",
			[]string{"Семинар прошёл в Ашхабаде.", "Представители Меджлиса приняли участие."}},
		{"ru т.е.", "ru", "Это т.е.Иванов.", []string{"Это т.е.Иванов."}},
		{"tk", "tk", "Seminar Aşgabatda geçirildi.Oňa Mejlisiň wekilleri gatnaşdy.",
			[]string{"Seminar Aşgabatda geçirildi.", "Oňa Mejlisiň wekilleri gatnaşdy."}},
		{"tk ş.m.", "tk", "Halylar we ş.m.Bu sergi uly boldy.", []string{"Halylar we ş.m.", "Bu sergi uly boldy."}},
		{"tk Ý", "tk", "Maslahat tamamlandy.Ýygnak ertir bolar.", []string{"Maslahat tamamlandy.", "Ýygnak ertir bolar."}},
	})
}

func TestAbbreviations(t *testing.T) {
	runCases(t, []splitCase{
		// Titles and references never end a sentence.
		{"Mr.", "en", "Mr. Smith met Dr. Jones.", []string{"Mr. Smith met Dr. Jones."}},
		{"No.", "en", "Resolution No. 5 was adopted.", []string{"Resolution No. 5 was adopted."}},
		{"e.g.", "en", "Some bodies, e.g. The Mejlis, took part.", []string{"Some bodies, e.g. The Mejlis, took part."}},
		{"U.S. name", "en", "The U.S. Embassy took part.", []string{"The U.S. Embassy took part."}},
		{"U.S. end", "en", "He lives in the U.S. He works there.", []string{"He lives in the U.S.", "He works there."}},
		{"etc.", "en", "Ministries, agencies, etc. The forum ended.", []string{"Ministries, agencies, etc.", "The forum ended."}},
		{"etc. lower", "en", "Ministries, agencies, etc. were invited.", []string{"Ministries, agencies, etc. were invited."}},
		{"Inc. end", "en", "He works for Acme Inc. It is big.", []string{"He works for Acme Inc.", "It is big."}},
		{"т.е.", "ru", "Срок — три года, т.е. до 2022 г. включительно.", []string{"Срок — три года, т.е. до 2022 г. включительно."}},
		{"т.д.", "ru", "Обсуждались миграция, занятость и т.д. Итоги подведут позже.",
			[]string{"Обсуждались миграция, занятость и т.д.", "Итоги подведут позже."}},
		{"т. д.", "ru", "Музеи, театры и т. д. Программа завершилась.", []string{"Музеи, театры и т. д.", "Программа завершилась."}},
		{"г. city", "ru", "Встреча прошла в г. Ашхабаде.", []string{"Встреча прошла в г. Ашхабаде."}},
		{"г. year end", "ru", "Закон принят в 2012 г. В этом году его изменили.", []string{"Закон принят в 2012 г.", "В этом году его изменили."}},
		{"гг.", "ru", "План на 2020–2022 гг. Его уже выполняют.", []string{"План на 2020–2022 гг.", "Его уже выполняют."}},
		{"им.", "ru", "Университет им. Махтумкули.", []string{"Университет им. Махтумкули."}},
		{"ул.", "ru", "Офис на ул. Азади, д. 12.", []string{"Офис на ул. Азади, д. 12."}},
		{"млн. inside", "ru", "Сумма — 2,5 млн. долларов.", []string{"Сумма — 2,5 млн. долларов."}},
		{"млн. end", "ru", "Ущерб составил 1,2 млн. В этом году меньше.", []string{"Ущерб составил 1,2 млн.", "В этом году меньше."}},
		{"ý.", "tk", "Kanun 2019 ý. 1-nji ýanwarda güýje girdi.", []string{"Kanun 2019 ý. 1-nji ýanwarda güýje girdi."}},
		{"ý. name", "tk", "Türkmenistan 1998 ý. Konwensiýa goşuldy.", []string{"Türkmenistan 1998 ý. Konwensiýa goşuldy."}},
		{"ş.m. inside", "tk", "Zähmet, bilim we ş.m. meseleler ara alnyp maslahatlaşyldy.", []string{"Zähmet, bilim we ş.m. meseleler ara alnyp maslahatlaşyldy."}},
		{"ş.m. end", "tk", "Halylar, el işleri we ş.m. Sergi üç gün dowam etdi.", []string{"Halylar, el işleri we ş.m.", "Sergi üç gün dowam etdi."}},
		{"b.e.", "tk", "Merw b.e. XI asyrynda paýtagt bolupdyr.", []string{"Merw b.e. XI asyrynda paýtagt bolupdyr."}},
		{"köç.", "tk", "Edara Azadi köç. 84-nji jaýda ýerleşýär.", []string{"Edara Azadi köç. 84-nji jaýda ýerleşýär."}},
	})
}

func TestProjectAbbreviations(t *testing.T) {
	in := "Семинар прошёл в мкр. Парахат-7 при поддержке МОМ."
	if got := texts(Split(in, Options{Lang: "ru"})); len(got) != 2 {
		t.Fatalf("without the project's abbreviation: %q, want two segments", got)
	}
	d := Split(in, Options{Lang: "ru-RU", Abbreviations: []string{"мкр."}})
	if got := texts(d); len(got) != 1 {
		t.Errorf("with the project's abbreviation: %q, want one segment", got)
	}
	// The built-in list is not changed by a project's additions.
	if got := texts(Split(in, Options{Lang: "ru"})); len(got) != 2 {
		t.Errorf("the project's abbreviation leaked into the built-in list: %q", got)
	}
}

func TestInitials(t *testing.T) {
	runCases(t, []splitCase{
		{"en", "en", "President G. Berdimuhamedov signed it.", []string{"President G. Berdimuhamedov signed it."}},
		{"en two", "en", "Jonas E. F. Smith came. He left.", []string{"Jonas E. F. Smith came.", "He left."}},
		{"en I", "en", "You and I. Did you see Albert I. Jones?", []string{"You and I.", "Did you see Albert I. Jones?"}},
		{"ru", "ru", "Президент Г. Бердымухамедов подписал указ.", []string{"Президент Г. Бердымухамедов подписал указ."}},
		{"ru two", "ru", "Выступил Г. М. Бердымухамедов. Затем начался семинар.",
			[]string{"Выступил Г. М. Бердымухамедов.", "Затем начался семинар."}},
		{"tk", "tk", "Prezident G. Berdimuhamedow karara gol çekdi.", []string{"Prezident G. Berdimuhamedow karara gol çekdi."}},
		{"tk Ş", "tk", "Çykyşy Ş. Orazowa etdi.", []string{"Çykyşy Ş. Orazowa etdi."}},
	})
}

func TestNumbers(t *testing.T) {
	runCases(t, []splitCase{
		{"date", "en", "It was held on 07.08.2019 in Ashgabat.", []string{"It was held on 07.08.2019 in Ashgabat."}},
		{"date end", "en", "It was held on 07.08.2019. It lasted a day.", []string{"It was held on 07.08.2019.", "It lasted a day."}},
		{"decimal", "en", "Growth was 3.5% and $100.00 was paid.", []string{"Growth was 3.5% and $100.00 was paid."}},
		{"number end", "en", "She has $100.00. It is in her bag.", []string{"She has $100.00.", "It is in her bag."}},
		{"digit start", "en", "They found 25 cases. 12 were new.", []string{"They found 25 cases.", "12 were new."}},
		{"ru", "ru", "Рост — 6,2%, инфляция — 3.5%. Об этом сообщил министр.", []string{"Рост — 6,2%, инфляция — 3.5%.", "Об этом сообщил министр."}},
		{"ru date", "ru", "Семинар состоялся 07.08.2019. Его провела МОМ.", []string{"Семинар состоялся 07.08.2019.", "Его провела МОМ."}},
		{"tk", "tk", "Inflýasiýa 3,5% boldy. Ösüş 6.2% derejesinde.", []string{"Inflýasiýa 3,5% boldy.", "Ösüş 6.2% derejesinde."}},
		{"tk date", "tk", "Seminar 07.08.2019 senesinde geçirildi.", []string{"Seminar 07.08.2019 senesinde geçirildi."}},
	})
}

func TestAddresses(t *testing.T) {
	runCases(t, []splitCase{
		{"e-mail", "en", "Her email is Jane.Doe@example.com. I wrote.", []string{"Her email is Jane.Doe@example.com.", "I wrote."}},
		{"url", "en", "See https://www.iom.int/News.Today.html. Please read it.", []string{"See https://www.iom.int/News.Today.html.", "Please read it."}},
		{"www", "en", "Visit www.Iom.Int now.", []string{"Visit www.Iom.Int now."}},
		{"ru", "ru", "Сайт — www.iom.int. Вопросы — на info@iom.tm. Ответят быстро.",
			[]string{"Сайт — www.iom.int.", "Вопросы — на info@iom.tm.", "Ответят быстро."}},
		{"tk", "tk", "Maglumat www.iom.int saýtynda. Soraglary info@iom.tm salgysyna iberiň.",
			[]string{"Maglumat www.iom.int saýtynda.", "Soraglary info@iom.tm salgysyna iberiň."}},
	})
}

func TestEllipsisAndMarks(t *testing.T) {
	runCases(t, []splitCase{
		{"ellipsis char", "en", "Work goes on… Next year, a new seminar.", []string{"Work goes on…", "Next year, a new seminar."}},
		{"three dots", "en", "Work goes on... Next year, a new seminar.", []string{"Work goes on...", "Next year, a new seminar."}},
		{"omission", "en", "The text [...] Says it . . . And more.", []string{"The text [...] Says it . . . And more."}},
		{"question", "en", "Cure or poison? Pertaining to medical tourism.", []string{"Cure or poison?", "Pertaining to medical tourism."}},
		{"exclamation", "en", "It works! We are glad. Yahoo! is a name.", []string{"It works!", "We are glad.", "Yahoo! is a name."}},
		{"ru", "ru", "Как быть? Ответ прост! Работа продолжается… Итоги — позже.",
			[]string{"Как быть?", "Ответ прост!", "Работа продолжается…", "Итоги — позже."}},
		{"tk", "tk", "Nädip goramaly? Jogap ýönekeý! Işler dowam edýär… Netijeler soňra.",
			[]string{"Nädip goramaly?", "Jogap ýönekeý!", "Işler dowam edýär…", "Netijeler soňra."}},
	})
}

func TestQuotes(t *testing.T) {
	runCases(t, []splitCase{
		{"closing after stop", "en", "in the field of human rights protection.” The seminar ended.",
			[]string{"in the field of human rights protection.”", "The seminar ended."}},
		{"inside", "en", "He said, “This is great.” she noted.", []string{"He said, “This is great.” she noted."}},
		{"doubled opening", "en", "The project ““Strengthening counter-trafficking” took place. It ended.",
			[]string{"The project ““Strengthening counter-trafficking” took place.", "It ended."}},
		{"opening next", "en", "It ended. “We are ready,” he said.", []string{"It ended.", "“We are ready,” he said."}},
		{"bracket", "en", "(See the annex.) The rest follows.", []string{"(See the annex.)", "The rest follows."}},
		{"ru «».", "ru", "Он сказал: «Мы готовы». Затем начался семинар.", []string{"Он сказал: «Мы готовы».", "Затем начался семинар."}},
		{"ru ?».", "ru", "Она спросила: «Где мама?». Все молчали.", []string{"Она спросила: «Где мама?».", "Все молчали."}},
		{"ru doubled", "ru", "Проект ««Укрепление мер» завершён. Итоги подведены.", []string{"Проект ««Укрепление мер» завершён.", "Итоги подведены."}},
		{"tk", "tk", "Ministr: “Biz taýýar.” Soňra sergi açyldy.", []string{"Ministr: “Biz taýýar.”", "Soňra sergi açyldy."}},
		{"tk «».", "tk", "Olar: «Çözgüt tapmaly». Soňra sergi açyldy.", []string{"Olar: «Çözgüt tapmaly».", "Soňra sergi açyldy."}},
	})
}

func TestLists(t *testing.T) {
	runCases(t, []splitCase{
		{"numbered inline", "en", "1. The first item 2. The second item", []string{"1. The first item", "2. The second item"}},
		{"parens inline", "en", "1) The first item. 2) The second item.", []string{"1) The first item.", "2) The second item."}},
		{"bullets inline", "en", "• 9. The first item • 10. The second item", []string{"• 9. The first item", "• 10. The second item"}},
		{"bulleted lines", "en", "- the Mejlis;\n- the Ombudsman;\n- the ministries.", []string{"- the Mejlis;", "- the Ombudsman;", "- the ministries."}},
		{"numbered lines", "en", "1. Opening. Welcome.\n2. Reports.\n3. Closing.", []string{"1. Opening. Welcome.", "2. Reports.", "3. Closing."}},
		{"intro and items", "en", "Invited were:\n• the Mejlis;\n• the Ombudsman.", []string{"Invited were:", "• the Mejlis;", "• the Ombudsman."}},
		{"ru", "ru", "Участвовали:\n— Меджлис;\n— министерства.", []string{"Участвовали:", "— Меджлис;", "— министерства."}},
		{"ru letters", "ru", "а) первый пункт;\nб) второй пункт.", []string{"а) первый пункт;", "б) второй пункт."}},
		{"ru dialogue", "ru", "— Мы готовы, — сказал он. — Работа продолжится.", []string{"— Мы готовы, — сказал он.", "— Работа продолжится."}},
		{"tk", "tk", "Seminarda:\n- kanunçylyk;\n- gollanma.", []string{"Seminarda:", "- kanunçylyk;", "- gollanma."}},
		{"year is not a number", "en", "2019. The year of the seminar.", []string{"2019.", "The year of the seminar."}},
	})
}

func TestLineBreaks(t *testing.T) {
	runCases(t, []splitCase{
		{"headlines", "en", "IOM seminar focuses on trafficking\nTurkmen Delegates Participate in Conference\nCure or poison? Pertaining to medical tourism",
			[]string{"IOM seminar focuses on trafficking", "Turkmen Delegates Participate in Conference", "Cure or poison? Pertaining to medical tourism"}},
		{"hard wrap lower", "en", "The IOM office organized the seminar on\nstrengthening cooperation. It ended.",
			[]string{"The IOM office organized the seminar on\nstrengthening cooperation.", "It ended."}},
		{"hard wrap joiner", "en", "Representatives of the\nMejlis took part.", []string{"Representatives of the\nMejlis took part."}},
		{"hard wrap comma", "en", "Representatives of the Mejlis,\nOmbudsman took part.", []string{"Representatives of the Mejlis,\nOmbudsman took part."}},
		{"sentence per line", "en", "The seminar began.\nThe Mejlis took part.", []string{"The seminar began.", "The Mejlis took part."}},
		{"abbreviation at line end", "en", "It was signed by Mr.\nSmith today.", []string{"It was signed by Mr.\nSmith today."}},
		{"heading then text", "en", "Overview\nThe seminar began. It ended.", []string{"Overview", "The seminar began.", "It ended."}},
		{"crlf wrap", "en", "The seminar was held\r\nin Ashgabat.\r\n", []string{"The seminar was held\r\nin Ashgabat."}},
		{"ru headlines", "ru", "Семинар МОМ посвящён торговле людьми\nТуркменские делегаты участвуют в конференции",
			[]string{"Семинар МОМ посвящён торговле людьми", "Туркменские делегаты участвуют в конференции"}},
		{"ru wrap", "ru", "Представители Меджлиса и министерств\nприняли участие в семинаре.", []string{"Представители Меджлиса и министерств\nприняли участие в семинаре."}},
		{"tk headlines", "tk", "MHG-nyň seminary geçirildi\nTürkmen wekilleri maslahata gatnaşýarlar",
			[]string{"MHG-nyň seminary geçirildi", "Türkmen wekilleri maslahata gatnaşýarlar"}},
		{"tk wrap", "tk", "Mejlisiň we ministrlikleriň wekilleri\nseminara gatnaşdylar.", []string{"Mejlisiň we ministrlikleriň wekilleri\nseminara gatnaşdylar."}},
	})
}

func TestCapitals(t *testing.T) {
	for _, r := range "ÝÖŞŽŇÄÜÇЁABZАЯ" {
		if !isUpper(r) || isLower(r) {
			t.Errorf("%c: isUpper %v, isLower %v", r, isUpper(r), isLower(r))
		}
	}
	for _, r := range "ýöşžňäüçёazая" {
		if isUpper(r) || !isLower(r) {
			t.Errorf("%c: isUpper %v, isLower %v", r, isUpper(r), isLower(r))
		}
	}
	var cases []splitCase
	for _, w := range []string{"Ýygnak", "Ösüş", "Şeýle", "Žurnal", "Ähli", "Üstünlik", "Çäre"} {
		cases = append(cases,
			splitCase{"space " + w, "tk", "Seminar tamamlandy. " + w + " soň boldy.", []string{"Seminar tamamlandy.", w + " soň boldy."}},
			splitCase{"glued " + w, "tk", "Seminar tamamlandy." + w + " soň boldy.", []string{"Seminar tamamlandy.", w + " soň boldy."}})
	}
	cases = append(cases,
		splitCase{"Ё", "ru", "Праздник прошёл.Ёлку украсили.", []string{"Праздник прошёл.", "Ёлку украсили."}},
		splitCase{"lower ý", "tk", "Kanun 2019 ý. ýanwarda güýje girdi.", []string{"Kanun 2019 ý. ýanwarda güýje girdi."}})
	runCases(t, cases)
}

func TestKinds(t *testing.T) {
	in := "\uFEFF07.08.2019 | Cooperation in countering threats\r\n\r\nThe seminar was held. It ended.\r\n\r\nMore related articles\r\n\r\nFirst title\r\nSecond title\r\n"
	d := Split(in, Options{Lang: "en"})
	checkInvariant(t, in, d)
	type seg struct {
		text  string
		kind  Kind
		block int
		sep   string
	}
	want := []seg{
		{"07.08.2019", Date, 0, " | "},
		{"Cooperation in countering threats", Title, 0, "\r\n\r\n"},
		{"The seminar was held.", Paragraph, 1, " "},
		{"It ended.", Paragraph, 1, "\r\n\r\n"},
		{"More related articles", Heading, 2, "\r\n\r\n"},
		{"First title", Item, 3, "\r\n"},
		{"Second title", Item, 3, "\r\n"},
	}
	if d.Lead != "\uFEFF" {
		t.Errorf("Lead = %q, want the byte-order mark", d.Lead)
	}
	if len(d.Segments) != len(want) {
		t.Fatalf("got %d segments, want %d: %q", len(d.Segments), len(want), texts(d))
	}
	for i, w := range want {
		s := d.Segments[i]
		if s.Text != w.text || s.Kind != w.kind || s.Block != w.block || s.Sep != w.sep || s.Verbatim != (w.kind == Date) {
			t.Errorf("segment %d = {%q %s %d %q %v}, want {%q %s %d %q}", i, s.Text, s.Kind, s.Block, s.Sep, s.Verbatim, w.text, w.kind, w.block, w.sep)
		}
	}
}

func TestHeader(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []Kind
	}{
		{"07.08.2019 | Title", []Kind{Date, Title}},
		{"7.8.2019|Title", []Kind{Date, Title}},
		{"2019-08-07 | Title", []Kind{Date, Title}},
		{"07.08.2019", []Kind{Date}},
		{"07.08.2019 |", []Kind{Heading}},
		{"07.08.20191 | Title", []Kind{Heading}},
		{"07.08.2019 was the day. It rained.", []Kind{Paragraph, Paragraph}},
		{"07.08.2019 | Title\nA second line of the header block.", []Kind{Date, Title, Paragraph}},
	} {
		d := Split(c.in, Options{Lang: "en"})
		checkInvariant(t, c.in, d)
		var got []Kind
		for _, s := range d.Segments {
			got = append(got, s.Kind)
		}
		if strings.Join(kindStrings(got), " ") != strings.Join(kindStrings(c.want), " ") {
			t.Errorf("Split(%q) kinds = %v, want %v", c.in, got, c.want)
		}
	}
}

func kindStrings(ks []Kind) []string {
	var out []string
	for _, k := range ks {
		out = append(out, string(k))
	}
	return out
}

func TestExactText(t *testing.T) {
	for _, in := range []string{
		"",
		"   \n\t ",
		"\uFEFF",
		"No trailing newline.",
		"Trailing spaces.   \n\n  ",
		"Lone\rcarriage\rreturns. Here.\r\rNext block.",
		"CRLF.\r\n\r\nBlock two.\r\n",
		"Invalid \xff\xfe bytes. More \xc3 text.",
		"\xff. \xfe.",
		"Tabs\tand\u00a0no-break spaces. The end.\u00a0",
		"  Leading white space. Then more.",
		"\n\n\nBlank lines first.\n\n\n",
		"Zero\u2028width\u2029separators. Yes.",
		"x “.”Ab",   // a quote alone before a glued full stop: no word at all
		"a1.)•- \n", // list markers with nothing after them
	} {
		for _, lang := range []string{"en", "ru", "tk", "xx", ""} {
			checkInvariant(t, in, Split(in, Options{Lang: lang}))
		}
	}
	d := Split("   \n\t ", Options{})
	if len(d.Segments) != 0 || d.Lead != "   \n\t " {
		t.Errorf("white space only: %+v", d)
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"one line":               "one line",
		"wrapped\nsentence":      "wrapped sentence",
		"wrapped  \r\n  twice\r": "wrapped twice ",
		"tab\tkept":              "tab\tkept",
	} {
		if got := OneLine(in); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDataFiles(t *testing.T) {
	for _, lang := range []string{"en", "ru", "tk"} {
		r := loadRules(lang)
		if len(r.exact) == 0 || len(r.starters) == 0 || len(r.joiners) == 0 && lang == "en" {
			t.Errorf("%s: empty lists: %d abbreviations, %d starters, %d joiners", lang, len(r.exact), len(r.starters), len(r.joiners))
		}
	}
	if err := (&rules{exact: map[string]class{}, lower: map[string]class{}}).parse("[nonsense]\nx."); err == nil {
		t.Error("an unknown section is accepted")
	}
	if err := (&rules{exact: map[string]class{}, lower: map[string]class{}}).parse("x."); err == nil {
		t.Error("an entry outside a section is accepted")
	}
}
