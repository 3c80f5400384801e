"""Clean stage: strip site chrome, bylines and boilerplate from a scraped article.

The stage reads as its steps (see ``clean``):

    normalise -> protect code blocks -> line rules -> phrase rules (cut inside
    lines) -> head/tail zone rules -> related-list/footer tail detection ->
    repeated-line rule -> duplicate title/summary -> learned chrome (a line
    classifier, classifier.py, on the short lines every rule kept) -> collapse
    blank lines

The patterns themselves are data (rules.yaml, loaded by rules.py). What lives
here is the structure that works on plain text whatever the site: chrome sits
at the start and at the end of a page, body lines are sentences, related lists
are runs of short lines with timestamps, footers carry addresses and
registration numbers. When in doubt a line is kept: losing body text is worse
than leaving a line of chrome.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from .model import Cleaned, Removal, Source
from . import classifier
from .rules import Rules, load_rules

#: a line every rule kept goes when the classifier gives it at least this chrome probability
LEARNED_THRESHOLD = 0.8
#: the classifier judges the lines again after it removed some, at most this many times
MAX_LEARNED_ROUNDS = 3
#: what is left of a line after a cut goes by another rule only when it is this short and no sentence
MAX_REST = 100
#: the structural stages look again while they find more, at most this many times
MAX_SETTLE_ROUNDS = 2
#: a line of more words than this shaped like a headline is never judged by the classifier
MAX_UI_WORDS = 4
#: lines a rule removed because they repeat the article's own text, not because they are chrome
NOT_CHROME_RULES = frozenset({"headline", "duplicate_title", "duplicate_line", "summary_duplicate",
                              "duplicate_caption", "separator"})
#: lines longer than this are body text, never a whole-line chrome match
MAX_CHROME_LINE = 250
#: how many leading lines may hold a duplicate of the title or a portal summary
TITLE_WINDOW = 12
SUMMARY_WINDOW = 6

_SPACES = (("\u00a0", " "), ("\u2007", " "), ("\u202f", " "), ("\u3000", " "), ("\ufeff", ""), ("\u200b", ""))
#: glued tails (copyright, byline, caption credit) are looked for in this many last characters
END_WINDOW = 300
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_STRONG_END = re.compile(r"[.!?。][\W_ㅋㅎㅠㅜ]*$")
#: "필요", "중요", "수요", "주요", "개요" end in 요 but are nouns (a headline's last word)
_SPEECH_END = re.compile(r"(?:(?<![필중수주개강소])요|죠|니다|[.!?。…])[\W_]*$")
_WEAK_END = re.compile(r"(?:다|(?<![필중수주개강소])요|죠|니다|[.!?。…])[\W_ㅋㅎㅠㅜ]*$")
_LETTER = re.compile(r"[^\W\d_]")
_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_STRUCTURE = re.compile(r"^\s*(?:#{1,6}\s|\||!\[|>|```|~~~|[-*_=]{3,}\s*$|[-=]+\s*$)")
_BREAK = re.compile(r"(?:[-*_]\s*){3,}")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+\S")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+\S")
_DECK_ITEM = re.compile(r"^\s*[-–—ㆍ·▶▷■□◆◇○●]\s+\S")
_BULLET = re.compile(r"^\s*(?:[-*+•·▶▷◆■□○●]|\d+[.)])\s+")
_ATX_H1 = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")
_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
_TIME = re.compile(r"\d{1,2}:\d{2}")
_YEAR = re.compile(r"(?:19|20)\d{2}\D")
#: Markdown that is never a whole line of chrome: quotes, images, table rows, rules
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
_TABLE_RULE = re.compile(r":?-{3,}:?")  # a cell of a Markdown table's separator row
_NEVER_CHROME = re.compile(r"(?:>|!\[|\||[-*_=]{3,}$)")
#: how the items of a menu or widget bar are set apart: 2+ spaces, a tab, '|', a spaced '·'
_BAR_SPLIT = re.compile(r"\s+[·ㆍ•ㅣ]\s+|\s*\|\s*|\s{2,}|\t")
_LIST_SPLIT = re.compile(r"\s*[,，]\s*|" + _BAR_SPLIT.pattern)  # a bar's items, or listed with commas
_SPACED_ITEMS = re.compile(r"\S\s{2,}(?=\S)")  # items a bar sets apart with spaces
_BAR_SEPARATOR = re.compile(r"\S(?:" + _BAR_SPLIT.pattern + r")\S")  # a line that has such a separator
_BAR_ICON = re.compile(r"^[^\w\[(]+|[^\w\])]+$")
_BAR_COUNT = re.compile(r"\s*\d[\d,.]*\s*(?:만|천|k|K|M)?\s*(?:개|회|명|건)?$")
#: an item that is only a count after an icon ("♥ 24") or a player's time ("00:00 / 02:14")
_BAR_ICON_COUNT = re.compile(r"^[^\w\s\[(]+\s*\d[\d,.]*\s*(?:만|천|k|K|M)?$")
_BAR_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
#: a word of a widget bar that is neither UI nor text: a count ("좋아요 12"), a font-size glyph ("가 가 가")
_BAR_NEUTRAL = re.compile(r"^(?:\d[\d,.]*[kKM만천]?|[가-힣A-Za-z])$")
#: an item of a blog's category list: "반도체 이야기 (58)"
_DIGIT = re.compile(r"\d")
_CATEGORY_ITEM = re.compile(r"^\S[^()]{0,24}?\s*\(\s*\d[\d,]*\s*\)$")
#: line rules whose whole-line matches also make an item of a widget bar
_UI_LINE_RULES = frozenset({"share_widget", "reaction_widget", "login_prompt", "app_promo", "tts_widget",
                            "font_size_widget", "translation_widget", "summary_widget", "print_edition",
                            "media_player", "comment_form"})
#: lines of the page's navigation: a short line just above one of these is the site's name
#: what a byline or a dated stamp holds (a cheap test before the rules are tried on a bar item)
_CREDIT_HINT = re.compile(r"\d|@|기자|특파원|위원|연구원|칼럼니스트|통신원|리포터")
#: a Markdown link or image: "[text](url)", "![alt](url)" (one level of brackets in the text and
#: of parentheses in the URL: "[[단독] 헤드라인](…)")
_MD_LINK = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
#: the second line of a link whose text broke across lines: "이해하기](https://…)"
_LINK_TAIL = re.compile(r"^([^\[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_HEADING_PREFIX = re.compile(r"^#{1,6}\s+")
_LINK_REST = re.compile(r"[\s·|,•/\\\-–—\d.*+]+")
#: a line of a menu printed one item per line: a short label, no sentence, no list marker
MAX_LABEL = 12
#: a headline is longer than a menu label or a section name
MIN_HEADLINE = 8
#: a person's name on a line of its own, between a post's deck and its date
_PERSON_NAME = re.compile(r"[가-힣]{2,4}")
#: a blog author's nickname on a line of its own
_NICKNAME = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9_.]{1,11}")
#: the alt text of an author's picture that names no one
_PROFILE_ALT = re.compile(r"(?:작성자\s*)?(?:프로필|profile|Profile|avatar|Avatar|아바타)(?:\s*(?:이미지|사진|image|picture))?")
#: an author's name line under the picture: "김태윤 · ML Platform Engineer"
MAX_AUTHOR_LINE = 60
#: the name an author's picture carries as its alt text: "김하늘", "Jane Doe", a nickname
_AVATAR_NAME = re.compile(r"[가-힣]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}|[^\s\d]\S{1,19}")
#: a site's name in Latin capitals or its address under the Korean name: "YONSEI UNIVERSITY", "www.korea.kr"
_LATIN_NAME = re.compile(r"[A-Z][A-Z0-9&.\- ]{2,40}|(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?")
_HANGUL = re.compile(r"[가-힣]")
#: brackets and quotes mark a title, never a site's name
_TITLE_MARKS = re.compile(r"^\[|[‘’“”\"']")
#: the site's name is printed among the page's first lines (after skip links and banners)
MASTHEAD_LINES = 4
#: a headline's deck (subtitle) runs to at most this many lines
MAX_DECK_LINES = 3
#: a headline above a deck of two lines is longer than a section's name
MIN_BLOCK_HEADLINE = 15
_NAV_RULES = frozenset({"menu", "menu_bar", "breadcrumb", "login_prompt", "widget_bar", "section_menu", "promo",
                        "menu_list", "board_header", "blog_chrome"})


# --------------------------------------------------------------------------- text helpers

def normalise(text: str) -> str:
    """NFC, NBSP and friends to spaces, LF line ends, no trailing spaces. Words stay as they are."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    for char, replacement in _SPACES:
        if char in text:
            text = text.replace(char, replacement)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def normalise_line(line: str) -> str:
    """The key a line is compared by: whitespace runs collapsed, ends stripped."""
    return " ".join(line.split())


def _unlink(text: str, keep_text: bool) -> str:
    """Markdown links replaced by their text (or by nothing), images by nothing."""
    for _ in range(2):  # a link around an image
        text = _MD_LINK.sub(lambda m: "" if m.group(1) or not keep_text else m.group(2), text)
    return text


def visible(text: str) -> str:
    """What a reader sees of a line of Markdown links: "[구독하기](https://…)" -> "구독하기";
    images inside links ("[![avatar](…)](…)") show nothing."""
    if "](" not in text:
        return text
    return _LINK_TAIL.sub(r"\1", _unlink(text, keep_text=True)).strip()


def is_sentence(text: str) -> bool:
    """True for a line that reads like body text: it ends like a Korean or English sentence."""
    s = text.strip()
    if not s or not _LETTER.search(s):
        return False
    tail = s[-16:]
    if _STRONG_END.search(tail):
        return True
    return len(s) >= 40 and bool(_WEAK_END.search(tail))


def _strong_sentence(text: str) -> bool:
    s = text.strip()
    return bool(s) and bool(_STRONG_END.search(s[-16:])) and bool(_LETTER.search(s))


def _is_structure(text: str) -> bool:
    return bool(_STRUCTURE.match(text))


# --------------------------------------------------------------------------- working state

@dataclass(slots=True)
class Line:
    text: str
    code: bool = False
    rule: str | None = None  # the rule that removed the whole line
    body: bool = False  # reads as article body (set once the line's text is final)

    @property
    def live(self) -> bool:
        """Kept, outside code, not blank: the lines rules look at."""
        return self.rule is None and not self.code and not self.text.isspace() and self.text != ""


@dataclass
class Work:
    """The article while it is being cleaned: lines plus what was removed where."""

    lines: list[Line]
    rules: Rules
    cuts: list[tuple[int, int, Removal]] = field(default_factory=list)  # (line, order, removal)
    _live: list[int] | None = None  # cache of live(), cleared whenever a line changes
    _texts: dict[int, str] = field(default_factory=dict)  # cache of article_text(), cleared likewise

    def changed(self) -> None:
        self._live = None
        self._texts.clear()

    def drop(self, i: int, rule: str) -> None:
        line = self.lines[i]
        if line.rule is not None or line.code:
            return
        line.rule = rule
        self.changed()
        if line.text.strip():
            self.cuts.append((i, 0, Removal(rule, line.text.strip())))
        nxt = i + 1
        if nxt < len(self.lines) and self.lines[nxt].live and _UNDERLINE.match(self.lines[nxt].text):
            self.drop(nxt, rule)  # a Setext underline goes with its heading line

    def retag(self, i: int, rule: str) -> None:
        """Line ``i``, removed as a link or a menu item, is the author's picture or name: say so, for metadata."""
        old, self.lines[i].rule = self.lines[i].rule, rule
        self.cuts = [(j, k, Removal(rule, r.text) if j == i and r.rule == old else r) for j, k, r in self.cuts]
        self.changed()

    def cut(self, i: int, order: int, rule: str, fragment: str) -> None:
        if fragment.strip():
            self.cuts.append((i, order, Removal(rule, fragment.strip())))

    def first(self, rule: str) -> int | None:
        """Index of the first line ``rule`` removed, or None."""
        return next((i for i, line in enumerate(self.lines) if line.rule == rule), None)

    def live(self) -> list[int]:
        """Indices of the lines the rules look at (kept, outside code, not blank)."""
        if self._live is None:
            self._live = [i for i, ln in enumerate(self.lines) if ln.rule is None and not ln.code and ln.text.strip()]
        return self._live

    def article_text(self, start: int) -> str:
        """The kept text from line ``start`` on (its first RELEVANCE_SPAN characters, in lower
        case): what a headline is compared with."""
        if start not in self._texts:
            text, size = [], 0
            for j in self.live():
                if j >= start and size < RELEVANCE_SPAN:
                    text.append(self.lines[j].text)
                    size += len(self.lines[j].text)
            self._texts[start] = " ".join(text).lower()
        return self._texts[start]

    def removals(self) -> list[Removal]:
        return [removal for _, _, removal in sorted(self.cuts, key=lambda c: (c[0], c[1]))]


