package check

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// wordRune reports whether r is a letter or a digit 0–9: part of a word.
func wordRune(r rune) bool { return isLetter(r) || r < utf8.RuneSelf && isDigit(byte(r)) }

func hasLetter(s string) bool {
	for _, r := range s {
		if isLetter(r) {
			return true
		}
	}
	return false
}

// endPunct classifies how a text ends, looking through closing quotes and
// brackets: ".", "…", "!", "?", ":", ";" or "" for none. "..." and ". . ."
// count as "…", and "?!" as "?".
func endPunct(s string) string {
	// Most texts end with a mark or a letter: no trimming needed.
	if n := len(s); n > 0 {
		switch c := s[n-1]; {
		case c == '.':
			return dotsEnd(s)
		case c == '!':
			if strings.HasSuffix(s, "?!") {
				return "?"
			}
			return "!"
		case c == '?':
			return "?"
		case c == ':':
			return ":"
		case c == ';':
			if i := charRef(s); i >= 0 {
				// a character reference (120&#176;, Wait&hellip;) ends
				// with its character, not with a semicolon
				if r := html.UnescapeString(s[i:]); r != s[i:] {
					return endPunct(s[:i] + r)
				}
				return "" // an entity of the document's own (&kde;): a word
			}
			return ";"
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c):
			return ""
		}
	}
	return endPunctTrimmed(s)
}

// charRef returns where the character or entity reference that ends s
// (&#176;, &#xB0;, &deg;) starts, or -1.
func charRef(s string) int {
	i := strings.LastIndexByte(s, '&')
	if i < 0 || len(s)-i < 4 || len(s)-i > 12 {
		return -1
	}
	name := s[i+1 : len(s)-1]
	if name[0] == '#' {
		name = strings.TrimPrefix(strings.TrimPrefix(name[1:], "x"), "X")
	}
	for k := 0; k < len(name); k++ {
		if !isDigit(name[k]) && !isASCIILetter(name[k]) {
			return -1
		}
	}
	return i
}

// endPunctTrimmed is endPunct for any text.
func endPunctTrimmed(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if n := len(s); n > 0 && strings.IndexByte(")(D", s[n-1]) >= 0 {
		if k := faceStart(s, n-1); k > 0 && s[k-1] == ' ' {
			// "…and scores :)." → «…и очки. :)»: the sentence ends before
			// the face after it
			return endPunct(strings.TrimRightFunc(s[:k], unicode.IsSpace))
		}
	}
	s = strings.TrimRight(s, "\"'»”“’)]}")
	if t := trimClosingTags(s); len(t) < len(s) {
		// "Status:" → «<b>Статус:</b>»: the stop inside the markup
		return endPunct(t)
	}
	if strings.HasSuffix(s, ".") {
		return dotsEnd(s)
	}
	if strings.HasSuffix(s, "…") {
		return "…"
	}
	if strings.HasSuffix(s, "?!") || strings.HasSuffix(s, "!?") {
		return "?"
	}
	if s == "" {
		return ""
	}
	// Constant strings: string(r) would allocate twice per segment.
	switch s[len(s)-1] {
	case '.':
		return "."
	case '!':
		return "!"
	case '?':
		return "?"
	case ':':
		return ":"
	case ';':
		return ";"
	}
	return ""
}

// trimClosingTags is s without the closing tags of markup it ends with
// (</b>, </a></qt>), and the space before them.
func trimClosingTags(s string) string {
	for strings.HasSuffix(s, ">") {
		i := strings.LastIndex(s, "</")
		if i < 0 {
			break
		}
		name, _ := tagName(s[i:])
		if !htmlElements[name] && !phrase[name] {
			break
		}
		s = strings.TrimRightFunc(s[:i], unicode.IsSpace)
	}
	return s
}

// dotsEnd classifies the end of s, which ends with a full stop.
func dotsEnd(s string) string {
	if strings.HasSuffix(s, "...") || strings.HasSuffix(s, ". . .") {
		return "…"
	}
	return "."
}

// fourDots reports whether s ends with an ellipsis and a full stop
// ("…", then "."): the ellipsis of a menu item that ends a sentence
// («нажмите кнопку Подробности....»), or an ellipsis typed with one dot
// too many.
func fourDots(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, "....") || strings.HasSuffix(s, "….")
}

