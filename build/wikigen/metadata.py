"""Metadata stage: title, date, publisher, author, source URL and tags of one article.

Sources, best first: the front matter, then what the cleaner removed (bylines,
datelines, copyright lines, board headers, the headline: the information goes
into metadata before the text goes), then the source URL. A value the text does
not contain is None, never a guess; a title made from the lead sentence is
marked ``title_derived``.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from .clean import is_sentence, normalise, normalise_line, unescape, visible
from .model import Cleaned, Metadata, Removal, Source
from .rules import MetaRules, load_rules
from .spelling import korean_spelling, spells

DERIVED_TITLE_LEN = 60
#: head lines searched for a blog's own date line ("2024년 11월 9일")
OWN_DATE_WINDOW = 12
#: date kinds, best first: publication beats a board timestamp, an update and a crawl time
DATE_RANK = {"publication": 0, "board": 1, "own": 2, "url": 3, "update": 4, "crawl": 5}

_URL = re.compile(r"^https?://\S+$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?。])\s+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"\*\*|__|`")
_NOT_LEAD = re.compile(r"^\s*(?:#|\||!\[|>|```|~~~|[-*_=]{3,}\s*$)")
_QUOTES = "\"'“”‘’「」『』"
_DATE_TEXT = re.compile(r"((?:19|20)\d{2})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})")
#: no one's name: a notice's words, a label, or no letter at all ("2025.05.20" before "| 조회 2,147")
_BAD_NAME = re.compile(r"무단|재배포|금지|저작권|rights|기자$|^(?:기자명|작성자|글쓴이|글|사진|취재|정리|편집|관리자|운영자|admin|[Bb]y)$|^[\d\W_]+$")


def _iso(year: str, month: str, day: str) -> str | None:
    y = int(year)
    if y < 100:
        y += 2000
    try:
        return dt.date(y, int(month), int(day)).isoformat()
    except ValueError:
        return None


def _from(removed: list[Removal], rules: frozenset[str]) -> list[str]:
    return [_fields(r.text) for r in removed if r.rule in rules]


def _fields(text: str) -> str:
    """A removed table row of label-value cells read as fields: "| 작성자 | 천지현 | 작성일 |
    2024-06-12 |" -> "작성자: 천지현  작성일: 2024-06-12"; any other text as it is."""
    if not text.startswith("|"):
        return text
    cells = [cell.strip() for cell in text.strip("| ").split("|")]
    if len(cells) < 2 or len(cells) % 2:
        return text  # "| 입력 : 2025-03-13 19:42": a stamp after a bar, no table of fields
    return "  ".join(f"{cells[k]}: {cells[k + 1]}" for k in range(0, len(cells) - 1, 2))


def _clean_url(url: str) -> str:
    return url.rstrip(").,;>]\"'")


# --------------------------------------------------------------------------- source URL

def _source_url(fm: dict, removed: list[Removal], text: str, meta: MetaRules) -> str | None:
    for key in ("source_url", "url", "source", "link", "original_url", "canonical_url"):
        value = fm.get(key)
        if isinstance(value, str) and _URL.match(value.strip()):
            return value.strip()
    for line in _from(removed, meta.sources["source_link"]):
        m = meta.source_label.search(line) or meta.leading_url.match(line)
        if m:
            return _clean_url(m.group("url"))
    return None


# --------------------------------------------------------------------------- title

#: a Markdown heading's mark
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def _headline_text(text: str, meta: MetaRules) -> str:
    s = unescape(_HEADING.sub("", text.strip()).replace("**", ""))
    m = meta.bracket_title.fullmatch(s) or meta.board_title.fullmatch(s)
    if m:
        s = m.group("title")
    return normalise_line(_LINK_DOMAIN.sub("", s))


