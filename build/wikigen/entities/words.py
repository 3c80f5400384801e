"""Word lists the extractors use, kept as data so they can be extended without touching code."""
from __future__ import annotations

# Korean surnames (single syllable) and two-syllable surnames.
SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 "
    "성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 "
    "라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 황 가 복 태 목 형 피 두 감 음 빈 동 온 시 호 범 좌 팽 승 간 상 갈 단 견 당".split()
)
DOUBLE_SURNAMES = frozenset("남궁 제갈 선우 황보 독고 사공 서문 동방 망절 어금".split())

# Role and title words: a Korean name next to one of these is a person.
ROLE_WORDS = frozenset(
    """대표 대표이사 사장 부사장 회장 부회장 의장 이사 상무 전무 전무이사 감사 본부장 부문장 사업부장 실장 팀장 파트장
    그룹장 센터장 소장 연구소장 원장 부원장 처장 국장 과장 차장 부장 청장 차관 장관 총리 대통령 부총리 위원장 위원
    의원 시장 도지사 지사 군수 구청장 총장 부총장 학장 교수 부교수 조교수 명예교수 석좌교수 겸임교수 연구원 책임연구원
    선임연구원 수석연구원 연구위원 박사 기자 특파원 논설위원 편집장 앵커 PD 작가 화가 창업자 공동창업자 창립자 공동창립자
    설립자 공동설립자 창업주 수석 수석부사장 컨설턴트 엔지니어 개발자 디렉터 매니저 리더 총괄 변호사 변리사 회계사 애널리스트
    연구위원 교사 대사 고문 자문위원 사무총장 사무국장 이사장 상임위원 대변인 CEO CTO CFO COO CSO CIO CPO CMO CVP SVP EVP VP
    President Chairman Chairwoman Chair Fellow Founder Cofounder Co-founder Director Leader Head Manager Engineer Scientist Researcher
    Professor Moderator 모더레이터 좌장 사회자 연사 발표자 책임자 최고경영자 최고기술책임자 소장 부소장 단장 사무관 주무관 TL PL""".split()
)
# Words that may stand before a role word inside one role phrase ("공동 창업자", "Corporate Fellow").
ROLE_MODIFIERS = frozenset("공동 수석 선임 책임 전 前 현 現 신임 초대 담당 부문 대표 Corporate Senior Executive Principal Distinguished Chief Vice Co".split())
# Role words that only count when a name is right next to them (too common as plain nouns otherwise).
WEAK_ROLES = frozenset("대표 이사 감사 시장 위원 총괄 리더 수석 연사 Leader Head Chair TL PL".split())

# Labels that introduce speakers or panel members in conference write-ups.
SPEAKER_LABELS = ("발표자", "연사", "강연자", "참여자", "참석자", "패널", "좌장", "사회", "Speaker", "Speakers", "Panelists", "Moderator",
                  "토론자", "지정토론자", "패널리스트", "발제자", "기조강연", "기조연설", "기조발제", "주제발표", "축사", "환영사",
                  "개회사", "사회자", "Panelist", "Keynote", "Discussant")
# Bullets that may open a programme line before a speaker label ("○ 기조강연 :", "▶ 토론자 :").
LIST_BULLETS = "○●◦•▪■□◇◆▶▷►※·∙-*"

# Particles and endings after a noun, longest first; stripped from names already known.
PARTICLES = tuple(sorted(
    """은 는 이 가 을 를 의 에 와 과 도 만 로 으로 에서 에게 께서 께 한테 부터 까지 처럼 보다 이나 나 이란 란 이라는 라는
    이라고 라고 인 이다 였다 이었다 이며 이고 이자 이었으며 였으며 과의 와의 에서는 에는 에도 으로서 로서 으로써 로써 과는 와는
    이라며 라며 이지만 지만 에서도 까지도 께서는 측은 측이 측의 씨는 씨가 씨의 씨""".split(), key=len, reverse=True))

