"""Mention roles (extract/mentions/roles.py with the cues of extract/policy/data/roles.yaml), through find_mentions.

Every case is a small Document of invented wording. Negation follows NegEx (trigger, direction,
scope window, pseudo-triggers, termination terms); for the pseudo-trigger and termination cases a
control runs the same text with a policy copy whose pseudo or termination lists are emptied, so
each of those cases shows that the cue, not something else in the sentence, decides the role.
"""

from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.cli import main
from extract.errors import PolicyError
from extract.mentions.match import find_mentions, find_mentions_in_text
from extract.policy.types import POLICY_FILES
from extract.policy.load import check_policy, load_policy, policy_version
from extract.settings import DEFAULT_POLICY_DIR
from extract.types import Document, Page, Role


def _doc(*pages: str) -> Document:
    return Document(path="case.txt", sha256="0", format="text", status="ok",
                    pages=tuple(Page(i, t) for i, t in enumerate(pages, 1)))


def _roles(text: str, policy) -> dict[str, set[str]]:
    """entity id -> the roles its mentions got."""
    out: dict[str, set[str]] = {}
    for m in find_mentions(_doc(text), policy):
        if m.entity:
            out.setdefault(m.entity, set()).add(m.role)
    return out


def _role(text: str, entity: str, policy) -> str:
    """The one role every mention of `entity` got (a case that names it twice must agree)."""
    roles = _roles(text, policy).get(entity)
    assert roles, f"{entity} not found in {text!r}"
    assert len(roles) == 1, f"{entity} got several roles in {text!r}: {roles}"
    return next(iter(roles))


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _copy_without(tmp_path_factory, *lists: str) -> Path:
    """A copy of the shipped policy whose roles.yaml has the named lists removed in every language."""
    d = tmp_path_factory.mktemp("policy")
    shutil.copytree(DEFAULT_POLICY_DIR, d, dirs_exist_ok=True)
    data = yaml.safe_load((d / "roles.yaml").read_text(encoding="utf-8"))
    removed = 0
    for cues in data["languages"].values():
        for name in lists:
            removed += len(cues.pop(name, None) or [])
    assert removed, lists
    (d / "roles.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def no_pseudo(tmp_path_factory):
    return load_policy(_copy_without(tmp_path_factory, "pseudo"))


@pytest.fixture(scope="module")
def no_termination(tmp_path_factory):
    return load_policy(_copy_without(tmp_path_factory, "termination"))


# --------------------------------------------------------------------------- the issue's documents

AWARD = "CONTRACT AWARD - TABLETS FOR SCHOOL INSPECTORS\nAwarded to: Coastline Devices Ltd\nLot 1: 120 x Huawei MatePad 11.5 tablets, 128 GB\n"
INCUMBENT = "The current supplier, China Unicom Global, will keep providing 40 mobile lines.\n"
CERT = ("Item 1: 24 x Axis P3265-LVE cameras\nCertificate of compliance: None of the offered equipment is produced by "
        "Huawei, ZTE, Hytera, Hikvision or Dahua.\n")


def test_award_document_offers_huawei(policy) -> None:
    assert _roles(AWARD, policy) == {"huawei": {"offered"}}


def test_incumbent_document_offers_china_unicom(policy) -> None:
    assert _roles(INCUMBENT, policy) == {"china_unicom": {"offered"}}


def test_certificate_of_compliance_excludes_all_five(policy) -> None:
    """The sentence says "offered", but every name sits in the scope of "none of"."""
    assert _roles(CERT, policy) == {e: {"prohibited"} for e in ("huawei", "zte", "hytera", "hikvision", "dahua")}


# --------------------------------------------------------------------------- NegEx, language by language

# (language, negated supply -> prohibited, affirmative supply -> offered)
NEGATED_AND_OFFERED = [
    ("en", "We do not supply Huawei or ZTE equipment under this contract.",
     "We offer 40 Huawei S5735-L24T4S-A switches as specified."),
    ("es", "No suministramos equipos Huawei ni ZTE.", "Ofrecemos 20 conmutadores Huawei S5735 según el pliego."),
    ("pt", "Não fornecemos equipamentos Huawei nem ZTE.", "Objeto adjudicado à empresa Delta: 30 switches Huawei S5735."),
    ("fr", "Nous ne fournissons pas de matériel Huawei ni ZTE.", "Marché attribué à la société Alpha : 12 commutateurs Huawei S5735."),
    ("de", "Wir liefern keine Huawei- oder ZTE-Komponenten.", "Zuschlag an die Beta GmbH: 24 Huawei S5735 Switches."),
    ("no", "Vi leverer ikke Huawei- eller ZTE-utstyr.", "Kontrakten er tildelt Gamma AS for 40 Huawei S5735-svitsjer."),
    ("vi", "Chúng tôi không cung cấp thiết bị Huawei hoặc ZTE.", "Nhà thầu trúng thầu cung cấp bộ chuyển mạch Huawei S5735."),
    ("ja", "ファーウェイ及びZTE製の機器は納入しないこと。", "落札者：株式会社デルタ　ファーウェイ製ルータ AR6140"),
    ("zh", "本项目不采购华为和中兴通讯设备。", "中标供应商：某某公司，华为交换机"),
    ("ko", "화웨이 및 ZTE 장비 사용 금지", "하이크비전 카메라 20대 낙찰"),
    ("it", "Non forniamo apparati Huawei né ZTE.", "Fornitura di 20 switch Huawei S5735 per la sede centrale."),
    ("nl", "Wij leveren geen apparatuur van Huawei of ZTE.", "Opdracht gegund aan Delta: 30 Huawei S5735-switches."),
    ("pl", "Nie dostarczamy urządzeń Huawei ani ZTE.", "Dostawa 30 przełączników Huawei S5735 dla urzędu."),
    ("sv", "Vi levererar inte utrustning från Huawei eller ZTE.", "Kontraktet tilldelas Gamma för 40 Huawei S5735-switchar."),
    ("da", "Vi leverer ikke udstyr fra Huawei eller ZTE.", "Levering af 40 Huawei S5735-switche til kommunen."),
    ("fi", "Emme toimita Huawei- tai ZTE-laitteita.", "Tarjoamme 40 Huawei S5735 -kytkintä kaupungille."),    ("ru", "Мы не поставляем оборудование Huawei и ZTE.", "Поставка 30 коммутаторов Huawei S5735 для нужд заказчика."),
    ("cs", "Nedodáváme zařízení Huawei ani ZTE.", "Dodávka 30 přepínačů Huawei S5735 pro úřad."),
    ("ro", "Nu furnizăm echipamente Huawei sau ZTE.", "Furnizarea a 30 de switch-uri Huawei S5735 pentru primărie."),
    ("bg", "Не доставяме оборудване Huawei или ZTE.", "Предлагаме 30 комутатора Huawei S5735 за общината."),
    ("id", "Kami tidak menyediakan perangkat Huawei maupun ZTE.", "Kami menawarkan 30 unit switch Huawei S5735 sesuai spesifikasi."),
    ("uk", "Ми не постачаємо обладнання Huawei та ZTE.", "Пропонуємо 30 комутаторів Huawei S5735 для потреб установи."),
    ("el", "Δεν προμηθεύουμε εξοπλισμό Huawei ή ZTE.", "Προσφέρουμε 30 μεταγωγείς Huawei S5735 για τον δήμο."),
    ("hu", "Nem szállítunk Huawei vagy ZTE berendezést.", "Ajánlunk 30 darab Huawei S5735 kapcsolót a hivatal részére."),
]


# Bans with a modal on products whose makers are named after the noun phrase ("may contain no
# products or services of X"), and near misses where the modal's object is something else. German:
# the wording of the reports of Germany's 5G decision (July 2024); Italian, Dutch, Finnish: the ban
# construction of EU product law ("shall not contain", RoHS 2011/65/EU art. 4(1)).
BOTH = {"huawei": {"prohibited"}, "zte": {"prohibited"}}
MODAL_BANS = [
    ("de", "Ab Ende 2029 dürfen im 5G-Netz keine kritischen Komponenten der chinesischen Hersteller Huawei "
           "und ZTE mehr eingesetzt werden.", BOTH),
    ("de", "Das Kernnetz darf bis 2026 keine Bauteile der als kritisch erachteten Hersteller Huawei und ZTE "
           "mehr enthalten.", BOTH),
    ("de", "Die Leitstelle soll keine Software oder Geräte des Herstellers Hikvision enthalten.",
     {"hikvision": {"prohibited"}}),
    ("it", "Gli apparati della rete non possono contenere componenti critici dei produttori Huawei e ZTE.", BOTH),
    ("it", "Si richiede che i sistemi offerti non contengano moduli Huawei o ZTE.", BOTH),
    ("nl", "Het kernnetwerk mag geen kritieke componenten van de leveranciers Huawei en ZTE bevatten.", BOTH),
    ("fi", "Ydinverkko ei saa sisältää valmistajien Huawei ja ZTE kriittisiä komponentteja.", BOTH),
    ("de", "Die Angebote dürfen keine Nebenangebote enthalten. Angeboten werden 24 Switches von Huawei.",
     {"huawei": {"offered"}}),
    ("de", "Die Geräte dürfen keine Lüfter haben; wir liefern 24 Huawei S5735 Switches zu je 1.200 EUR.",
     {"huawei": {"offered"}}),
    ("it", "Le offerte non possono essere presentate oltre il termine; si offrono 24 switch Huawei S5735.",
     {"huawei": {"offered"}}),
    ("nl", "De inschrijvingen mogen geen voorbehouden bevatten; wij leveren 24 Huawei S5735 switches.",
     {"huawei": {"offered"}}),
    ("fi", "Tarjoukset eivät saa olla ehdollisia. Toimitamme 24 Huawei S5735 -kytkintä.", {"huawei": {"offered"}}),
]


@pytest.mark.parametrize("lang,text,roles", MODAL_BANS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MODAL_BANS)])
def test_modal_bans_on_products_prohibit_the_makers_named_after_them(lang, text, roles, policy) -> None:
    assert _roles(text, policy) == roles