def _lead_title(body: str) -> str | None:
    """A title made from the lead sentence, cut to about DERIVED_TITLE_LEN characters at a word."""
    lines = _text_lines(body)
    lead = next((line for line in lines if is_sentence(line)), lines[0] if lines else None)
    if lead is None:
        return None
    sentence = _balance_quotes(_SENTENCE_SPLIT.split(lead, maxsplit=1)[0].strip())
    if len(sentence) > DERIVED_TITLE_LEN:
        cut = sentence[:DERIVED_TITLE_LEN]
        space = cut.rfind(" ")
        sentence = (cut[:space] if space > DERIVED_TITLE_LEN // 2 else cut).rstrip(" ,·")
    return sentence or None


def _text_lines(body: str) -> list[str]:
    """Lines of running text: no code, headings, tables, images or quotes; Markdown marks removed."""
    lines, in_code = [], False
    for line in body.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code or not line.strip() or _NOT_LEAD.match(line):
            continue
        text = _MD_MARK.sub("", _MD_LINK.sub(r"\1", line)).strip()
        text = re.sub(r"^(?:[-*+]|\d+[.)])\s+", "", text)
        if re.search(r"[^\W\d_]", text):
            lines.append(text)
    return lines


def _balance_quotes(text: str) -> str:
    """Drop an opening quote whose closing partner was cut off with the rest of the lead."""
    pairs = {'"': '"', "“": "”", "'": "'", "‘": "’", "「": "」", "『": "』"}
    if text and text[0] in pairs and pairs[text[0]] not in text[1:]:
        text = text[1:].lstrip()
    if text and text[-1] in _QUOTES and text.count(text[-1]) == 1 and text[-1] not in pairs:
        text = text[:-1].rstrip()
    return text


def _page_kind_only(title: str, meta: MetaRules) -> bool:
    """"보도자료 상세 | 해양수산부", "KDB산업은행 | 보도자료": a page title that names the kind of
    page and a site, no headline."""
    parts = [p.strip() for p in _TITLE_PARTS.split(title) if p.strip()]
    rest = [p for p in parts if p not in meta.title_page_types]
    return len(rest) < len(parts) and len(rest) <= 1 and len("".join(rest)) <= 15


def _title(fm: dict, removed: list[Removal], body: str, meta: MetaRules) -> tuple[str | None, bool]:
    value = fm.get("title")
    if isinstance(value, str) and value.strip() and not _page_kind_only(value, meta):
        return normalise_line(value), False
    for line in _from(removed, meta.sources["headline"]):
        title = _headline_text(line, meta)
        if title:
            return title, False
    lead = _lead_title(body)
    return (lead, True) if lead else (None, False)


# --------------------------------------------------------------------------- date

def _fm_date(fm: dict, keys: tuple[str, ...] = ("date", "published", "pubdate")) -> str | None:
    for key in keys:
        value = fm.get(key)
        if isinstance(value, dt.datetime):
            return value.date().isoformat()
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, str):
            m = _DATE_TEXT.search(value)
            if m:
                return _iso(*m.groups())
    return None


_MONTHS = {name: i for i, name in enumerate(
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)}


def _dated(pattern: re.Pattern[str], text: str) -> str | None:
    """ISO date of the first match; the month is a number (group m) or an English name (group mon)."""
    m = pattern.search(text)
    if not m:
        return None
    groups = m.groupdict()
    month = groups.get("m") or str(_MONTHS.get((groups.get("mon") or "")[:3], 0))
    return _iso(m.group("y"), month, m.group("d"))


def _text_dates(removed: list[Removal], text: str, url: str | None, meta: MetaRules) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    ended = False  # past the copyright notice, a post's information line is another post's
    for removal in removed:
        ended = ended or removal.rule == "copyright"
        if removal.rule not in meta.sources["dateline"] or ended and removal.rule == "post_info":
            continue
        # a clipper's "2025\\.04.15" and bold label "**승인** 2024.07.09" read as dates
        fields = _fields(_MD_MARK.sub("", unescape(removal.text)))
        for rule in meta.date:
            if rule.only and removal.rule not in rule.only:
                continue
            iso = _dated(rule.pattern, fields)
            if iso:
                found.append((DATE_RANK[rule.kind], iso))
    head = [line for line in normalise(text).split("\n") if line.strip()][:OWN_DATE_WINDOW]
    for line in head:
        m = meta.own_date_line.fullmatch(line.strip())
        if m:
            iso = _iso(m.group("y"), m.group("m"), m.group("d"))
            if iso:
                found.append((DATE_RANK["own"], iso))
    if url:
        for pattern in meta.url_date:
            iso = _dated(pattern, urlsplit(url).path)
            if iso:
                found.append((DATE_RANK["url"], iso))
                break
    return found


def _date(fm: dict, removed: list[Removal], text: str, url: str | None, meta: MetaRules) -> str | None:
    iso = _fm_date(fm)
    if iso:
        return iso
    found = _text_dates(removed, text, url, meta)
    if found:
        return min(found, key=lambda item: item[0])[1]
    return _fm_date(fm, ("created",))  # a web clipper's "created" is the day of the clip


# --------------------------------------------------------------------------- publisher and author

#: a name printed twice in a row
_DOUBLED = re.compile(r"^(.{2,30}?)\s*\1$")
#: a link's access key shown after its text: "(Alt + H)"
_ACCESS_KEY = re.compile(r"\s*\(\s*Alt\s*\+\s*\w\s*\)")


def _name(value: str | None) -> str | None:
    if not value:
        return None
    # a separator the byline put between the name and the reporter: "[스포츠서울 | 송태민 기자]"
    value = normalise_line(unescape(visible(value))).strip(" =:[]()【】<>*_\\#|/·")
    value = _ACCESS_KEY.sub("", value).strip()  # "삽질 아카이브 (Alt + H)"
    return value if value and not _BAD_NAME.search(value) and "://" not in value else None


