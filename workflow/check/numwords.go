package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/terjime/terjime/internal/locale"
)

// A number may be written as a word on one side and in digits on the
// other: "four main sections" → «4 основные части», "exactly 2 input
// files" → «два входных файла», "an image width of 0" → «нулевую ширину»,
// "the 2nd form" → «во второй форме», "8bit" → «восьмибитного». After the
// digits are matched, a number left over on one side is taken as there
// when the other side has a number word of its value; each word stands
// for one number. The words are read by language: English, Russian (every
// case, the ordinals and the first part of compounds such as двух-,
// трёх-, восьми-) and Turkmen (with its endings: ikisi, ikinji, üçünji).

// fractionWord marks the value of a word for a fraction of one: half is
// fractionWord|2, quarter fractionWord|4. No integer has the bit.
const fractionWord = 1 << 62

// halfWord marks a number and a half said in words: «полтора» is
// halfWord|1, «два с половиной», "two and a half", «iki ýarym» halfWord|2.
// A decimal x.5 matches it (spell). No integer has the bit.
const halfWord = 1 << 61

// numWord is a number word or stem and its value. A stem (prefix) matches
// a word that starts with it and goes on with one of its endings, or, for
// a compound stem, with any letters.
type numWord struct {
	value    uint64
	endings  []string // the endings after the stem; nil: the word alone
	compound bool     // the stem starts compound words (двухбайтовый)
	month    bool     // a month's name: «двадцатого марта» is no 23
	after    bool     // a number only after a number word: Turkmen ýüz is "face" alone, 100 in «iki ýüz»
	parts    []string // a compound stem only before one of these: «столетие», not «столица»
}

// ruParts are what follows a numeral's stem in the Russian compounds a
// stem that starts common words as well (сто-, семи-) is read in:
// «столетие», «семидневный», «стотонный».
var ruParts = []string{"летн", "лети", "дневн", "часов", "минутн", "секундн", "месячн", "недельн",
	"годичн", "этажн", "кратн", "значн", "местн", "сторонн", "разов", "процентн", "тонн",
	"километров", "метров", "градусн", "канальн", "битн", "байтов", "ядерн", "угольн", "томн", "дюймов"}

// ruOrdinal are the endings of a Russian ordinal or adjective stem
// (перв-ый, втор-ой, треть-его, седьм-ом).
var ruOrdinal = []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему",
	"ым", "им", "ом", "ем", "ую", "юю", "ые", "ие", "ых", "их", "ыми", "ими", "ья", "ье", "ьего",
	"ьей", "ьему", "ьим", "ьем", "ью", "ьи", "ьих", "ьими", "ей"}

// ruCardinal are the endings of -ть numerals (пять, пяти, пятью).
var ruCardinal = []string{"ь", "и", "ью"}

// ruMonth are the endings of a month's name (январь, января, январе).
var ruMonth = []string{"ь", "я", "е", "ю", "ём", "ем"}

