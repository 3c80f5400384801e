"""Korean search in a real browser: what a reader types into Material's search box finds the
page. Each query names the page it must find within the first TOP results: an article by the
prefix of its seed file ("002"), or an entity page by section and title ("glossary/초거대 AI").
Entity pages must also come first for their own name."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from .wiki_browser import SiteMap, search_results

pytestmark = pytest.mark.browser

TOP = 5


@dataclass(frozen=True)
class Query:
    text: str
    target: str  # "002": the article built from seeds/002_*.txt; "orgs/엔비디아": an entity page
    why: str


QUERIES = [
    # parts of compounds
    Query("텔레콤", "001", "in SK텔레콤과의, SK텔레콤은"),
    Query("하이닉스", "001", "in SK하이닉스의"),
    Query("클로바", "003", "in 하이퍼클로바가"),
    Query("튜닝", "002", "in 파인튜닝(세부조정)"),
    Query("거대", "glossary/초거대 AI", "in 초거대"),
    Query("인포메이션", "orgs/효성인포메이션시스템", "in 효성인포메이션시스템"),
    Query("컨벤션센터", "002", "in 과학기술컨벤션센터에서"),
    Query("정보통신부", "003", "in 과학기술정보통신부"),
    # Latin glued to Hangul, and Hangul glued to Latin
    Query("HBM", "001", "in 메모리(HBM)는, HBM을"),
    Query("SK하이닉스", "001", "Latin+Hangul query"),
    Query("ICT", "003", "in ICT산업"),
    Query("LG", "003", "in LG그룹"),
    Query("GPT-4o", "002", "in GPT-4o만"),
    # particles
    Query("엔비디아의", "004", "particle on the query"),
    Query("매개변수를", "003", "particle on the query"),
    Query("GPU를", "glossary/GPU", "Latin + particle"),
    Query("HBM을", "glossary/HBM", "Latin + particle"),
    Query("초거대 AI를", "003", "two words, particle"),
    # people: full name, surname + given name
    Query("이경일", "002", "person"),
    Query("이경일", "people/이경일", "person page"),
    Query("Mark Adams", "001", "person, Latin"),
    Query("Mark", "people/Mark Adams", "given name only"),
    Query("김형섭", "000", "person"),
    Query("임혜숙", "003", "person"),
    Query("슐레이만", "004", "person, part of a name"),
    Query("슐레이만", "people/무스타파 슐레이만", "surname of a foreign name"),
    # terms by any alias
    Query("초거대", "003", "term"),
    Query("Hyperscale AI", "glossary/초거대 AI", "term alias"),
    Query("하이퍼클로바", "003", "term"),
    Query("HyperCLOVA", "003", "term alias"),
    Query("거대언어모델", "002", "term"),
    Query("LLM", "002", "term alias"),
    Query("트랜스포머", "002", "term"),
    # organisations by any variant
    Query("엔비디아", "002", "org"),
    Query("NVIDIA", "001", "org variant"),
    Query("NVIDIA", "orgs/엔비디아", "org variant"),
    Query("텔레콤", "orgs/SK텔레콤", "part of an org name"),
    Query("솔트룩스", "002", "org"),
    Query("과기정통부", "003", "org short name"),
    Query("효성인포메이션시스템", "000", "org"),
]

# (section, page title, query): the entity page must be the first result for its own name.
ENTITY_FIRST = [
    ("people", "이경일", "이경일"),
    ("people", "Mark Adams", "Mark Adams"),
    ("people", "임혜숙", "임혜숙"),
    ("orgs", "엔비디아", "엔비디아"),
    ("orgs", "엔비디아", "NVIDIA"),
    ("orgs", "솔트룩스", "솔트룩스"),
    ("glossary", "초거대 AI", "초거대 AI"),
    ("glossary", "초거대 AI", "Hyperscale AI"),
    ("glossary", "HBM", "HBM"),
    ("glossary", "GPU", "GPU"),  # not GPUaaS
    ("orgs", "구글", "구글"),  # not 구글 딥마인드
    ("orgs", "구글 딥마인드", "구글 딥마인드"),
    ("orgs", "SK하이닉스", "SK하이닉스"),
    ("orgs", "SK하이닉스", "하이닉스"),
]


@pytest.fixture(scope="module")
def site_map(built_site) -> SiteMap:
    return SiteMap(built_site / "site")


@pytest.fixture(scope="module")
def search_page(browser, site_url):
    tab = browser.new_page()
    tab.goto(site_url)
    yield tab
    tab.close()


def target_page(site_map: SiteMap, target: str) -> str:
    section, _, name = target.partition("/")
    if not name:
        return site_map.article(target)
    page = site_map.entity(section, name)
    if page is None:
        pytest.skip(f"no {section} page titled {name!r} in this build")
    return page


@pytest.mark.parametrize("query", QUERIES, ids=[f"{q.text}->{q.target}" for q in QUERIES])
def test_query_finds_the_page(search_page, site_map, query: Query) -> None:
    expected = target_page(site_map, query.target)
    results = search_results(search_page, query.text)
    assert expected in results[:TOP], f"{query.text!r} ({query.why}): {expected} not in {results[:TOP]}"


@pytest.mark.parametrize("section,name,query", ENTITY_FIRST, ids=[q for _, _, q in ENTITY_FIRST])
def test_entity_page_ranks_first_for_its_name(search_page, site_map, section: str, name: str, query: str) -> None:
    expected = site_map.entity(section, name)
    if expected is None:
        pytest.skip(f"no {section} page titled {name!r} in this build")
    results = search_results(search_page, query)
    assert results[:1] == [expected], f"{query!r}: {expected} not first in {results[:TOP]}"


def test_search_on_a_phone(browser, site_url, site_map) -> None:
    tab = browser.new_page()
    try:
        tab.set_viewport_size({"width": 390, "height": 844})
        tab.goto(site_url)
        assert site_map.article("001") in search_results(tab, "하이닉스")[:TOP]
    finally:
        tab.close()