@pytest.mark.parametrize("lang,negated,offered", NEGATED_AND_OFFERED, ids=[c[0] for c in NEGATED_AND_OFFERED])
def test_negated_supply_is_prohibited_and_affirmative_supply_is_offered(lang, negated, offered, policy) -> None:
    got = _roles(negated, policy)
    assert got and all(roles == {"prohibited"} for roles in got.values()), got
    assert len(got) == 2, got  # both names of the list, not only the one next to the trigger
    got = _roles(offered, policy)
    assert got and all(roles == {"offered"} for roles in got.values()), got


# (language, text with a trigger the pseudo-trigger cancels, entity)
PSEUDO = [
    ("en", "Price for the Huawei S5735 switches excluding VAT.", "huawei"),
    ("en", "The total cost shall not exceed the budget for Huawei S5735 switches.", "huawei"),
    ("es", "Instalación sin costo de conmutadores Huawei en cada sede.", "huawei"),
    ("pt", "Instalação sem custo de switches Huawei em cada sede.", "huawei"),
    ("fr", "Installation sans frais des commutateurs Huawei sur chaque site.", "huawei"),
    ("de", "Lieferung ohne Aufpreis von Huawei-Switches an jeden Standort.", "huawei"),
    ("no", "Levering uten ekstra kostnad av Huawei-svitsjer til hvert kontor.", "huawei"),
    ("vi", "Thiết bị chuyển mạch Huawei không được vượt quá 200 W công suất.", "huawei"),
    ("ja", "ファーウェイ製ルータは本システムに不可欠である。", "huawei"),
    ("zh", "华为交换机端口数不得少于24个。", "huawei"),
    ("ko", "화웨이 장비 교체는 불가피하다", "huawei"),
    ("it", "Installazione senza oneri di switch Huawei in ogni sede.", "huawei"),
    ("nl", "Installatie zonder meerkosten van Huawei-switches op elke locatie.", "huawei"),
    ("pl", "Instalacja bez dodatkowych kosztów przełączników Huawei w każdej siedzibie.", "huawei"),
    ("sv", "Installation utan extra kostnad av Huawei-switchar på varje kontor.", "huawei"),
    ("da", "Installation uden ekstra omkostninger af Huawei-switche på hvert kontor.", "huawei"),
    ("fi", "Asennus ilman lisäkustannuksia Huawei-kytkimille jokaisessa toimipisteessä.", "huawei"),
    ("it", "Switch Huawei S5735 con trasporto escluso dal prezzo.", "huawei"),
    ("nl", "Geen meerkosten voor Huawei-switches op de tweede locatie.", "huawei"),
    ("pl", "Bez żadnych dodatkowych kosztów dostarczymy przełączniki Huawei.", "huawei"),    ("ru", "Установка без дополнительной оплаты коммутаторов Huawei в каждом филиале.", "huawei"),
    ("cs", "Instalace bez dodatečných nákladů přepínačů Huawei v každé pobočce.", "huawei"),
    ("ro", "Instalarea se face fără costuri suplimentare pentru Huawei S5735.", "huawei"),
    ("bg", "Инсталиране без допълнителни такси на Huawei S5735 във всеки офис.", "huawei"),
    ("id", "Pemasangan tanpa biaya untuk Huawei S5735 di setiap kantor.", "huawei"),
    ("uk", "Встановлення без додаткової оплати комутаторів Huawei у кожній філії.", "huawei"),
    ("el", "Εγκατάσταση χωρίς επιπλέον κόστος για Huawei S5735 σε κάθε γραφείο.", "huawei"),
    ("hu", "A Huawei S5735 kapcsolók telepítése díj nélkül történik.", "huawei"),
]


@pytest.mark.parametrize("lang,text,entity", PSEUDO, ids=[c[0] for c in PSEUDO])
def test_pseudo_trigger_is_not_a_prohibition(lang, text, entity, policy, no_pseudo) -> None:
    assert _role(text, entity, policy) != "prohibited"
    assert _role(text, entity, no_pseudo) == "prohibited"  # without the pseudo-trigger the trigger fires


# (language, text, entity inside the scope, entity past the termination term)
TERMINATION = [
    ("en", "No Hikvision cameras are offered, but Dahua recorders are quoted in lot 2.", "hikvision", "dahua"),
    ("es", "Se excluyen los equipos Hikvision, pero se aceptan cámaras Dahua con cotización.", "hikvision", "dahua"),
    ("pt", "Equipamentos Hikvision são proibidos, mas câmeras Dahua estão na proposta.", "hikvision", "dahua"),
    ("fr", "Les caméras Hikvision sont interdites, mais les enregistreurs Dahua figurent au bordereau.", "hikvision", "dahua"),
    ("de", "Hikvision-Kameras sind ausgeschlossen, jedoch werden Dahua-Rekorder angeboten.", "hikvision", "dahua"),
    ("no", "Hikvision-kameraer er forbudt, men Dahua-opptakere inngår i tilbudet.", "hikvision", "dahua"),
    ("vi", "Camera Hikvision bị cấm, nhưng đầu ghi Dahua có trong báo giá.", "hikvision", "dahua"),
    ("ja", "ハイクビジョン製カメラは除外するが、ただしダーファ製レコーダは見積に含む", "hikvision", "dahua"),
    ("zh", "禁止使用海康威视摄像机，但是大华录像机列入报价。", "hikvision", "dahua"),
    ("ko", "하이크비전 카메라 사용 금지, 다만 다후아 녹화기는 견적에 포함", "hikvision", "dahua"),
    ("it", "Le telecamere Hikvision sono vietate, ma i registratori Dahua figurano nell'offerta economica.", "hikvision", "dahua"),
    ("nl", "Hikvision-camera's zijn verboden, maar Dahua-recorders staan in de offerte.", "hikvision", "dahua"),
    ("pl", "Kamery Hikvision są zakazane, ale rejestratory Dahua są oferowane.", "hikvision", "dahua"),
    ("sv", "Hikvision-kameror är förbjudna, men Dahua-inspelare ingår i anbudet.", "hikvision", "dahua"),
    ("da", "Hikvision-kameraer accepteres ikke, dog indgår Dahua-optagere i tilbuddet.", "hikvision", "dahua"),
    ("fi", "Hikvision-kamerat ovat kiellettyjä, mutta Dahua-tallentimet sisältyvät tarjoukseen.", "hikvision", "dahua"),    ("ru", "Камеры Hikvision запрещены, но регистраторы Dahua включены в коммерческое предложение.", "hikvision", "dahua"),
    ("cs", "Kamery Hikvision jsou vyloučeny, ale rekordéry Dahua jsou součástí nabídky.", "hikvision", "dahua"),
    ("ro", "Camerele Hikvision sunt excluse, dar înregistratoarele Dahua sunt incluse în ofertă.", "hikvision", "dahua"),
    ("bg", "Камерите Hikvision са забранени, но рекордерите Dahua са включени в офертата.", "hikvision", "dahua"),
    ("id", "Kamera Hikvision dilarang, tetapi perekam Dahua termasuk dalam penawaran.", "hikvision", "dahua"),
    ("uk", "Камери Hikvision заборонені, але реєстратори Dahua включені в комерційну пропозицію.", "hikvision", "dahua"),
    ("el", "Οι κάμερες Hikvision απαγορεύονται, αλλά οι καταγραφείς Dahua περιλαμβάνονται στην οικονομική προσφορά.",
     "hikvision", "dahua"),
    ("hu", "A Hikvision kamerák tiltottak, viszont a Dahua rögzítők egységára szerepel az ajánlatban.", "hikvision", "dahua"),
]


