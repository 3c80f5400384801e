"""Definitions the articles give: positive forms, and negative cases for precision."""
from __future__ import annotations

import pytest

from wikigen.entities.glossary import find_definitions
from wikigen.entities.sections import prepare


def defs(body: str, suggestions: bool = False):
    return [(d.term, d.alias) for d in find_definitions("t", prepare(body, "T")) if d.suggestion == suggestions]


@pytest.mark.parametrize("body, term, alias", [
    ("초거대 AI (Hyperscale AI)란 대규모 데이터를 학습해 판단이 가능한 AI다.", "초거대 AI", "Hyperscale AI"),
    ("여기서 매개변수는 컴퓨터 프로그래밍에서 함수의 특정한 성질을 나타내는 변수다.", "매개변수", None),
    ("AI 네이티브 앱이란 AI 기술을 핵심으로 하여 설계된 애플리케이션입니다.", "AI 네이티브 앱", None),
    ("콜로케이션 사업은 데이터센터 운영자가 공간을 제공하고 고객이 장비를 설치하는 형태를 의미합니다.", "콜로케이션 사업", None),
    ("호모파베르는 '도구의 인간'이란 뜻이다.", "호모파베르", None),
    ("> **❓ AGI(인공 일반 지능)이란?**  \n> \n> 인공 일반 지능(AGI)은 인간과 유사한 지능을 갖춘 소프트웨어를 만들려는 연구 영역입니다.",
     "AGI", "인공 일반 지능"),
    ("데이터를 작은 조각으로 나눠 여러 GPU에서 동시에 학습한다. 이 과정을 '데이터 병렬화'라고 합니다.", "데이터 병렬화", None),
])
def test_definitions_found(body, term, alias):
    assert (term, alias) in defs(body)


@pytest.mark.parametrize("body", [
    "카플리 회장은 AI 네이티브 앱이 발전할 것을 기대한다고 말했습니다.",
    "테크 업계 관계자는 기술적 자립이 필수적이라고 말했다.",
    "그는 '내 그림은 카메라 렌즈에서 착안한 것'이라고 말했다.",
    "이는 반도체 산업과 컴퓨터 기술 발전을 설명하는 데 널리 사용됩니다.",
    "GPU는 AI 학습에 쓰인다.",
])
def test_no_definition_in_ordinary_sentences(body):
    assert defs(body) == []


def test_colon_bullets_are_only_suggestions():
    body = "* `AI 에이전트`: 사용자의 목표 달성을 위해 스스로 문제를 해결하는 실행체입니다.\n* **내용:** 발표 요약.\n"
    assert defs(body) == []
    assert defs(body, suggestions=True) == [("AI 에이전트", None)]