def _bylines(removed: list[Removal], meta: MetaRules) -> list[tuple[str | None, str | None]]:
    """(publisher, author) pairs named by the removed bylines, in document order."""
    pairs = []
    for line in _from(removed, meta.sources["byline"]):
        # a clipper's escaped brackets and bold marks: "\[매체=홍길동 기자\]", "**홍길동 기자** hong@…"
        line = _MD_MARK.sub("", unescape(line))
        for rule in meta.byline:
            m = rule.pattern.search(line)
            author = m.groupdict().get("author") if m else None
            if author in meta.not_author or author and author.lower() in meta.generic_names:
                continue  # "이서연 객원기자" read as "이서연 객원 / 기자", "뉴스센터 에디터": the next rule reads it
            if m:
                groups = m.groupdict()
                publisher = _name(groups.get("publisher"))
                if publisher == groups.get("author"):
                    publisher = None  # "문혜린 문혜린 기자": the name under the reporter's photo, then the byline
                if publisher in meta.places:
                    publisher = None  # "세종 한지현 기자": the place the reporter files from
                pairs.append((publisher, _name(groups.get("author"))))
                break
    return pairs


def _site(url: str | None, meta: MetaRules) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if not host or host in meta.portals:
        return None
    for domain, name in meta.sites.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host.removeprefix("www.")


def _board_publisher(removed: list[Removal], meta: MetaRules) -> str | None:
    for line in _from(removed, frozenset({"board_dateline"})):
        m = meta.board_site.match(line)
        if m and not re.search(r"[·|]|\d", m.group("site")):
            return _name(m.group("site"))
    return None


def _site_line(removed: list[Removal]) -> str | None:
    """A page edge that printed only the site's name ("brunch", "정책브리핑")."""
    return next((r.text for r in removed if r.rule == "site_name"), None)


_HANGUL = re.compile(r"[가-힣]")
#: a name: letters first, then letters, digits, spaces and a name's marks ("minjae.log", "칩앤줄 Chip & Joule")
_OWN_NAME = re.compile(r"[^\W\d_][\w .·&'’-]*[\w.]")
#: how a page title separates the headline, sections and the site's name
_TITLE_SEPARATOR = r"\s+(?:[-|–—·:<]|::)\s+"
#: "<headline> - <site>", "<headline> | <site>", "<headline> :: <site>", "<headline> < <section> < <site>"
_TITLE_SITE = re.compile(rf"(?P<title>.{{8,}}?){_TITLE_SEPARATOR}(?P<site>[^-|–—·:<]{{2,20}})$")
_TITLE_PARTS = re.compile(_TITLE_SEPARATOR)
#: a title's breadcrumb of sections: "헤드라인 < 경제 < 뉴스 < 기사본문"
_TITLE_CRUMBS = re.compile(r"(?P<title>.{8,}?)(?:\s+<\s+[^<]{1,20}){1,5}$")
#: the linked site a community post names after its title: "… 릴리즈 (github.com/vllm-project)"
_LINK_DOMAIN = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}(?:/[^\s()]*)?\)$")
_IMAGE_ALT = re.compile(r"!\[([^\[\]\n]{1,40})\]")
#: a logo image and its alt text (the URL names it a logo)
_LOGO = re.compile(r"!\[([^\[\]\n]{2,40})\]\([^()\s]*logo[^()\s]*\)", re.IGNORECASE)
#: the number a reader service gives a page's images: "![Image 1: 전라남도](…)"
_READER_IMAGE = re.compile(r"^Image\s*\d+\s*:\s*")
_LOGO_WORD = re.compile(r"\s*(?:로고|logo|Logo|LOGO|기술\s*블로그|테크\s*블로그|[Tt]ech\s*[Bb]log)(?:\s*이미지)?\s*$")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,7}")
#: a Korean name followed by its English one: "해양수산부 Ministry of Oceans and Fisheries"
_KOREAN_THEN_LATIN = re.compile(r"([가-힣][가-힣0-9]{1,19})\s+[A-Za-z][A-Za-z.&'\s-]{3,60}")
#: a Korean name the page marks as the owner ("ⓒ울산광역시 | 공공누리") or whose newsroom it is
#: ("기아 뉴스룸에서 내려받을 수 있습니다")
_MARKED_NAME = re.compile(r"[ⓒ©]\s*([가-힣][가-힣A-Za-z0-9]{1,15})(?![가-힣A-Za-z0-9])|(?<![가-힣A-Za-z0-9])([가-힣][가-힣A-Za-z0-9]{0,10})\s?뉴스룸")
#: an English short name before a Korean one: "DBR", "K-water"
_LATIN_SHORT = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]{1,9}")
_YEAR_AFTER = re.compile(r"[\s,.]+(?:19|20)\d{2}\.?$")
#: a legal form before or after an organisation's name: "사단법인 한국인공지능협회", "SK텔레콤(주)"
_CORP = re.compile(r"^\((?:주|사|재|유)\)\s*|^㈜\s*|^(?:주식회사|유한회사|사단법인|재단법인)\s*|\s*\((?:주|사|재|유)\)$|\s*(?:주식회사|유한회사)$")