# (language, a negated chain of participles ending in "by", the same chain affirmed): declarations
# that the offered kit was not designed, made, supplied or serviced by the names that follow
PARTICIPLE_CHAINS = [
    ("pl", "Oferowane urządzenia nie były zaprojektowane, wyprodukowane ani serwisowane przez Huawei Technologies ani ZTE.",
     "Oferowane urządzenia zostały zaprojektowane i wyprodukowane przez Huawei Technologies oraz ZTE."),
    ("cs", "Nabízená zařízení nejsou navržena, vyrobena ani dodávána společností Hikvision nebo Dahua.",
     "Nabízená zařízení jsou navržena a vyrobena společností Hikvision a dodána s rekordéry Dahua."),
    ("ro", "Echipamentele ofertate nu vor fi proiectate, fabricate sau livrate de Hikvision ori Dahua.",
     "Echipamentele ofertate sunt proiectate și fabricate de Hikvision, cu înregistratoare Dahua."),
    ("bg", "Предлаганото оборудване не е проектирано, произведено или доставено от Huawei или ZTE.",
     "Предлаганото оборудване е проектирано и произведено от Huawei и ZTE."),
    ("id", "Perangkat yang ditawarkan tidak dirancang, diproduksi maupun dipasok oleh Huawei atau ZTE.",
     "Perangkat yang ditawarkan dirancang dan diproduksi oleh Huawei dan ZTE."),
    ("uk", "Запропоноване обладнання не розроблено, не виготовлено і не поставлено компанією Huawei або ZTE.",
     "Запропоноване обладнання розроблено і виготовлено компанією Huawei та ZTE."),
    ("el", "Ο προσφερόμενος εξοπλισμός δεν έχει σχεδιαστεί, κατασκευαστεί ή προμηθευτεί από τη Huawei ή τη ZTE.",
     "Ο προσφερόμενος εξοπλισμός έχει σχεδιαστεί και κατασκευαστεί από τη Huawei και τη ZTE."),
    ("hu", "A megajánlott berendezések nem a Huawei vagy a ZTE által gyártott termékek.",
     "A megajánlott berendezések a Huawei és a ZTE által gyártott termékek."),
]


@pytest.mark.parametrize("lang,negated,affirmed", PARTICIPLE_CHAINS, ids=[c[0] for c in PARTICIPLE_CHAINS])
def test_a_negated_chain_of_participles_excludes_every_name_after_its_agent(lang, negated, affirmed, policy) -> None:
    got = _roles(negated, policy)
    assert len(got) == 2 and all(roles == {"prohibited"} for roles in got.values()), got
    assert all("prohibited" not in roles for roles in _roles(affirmed, policy).values())


@pytest.mark.parametrize("lang,text,inside,after", TERMINATION, ids=[c[0] for c in TERMINATION])
def test_termination_term_ends_the_scope(lang, text, inside, after, policy, no_termination) -> None:
    assert _role(text, inside, policy) == "prohibited"
    assert _role(text, after, policy) == "offered"
    assert _role(text, after, no_termination) == "prohibited"  # the same scope without the term reaches it


@pytest.mark.parametrize("text", [
    "Hikvision cameras are offered. None of the other bidders named a brand.",  # sentence end
    "Hikvision cameras are offered; none of them are Dahua-compatible.",
])
def test_a_forward_trigger_does_not_reach_back(text, policy) -> None:
    assert _role(text, "hikvision", policy) == "offered"


# A ban written after the list it bans ("... godtas inte") or before it, in the Nordic languages and
# the other languages of European notices; each names two vendors, and both must be prohibited.
BAN_EITHER_SIDE = [
    ("sv", "Switchar och routrar från Huawei eller ZTE godtas inte."),
    ("sv", "Av säkerhetsskäl godtas inte switchar från Huawei eller ZTE."),
    ("no", "Svitsjer og rutere fra Huawei eller ZTE godtas ikke."),
    ("no", "Av hensyn til informasjonssikkerheten aksepteres ikke svitsjer fra Huawei eller ZTE."),
    ("da", "Switche og routere fra Huawei eller ZTE accepteres ikke."),
    ("da", "Af sikkerhedshensyn accepteres ikke switche fra Huawei eller ZTE."),
    ("it", "Gli switch dei produttori Huawei e ZTE non saranno accettati."),
    ("it", "Non sono ammessi switch dei produttori Huawei e ZTE."),
    ("nl", "Switches van Huawei of ZTE worden niet geaccepteerd."),
    ("nl", "Niet toegestaan: switches van Huawei of ZTE."),
    ("pl", "Oferty obejmujące urządzenia Huawei lub ZTE zostaną odrzucone."),
    ("pl", "Nie dopuszcza się urządzeń firm Huawei i ZTE."),
    ("fi", "Huawei- ja ZTE-laitteita ei hyväksytä."),
    ("fi", "Hankinnassa ei hyväksytä seuraavien valmistajien kytkimiä: Huawei, ZTE."),
    # a verb list between the negation and the name; undertakings; Japanese ～ていない; 不向…提供
    ("en", "The bidder confirms that it does not purchase, install or resell routers from Huawei or ZTE."),
    ("en", "Our firm does not lease, rent or supply radios from Hytera or Huawei."),
    ("fr", "Le prestataire s'engage à ne pas installer de logiciel Kaspersky ni de caméras Hikvision sur les postes."),
    ("ja", "納入する端末にはカスペルスキー製品及びファーウェイ製品を搭載していないこと。"),
    ("zh", "投标人须承诺不向采购人提供海康威视、大华的摄像机。"),
    # Greek 'not permitted'; Hungarian 'nem lehet' before and after the names; removal of installed kit
    ("el", "Ο εξοπλισμός δικτύου δεν επιτρέπεται να είναι κατασκευής Huawei ή ZTE."),
    ("hu", "A hálózati eszközök gyártója nem lehet a Huawei vagy a ZTE."),
    ("hu", "Huawei vagy ZTE gyártmányú kapcsoló a hálózatban nem lehet."),
    ("hu", "A meglévő Hikvision és Dahua kamerák eltávolítása a nyertes feladata."),
]


@pytest.mark.parametrize("lang,text", BAN_EITHER_SIDE, ids=[f"{c[0]}-{i}" for i, c in enumerate(BAN_EITHER_SIDE)])
def test_a_ban_on_either_side_of_the_names(lang, text, policy) -> None:
    got = _roles(text, policy)
    assert len(got) == 2 and all(roles == {"prohibited"} for roles in got.values()), got


@pytest.mark.parametrize("text,entity", [
    ("Switchar från Huawei godtas efter provning.", "huawei"),  # godtas without inte: accepted
    ("Svitsjer fra Huawei aksepteres som likeverdige.", "huawei"),
    ("Gli switch Huawei sono ammessi se certificati.", "huawei"),  # ammessi without non
    ("Switches van Huawei worden geaccepteerd.", "huawei"),
    ("Urządzenia Huawei są dopuszczone do oferty.", "huawei"),
    ("Huawei-laitteet hyväksytään.", "huawei"),
    ("Nie później niż 30 dni od podpisania umowy dostawca dostarczy przełączniki Huawei.", "huawei"),  # pseudo
])
def test_the_affirmative_of_a_new_language_is_not_a_ban(text, entity, policy) -> None:
    assert _role(text, entity, policy) != "prohibited"


def test_backward_trigger_reaches_the_list_before_it(policy) -> None:
    text = "Equipment made by Huawei, ZTE or Hytera will be rejected."
    assert _roles(text, policy) == {"huawei": {"prohibited"}, "zte": {"prohibited"}, "hytera": {"prohibited"}}