# Korean words that look like names (surname + one or two syllables) but are not; kiwi catches most.
NOT_NAMES = frozenset(
    """한국 미국 중국 일본 영국 독일 인도 대만 홍콩 서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 전남 전북 경남 경북 충남 충북
    제주 정부 국회 기업 업계 관계자 이번 이날 오늘 지난 당시 현재 최근 국내 해외 전문가 연구진 연구팀 고객 사용자 이용자 주주
    유명 시장 회사 조직 기술 성능 이사회 대표적 김치 정책 고성능 신규 기존 동시 주요 공동 한편 이어 또한 한동안 우리 모든 각각 다른
    반도체 인공지능 인재 인터넷 임원 임직원 사원 사내 사외 전체 전략 전망 전력 전기 전자 전국 안정 안전 조사 조만간 강조 강화 양사
    장기 단기 장비 경영 경쟁 공급 공개 구조 구축 국가 국제 권한 기반 기자 남성 여성 노조 도입 문제 문화 민간 박사 방안 배터리 사업
    상무 서비스 설명 성장 소비자 신청 심사 양측 연구 연구원 오픈 온라인 왕국 우선 원장 위원 유럽 육성 이상 이후 인근 임시 장관
    전문 정보 제품 조건 주장 지원 진행 차세대 천문학 최고 추진 하반기 상반기 한계 한도 현장 현지 협력 홍보 황금 공공 국민 시민
    하나 하이 유니 오픈AI 도전 고성 경제 구글 명가 석학 학자 지사 차장""".split()
)

# English words that make a capitalised word run a thing, not a person ("High Bandwidth Memory").
ENGLISH_COMMON = frozenset(
    """the a an of and or for to in on at by with from as is are be it its this that ai artificial intelligence general
    memory bandwidth high law data locality cooling liquid air oil technology technologies energy storage salt molten
    system systems model models open service services cloud computing compute computer chip chips silicon design total
    network networks infrastructure infra market current status outlook roadmap ecosystem era dawn rethinking making work
    unleash build healthier take control summit conference session day keynote panel level levels emerging competent expert
    virtuoso super no narrow progress path operationalizing language large small learning deep machine neural generative
    integrated circuit optical optics co packaged value lost availability enterprise fine tuning private creation inference
    scale hyperscale consumption training reasoning smarter affordable weights mean you your we our us use search engine
    agent agents app apps native platform platforms software hardware stack research lab labs laboratory national division
    university institute center centre foundation corporation corp inc ltd company group holdings solutions solution ventures
    technology power nuclear reactor news times fortune korea korean american united states america china japan europe
    first last new next net zero space code visual studio action log demo source image images note notes summary
    intro introduction conclusion chapter part section table figure contents question answer sonnet claude gpt chatgpt
    google microsoft amazon meta apple nvidia intel samsung hynix lg sk kt naver kakao openai anthropic perplexity ibm
    oracle tesla arm amd lambda penguin terrapower natrium computex gtc ces mwc wave""".split()
)

# Suffixes that make a word an organisation name (Korean) and Latin organisation endings.
ORG_SUFFIXES_KO = ("전자", "텔레콤", "하이닉스", "연구원", "연구소", "대학교", "재단", "협회", "위원회", "진흥원", "공사", "공단",
                   "그룹", "은행", "증권", "보험", "통신", "모빌리티", "바이오", "랩스", "테크", "소프트", "시스템", "솔루션즈")
ORG_SUFFIXES_LATIN = ("Inc.", "Inc", "Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "LLC", "Labs", "Laboratory", "Ventures",
                      "Solutions", "Technologies", "Systems", "Group", "Foundation", "University", "Institute", "AI")
# Government bodies end in 부/처/청 but so do many ordinary nouns; these endings need a longer stem.
GOV_SUFFIXES_KO = ("부", "처", "청")

# Professions too generic to take the name AFTER them ("AI 개발자 클라우드"): a name must come first.
GENERIC_ROLES = frozenset("개발자 엔지니어 연구원 리더 매니저 디렉터 컨설턴트 애널리스트 수석 위원 이사 감사 교사 작가 기자 Leader Head Manager Engineer Researcher Director".split())

# Field labels in write-ups ("내용: …"), never glossary terms.
META_LABELS = frozenset(SPEAKER_LABELS) | frozenset(
    "내용 영어 제목 영어 제목 출처 이미지 출처 Source Key-Concept 핵심 키워드 주제 일시 장소 참고 참고자료 요약 예시 결론 사진 자료".split()
) | {"영어 제목", "이미지 출처", "핵심 키워드"}