def _protect_code(text: str) -> list[Line]:
    if "```" not in text and "~~~" not in text:
        return [Line(raw) for raw in text.split("\n")]
    lines: list[Line] = []
    fence: str | None = None
    for raw in text.split("\n"):
        m = _FENCE.match(raw)
        if fence is None and m:
            fence = m.group(1)[0] * 3
            lines.append(Line(raw, code=True))
        elif fence is not None:
            lines.append(Line(raw, code=True))
            if raw.strip().startswith(fence) and not raw.strip().strip(fence[0]):
                fence = None
        else:
            lines.append(Line(raw))
    return lines


# --------------------------------------------------------------------------- steps

def _bar_items(s: str) -> list[str]:
    """The items of a bar line: "공유하기  [Facebook]  [X]" -> ["공유하기", "Facebook", "X"]."""
    items = []
    for item in _BAR_SPLIT.split(s):
        item = item.strip()
        if item.startswith("[") and item.endswith("]") and item.count("[") == 1:
            item = item[1:-1].strip()
        item = _BAR_ICON.sub("", item).strip()
        if item:
            items.append(item)
    return items


def _ui_item(item: str, rules: Rules) -> bool:
    return _ui_word(item, rules) or len(item) <= 30 and rules.line_any.match(item, False) in _UI_LINE_RULES


def _ui_key(text: str) -> str:
    """How UI words are compared: without spaces, in lower case ("URL 복사" -> "url복사")."""
    return "".join(text.split()).lower()


def _ui_word(item: str, rules: Rules) -> bool:
    """A widget item by vocabulary alone: "공유하기", "기사 듣기", "댓글 12", "더사이트 멤버십"."""
    bars = rules.bars
    key = _ui_key(item)
    if key in bars.ui_words or key[:2] in ("기사", "본문", "글자", "글씨", "음성") and key[2:] in bars.ui_words:
        return True  # "기사 읽어주기", "본문 듣기"
    words = item.split()
    if len(words) == 2 and len(item) <= 16 and words[1] in bars.suffix_words:
        return True  # "더사이트 멤버십"
    m = _BAR_COUNT.search(item)
    if m and m.start() > 0:
        word = _ui_key(item[: m.start()])
        return word in bars.ui_words or word in bars.count_words
    return False


def _item_kind(item: str, rules: Rules) -> str | None:
    """"ui" for a widget item, "credit" for a byline or a dated stamp, else None.
    A short label before a colon goes with its item ("툴바 메뉴: 글씨 크게")."""
    if _ui_word(item, rules):
        return "ui"
    post_item = rules.bars.post_item
    if post_item is not None and post_item.fullmatch(item):
        return "credit"
    credit_like = _CREDIT_HINT.search(item) is not None
    name = rules.line_any.match(item, False) if len(item) <= 30 or credit_like else None
    if len(item) <= 30 and name in _UI_LINE_RULES:
        return "ui"  # "KBS 뉴스 앱 설치", "기사 공유하기"
    if credit_like and (name in rules.meta.sources["byline"] or name in rules.meta.sources["dateline"]):
        return "credit"
    label, colon, rest = item.partition(":")
    if colon and 0 < len(label) <= 10 and rest.strip() and ":" not in _TIME.sub("", rest):
        return _item_kind(rest.strip(), rules)  # "수정일 : 2025-06-04 09:02:11"
    if " " in item and _word_bar(item, rules, edge=True) == "widget_bar":
        return "ui"  # "글자크기 가 가", "공유하기 페이스북 X 카카오톡": a small bar inside the bar
    return None


def _short_items(items: list[str], limit: int) -> bool:
    """Menu items are short labels; one in four may run up to twice the limit ("About KAIST")."""
    long = [item for item in items if len(item) > limit]
    return all(len(item) <= 2 * limit for item in long) and len(long) * 4 <= len(items)


def _word_bar(s: str, rules: Rules, edge: bool) -> str | None:
    """Bars copied with single spaces: "페이스북 트위터 카카오톡 URL 복사 인쇄" (every item a UI
    word: anywhere), "정치 사회 경제 국제 문화 연예 스포츠" (at a page edge, half of the words
    sections or UI words)."""
    words = [w[1:-1] if w.startswith("[") and w.endswith("]") and len(w) > 2 else w for w in s.split()]  # "[프린트]"
    bars = rules.bars
    if not (2 if edge else 3) <= len(words) <= 30 or _WEAK_END.search(s):
        return None

    def ui_size(n: int) -> int:  # "URL 복사", "이 글 공유하기": the longest UI word at words[n]
        return next((k for k in (3, 2, 1) if n + k <= len(words) and _ui_key("".join(words[n:n + k])) in bars.ui_words), 0)

    menu = edge and all(len(w) <= 8 for w in words) and bool(ui_size(0) or words[0] in bars.section_words)
    kinds: list[str] = []
    n = ui = other = unknown = 0
    while n < len(words):
        size = ui_size(n)
        kinds.append("ui" if size else "count" if _BAR_NEUTRAL.match(words[n]) else words[n])
        n += size or 1
        if size:
            ui += 1
        elif kinds[-1] != "count":
            other += 1
            unknown += words[n - 1] not in bars.section_words
            # a sentence gives up early: neither a widget (a UI word for every three others)
            # nor a menu (half of the items known) can still come out of the words left
            left, known, counts = len(words) - n, ui + other - unknown, len(kinds) - ui - other
            if 3 * other > ui + left and not (menu and known + left >= unknown + counts):
                return None
    others = [k for k in kinds if k not in ("ui", "count")]
    if not others and (ui >= 2 and (len(kinds) >= 3 or edge) or ui == 1 and len(kinds) >= 4):
        return "widget_bar"  # "좋아요 12 화나요 1", "글자크기 설정 가 가 가"
    if ui >= 3 and 3 * len(others) <= ui and all(len(k) <= 6 for k in others) and kinds[0] != "count":
        return "widget_bar"  # one word in four unknown: "SNS 공유하기 페이스북 X 카카오톡 URL 복사"
    known = ui + sum(1 for k in others if k in bars.section_words)
    return "menu_bar" if menu and len(kinds) >= 5 and 2 * known >= len(kinds) else None


#: a previous/next label with nothing after it: the neighbouring post's title is on the next line
_BARE_PREV_NEXT = re.compile(r"[-*•]?\s*[«‹<◀]?\s*(?:Prev(?:ious)?|Next|Older|Newer|이전\s*(?:글|포스트|게시물|기사)|다음\s*(?:글|포스트|게시물|기사))(?:\s*(?:[Pp]osts?|[Pp]age))?\s*[»›>▶]?\s*[:：]?")
MAX_NEIGHBOUR_TITLE = 100
MAX_SITE_NAME = 30  # characters of a site's name printed alone on the page's first line
#: a widget bar glued after an article's last sentence is at most this long
MAX_GLUED_BAR = 80
_SENTENCE_MARKS = ".!?"
#: UI words copied without a space between them fill at most this many characters
MAX_GLUED_UI = 60
MAX_UI_WORD = 16  # characters of the longest UI word ("facebook에서공유하기")
_GLUED_MARKS = re.compile(r"[!?.]")


def _ui_phrase(s: str, rules: Rules) -> bool:
    """A line that is one UI word of four or more letters ("사진 확대보기", "기사 공유하기")."""
    key = _ui_key(s)
    return len(key) >= 4 and key in rules.bars.ui_words


def _glued_ui(s: str, rules: Rules) -> bool:
    """Two or more UI words glued together: "글씨크기 조절하기인쇄하기", "본문 요약봇도움말"."""
    key = _GLUED_MARKS.sub("", _ui_key(s))  # "…전송BlogThis!X에 공유…": UI words keep no end marks
    if not 4 <= len(key) <= MAX_GLUED_UI or s.count(" ") > 5:
        return False
    words = rules.bars.ui_words
    pieces = {0: 0}  # offset -> fewest UI words that spell key[:offset]
    for i in range(len(key)):
        if i in pieces:
            for j in range(i + 2, min(len(key), i + MAX_UI_WORD) + 1):
                if key[i:j] in words and pieces.get(j, 99) > pieces[i] + 1:
                    pieces[j] = pieces[i] + 1
    return pieces.get(len(key), 0) >= 2


#: a board nickname is at most this long: longer, the first item of a dated line is a headline
MAX_NICKNAME = 10
#: the part of the writer's IP address a board shows after the nickname
_MASKED_IP = re.compile(r"\s*\((?:\d{1,3}|\*{1,3})(?:\.(?:\d{1,3}|\*{1,3})){1,3}\)$")


def _byline_bar(items: list[str], kinds: list[str | None]) -> bool:
    """Every item a credit or a UI word; or, among two credits or more, one short item that
    is neither and does not come first (the author's name or team: "2025.09.16 | 작성자 최윤서
    · EXAONE Lab | 읽는 시간 8분"). A related headline comes first on its line."""
    unknown = [n for n, kind in enumerate(kinds) if kind is None]
    if not unknown:
        return True
    item = _MASKED_IP.sub("", items[unknown[0]])  # "판교출퇴근러 (1.227.***.***)"
    if len(unknown) != 1 or is_sentence(item):
        return False
    if unknown[0] == 0:  # a nickname before the post's stamp: "무명의 더쿠 | 2025.03.12 14:05 | 조회 수 15234"
        return len(item) <= MAX_NICKNAME and len(item.split()) <= 2 and kinds[1] == "credit"
    return kinds.count("credit") >= 2 and len(items[unknown[0]]) <= 20


def _labelled_bar(s: str, rules: Rules) -> bool:
    """A UI label, a colon and UI items listed with commas: "공유하기: 페이스북, 링크드인, 이메일"."""
    label, colon, rest = s.partition(":")
    if not colon or not _ui_word(label.strip("*_ "), rules):
        return False
    items = [item.strip("*_ ") for item in _LIST_SPLIT.split(rest) if item.strip("*_ ")]
    return bool(items) and all(_ui_item(item, rules) for item in items)


def _bar(s: str, rules: Rules, edge: bool) -> str | None:
    """widget_bar (anywhere) or menu_bar (page edges only) for a line of short items, else None."""
    if len(s) > 200 or _strong_sentence(s) or s.startswith(("#", ">", "|", "![")):
        return None
    if _labelled_bar(s, rules):
        return "widget_bar"
    separated = _BAR_SEPARATOR.search(s) is not None
    if not separated and " " in s and (name := _word_bar(s, rules, edge)):
        return name
    if not separated and _glued_ui(s, rules):
        return "widget_bar"
    if not separated and not edge and len(s) <= 24 and _ui_phrase(s, rules):
        return "widget_bar"  # "사진 확대보기" between a caption and the text
    if not separated and (len(s) > 24 or not edge and not _BAR_COUNT.search(s)):
        return None  # one item: only a short label at an edge, or a label with a count
    raw = [item.strip() for item in _BAR_SPLIT.split(s) if item.strip()] if separated and _DIGIT.search(s) else []
    if edge and len(raw) >= 2 and all(_CATEGORY_ITEM.match(item) for item in raw):
        return "category_list"  # "분류 전체보기 (142)  반도체 이야기 (58)"
    if len(raw) >= 2:
        # "♥ 24", "00:00 / 02:14": counts and times go with the UI words they stand among
        special = [bool(_BAR_ICON_COUNT.match(item) or _BAR_TIME.match(item)) for item in raw]
        if any(special) and not all(special):
            rest = "  ".join(item for item, sp in zip(raw, special) if not sp)
            items = _bar_items(rest)
            if items and all(_ui_item(item, rules) for item in items):
                return "widget_bar"
    items = _bar_items(s)
    if not items:
        return None
    kinds = [_item_kind(item, rules) for item in items]
    if "credit" in kinds and _byline_bar(items, kinds):
        # "한지민 기자  |  승인 2025.05.20 10:05  |  댓글 4": the byline bar (metadata reads it)
        return "byline_bar" if separated else None
    if all(kinds):
        counted = any(_BAR_COUNT.search(item) and not item[:1].isdigit() for item in items)
        if len(items) >= 2 or counted or edge:
            return "widget_bar"
    if not edge or not separated:
        return None
    bars = rules.bars
    needed = bars.min_menu_items + (0 if re.search(r"[|·ㆍ•]", s) else 1)
    if len(items) < needed:
        return None
    # the first item may be the site's longer name ("UNIST NEWS CENTER  |  홈  |  입학")
    labels = items[1:] if "|" in s and len(items[0]) <= bars.max_item * 2 else items
    if not _short_items(labels, bars.max_item):
        return None
    if any(not _LETTER.search(item) or _WEAK_END.search(item) for item in items):
        return None
    return "menu_bar"