# --------------------------------------------------------------------------- a clause reaches its sentence end

# Written for these tests: the names stand more than 15 words (the en and es window) after the ban.
CLAUSE_EN = ("The Contractor is prohibited from providing, directly or indirectly, in the performance of this contract, "
             "any equipment, system or service that includes, as a part of any kind whatsoever, routers, switches or "
             "radios developed, produced or licensed by Hytera Communications Corporation.")
CLAUSE_ES = ("El adjudicatario certificará que no suministrará ni utilizará, en la ejecución del contrato, equipos, "
             "sistemas o servicios de telecomunicaciones, videovigilancia o radiocomunicación, ni programas "
             "informáticos, producidos o prestados por Huawei.")


@pytest.fixture(scope="module")
def no_clause(tmp_path_factory):
    return load_policy(_copy_without(tmp_path_factory, "clause"))


# Written for these tests: the ban reaches its makers' subsidiaries, the only clause wording in it.
CLAUSE_EN_SUBSIDIARIES = ("Under this order the vendor must not deliver, configure or support any hardware, software or cloud "
                          "service that is designed, assembled or distributed by Hytera Communications, or any of its "
                          "subsidiaries.")


@pytest.mark.parametrize("text,entity", [(CLAUSE_EN, "hytera"), (CLAUSE_ES, "huawei"), (CLAUSE_EN_SUBSIDIARIES, "hytera")],
                         ids=["en", "es", "en-subsidiaries"])
def test_a_strong_ban_in_a_clause_reaches_the_end_of_its_sentence(text, entity, policy, no_clause) -> None:
    assert _role(text, entity, policy) == "prohibited"
    assert _role(text, entity, no_clause) != "prohibited"  # without clause wording the window applies


def test_a_far_clause_list_is_banned_whole(policy) -> None:
    """The s.889 wording, paraphrased: the ban opens the sentence, the three names close it."""
    text = ("Offerors are prohibited from providing to the Government any equipment, system, or service that uses, "
            "as a substantial or essential component of any system, video surveillance and telecommunications "
            "equipment made by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company or "
            "Dahua Technology Company.")
    assert _roles(text, policy) == {e: {"prohibited"} for e in ("hytera", "hikvision", "dahua")}


# Written for these tests: German declarations that no kit of the makers named after them is supplied;
# the makers stand past the 4 words the bare "kein" reaches.
DECLARED_DE = [
    ("Die Bieterin erklärt, dass keine Router, Switches oder Kameras der Hersteller Hikvision, Dahua oder Huawei "
     "Bestandteil des Angebots sind.", ("hikvision", "dahua", "huawei")),
    ("Der Lieferant sichert zu, dass keinerlei Funkgeräte oder Zubehör des Herstellers Hytera ausgeliefert werden.",
     ("hytera",)),
    ("Der Auftragnehmer stellt sicher, dass im Rechenzentrum keine Virenschutz- oder Endpoint-Software aus dem "
     "Hause Kaspersky betrieben wird.", ("kaspersky",)),
]
_OLD_DE_DECLARATION = "'bestätig\\w*,?\\s+dass\\s+(?:\\w+\\s+){0,4}?(?:kein\\w*|nicht)'"


@pytest.fixture(scope="module")
def only_bestaetigt(tmp_path_factory):
    """The shipped policy with the German declaration cue as it was before it read other verbs than
    'bestätigt' (so each case below shows the new verbs, not something else, decide)."""
    d = tmp_path_factory.mktemp("policy")
    shutil.copytree(DEFAULT_POLICY_DIR, d, dirs_exist_ok=True)
    lines = (d / "roles.yaml").read_text(encoding="utf-8").splitlines(keepends=True)
    hits = [i for i, ln in enumerate(lines) if ln.lstrip().startswith("- {cue: '(?:bestätig")]
    assert len(hits) == 1
    lines[hits[0]] = f"      - {_OLD_DE_DECLARATION}\n"
    (d / "roles.yaml").write_text("".join(lines), encoding="utf-8")
    return load_policy(d)


@pytest.mark.parametrize("text,entities", DECLARED_DE, ids=["erklaert", "sichert-zu", "stellt-sicher"])
def test_a_german_declaration_that_no_kit_of_the_makers_is_supplied(text, entities, policy, only_bestaetigt) -> None:
    assert _roles(text, policy) == {e: {"prohibited"} for e in entities}
    assert all(_role(text, e, only_bestaetigt) != "prohibited" for e in entities)


def test_a_german_declaration_without_a_negation_bans_nothing(policy) -> None:
    text = "Der Auftragnehmer versichert, dass die gelieferten 40 Kameras vom Hersteller Hikvision stammen."
    assert _role(text, "hikvision", policy) != "prohibited"


@pytest.mark.parametrize("text", [
    # a strong trigger, but no clause wording: the names past the window stay what they are
    "The supplier shall not deliver before the site survey has been completed by the engineer, after which forty "
    "access switches and two core routers made by Huawei Technologies will be installed in the basement.",
    # clause wording, but the 'shall not' bans no supply: the plain 15-word window
    "In the performance of this contract bidders shall not submit more than one offer, and the offer for lot 2 "
    "shall include forty access switches, ten aggregation switches and two core routers of Huawei, quoted in EUR.",
])
def test_a_long_sentence_is_not_a_ban_by_its_length(text, policy) -> None:
    assert _role(text, "huawei", policy) == "offered"


@pytest.mark.parametrize("text, entity, role", [
    # "No." as a count: the removal reaches the cameras it counts
    ("Removal of the existing recorders: 2 No. Hikvision DS-7608 recorders, to be disposed of.", "hikvision", "prohibited"),
    # abbreviations between a ban and the names it bans: "approx.", "incl.", "inkl.", "e.g."
    ("Excluded from this lot: approx. 30 Hikvision cameras already on site.", "hikvision", "prohibited"),
    ("Equipment of restricted vendors is prohibited, incl. Huawei switches.", "huawei", "prohibited"),
    ("Ausgeschlossen sind Kameras inkl. Rekorder der Marke Dahua.", "dahua", "prohibited"),
    ("Restricted brands are excluded, e.g. Hytera radios.", "hytera", "prohibited"),
    # a stop before a word in lower case: one sentence
    ("Offers will be rejected for products of Zhejiang Uniview Co., Ltd. and of Hikvision.", "hikvision", "prohibited"),
])
def test_a_full_stop_inside_a_sentence_does_not_end_it(text, entity, role, policy) -> None:
    assert _role(text, entity, policy) == role


@pytest.mark.parametrize("text", [
    # the answer "No." ends its sentence: the question's offer wording stays with the question
    "Can bidders offer Huawei switches? No. Only the brands listed in Annex 2 are accepted.",
    # a stop before a capital, a digit or a CJK character still ends a sentence
    "Bidders offering Dahua cameras were rejected in 2023. Hikvision cameras are offered here.",
])
def test_a_full_stop_that_ends_a_sentence_still_does(text, policy) -> None:
    from extract.mentions.roles import sentence_bounds

    second = text.rfind("Hikvision") if "Hikvision" in text else text.find("Only")
    start, _ = sentence_bounds(text, second, second + 5)
    assert text[start:].lstrip().startswith(("Only", "Hikvision"))


def test_sentence_bounds_agree_with_the_page_walk_around_abbreviations() -> None:
    """assign_roles finds the sentence start on the reversed page; it must agree with
    sentence_bounds on stops it skips as well as on those it keeps."""
    from extract.mentions.roles import _bounds_with, sentence_bounds

    text = "Lot 1. 14 No. cameras incl. cabling. Item 2: approx. 3 pcs. of Huawei kit. Done, e.g. here. End."
    rev = text[::-1]
    for k in range(len(text)):
        if text[k].isalpha():
            assert _bounds_with(text, rev, k, k + 1) == sentence_bounds(text, k, k + 1), k


def test_non_prefix_touches_only_the_next_word(policy) -> None:
    assert _role("Non-Huawei switches only.", "huawei", policy) == "prohibited"
    assert _role("Non-compliant Huawei switches were returned.", "huawei", policy) != "prohibited"


# --------------------------------------------------------------------------- scope window


def _with_window(tmp_path: Path, lang: str, window: int) -> Path:
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    path = d / "roles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["languages"][lang]["window"] = window
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return d


