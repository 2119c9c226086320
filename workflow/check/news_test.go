package check

import "testing"

// TestNewsPairs: sentences as a newsroom writes them, translated as its
// Russian and Turkmen editors would, raise no finding of any check —
// numbers said in words, compounds and fractions, dates, quotes, lists,
// names and acronyms.
func TestNewsPairs(t *testing.T) {
	cases := []struct{ loc, src, tgt string }{
		{"ru", "Five ministries signed the memorandum.", "Меморандум подписали пять министерств."},
		{"ru", "Four of the seven projects are completed.", "Завершены четыре из семи проектов."},
		{"ru", "The first of the 15 sessions opened on 3 March.", "Первое из 15 заседаний открылось 3 марта."},
		{"ru", "The office received 2,345 complaints in 2020, up 12% from 2019.", "В 2020 году в ведомство поступило 2345 жалоб – на 12 % больше, чем в 2019 году."},
		{"ru", "About 60 percent of respondents agreed.", "Около 60 процентов опрошенных согласились."},
		{"ru", "The event gathered some 300 guests.", "Мероприятие собрало около трёхсот гостей."},
		{"ru", "It happened at 6:30 p.m. on Friday.", "Это произошло в пятницу в 18:30."},
		{"ru", "The fund allocated 5 million manat.", "Фонд выделил 5 млн манатов."},
		{"ru", "The fund allocated 5 million manat.", "Фонд выделил пять миллионов манатов."},
		{"ru", "The IOM has 175 member states.", "В МОМ входят 175 государств-членов."},
		{"ru", "Turkmenistan joined the IOM in 2013.", "Туркменистан вступил в МОМ в 2013 году."},
		{"ru", "The road is 600 km long.", "Протяжённость дороги – 600 км."},
		{"ru", "The temperature dropped to minus 15 degrees.", "Температура опустилась до –15 градусов."},
		{"ru", "The temperature dropped to -15°C.", "Температура опустилась до минус 15 °C."},
		{"ru", "He was sentenced to 8 years.", "Его приговорили к восьми годам."},
		{"ru", "The plan runs until 2030.", "План рассчитан до 2030 года."},
		{"ru", "The 2022–2028 programme was adopted.", "Принята программа на 2022–2028 годы."},
		{"ru", "Over the past three decades, trade grew tenfold.", "За последние три десятилетия товарооборот вырос в десять раз."},
		{"ru", "The session lasted one and a half hours.", "Заседание длилось полтора часа."},
		{"ru", "The hotel has 24-hour service.", "В гостинице круглосуточное обслуживание."},
		{"ru", "Half of the participants were women.", "Половину участников составили женщины."},
		{"ru", "The exhibition runs for 3 days, from 10 to 12 May.", "Выставка продлится три дня, с 10 по 12 мая."},
		{"ru", "The 7th Caspian Summit will be held in 2026.", "VII Каспийский саммит пройдёт в 2026 году."},
		{"ru", "The 7th Caspian Summit will be held in 2026.", "Седьмой Каспийский саммит пройдёт в 2026 году."},
		{"tk", "Five ministries signed the memorandum.", "Memoranduma bäş ministrlik gol çekdi."},
		{"tk", "The first of the 15 sessions opened on 3 March.", "15 mejlisiň birinjisi 3-nji martda açyldy."},
		{"tk", "About 60 percent of respondents agreed.", "Soralanlaryň 60 göterime golaýy razy boldy."},
		{"tk", "The event gathered some 300 guests.", "Çärä üç ýüze golaý myhman gatnaşdy."},
		{"tk", "The fund allocated 5 million manat.", "Gaznadan 5 million manat bölünip berildi."},
		{"tk", "He was sentenced to 8 years.", "Ol sekiz ýyla iş kesildi."},
		{"tk", "The 7th Caspian Summit will be held in 2026.", "VII Hazar sammiti 2026-njy ýylda geçiriler."},
		{"tk", "The 7th Caspian Summit will be held in 2026.", "Ýedinji Hazar sammiti 2026-njy ýylda geçiriler."},
		{"tk", "The session lasted one and a half hours.", "Mejlis bir ýarym sagat dowam etdi."},
		{"tk", "The exhibition runs for 3 days, from 10 to 12 May.", "Sergi 10-njy maýdan 12-nji maý aralygynda üç gün dowam eder."},
		{"tk", "Half of the participants were women.", "Gatnaşyjylaryň ýarysy aýal-gyzlardy."},
		{"tk", "Trade grew tenfold.", "Söwda dolanyşygy on esse artdy."},
		{"tk", "The 21 member states voted.", "Ýigrimi bir agza döwlet ses berdi."},
		{"tk", "The road is 600 km long.", "Ýoluň uzynlygy 600 km."},
		{"tk", "The office received 2,345 complaints.", "Edara 2 345 arza gelip gowuşdy."},
		{"ru", "\"We are ready to cooperate,\" the minister said.", "«Мы готовы к сотрудничеству», – заявил министр."},
		{"ru", "The Mejlis adopted the law \"On Migration\".", "Меджлис принял Закон «О миграции»."},
		{"ru", "The IOM Chief of Mission, Ms. Smith, opened the seminar.", "Семинар открыла глава Миссии МОМ г-жа Смит."},
		{"ru", "The report, entitled \"Migration in Central Asia 2020\", was presented.", "Был представлен доклад «Миграция в Центральной Азии – 2020»."},
		{"ru", "Participants discussed the following topics:", "Участники обсудили следующие темы:"},
		{"ru", "protection of migrants' rights;", "защита прав мигрантов;"},
		{"ru", "The UN Secretary-General António Guterres welcomed the decision.", "Генеральный секретарь ООН Антониу Гутерриш приветствовал это решение."},
		{"ru", "The Ashgabat-based OSCE Centre hosted the event.", "Мероприятие провёл Центр ОБСЕ в Ашхабаде."},
		{"ru", "Read more at www.iom.int.", "Подробнее – на сайте www.iom.int."},
		{"ru", "The website Turkmenistan.ru reported it.", "Об этом сообщил сайт Turkmenistan.ru."},
		{"ru", "The event was organised by the Ministry of Foreign Affairs (MFA).", "Мероприятие организовало Министерство иностранных дел (МИД)."},
		{"ru", "He said: \"The Law 'On Refugees' protects them.\"", "Он сказал: «Закон „О беженцах“ защищает их»."},
		{"ru", "The film \"The Lord of the Rings\" was shown.", "Был показан фильм «Властелин колец»."},
		{"ru", "The project is funded by USAID and the EU.", "Проект финансируют USAID и ЕС."},
		{"ru", "The festival \"Turkmen Carpet\" opened.", "Открылся фестиваль «Туркменский ковёр»."},
		{"ru", "The company Turkmengaz and the Chinese CNPC signed a deal.", "Государственный концерн «Туркменгаз» и китайская CNPC подписали соглашение."},
		{"ru", "Lessons are held in Turkmen, Russian and English.", "Занятия ведутся на туркменском, русском и английском языках."},
		{"ru", "The book \"Turkmenistan: The Heart of the Great Silk Road\" was presented.", "Была представлена книга «Туркменистан – сердце Великого Шёлкового пути»."},
		{"tk", "\"We are ready to cooperate,\" the minister said.", "«Biz hyzmatdaşlyga taýýar» diýip, ministr belledi."},
		{"tk", "The Mejlis adopted the law \"On Migration\".", "Mejlis «Migrasiýa hakynda» Kanuny kabul etdi."},
		{"tk", "Participants discussed the following topics:", "Gatnaşyjylar aşakdaky meseleleri ara alyp maslahatlaşdylar:"},
		{"tk", "The project is funded by USAID and the EU.", "Taslama USAID we ÝB tarapyndan maliýeleşdirilýär."},
		{"tk", "Read more at www.iom.int.", "Giňişleýin maglumat www.iom.int saýtynda."},
		{"tk", "The UN Secretary-General António Guterres welcomed the decision.", "BMG-niň Baş sekretary Antoniu Guterriş bu karary makullady."},
	}
	for _, c := range cases {
		var got []string
		for _, f := range runChecks(t, Config{}, makePair(c.loc, [2]string{c.src, c.tgt})) {
			got = append(got, f.Check+": "+f.Message)
		}
		if len(got) > 0 {
			t.Errorf("%s: %q → %q: %q", c.loc, c.src, c.tgt, got)
		}
	}
}
