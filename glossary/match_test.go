package glossary

import (
	"fmt"
	"strings"
	"testing"
)

func loadProject(t testing.TB) *Glossary {
	t.Helper()
	g, err := Load("terms.toml")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func describe(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "%s %s: source %q found %q expected %q; ", p.Kind, p.Concept.ID, p.SourceTerm, p.Found, p.Expected)
	}
	return b.String()
}

// Correct translations, inflected as Russian and Turkmen inflect them: no
// finding is allowed. A false positive here is a bug.
func TestCheckCorrectInflectedTranslations(t *testing.T) {
	g := loadProject(t)
	tests := []struct{ locale, source, target string }{
		{"ru", "Representatives of the Mejlis, Ombudsman, the Ministry of Justice, the Ministry of Education were invited.",
			"Для участия в форуме были приглашены представители Меджлиса, Омбудсмена, Министерства адалат, Министерства образования."},
		{"ru", "The IOM office in Turkmenistan organized the seminar.", "Представительство МОМ в Туркменистане организовало семинар."},
		{"ru", "cooperation with the International Organization for Migration", "сотрудничества с Международной организацией по миграции"},
		{"ru", "a member of the International Organization for Migration", "членом Международной организации по миграции"},
		{"ru", "The Ombudsman met the students.", "С Омбудсменом встретились студенты."},
		{"ru", "President Gurbanguly Berdimuhamedov signed the Resolution.", "Президент Гурбангулы Бердымухамедов подписал Постановление."},
		{"ru", "the policy pursued by President Gurbanguly Berdimuhamedov", "политика, проводимая Президентом Гурбангулы Бердымухамедовым"},
		{"ru", "during a meeting of the Cabinet of Ministers", "в ходе заседания Кабинета Министров"},
		{"ru", "the Sustainable Development Goals set forth in the 2030 Agenda",
			"достижение Целей устойчивого развития, изложенных в Повестке дня на период до 2030 года"},
		{"ru", "the membership of the Interdepartmental Commission", "состав Межведомственной комиссии"},
		{"ru", "Magtymguly Youth Organization, the Women's Union, the National Red Crescent Society",
			"Молодежной организации имени Махтумкули, Союза женщин, Национального общества Красного Полумесяца"},
		{"ru", "Having acceded to the UN Convention against Transnational Organized Crime",
			"Присоединившись к Конвенции ООН против транснациональной организованной преступности"},
		{"ru", "the International Federation of Red Cross and Red Crescent Societies, the Office of the United Nations High Commissioner for Refugees, the International Labor Organization",
			"Международной федерацией обществ Красного Креста и Красного Полумесяца, Управлением Верховного комиссара ООН по делам беженцев, Международной организацией труда"},
		{"ru", "the Institute of State, Law and Democracy, the Academy of Sciences", "Института государства, права и демократии, Академии наук"},
		{"ru", "mechanisms to combat trafficking in persons", "механизмов противодействия торговле людьми"},
		{"ru", "the Ministry of Labor and Social Welfare", "Министерства труда и социальной защиты населения"},
		{"ru", "The institution of the Human Rights Representative - Ombudsman has been introduced",
			"Введён институт Уполномоченного по правам человека — Омбудсмена"},
		{"ru", "the Criminal Code of Turkmenistan", "Уголовный кодекс Туркменистана"},

		{"tk", "Representatives of the Mejlis, Ombudsman", "Mejlisiň, Adalatçynyň wekilleri"},
		{"tk", "the Ombudsman's report", "Türkmenistanyň Adalatçysynyň hasabaty"},
		{"tk", "a letter to the Ombudsman", "Adalatça iberilen hat"},
		{"tk", "the Ombudsman's office", "Adalatçynyň diwany"},
		{"tk", "non-governmental organizations", "jemgyýetçilik guramalarynyň tagallalary"},
		{"tk", "teachers and students", "mugallymlar we talyplar"},
		{"tk", "for teachers and students", "mugallymlary we talyplary üçin"},
		{"ru", "teachers and students", "преподаватели и учащиеся"},
		{"tk", "Representatives of the Mejlis", "Türkmenistanyň Mejlisiniň wekilleri"},
		{"tk", "a letter to the Mejlis", "Mejlise iberilen hat"},
		{"tk", "The IOM office in Turkmenistan organized the seminar.", "MHG-niň Türkmenistandaky edarasy okuw maslahatyny gurady."},
		{"tk", "with the International Organization for Migration", "Migrasiýa boýunça halkara guramasy bilen"},
		{"tk", "of the International Organization for Migration", "Migrasiýa boýunça halkara guramasynyň"},
		{"tk", "the Ministry of Justice, the Ministry of Education, the Ministry of Labor and Social Welfare",
			"Adalat ministrliginiň, Bilim ministrliginiň, Zähmet we ilaty durmuş taýdan goramak ministrliginiň"},
		{"tk", "the Institute of State, Law and Democracy, the Academy of Sciences",
			"Döwlet, hukuk we demokratiýa institutynyň, Ylymlar akademiýasynyň"},
		{"tk", "Magtymguly Youth Organization, the Women's Union, the National Red Crescent Society",
			"Magtymguly adyndaky Ýaşlar guramasynyň, Zenanlar birleşiginiň, Gyzyl Ýarymaý Milli jemgyýetiniň"},
		{"tk", "during a meeting of the Cabinet of Ministers, President Gurbanguly Berdimuhamedov signed the Resolution",
			"Ministrler Kabinetiniň mejlisinde Prezident Gurbanguly Berdimuhamedow Karara gol çekdi"},
		{"tk", "the Sustainable Development Goals set forth in the 2030 Agenda",
			"2030-njy ýyla çenli döwür üçin Gün tertibinde kesgitlenen Durnukly ösüş maksatlaryna ýetmek"},
		{"tk", "the membership of the Interdepartmental Commission", "Pudagara toparyň düzümini"},
		{"tk", "Having acceded to the UN Convention against Transnational Organized Crime",
			"BMG-niň Transmilli guramaçylykly jenaýatçylyga garşy konwensiýasyna goşulyp"},
		{"tk", "mechanisms to combat trafficking in persons", "adam söwdasyna garşy göreşmegiň mehanizmleri"},
		{"tk", "the International Federation of Red Cross and Red Crescent Societies, UNHCR, the International Labor Organization",
			"Gyzyl Haç we Gyzyl Ýarymaý jemgyýetleriniň Halkara federasiýasy, UNHCR, Halkara zähmet guramasy bilen"},
		{"tk", "The institution of the Human Rights Representative - Ombudsman", "Adam hukuklary boýunça ygtyýarly wekiliň – Adalatçynyň edarasy"},
		{"tk", "the ILO and the IOM", "HZG-niň we MHG-niň"},
		{"tk", "the IOM office", "MHG-nyň edarasy"}, // the harmony is the check's business, not matching's
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.target, func(t *testing.T) {
			if ps := g.Check("en", tt.locale, tt.source, tt.target); len(ps) > 0 {
				t.Errorf("want no findings, got %s", describe(ps))
			}
		})
	}
}