def test_scope_window_counts_words_between_trigger_and_mention(tmp_path: Path) -> None:
    p = load_policy(_with_window(tmp_path, "en", 3))
    for k in range(6):
        text = "None of " + " ".join(["lorem"] * k) + " Huawei."
        assert (_role(text, "huawei", p) == "prohibited") == (k <= 3), (k, text)


def test_scope_window_counts_characters_in_cjk(tmp_path: Path) -> None:
    p = load_policy(_with_window(tmp_path, "zh", 4))
    for k in range(7):
        text = "不采购" + "某" * k + "华为"  # 不采购 is a zh cue only (禁止 is also ja's, with its own window)
        assert (_role(text, "huawei", p) == "prohibited") == (k <= 4), (k, text)


# --------------------------------------------------------------------------- narrow CJK cues stay narrow


@pytest.mark.parametrize("text,role", [
    ("ファーウェイ製ルータ AR6140 を使用し、停電時に設定が消失しないこと", "mentioned"),  # spec form しないこと
    ("华为交换机 支持端口禁用与环路检测", "mentioned"),  # 禁用: disable a port
    ("型号：华为 CE6881-48S6CQ 交换机，不接受负偏离", "offered"),  # boilerplate of Chinese specifications
    ("ファーウェイ製の機器は調達しないこと", "prohibited"),
    ("不接受华为产品。", "prohibited"),
])
def test_narrow_cjk_cues(text, role, policy) -> None:
    assert _role(text, "huawei", policy) == role


# --------------------------------------------------------------------------- supply wording reads as offered

SUPPLY = [
    ("Huawei S5735 switches supplied to the ministry in 2023.", "huawei"),
    ("Awarded to Huawei Technologies for the core network.", "huawei"),
    ("Contract awarded for Huawei tablets.", "huawei"),
    ("Huawei switches installed in all district offices.", "huawei"),
    ("The incumbent, China Unicom Global, runs the network.", "china_unicom"),
    ("The existing provider, China Telecom Americas, operates the lines.", "china_telecom"),
    ("China Unicom Global will keep providing the lines.", "china_unicom"),
    ("Manufacturer's authorisation from Hikvision is attached.", "hikvision"),
    ("MAF signed by Hikvision Europe.", "hikvision"),
    ("Authorised reseller of Hikvision cameras.", "hikvision"),
    ("Contrato adjudicado a Hikvision Europe.", "hikvision"),
    ("El proveedor actual es China Telecom Americas.", "china_telecom"),
    ("Objeto adjudicado à Hikvision Europe.", "hikvision"),
    ("Marché attribué à Hikvision Europe.", "hikvision"),
    ("Le titulaire actuel est China Telecom Americas.", "china_telecom"),
    ("Zuschlag an Hikvision Europe.", "hikvision"),
    ("Derzeitiger Anbieter ist China Telecom Americas.", "china_telecom"),
    ("Kontrakten er tildelt Hikvision Europe.", "hikvision"),
    ("Nåværende leverandør er China Telecom Americas.", "china_telecom"),
    ("Nhà thầu trúng thầu là Hikvision Europe.", "hikvision"),
    ("Nhà cung cấp hiện tại là China Telecom Americas.", "china_telecom"),
    ("落札者 ハイクビジョン", "hikvision"),
    ("ファーウェイ製ルータの納入実績", "huawei"),
    ("現行業者はチャイナ・テレコム", "china_telecom"),
    ("中标人：海康威视", "hikvision"),
    ("成交供应商：海康威视", "hikvision"),
    ("现有供应商为中国电信", "china_telecom"),
    ("机房已安装华为交换机", "huawei"),
    ("Переможцем визнано Huawei Technologies Ukraine.", "huawei"),
    ("Η σύμβαση κατακυρώνεται στη Hikvision Europe.", "hikvision"),
    ("A jelenleg használt Kaspersky licencek 2025-ben lejárnak.", "kaspersky"),
    ("Ajánlatunkat a Hikvision kamerákra az alábbiak szerint adjuk meg.", "hikvision"),
]


@pytest.mark.parametrize("text,entity", SUPPLY, ids=[t[:30] for t, _ in SUPPLY])
def test_supply_wording_reads_as_offered(text, entity, policy) -> None:
    assert _role(text, entity, policy) == "offered"


@pytest.mark.parametrize("text,entity", [
    ("Lot 1: 120 x Huawei MatePad tablets", "huawei"),
    ("24 x Hikvision cameras", "hikvision"),
    ("Huawei tablets, qty 10", "huawei"),
    ("Huawei S5735 switches, 10 units", "huawei"),
    ("Huawei S5735 switches × 10", "huawei"),
    ("华为交换机10台", "huawei"),
    ("海康威视摄像机10套", "hikvision"),
])
def test_line_item_with_a_quantity_reads_as_offered(text, entity, policy) -> None:
    assert _role(text, entity, policy) == "offered"


def test_prose_without_supply_wording_stays_mentioned(policy) -> None:
    assert _role("Huawei opened a research centre in the city in 2019.", "huawei", policy) == "mentioned"
    assert _role("Huawei has 12 research centres.", "huawei", policy) == "mentioned"  # a number is not a quantity


# --------------------------------------------------------------------------- the buyer


@pytest.mark.parametrize("text,entity", [
    ("采购人：中国移动通信集团有限公司", "china_mobile"),
    ("Contracting authority: China Telecom (Europe) Ltd", "china_telecom"),
    ("Purchaser: China Mobile International", "china_mobile"),
    ("Purchaser:\nChina Mobile International", "china_mobile"),  # the value on the next line
    ("China Mobile International (the Purchaser) invites tenders for fibre links", "china_mobile"),
    ("Tender issued by China Unicom Global for 200 routers", "china_unicom"),
    ("Comprador: China Mobile International", "china_mobile"),
    ("Entidade contratante: China Telecom Americas", "china_telecom"),
    ("Pouvoir adjudicateur : China Telecom Americas", "china_telecom"),
    ("Auftraggeber: China Telecom Americas", "china_telecom"),
    ("Oppdragsgiver: China Mobile International", "china_mobile"),
    ("Bên mời thầu: China Telecom Americas", "china_telecom"),
    ("発注機関：中国移動", "china_mobile"),
    ("発注者 チャイナ・テレコム", "china_telecom"),
    ("甲方：中国电信", "china_telecom"),
    ("招标人：中国联通", "china_unicom"),
    ("中国移动通信集团有限公司（以下简称“采购人”）", "china_mobile"),
    ("Ordregiver: China Mobile International", "china_mobile"),
    ("Aanbestedende dienst: China Telecom Americas", "china_telecom"),
    ("Zamawiający: China Telecom Americas", "china_telecom"),
    ("Hankintayksikkö: China Mobile International", "china_mobile"),
    ("Upphandlande myndighet: China Telecom Americas", "china_telecom"),
    ("Stazione appaltante: China Mobile International", "china_mobile"),
    ("Entidade adjudicante: China Mobile International", "china_mobile"),
    # a Chinese company announcing its own purchase, or its staff writing to a supplier
    ("中国移动通信集团江苏有限公司现面向社会公开采购员工工装一批。", "china_mobile"),
    ("中国电信股份有限公司杭州分公司对职工食堂食材配送服务进行公开比选。", "china_telecom"),
    ("中国联通某市分公司拟就办公楼物业服务进行询价，欢迎报名。", "china_unicom"),
    ("您好，我是中国电信某分公司综合部的李工，负责本次保洁服务采购。", "china_telecom"),
])
def test_entity_in_the_buyer_slot_is_the_buyer(text, entity, policy) -> None:
    assert _role(text, entity, policy) == "buyer"


def test_buyer_and_offer_in_one_document() -> None:
    policy = load_policy()
    text = ("Contracting authority: China Telecom (Europe) Ltd\nSubject: mobile voice and data services\n"
            "Lot 2: 40 x China Telecom data SIM cards | 40 | 12.00\n")
    ms = [m for m in find_mentions(_doc(text), policy) if m.entity == "china_telecom"]
    assert [(m.line, m.role) for m in ms] == [(1, "buyer"), (3, "offered")]
    text = "采购人：中国移动通信集团有限公司\n采购内容：中国移动5G专线 10条，单价 2,000.00\n"
    ms = [m for m in find_mentions(_doc(text), policy) if m.entity == "china_mobile"]
    assert [(m.line, m.role) for m in ms] == [(1, "buyer"), (2, "offered")]