def _line_rules(work: Work) -> None:
    """Whole lines that are chrome wherever they stand (copyright, widgets, bylines...)."""
    matcher = work.rules.line_any
    previous = ""
    for i in work.live():
        raw = work.lines[i].text.strip()
        s = _shown(raw)
        if raw != s and _link_only(raw) and not s:
            work.drop(i, "link_bar")  # "[](https://…)": a link that shows nothing
        elif len(s) <= MAX_CHROME_LINE and not _NEVER_CHROME.match(raw):
            sentence = is_sentence(s)
            name = (matcher.match(raw, sentence) or s != raw and matcher.match(s, sentence)
                    or "**" in s and matcher.match(_unbold(s), sentence) or _bar(s, work.rules, edge=False))
            image = _image(previous)
            if _repeats_alt(image, s):
                name = "duplicate_caption"
            elif name == "photo_caption" and image:
                name = None  # the caption of a Markdown image belongs to the article
            if name:
                work.drop(i, name)
        previous = raw


def _image(raw: str) -> re.Match[str] | None:
    """The Markdown image a line opens with (a match of _MD_LINK: its alt text is group 2)."""
    return _MD_LINK.match(raw) if raw.startswith("![") else None


def _repeats_alt(image: re.Match[str] | None, s: str) -> bool:
    """Is ``s`` the alt text of the Markdown image (a match of _MD_LINK) printed again under it?"""
    return image is not None and normalise_line(image.group(2)) == normalise_line(s)


def _shown(raw: str) -> str:
    """The text rules look at: a line of Markdown links as the reader sees it, without a heading mark."""
    s = unescape(visible(raw))
    return _HEADING_PREFIX.sub("", s) if s.startswith("#") else s


def _unbold(s: str) -> str:
    """A line without its bold marks: "**작성자** 이서윤 | **작성일** 2025-01-14"."""
    return s.replace("**", "").strip()


def unescape(text: str) -> str:
    """Text without a clipper's Markdown escapes: "\\[TF초점\\]" reads "[TF초점]"."""
    return _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text


def _link_only(raw: str) -> bool:
    """A line made only of Markdown links, separators and counts: navigation when at a page edge."""
    if "](" not in raw or raw.startswith("!["):
        return False
    return not _LINK_REST.sub("", _unlink(_HEADING_PREFIX.sub("", raw), keep_text=False))


def _cut_start(work: Work, i: int, text: str, first_order: int = -1000) -> str:
    """Bylines glued to the start: "[디지털데일리 이건한 기자] ...", "(서울=연합뉴스) 홍길동 기자 = ..."."""
    group = work.rules.phrase_start
    original, escapes = text, 0
    if text.startswith("\\["):  # a Markdown clipper escaped the brackets: "\[매체 홍길동 기자\] ..."
        close = text.find("\\]", 2, 80)
        if close > 0:
            text, escapes = "[" + text[2:close] + "]" + text[close + 2:], close
    if not group.may_match(text[:80]):
        return original
    for order in range(first_order, first_order + 3):  # a dateline and a byline may follow each other
        m = next((m for m in (r.pattern.match(text) for r in group) if m), None)
        if m is None:
            break
        rule = next(r for r in group if r.pattern is m.re)
        end = m.end() + (2 if m.end() >= escapes else 1) if escapes else m.end()
        work.cut(i, order, rule.name, original[:end])  # as the source prints it
        text, original, escapes = text[m.end():].lstrip(), original[end:].lstrip(), 0
    return original


def _cut_inside(work: Work, i: int, text: str) -> str:
    """Credits anywhere in a line: "[사진=연합뉴스]", "(사진=뉴스1)"."""
    for rule in work.rules.phrase_any:
        if not rule.applies(text):
            continue
        spans = []
        for m in rule.pattern.finditer(text):
            start, end = m.span()
            start -= start > 0 and text[start - 1] == "\\"  # a clipper's escape: "\[사진=…\]"
            if (start, end) != (0, len(text)):
                spans.append((start, end))
        for start, end in spans:
            work.cut(i, start, rule.name, text[start:end])
        if spans:
            pieces, last = [], 0
            for start, end in spans:
                pieces.append(text[last:start])
                last = end
            text = ("".join(pieces) + text[last:]).strip()
    return text


def _cut_end(work: Work, i: int, text: str) -> str:
    """Tails glued to the end, peeled right to left: "...했다. 홍길동 기자 a@b.kr Copyright ⓒ ..."."""
    for order in range(10**9, 10**9 - 4, -1):
        hit = _end_cut(work.rules, text)
        if hit is None:
            break
        name, start = hit
        work.cut(i, order, name, text[start:])
        text = text[:start].rstrip()
    return text


def _cut_line(work: Work, i: int) -> None:
    """Cut glued bylines, copyright notices and caption credits out of one line."""
    line = work.lines[i]
    indent = line.text[: len(line.text) - len(line.text.lstrip())]
    original = line.text.strip()
    start = _cut_start(work, i, original)
    text = _cut_inside(work, i, start)
    if text != start:  # "[이미지 = gettyimagesbank][보안뉴스 홍길동 기자] ...": a credit hid the byline
        text = _cut_start(work, i, text, first_order=10**8)
    text = _cut_end(work, i, text)
    image = _MD_LINK.fullmatch(text) if text.startswith("![") else None
    if image:  # a caption's credit at the end of the picture's alt text: "![… 칩. 사진=엔비디아](…)"
        alt = image.group(2)
        text = text[:image.start(2)] + _cut_end(work, i, alt).rstrip() + text[image.end(2):]
    if text != original:
        line.text = indent + text if text else ""
        _drop_rest(work, i, text.strip())


def _drop_rest(work: Work, i: int, rest: str) -> None:
    """What is left of a line after its cuts goes when it is chrome too: the dateline after a
    byline ("(서울=뉴스1) 홍길동 기자 | 2024-10-08 07:00 송고"), the sign-off before the credits
    ("SBS 홍길동입니다."), the rest of a widget bar, a licence notice once the next posts glued to it
    are cut; never another sentence ("▲ … 전경 [사진=…]전라남도는 … 밝혔다." keeps its lead)."""
    if not rest or len(rest) > MAX_CHROME_LINE:
        return
    shown = _shown(rest)
    sentence = is_sentence(shown)
    name = work.rules.line_any.match(rest, sentence)
    if name is None and not _NEVER_CHROME.match(rest):
        name = _bar(shown, work.rules, edge=False)
    sources = work.rules.meta.sources
    credit = name in sources["dateline"] or name in sources["byline"] or name in sources["notice"]
    if credit or (name and not sentence and len(shown) <= MAX_REST):
        work.drop(i, name)


def _end_cut(rules: Rules, text: str) -> tuple[str, int] | None:
    """(rule name, start) of a glued tail at the end of ``text``; only the last characters are searched."""
    offset = max(0, len(text) - END_WINDOW)
    window = text[offset:]
    if not rules.phrase_end.may_match(window):
        return None
    for rule in rules.phrase_end:
        if not rule.applies(window):
            continue
        m = rule.pattern.search(window)
        if m and offset + m.start() > 0:
            return rule.name, offset + m.start()
    return _glued_bar(rules, text)


def _glued_bar(rules: Rules, text: str) -> tuple[str, int] | None:
    """A widget bar glued after the last sentence: "…답해드림.추천 58 비추천 0 스크랩 신고"."""
    if text[-1:] in _SENTENCE_MARKS:
        return None
    stop = max(text.rfind(mark) for mark in _SENTENCE_MARKS)
    tail = text[stop + 1:].strip()
    if stop <= 0 or not 0 < len(tail) <= MAX_GLUED_BAR or _word_bar(tail, rules, edge=False) != "widget_bar":
        return None
    return "widget_bar", stop + 1


def _phrase_rules(work: Work) -> None:
    previous = ""
    for i in work.live():
        original = work.lines[i].text
        _cut_line(work, i)
        text = work.lines[i].text.strip()
        if text != original.strip() and _repeats_alt(_image(previous), _shown(text)):
            work.drop(i, "duplicate_caption")  # "… 설치된 모습 (사진: 데이터넷 DB)" once its credit is cut
        previous = text
    work.changed()
    stamp = work.rules.tail.timestamp
    for line in work.lines:
        line.body = _body_like(line, stamp)


#: a picture of the page's chrome, by its address or alt text: a logo, an avatar, an icon, a
#: thumbnail cropped to a small square ("resize:fill:64:64")
_CHROME_PICTURE = re.compile(r"(?i)^!\[[^\]]{0,40}\]\([^)]*(?:(?<![a-z])(?:logo|avatar|favicon|icons?|profile)(?![a-z])|resize:fill:\d{2}:\d{2}/)")


def _body_like(line: Line, timestamp: re.Pattern[str]) -> bool:
    if line.code:
        return True
    s = line.text.strip()
    if not s:
        return False
    if s.startswith("!["):
        return not _CHROME_PICTURE.search(s)  # a logo or the author's avatar is no part of the article
    if s.startswith("|"):
        return True
    s = visible(s)
    if not s:
        return False
    if len(s) <= 120 and _ends_with_stamp(s, timestamp):
        return False  # "제목 2024.08.12." is a line of a list, not a sentence
    if _strong_sentence(s):
        return True
    if is_sentence(s) or len(s) >= 80 and len(_GLUED_ITEM.findall(s)) < MIN_GLUED_ITEMS:  # not a menu glued together
        return not timestamp.search(s[:40])
    return False


def _ends_with_stamp(s: str, timestamp: re.Pattern[str]) -> bool:
    """A line ending in a full date or a time after some text, like a related-list entry:
    "제목 2024.08.12.", "제목 2024-05-28 17:12", "제목 2024.07.10 (19:02)", "제목 · 2023년 10월 12일"."""
    if not (s[-1:].isdigit() or s[-2:-1].isdigit() or s.endswith("일") and s[-2:-1].isdigit()):
        return False
    tail = s[-26:]
    offset = len(s) - len(tail)
    for m in timestamp.finditer(tail):
        stamp = m.group(0)
        if m.end() < len(tail) - 1 or not (_YEAR.match(stamp) or _TIME.search(stamp)):
            continue
        if offset + m.start() >= 6 and _LETTER.search(s[: offset + m.start()]):
            return True
    return False


def _zones(work: Work) -> tuple[int, int]:
    """(end of the head zone, start of the tail zone): before the first and after the last body line."""
    lines = work.lines
    first = next((i for i, line in enumerate(lines) if line.body and line.rule is None), len(lines))
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].body and lines[i].rule is None), -1)
    return first, last + 1


def _zone_rules(work: Work, start: int = 0) -> None:
    """Chrome-only lines ("본문", "목록", "페이지 정보", crawl timestamps) at the head or tail
    (from line ``start`` on)."""
    head_end, tail_start = _zones(work)
    for i in work.live():
        if i < start or head_end <= i < tail_start:
            continue
        name = _edge_name(work, i, head=i < head_end)
        if name:
            work.drop(i, name)
    _menu_runs(work, head_end)
    _peel_edges(work, start)


def _edge_name(work: Work, i: int, head: bool) -> str | None:
    """The rule that makes line ``i`` chrome when it stands at the head or tail of the page."""
    rules = work.rules
    raw = work.lines[i].text.strip()
    s = _shown(raw)
    if len(s) > MAX_CHROME_LINE:
        return None
    sentence = is_sentence(s)
    name = None
    for text in dict.fromkeys((raw, s)):  # the line as written, then as shown
        name = name or (rules.line_head.match(text, sentence) if head else None)
        name = name or rules.line_edge.match(text, sentence)
    if name is None and not _NEVER_CHROME.match(raw):
        name = _bar(s, rules, edge=True)
    if name is None and s in rules.meta.site_names:
        name = "site_name"
    if name is None and head and raw.startswith("#") and len(s) <= MAX_SITE_NAME and _names_section(work, i, s):
        name = "section_heading"
    if name is None and _link_only(raw):
        name = "link_bar"  # navigation, tag and related links above or below the article
    return name


#: where the removed lines above a heading name their sections: a breadcrumb, a menu, the page's title
_SECTION_SOURCES = frozenset({"breadcrumb", "menu", "menu_bar", "link_bar", "headline"})


def _names_section(work: Work, i: int, heading: str) -> bool:
    """Is the heading at line ``i`` ("## UOS 뉴스") the name of the page's section, which a
    breadcrumb, a menu or the page's title above it prints as one of its items ("HOME > 홍보 >
    UOS 뉴스", "헤드라인 | UOS 뉴스 | 서울시립대학교")?"""
    item = re.compile(rf"(?:^|[>|·›»\-–]\s*|\s{{2,}}){re.escape(heading)}\s*(?:$|[>|·›»\-–]|\s{{2,}})")
    return any(line.rule in _SECTION_SOURCES and item.search(visible(line.text).strip())
               for line in work.lines[:i])


def _peel_edges(work: Work, start: int) -> None:
    """Edge chrome that reads as a sentence ("이 기사가 괜찮으셨나요?") is the body's first or
    last line and so outside both zones: the lines at the body's two ends are tried too, inward
    while they match."""
    while True:
        head_end, tail_start = _zones(work)
        ends = {head_end: True, tail_start - 1: False}
        names = {i: _edge_name(work, i, head) for i, head in ends.items()
                 if start <= i < len(work.lines) and work.lines[i].live}
        names = {i: name for i, name in names.items() if name}
        if not names:
            return
        for i, name in names.items():
            work.drop(i, name)