// spaceBeforePunct finds a space before , . : ; ! ? — a habit of French
// typography and of careless typing, wrong in Russian and Turkmen. It
// returns the punctuation mark, or 0.
func spaceBeforePunct(s string) rune {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case ',', '.', ':', ';', '!', '?':
			if s[i-1] != ' ' {
				continue
			}
			// An ellipsis, a leading-dot number (" .5") or a file's
			// extension or dot file (" .deb", " .bashrc") is not a mistake.
			if s[i] == '.' && i+1 < len(s) && (s[i+1] == '.' || isDigit(s[i+1]) || isASCIILetter(s[i+1])) {
				continue
			}
			// A space that keeps a full stop off a path or address it
			// would seem part of ("/usr/share/doc/x/README.Debian .",
			// "http://www.libreoffice.org/ .") is a choice.
			if s[i] == '.' && pathBefore(s[strings.LastIndexAny(s[:i-1], " \n\t")+1:i-1]) {
				continue
			}
			return rune(s[i])
		}
	}
	return 0
}

// pathBefore reports whether w is a file's path or an address: it starts
// with / or ~/, or holds :/ ("audiocd:/", "http://…"), and is no markup.
func pathBefore(w string) bool {
	return len(w) > 1 && !strings.ContainsAny(w, "<>") && (w[0] == '/' || strings.HasPrefix(w, "~/") || strings.Contains(w, ":/"))
}

// repeatedWord finds a word written twice in a row, separated by spaces
// only ("воду воду"), ignoring case: "воду, воду" and "воду «воду»" are
// not repeats. Digits are not words.
func repeatedWord(s string) string {
	// prev and part: the previous token, if nothing followed its
	// letters, and what of it the next word may repeat (lastPart)
	prev, part := "", ""
	lines := 0 // line breaks between prev and this token
	for start := 0; start < len(s); {
		// One pass over the token finds its end and its marks: the
		// first hyphen or equals sign (firstPart), the last hyphen or
		// access key mark (lastPart), an access key mark at all.
		end, first, last, keyed := start, -1, -1, false
	scan:
		for ; end < len(s); end++ {
			switch tokenByte[s[end]] {
			case 0:
			case byteSpace:
				break scan
			case byteHyphen:
				if first < 0 {
					first = end - start
				}
				last = end - start
			case byteEquals:
				if first < 0 {
					first = end - start
				}
			case byteKey:
				last, keyed = end-start, true
			}
		}
		tok := s[start:end]
		breaks := 0
		if end < len(s) && s[end] == '\n' {
			breaks = 1
		}
		start = end + 1
		if tok == "" {
			lines += breaks
			continue
		}
		bare := trimClosing(tok)
		w := bare
		if keyed {
			w = accelerators.Replace(w) // За&данные, Бро~шюрой
		}
		head := ""
		if first > 0 && first < len(bare) && !keyed {
			head = firstPart(bare, first)
		}
		for _, p := range [2]string{prev, part} {
			if p == "" {
				continue
			}
			for _, w := range [2]string{w, head} {
				// "КОМАНДА   Команда", «ПО по»: an upper-case name, a
				// metavariable or an acronym, then the word are two
				// words; so are a keyword or an acronym that ends a line
				// and starts the next, a table's rows ("список DCC\nDCC
				// CHAT"), a heading and the text under it ("Курсив\nкурсив",
				// "Переименовать\n\nПереименовать файл"): across a line
				// break only the same word written alike repeats.
				if len(w) == len(p) && strings.EqualFold(w, p) && isWord(w) && allCaps(w) == allCaps(p) &&
					(lines == 0 || lines == 1 && w == p && !allCaps(w)) {
					return w
				}
			}
		}
		prev, part, lines = "", "", breaks
		if len(bare) == len(tok) {
			// An opening bracket or quote before the first word:
			// "(Malwin Malwin)" repeats it.
			if c := tok[0]; c == 0xC2 || c == 0xE2 || strings.IndexByte("([{\"'`\\", c) >= 0 { // « “ „ start with C2, E2
				n := len(tok)
				tok = strings.TrimLeft(tok, "([{«“„\"'`\\")
				last -= n - len(tok)
			}
			prev = tok
			if keyed {
				prev = accelerators.Replace(tok)
			}
			if last >= 0 && utf8.RuneCountInString(tok[last+1:]) >= 3 {
				part = tok[last+1:]
			}
		}
	}
	return ""
}