// Wrong terms: each must give the finding named.
func TestCheckWrongTerms(t *testing.T) {
	g := loadProject(t)
	tests := []struct {
		locale, source, target string
		kind                   ProblemKind
		concept, found         string
	}{
		{"ru", "Representatives of the Mejlis", "Представители Парламента", Missing, "mejlis", ""},
		{"ru", "the Mejlis", "Парламент Туркменистана", ForbiddenTerm, "mejlis", "Парламент Туркменистана"},
		{"ru", "The IOM office", "Офис ИОМ", ForbiddenTerm, "iom", "ИОМ"},
		{"ru", "The IOM office", "Офис мом", Missing, "iom", ""},
		{"ru", "the Ombudsman", "с Омбудсманом", ForbiddenTerm, "ombudsman", "Омбудсманом"},
		{"ru", "the Ministry of Justice", "Министерства юстиции", ForbiddenTerm, "ministry-of-justice", "Министерства юстиции"},
		{"ru", "in Turkmenistan", "в Туркмении", ForbiddenTerm, "turkmenistan", "Туркмении"},
		{"ru", "trafficking in persons", "трафикинга", ForbiddenTerm, "trafficking-in-persons", "трафикинга"},
		{"ru", "President Gurbanguly Berdimuhamedov", "Президент Гурбангулы Бердымухаммедов", ForbiddenTerm, "gurbanguly-berdimuhamedov", "Бердымухаммедов"},
		{"ru", "with the International Organization for Migration", "с Международной организацией миграции", ForbiddenTerm, "iom", "Международной организацией миграции"},
		{"tk", "Representatives of the Mejlis", "Halk Maslahatynyň wekilleri", Missing, "mejlis", ""},
		{"tk", "Representatives of the Mejlis", "mejlisiň wekilleri", Missing, "mejlis", ""},
		{"tk", "The IOM office", "HMG-nyň edarasy", ForbiddenTerm, "iom", "HMG-nyň"},
		{"tk", "President Gurbanguly Berdimuhamedov", "Prezident Gurbanguly Berdimuhammedow", ForbiddenTerm, "gurbanguly-berdimuhamedov", "Berdimuhammedow"},
		{"tk", "the Ombudsman", "Ombudsmeniň", Missing, "ombudsman", ""},
		{"tk", "the Ombudsman", "adalatçynyň", Missing, "ombudsman", ""},
		{"tk", "the Ministry of Justice", "Adalat edarasy", Missing, "ministry-of-justice", ""},
	}
	for _, tt := range tests {
		t.Run(tt.locale+"/"+tt.target, func(t *testing.T) {
			ps := g.Check("en", tt.locale, tt.source, tt.target)
			for _, p := range ps {
				if p.Kind == tt.kind && p.Concept.ID == tt.concept && p.Found == tt.found {
					return
				}
			}
			t.Errorf("want %s %s found %q, got %s", tt.kind, tt.concept, tt.found, describe(ps))
		})
	}
}