def _copyright_names(removed: list[Removal], meta: MetaRules) -> list[str]:
    names = []
    for line in _from(removed, frozenset({"copyright"})):
        rest = meta.copyright_prefix.sub("", line, count=1)
        if rest == line and not line.lstrip("<[( ").startswith("저작권자"):
            # "지디넷코리아 (www.zdnet.co.kr) 무단전재 및 재배포 금지": the name before the notice
            m = re.match(r"^\s*([가-힣][가-힣A-Za-z0-9]{1,14}(?:\s[가-힣A-Za-z0-9]{1,10})?)\s*(?:\([^)]*\)\s*)?무단", line)
            if m and (name := _name(m.group(1))):
                names.append(name)
            continue
        m = meta.copyright_name.match(rest)
        # "SBS & SBS Digital News Lab": the first named holder is the publisher ("© Microsoft 2025": without the year)
        name = _name(_YEAR_AFTER.sub("", m.group("publisher").split(" & ")[0])) if m else None
        if name:
            names.append(name)
    return names


def _owner_names(removed: list[Removal], meta: MetaRules) -> list[str]:
    """"본 콘텐츠는 SK하이닉스 뉴스룸의 저작물로": the owner a licence notice names (without "뉴스룸")."""
    names = []
    for line in _from(removed, meta.sources["owner"]):
        m = next((m for pattern in meta.owner_notice if (m := pattern.search(line))), None)
        if not m:
            continue
        words = m.group("publisher").split()
        while len(words) > 1 and words[-1].lower() in meta.generic_names:
            words.pop()
        name = _name(" ".join(words))
        if name and name.lower() not in meta.generic_names and _HANGUL.search(name):
            names.append(name)  # not "KBSI" of "KBSI에서 창작한 저작물은": the long name is elsewhere
    return names


def _brand(name: str, meta: MetaRules) -> str | None:
    """The Korean name of a well-known English/brand name ("The Hankyoreh" -> "한겨레")."""
    key = name.lower().strip(" .")
    while key:
        if key in meta.brands:
            return meta.brands[key]
        if " " not in key:
            return None
        key = key.rsplit(" ", 1)[0]  # "Electronic Times Internet" -> "Electronic Times"
    return None


def _masthead_name(text: str, latin: list[str], meta: MetaRules, page: str = "") -> str | None:
    """The site's name from its masthead line: "GIST 광주과학기술원" -> 광주과학기술원,
    "NAVER  프리미엄콘텐츠" -> 네이버 프리미엄콘텐츠; None when it names no Korean publisher."""
    words = _DOUBLED.sub(r"\1", text.strip()).split()  # a logo's text after its alt text: "기글하드웨어기글하드웨어"
    if not words or not _HANGUL.search(text):
        return None
    known = {n.lower() for n in latin}
    out: list[str] = []
    for n, word in enumerate(words):
        if out and not any(_HANGUL.search(w) for w in words[n:]):
            break  # "한양대학교 HANYANG UNIVERSITY": the English name after the Korean one
        if out and word.lower() in meta.generic_names:
            if f"{out[-1]} {word}".lower() in meta.generic_names:
                out.append(word)  # "한빛페이 기술 블로그": a blog's whole name, not "한빛페이 기술"
            continue  # "UNIST 뉴스센터": the site's section name, not part of the publisher's
        alone = all(w == word or w.lower() in meta.generic_names for w in words)
        if alone and _ACRONYM.fullmatch(word) and (korean := _brand(word, meta)) and korean not in page:
            out.append(word)  # "UNIST 뉴스센터": a short name the page never spells out
            continue
        if not _HANGUL.search(word):
            korean = _brand(word, meta)
            if korean is None and out:
                out.append(word)  # "새벽의 GPU 일기": a Latin word inside a Korean name
                continue
            if korean is None or not _HANGUL.search(korean):
                if word.lower() in known and out == []:
                    continue  # the brand the copyright already gave, before its Korean name
                rest = [w for w in words[n + 1:] if w.lower() not in meta.generic_names]
                if out == [] and _HANGUL.search(" ".join(rest)) and len(rest) <= 2:
                    continue  # "SPRi 소프트웨어정책연구소": an English short name before the Korean one
                    # (not a word of a name: "GPU 헌터의 하드웨어 노트")
                return None
            word = korean
        if word not in out:
            out.append(word)
    name = " ".join(out)
    return name if name.lower() not in meta.generic_names else None


def _latin_masthead(text: str, meta: MetaRules) -> str | None:
    """A masthead printed only in Latin letters that is a known brand as a whole ("brunch story")."""
    key = " ".join(text.split()).lower()
    return None if _HANGUL.search(text) else meta.brands.get(key)