// tokenByte classes the bytes repeatedWord reads a token by: most are
// none of these.
var tokenByte = [256]uint8{' ': byteSpace, '\n': byteSpace, '\t': byteSpace, '\r': byteSpace,
	'-': byteHyphen, '=': byteEquals, '_': byteKey, '&': byteKey, '~': byteKey}

const (
	byteSpace = iota + 1
	byteHyphen
	byteEquals
	byteKey // an access key's mark
)

// accelerators drops the marks of a menu's access key: _ (GTK), & (KDE,
// Qt), ~ (LibreOffice).
var accelerators = strings.NewReplacer("_", "", "&", "", "~", "")

// firstPart is the part of a token before its first hyphen or equals
// sign, at i, when it has three letters or more: a doubling may repeat
// the word before it (влево влево-вправо, слово слово="значение"). A
// Russian indefinite pronoun is a word of its own: «что что-то случилось».
func firstPart(tok string, i int) string {
	if utf8.RuneCountInString(tok[:i]) < 3 {
		return ""
	}
	switch tok[i+1:] {
	case "то", "либо", "нибудь", "таки":
		return ""
	}
	return tok[:i]
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// typoDoubleSpace reports whether s has two spaces in a row between two
// words of one line: not the indent at a line's start, not the padding of
// aligned columns (three spaces or more, after a colon or a dot leader
// ". . .") or inside brackets ("[  expired ]"), which are layout, not
// typing slips.
func typoDoubleSpace(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != ' ' || s[i+1] != ' ' {
			continue
		}
		j := i
		for j < len(s) && s[j] == ' ' {
			j++
		}
		run := j - i
		if run == 2 && i > 0 && j < len(s) {
			before, after := s[i-1], s[j]
			leader := before == '.' && i >= 2 && s[i-2] == ' ' // ". . . .  set/get": a dot leader
			if before != '\n' && before != ':' && before != '[' && before != '(' && after != '\n' && after != ']' && after != ')' && !leader {
				return true
			}
		}
		i = j - 1
	}
	return false
}

// trimClosing trims the punctuation that may follow a word: . , ; : ! ?
// closing brackets and quotes, an ellipsis, a closing tag (</b>).
func trimClosing(s string) string {
	for n := len(s); n > 0; n = len(s) {
		c := s[n-1]
		switch {
		case c < 0x80:
			switch c {
			case '.', ',', ';', ':', '!', '?', ')', ']', '}', '"', '\'':
				s = s[:n-1]
			case '>': // a closing tag: "Etmek Etmek</b>"
				i := strings.LastIndex(s, "</")
				if i <= 0 || tagLen(s, i) != n-i {
					return s
				}
				s = s[:i]
			default:
				return s
			}
		case c == 0xBB && n >= 2 && s[n-2] == 0xC2: // »
			s = s[:n-2]
		case n >= 3 && s[n-3] == 0xE2 && s[n-2] == 0x80 && (c == 0x9C || c == 0x9D || c == 0xA6): // “ ” …
			s = s[:n-3]
		default:
			return s
		}
	}
	return s
}

func isHex(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// letterAt reports whether a letter starts at s[i].
func letterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isLetter(r)
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isLetter(r)
}

// bracketsBalanced checks that (), [] and {} nest and close. The closing
// bracket of a list item's letter or number at the start of a line ("а)
// …", "2) …") closes nothing: Russian marks items so where English writes
// "(a)". Nor does a bracket that stands alone (markAlone: "ESC [ M") when
// the text balances without it; brackets padded with spaces ("[ FILE ]")
// still pair.
func bracketsBalanced(s string) bool {
	if !strings.ContainsAny(s, "()[]{}") {
		return true
	}
	return bracketsNest(s, false) || bracketsNest(s, true)
}