def test_a_buyer_in_its_slot_is_the_buyer_where_supply_words_name_it_elsewhere() -> None:
    """The quotation form of a buyer's own request is addressed to it, with supply words ("we
    offer", 报价): those mentions are the buyer too, below a buyer slot. A priced row keeps its offer."""
    policy = load_policy()
    text = ("Office of the Secretary\n\n\n\n\nRequest for quotation No. 7\nPurchaser: Huawei Technologies Ghana Ltd\n"
            "Items: 30 laptops, 14-inch, Dell or HP\n\nQUOTATION FORM\nTo: Huawei Technologies Ghana Ltd\n"
            "We offer to supply the laptops listed above at the prices below.\n")
    ms = [m for m in find_mentions(_doc(text), policy) if m.entity == "huawei"]
    assert ms and {m.role for m in ms} == {"buyer"}
    text = ("\n\n\n\n\n\n采购人：中国联合网络通信有限公司某某市分公司\n报价函\n致：中国联合网络通信有限公司某某市分公司\n"
            "我方愿以下列价格提供办公电脑。\n中国联通物联网卡 | 100 | 12.00\n")
    ms = [m for m in find_mentions(_doc(text), policy) if m.entity == "china_unicom"]
    assert [m.role for m in ms] == ["buyer", "buyer", "offered"]


def test_a_short_line_addressed_to_the_buyer_is_not_a_row_of_its_neighbours() -> None:
    """"致：X" on the quotation form is a short line; its snippet runs into the telephone row
    above it, but the line itself is no priced row, so below a buyer slot it names the buyer."""
    policy = load_policy()
    first = "\n\n\n\n\n\n采购人：中国移动通信集团某某有限公司\n采购内容：办公电脑\n"
    form = ("联系方式\n电话 | 0731-5550123 | 0731-5550456\n报价一览表\n致：中国移动通信集团某某有限公司\n"
            "我方愿以下列价格提供招标文件规定的货物：\n")
    ms = [m for m in find_mentions(_doc(first, form), policy) if m.entity == "china_mobile"]
    assert [(m.page, m.role) for m in ms] == [(1, "buyer"), (2, "buyer")]


def test_a_suppliers_quotation_headed_by_its_own_name_keeps_its_offer() -> None:
    """Only a buyer slot turns offered names: a letterhead alone may be a supplier's own quotation."""
    policy = load_policy()
    text = ("China Mobile Hong Kong Company Limited\nEnterprise mobile services quotation\n\n\n\n\n"
            "China Mobile Hong Kong will supply 200 data SIM plans at HKD 88 per month.\n")
    ms = [m for m in find_mentions(_doc(text), policy) if m.entity == "china_mobile" and m.line > 5]
    assert ms and {m.role for m in ms} == {"offered"}


@pytest.mark.parametrize("text,entity", [
    ("Purchaser: Ministry of Works\nHuawei S5735 switches are required", "huawei"),  # the label's line ended
    ("Certificate issued by Huawei for the offered modules", "huawei"),  # an issuer, not the buyer
    ("The purchaser will evaluate Huawei and other brands.", "huawei"),  # no label
    ("発注者が指定するファーウェイ製ルータ", "huawei"),  # 発注者 as the subject, not a label
    ("本公司拟对华为交换机维保服务进行询价。", "huawei"),  # the name is the object of the purchase
    ("华为交换机维保服务项目，本公司拟对该项目进行询价。", "huawei"),  # another clause's name
    ("我们是华为授权经销商，现报价如下。", "huawei"),  # a dealer introducing itself
    ("我是华为授权经销商的销售经理。", "huawei"),  # no buyer's department
])
def test_buyer_words_outside_the_slot_do_not_make_a_buyer(text, entity, policy) -> None:
    assert _role(text, entity, policy) != "buyer"


def test_prohibition_wins_over_the_buyer_slot(policy) -> None:
    assert _role("Buyer: China Telecom Americas, which is excluded from this framework.", "china_telecom", policy) == "prohibited"


def test_buyer_wins_over_offer_wording_in_its_sentence(policy) -> None:
    text = "Purchaser: China Mobile International, quotation for 40 lines, unit price in EUR"
    assert _role(text, "china_mobile", policy) == "buyer"


# --------------------------------------------------------------------------- the issuer at the top of the document

ISSUER = [  # (first page, entity): the company whose legal name heads the document issues it
    ("Huawei Technologies España S.L.\nSolicitud de ofertas: servicio de limpieza de oficinas\n"
     "Plazo de presentación de la oferta: 12 de mayo\n", "huawei"),
    ("# Huawei Technologies Sweden AB\n\nUpphandling av kontorsmöbler\n", "huawei"),
    ("ZTE Deutschland GmbH Preisanfrage Vergabe-Nr. 2024-031\nReinigung der Büroräume\nAngebotsfrist: 15.06.2024\n", "zte"),
    ("中国移动通信集团浙江有限公司 办公家具询价函\n一、项目名称：办公家具\n", "china_mobile"),
    ("チャイナ・モバイル・インターナショナル・ジャパン株式会社\n事務所清掃業務 仕様書\n", "china_mobile"),
    ("株式会社カスペルスキー\n社員食堂運営業務 仕様書\n", "kaspersky"),
    ("Toimistokalusteet uusiin tiloihin (ZTE Finland Oy)\nHankintailmoitus\n", "zte"),
    ("Mobiliário de escritório (ZTE do Brasil Ltda.)\nAviso de licitação\n", "zte"),
    ("To: China Mobile International (UK) Limited\nForm of Tender: office cleaning services\n"
     "We, the undersigned, offer to provide the services for the sum stated below.\n", "china_mobile"),
]


@pytest.mark.parametrize("text,entity", ISSUER, ids=[t[:24] for t, _ in ISSUER])
def test_the_issuer_named_at_the_top_is_the_buyer(text, entity, policy) -> None:
    ms = [m for m in find_mentions(_doc(text), policy) if m.entity == entity]
    assert ms and ms[0].line <= 2 and ms[0].role == "buyer", [(m.line, m.role) for m in ms]


NOT_ISSUER = [  # (first page, entity, role): the top of the document names a supplier or an item
    ("Lot 1: 120 x Huawei MatePad tablets\nDelivery within 30 days\n", "huawei", "offered"),
    ("Supply of Huawei switches\nThe contractor delivers to the central warehouse\n", "huawei", "offered"),
    ("Huawei Technologies Co., Ltd. | 4 | 1,200.00\n", "huawei", "offered"),
    ("Huawei Technologies Co., Ltd. 4 units\n", "huawei", "offered"),
    ("ZTE Deutschland GmbH Preisanfrage 40 x Router\n", "zte", "offered"),
    ("Huawei Technologies Co., Ltd.\nQuotation No. Q-2024-17\nTo: Ministry of Works\n", "huawei", "offered"),
    ("Hikvision Europe B.V.\nManufacturer's Authorization Letter\n", "hikvision", "mentioned"),
    ("Huawei Technologies España S.L.\nOferta comercial nº 2024-17\n", "huawei", "mentioned"),
    ("ZTE Deutschland GmbH\nAngebot Nr. 4711 vom 12.05.2024\n", "zte", "offered"),
    ("中兴通讯股份有限公司\n报价单\n", "zte", "offered"),
    ("To: Huawei Technologies (UK) Co., Ltd.\nRequest for Quotation: 40 network switches\n", "huawei", "mentioned"),
    ("Lot 2 - Network switches (Huawei Technologies Co., Ltd.)\n", "huawei", "mentioned"),
    ("Huawei as a supplier of network switches\n", "huawei", "mentioned"),
    ("Tender for office cleaning\nBuyer: City of Oslo\nDeadline: 1 June\nContact: procurement office\n"
     "Address: Town hall\nHuawei Technologies Norway AS\n", "huawei", "mentioned"),  # below the top lines
]


@pytest.mark.parametrize("text,entity,role", NOT_ISSUER, ids=[t[:24] for t, _, _ in NOT_ISSUER])
def test_an_offer_or_a_supplier_at_the_top_is_not_the_buyer(text, entity, role, policy) -> None:
    assert _role(text, entity, policy) == role


def test_only_the_first_page_names_the_issuer(policy) -> None:
    doc = _doc("Preisanfrage Reinigung\n", "ZTE Deutschland GmbH\nAnlage 2\n")
    assert [m.role for m in find_mentions(doc, policy) if m.entity == "zte"] == ["mentioned"]