var numWords = map[string]map[string]numWord{
	"en": {
		"zero": {value: 0}, "zeros": {value: 0}, "zeroes": {value: 0}, "one": {value: 1}, "single": {value: 1}, "once": {value: 1},
		"first": {value: 1}, "two": {value: 2}, "twice": {value: 2}, "couple": {value: 2}, "three": {value: 3},
		"third": {value: 3}, "four": {value: 4}, "fourth": {value: 4}, "five": {value: 5},
		"fifth": {value: 5}, "six": {value: 6}, "sixth": {value: 6}, "seven": {value: 7},
		"seventh": {value: 7}, "eight": {value: 8}, "eighth": {value: 8}, "nine": {value: 9},
		"ninth": {value: 9}, "ten": {value: 10}, "tenth": {value: 10}, "eleven": {value: 11},
		"eleventh": {value: 11}, "twelfth": {value: 12}, "thirteenth": {value: 13}, "fourteenth": {value: 14},
		"fifteenth": {value: 15}, "sixteenth": {value: 16}, "twentieth": {value: 20},
		"twelve": {value: 12}, "thirteen": {value: 13}, "fourteen": {value: 14},
		"fifteen": {value: 15}, "sixteen": {value: 16}, "seventeen": {value: 17},
		"eighteen": {value: 18}, "nineteen": {value: 19}, "twenty": {value: 20},
		"thirty": {value: 30}, "forty": {value: 40}, "fifty": {value: 50}, "sixty": {value: 60},
		"seventy": {value: 70}, "eighty": {value: 80}, "ninety": {value: 90},
		"hundred": {value: 100}, "thousand": {value: 1000},
		"nonzero": {value: 0}, "half": {value: fractionWord | 2}, "quarter": {value: fractionWord | 4},
		// a base: "Hex" → «16-ричный», "octal" → «8-ричный»
		"hex": {value: 16}, "hexadecimal": {value: 16}, "octal": {value: 8},
		"primary": {value: 1}, "secondary": {value: 2}, // "Secondary Y Axis" → «2-я ось Y»
		// a Japanese era's first year: "Gannen" → «1 г.»
		"gannen": {value: 1},
		// a shape by its corners, as Russian says it (шестиугольник; a
		// triangle, «треугольник», is no number on either side), and a
		// prefix of a compound (tri-star)
		"pentagon": {value: 5}, "hexagon": {value: 6}, "heptagon": {value: 7}, "octagon": {value: 8},
		"quadrilateral": {value: 4}, "quadrilaterals": {value: 4}, // «четырёхугольник»
		"tri": {value: 3}, "quad": {value: 4},
		// a month by its name: "January 4, 2000" → «2000-01-04» (May only
		// with its capital: numberWords reads it)
		"january": {value: 1, month: true}, "february": {value: 2, month: true}, "march": {value: 3, month: true}, "april": {value: 4, month: true},
		"june": {value: 6, month: true}, "july": {value: 7, month: true}, "august": {value: 8, month: true}, "september": {value: 9, month: true},
		"october": {value: 10, month: true}, "november": {value: 11, month: true}, "december": {value: 12, month: true},
	},
	"ru": {
		"ноль": {value: 0}, "нол": {value: 0, endings: []string{"ь", "я", "ю", "ём", "ем", "е"}},
		// zeros too: "padded with 0" is «дополняются нулями»; "0 (zero)"
		// said once, «(ноль)», lost its digit all the same (absent)
		"нул":   {value: 0, endings: []string{"ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"}}, // «дополняются нулями» for "padded with 0"
		"нулев": {value: 0, endings: ruOrdinal},
		"один":  {value: 1}, "одна": {value: 1}, "одно": {value: 1, compound: true}, "одни": {value: 1},
		"одного": {value: 1}, "одной": {value: 1}, "одному": {value: 1}, "одним": {value: 1},
		"одну": {value: 1}, "одном": {value: 1}, "одних": {value: 1}, "одними": {value: 1},
		"единиц": {value: 1, endings: []string{"а", "ы", "е", "у", "ей"}},
		"перв":   {value: 1, endings: ruOrdinal},
		"два":    {value: 2}, "две": {value: 2}, "двум": {value: 2}, "двумя": {value: 2},
		"двое": {value: 2}, "двоих": {value: 2}, "дважды": {value: 2},
		"пару": {value: 2}, "пара": {value: 2}, // «подождите пару минут» for "wait 2 minutes"
		// how many together: "4 players at once" → «вчетвером»
		"вдвоем": {value: 2}, "втроем": {value: 3}, "вчетвером": {value: 4}, "впятером": {value: 5},
		"вшестером": {value: 6},
		// how many times over: "Zoom In 2X" → «Увеличить вдвое»
		"вдвое": {value: 2}, "втрое": {value: 3}, "вчетверо": {value: 4}, "впятеро": {value: 5},
		"вдесятеро": {value: 10},
		"двух":      {value: 2, compound: true}, "дву": {value: 2, compound: true}, // двузначный, двусторонний
		// a base: "base-2" → «двоичный», "base-16" → «шестнадцатеричный»
		"двоичн": {value: 2, endings: ruOrdinal}, "восьмеричн": {value: 8, endings: ruOrdinal},
		"десятичн": {value: 10, endings: ruOrdinal}, "шестнадцатеричн": {value: 16, endings: ruOrdinal},
		"втор": {value: 2, endings: ruOrdinal},
		// a digit's name: «степень двойки» for "a power of 2"
		"двойк":    {value: 2, endings: []string{"а", "и", "е", "у", "ой"}},
		"тройк":    {value: 3, endings: []string{"а", "и", "е", "у", "ой"}},
		"четверк":  {value: 4, endings: []string{"а", "и", "е", "у", "ой"}},
		"пятерк":   {value: 5, endings: []string{"а", "и", "е", "у", "ой"}},
		"шестерк":  {value: 6, endings: []string{"а", "и", "е", "у", "ой"}},
		"семерк":   {value: 7, endings: []string{"а", "и", "е", "у", "ой"}},
		"восьмерк": {value: 8, endings: []string{"а", "и", "е", "у", "ой"}},
		"девятк":   {value: 9, endings: []string{"а", "и", "е", "у", "ой"}},
		// their genitive plural drops the stem's vowel: «шаров-восьмёрок»
		"двоек": {value: 2}, "троек": {value: 3}, "четверок": {value: 4}, "пятерок": {value: 5},
		"шестерок": {value: 6}, "семерок": {value: 7}, "восьмерок": {value: 8}, "девяток": {value: 9},
		"десяток": {value: 10},
		// made zero: "truncated to 0" → «обнулить»
		"обнул": {value: 0, compound: true},
		// a power said as a word: "to the power of 2" → «в квадрате», of
		// 3 → «в кубе»; the shape, «пустой квадрат», is no number
		"квадрате": {value: 2}, "кубе": {value: 3},
		// chords by their interval: "7 chords" → «септаккорды»
		"септаккорд": {value: 7, endings: []string{"", "а", "е", "у", "ом", "ы", "ов", "ами", "ах"}},
		"нонаккорд":  {value: 9, endings: []string{"", "а", "е", "у", "ом", "ы", "ов", "ами", "ах"}},
		// a group of so many: "Top 10" is «Десятка лучших»
		"десятк":        {value: 10, endings: []string{"а", "и", "е", "у", "ой"}},
		"дюжин":         {value: 12, endings: []string{"а", "ы", "е", "у", "ой"}},
		"сотн":          {value: 100, endings: []string{"я", "и", "е", "ю", "ей"}},
		"неотрицательн": {value: 0, endings: ruOrdinal}, // "positive or 0"
		"три":           {value: 3}, "трем": {value: 3}, "тремя": {value: 3},
		"трое": {value: 3}, "трижды": {value: 3}, "четырежды": {value: 4}, "троих": {value: 3}, "троим": {value: 3}, "троими": {value: 3},
		"трех":   {value: 3, compound: true},
		"трет":   {value: 3, endings: ruOrdinal},
		"четыре": {value: 4}, "четырем": {value: 4}, "четырьмя": {value: 4},
		"четверо": {value: 4}, "четверых": {value: 4}, "четверым": {value: 4}, "четверыми": {value: 4},
		"пятеро": {value: 5}, "пятерых": {value: 5}, "шестеро": {value: 6}, "шестерых": {value: 6},
		"четырех": {value: 4, compound: true},
		"четверт": {value: 4, endings: ruOrdinal},
		"пят":     {value: 5, endings: append(ruCardinal, ruOrdinal...)},
		"пяти":    {value: 5, compound: true},
		"шест":    {value: 6, endings: append(ruCardinal, ruOrdinal...)},
		"шести":   {value: 6, compound: true},
		"сем":     {value: 7, endings: ruCardinal},
		// not a compound stem: «семинар» is no seven
		"семиугольн":  {value: 7, endings: append([]string{"ик", "ика", "ике", "иком", "ики", "иков"}, ruOrdinal...)},
		"седьм":       {value: 7, endings: ruOrdinal},
		"восем":       {value: 8, endings: []string{"ь", "ью"}},
		"восьм":       {value: 8, endings: append([]string{"и"}, ruOrdinal...)},
		"восьми":      {value: 8, compound: true},
		"девят":       {value: 9, endings: append(ruCardinal, ruOrdinal...)},
		"девяти":      {value: 9, compound: true},
		"десят":       {value: 10, endings: append(ruCardinal, ruOrdinal...)},
		"десяти":      {value: 10, compound: true},
		"одиннадцат":  {value: 11, endings: append(ruCardinal, ruOrdinal...)},
		"двенадцат":   {value: 12, endings: append(ruCardinal, ruOrdinal...)},
		"тринадцат":   {value: 13, endings: append(ruCardinal, ruOrdinal...)},
		"четырнадцат": {value: 14, endings: append(ruCardinal, ruOrdinal...)},
		"пятнадцат":   {value: 15, endings: append(ruCardinal, ruOrdinal...)},
		"шестнадцат":  {value: 16, endings: append(ruCardinal, ruOrdinal...)},
		"семнадцат":   {value: 17, endings: append(ruCardinal, ruOrdinal...)},
		"восемнадцат": {value: 18, endings: append(ruCardinal, ruOrdinal...)},
		"девятнадцат": {value: 19, endings: append(ruCardinal, ruOrdinal...)},
		"двадцат":     {value: 20, endings: append(ruCardinal, ruOrdinal...)},
		"тридцат":     {value: 30, endings: append(ruCardinal, ruOrdinal...)},
		"сорок":       {value: 40}, "сорока": {value: 40, compound: true, parts: ruParts},
		"пятьдесят": {value: 50}, "пятидесяти": {value: 50}, "пятьюдесятью": {value: 50},
		"шестьдесят": {value: 60}, "шестидесяти": {value: 60}, "шестьюдесятью": {value: 60},
		"семьдесят": {value: 70}, "семидесяти": {value: 70}, "семьюдесятью": {value: 70},
		"восемьдесят": {value: 80}, "восьмидесяти": {value: 80}, "восемьюдесятью": {value: 80},
		"девяносто": {value: 90}, "девяноста": {value: 90},
		// the tens as ordinals, a decade's name: «сороковые», «в девяностых»
		"сороков": {value: 40, endings: ruOrdinal}, "пятидесят": {value: 50, endings: ruOrdinal},
		"шестидесят": {value: 60, endings: ruOrdinal}, "семидесят": {value: 70, endings: ruOrdinal},
		"восьмидесят": {value: 80, endings: ruOrdinal}, "девяност": {value: 90, endings: ruOrdinal},
		"ста": {value: 100},
		// a compound's first part: «тридцатилетие», «двадцатипятилетний»,
		// «столетие», «семидневный»
		"сто": {value: 100, compound: true, parts: ruParts}, "семи": {value: 7, compound: true, parts: ruParts},
		"одиннадцати": {value: 11, compound: true}, "двенадцати": {value: 12, compound: true},
		"тринадцати": {value: 13, compound: true}, "четырнадцати": {value: 14, compound: true},
		"пятнадцати": {value: 15, compound: true}, "шестнадцати": {value: 16, compound: true},
		"семнадцати": {value: 17, compound: true}, "восемнадцати": {value: 18, compound: true},
		"девятнадцати": {value: 19, compound: true}, "двадцати": {value: 20, compound: true},
		"тридцати": {value: 30, compound: true},
		// the hundreds in every case: «более двухсот тысяч» is 200,000
		"двести": {value: 200}, "двухсот": {value: 200}, "двумстам": {value: 200}, "двумястами": {value: 200}, "двухстах": {value: 200},
		"триста": {value: 300}, "трехсот": {value: 300}, "тремстам": {value: 300}, "тремястами": {value: 300}, "трехстах": {value: 300},
		"четыреста": {value: 400}, "четырехсот": {value: 400}, "четыремстам": {value: 400}, "четырьмястами": {value: 400}, "четырехстах": {value: 400},
		"пятьсот": {value: 500}, "пятисот": {value: 500}, "пятистам": {value: 500}, "пятьюстами": {value: 500}, "пятистах": {value: 500},
		"шестьсот": {value: 600}, "шестисот": {value: 600}, "шестистам": {value: 600}, "шестьюстами": {value: 600}, "шестистах": {value: 600},
		"семьсот": {value: 700}, "семисот": {value: 700}, "семистам": {value: 700}, "семьюстами": {value: 700}, "семистах": {value: 700},
		"восемьсот": {value: 800}, "восьмисот": {value: 800}, "восьмистам": {value: 800}, "восемьюстами": {value: 800}, "восьмистах": {value: 800},
		"девятьсот": {value: 900}, "девятисот": {value: 900}, "девятистам": {value: 900}, "девятьюстами": {value: 900}, "девятистах": {value: 900},
		// the ordinals of a hundred and a thousand, a fraction's
		// denominator too: «в сотых долях секунды»
		"сот": {value: 100, endings: ruOrdinal}, "тысячн": {value: 1000, endings: ruOrdinal},
		"тысяч":   {value: 1000, endings: []string{"", "а", "и", "у", "ей", "е", "ью", "ам", "ами", "ах"}}, // «до трёх тысяч»
		"ненулев": {value: 0, endings: ruOrdinal},
		// a month by its name: «1 января 1970» for 1970-01-01
		"январ": {value: 1, endings: ruMonth, month: true}, "феврал": {value: 2, endings: ruMonth, month: true},
		"март": {value: 3, endings: []string{"", "а", "е", "у", "ом"}, month: true}, "апрел": {value: 4, endings: ruMonth, month: true},
		"ма": {value: 5, endings: []string{"й", "я", "е", "ю", "ем"}, month: true}, "июн": {value: 6, endings: ruMonth, month: true},
		"июл": {value: 7, endings: ruMonth, month: true}, "август": {value: 8, endings: []string{"", "а", "е", "у", "ом"}, month: true},
		"сентябр": {value: 9, endings: ruMonth, month: true}, "октябр": {value: 10, endings: ruMonth, month: true},
		"ноябр": {value: 11, endings: ruMonth, month: true}, "декабр": {value: 12, endings: ruMonth, month: true},
		// halves: половина, полстраницы, полчаса
		"половин":    {value: fractionWord | 2, endings: []string{"а", "ы", "е", "у", "ой", "ами", "ах"}},
		"полстраниц": {value: fractionWord | 2, endings: []string{"ы", "е", "у"}},
		"полчаса":    {value: fractionWord | 2}, "полгода": {value: fractionWord | 2},
		// half of a unit, «до полтонны» for "up to 0.5 tonnes", and half
		// of a count: «полсотни» is 50, «полмиллиона» 500,000
		"полтонны": {value: fractionWord | 2}, "полметра": {value: fractionWord | 2},
		"поллитра": {value: fractionWord | 2}, "полкило": {value: fractionWord | 2},
		"полкилограмма": {value: fractionWord | 2}, "полдня": {value: fractionWord | 2},
		"полмесяца": {value: fractionWord | 2}, "полнедели": {value: fractionWord | 2},
		"полсотни": {value: 50}, "полтысячи": {value: 500}, "полдюжины": {value: 6},
		"полмиллиона": {value: 500_000}, "полмиллиарда": {value: 500_000_000},
		// a third and a quarter, the nouns (третий, четвёртый are the
		// ordinals' stems above)
		"треть": {value: fractionWord | 3}, "трети": {value: fractionWord | 3}, "третей": {value: fractionWord | 3},
		"четверть": {value: fractionWord | 4}, "четверти": {value: fractionWord | 4},
		"четвертью": {value: fractionWord | 4}, "четвертей": {value: fractionWord | 4},
		"полминуты": {value: fractionWord | 2}, "полсекунды": {value: fractionWord | 2},
		"наполовину": {value: fractionWord | 2},
		// one and a half: «полтора миллиона», «в полтора раза», «полутора тысяч»
		"полтора": {value: halfWord | 1}, "полторы": {value: halfWord | 1}, "полутора": {value: halfWord | 1},
	},
	"tk": {
		"nol": {value: 0, compound: true}, "bir": {value: 1, compound: true},
		"iki": {value: 2, compound: true}, "üç": {value: 3, compound: true},
		"dört": {value: 4, compound: true}, "dörd": {value: 4, compound: true},
		"bäş": {value: 5, compound: true}, "alty": {value: 6, compound: true},
		"ýedi": {value: 7, compound: true}, "sekiz": {value: 8, compound: true},
		"dokuz": {value: 9, compound: true}, "on": {value: 10, endings: []string{"", "unjy", "y", "a", "da", "dan", "uň"}},
		// ten and a unit written as one word: onalty is 16
		"onbir": {value: 11, compound: true}, "oniki": {value: 12, compound: true},
		"onüç": {value: 13, compound: true}, "ondört": {value: 14, compound: true},
		"ondörd": {value: 14, compound: true}, "onbäş": {value: 15, compound: true},
		"onalty": {value: 16, compound: true}, "onýedi": {value: 17, compound: true},
		"onsekiz": {value: 18, compound: true}, "ondokuz": {value: 19, compound: true},
		"ýigrimi": {value: 20, compound: true}, "otuz": {value: 30, compound: true},
		"kyrk": {value: 40, compound: true}, "elli": {value: 50, compound: true},
		"altmyş": {value: 60, compound: true}, "ýetmiş": {value: 70, compound: true},
		"segsen": {value: 80, compound: true}, "togsan": {value: 90, compound: true},
		"müň":   {value: 1000, compound: true},
		"ýüz":   {value: 100, after: true, endings: []string{"", "e", "de", "den", "üň", "i", "ü", "ünji"}},
		"ýarym": {value: fractionWord | 2, compound: true}, "çärýek": {value: fractionWord | 4, compound: true},
	},
}

