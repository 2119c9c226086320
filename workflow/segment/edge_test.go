package segment

import "testing"

// Direct speech: a question, exclamation or full stop inside a quotation,
// followed by a dash and the speaker's words, stays in the quoted sentence
// (Russian and Turkmen punctuation of direct speech: «…? – спросила мама.
// – …»).
func TestDirectSpeech(t *testing.T) {
	runCases(t, []splitCase{
		{"question, speaker, more speech", "ru",
			"«Ты придёшь к ужину? – спросила мама. – Мы ждём тебя в семь». Он кивнул.",
			[]string{"«Ты придёшь к ужину? – спросила мама. – Мы ждём тебя в семь».", "Он кивнул."}},
		{"exclamation, em dash", "ru",
			"«Как хорошо! — воскликнул он. — Наконец-то весна!» Все улыбнулись.",
			[]string{"«Как хорошо! — воскликнул он. — Наконец-то весна!»", "Все улыбнулись."}},
		{"speaker named with a capital", "ru",
			"«Вы согласны? – спросил Иван Петрович. – Тогда начнём». Собрание началось.",
			[]string{"«Вы согласны? – спросил Иван Петрович. – Тогда начнём».", "Собрание началось."}},
		{"quote closes before the speaker", "ru",
			"«Вы согласны?» – спросил он. Все промолчали.",
			[]string{"«Вы согласны?» – спросил он.", "Все промолчали."}},
		{"tk", "tk",
			"«Sen agşam gelersiňmi? – diýip, ejem sorady. – Biz seni sagat ýedide garaşýarys». Ol baş atdy.",
			[]string{"«Sen agşam gelersiňmi? – diýip, ejem sorady. – Biz seni sagat ýedide garaşýarys».", "Ol baş atdy."}},
		{"tk exclamation", "tk",
			"«Ajaýyp! – diýip, myhman aýtdy. – Men muny hiç haçan ýatdan çykarmaryn». Soňra ol gitdi.",
			[]string{"«Ajaýyp! – diýip, myhman aýtdy. – Men muny hiç haçan ýatdan çykarmaryn».", "Soňra ol gitdi."}},
		{"en", "en",
			"“Are you coming? – asked Mother. – Dinner is at seven.” He nodded.",
			[]string{"“Are you coming? – asked Mother. – Dinner is at seven.”", "He nodded."}},
		// outside a quotation a dash after a full stop opens a new line of
		// dialogue, as before
		{"dialogue lines", "ru", "Он спросил. — Да. — Хорошо.",
			[]string{"Он спросил.", "— Да.", "— Хорошо."}},
	})
}

// Abbreviations that stand before a proper name do not end a sentence
// there; the same word at the end of a sentence, before a sentence opener,
// still does where it may end one.
func TestAbbreviationsBeforeNames(t *testing.T) {
	runCases(t, []splitCase{
		{"пгт.", "ru", "Семинар прошёл в пгт. Ак-Бугдай Ахалского велаята.",
			[]string{"Семинар прошёл в пгт. Ак-Бугдай Ахалского велаята."}},
		{"г.", "ru", "Семинар прошёл в г. Ашхабаде.", []string{"Семинар прошёл в г. Ашхабаде."}},
		{"ул.", "ru", "Офис находится на ул. Гарашсызлык.", []string{"Офис находится на ул. Гарашсызлык."}},
		{"им.", "ru", "Выступил ректор университета им. Махтумкули.", []string{"Выступил ректор университета им. Махтумкули."}},
		{"с.", "ru", "Школа открылась в с. Ипай-Кала.", []string{"Школа открылась в с. Ипай-Кала."}},
		{"д.", "ru", "Он родился в д. Берёзовке.", []string{"Он родился в д. Берёзовке."}},
		{"г. year before an opener", "ru", "Закон принят в 2016 г. В нём пять глав.",
			[]string{"Закон принят в 2016 г.", "В нём пять глав."}},
		{"г. year before a name", "ru", "В 2019 г. Туркменистан ратифицировал протокол.",
			[]string{"В 2019 г. Туркменистан ратифицировал протокол."}},
		{"ş.", "tk", "Maslahat Aşgabat ş. Bitarap Türkmenistan şaýolundaky binada geçirildi.",
			[]string{"Maslahat Aşgabat ş. Bitarap Türkmenistan şaýolundaky binada geçirildi."}},
		{"etr.", "tk", "Ahal welaýatynyň Ak bugdaý etr. Täzeýol obasynda mekdep açyldy.",
			[]string{"Ahal welaýatynyň Ak bugdaý etr. Täzeýol obasynda mekdep açyldy."}},
		{"ý. before an opener", "tk", "Kanun 2016 ý. kabul edildi. Ol bäş bapdan ybarat.",
			[]string{"Kanun 2016 ý. kabul edildi.", "Ol bäş bapdan ybarat."}},
		{"St.", "en", "The office is on St. Petersburg Avenue.", []string{"The office is on St. Petersburg Avenue."}},
	})
}

// A unit or currency abbreviation after a number at the real end of a
// sentence ends it before a new capitalised sentence, as an ellipsis
// followed by a capital does.
func TestUnitsAtSentenceEnd(t *testing.T) {
	runCases(t, []splitCase{
		{"руб.", "ru", "Стоимость проекта составила 500 тыс. руб. Проект одобрен.",
			[]string{"Стоимость проекта составила 500 тыс. руб.", "Проект одобрен."}},
		{"млн", "ru", "Бюджет вырос до 3 млн. Расходы сократились.",
			[]string{"Бюджет вырос до 3 млн.", "Расходы сократились."}},
		{"тыс.", "ru", "В форуме участвовали 2 тыс. Организаторы довольны.",
			[]string{"В форуме участвовали 2 тыс.", "Организаторы довольны."}},
		{"кг.", "ru", "Вес груза — 40 кг. Доставка бесплатная.",
			[]string{"Вес груза — 40 кг.", "Доставка бесплатная."}},
		{"unit inside", "ru", "Вес 40 кг. и объём 2 куб. м указаны в накладной.",
			[]string{"Вес 40 кг. и объём 2 куб. м указаны в накладной."}},
		{"unit without a number", "ru", "Цена указана в руб. Туркменистана нет.",
			[]string{"Цена указана в руб. Туркменистана нет."}},
		{"man.", "tk", "Taslamanyň bahasy 500 müň man. Taslama tassyklandy.",
			[]string{"Taslamanyň bahasy 500 müň man.", "Taslama tassyklandy."}},
		{"mln.", "tk", "Ilat 7 mln. Ýurtda ösüş dowam edýär.",
			[]string{"Ilat 7 mln.", "Ýurtda ösüş dowam edýär."}},
		{"kg.", "en", "The parcel weighs 40 kg. Delivery is free.",
			[]string{"The parcel weighs 40 kg.", "Delivery is free."}},
		{"bn.", "en", "Exports reached $5 bn. Imports fell.",
			[]string{"Exports reached $5 bn.", "Imports fell."}},
		{"ellipsis", "ru", "Он задумался… Потом ушёл.", []string{"Он задумался…", "Потом ушёл."}},
		{"ellipsis tk", "tk", "Ol oýlandy... Soňra gitdi.", []string{"Ol oýlandy...", "Soňra gitdi."}},
		{"ellipsis en", "en", "He paused... Then he left.", []string{"He paused...", "Then he left."}},
	})
}