# Departments stand between a name and a role ("이종환 상명대 시스템반도체공학과 교수") but get no page.
DEPARTMENT_SUFFIXES = ("학과", "학부", "대학원", "연구실", "연구센터", "센터", "본부", "사업부", "부문")
# Derivational suffixes that make a word out of a noun ("한국인", "대표적"): never the end of a name.
NOUN_SUFFIXES = frozenset("인 적 들 용 형 식 화 권 계 층 측 성 상 감 별".split())

# Particles after which a weak role word is a plain noun ("시장에서", "대표로").
PLACE_PARTICLES = frozenset("에 에서 에서는 에는 으로 로 을 를 과 와 에게 으로서 로서".split())

# More titles, kept apart from ROLE_WORDS above so the list stays readable; merged into it below.
# Academic ranks and student/researcher positions ("박하은 박사과정생", "김철수 초빙교수").
ACADEMIC_ROLES = frozenset(
    """박사과정생 석사과정생 박사과정 석사과정 석박사통합과정생 통합과정생 대학원생 학부생 박사후연구원 박사후과정생 포닥
    연구교수 연구조교수 연구부교수 초빙교수 객원교수 특임교수 전임교수 산학협력교수 지도교수 책임교수 교수팀장 강사 시간강사
    학과장 학부장 연구처장 산학협력단장 연구실장 전임연구원 주임연구원 전문연구원 전문연구위원 연구전문위원 선임연구위원
    수석연구위원 책임연구위원 연구관 연구사 연구단장 단장 Postdoc PhD""".split()
)
# Company, public-sector and professional titles missing above ("한상진 … 전무", "CAIO", "최고AI책임자").
INDUSTRY_ROLES = frozenset(
    """상무이사 상임이사 사외이사 비상임이사 대표변호사 부행장 행장 은행장 지점장 법인장 지사장 공장장 사업단장 담당임원
    전문위원 수석전문위원 책임매니저 선임매니저 수석매니저 책임엔지니어 선임엔지니어 수석엔지니어 테크리드 아키텍트 셀장 랩장
    최고운영책임자 최고재무책임자 최고전략책임자 최고정보책임자 최고데이터책임자 최고제품책임자 최고마케팅책임자
    최고디지털책임자 최고인사책임자 최고AI책임자 최고인공지능책임자 최고보안책임자 최고정보보호책임자 최고연구책임자
    CAIO CDO CISO CRO CCO CHRO CKO CSIO 비서관 수석비서관 보좌관 행정관 서기관 차관보 교육감 국회의원 전문의
    Lead Architect Partner Officer Analyst Evangelist""".split()
)
# Honorifics written after a full name ("최서윤 님", "홍길동 씨"): the name is a person, no role given.
HONORIFICS = ("님", "씨")
# Who a TV-news attribution line names when it gives no title ("[김민수/서울 마포구 주민 : ...]").
# Only read inside "[이름/…]" attributions, never as role words elsewhere.
ATTRIBUTION_ROLES = frozenset(
    """시민 주민 상인 학부모 직장인 대학생 고등학생 학생 취업준비생 구직자 자영업자 소상공인 농민 어민 관광객 환자 보호자
    운전자 유족 피해자 목격자 투자자 이용객 승객 소비자 은퇴자 근로자 노동자 참가자 관람객 조합원""".split()
)
# Labels that open a TV-news attribution ("[인터뷰] 홍길동/…", "<녹취> 홍길동/…").
ATTRIBUTION_LABELS = ("인터뷰", "녹취", "싱크", "INT", "SYNC")
# Press roles: a name with one of these in a credit ("사진=김소연 기자", "이서연 기자가 보도합니다",
# a caption or byline ending in "… 기자") is the article's reporter, not a person it discusses.
PRESS_ROLES = frozenset("기자 특파원 통신원 사진기자 영상기자 촬영기자 객원기자 인턴기자 수습기자 선임기자 전문기자 편집위원".split())
# Markers right before a credited name ("사진=", "글·사진 ", "영상 편집:").
PRESS_CREDIT_BEFORE = ("사진", "글", "영상", "촬영", "그래픽", "편집", "취재", "정리", "디자인", "글·사진", "사진·글", "영상취재",
                       "영상편집", "자료")