#: a board's field label printed on a line of its own, its value on the next line
_FIELD_LABEL = re.compile(r"(?:작성자|글쓴이|작성일|등록일|게시일|수정일|조회수|조회|추천수|분류|담당\s*부서|담당자|부서|연락처|첨부\s*파일)\s*[:：]?")
MAX_FIELD_VALUE = 40
MAX_FIELD_CELL = 80  # a field's cell in a board's table may hold an attachment's name
#: a label no rule removed is a field when another label stands within this many lines of text
FIELD_NEIGHBOUR = 4


def _board_values(work: Work) -> None:
    """Board fields printed one per line ("작성자" / "기술창업과" / "등록일" / "2025.03.04"): the
    value under a removed field label goes with it (metadata reads it as a board line). A label
    no rule removed (the fields below the headline, in the article's zone) goes too when another
    label stands near it: two fields make a board's header."""
    texts = [i for i, line in enumerate(work.lines) if line.text.strip() and not line.code]
    labels = [n for n, i in enumerate(texts) if _FIELD_LABEL.fullmatch(work.lines[i].text.strip())]
    for before, n, after in zip([None] + labels, labels, labels[1:] + [None]):
        i = texts[n]
        if work.lines[i].live:
            if not any(k is not None and abs(k - n) <= FIELD_NEIGHBOUR for k in (before, after)):
                continue
            work.drop(i, "board_info")
        j = _next_nonblank(work, i)
        if j is not None and work.lines[j].live:
            value = work.lines[j].text.strip()
            if len(value) <= MAX_FIELD_VALUE and not is_sentence(value):
                work.drop(j, "board_info")


def _board_table(work: Work) -> None:
    """A board's fields printed as a Markdown table above the article ("| 작성자 | 천지현 |
    작성일 | 2024-06-12 |"): every row label-value pairs of short cells, one of the labels a
    post field, and no paragraph before the table. The whole table goes as board_info."""
    lines = work.lines
    first_paragraph = next((i for i, line in enumerate(lines) if line.live and _strong_sentence(line.text)), len(lines))
    i = 0
    while i < first_paragraph:
        if not lines[i].text.lstrip().startswith("|") or lines[i].code:
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].text.lstrip().startswith("|"):
            end += 1
        rows = [[cell.strip() for cell in lines[k].text.strip().strip("|").split("|")] for k in range(i, end)]
        rows = [cells for cells in rows if not all(_TABLE_RULE.fullmatch(c) for c in cells)]
        rows = [_without_empty_end(cells) for cells in rows]  # "| 첨부파일 | <file> | | | |"
        pairs = all(len(cells) % 2 == 0 and all(0 < len(visible(c)) <= MAX_FIELD_CELL for c in cells) for cells in rows)
        fielded = any(_FIELD_LABEL.fullmatch(label) for cells in rows for label in cells[::2])
        if rows and pairs and fielded:
            for k in range(i, end):
                work.drop(k, "board_info")
        i = end


def _without_empty_end(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _label(line: Line) -> bool:
    s = line.text.strip()
    return (0 < len(s) <= MAX_LABEL and len(s.split()) <= 3 and bool(_LETTER.search(s)) and not is_sentence(s)
            and not _is_structure(s) and not _LIST_ITEM.match(s) and not _BULLET.match(s))


def _menu_runs(work: Work, head_end: int) -> None:
    """Menus copied one item per line: three or more short labels in a row above the article
    (chrome lines may stand among them) are navigation. (Below the article, short lines are
    contact blocks and sign-offs as often as menus: the tail rules judge those.)"""
    runs: list[list[int]] = [[]]
    for i, line in enumerate(work.lines[:head_end]):
        if not line.text.strip() or line.rule is not None and not line.code:
            continue  # blank lines and removed chrome do not break a run
        if _label(line):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) >= 3:
            for i in run:
                work.drop(i, "menu_list")


# -- tail: related lists and footers

#: removals that show the page's chrome has begun (what follows them at the end is chrome too)
_STRONG_TAIL_RULES = frozenset({
    "copyright", "related_header", "blog_chrome", "footer", "board_header", "prev_next",
    "login_prompt", "share_widget", "reaction_widget", "hashtags", "promo", "portal_chrome",
    "license_notice", "comment_form", "survey", "series_nav", "ad_placeholder", "category_list",
    "comments", "author_profile", "reporter_widget",
})


#: a heading at the end of a page this short may head its lists ("## 함께 보면 좋은 글")
MAX_TAIL_HEADING = 40


def _is_listed_stamp(s: str, timestamp: re.Pattern[str]) -> bool:
    """A line of a related-articles list: a timestamp with a time, or a date at one end of it."""
    for m in timestamp.finditer(s):
        if _TIME.search(m.group(0)) or m.group(0).endswith("전"):
            return True
        at_start = m.start() <= 2 and not s[m.end():m.end() + 1] == ":"
        at_end = m.end() >= len(s) - 1
        if at_start or at_end:
            return True
    return False


def _tail_kind(line: Line, rules: Rules) -> str:
    """footer | related | short | body | chrome (already removed, transparent)."""
    if line.rule is not None:
        return "strong" if line.rule in _STRONG_TAIL_RULES else "chrome"
    s = line.text.strip()
    tail = rules.tail
    if _HEADING_PREFIX.match(s) and len(s) <= MAX_TAIL_HEADING:
        return "short"  # "## 이런 글은 어떠세요?": a heading over the lists that follow it
    if s.startswith("|") and len(s) <= 120 and _ends_with_stamp(s.strip("| "), tail.timestamp):
        return "related"  # "| 다른 글 제목 (0) | 2025.04.20 |": a blog's related posts as a table
    if line.code or len(s) > tail.max_list_line or _is_structure(s):
        return "body"
    if len(s) <= 120 and _ends_with_stamp(s, tail.timestamp):
        return "related"
    if _strong_sentence(s) or _NUMBERED.match(s):
        return "body"  # "4. 문의 : ... (031-...)": an item of the notice's own numbered list
    if any(p.pattern.search(s) for p in tail.footer):
        return "footer"
    if _is_listed_stamp(s, tail.timestamp):
        return "related"
    if _LIST_ITEM.match(s) or _WEAK_END.search(s[-16:]):
        return "body"
    return "short"