def test_a_supplier_document_or_an_invitation_turns_the_rule_off(policy) -> None:
    head = "Hikvision Europe B.V.\n"
    assert _role(head + "Kantoormeubilair voor het nieuwe hoofdkantoor\n", "hikvision", policy) == "buyer"
    assert _role(head + "Quotation No. 2024-17\n", "hikvision", policy) != "buyer"  # its own quotation
    to = "To: Huawei Technologies (UK) Co., Ltd.\n"
    assert _role(to + "Form of Tender: staff catering\n", "huawei", policy) == "buyer"
    assert _role(to + "Request for Quotation: staff catering\n", "huawei", policy) != "buyer"  # invited to quote
    letter = to + "Subject: 40 access switches\nDear Sirs, we are pleased to invite you to submit a quotation.\n"
    assert _role(letter, "huawei", policy) != "buyer"


def test_the_issuer_rule_is_policy_data(tmp_path: Path) -> None:
    text = "ZTE Deutschland GmbH Preisanfrage Vergabe-Nr. 2024-031\nReinigung der Büroräume\n"
    assert _role(text, "zte", load_policy()) == "buyer"
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    path = d / "roles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["issuer"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert _role(text, "zte", load_policy(d)) == "mentioned"


# --------------------------------------------------------------------------- cues as policy data


def test_roles_yaml_is_a_policy_file_in_the_version(tmp_path: Path) -> None:
    assert "roles.yaml" in POLICY_FILES
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    before = policy_version(d)
    with open(d / "roles.yaml", "a", encoding="utf-8") as f:
        f.write("# a comment\n")
    assert policy_version(d) != before
    (d / "roles.yaml").unlink()
    assert any(p.startswith("roles.yaml:0: file: missing") for p in check_policy(d))


def test_policy_dir_brings_its_own_cues(tmp_path: Path) -> None:
    text = "Huawei equipment is embargoed."
    assert _role(text, "huawei", load_policy()) == "mentioned"
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    path = d / "roles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["languages"]["en"]["both"].append("embargoed")
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert _role(text, "huawei", load_policy(d)) == "prohibited"