# Broadcast sign-offs right after a reporter ("… 기자가 보도합니다", "… 기자가 전해드립니다").
PRESS_CREDIT_AFTER = ("보도합니다", "보도했습니다", "전합니다", "전해드립니다", "취재했습니다", "연결합니다", "나가 있습니다",
                      "취재합니다", "알아봤습니다", "짚어봤습니다", "정리했습니다", "입니다",
                      "다른 기사", "기사 더보기", "기사 보기", "구독", "기사 모아보기")  # a reporter's page link

# Words of journal, magazine and newspaper titles ("네이처 일렉트로닉스(Nature Electronics)",
# "파이낸셜 타임스 기자"): a run containing one is a publication, never a person's name.
PUBLICATION_WORDS_LATIN = frozenset(
    """nature science cell lancet journal review reviews letters electronics communications proceedings transactions
    advances advanced materials physics chemistry medicine magazine herald daily weekly tribune telegraph gazette chronicle
    bulletin quarterly annals nanotechnology photonics engineering scientific reports computing intelligence photonic
    electronic sciences biotechnology economist wired verge techcrunch insider financial street wall""".split()
)
PUBLICATION_WORDS_HANGUL = frozenset(
    """네이처 사이언스 셀 랜싯 저널 리뷰 레터스 레터 일렉트로닉스 커뮤니케이션즈 커뮤니케이션스 머티리얼즈 머티리얼스
    어드밴시스 어드밴스드 피직스 케미스트리 메디신 매거진 타임스 타임즈 포스트 헤럴드 데일리 위클리 트리뷴 텔레그래프 가디언
    이코노미스트 와이어드 버지 테크크런치 인사이더 파이낸셜 스트리트 사이언티픽 리포츠 나노테크놀로지 포토닉스 엔지니어링
    프로시딩스 인텔리전스 바이오테크놀로지 뉴스""".split()
)
# Words right before a title that make it a publication ("국제학술지 ‘…’", "외신 …").
PUBLICATION_CUES = ("학술지", "국제학술지", "저널", "논문지", "매체", "외신", "신문", "일간지", "잡지", "전문지", "경제지", "게재")

ROLE_WORDS = ROLE_WORDS | ACADEMIC_ROLES | INDUSTRY_ROLES
# Suffixes of units inside a company between an organisation and a title ("네이버클라우드 인프라총괄 전무").
UNIT_SUFFIXES = ("총괄", "담당", "팀", "그룹", "랩", "실", "연구단", "사업단", "추진단")
# Last syllables of given names that kiwi also reads as particles ("정유나" = 정유 + 나, "김영만" = 김영 + 만).
# "도", "로" and the case particles (이 가 은 는 을 를 의 에 와 과) are left out: after a noun ("모델도",
# "장비로") they are far likelier than a name.
NAME_FINAL_SYLLABLES = frozenset("나 만".split())
# Endings of public institutes and associations ("정보통신기획평가원", "한국반도체산업협의회") that may stand
# between a name and a title; used by the people patterns only (organisation pages keep ORG_SUFFIXES_KO).
INSTITUTION_SUFFIXES = ("평가원", "개발원", "기술원", "정보원", "관리원", "과학원", "정책원", "진흥회", "학회", "협의회",
                        "연합회", "연맹", "조합", "포럼", "연구회")
# Heads of units that are written run together with the unit's name ("전력계획처장", "상품기획실장",
# "리서치본부장", "인공지능기반정책과장", "AI연구원장"): read as titles after any unit name.
UNIT_HEAD_ROLES = frozenset(
    """처장 실장 팀장 본부장 부문장 사업부장 센터장 연구소장 소장 원장 연구원장 과장 국장 단장 그룹장 랩장 셀장 파트장
    부장 실장 학장 소장 총괄 담당 국장 청장 사무국장 사무총장 위원장 정책관 기획관 심의관 조정관 관리관""".split()
)
# Political parties stand between a name and a title ("… 국민의힘 의원", "… 더불어민주당 대표"); most end
# in 당 (read as an organisation when kiwi does not know the word), the others are listed.
PARTY_SUFFIX = "당"
PARTY_NAMES = frozenset("국민의힘 새로운미래 열린민주당 한나라당 새누리당 자유한국당 미래통합당".split())
# Endings that close a broadcast item right after the reporter's name ("YTN 김도윤입니다.").
SIGN_OFF_ENDINGS = ("입니다", "이었습니다", "였습니다")