class _Kinds:
    """Tail kinds of lines, computed on demand (only the end of a page is ever asked about)."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.cache: dict[int, str] = {}

    def __call__(self, i: int) -> str:
        line = self.work.lines[i]
        if line.rule is not None:
            return _tail_kind(line, self.work.rules)
        if i not in self.cache:
            self.cache[i] = _tail_kind(line, self.work.rules)
        return self.cache[i]


_TAIL_NAMES = {"footer": "footer", "related": "related_list", "short": "related_list", "body": "after_article_end"}


def _drop_tail(work: Work, indices: list[int], kind: _Kinds) -> None:
    for i in indices:
        work.drop(i, _TAIL_NAMES.get(kind(i), "related_list"))


def _body_size(work: Work, start: int, end: int) -> int:
    """Characters of kept body lines in ``work.lines[start:end]``."""
    return sum(len(line.text.strip()) for line in work.lines[start:end] if line.rule is None and line.body)


#: the words of a copyright notice, not of a picture's mark
_NOTICE_WORD = re.compile(r"무단|재배포|전재|저작권|금지|[Rr]ights|[Rr]eserved|[Cc]opyright|COPYRIGHT")


def _after_copyright(work: Work, kind: _Kinds, head_end: int) -> None:
    """A copyright notice marks the article end; what follows goes if it looks like lists/footers.
    (A picture's mark, "… 비교 ⓒ리디", is a credit in the article, not its end.)"""
    anchor = next((i for i, line in enumerate(work.lines)
                   if line.rule == "copyright" and i >= head_end and _NOTICE_WORD.search(line.text)), None)
    if anchor is None:
        return
    rest = [i for i in range(anchor + 1, len(work.lines)) if work.lines[i].text.strip() and not work.lines[i].code]
    after = [i for i in rest if work.lines[i].live]
    if not after or _body_size(work, anchor + 1, len(work.lines)) >= _body_size(work, 0, anchor):
        return  # more of the article after it than before: a credit near the top, not the end
    kinds = [kind(i) for i in after]
    chrome = sum(1 for k in kinds if k != "body") + len(rest) - len(after)  # lines rules removed are chrome too
    stamps = kinds.count("related")
    if stamps >= 2 or chrome >= 0.6 * len(rest):
        _drop_tail(work, after, kind)


def _trailing_lists(work: Work, kind: _Kinds) -> None:
    """A run of non-body lines at the very end that holds footer or related-list evidence."""
    run: list[int] = []
    for i in range(len(work.lines) - 1, -1, -1):
        line = work.lines[i]
        if not line.text.strip() and not line.code:
            continue
        if kind(i) == "body":
            break
        run.append(i)
    run.reverse()
    live = [i for i in run if work.lines[i].live]
    stamps = [i for i in live if kind(i) == "related"]
    evidence = [i for i in run if work.lines[i].rule in _STRONG_TAIL_RULES]
    evidence += [i for i in live if kind(i) == "footer"]
    if len(stamps) >= 2:
        evidence.append(stamps[0])
    if not evidence:
        return
    start = min(evidence)
    before = [i for i in live if i < start]
    if start in stamps and before and kind(before[-1]) == "short":
        start = before[-1]  # the headline printed above the first timestamp
    _drop_tail(work, [i for i in live if i >= start], kind)


#: a post's topic chips under its last paragraph: at least three lines of one to three words
MIN_CHIPS = 3
MAX_CHIP = 24


def _tag_chips(work: Work) -> None:
    """The post's topic chips under its last paragraph, before the page's other chrome or its end
    ("LLM", "Edtech", "Machine Learning", "Riiid", each on its own line)."""
    lines = work.lines
    last = max((i for i, line in enumerate(lines) if line.rule is None and line.body), default=None)
    if last is None:
        return
    chips: list[int] = []
    learned = 0  # chips the classifier took already
    for i in range(last + 1, len(lines)):
        line, s = lines[i], lines[i].text.strip()
        if not s:
            continue
        if line.rule is not None:
            if not chips:
                continue  # the chips' label ("태그", "게시 위치:") may stand above them
            if line.rule == "learned_chrome" and len(s) <= MAX_CHIP:
                learned += 1
                continue
            break
        if line.code or len(s) > MAX_CHIP or len(s.split()) > 3 or s[-1] in ".!?:" or is_sentence(s) \
                or _is_structure(s) or _LIST_ITEM.match(s) or not _LETTER.search(s):
            return  # a list or a closing line of the article
        chips.append(i)
    if len(chips) + learned >= MIN_CHIPS:
        for i in chips:
            work.drop(i, "tag_list")


def _trailing_slogan(work: Work) -> None:
    """The last short block of a page, when it is a site's slogan ("GBC는 고객이 ...")."""
    block: list[int] = []
    for i in range(len(work.lines) - 1, -1, -1):
        line = work.lines[i]
        if line.code:
            return
        if line.rule is not None:
            continue
        if not line.text.strip():
            if block:
                break
            continue
        block.append(i)
        if len(block) > 4:
            return
    texts = [work.lines[i].text.strip() for i in block]
    if not block or any(len(t) > 80 for t in texts):
        return
    if any(p.pattern.fullmatch(t) for t in texts for p in work.rules.tail.slogan):
        for i in sorted(block):
            work.drop(i, "footer_slogan")


#: the header of a press release's contact block ("연락처", "보도 문의", "Media Contact")
_CONTACT_HEADER = re.compile(
    r"(?:[-*•▶■□]\s*)?(?:연락처|문의처|언론\s*연락처|보도\s*(?:자료\s*)?문의|미디어\s*문의|홍보\s*담당|"
    r"(?:Media|Press)\s*[Cc]ontacts?|Contacts?)\s*[:：]?"
)
#: a contact block holds at most this many lines, each short and no sentence
MAX_CONTACT_LINES = 10
MAX_CONTACT_LINE = 60


def _contact_block(work: Work, head_end: int) -> None:
    """A press release's contact block after the body: the header ("연락처") alone on its line,
    then short lines (company, team, person, phone, e-mail) up to the next blank line."""
    for i in work.live():
        if i < head_end or not _CONTACT_HEADER.fullmatch(work.lines[i].text.strip()):
            continue
        block = []
        for j in range(i + 1, len(work.lines)):
            s = work.lines[j].text.strip()
            if not s or work.lines[j].code:
                break
            if len(s) > MAX_CONTACT_LINE or _strong_sentence(s) or len(block) >= MAX_CONTACT_LINES:
                block = []
                break
            block.append(j)
        if block:
            work.drop(i, "contact_block")
            for j in block:
                if work.lines[j].live:
                    work.drop(j, "contact_block")


_RELATED_WORD = re.compile(r"관련\s*(?:기사|뉴스|글)|다른\s*(?:기사|뉴스|글)")


def _list_after_header(work: Work) -> None:
    """A related-list header near the end ("많이 본 보도자료") followed only by list items
    (numbered or dated headlines, no sentence) up to the page's end: the items go too."""
    headers = [
        i for i, line in enumerate(work.lines)
        if line.rule == "related_header" or line.rule == "board_header" and _RELATED_WORD.search(line.text)
    ]
    for h in headers:
        after = [i for i in range(h + 1, len(work.lines)) if work.lines[i].live]
        if not after or len(after) > 20:
            continue
        texts = [work.lines[i].text.strip() for i in after]
        if all(len(t) <= 100 and not _strong_sentence(t) and not _is_structure(t) for t in texts):
            for i in after:
                work.drop(i, "related_list")
            return


def _tail_chrome(work: Work) -> None:
    head_end, _ = _zones(work)
    kind = _Kinds(work)
    _contact_block(work, head_end)
    _after_copyright(work, kind, head_end)
    _trailing_lists(work, kind)
    _list_after_header(work)
    _trailing_slogan(work)


# -- the end of a post: comment sections, author boxes

#: rules that may have removed a comment section's header line already
_COMMENT_HEADER_RULES = frozenset({None, "reaction_widget", "comment_form", "board_header", "widget_bar"})
#: a comment section holds at most this many lines and characters
MAX_COMMENT_LINES = 60
MAX_COMMENT_HEADER = 40  # "2 Comments — powered by utteranc.es"
MAX_COMMENT_LINE = 300


def _comment_section(work: Work) -> None:
    """A comment section at the end of a post ("댓글 2", then commenters with dates, comments,
    "답글 달기", the comment form): the header and everything after it go. Only when the lines
    after the header look like a comment list and the article's body lies before it."""
    tail = work.rules.tail
    header, evidence = tail.comment_header, tail.comment_evidence
    if header is None or evidence is None:
        return
    lines = work.lines
    body_before = 0
    for i, line in enumerate(lines):
        s = _shown(line.text.strip())  # "## Responses (2)" -> "Responses (2)"
        if line.code:
            body_before += len(s)
            continue
        if not s:
            continue
        if line.rule is None and line.body:
            body_before += len(s)
        thread = line.rule == "comments"  # the first comment's own header ("minjun 3시간전 [-]")
        if not thread and (line.rule not in _COMMENT_HEADER_RULES or len(s) > MAX_COMMENT_HEADER or not header.fullmatch(s)):
            continue
        if not body_before:
            continue
        after = [j for j in range(i + 1, len(lines)) if lines[j].text.strip()]
        if any(lines[j].code for j in after) or len(after) > MAX_COMMENT_LINES:
            continue
        texts = [_shown(lines[j].text.strip()) for j in after]
        if any(len(t) > MAX_COMMENT_LINE for t in texts):
            continue
        body_after = sum(len(t) for j, t in zip(after, texts) if lines[j].rule is None and lines[j].body)
        if body_after >= body_before:
            continue
        if after and not thread and not any(evidence.fullmatch(t) for t in texts):
            continue
        work.drop(i, "comments")
        for j in after:
            work.drop(j, "comments")
        return


def _avatar(work: Work, live: list[int], n: int) -> bool:
    """An author's picture with the author's name under it: "![김하늘](…/avatar.png)" then
    "**김하늘**" or "김하늘 · ML Engineer"."""
    raw = work.lines[live[n]].text.strip()
    m = _MD_LINK.fullmatch(raw)
    if m is not None and not m.group(1):
        m = _MD_LINK.fullmatch(m.group(2).strip())  # "[![프로필 이미지](…)](…/@handle)": a linked picture
    if m is None or not m.group(1) or not 0 < len(m.group(2).strip()) <= 20 or n + 1 >= len(live):
        return False
    name = _shown(work.lines[live[n + 1]].text.strip()).strip("*_ ")
    if _PROFILE_ALT.fullmatch(m.group(2).strip()):
        return 0 < len(name) <= 20 and not is_sentence(name)  # "프로필 이미지" above "이지우"
    alt = m.group(2).strip()
    # a name, not a picture's subject ("HBM4 패키징 라인" over its caption "HBM4 패키징 라인 내부 모습.")
    return len(name) <= MAX_AUTHOR_LINE and _AVATAR_NAME.fullmatch(alt) is not None and name.startswith(alt) \
        and not name.endswith(".")


def _head_avatar(work: Work) -> None:
    """The author's picture and name line between the headline and the post: they credit the
    author (metadata reads the picture's alt text), they are not the article."""
    live = _card_lines(work)[:TITLE_WINDOW]
    for n, i in enumerate(live):
        if _avatar(work, live, n):
            _credit(work, i, "author_avatar")
            _credit(work, live[n + 1], "author_line")
            role = _next_nonblank(work, live[n + 1])
            if role is not None and work.rules.meta.writer_role.fullmatch(visible(work.lines[role].text.strip())):
                work.drop(role, "author_profile")  # "Search & Recommendation Engineer @ CLASS101"
            return
        line = work.lines[i]
        if line.body and line.live and not line.text.lstrip().startswith("!["):
            return  # the post has begun


def _card_lines(work: Work) -> list[int]:
    """The lines kept or removed as links: an author's picture and name are often links."""
    return [i for i, line in enumerate(work.lines)
            if line.text.strip() and not line.code and (line.rule is None or line.rule == "link_bar")]


#: a publishing platform's Follow button
_FOLLOW = re.compile(r"\s*(?:Follow|팔로우|구독하기)\s*")


def _credit(work: Work, i: int, rule: str) -> None:
    """Line ``i`` credits the author: removed under ``rule`` (retagged, if removed as a link or a menu item)."""
    if work.lines[i].rule in ("link_bar", "menu_list"):
        work.retag(i, rule)
    else:
        work.drop(i, rule)


def _author_profile(work: Work) -> None:
    """An author box after the post: name (under the author's picture), "@handle", a one-line
    blurb, a follow button."""
    handle = work.rules.tail.profile_handle
    if handle is None:
        return
    live = _card_lines(work)  # the picture and name of a profile card are often links
    box = work.first("author_box")
    for n, i in enumerate(live):
        s = work.lines[i].text.strip()
        after_box = box is not None and i > box and not any(j > box for j in live[:n])
        avatar = _avatar(work, live, n)
        if not (work.lines[i].live and (handle.fullmatch(s) or after_box) or avatar):
            continue
        if not any(work.lines[j].body and work.lines[j].live for j in live[:n]):
            continue
        block = [i, live[n + 1]] if avatar else [i]
        previous = work.lines[live[n - 1]] if n else None
        if previous and previous.live and not after_box and len(previous.text.strip()) <= 20 and not is_sentence(previous.text):
            block.insert(0, live[n - 1])
        for k in range(block[-1] + 1, len(work.lines)):
            line = work.lines[k]
            if line.code or not line.text.strip():
                continue
            if line.rule in ("login_prompt", "widget_bar", "support_appeal"):
                break
            if line.rule is not None or len(line.text.strip()) > 150 or len(block) >= 5 or line.text.lstrip().startswith("#"):
                break
            block.append(k)
        last = block[-1]
        if any(work.lines[j].body for j in work.live() if j > last):
            continue  # body text follows: not an author box at the end
        if avatar:  # the picture and the name line credit the author (metadata reads them)
            _credit(work, i, "author_avatar")
            _credit(work, live[n + 1], "author_line")
        for j in block:
            work.drop(j, "author_profile")
        return


def _author_card(work: Work) -> None:
    """The writer's card after the post: the bare name under the share buttons (the page named
    the writer before), a blurb of one or two sentences under it, then the page's chrome."""
    names = [i for i in work.live() if _PERSON_NAME.fullmatch(work.lines[i].text.strip())]
    for i in names:
        if not _card_name(work, i) or not any(work.lines[j].body for j in work.live() if j < i):
            continue
        block = [i]
        nxt = _next_nonblank(work, i)
        while nxt is not None and len(block) <= MAX_CARD_BLURB and work.lines[nxt].live and work.lines[nxt].body \
                and len(work.lines[nxt].text.strip()) <= MAX_AUTHOR_BLURB:
            block.append(nxt)
            nxt = _next_nonblank(work, nxt)
        if len(block) == 1 or nxt is not None and work.lines[nxt].body:
            continue  # no blurb, or the article goes on
        for j in block:
            work.drop(j, "author_profile")
        return


def _card_name(work: Work, i: int) -> bool:
    """Whether the bare name on line ``i`` stands under the post's closing chrome and was named
    before on the page ("정하늘" under "URL 복사")."""
    s = work.lines[i].text.strip()
    above = _previous_nonblank(work, i)
    if s in work.rules.meta.not_author or above is None or work.lines[above].rule not in _POST_END_CHROME:
        return False
    return any(s in work.lines[j].text for j in range(above))


#: rules of the chrome that closes a post (its share and reaction buttons, its tags)
_POST_END_CHROME = frozenset({"widget_bar", "share_widget", "reaction_widget", "hashtags", "tag_list"})
#: sentences of a writer's blurb on an author card, and their length
MAX_CARD_BLURB = 2
MAX_AUTHOR_BLURB = 150


# -- the page's head: masthead, channel bylines

def _next_nonblank(work: Work, i: int) -> int | None:
    return next((j for j in range(i + 1, len(work.lines)) if work.lines[j].text.strip()), None)


def _previous_nonblank(work: Work, i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if work.lines[j].text.strip()), None)


def _masthead(work: Work) -> None:
    """The site's name printed as the page's first line (after skip links and banners), right
    above its navigation, its address or its name in Latin letters ("연세대학교" / "YONSEI UNIVERSITY")."""
    top = [i for i, line in enumerate(work.lines) if line.text.strip()][:MASTHEAD_LINES]
    first = next((i for i in top if work.lines[i].rule is None), None)
    if first is None or not work.lines[first].live or first > 2 and work.lines[top[0]].rule is None:
        return
    s = work.lines[first].text.strip()
    if len(s) > 30 or len(s.split()) > 4 or is_sentence(s) or _is_structure(s) or not _LETTER.search(s):
        return
    if _TITLE_MARKS.search(s):
        return  # "[빅테크들 ‘빅 AI’ 전쟁]": a board's bracketed title, not the site's name
    nxt = _next_nonblank(work, first)
    if nxt is None:
        return
    below = work.lines[nxt].text.strip()
    if work.lines[nxt].rule in _NAV_RULES or _HANGUL.search(s) and _LATIN_NAME.fullmatch(visible(below)):
        work.drop(first, "site_name" if s in work.rules.meta.site_names else "masthead")


def _portal_press(work: Work) -> None:
    """A portal's page (its masthead names the portal) prints the name of the publisher whose
    article it carries on a line of its own above the headline: "Daum / 머니S / <headline>"."""
    portals = work.rules.meta.portal_names
    if not any(line.rule == "masthead" and line.text.strip().lower() in portals for line in work.lines):
        return
    headline = work.first("headline")
    if headline is None:
        return
    above = _previous_nonblank(work, headline)
    if above is not None and work.lines[above].live:  # not "뉴스 검색" above the breadcrumb
        s = work.lines[above].text.strip()
        if len(s) <= 20 and len(s.split()) <= 3 and _LETTER.search(s) and not is_sentence(s) and not _is_structure(s):
            work.drop(above, "press_name")


#: the site's name in brackets before the lead: "[일요신문] 삼성전자의 …"
_PRESS_TAG = re.compile(r"\\?\[([^\[\]\\\n]{2,12})\\?\]\s*(?=\S)")


#: lines from the head's end where the lead may begin (under a picture and its caption)
LEAD_LOOK = 3


def _lead_press_tag(work: Work) -> None:
    """The site's name in brackets before the first sentence ("[비즈한국] …") is a byline when
    the page prints that name elsewhere (its copyright line, masthead or footer)."""
    head_end, _ = _zones(work)
    # the lead may stand under the article's first picture and its caption
    first = [i for i in work.live() if i >= head_end][:LEAD_LOOK]
    lead, m = next(((i, m) for i in first if (m := _PRESS_TAG.match(work.lines[i].text.lstrip()))), (0, None))
    if m is None:
        return
    line = work.lines[lead]
    name = m.group(1).strip()
    printed = work.rules.meta.sources["site_name_lines"]
    if any(name in removal.text for _, _, removal in work.cuts if removal.rule in printed):
        work.cut(lead, -1000, "byline", m.group(0))
        rest = line.text.lstrip()[m.end():].lstrip()
        line.text = _cut_start(work, lead, rest, first_order=-990)  # "[인사이트] 홍길동 기자 = …"
        work.changed()