// bracketsNest checks that the brackets of s nest and close, skipping
// those that stand alone if skipAlone.
func bracketsNest(s string, skipAlone bool) bool {
	var stack []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(', '[', '{':
			if skipAlone && (markAlone(s, i, 1) || quotedChar(s, i)) || c == '(' && smiley(s, i) {
				continue
			}
			stack = append(stack, c)
		case ')', ']', '}':
			// A ")" no "(" waits for may mark a key or an item.
			loose := len(stack) == 0 || stack[len(stack)-1] != '('
			if skipAlone && (markAlone(s, i, 1) || quotedChar(s, i)) || c == ')' && (itemMarker(s, i) ||
				loose && (smiley(s, i) || keyLetter(s, i) || inlineItem(s, i))) {
				continue
			}
			open := byte('(')
			if c == ']' {
				open = '['
			} else if c == '}' {
				open = '{'
			}
			if len(stack) == 0 || stack[len(stack)-1] != open {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

// markAlone reports whether the mark of n bytes at s[i] names a character
// ("a double quote: \"", "ESC [ M", «"», (")) rather than opening or
// closing anything: white space or the text's edge on both sides (for a
// bracket, a stop or comma after it too: "the } character;"), or a
// bracket or quotation mark on both.
func markAlone(s string, i, n int) bool {
	// a bracket, a stop or comma after it: "the } character;"
	punct := n == 1 && strings.IndexByte("()[]{}", s[i]) >= 0 && i+n < len(s) && strings.IndexByte(".,;:", s[i+n]) >= 0 && (i+n+1 == len(s) || isSpaceByte(s[i+n+1]))
	if (i == 0 || isSpaceByte(s[i-1])) && (i+n == len(s) || isSpaceByte(s[i+n]) || punct) {
		return true
	}
	if i == 0 || i+n == len(s) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i+n:])
	return strings.ContainsRune("(['«“", before) && strings.ContainsRune(")]'»”", after)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// itemMarker reports whether the ")" at s[i] closes a list item's marker
// at the start of a line: one letter or one or two digits ("а)", "12)").
func itemMarker(s string, i int) bool {
	line := strings.LastIndexByte(s[:i], '\n') + 1
	m := strings.TrimLeft(s[line:i], " \t")
	if m == "" || len(m) > 2 && utf8.RuneCountInString(m) > 1 {
		return false
	}
	r, size := utf8.DecodeRuneInString(m)
	if size == len(m) {
		return wordRune(r)
	}
	return isDigit(m[0]) && isDigit(m[1])
}

// inlineItem reports whether the ")" at s[i] closes the marker of an item
// of a list written in a line, one or two digits after a space, the list
// starting with "1)" ("Например 1) UUEE 2) 161500Z"). It is asked only of
// a ")" that no "(" waits for: "(Mode = 1)" closes its bracket.
func inlineItem(s string, i int) bool {
	d := strings.LastIndexByte(s[:i], ' ') + 1
	if d == 0 || i-d < 1 || i-d > 2 || !isDigit(s[d]) || i-d == 2 && !isDigit(s[d+1]) {
		return false
	}
	first := strings.Index(s, "1)")
	return first >= 0 && first < i && (first == 0 || isSpaceByte(s[first-1]))
}

// quotedChar reports whether the bracket at s[i] stands alone in straight
// double quotes: the character named, "[".
func quotedChar(s string, i int) bool {
	return i > 0 && i+1 < len(s) && s[i-1] == '"' && s[i+1] == '"'
}

// smiley reports whether the ")" or "(" at s[i] ends a face, ":)", ";)",
// ":-)", ";-)))", ":-(", before a space, a stop or the text's end. Of a
// ")" it is asked only where no "(" waits for it: "(обычно C:)" closes
// its bracket.
func smiley(s string, i int) bool {
	return faceStart(s, i) >= 0
}

// faceStart returns where the face whose mouth is s[i] (")", "(", "D")
// starts, its eyes (":" or ";"), when the face ends before a space, a
// stop or the text's end; else -1.
func faceStart(s string, i int) int {
	j := i - 1
	for j >= 1 && s[j] == s[i] {
		j-- // ;-))), a broad smile; :-((
	}
	if j >= 1 && s[j] == '-' {
		j--
	}
	if j >= 0 && (s[j] == ':' || s[j] == ';') && (i+1 == len(s) || isSpaceByte(s[i+1]) || strings.IndexByte(".,!?)", s[i+1]) >= 0) {
		return j
	}
	return -1
}

// keyLetter reports whether the ")" at s[i] marks the key letter of a
// command or an item before it, as lynx, gpg and hunspell write their
// prompts and lists run in a line: "C)reate", «e)редактирования», «N)
// Следующий», «З)амен», «а) временные метки…; б) …». The letter starts a
// word. It is asked only of a ")" that no "(" waits for: "(Y)Да" closes
// its bracket.
func keyLetter(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if !unicode.IsLetter(r) {
		return false
	}
	j := i - n
	return j == 0 || isSpaceByte(s[j-1]) || s[j-1] == '\'' || s[j-1] == '"'
}

// quotesBalanced checks the quotation marks: « » nest and close, straight
// double quotes come in pairs, and so do „ “ (German and Russian nested
// quotes) or else “ ” (English). A mark that stands alone (markAlone: "a
// double quote: \"") is a character, not a quotation mark.
func quotesBalanced(s string) bool {
	depth, nested, straight, inch, low, left, right := 0, 0, 0, 0, 0, 0, 0
	loneOpen := 0 // « with space on both sides: a named character, or an opening mark typed loose (« Яркость»)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '"' || c == 0xC2 || c == 0xE2 { // " « “
			if n := quotedSpace(s[i:]); n > 0 {
				i += n - 1
				continue
			}
		}
		switch s[i] {
		case '"':
			switch {
			case markAlone(s, i, 1):
			case inchMark(s, i):
				inch++ // or a quotation's close: "3"
			default:
				straight++
			}
		case 0xC2:
			if i+1 >= len(s) {
				break
			}
			alone := markAlone(s, i, 2)
			switch {
			case s[i+1] == 0xAB && alone: // « with space on both sides
				loneOpen++
			case alone:
			case s[i+1] == 0xAB: // «
				depth++
			case s[i+1] == 0xBB: // »
				if depth == 0 && loneOpen > 0 {
					loneOpen-- // it closes a loose opening mark: « Яркость»
					break
				}
				if depth > 1 {
					nested++
				}
				depth--
				if depth < 0 {
					return false
				}
			}
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && !markAlone(s, i, 3) {
				switch s[i+2] {
				case 0x9E: // „
					low++
				case 0x9C: // “
					left++
				case 0x9D: // ”
					right++
				}
			}
		}
	}
	// Russian typography writes one » where a quotation inside a quotation
	// ends with it: «Меню «Настройка». Each level left open must have had
	// a quotation closed inside it.
	if depth > nested || (straight%2 != 0 && (straight+inch)%2 != 0) {
		return false
	}
	if low > 0 {
		return low == left && right == 0 || low == right && left == 0
	}
	return left == right
}

// inchMark reports whether the straight double quote at s[i] may be a
// mark of inches or seconds (1/2", 5'30"): right after a digit, and
// not before a letter or a digit.
func inchMark(s string, i int) bool {
	return i > 0 && isDigit(s[i-1]) && (i+1 == len(s) || !isLetter(rune(s[i+1])) && !isDigit(s[i+1]))
}

// quotedSpace is the length of a space in quotation marks at the start of
// s (« », " ", “ ”), a character named rather than a quotation opened,
// or 0.
func quotedSpace(s string) int {
	for _, q := range [...]string{"« »", `" "`, "“ ”"} {
		if strings.HasPrefix(s, q) {
			return len(q)
		}
	}
	return 0
}

// foreignQuotes finds quotation marks that a locale whose quotes are
// open…close does not use: straight quotes, and “…” outside the locale's
// own quotes (where they may serve as nested quotes). It returns the
// marks found, or "".
func foreignQuotes(s string, open, close rune) string {
	if !strings.ContainsAny(s, "\"“”") {
		return ""
	}
	depth := 0
	for i, r := range s {
		switch r {
		case open:
			depth++
		case close:
			if depth > 0 {
				depth--
			}
		case '"':
			if open != '"' && !inchMark(s, i) {
				return "\"…\""
			}
		case '“', '”':
			if depth == 0 && open != '“' {
				return "“…”"
			}
		}
	}
	return ""
}

// scanURLs appends the URLs (http://, https://, www.) and e-mail addresses
// of s.
func scanURLs(s string, urls, emails []string) ([]string, []string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c == 'h' || c == 'w') && (i == 0 || urlStart(s[i-1])) {
			if strings.HasPrefix(s[i:], "http://") || strings.HasPrefix(s[i:], "https://") || strings.HasPrefix(s[i:], "www.") {
				j := i
				for j < len(s) && isURLChar(s[j]) {
					j++
				}
				u := strings.TrimRight(s[i:j], ".,;:!?)'")
				urls = append(urls, u)
				i += len(u) - 1
				continue
			}
		}
		if c == '@' && i > 0 {
			a := i
			for a > 0 && isMailChar(s[a-1]) {
				a--
			}
			b := i + 1
			for b < len(s) && (isMailChar(s[b]) && s[b] != '_' && s[b] != '+' && s[b] != '%') {
				b++
			}
			addr := strings.TrimRight(s[a:b], ".-")
			if at := strings.IndexByte(addr, '@'); at > 0 && strings.Contains(addr[at:], ".") {
				emails = append(emails, addr)
			}
		}
	}
	return urls, emails
}