def _logo_name(text: str, meta: MetaRules) -> str | None:
    """The site's name as its logo's alt text: "[![삼성SDS](…/logo_samsungsds.png)](…)"."""
    m = _LOGO.search(text)
    if m is None:
        return None
    alt = _READER_IMAGE.sub("", m.group(1))  # a reader service's numbering: "Image 1: 전라남도"
    name = _LOGO_WORD.sub("", re.split(r"\s+[-|–—:]\s+", alt)[0]).strip()  # "인텔 로고 - 홈페이지로 돌아가기"
    if bilingual := _KOREAN_THEN_LATIN.fullmatch(name):
        name = bilingual.group(1)  # "해양수산부 Ministry of Oceans and Fisheries"
    return name if 2 <= len(name) <= 20 and name.lower() not in meta.generic_names else None


#: where a company's address starts after its name in a footer: "(주)더벨 서울특별시 종로구 …"
_ADDRESS = re.compile(r"\s+(?:\(?\d{5}\)?\s*)?(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)[가-힣]*\s")


def _footer_names(removed: list[Removal], meta: MetaRules) -> list[str]:
    """"카카오 기술 블로그 · 서비스 약관 · 개인정보처리방침", "조선비즈 | 서울특별시 ...": the
    first item of a footer bar, when the rest are policy links or the address."""
    names = []
    for r in removed:
        if r.rule not in ("footer", "menu", "menu_bar", "related_list", "after_article_end"):
            continue
        parts = [p.strip() for p in re.split(r"\s+[|·]\s+|\s*\|\s*", r.text) if p.strip()]
        if len(parts) < 2 or not all(meta.footer_link_words.search(p) for p in parts[1:]):
            continue
        name = _CORP.sub("", _ADDRESS.split(parts[0], 1)[0]).strip()  # "SK텔레콤(주) 서울특별시 중구 …"
        if meta.footer_link_words.search(name) or re.search(r"[:：]", name):
            continue  # "담당부서 : 대변인실 | 전화번호 : …": a labelled field, not a name
        if 2 <= len(name) <= 20 and _HANGUL.search(name) and name.lower() not in meta.generic_names:
            names.append(name)
    return names


def _page_publisher(removed: list[Removal], meta: MetaRules, page: str = "") -> tuple[str | None, str | None]:
    """(Korean name, other name) of the publisher as the page prints it: copyright, board
    header, masthead, footer bar. A Korean name beats an English or brand name."""
    copyright = _copyright_names(removed, meta)
    board = _board_publisher(removed, meta)
    names = _from(removed, meta.sources["press"]) + copyright + ([board] if board else [])
    latin = [n for n in names if not _HANGUL.search(n)]
    mastheads = [
        name for r in removed if r.rule in meta.sources["masthead"] and r.text.lower() not in meta.portal_names
        and (name := _masthead_name(shown := _ACCESS_KEY.sub("", visible(r.text)), latin, meta, page)
             or _latin_masthead(shown, meta))
    ]
    logos = [name for r in removed if (name := _logo_name(r.text, meta))]
    notices = [r.text for r in removed if r.rule == "copyright"]
    # a name both the logo or masthead and the copyright print ("ⓒ 슬로건, 세계일보", "ⓒ SBS Biz")
    top = removed[0] if removed else None  # the page's first line, when it was a name ("SBS Biz")
    first = [top.text] if top and top.rule not in ("copyright", "footer") and len(top.text.split()) <= 3 else []
    confirmed = [m for m in logos + mastheads + first if any(m in notice for notice in notices)]
    if confirmed and not _HANGUL.search(confirmed[0]):
        return None, confirmed[0]
    candidates = confirmed + names + logos + mastheads + _footer_names(removed, meta) + _owner_names(removed, meta)
    korean = next((n for n in candidates if _HANGUL.search(n) or _ACRONYM.fullmatch(n) and n not in latin), None)
    if korean is None and latin:
        korean = _bilingual_name(removed, latin[0], meta)
    return korean and _without_english_short_name(korean, meta), (latin[0] if latin else None)


def _bilingual_name(removed: list[Removal], latin: str, meta: MetaRules) -> str | None:
    """The Korean name printed with the English one at the page's edge: "부산대학교 PUSAN
    NATIONAL UNIVERSITY" over a copyright line that gives only the English name."""
    for r in removed:
        if r.rule not in meta.sources["edge_names"]:
            continue
        text = visible(r.text)
        at = text.lower().find(latin.lower())
        if at < 0 or not _HANGUL.search(text):
            continue
        words = (text[:at] + " " + text[at + len(latin):]).split()
        korean = [w.strip("[]()|·,.") for w in words if _HANGUL.search(w)]
        name = " ".join(korean)
        if korean and len(korean) <= 2 and len(name) <= 20 and len(korean) == len(words) \
                and name.lower() not in meta.generic_names and name not in meta.not_author:
            return name
    return None