def _above_headline(work: Work) -> None:
    """What a page prints above its headline is its head: the site's name, menus, section labels.
    (The headline is found above the first body line, so nothing above it reads as body.)"""
    headline = work.first("headline")
    if headline is not None and _page_title(work, [headline], 0) == headline:
        # the headline is the document's title on the first line: what the page prints above its
        # own copy of the title is its head; with no copy printed, so is all but the article's text
        copy = work.first("duplicate_title")
        if copy is None:
            head_end = _zones(work)[0]
            for i in work.live():
                if headline < i < head_end and not is_sentence(work.lines[i].text) and not _is_structure(work.lines[i].text):
                    work.drop(i, "head_chrome")
            return
        headline = copy
    if headline is None:  # the template printed the title of the front matter
        headline = work.first("duplicate_title")
    if headline is None or headline >= _zones(work)[0]:
        return
    above = [i for i in work.live() if i < headline]
    top = [i for i, line in enumerate(work.lines) if line.text.strip()][:MASTHEAD_LINES]
    for i in above:
        s = work.lines[i].text.strip()
        masthead = i == above[0] and i in top and _masthead_shape(s)
        work.drop(i, "masthead" if masthead else "head_chrome")


def _channel_byline(work: Work) -> None:
    """"채널명 · 홍길동", "홍길동 · 애널리스트" (or a blog's bare nickname, or the writer's name over
    the writer's team) right above the post's date line: who wrote it (a byline, not a title)."""
    head_end, _ = _zones(work)
    meta = work.rules.meta
    dated = meta.sources["dateline"]
    for i in work.live()[:TITLE_WINDOW]:
        s = work.lines[i].text.strip()
        nxt = _next_nonblank(work, i)
        if nxt is None or work.lines[nxt].rule not in dated:
            continue
        # the writer's name (and role) may follow the deck, in the body's zone
        if meta.name_first_byline.fullmatch(s) or i >= head_end and _PERSON_NAME.fullmatch(s) and s not in meta.not_author:
            work.drop(i, "author_line")
            return
        if i >= head_end:
            break
        name = _previous_nonblank(work, i)
        who = work.lines[name].text.strip() if name is not None and work.lines[name].live else ""
        if meta.writer_role.fullmatch(s) and _PERSON_NAME.fullmatch(who) and who not in meta.not_author:
            work.drop(name, "author_line")  # "정하늘", "AI센터 ML플랫폼팀", then the date
            work.drop(i, "author_profile")
            return
        m = meta.channel_byline.fullmatch(s)
        if m and m.group("author") not in meta.not_author:
            work.drop(i, "channel_byline")
            return
        if _NICKNAME.fullmatch(s) and s not in meta.not_author and s not in work.rules.bars.section_words:
            work.drop(i, "author_line")  # a blog's "도현" between the title and the date
            return
    _follow_byline(work)


def _follow_byline(work: Work) -> None:
    """The writer's name above a Follow button ("김태오", "·", "Follow"): a publishing platform's byline."""
    lines = [i for i, line in enumerate(work.lines)
             if line.text.strip() and not line.code and line.rule != "lone_separator"][:TITLE_WINDOW]
    for above, i in zip(lines, lines[1:]):
        name = _shown(work.lines[above].text.strip()).strip("*_ ")
        if _FOLLOW.fullmatch(_shown(work.lines[i].text.strip())) and _PERSON_NAME.fullmatch(name) \
                and name not in work.rules.meta.not_author:
            _credit(work, above, "author_line")
            return


# -- repeated lines

def _repeated_rule(work: Work, repeated: frozenset[str]) -> None:
    """Lines that recur across the corpus are site chrome, unless they read as body text."""
    if not repeated:
        return
    longest = max(map(len, repeated))
    for i in work.live():
        s = work.lines[i].text.strip()
        if len(s) > longest or _is_structure(s) or normalise_line(s) not in repeated:
            continue
        if not (is_sentence(s) or _WEAK_END.search(s[-16:])):  # "읽어주셔서 감사합니다 :)" stays
            work.drop(i, "repeated_line")


# -- title and summary duplicates

def _title_key(text: str) -> str:
    s = _HEADING_MARK.sub("", text.strip()).replace("**", "")
    s = normalise_line(s)
    if s.startswith("[") and s.endswith("]") and s.count("[") == 1:
        s = s[1:-1].strip()
    return s


def _lone_headline(work: Work, window: list[int], head_end: int) -> int | None:
    """The one line the page's head keeps once its chrome is gone, right above the article."""
    head = [i for i in range(head_end) if work.lines[i].text.strip()]
    live = [i for i in head if work.lines[i].live]
    while len(live) > 1 and _DECK_ITEM.match(work.lines[live[-1]].text):
        live.pop()  # the deck under the headline: "- 2030년까지 …"
    if len(live) != 1 or len(head) < MIN_HEAD_CHROME or live[0] not in window:
        return None
    return live[0] if _headline_shape(work.lines[live[0]].text.strip()) else None


def _h1_headline(work: Work, window: list[int], head_end: int) -> int | None:
    """A Markdown "# Title" above the article (a clipped page may keep its navigation above)."""
    return next((i for i in window if _ATX_H1.match(work.lines[i].text)), None)


def _doubled_headline(work: Work, window: list[int], head_end: int) -> int | None:
    """The first of two identical leading lines (sites print the title twice). A blog's name
    printed again after "Published in" is the publication's: the headline is the line under its
    first copy."""
    seen: set[str] = set()
    for i in window:
        key = _title_key(work.lines[i].text)
        label = _previous_nonblank(work, i)
        if label is not None and _PUBLICATION_LABEL.search(work.lines[label].text):
            first = next(j for j in window if _title_key(work.lines[j].text) == key)
            below = next((j for j in window if j > first), None)
            if first < i and below is not None and _headline_shape(work.lines[below].text.strip(), True):
                return below
            continue
        if len(key) >= MIN_HEADLINE and not is_sentence(key) and _LETTER.search(key):  # not "━━━━" rules
            if key in seen:
                return next(j for j in window if _title_key(work.lines[j].text) == key)
            seen.add(key)
    return None


#: the label before a post's publication: "Published in" then "직방 기술 블로그"
_PUBLICATION_LABEL = re.compile(r"(?:Published|Posted)\s+in\s*$")
#: words of a photo caption or credit in brackets ("[로이터 연합뉴스 자료사진. 재판매 및 DB 금지]")
_CAPTION_WORDS = re.compile(r"사진|제공|재판매|DB\s*금지|촬영|캡처|출처|그래픽|일러스트|이미지|[.]\s")


def _bracketed_headline(work: Work, window: list[int], head_end: int) -> int | None:
    """A board title in brackets: "[빅테크들 ‘빅 AI’ 전쟁]" (not a bracketed photo caption)."""
    bracket = work.rules.meta.bracket_title
    for i in window:
        s = work.lines[i].text.strip()
        if bracket.fullmatch(s) and " " in s and not _CAPTION_WORDS.search(s) and not _KICKER.match(s) \
                and not work.rules.line_any.match(s, False):  # one word is a marker ("[앵커멘트]")
            return i
    return None


def _headline_above_byline(work: Work, window: list[int], head_end: int) -> int | None:
    """The headline next to the article's byline or dateline (not a photo's credit)."""
    below = work.rules.meta.sources["below_headline"]
    captions = {i for i, _, removal in work.cuts if removal.rule == "photo_caption"}
    cut_lines = {i for i, _, removal in work.cuts if removal.rule in below} - captions
    # a headline ending in "-다" reads as the first body line: look a few lines past it
    # (blank lines not counted: "headline, deck, byline" may stand a blank line apart)
    start = max(head_end, window[-1])
    after = [i for i in range(start + 1, len(work.lines)) if work.lines[i].text.strip()][:LOOK_PAST_HEAD]
    end = (after[-1] if after else start) + 1
    marks = [i for i in range(min(end, len(work.lines))) if work.lines[i].rule in below or i in cut_lines]
    head = [i for i in marks if i < head_end]
    # Marks in the head are tried nearest the article first (the head may print other dates
    # above: the day's weather, a cafe's founding date), then those past it (a byline opening
    # the lead) in order. A line that shares few words with the article is a menu or a site's
    # name; when every line found does, the first still is the headline (an essay's title may
    # not repeat its words).
    first = None
    for mark in head[::-1] + marks[len(head):]:
        found = _glued_headline(work, mark, cut_lines) or _headline_above(work, mark, head_end)
        if found is not None and _relevance(work, found) >= MIN_RELEVANCE:
            return found
        if first is None:
            first = found
    below_date = _headline_below_date(work, marks, head_end)
    if first is None or below_date is not None and _relevance(work, below_date) >= MIN_RELEVANCE:
        return below_date
    return first


def _glued_headline(work: Work, mark: int, cut_lines: set[int]) -> int | None:
    """A headline the byline or board fields were glued to, cut off its end: "… 기법
    개발작성자홍보팀작성일2025.03.18" leaves "… 기법 개발"."""
    line = work.lines[mark]
    return mark if mark in cut_lines and line.live and _headline_shape(line.text.strip()) else None


def _headline_above(work: Work, mark: int, head_end: int) -> int | None:
    """The headline on the kept lines right above a byline or dateline at line ``mark``."""
    live = [i for i in work.live() if i < mark][-2:]
    if not live:
        return None
    previous, above_previous = live[-1], (live[0] if len(live) == 2 else None)
    s = work.lines[previous].text.strip()
    headline_like = previous == head_end and len(s) <= 100 and not _strong_sentence(s)
    if is_sentence(s) and not headline_like and len(s) <= 120 and above_previous is not None:
        if _headline_shape(work.lines[above_previous].text.strip()):
            return above_previous  # a headline above a one-sentence deck, then the byline
    if len(s) > 120 or is_sentence(s) and not headline_like:
        return None
    if _NICKNAME.fullmatch(s) and above_previous is not None \
            and _headline_shape(work.lines[above_previous].text.strip(), ends_like_text=True):
        return above_previous  # a board's title, then the writer's nickname, then the date
    found = _headline_of_pair(work, previous)
    menu = _SPACED_ITEMS.search(s) and not _headline_shape(s, ends_like_text=True)
    if found is None or found == previous and (len(s) < MIN_HEADLINE or menu):
        return None  # a section label ("게임", "뉴스데스크") or a menu bar, not a headline
    if " " not in work.lines[found].text.strip():
        return None  # a menu copied without spaces ("이슈테크미디어정치경제사회문화")
    return found  # the headline, maybe above a deck or the blogger's nickname


def _headline_below_date(work: Work, marks: list[int], head_end: int) -> int | None:
    """A blog prints the post's date above its title: "2024년 8월 17일 토요일", then the title,
    then the post."""
    if not marks:
        return None
    after = [i for i in work.live() if i > marks[-1] and _LETTER.search(work.lines[i].text)][:3]
    # rules between are skipped ("2025. 7. 3.", "━━━━", the title, "━━━━", the post), and the
    # title may be the head's end or stand under a rule there
    if len(after) < 2 or any(head_end <= i < after[0] and _LETTER.search(work.lines[i].text) for i in work.live()):
        return None
    first, nxt = after[:2]
    s = work.lines[first].text.strip()
    deck = work.lines[nxt].text.strip()  # a deck may stand between the title and the post
    body_next = is_sentence(deck) or len(after) == 3 and len(deck) <= 120 and not _strong_sentence(deck) \
        and is_sentence(work.lines[after[2]].text)
    return first if body_next and _headline_shape(s, ends_like_text=True) else None


def _headline_of_pair(work: Work, deck: int) -> int | None:
    """A headline printed with a subtitle (deck) under it, on the line right above: the first
    of the two is the headline. A short label (a section name) above is no headline, nor is a
    line that shares few words with the article (a menu)."""
    above = deck - 1
    while _DECK_ITEM.match(work.lines[deck].text) and above >= 0:
        # a deck of "- ..." lines under the headline, maybe after one blank line
        if _DECK_ITEM.match(work.lines[above].text) and work.lines[above].live:
            deck, above = above, above - 1
            continue
        break
    if above < 0 or not work.lines[above].text.strip():
        above = _previous_nonblank(work, deck)  # blank lines between the headline and its deck
        if above is None:
            return deck
    gap = above < deck - 1
    if not work.lines[above].live:
        return deck
    s = work.lines[above].text.strip()
    if not _headline_shape(s, ends_like_text=True):
        return deck
    top = _previous_nonblank(work, above)
    if top is not None and _previous_nonblank(work, top) is None and len(work.lines[top].text.strip()) <= MAX_SITE_NAME:
        return deck  # under the site's name on the page's first line: its tagline ("주말마다 … 기록")
    if _less_relevant(work, above, deck):
        if top is None and len(s) <= MAX_SITE_NAME:
            return None  # the site's name on the page's first line, its tagline under it
        return deck  # a menu above the headline
    if gap and _SPEECH_END.search(s):
        # across a blank line, a line that ends like speech ("...볼 수 있어요") is no headline;
        # one ending in a plain "-다" without a stop is ("…수요 원전 6기분 늘어난다")
        return deck
    block = [deck, above]
    while len(block) < MAX_DECK_LINES:  # a deck of two lines: the headline is the block's first line
        up = _previous_nonblank(work, block[-1])
        if up is None or not work.lines[up].live:
            break
        s = work.lines[up].text.strip()
        spaced = up < block[-1] - 1
        if not _headline_shape(s, ends_like_text=spaced) or _less_relevant(work, up, deck) \
                or len(s) < MIN_BLOCK_HEADLINE or spaced and _SPEECH_END.search(s):
            break  # a short label is a section's name ("산업 IT·과학")
        block.append(up)
    return block[-1]