// urlStart reports whether a URL may start after c: after a space, a
// quotation mark or a bracket, "(https://…)", not inside a word or
// another address.
func urlStart(c byte) bool {
	return !isURLChar(c) || c == '(' || c == '[' || c == '{' || c == '=' || c == '*' || c == ','
}

// isURLChar reports whether c may be part of a URL as texts write them. A
// "|" may not (RFC 3986): it ends a wiki link's address, [[https://…|the
// manual]].
func isURLChar(c byte) bool {
	return c > ' ' && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\'' && c != '`' && c != '|'
}

func isMailChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// scanPlaceholders appends the placeholders of s: Go template actions
// ({{.Name}}, spaces inside removed, string constants as "…"), printf verbs (%s, %5.2f, %[1]d,
// %(name)s), brace placeholders ({0}, {name}, {name.attr[key]}) and
// LibreOffice's arguments ($(ARG1)). With
// qt, a percent sign and digits are Qt's and KDE's numbered placeholder
// (%1, %2), whatever follows: "%1x%2" is %1, "x" and %2, not printf's %1x.
func scanPlaceholders(s string, out []string, qt bool) []string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			if i+1 < len(s) && s[i+1] == '{' {
				end := strings.Index(s[i+2:], "}}")
				if end < 0 {
					out = append(out, "{{")
					i++
					continue
				}
				body := strings.Join(strings.Fields(s[i+2:i+2+end]), " ")
				out = append(out, "{{"+actionLiterals(body)+"}}")
				i += end + 3
				continue
			}
			if markupArgument(s, i) {
				continue
			}
			j := braceName(s, i+1)
			// Python's item access after the name: {long_month.f[Р]}
			for j > i+1 && j < len(s) && s[j] == '[' {
				k := j + 1
				for k < len(s) && (isIdentByte(s[k]) || s[k] >= 0x80) {
					k++
				}
				if k == j+1 || k >= len(s) || s[k] != ']' {
					break
				}
				j = braceName(s, k+1)
			}
			if j > i+1 && j < len(s) && s[j] == '}' {
				out = append(out, s[i:j+1])
				i = j
			}
		case '$':
			// LibreOffice's arguments: $(ARG1), $(ERR)
			if strings.HasPrefix(s[i:], "$(ARG") || strings.HasPrefix(s[i:], "$(ERR)") {
				if j := strings.IndexByte(s[i:], ')'); j > 0 && j < 10 {
					out = append(out, s[i:i+j+1])
					i += j
				}
			}
		case '%':
			if lispBreak(s, i) {
				continue
			}
			if i+1 < len(s) && s[i+1] == '\'' && gccFormat(s) {
				i++ // GCC's %', a typographic apostrophe: "dllimport%'d"
				continue
			}
			if i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) && inURL(s, i) {
				i += 2 // a URL's escaped byte: Newton%27s_cradle
				continue
			}
			if n := qtNumber(s[i:]); qt && n > 0 {
				out = append(out, s[i:i+n])
				i += n - 1
				continue
			}
			if n := printfVerb(s[i:]); n > 0 {
				v := s[i : i+n]
				switch {
				case i > 0 && isDigit(s[i-1]) && letterAt(s, i+n):
					// "50%s" glued to a number and a word is prose, not a verb.
				case n > 2 && v[1] == '-' && letterAt(s, i+n):
					// "%-encoding", "%%-expand": a word after "%-", not a verb
				case (n == 3 || n == 4) && isHex(s[i+1]) && isHex(s[i+2]) && letterAt(s, i+n) && i > 0 && s[i-1] > ' ' && strings.Contains(s, "://"):
					// "gopher://… selector%09search": a URL's percent-encoded
					// byte; without an address about, a verb ("%02dh%02dm")
				case i > 0 && s[i-1] == '\\' && letterAt(s, i+n):
					// "\%behavior": roff's \% (a hyphenation mark) in a word
				default:
					out = append(out, positionless(v))
				}
				i += n - 1
			}
		}
	}
	return out
}