func TestCheckDoNotTranslateAndSource(t *testing.T) {
	g, err := Parse("dnt.toml", []byte(`version = 1
[[concept]]
id = "unicef"
do_not_translate = true
  [concept.en]
  preferred = [{ term = "UNICEF", case_sensitive = true }]
[[concept]]
id = "magtymguly-youth-organization"
  [concept.en]
  preferred = ["Magtymguly Youth Organization"]
  forbidden = ["Magtyumguly Youth Organization"]
  [concept.tk]
  preferred = ["Magtymguly adyndaky Ýaşlar guramasy"]
`))
	if err != nil {
		t.Fatal(err)
	}
	if ps := g.Check("en", "tk", "with UNICEF", "UNICEF-iň wekilleri"); len(ps) != 0 {
		t.Errorf("UNICEF-iň: %s", describe(ps))
	}
	ps := g.Check("en", "ru", "with UNICEF", "с ЮНИСЕФ")
	if len(ps) != 1 || ps[0].Kind != Changed || ps[0].SourceTerm != "UNICEF" {
		t.Errorf("ЮНИСЕФ: %s", describe(ps))
	}
	ps = g.Check("en", "tk", "Magtyumguly Youth Organization", "Magtymguly adyndaky Ýaşlar guramasy")
	if len(ps) != 1 || ps[0].Kind != SourceForbidden {
		t.Errorf("misspelt source: %s", describe(ps))
	}
}

func TestFindLongestAndOffsets(t *testing.T) {
	g := loadProject(t)
	text := "Türkmenistanyň Adalat ministrliginiň we MHG-niň wekilleri"
	ms := g.Matcher("tk").Find(text)
	var got []string
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("offsets %d:%d give %q, Text is %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		got = append(got, m.Concept.ID+"="+m.Text)
	}
	want := "ministry-of-justice=Türkmenistanyň Adalat ministrliginiň iom=MHG-niň"
	if strings.Join(got, " ") != want {
		t.Errorf("Find = %v, want %s", got, want)
	}
	all := g.Matcher("tk").FindAll(text)
	if len(all) <= len(ms) {
		t.Errorf("FindAll found %d matches, want more than Find's %d (overlaps)", len(all), len(ms))
	}
}

func TestHints(t *testing.T) {
	g := loadProject(t)
	tests := []struct {
		locale, text string
		want         []string
	}{
		{"ru", "The IOM office in Turkmenistan", []string{"IOM → МОМ", "Turkmenistan → Туркменистан"}},
		{"tk", "cooperation with the International Organization for Migration",
			[]string{"International Organization for Migration → Migrasiýa boýunça halkara guramasy (admitted: Halkara migrasiýa guramasy)"}},
		{"tk", "Representatives of the Mejlis and the Mejlis", []string{"Mejlis → Mejlis"}},
		{"ru", "Magtyumguly Youth Organization", []string{"Magtymguly Youth Organization → Молодёжная организация Туркменистана имени Махтумкули / Молодёжная организация имени Махтумкули"}},
		{"ru", "nothing to see", nil},
	}
	for _, tt := range tests {
		got := g.Hints("en", tt.locale, tt.text)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Hints(%q, %s) = %q, want %q", tt.text, tt.locale, got, tt.want)
		}
	}
}

func TestConsistency(t *testing.T) {
	g := loadProject(t)
	c := g.Checker("en", "tk")
	var uses []Use
	for i, target := range []string{
		"Migrasiýa boýunça halkara guramasy bilen",
		"MHG-niň wekilleri",
		"Halkara migrasiýa guramasy bilen",
	} {
		_, used := c.CheckPair("the International Organization for Migration", target)
		for _, u := range used {
			uses = append(uses, Use{Concept: u.Concept, Term: u.Term, Ref: i})
		}
	}
	inc := Consistency(uses)
	if len(inc) != 1 || inc[0].Ref != 2 || inc[0].Term.Text != "Halkara migrasiýa guramasy" ||
		len(inc[0].Others) != 1 || inc[0].Others[0].Term.Text != "Migrasiýa boýunça halkara guramasy" {
		t.Fatalf("Consistency = %+v", inc)
	}
	// the acronym with one full form is not a mix
	if inc := Consistency(uses[:2]); len(inc) != 0 {
		t.Errorf("preferred full form and acronym reported: %+v", inc)
	}
}