def _without_english_short_name(name: str, meta: MetaRules) -> str:
    """"DBR 동아비즈니스리뷰" -> "동아비즈니스리뷰": an English short name before the full Korean
    name (not before a short word, "YTN 사이언스", or a service's name, "KOTRA 해외시장뉴스")."""
    first, _, rest = name.partition(" ")
    generic = any(rest.endswith(word) for word in meta.generic_names if _HANGUL.search(word))
    if _LATIN_SHORT.fullmatch(first) and re.fullmatch(r"[가-힣]{5,}", rest) and not generic:
        return rest
    return name


def _publisher(
    fm: dict, bylines, removed: list[Removal], url: str | None, meta: MetaRules, text: str = "",
    author: str | None = None, head: str = "",
) -> str | None:
    name = _printed_publisher(fm, bylines, removed, url, meta, text)
    # a blog names itself: not by its platform ("ⓒ NAVER Corp.", velog.io) or its writer ("© 2025 김성훈")
    if not fm.get("publisher") and (name is None or name.lower() in meta.platforms or name == author):
        name = _own_name(removed, meta, head) or name
    name = name and (_SITE_WORDS.sub("", name).strip() or name)  # "충청북도 대표 누리집": the site, not its owner
    return name and (_CORP.sub("", name).strip() or name)  # not its legal form: "사단법인 한국인공지능협회"


#: the words after an owner's name that make it its website's name
_SITE_WORDS = re.compile(r"\s+(?:대표\s*|공식\s*)?(?:누리집|홈페이지|웹사이트)$")


#: the rules that remove a blog's name at the top of the page (not its buttons and widgets)
_OWN_NAME_RULES = frozenset({"masthead", "head_chrome", "menu_list", "learned_chrome", "site_name", "section_heading",
                             "tagline"})
#: a breadcrumb's separator
_CRUMB = re.compile(r"\s[>›»]\s")
#: a blog's own name is one of the first lines the cleaner removed
OWN_NAME_WINDOW = 4
MAX_OWN_NAME = 30
MAX_NAME_WORD = 15  # a longer word is a menu copied without spaces ("리포트클라우드인프라금융테크…")


def _own_name(removed: list[Removal], meta: MetaRules, head: str) -> str | None:
    """A blog's or newsletter's own name on a line of its own in the page's ``head`` (above the
    article), removed there as chrome: "곰개발의 삽질 기록", "# [SH Devlog](/)", "minjae.log". Not
    its platform's ("NAVER 블로그"), a section's ("블로그 > AI&TECH"), a button's or a date."""
    # the sections of a breadcrumb after its home ("NC 블로그 > AI&TECH"), whatever rule removed it
    sections = {item for r in removed if _CRUMB.search(r.text) for item in _MENU_SPLIT.split(visible(r.text))[1:]}
    for r in removed[:OWN_NAME_WINDOW]:
        if r.rule not in _OWN_NAME_RULES or r.text.strip() not in head:
            continue
        name = _HEADING.sub("", visible(r.text.strip())).strip(" *_#")
        words = name.split()
        if not (2 <= len(name) <= MAX_OWN_NAME and 1 <= len(words) <= 4 and _OWN_NAME.fullmatch(name)):
            continue
        if is_sentence(name) or words[0].lower() in meta.platforms or name.lower() in meta.portal_names or name in sections \
                or max(map(len, words)) > MAX_NAME_WORD:
            continue
        if any(w.lower() in meta.generic_names or w.replace(" ", "").lower() in meta.not_author for w in (name, *words)):
            continue  # a menu ("블로그 홈", "뉴스"), a button ("로그인", "Open in app")
        return name
    return None


def _above_body(text: str, body: str) -> str:
    """The page's text above the first line of its cleaned body: its head."""
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    page = normalise(text)
    at = page.find(first) if first else -1
    return page[:at] if at > 0 else ""


def _printed_publisher(
    fm: dict, bylines, removed: list[Removal], url: str | None, meta: MetaRules, text: str = ""
) -> str | None:
    for key in ("publisher", "source", "site", "site_name"):
        value = fm.get(key)
        if isinstance(value, str) and value.strip() and not _URL.match(value.strip()):
            return _hangul_name(value.strip(), text, meta)  # "BioSpectator" as the page spells it: 바이오스펙테이터
    for publisher, _ in bylines:
        if publisher:
            return _station(publisher, removed, meta, text) or publisher
    korean, other = _page_publisher(removed, meta, text)
    if korean:
        return _hangul_name(korean, text, meta)
    site = _site(url, meta)
    if site and (_HANGUL.search(site) or not other):
        return _hangul_name(site, text, meta)
    if other:
        korean_brand = _brand(other, meta)
        if korean_brand and _ACRONYM.fullmatch(other) and korean_brand not in text:
            return other  # "UNIST": an institution's short name, the page never prints the long one
        spelled = _hangul_name(other, text, meta)  # the page's own Hangul name beats the list's
        if _HANGUL.search(spelled):
            return spelled
        return korean_brand or _address_name(removed, meta, text) or _marked_name(text, meta) or spelled
    return site or _site_line(removed)