// gccFormat reports whether s is a GCC diagnostic's format: it quotes
// with %q (%qs, %qE) or %< %>.
func gccFormat(s string) bool {
	return strings.Contains(s, "%q") || strings.Contains(s, "%<")
}

// inURL reports whether byte i of s stands in a URL: after a scheme's
// "://" with no space between.
func inURL(s string, i int) bool {
	k := strings.LastIndex(s[:i], "://")
	return k >= 0 && strings.IndexAny(s[k:i], " \t\n") < 0
}

// lispBreak reports whether the % at s[i] is Lisp's format directive ~%,
// a line break: in a Lisp format string (lispFormat), or before a word
// ("~%Only one sound", where "~%s hours ago" is an approximate %s).
func lispBreak(s string, i int) bool {
	return i > 0 && s[i-1] == '~' && (lispFormat(s) || letterAt(s, i+max(printfVerb(s[i:]), 1)))
}

// lispFormat reports whether s is a Lisp format string: it has one of
// format's directives for a value (~A, ~S, ~D), so its ~% is a line
// break, not an approximate printf value ("~%s hours ago").
func lispFormat(s string) bool {
	for i := strings.IndexByte(s, '~'); i >= 0 && i+1 < len(s); {
		if strings.IndexByte("ASDasd&", s[i+1]) >= 0 {
			return true
		}
		k := strings.IndexByte(s[i+1:], '~')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// braceName returns the end of the name of a brace placeholder that
// starts at s[j]: ASCII letters, digits, _ and . ({0}, {user.name}).
func braceName(s string, j int) int {
	for j < len(s) && (isIdentByte(s[j]) || s[j] == '.') {
		j++
	}
	return j
}

// markupArgument reports whether the brace at s[i] opens the argument of
// a markup command or a pattern rather than a placeholder: @strong{Note},
// \textbf{x}, \x{41}. A placeholder glued to a word ("banned{actor}") is
// one.
func markupArgument(s string, i int) bool {
	k := i - 1
	for k >= 0 && isASCIILetter(s[k]) {
		k--
	}
	return k >= 0 && (s[k] == '@' || s[k] == '\\')
}

// qtNumber returns the length of Qt's numbered placeholder (%1, %12) at the
// start of s, or 0; "%1$s" is printf's.
func qtNumber(s string) int {
	j := 1
	for j < len(s) && j < 3 && isDigit(s[j]) {
		j++
	}
	if j == 1 || j < len(s) && s[j] == '$' {
		return 0
	}
	return j
}

// qtPlaceholders reports whether s numbers its placeholders as Qt and KDE
// do: it has a percent sign and a digit that printf cannot read ("%1 of
// %2", "%1x%2" with its final %2).
func qtPlaceholders(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '%' && qtNumber(s[i:]) > 0 && printfVerb(s[i:]) == 0 {
			return true
		}
	}
	return false
}

// positionless drops the argument position of a POSIX printf verb:
// "%2$s" is matched as "%s", so a translation may reorder the arguments.
// C's %i is %d. The flag ' (group the digits as the locale does) is the
// translation's to keep or drop: %'d is matched as %d.
func positionless(v string) string {
	if v[len(v)-1] == 'i' {
		v = v[:len(v)-1] + "d"
	}
	if strings.IndexByte(v, '\'') >= 0 {
		v = strings.ReplaceAll(v, "'", "")
	}
	j := 1
	for j < len(v) && isDigit(v[j]) {
		j++
	}
	if j > 1 && j < len(v) && v[j] == '$' {
		return "%" + v[j+1:]
	}
	return v
}

// printfVerb returns the length of the printf verb at the start of s, or
// 0: Python's mapping key, flags (no space: "10% of" is prose), an argument index, width,
// precision and the verb letter. "%%" is an escaped percent sign.
func printfVerb(s string) int {
	i := 1
	// Python's mapping key: %(name)s
	if len(s) > 1 && s[1] == '(' {
		j := 2
		for j < len(s) && (isIdentByte(s[j])) {
			j++
		}
		if j == 2 || j >= len(s) || s[j] != ')' {
			return 0
		}
		i = j + 1
	}
	// a POSIX argument position: %2$s
	if j := 1; j < len(s) && isDigit(s[j]) {
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '$' {
			i = j + 1
		}
	}
	for i < len(s) && strings.IndexByte("+-#0'", s[i]) >= 0 {
		i++
	}
	if i < len(s) && s[i] == '[' {
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i+1 || j >= len(s) || s[j] != ']' {
			return 0
		}
		i = j + 1
	}
	for i < len(s) && (isDigit(s[i]) || s[i] == '*') {
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && (isDigit(s[i]) || s[i] == '*') {
			i++
		}
	}
	// C's length modifiers: %ld, %lld, %zu, %hhx, %jd.
	// Right after the %, an L is Qt's (%L1, the number in the locale's
	// digits), not long double's.
	for k := 0; k < 2 && i < len(s) && strings.IndexByte("hljztL", s[i]) >= 0 && !(i == 1 && s[i] == 'L'); k++ {
		i++
	}
	if i < len(s) && strings.IndexByte("bcdeEfFgGiuoOpqstTUvxXaA", s[i]) >= 0 {
		if s[i] == 's' && strings.IndexByte(s[1:i], '\'') >= 0 {
			// ' groups digits: no printf writes %'s. GCC's diagnostics
			// write an apostrophe so ("loop %d%'s header"), which a
			// translation drops with the possessive.
			return 0
		}
		return i + 1
	}
	return 0
}

// scanTags appends the markup tags of s as "<b>", "</b>" or "<br/>" (also
// for <br>, which has no content): names only, because attributes such as
// title= are translated.
func scanTags(s string, out []string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] != '<' {
			continue
		}
		j := i + 1
		closing := j < len(s) && s[j] == '/'
		if closing {
			j++
		}
		k := j
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || k > j && (isDigit(s[k]) || s[k] == '-')) {
			k++
		}
		if k == j {
			continue
		}
		end := strings.IndexByte(s[k:], '>')
		if end < 0 || end > 500 || strings.IndexByte(s[k:k+end], '<') >= 0 {
			continue
		}
		if end > 0 && s[k] != ' ' && s[k] != '/' && s[k] != '\t' && s[k] != '\n' {
			continue
		}
		name := strings.ToLower(s[j:k])
		switch {
		case closing:
			out = append(out, "</"+name+">")
		case end > 0 && s[k+end-1] == '/' || voidElements[name]:
			out = append(out, "<"+name+"/>")
		default:
			out = append(out, "<"+name+">")
		}
		i = k + end
	}
	return out
}