// notNumbers are words that start like a number word and are none.
var notNumbers = map[string]bool{
	"семинар": true, "семинара": true, "семинаре": true, "семинару": true, "семинаром": true,
	"семинары": true, "семинаров": true, "семинарах": true, "семиотика": true,
	"birnäçe": true, "birleşik": true, "birlik": true, "birlikde": true, "birden": true,
	"одновременно": true, "одновременный": true, "одновременная": true, "одновременное": true,
	"одновременные": true, "одновременных": true, "одновременной": true, "одновременного": true,
	"одновременным": true, "однозначно": true, "однозначный": true, "однородный": true,
	"altyn": true, "onuň": true, "onda": true, "ondan": true, "ona": true, "onlar": true,
}

// romanNumerals are Roman numerals from 2 to 12 in capitals (Type II,
// Phase III); "I", "V" and "X" alone are too often a pronoun or a letter.
var romanNumerals = map[string]uint64{"II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "XI": 11, "XII": 12}

// cyrillicRoman are the Cyrillic letters a Russian text may type for a
// Roman numeral's Latin ones.
var cyrillicRoman = map[rune]byte{'Х': 'X', 'І': 'I', 'С': 'C', 'М': 'M'}

// latinRomans returns word w with its Cyrillic look-alikes of Roman
// numerals' letters in Latin (ХІХ is XIX), when w is made of such letters
// only and has one Cyrillic letter or more.
func latinRomans(w string) (string, bool) {
	var b []byte
	cyr := false
	for _, r := range w {
		if c, ok := cyrillicRoman[r]; ok {
			b, cyr = append(b, c), true
		} else if r < utf8.RuneSelf && strings.IndexByte("IVXLCDM", byte(r)) >= 0 {
			b = append(b, byte(r))
		} else {
			return "", false
		}
	}
	return string(b), cyr
}

// lettersEnd is where the run of letters that starts at s[i] ends.
func lettersEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) {
			break
		}
		i += n
	}
	return i
}