def _station(network: str, removed: list[Removal], meta: MetaRules, page: str) -> str | None:
    """The regional station whose name glues a place to the network's ("제주MBC", "MBC경남"),
    when the page's own masthead or copyright prints it: the sign-off names only the network
    ("MBC뉴스 김하람입니다")."""
    if not _ACRONYM.fullmatch(network):
        return None
    korean, _ = _page_publisher(removed, meta, page)
    m = korean and re.fullmatch(rf"([가-힣]{{2,6}}){re.escape(network)}|{re.escape(network)}([가-힣]{{2,6}})", korean)
    return korean if m and (m.group(1) or m.group(2)) not in meta.generic_names else None  # not "MBC뉴스"


def _address_name(removed: list[Removal], meta: MetaRules, page: str) -> str | None:
    """The Korean name a footer prints after the street address ("… 남대문로 39 한국은행 대표전화"),
    when the page names it elsewhere too: the publisher whose copyright line is in English."""
    for r in removed:
        m = meta.address_name.search(visible(r.text)) if r.rule == "footer" else None
        if m and page.count(m.group("name")) >= 2 and m.group("name").lower() not in meta.generic_names:
            return m.group("name")
    return None


def _marked_name(page: str, meta: MetaRules) -> str | None:
    """The one Korean name the page marks as its owner or newsroom, printed at least twice:
    the publisher whose copyright line is in English ("© 2024 Kia Corporation")."""
    names = {m.group(1) or m.group(2) for m in _MARKED_NAME.finditer(page)}
    names = {n for n in names if n.lower() not in meta.generic_names and page.count(n) >= 2}
    return names.pop() if len(names) == 1 else None


def _hangul_name(name: str, text: str, meta: MetaRules) -> str:
    """An English name as the page spells it in Hangul: "Rebellions" -> "리벨리온", "NVIDIA Blog"
    -> "엔비디아", "Hanwha 한화" -> "한화"."""
    first, _, rest = name.partition(" ")
    if _HANGUL.search(name):
        return rest if rest and korean_spelling(first, rest) == rest else name
    if rest.lower() in meta.generic_names:
        name = first
    # "Kakao Brain" as the page writes it in one word: 카카오브레인
    return korean_spelling(name, text, short=True) or " " in name and korean_spelling(name.replace(" ", ""), text) or name


def _avatar_author(removed: list[Removal]) -> str | None:
    """The author's name line ("김태윤 · ML Platform Engineer", a blog's "도현"), else the name
    the author's picture carries as its alt text ("![김태윤](…/authors/taeyoon.png)")."""
    for r in removed:
        if r.rule == "author_line" and (name := _name(re.split(r"\s+[·|]\s+", visible(r.text))[0])):
            return name
    for r in removed:
        m = _IMAGE_ALT.match(r.text) if r.rule == "author_avatar" else None
        if m and (name := _name(m.group(1))):
            return name
    return None


#: how menu and breadcrumb items are separated
MIN_BAR_LINKS = 3  # links on one line that make it a bar of sections (a related headline has one)
_MENU_SPLIT = re.compile(r"\s*(?:[>|·›»/]|\s{2,})\s*")


def _post_author(removed: list[Removal], meta: MetaRules, sections: set[str]) -> str | None:
    """The author named in a post-information or channel line ("2024.10.15 · 홍길동(gd) · 8분 읽기"),
    not one of the page's ``sections`` ("뉴스 > 기술", then "기술 · 2025.05.22")."""
    first_info = next((r for r in removed if r.rule == "post_info"), None)
    for removal in removed:
        if removal.rule not in meta.sources["post_info"]:
            continue
        line = visible(_fields(removal.text).strip())
        # the first information line is the post's own; later ones head its comments
        patterns = meta.post_author + ((meta.post_info_author,) if removal is first_info else ())
        for pattern in patterns:
            m = pattern.search(line)
            author = m.group("author") if m else None
            if author and author not in meta.not_author and author not in sections and (name := _name(author)):
                return name
    return None


def _sections(removed: list[Removal], rules: frozenset[str]) -> set[str]:
    """The items of the page's menus and breadcrumb (the lines ``rules`` removed) and of its bars
    of links ("[전체](…) [교육](…) [연구](…)"): sections and categories, never a writer
    ("뉴스 > 기술", then "기술 · 2025.05.22")."""
    items = {item for line in _from(removed, rules) for item in _MENU_SPLIT.split(visible(line)) if item}
    for r in removed:
        if (r.rule in rules or r.rule == "link_bar") and r.text.count("](") >= MIN_BAR_LINKS:
            items.update(m.group(1).strip() for m in _MD_LINK.finditer(r.text))
    return items