// voidElements are the elements of running text that have no content nor
// closing tag: <br>, <br/> and <br /> are one tag. (<source> and <input>
// are too, but are more often a name in angle brackets.)
var voidElements = map[string]bool{"br": true, "hr": true, "img": true, "nl": true, "wbr": true}

// multisetDiff returns the items of a missing from b and those of b
// missing from a, each in order of appearance.
func multisetDiff(a, b []string) (missing, added []string) {
	used := make([]bool, len(b))
outer:
	for _, x := range a {
		for j, y := range b {
			if !used[j] && x == y {
				used[j] = true
				continue outer
			}
		}
		missing = append(missing, x)
	}
	for j, y := range b {
		if !used[j] {
			added = append(added, y)
		}
	}
	return missing, added
}

// actionLiterals is a Go template action with the text of each string
// constant written "…": the text a template prints, {{.Title | default
// "(unknown title)"}}, is the translator's to translate; the rest is code.
func actionLiterals(body string) string {
	if !strings.ContainsAny(body, "\"`") {
		return body
	}
	var b strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		b.WriteByte(c)
		if c != '"' && c != '`' {
			continue
		}
		j := i + 1
		for j < len(body) && body[j] != c {
			if c == '"' && body[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(body) {
			b.WriteString(body[i+1:])
			break
		}
		b.WriteString("…")
		b.WriteByte(c)
		i = j
	}
	return b.String()
}