#: a headline shares at least this share of its two-letter pieces with the article under it
MIN_RELEVANCE = 0.3
#: a line this much less relevant than its neighbour is not the headline of the two
RELEVANCE_GAP = 0.3
#: characters of the article a headline is compared with
RELEVANCE_SPAN = 3000
_GRAM_WORD = re.compile(r"[가-힣]{2,}|[A-Za-z0-9]{2,}")


def _grams(text: str) -> set[str]:
    """Two-syllable pieces of the Korean words and the Latin words and numbers of a text."""
    grams: set[str] = set()
    for word in _GRAM_WORD.findall(text):
        if word[0] >= "가":
            grams.update(word[k:k + 2] for k in range(len(word) - 1))
        else:
            grams.add(word.lower())
    return grams


def _relevance(work: Work, i: int) -> float:
    """The share of line ``i``'s two-letter pieces found in the article under it (the kept
    text from the head's end on)."""
    own = _grams(work.lines[i].text)
    if not own:
        return 0.0
    text = work.article_text(max(i + 1, _zones(work)[0]))
    return sum(gram in text for gram in own) / len(own)


def _less_relevant(work: Work, i: int, other: int) -> bool:
    """Whether line ``i`` shares clearly fewer words with the article than line ``other``."""
    score = _relevance(work, i)
    return score < MIN_RELEVANCE and _relevance(work, other) - score >= RELEVANCE_GAP


#: menu items copied without spaces meet where a small letter runs into a capital ("CompanyNewsroom");
#: a headline's brands have one such join each at most ("OpenAI", "ChatGPT")
_GLUED_ITEM = re.compile(r"[a-z][A-Z]")
MIN_GLUED_ITEMS = 4


def _headline_shape(s: str, ends_like_text: bool = False) -> bool:
    """A headline's shape. Headlines often end like a sentence without its full stop ("…식힌다");
    above a deck, ``ends_like_text`` accepts that."""
    if _KICKER.match(s):
        return False  # "기획 | 소버린 AI 시대", "GPU 클라우드 지각변동①": a series label above the headline
    if _ACCOUNT_LINKS.search(s) or len(_SPACED_ITEMS.findall(s)) >= 2 or len(_GLUED_ITEM.findall(s)) >= MIN_GLUED_ITEMS:
        return False  # a menu bar ("lumen. 루멘 블로그  전체 뉴스 인사이트  루멘 시작하기", "…SolutionsCompanyNewsroomCareers…")
    sentence = _strong_sentence(s) if ends_like_text else is_sentence(s)
    return MIN_HEADLINE <= len(s) <= 120 and " " in s and not sentence and not _is_structure(s)


def _board_title(work: Work) -> bool:
    """A board's "제목  ..." line: it is the headline, and what the board prints above it
    (board name, its description) is the page's head."""
    live = work.live()[:TITLE_WINDOW]
    pattern = work.rules.meta.board_title
    for n, i in enumerate(live):
        s = work.lines[i].text.strip()
        label = _previous_nonblank(work, i)
        labelled = label is not None and _TITLE_LABEL.fullmatch(work.lines[label].text.strip())
        # under its label, a headline may end like a sentence without the stop ("…지원 나선다")
        if len(s) <= 160 and (pattern.fullmatch(s) or labelled and not _strong_sentence(s)):
            for k, j in enumerate(live[:n]):
                t = work.lines[j].text.strip()
                if k == 0 and len(t) <= 30 and len(t.split()) <= 4 and not is_sentence(t) and n > 1:
                    work.drop(j, "masthead")  # the site's name on the page's first line
                elif len(t) <= 100:  # a field a rule knows keeps its name ("Name 반도체는어렵다")
                    work.drop(j, work.rules.line_edge.match(t, False) or "board_header")
            work.drop(i, "headline")
            return True
    return False


#: lines (not blank) past the head's end where a byline may still mark the headline above it
LOOK_PAST_HEAD = 3
#: a head with this many lines of chrome is a page's head (one kept line in it is the headline)
MIN_HEAD_CHROME = 5
#: a series or column label: a short word before a bar ("기획 | …", "연재 | …"), a series name
#: and its part ("[특집] AI 전력 위기, 반도체가 답할 수 있을까 ②"), a magazine's issue ("과학동아 2025년 03월호"), a
#: section and a series part ("폴인 스토리 AI·테크 | AI 전환 실전 노트 ③")
_KICKER = re.compile(r"^\S{1,6}\s*\|\s|^\[?.{1,20}[①-⑳]\]?$|^[^|\n]{1,30}\|[^|\n]{1,30}[①-⑳]$|^\[[^\]]{1,8}\].{1,40}[①-⑳]$|^.{1,20}\d{2,4}년\s*\d{1,2}월\s*호$")
#: a site's account links, side by side in a menu bar: "책 목록 커뮤니티 블로그 로그인 회원가입"
_ACCOUNT_LINKS = re.compile(r"(?:로그인|로그아웃|Log\s?[Ii]n|Sign\s?[Ii]n)\s*[|·/]?\s*(?:회원\s?가입|마이\s?페이지|내\s?정보|Sign\s?[Uu]p|Register)")
#: a board's title label printed on a line of its own, the title on the next line
_TITLE_LABEL = re.compile(r"(?:제목|글\s*제목|게시물\s*제목|Title|TITLE|Subject)\s*[:：]?")

#: a document's title as a scrape's first line prints it: "<headline> | <site>", "<headline> - <site>"
_PAGE_TITLE = re.compile(r"(?P<title>.{8,}?)\s+(?:[|–—-]|::)\s+(?P<site>[^|–—\n]{2,20})")


def _page_title(work: Work, window: list[int], head_end: int) -> int | None:
    """The document's title on the page's first line ("국내 AI 데이터센터, … | 칩레터"), when
    the page prints the site's name again: a scrape that starts with the title bar."""
    first = next((i for i, line in enumerate(work.lines) if line.text.strip()), None)
    s = work.lines[first].text.strip() if first in window else ""
    m = _PAGE_TITLE.fullmatch(s) if s and not _CAPTION_WORDS.search(s) else None  # not "… 전경. 사진 | 크래프톤"
    if m is None or not _headline_shape(m.group("title").strip()):
        return None
    site = m.group("site").strip()
    if sum(line.text.count(site) for line in work.lines) < 2:
        return None
    # the headline the page prints under its title bar, which may show more ("2024. 8. 2. 오후 3:41 <headline> - 환경일보")
    title = normalise_line(m.group("title"))
    copy = next((i for i in window if i > first and len(key := _title_key(work.lines[i].text)) >= MIN_HEADLINE
                 and title.endswith(key)), None)
    return first if copy is None else copy


#: how a headline shows in a scraped text, most certain first
_HEADLINE_FINDERS = (_h1_headline, _doubled_headline, _bracketed_headline, _page_title, _headline_above_byline,
                     _lone_headline)


def _find_headline(work: Work, window: list[int], head_end: int) -> int | None:
    """The line that is the article's headline, when the text prints one."""
    if not window:
        return None
    return next((i for find in _HEADLINE_FINDERS if (i := find(work, window, head_end)) is not None), None)


def _near_title(text: str, title: str) -> bool:
    words, title_words = text.split(), title.split()
    if len(words) < 2 or len(words) > len(title_words):
        return False
    pool = Counter(title_words)
    return all(pool[w] > 0 for w in words) and len(words) >= 0.6 * len(title_words)


def _duplicate_title(work: Work, title: str | None) -> None:
    """The page template prints the title: drop the headline and lines that repeat it."""
    head_end, _ = _zones(work)
    live = work.live()
    window = [i for i in live[:TITLE_WINDOW] if i < head_end or i in live[:1]]
    if not title:
        if _board_title(work):
            return
        window = [i for i in live[:TITLE_WINDOW] if i < head_end]
        if not window and head_end < len(work.lines) and work.lines[head_end].live:
            window = [head_end]  # the chrome above is gone; the headline may read as a sentence
        found = _repeated_heading(work, head_end)
        if found is None:
            found = _find_headline(work, window, head_end)
        if found is None:
            return
        title = _title_key(work.lines[found].text)
        work.drop(found, "headline")
    key = _title_key(title)
    for i in window:
        line = work.lines[i]
        if not line.live:
            continue
        text_key = _title_key(line.text)
        if text_key == key:
            work.drop(i, "duplicate_title")
        elif i < head_end and not is_sentence(line.text) and _near_title(text_key, key):
            work.drop(i, "duplicate_title")


def _repeated_heading(work: Work, head_end: int) -> int | None:
    """The headline right above the lead that the page's head printed already, in a list of its
    pages (a book's contents, a blog's menu): "2-3. 메모리 장벽과 HBM"."""
    above = _previous_nonblank(work, head_end) if head_end < len(work.lines) else None
    if above is None or not work.lines[above].live or not _headline_shape(work.lines[above].text.strip()):
        return None
    key = _title_key(work.lines[above].text)
    before = _previous_nonblank(work, above)  # printed twice in a row, the first is the headline
    return above if any(_title_key(work.lines[i].text) == key for i in work.live() if i < above and i != before) else None


#: the header of a related-articles box inside the article: "관련기사", "[관련 뉴스]",
#: "[AI와 일자리] 연재 목록"
_RELATED_BOX = re.compile(r"(?:\[[^\]\n]{1,20}\]\s*)?[\[<【]?\s*(?:관련\s*(?:기사|뉴스)|연재\s*(?:목록|기사)|시리즈\s*목록)\s*[\]>】]?")
_CIRCLED = re.compile(r"^[①-⑳]")
#: removals that head a list of headlines
_LIST_HEADERS = frozenset({"related_header", "reporter_widget"})
#: a related box lists at most this many headlines, each at most this long
MAX_BOX_ITEMS = 8
MAX_BOX_GAP = 3  # blank lines between two lines of a double-spaced box
MAX_BOX_ITEM = 100


def _list_header(s: str, edge_rules) -> bool:
    return bool(_RELATED_BOX.fullmatch(s)) or len(s) <= 40 and edge_rules.match(s, False) in _LIST_HEADERS


def _related_box(work: Work) -> None:
    """A related-articles box: its header ("관련기사", "홍길동 기자의 다른 기사"), then headlines
    up to the next blank line. Headlines end without a full stop; body sentences end with one."""
    edge_rules = work.rules.line_edge
    for i, header in enumerate(work.lines):
        if header.code or not (header.rule in _LIST_HEADERS or header.live and _list_header(header.text.strip(), edge_rules)):
            continue
        items = _box_items(work, i)
        if items:
            work.drop(i, "related_header")
            for j in items:
                work.drop(j, "related_list")


def _box_items(work: Work, header: int) -> list[int]:
    """The kept lines of the box under ``header``, up to the next blank line. A box whose
    headlines alternate with their dates may stand a blank line apart: "제목", "2024-06-03", …
    (and a headline may then end with a question mark)."""
    lines, stamp = work.lines, work.rules.tail.timestamp
    items: list[int] = []
    before_gap, stamps, seen = None, 0, header
    for j in range(header + 1, min(len(lines), header + 1 + 3 * MAX_BOX_ITEMS)):
        s = lines[j].text.strip()
        if not s:
            before_gap = len(items) if before_gap is None else before_gap
            if j - seen > MAX_BOX_GAP:
                break
            continue
        seen = j
        if stamp.fullmatch(s):
            stamps += 1
        if lines[j].rule is not None:
            continue  # an item a rule removed already
        if lines[j].code or len(s) > MAX_BOX_ITEM or len(items) >= MAX_BOX_ITEMS:
            break
        if _strong_sentence(s) and not _CIRCLED.match(s) and not (before_gap is not None and _stamp_after(work, j)):
            break
        items.append(j)
    return items if before_gap is None or stamps >= 2 else items[:before_gap]


def _stamp_after(work: Work, i: int) -> bool:
    j = _next_nonblank(work, i)
    return j is not None and work.rules.tail.timestamp.fullmatch(work.lines[j].text.strip()) is not None


#: a portal's auto-summary holds at most this many sentences
MAX_SUMMARY_LINES = 5


def _summary_after_notice(work: Work) -> None:
    """The sentences right under a portal's summary notice ("자동요약 … 결과입니다") are the
    summary, not the article, even when they do not repeat its sentences word for word."""
    for i, line in enumerate(work.lines):
        if line.rule != "summary_widget":
            continue
        j = _next_nonblank(work, i)
        if j is None or not work.lines[j].live:
            continue
        block = []
        while j < len(work.lines) and work.lines[j].live and len(block) < MAX_SUMMARY_LINES:
            s = work.lines[j].text.strip()
            if not s or not _strong_sentence(s) or len(s) > MAX_BOX_ITEM * 2:
                break
            block.append(j)
            j += 1
        if block and (j >= len(work.lines) or not work.lines[j].live or not work.lines[j].text.strip()):
            for k in block:
                work.drop(k, "summary_duplicate")  # the block ends at a blank or removed line