def _author(fm: dict, bylines, removed: list[Removal], url: str | None, meta: MetaRules) -> str | None:
    value = fm.get("author")
    if isinstance(value, str) and value.strip():
        return value.strip()
    sections = _sections(removed, meta.sources["navigation"])
    for _, author in bylines:
        if author and author not in meta.not_author and author not in sections:
            return author
    author = _post_author(removed, meta, sections) or _avatar_author(removed)
    if author:
        return author
    for pattern in meta.url_author:
        m = pattern.match(url or "")
        if m:
            return m.group("author")
    return None


def _tags(fm: dict) -> list[str]:
    value = fm.get("tags")
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str) and item.strip()]
    return []


# --------------------------------------------------------------------------- public API

def _title_site(title: str, publisher: str | None, author: str | None, removed: list[Removal],
                meta: MetaRules) -> tuple[str, str | None]:
    """(headline, publisher) of a page title that ends in the site's name ("헤드라인 - 아주경제",
    "헤드라인 | FuriosaAI Blog"). The name is the site's when it is the publisher's, a line of
    its own at the page's edge, a short form of the publisher ("비즈워치" for "비즈니스워치",
    the brand the site prints), or ends like a site's name ("… Dev Log", "…일보"). When the
    publisher is known only by the URL's host, in English or by the author's own name, the
    name the title prints is the better one."""
    m = _TITLE_SITE.match(title)
    if m is None:
        return title, publisher
    headline, site = m.group("title").strip(), m.group("site").strip()
    if site == publisher or site in meta.site_names or site.lower() in meta.portal_names:
        return headline, publisher
    if any(_HEADING.sub("", visible(r.text)).strip() == site for r in removed if r.rule in meta.sources["edge_names"]):
        return headline, site  # the page prints the name alone at its edge: the site's name
    if publisher and _short_form(site, publisher):
        return headline, site if len(site) < len(publisher) and _HANGUL.search(site) else publisher
    if publisher and (publisher.lower() in site.lower() or site in publisher.split()):
        return headline, publisher  # "FuriosaAI Blog" of "FuriosaAI", "DBR" of "DBR 동아비즈니스리뷰"
    if publisher and spells(site, publisher):
        return headline, publisher  # "Sendbird" of "센드버드"
    # known only by the URL's host, by the author's own name or in English ("NEWNEEK" for "… | 뉴닉")
    host_only = publisher is None or not _HANGUL.search(publisher) or publisher == author
    if host_only and _HANGUL.search(site) and " " not in site and len(site) <= 12:
        return headline, site
    if meta.title_site_end.search(site) and len(site.split()) <= 4:
        return headline, site if host_only else publisher
    return title, publisher


def _without_sections(title: str, sections: set[str], kinds: frozenset[str]) -> str:
    """A page title without the sections printed before the site's name ("헤드라인 < 보도자료 <
    전남소식 < 전라남도", "헤드라인 | 아주뉴스 | 아주대학교"), when the page's menus name them,
    without its author's credit ("헤드라인 | by 정하람 | MUSINSA tech"), and without the kind
    of page with the breadcrumb before it ("헤드라인 < 산업·IT < 뉴스 < 기사본문")."""
    while m := _TITLE_SITE.match(title):
        site = m.group("site").strip()
        if site in kinds and (crumbs := _TITLE_CRUMBS.match(title)):
            return crumbs.group("title").strip()
        if site not in sections and site not in kinds:
            break
        title = m.group("title").strip()
    return title


def _short_form(short: str, name: str) -> bool:
    """Whether ``short`` spells ``name`` with letters left out ("비즈워치", "비즈니스워치")."""
    if len(short) < 3 or len(short) >= len(name):
        return False
    rest = iter(name)
    return all(ch in rest for ch in short) and short[0] == name[0] and short[-1] == name[-1]


def extract_metadata(source: Source, cleaned: Cleaned) -> Metadata:
    meta = load_rules().meta
    fm = source.front_matter if isinstance(source.front_matter, dict) else {}
    removed = cleaned.removed
    url = _source_url(fm, removed, source.text, meta)
    title, derived = _title(fm, removed, cleaned.body, meta)
    bylines = _bylines(removed, meta)
    author = _author(fm, bylines, removed, url, meta)
    publisher = _publisher(fm, bylines, removed, url, meta, source.text, author, _above_body(source.text, cleaned.body))
    if title and not derived:
        site_title = title
        title, publisher = _title_site(title, publisher, author, removed, meta)
        if title != site_title:  # the site's name went: sections or the author's credit may stand before it
            credit = {author, f"by {author}"} if author else set()
            sections = _sections(removed, meta.sources["navigation"] | {"link_bar"}) | credit
            title = _without_sections(title, sections, meta.title_page_types)
        title = meta.title_edit_mark.sub("", title)  # "… (수정됨)": the board's mark, not the title's
    return Metadata(
        title=title,
        title_derived=derived,
        date=_date(fm, removed, source.text, url, meta),
        publisher=publisher,
        author=author,
        source_url=url,
        tags=_tags(fm),
    )