def _broken_copy(tmp_path: Path) -> Path:
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    text = (d / "roles.yaml").read_text(encoding="utf-8")
    edits = [
        ("      - 'shall\\s+not'\n", "      - 'shall\\s+(not'\n"),  # does not compile
        ("      - 'must\\s+not'\n", "      - 'MUST\\s+not'\n"),  # upper case
        ("      - 'neither'\n", "      - 'x?'\n"),  # matches the empty string
        ("  fr:\n    unit: words\n    window: 15\n", "  fr:\n    unit: words\n    window: -1\n"),
        ("  de:\n    unit: words\n", "  de:\n    unit: letters\n"),
        ("  ko:\n", "  kr:\n"),  # unknown language
        ("  pt:\n    unit: words\n", "  pt:\n    unit: words\n    triggers: []\n"),  # unknown field
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    (d / "roles.yaml").write_text(text, encoding="utf-8")
    return d


def test_every_problem_in_roles_yaml_is_reported_at_once(tmp_path: Path) -> None:
    d = _broken_copy(tmp_path)
    problems = check_policy(d)
    lines = (d / "roles.yaml").read_text(encoding="utf-8").splitlines()

    def at(fragment: str, field: str) -> str:
        hit = [p for p in problems if p.startswith("roles.yaml:") and f": {field}:" in p and fragment in p]
        assert hit, (fragment, field, problems)
        return hit[0]

    bad = at("does not compile", "languages.en.forward")
    assert "shall\\s+(not" in lines[int(bad.split(":")[1]) - 1]  # the line named is the cue's own
    at("lower case", "languages.en.forward")
    at("matches the empty string", "languages.en.forward")
    at("whole number", "languages.fr.window")
    at("'letters' is not one of words, chars", "languages.de.unit")
    at("unknown language 'kr'", "languages.kr")
    at("unknown field", "languages.pt.triggers")
    with pytest.raises(PolicyError) as exc:
        load_policy(d)
    assert "roles.yaml:" in str(exc.value)


def test_problems_in_the_issuer_section_and_in_reach_are_reported(tmp_path: Path) -> None:
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    path = d / "roles.yaml"
    text = path.read_text(encoding="utf-8")
    edits = [
        ("issuer:\n  lines: 5\n", "issuer:\n  lines: 0\n  colour: red\n"),
        ("    - 'gmbh'\n", "    - 'gmbh('\n"),
        ("reach: sentence, note: \"a verb list", "reach: far, note: \"a verb list"),
        ("      - '(?:is|are)\\s+restricted'\n", "      - {cue: '(?:is|are)\\s+restricted', reach: sentence}\n"),
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    problems = [p for p in check_policy(d) if p.startswith("roles.yaml:")]
    lines = text.splitlines()

    def at(field: str, fragment: str) -> None:
        hit = [p for p in problems if f": {field}: " in p and fragment in p]
        assert hit, (field, fragment, problems)
        assert int(hit[0].split(":")[1]) > 0 and lines[int(hit[0].split(":")[1]) - 1].strip()

    at("issuer.lines", "whole number >= 1")
    at("issuer.colour", "unknown field")
    at("issuer.suffix", "does not compile")
    at("languages.en.forward.reach", "'far' is not one of window, sentence")
    at("languages.en.backward.reach", "unknown field")  # only forward-reaching triggers have a reach


def test_cues_that_compile_alone_but_not_together_are_reported(tmp_path: Path) -> None:
    d = tmp_path / "policy"
    shutil.copytree(DEFAULT_POLICY_DIR, d)
    path = d / "roles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["languages"]["en"]["offer"].append("(?s)starter kit")  # global flags: only at the start of a whole regex
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = check_policy(d)
    assert any(p.startswith("roles.yaml:") and ": languages: the offer cues do not combine" in p for p in problems), problems


def test_policy_check_command_reports_roles_yaml(tmp_path: Path, capsys) -> None:
    d = _broken_copy(tmp_path)
    assert main(["policy", "check", str(d)]) == 2
    out = capsys.readouterr().out
    assert "roles.yaml:" in out and "languages.kr" in out
    assert main(["policy", "check", str(DEFAULT_POLICY_DIR)]) == 0
    assert "role cues" in capsys.readouterr().out


def test_every_role_given_is_a_role_value(policy) -> None:
    """extract.roles spells the roles itself; they must be the values of extract.types.Role."""
    texts = [AWARD, INCUMBENT, CERT, "Purchaser: China Mobile International", "Huawei opened an office."]
    given = {m.role for t in texts for m in find_mentions(_doc(t), policy)}
    assert given == {r.value for r in Role}


# --------------------------------------------------------------------------- the cue regexes

def _all_cues() -> list[tuple[str, int]]:
    data = yaml.safe_load((DEFAULT_POLICY_DIR / "roles.yaml").read_text(encoding="utf-8"))
    out = []
    for cues in data["languages"].values():
        for key, items in cues.items():
            if isinstance(items, list):
                out += [((i["cue"] if isinstance(i, dict) else i), 0) for i in items]
    return out


_PIECES = ["no", "none of", "shall not", "be used", "piano", "huawei", "hikvision", "non-", "-free", "lead-free",
           "excluded", "excluding vat", "but", ";", " ", " ", "\n", "(the purchaser)", "purchaser:", "24", " x ", "× 10",
           "qty", "禁止", "不得", "少于", "使用", "华为", "台", "しないこと", "ファーウェイ", "除く", "금지", "không được",
           "é", "ß", "_", "1,200.00", "|", "adjudicado a", "zuschlag an", "kein", "keine", "ingen", "sin", "sinclair",
           "inga", "inget", "godtas", " inte", "niet toegestaan", "nie dopuszcza się", "ei hyväksytä", "non sono ammessi",
           "marca", "modello", ", ma ", "公司", "现面向社会采购", "对", "进行询价", "我是", "后勤处", "不向", "提供"]


@functools.lru_cache(maxsize=1)
def _grouped_and_plain() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grouped regex of every cue and the plain alternation it must agree with, built once:
    compiling both for each of the property test's examples took 80 s of CI."""
    from extract.policy.cues import _EDGE, _combine

    cues = _all_cues()
    grouped = _combine(None, cues, "test")
    plain = re.compile(f"{_EDGE}(?:" + "|".join(f"(?:{s})" for s, _ in cues) + f"){_EDGE}")
    return grouped, plain


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_grouped_cue_regex_matches_where_the_plain_one_does(parts) -> None:
    """extract.roles groups cues by their first characters to guard them cheaply; a cue must
    still match at exactly the positions the plain form (every cue behind the full guard) does."""
    grouped, plain = _grouped_and_plain()
    text = "".join(parts)
    for pos in range(len(text) + 1):
        assert (grouped.match(text, pos) is None) == (plain.match(text, pos) is None), (text, pos)


# --------------------------------------------------------------------------- Russian: Cyrillic names and cues

@pytest.mark.parametrize("text,entity,role", [
    ("Коммутатор Хуавэй S5735 или эквивалент, 12 шт.", "huawei", "offered"),
    ("Видеокамера Хиквижн, количество: 40", "hikvision", "offered"),
    ("Регистратор Дахуа — 2 шт.", "dahua", "offered"),
    ("Ни одно из предлагаемых изделий не произведено компаниями Хуавей, Хиквижн или Дахуа.", "dahua", "prohibited"),
    ("Заказчик: ООО «Техкомпания Хуавэй»", "huawei", "buyer"),
    ("Радиостанции ООО «Хайтера» не допускаются к поставке.", "hytera", "prohibited"),
])
def test_russian_names_in_cyrillic_take_their_role(text, entity, role, policy) -> None:
    """Sentences written for this test: the Russian spellings of entities.yaml and the ru cues."""
    assert _role(text, entity, policy) == role


@pytest.mark.parametrize("text", [
    "Допустимое отклонение размеров крепления камер Hikvision ±5 мм.",  # 'отклонение' is not 'отклонен'
    "Срок поставки коммутаторов Huawei не позднее 30 дней.",  # 'не позднее' is a pseudo-trigger
    "Кронштейн для камер Hikvision поставляется без НДС.",
])
def test_russian_lookalikes_are_not_prohibitions(text, policy) -> None:
    roles = _roles(text, policy)
    assert roles and all("prohibited" not in r for r in roles.values()), roles


def test_cyrillic_cues_are_kept_off_the_inside_of_words(policy_copy) -> None:
    """The word-edge guard covers Cyrillic as it covers Latin: a Russian cue written without \\b
    ("но", but) does not end a ban's scope inside "произведенного" (the shipped cues also carry
    \\b; this copy drops it to test the guard itself)."""
    path = policy_copy / "roles.yaml"
    text = path.read_text(encoding="utf-8")
    assert "'\\bно\\b'" in text
    path.write_text(text.replace("'\\bно\\b'", "'но'"), encoding="utf-8")
    bare = load_policy(policy_copy)
    sentence = "Запрещается поставка оборудования, произведенного компаниями Hikvision и Dahua."
    assert _role(sentence, "hikvision", bare) == "prohibited"
    assert _role("Камеры Hikvision запрещены, но регистраторы Dahua включены в коммерческое предложение.",
                 "dahua", bare) == "offered"  # the standalone word still ends the scope


@pytest.mark.parametrize("text,entity,role", [
    # the company that invites quotations or tenders is the buyer, past its short names in brackets
    ('China Telecom Global Limited ("CTG", "the Company") invites your firm to submit a quotation for printing.',
     "china_telecom", "buyer"),
    ("中國移動香港有限公司（下稱「本公司」）現邀請合資格供應商就資訊保安平台提交標書。", "china_mobile", "buyer"),
    # a name inside what the invitation asks for is after the trigger: still supply
    ("We invite qualified suppliers to quote for Huawei switches.", "huawei", "offered"),
    ("本公司现邀请合格供应商对华为交换机维保服务进行报价。", "huawei", "offered"),
])
def test_the_company_that_invites_suppliers_is_the_buyer(text, entity, role, policy) -> None:
    roles = {m.role for m in find_mentions_in_text(text, policy, page=2) if m.entity == entity}
    assert roles == {role}


@pytest.mark.parametrize("text,entities", [
    # Czech bans after NÚKIB's warning: old kit removed, new kit that must not come from the vendors
    ("Součástí plnění je demontáž stávajících přepínačů Huawei a dodávka 16 ks nových přepínačů.", {"huawei"}),
    ("Nové prvky nesmí pocházet od výrobců Huawei Technologies Co., Ltd. ani ZTE Corporation a jejich dceřiných "
     "společností.", {"huawei", "zte"}),
])
def test_czech_removals_and_bans_exclude(text, entities, policy) -> None:
    got = _roles(text, policy)
    assert set(got) == entities and all(r == {"prohibited"} for r in got.values()), got


def test_a_romanian_award_offers_its_cameras(policy) -> None:
    assert _roles("Furnizare și montaj: 36 camere IP Dahua IPC-HFW2441 și un NVR Dahua.", policy) == {"dahua": {"offered"}}


def test_the_cues_of_one_language_are_not_ordinary_words_of_another(policy) -> None:
    """Every language's cues run on every document: the Romanian termination 'dar' is Spanish 'to
    give', and the Romanian ban 'exclus' starts French 'exclusivement'."""
    text = "El distribuidor dejó de comercializar y de dar soporte a productos de Kaspersky en 2022."
    assert _roles(text, policy).get("kaspersky") == {"prohibited"}
    text = "Les routeurs proposés sont fournis exclusivement par Huawei Technologies France."
    assert "prohibited" not in _roles(text, policy).get("huawei", set())


# Written for these tests: a ban's second alternative names a kit of its own and its makers, as
# solicitations paraphrase 2 CFR 200.216(a) and FAR 52.204-25 ("... produced by Huawei or ZTE, or
# video surveillance equipment produced by Hytera, Hikvision or Dahua"); the later names stand
# past the window, and no marker of the regulation makes the sentence a clause.
SECOND_ALTERNATIVE = [
    ("Recipients may not use grant funds to procure equipment produced by Huawei Technologies Company or ZTE "
     "Corporation, or video surveillance equipment produced by Hytera, Hikvision or Dahua.", 5),
    ("The seller shall not furnish telecommunications equipment manufactured by Huawei or ZTE (or any subsidiary "
     "or affiliate of such entities), nor video surveillance systems made by Hikvision or Dahua.", 4),
]


@pytest.mark.parametrize("text,names", SECOND_ALTERNATIVE, ids=["or", "nor-affiliates"])
def test_a_bans_second_alternative_bans_its_makers_too(text, names, policy) -> None:
    roles = _roles(text, policy)
    assert len(roles) == names and all(r == {"prohibited"} for r in roles.values()), roles


def test_and_with_a_kit_of_its_own_does_not_carry_a_ban(policy) -> None:
    """"and" adds to what is bought: past the window, the ban on the first makers stays theirs;
    "or" makes the kit the ban's second alternative."""
    text = ("The supplier shall not use any network components produced by Huawei Technologies Company or ZTE "
            "Corporation, {} video surveillance equipment produced by Dahua will be installed at the gates.")
    assert _role(text.format("and"), "zte", policy) == "prohibited"
    assert _role(text.format("and"), "dahua", policy) != "prohibited"
    assert _role(text.format("or"), "dahua", policy) == "prohibited"


# Written for these tests: supply worded as a supplier's letter, a bid's proposed solution, an
# order by e-mail, software counted in licences and a Spanish quote; each read as mentioned before
# the cues of 2026-12-06 (the never-cleared rule still flagged them, as in_scope_ict).
OFFER_WORDING = [
    ("We are pleased to offer 40 Hikvision dome cameras at the prices below.", "hikvision"),
    ("Our proposed solution is based on Huawei CloudEngine switches.", "huawei"),
    ("Please deliver the ZTE optical network terminals to the warehouse by Friday.", "zte"),
    ("Kaspersky Endpoint Security for Business, 500 licences, 3 years.", "kaspersky"),
    ("Presupuesto: 10 cámaras Dahua con grabador de 8 canales.", "dahua"),
]


@pytest.mark.parametrize("text,entity", OFFER_WORDING, ids=["pleased-to-offer", "proposed", "please-deliver",
                                                            "licences", "presupuesto"])
def test_supply_worded_as_a_letter_a_proposal_an_order_or_licences_is_offered(text, entity, policy) -> None:
    assert _role(text, entity, policy) == "offered"


@pytest.mark.parametrize("text,entity,role", [
    ("The proposed solution must not include any Huawei equipment.", "huawei", "prohibited"),
    ("Huawei proposed a new standard for optical transport at the conference.", "huawei", "mentioned"),
])
def test_a_ban_on_the_proposal_is_a_ban_and_a_proposing_maker_is_no_offer(text, entity, role, policy) -> None:
    assert _role(text, entity, policy) == role