def _duplicate_summary(work: Work) -> None:
    """A portal's auto-summary: lead sentences printed above the article, then again in it."""
    head_end, _ = _zones(work)
    live = work.live()
    window = [i for i in live if i >= head_end][:SUMMARY_WINDOW]
    if not window:
        return
    notice = any(line.rule == "summary_widget" for line in work.lines[: window[-1]])
    group: list[int] = []
    for i in window:
        key = _BULLET.sub("", work.lines[i].text).strip()
        if len(key) >= 20 and is_sentence(key) and any(key in work.lines[j].text for j in live if j > i):
            group.append(i)
        elif group:
            break
    if group and (notice or len(group) >= 2):
        for i in group:
            work.drop(i, "summary_duplicate")


def _duplicate_lines(work: Work) -> None:
    """A sentence printed twice in a row (a photo caption that repeats the lead): keep the second."""
    live = work.live()
    for i, j in zip(live, live[1:]):
        a, b = work.lines[i].text.strip(), work.lines[j].text.strip()
        if len(a) < 20 or a[:8] != b[:8]:
            continue
        if normalise_line(a) == normalise_line(b) and is_sentence(a) and not _is_structure(a):
            work.drop(i, "duplicate_line")


# -- output

def _own_paragraph(previous: str, current: str) -> bool:
    """Plain-text scrapes put one paragraph on each line; Markdown would run such lines together
    into one paragraph. A line after a finished sentence starts a paragraph of its own."""
    plain = not any(p.match(t) for t in (previous, current) for p in (_STRUCTURE, _LIST_ITEM, _BULLET))
    return plain and bool(previous.strip()) and _strong_sentence(previous)


def _neighbour_titles(work: Work) -> None:
    """A previous/next label alone on its line ("« Prev", "다음 글"): the line after it is the
    neighbouring post's title, and goes with it."""
    lines = work.lines
    for i, line in enumerate(lines):
        if line.rule != "prev_next" or not _BARE_PREV_NEXT.fullmatch(_shown(line.text.strip())):
            continue
        j = _next_nonblank(work, i)
        if j is not None and lines[j].rule is None and not lines[j].code and len(lines[j].text.strip()) <= MAX_NEIGHBOUR_TITLE:
            work.drop(j, "prev_next")


def _clipper_excerpt(work: Work) -> None:
    """A web clipper's preamble ("> ## Excerpt", the page's description quoted under it, "---")
    stands above the page it was clipped from: the description is the site's summary, not the
    article, and the page's own head (menus, the headline again) starts under the rule."""
    header = work.first("clipper_excerpt")
    if header is None:
        return
    i = header + 1
    while i < len(work.lines) and (work.lines[i].text.startswith(">") or not work.lines[i].text.strip()):
        if work.lines[i].text.strip():
            work.drop(i, "clipper_excerpt")
        i += 1
    if i < len(work.lines) and _BREAK.fullmatch(work.lines[i].text.strip()):
        work.drop(i, "clipper_excerpt")


def _dangling_breaks(work: Work) -> None:
    """A thematic break ("---") left as the body's first or last line separated it from chrome
    that is gone now."""
    while live := [i for i in dict.fromkeys(work.live()[:1] + work.live()[-1:])
                   if _BREAK.fullmatch(work.lines[i].text.strip())]:
        for i in live:  # two in a row: the second is the edge once the first is gone
            work.drop(i, "separator")


def _collapse(lines: list[Line]) -> str:
    out: list[str] = []
    previous_code = False
    for line in lines:
        if line.rule is not None:
            continue
        if line.code:
            out.append(line.text)
        elif line.text.strip():
            if out and not previous_code and _own_paragraph(out[-1], line.text):
                out.append("")
            out.append(line.text)
        elif out and out[-1] != "":
            out.append("")
        previous_code = line.code
    while out and out[-1] == "":
        out.pop()
    while out and out[0] == "":
        out.pop(0)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- learned chrome

def line_features(work: Work, wanted=None) -> dict[int, list[str]]:
    """The classifier's features of the non-blank lines outside code (removed or not), or of the
    kept ones for which ``wanted(line, shown, ending, zone, before, after)`` holds. A line's
    neighbours are the kept lines around it: what the rules removed is not there to see, so a
    cleaned text gets the same features again."""
    head_end, tail_start = _zones(work)
    rows = [i for i, line in enumerate(work.lines) if not line.code and line.text.strip()]
    kept = [i for i in rows if work.lines[i].rule is None]
    endings: dict[int, tuple[str, str]] = {}

    def shown_ending(i: int) -> tuple[str, str]:
        if i not in endings:
            shown = _shown(work.lines[i].text.strip())
            ending = "strong" if _strong_sentence(shown) else "weak" if is_sentence(shown) else "none"
            endings[i] = (shown, ending)
        return endings[i]

    def kind(n: int) -> str:
        if not 0 <= n < len(kept):
            return "edge"
        return "short" if shown_ending(kept[n])[1] == "none" else "sentence"

    out: dict[int, list[str]] = {}
    for i in rows:
        line = work.lines[i]
        if wanted is not None and line.rule is not None:
            continue
        shown, ending = shown_ending(i)
        zone = "head" if i < head_end else "tail" if i >= tail_start else "body"
        n = bisect_left(kept, i)  # kept[n] is the line itself when it is kept
        before, after = kind(n - 1), kind(n + 1 if line.rule is None else n)
        if wanted is None or wanted(line, shown, ending, zone, before, after):
            out[i] = classifier.features(shown, line.text.strip(), ending, zone, before, after)
    return out


#: the author's thanks closing a post: the classifier never judges it
_THANKS = re.compile(r"(?:감사|고맙)(?:합니다|드립니다|드려요|해요|습니다)")


def learnable(line: Line, shown: str, ending: str, zone: str, before: str, after: str) -> bool:
    """May the classifier judge this kept line? Never a sentence, a quote, table or image, a list
    item or heading inside the body, a heading right above a paragraph, a lone short line between
    two paragraphs (a subheading as likely as chrome), nor a line shaped like a headline (a deck,
    a subheading) except a link after the article (the tail's lists): where the words alone
    cannot tell chrome from body, the line is kept."""
    raw = line.text.strip()
    if ending != "none" or _NEVER_CHROME.match(raw) or _THANKS.search(shown):
        return False  # a sentence, a quote, or the author's thanks ("읽어주셔서 감사합니다")
    if zone == "body" and (raw.startswith("#") or _LIST_ITEM.match(raw) or before == after == "sentence"):
        return False
    if raw.startswith("#") and after == "sentence":
        return False  # a heading over a paragraph heads the article or a section of it
    if zone == "tail" and "](" in raw:
        return True
    return not (_headline_shape(shown) and len(shown.split()) > MAX_UI_WORDS)


def _learned_chrome(work: Work) -> None:
    """Lines every rule kept but the classifier is sure are chrome (see classifier.py); their
    neighbours are judged again, as a cleaned text would see them, the edge rules look at the
    page's new edges, and a break they left at the body's edge goes too."""
    learned = False
    for _ in range(MAX_LEARNED_ROUNDS):
        sure = [i for i, feats in line_features(work, learnable).items()
                if classifier.chrome_probability(feats) >= LEARNED_THRESHOLD]
        for i in sure:
            work.drop(i, "learned_chrome")
        if not sure:
            break
        learned = True
    if learned:
        _zone_rules(work)  # the page's edges moved: links and labels there are chrome now
    _tag_chips(work)  # now that the chrome after them is gone
    _dangling_breaks(work)


# --------------------------------------------------------------------------- public API

def clean(source: Source, repeated: frozenset[str] = frozenset()) -> Cleaned:
    """Strip chrome, bylines and boilerplate; keep every body sentence in order."""
    work = rule_work(source, repeated)
    _learned_chrome(work)
    return Cleaned(body=_collapse(work.lines), removed=work.removals())


def rule_work(source: Source, repeated: frozenset[str] = frozenset()) -> Work:
    """The article after every rule: each line knows the rule that removed it (or None)."""
    title = source.front_matter.get("title") if isinstance(source.front_matter, dict) else None
    work = Work(_protect_code(normalise(source.text)), load_rules())
    _line_rules(work)
    _phrase_rules(work)
    _page_structure(work, str(title) if title else None, repeated)
    for _ in range(MAX_SETTLE_ROUNDS):
        before = len(work.cuts)
        _settle(work)
        _dangling_breaks(work)
        if len(work.cuts) == before:
            break
    return work


def _settle(work: Work) -> None:
    """The blocks found from what stands around them: boards, comments, author boxes, mastheads,
    the head and tail zones. The page's structure starts with them, and rule_work looks for them
    again: a footer removed late shows an author box above it to be the page's end, a comment
    removed late the board's rows.
    (The headline and the lists after the article are found once: a second look would take the
    deck for the headline and the last paragraphs for a list.)"""
    _board_table(work)
    _comment_section(work)
    _head_avatar(work)
    _author_profile(work)
    _author_card(work)
    _masthead(work)  # before the menu rules take the site's name for a menu item
    _zone_rules(work)
    _board_values(work)


#: the rules that remove a site's name at the top of a page
_NAME_RULES = frozenset({"masthead", "site_name", "head_chrome", "learned_chrome", "menu_list"})
#: a site's tagline stands among the page's first lines of text, under its name, and is short
TAGLINE_LINES = 5
MAX_TAGLINE = 60
#: lines of chrome right under it: a page's menus
MIN_CHROME_BELOW = 3


def _tagline(work: Work) -> bool:
    """A site's or blog's tagline under its name at the top of the page ("집에서 돌리는 AI, 직접
    사서 써보고 씁니다", "노동자의 눈으로 세상을 읽는 신문"): a short line with only chrome above it
    and a run of chrome below is the head's, though it may read as a sentence."""
    texts = [i for i, line in enumerate(work.lines) if line.text.strip()]
    kept = [n for n, i in enumerate(texts[:TAGLINE_LINES]) if work.lines[i].live]
    name = None  # the site's name on the page's first line, not yet removed
    if kept and kept[0] == 0 and _masthead_shape(work.lines[texts[0]].text.strip()):
        name, kept = texts[0], kept[1:]
    if not kept or kept[0] == 0:
        return False
    n = kept[0]  # the first kept line decides
    i, below = texts[n], texts[n + 1:n + 1 + MIN_CHROME_BELOW]
    if len(work.lines[i].text.strip()) > MAX_TAGLINE or len(below) < MIN_CHROME_BELOW \
            or any(work.lines[j].live for j in below) or _is_structure(work.lines[i].text):
        return False
    # under the site's name, over menus: not a headline under a breadcrumb, over its byline and date
    marks = work.rules.meta.sources["below_headline"]
    if any(work.lines[j].rule in marks for j in below) or n > 1 and work.lines[texts[n - 1]].rule not in _NAME_RULES:
        return False
    if name is not None:
        work.drop(name, "masthead")
    work.drop(i, "tagline")
    return True


def _masthead_shape(s: str) -> bool:
    """A site's name: short, a few words, not a sentence."""
    return len(s) <= 30 and len(s.split()) <= 4 and bool(_LETTER.search(s)) and not is_sentence(s) and not _is_structure(s)


def _page_structure(work: Work, title: str | None, repeated: frozenset[str]) -> None:
    """The blocks of the page around the article: boards, comments, author boxes, mastheads,
    the head and tail zones, the headline, summaries and related lists."""
    _settle(work)
    if _tagline(work):
        _zone_rules(work)  # the head zone reaches further down
    _clipper_excerpt(work)  # the head zone starts under it
    _tail_chrome(work)
    _zone_rules(work)  # the tail zone may have grown
    _masthead(work)
    _channel_byline(work)
    _repeated_rule(work, repeated)
    head_end, _ = _zones(work)
    _duplicate_title(work, title)
    if _zones(work)[0] > head_end:
        _zone_rules(work, start=head_end)  # the head ends later: its last lines were the headline's
    _portal_press(work)
    _lead_press_tag(work)
    _above_headline(work)
    _summary_after_notice(work)
    _duplicate_summary(work)
    _related_box(work)
    _duplicate_lines(work)
    _neighbour_titles(work)
    _dangling_breaks(work)


def repeated_lines(texts: list[str], min_files: int = 3) -> frozenset[str]:
    """Normalised short lines that occur in at least ``min_files`` of the texts (site chrome)."""
    counts: Counter[str] = Counter()
    for text in texts:
        keys = set()
        for line in _protect_code(normalise(text)):
            key = normalise_line(line.text)
            if not line.code and 0 < len(key) <= 100 and _LETTER.search(key) and not _is_structure(key):
                keys.add(key)
        counts.update(keys)
    return frozenset(key for key, n in counts.items() if n >= min_files)