// latinizeRomans returns s with each word latinRomans reads in Latin.
func latinizeRomans(s string) string {
	if !strings.ContainsAny(s, "ХІСМ") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := lettersEnd(s, i)
		if j == i {
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		if lat, ok := latinRomans(s[i:j]); ok {
			b.WriteString(lat)
		} else {
			b.WriteString(s[i:j])
		}
		i = j
	}
	return b.String()
}

// centuryNumeral is the value of the Roman numeral s[i:j] of a Russian or
// Turkmen text when a century word follows it, or the numeral after a
// dash (по, до, и, we) that it starts a range or a pair with: «XVIII—XIX
// веков», «с XV по XVIII век», «в конце XVIII — начале XIX века», «в XV
// в.», «XIX asyrda», as the two languages write the 18th century. Else 0: a name's
// numeral (Людовик XIV) is the source's to give.
func centuryNumeral(s string, i, j int, lang string) uint64 {
	if lang != "ru" && lang != "tk" || strings.IndexByte("IVXLCDM", s[i]) < 0 {
		return 0
	}
	v := romanValue(s[i:j])
	if v == 0 {
		return 0
	}
	rest := s[j:]
	for _, dash := range []string{"—", "–", "-", " — ", " – ", " по ", " до ", " и ", " или ", " we "} {
		if after, ok := strings.CutPrefix(rest, dash); ok {
			// «в конце XVIII — начале XIX века»: a word may stand
			// before the range's other end
			if w := strings.IndexByte(after, ' '); dash[0] == ' ' && w > 0 && w < 16 && !strings.ContainsAny(after[:w], "IVXLCDM.,;") {
				after = after[w+1:]
			}
			k := 0
			for k < len(after) && strings.IndexByte("IVXLCDM", after[k]) >= 0 {
				k++
			}
			if romanValue(after[:k]) > 0 {
				rest = after[k:]
			}
			break
		}
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	if len(rest) == len(s[j:]) {
		return 0 // no space: a word glued on
	}
	w := rest
	if k := strings.IndexFunc(rest, func(r rune) bool { return !isLetter(r) }); k >= 0 {
		w = rest[:k]
	}
	w = strings.ToLower(w)
	switch {
	case lang == "ru" && (strings.HasPrefix(w, "век") || strings.HasPrefix(w, "столет") || w == "вв" || w == "в" && strings.HasPrefix(rest[len(w):], ".")),
		lang == "tk" && strings.HasPrefix(w, "asyr"):
		return v
	}
	return 0
}

// romanOrdinal reports whether s[i:j] is a Roman numeral with an
// ordinal's ending after a hyphen, as Russian and Turkmen may write an
// ordinal: «V-й Далай-лама» for "the 5th Dalai Lama", «XIV-nji». The
// ending is in the language's own letters: "X-ray" in a Russian text is
// no tenth.
func romanOrdinal(s string, i, j int, lang string) bool {
	if j+1 >= len(s) || s[j] != '-' || romanValue(s[i:j]) == 0 {
		return false
	}
	k := j + 1
	for k < len(s) {
		r, size := utf8.DecodeRuneInString(s[k:])
		if !isLetter(r) || r < utf8.RuneSelf && (lang != "tk" || r < 'a' || r > 'z') {
			break
		}
		k += size
	}
	n := utf8.RuneCountInString(s[j+1 : k])
	return n >= 1 && n <= 4
}

// romanValue is the value of a Roman numeral in capitals written the
// usual way (XIV, not XIIII), or 0.
func romanValue(r string) uint64 {
	if r == "" || len(r) > 15 {
		return 0
	}
	var v uint64
	for k := 0; k < len(r); k++ {
		d := romanDigit(r[k])
		if d == 0 {
			return 0
		}
		if k+1 < len(r) && romanDigit(r[k+1]) > d {
			v -= d
		} else {
			v += d
		}
	}
	if v == 0 || v >= 4000 || roman(v) != r {
		return 0
	}
	return v
}

// romanDigit is the value of one letter of a Roman numeral, or 0.
func romanDigit(c byte) uint64 {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

// roman writes v (1–3999) as a Roman numeral.
func roman(v uint64) string {
	var b strings.Builder
	for _, p := range []struct {
		n uint64
		s string
	}{{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for v >= p.n {
			b.WriteString(p.s)
			v -= p.n
		}
	}
	return b.String()
}

// numberWords returns the values of the number words of s, in a language
// whose words are known (en, ru, tk), appended to out.
func numberWords(s, lang string, out []uint64) []uint64 {
	words := numWords[lang]
	if words == nil {
		return out
	}
	// the last number word's index in out and where it ends in s, for
	// one made of several words ("twenty four"); prev is -1 after a
	// month's name
	prev, prevEnd := -1, 0
	lastWord, lastEnd := "", -1 // the word before, of any kind
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLetter(r) {
			i += size
			continue
		}
		j := lettersEnd(s, i)
		// A name said twice is a count of two: "Dot Dot Dash" is
		// «штрихпунктир с 2 точками».
		if lang == "en" && r >= 'A' && r <= 'Z' && i > 0 && lastEnd == i-1 && s[i-1] == ' ' && s[i:j] == lastWord {
			out = append(out, 2)
		}
		lastWord, lastEnd = s[i:j], j
		if lang == "en" && j < len(s) && s[j] == '-' && strings.EqualFold(s[i:j], "second") {
			// "second-level", "second-order": an ordinal; the word
			// alone is as often a unit of time
			out = append(out, 2)
			i, prev = j, -1
			continue
		}
		if s[i:j] == "May" && lang == "en" {
			out = append(out, 5) // the month; "may" is a verb
			i, prev = j, -1
			continue
		}
		if v, ok := romanNumerals[s[i:j]]; ok && lang == "en" {
			out = append(out, v)
			i, prev = j, -1
			continue
		}
		if lat, ok := latinRomans(s[i:j]); ok && lat != "C" && lat != "M" && lang != "en" {
			// «ХХ век» typed with Cyrillic Х: the numeral all the same
			// («С», «М» alone are a preposition and a letter, no
			// century; centuryNumeral reads the numeral and what follows)
			if v := centuryNumeral(lat+latinizeRomans(s[j:]), 0, len(lat), lang); v > 0 {
				out = append(out, v)
				i, prev = j, -1
				continue
			}
		}
		if v := centuryNumeral(s, i, j, lang); v > 0 || lang != "en" && romanOrdinal(s, i, j, lang) {
			if v == 0 {
				v = romanValue(s[i:j])
			}
			out = append(out, v)
			i, prev = j, -1
			continue
		}
		w := strings.ToLower(s[i:j])
		start := i
		i = j
		if !isASCII(w) {
			w = unstressed(w)
		}
		if notNumbers[w] {
			continue
		}
		nw, ok := numberWord(strings.ReplaceAll(w, "ё", "е"), lang, words)
		if !ok {
			continue
		}
		if nw.month {
			out = append(out, nw.value)
			prev = -1
			continue
		}
		if nw.value == fractionWord|2 && prev >= 0 && out[prev] < halfWord && andHalf(s[prevEnd:start], w, lang) {
			out[prev] |= halfWord // «два с половиной», "two and a half": 2.5
			prevEnd = j
			continue
		}
		if prev >= 0 && joined(s[prevEnd:start], out[prev]) {
			if v, ok := compound(out[prev], nw.value, lang); ok {
				out[prev], prevEnd = v, j
				continue
			}
		}
		if nw.after {
			continue
		}
		out = append(out, nw.value)
		prev, prevEnd = len(out)-1, j
	}
	return out
}

// andHalf reports whether gap joins a number word to the half after it,
// the word half, into a number and a half: «два с половиной», "two and a
// half", «iki ýarym» (not «iki ýarymşar», two hemispheres).
func andHalf(gap, half, lang string) bool {
	return gap == " с " || gap == " and a " || lang == "tk" && gap == " " && half == "ýarym"
}

// joined reports whether gap joins the number word before it, of value
// prev, to the one after it: a space or a hyphen ("twenty four",
// «двадцать четыре»), or an "and" after hundreds or thousands ("one
// thousand and ten").
func joined(gap string, prev uint64) bool {
	return gap == " " || gap == "-" || gap == " and " && prev >= 100
}

// compound returns the number that two number words one after the other
// make: a ten and a unit ("twenty four" is 24), a count of hundreds or
// thousands ("nine hundred"), hundreds and what follows («сто
// пятьдесят»), a year said in pairs ("nineteen ninety"). ok is false when
// they are two numbers ("one two").
func compound(a, b uint64, lang string) (uint64, bool) {
	if a&halfWord != 0 {
		if n := a &^ halfWord; n < 100 && (b == 100 || b == 1000) {
			return n*b + b/2, true // «полутора тысяч» is 1500
		}
		return 0, false
	}
	if (a|b)&(fractionWord|halfWord) != 0 {
		return 0, false // a fraction's word joins no number
	}
	switch {
	case a%100 >= 20 && a%10 == 0 && b >= 1 && b <= 9, a == 10 && b >= 1 && b <= 9 && lang == "tk":
		return a + b, true // "twenty four", «сто двадцать пять»; Turkmen's teens too, «on iki» is 12
	case lang == "en" && (a >= 11 && a <= 19 || a == 20) && b >= 10 && b < 100:
		return a*100 + b, true // a year: "Nineteen Eighty-Four", "twenty twenty-one"
	case a >= 1 && a < 100 && (b == 100 || b == 1000), a >= 100 && a < 1000 && b == 1000:
		return a * b, true // «двухсот тысяч», «двести пятьдесят тысяч»
	case a >= 1000 && a%1000 >= 1 && a%1000 <= 9 && b == 100:
		return a - a%1000 + a%1000*100, true // "one thousand five hundred", «bir müň bäş ýüz»
	case a >= 100 && a < 10000 && a%100 == 0 && b >= 1 && b < 100:
		return a + b, true
	}
	return 0, false
}

// unstressed is a word without its stress marks (пя́ть, as a primer or a
// dictionary writes it), its letters composed (й written as и and a
// breve, Turkmen ý as y and an acute).
func unstressed(w string) string {
	w = norm.NFC.String(w)
	if strings.ContainsAny(w, "\u0300\u0301") {
		w = stressMarks.Replace(w)
	}
	return w
}

// stressMarks drops the grave and acute accents that mark stress.
var stressMarks = strings.NewReplacer("\u0300", "", "\u0301", "")

// numberWord reads one lower-case word: the word itself, a stem and one
// of its endings, or a compound's first part (двухбайтовый; in Turkmen a
// number and its endings, ikinji, üçüsi).
func numberWord(w, lang string, words map[string]numWord) (numWord, bool) {
	if nw, ok := words[w]; ok && nw.endings == nil && !nw.compound {
		return nw, true
	}
	// The longest stem first: пятнадцат before пят.
	for n := len(w); n > 0; n-- {
		if n < len(w) && !utf8.RuneStart(w[n]) {
			continue
		}
		nw, ok := words[w[:n]]
		if !ok {
			continue
		}
		rest := utf8.RuneCountInString(w[n:])
		switch {
		case nw.endings != nil && slices.Contains(nw.endings, w[n:]):
		case nw.compound && lang == "tk" && rest <= 6:
		case nw.compound && lang != "tk" && (rest == 0 || rest >= 3):
			if rest > 0 && nw.parts != nil && !slices.ContainsFunc(nw.parts, func(p string) bool { return strings.HasPrefix(w[n:], p) }) {
				continue
			}
			if rest > 0 && nw.value%10 == 0 && nw.value >= 20 && nw.value <= 100 {
				// a ten and a unit in one compound: «двадцатипятилетие» is 25
				if unit, ok := numberWord(w[n:], lang, words); ok && unit.compound && unit.value >= 1 && unit.value <= 9 {
					nw.value += unit.value
				}
			}
		default:
			continue
		}
		return nw, true
	}
	return numWord{}, false
}

// numWordsLang is the language of a locale whose number words are known.
func numWordsLang(loc string) string {
	b := locale.Base(loc)
	if _, ok := numWords[b]; ok {
		return b
	}
	return ""
}
