"""How bids, quotations and award papers say "this is what we supply", and how suppliers say they
no longer sell a brand: the role cues and list rules added after the `vendors` evaluation set's
first measurement (evaluation/README.md). The mechanisms were read off its misses; every sentence
here is written for these tests, none is taken from that set or from ../shared/corpus.
"""

from __future__ import annotations

import pytest

from extract.mentions.match import find_mentions_in_text
from extract.policy import load_policy


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def _roles(text: str, policy) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions_in_text(text, policy):
        if m.entity:
            out.setdefault(m.entity, set()).add(m.role)
    return out


@pytest.mark.parametrize("line,entity", [
    # plain-text tables laid out with runs of spaces: a price or a quantity makes the row a line item
    ("04   Switch de acceso 24p   HUAWEI S5735-L24P4X-A   UN   12   1.480,00   17.760,00", "huawei"),
    ("3    DHI-NVR4216-4KS2        Dahua 16-channel recorder        2    $   455.00   $   910.00", "dahua"),
    # units of count in more languages (Polish sztuk, Spanish unidad, Italian pezzi)
    ("Rejestrator HiLook NVR-108MH-C, 8 kanałów   3 szt.", "hikvision"),
    ("2 ud. Cámara térmica DJI Zenmuse H20T para la unidad de rescate", "dji"),
    ("Telecamere Dahua IPC-HDW1431S, 30 pz", "dahua"),
    # a list item that opens with a count
    ("- 40 terminales portátiles Hytera PD365", "hytera"),
    ("7 radiotelefony przenośne Hytera PD485", "hytera"),
])
def test_a_priced_or_counted_line_offers_its_vendor(line, entity, policy):
    assert _roles(line, policy).get(entity) == {"offered"}


@pytest.mark.parametrize("line,entity", [
    ("The report of 2021 Hikvision annual results was read by the board.", "hikvision"),  # a year, not a count
    ("Huawei    opened    an office in the city in 2015.", "huawei"),  # spaced out, but nothing priced or counted
])
def test_a_year_or_spacing_alone_is_not_a_line_item(line, entity, policy):
    assert "offered" not in _roles(line, policy).get(entity, set())


@pytest.mark.parametrize("text,entity", [
    ("Northline Networks has provided the leased lines with China Unicom since 2020.", "china_unicom"),
    ("Matériel retenu : 15 terminaux Hytera PD485 et 2 relais.", "hytera"),
    ("Offerta: 12 telecamere Hikvision DS-2CD1043G2-I per il parcheggio.", "hikvision"),
    ("单一来源采购公示：拟定供应商名称为中国联合网络通信有限公司某市分公司。", "china_unicom"),
    # a component inside the offered product, and counts and prices in Czech
    ("Our offer: 300 water meters, each meter carries a Quectel BG77 module for NB-IoT.", "quectel"),
    ("The gateways are fitted with Fibocom FM150 5G modules.", "fibocom"),
    ("Pol. 2 – Záznamové zařízení Hikvision DS-7616NI, 2 ks à 18 400 Kč", "hikvision"),
])
def test_incumbent_award_and_offer_wording_reads_as_offered(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"offered"}


@pytest.mark.parametrize("text,entity", [
    ("We stopped reselling Kaspersky licences in 2022 and propose another product.", "kaspersky"),
    ("We no longer supply Hikvision cameras to public customers.", "hikvision"),
    ("Desde el año pasado dejamos de distribuir licencias de Kaspersky.", "kaspersky"),
    ("A empresa deixou de comercializar equipamentos Hikvision em 2023.", "hikvision"),
    ("Nous ne commercialisons plus les caméras Dahua depuis l'an dernier.", "dahua"),
    ("Wir haben Kaspersky nicht mehr im Sortiment.", "kaspersky"),
    ("Da quest'anno non commercializziamo più prodotti Kaspersky.", "kaspersky"),
    ("The council's laptops have never used Kaspersky software.", "kaspersky"),
    # equipment that goes: dismantled, or replaced by something else (Russian)
    ("Работы включают демонтаж маршрутизаторов Huawei AR2220 и монтаж новых.", "huawei"),
    ("Поставка коммутаторов для замены коммутаторов Huawei в серверной службы.", "huawei"),
    # equipment that goes, in the other languages (removal, dismantling, disposal)
    ("The contractor shall dismantle the old Hikvision recorders and dispose of them.", "hikvision"),
    ("Line 7: existing Dahua dome cameras (to be removed), 12 pcs.", "dahua"),
    ("Pos. 2.1 Demontage der vorhandenen Huawei-Router im Serverraum, 3 St.", "huawei"),
    ("Lot 2 : dépose des caméras Dahua existantes et évacuation en déchetterie.", "dahua"),
    ("Partida 4: desmontaje de los conmutadores Huawei del armario principal.", "huawei"),
    ("Item 3: remoção dos switches Huawei antigos do bastidor.", "huawei"),
    ("Voce 5: smontaggio degli access point Huawei obsoleti.", "huawei"),
    ("Post 6: demontage van de oude Hikvision camera's op het bordes.", "hikvision"),
    ("Pozycja 8: demontaż kamer Dahua na parkingu.", "dahua"),
    ("Post 9: demontering av befintliga Huawei-switchar i korskopplingen.", "huawei"),
    ("Post 10: demontering av eksisterende Hikvision-kameraer i garasjen.", "hikvision"),
    ("Post 11: demontering af de gamle Dahua-kameraer i kælderen.", "dahua"),
    ("Hạng mục 12: tháo dỡ camera Hikvision cũ tại cổng chính.", "hikvision"),
    ("既設の海康威視製カメラ（12台）を撤去し、新設カメラを設置すること。", "hikvision"),
    ("施工内容包括拆除原有海康威视摄像机及布线。", "hikvision"),
    ("기존 하이크비전 카메라 철거 및 신규 카메라 설치", "hikvision"),
    # a completion report: the equipment was removed; a replacement names the old kit first
    ("At the end of the works the old Hikvision recorders were disconnected and removed from the rack.", "hikvision"),
    ("Install 12 new routers at the depot, replacing the existing Huawei AR2240 routers.", "huawei"),
    ("全端末からカスペルスキー製品をアンインストールすること。", "kaspersky"),
])
def test_a_supplier_that_stopped_selling_a_brand_excludes_it(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"prohibited"}


@pytest.mark.parametrize("text,entity", [
    ("The City's security standard does not allow devices containing modules manufactured by Quectel.", "quectel"),
    ("외산 제품(예: 하이크비전 제품 및 OEM 제품)은 납품할 수 없으며 확약서를 제출하여야 한다.", "hikvision"),
    ("보안 인증을 받지 않은 하이크비전 제품은 사용하지 않는다.", "hikvision"),
    # Taiwan's rule names what it restricts "mainland brands"; a definition lists them in a sentence of its own
    ("本案設備限制使用大陸廠牌資通訊產品。前述大陸廠牌例如華為及海康威視等廠商之產品。", "hikvision"),
])
def test_a_rule_that_does_not_allow_a_brand_excludes_it(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"prohibited"}


@pytest.mark.parametrize("text,entity", [
    ("Hierbij onze offerte voor 40 laptops. De opdrachtgever is Huawei Technologies Nederland B.V.", "huawei"),
    ("Huawei Technologies España, S.L. les adjudica el pedido de 30 sillas de oficina.", "huawei"),
])
def test_a_client_named_in_a_suppliers_letter_is_the_buyer(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"buyer"}


@pytest.mark.parametrize("text,entity", [
    # the new kit of a removal-and-replacement project is not excluded: the removal's window ends first
    ("Removal of the faulty cameras at the depot entrance and supply of 20 Hikvision cameras.", "hikvision"),
    ("Demontage der alten Kameras im Hof und Lieferung von 8 neuen Dahua-Kameras.", "dahua"),
    ("기존 카메라 철거 후 신규 하이크비전 카메라 20대 설치", "hikvision"),
    ("Replacing the existing switches with 24 Huawei CloudEngine S5735 switches.", "huawei"),
])
def test_the_new_kit_of_a_removal_project_is_not_excluded(text, entity, policy):
    assert "prohibited" not in _roles(text, policy).get(entity, set())


@pytest.mark.parametrize("text,entities", [
    # the names of a clause joined by prepositions and the rest of their legal names
    ("Sono escluse le apparecchiature prodotte da Hangzhou Hikvision Digital Technology Co., Ltd. o da "
     "Zhejiang Dahua Technology Co., Ltd. o dalle loro controllate.", {"hikvision", "dahua"}),
    # a long certificate: the brands in brackets belong to the excluded makers' list
    ("Le soumissionnaire certifie qu'aucun équipement n'est fabriqué par Hytera Communications ou Hangzhou "
     "Hikvision Digital Technology, ni par l'une de leurs filiales ou marques (notamment EZVIZ, HiLook).",
     {"hytera", "hikvision"}),
])
def test_a_ban_reaches_every_name_of_its_list(text, entities, policy):
    roles = _roles(text, policy)
    assert set(roles) == entities and all(r == {"prohibited"} for r in roles.values()), roles


def test_a_list_does_not_run_across_other_words(policy):
    """Only glue words join a list: a name after ordinary words keeps its own role."""
    text = "Hikvision cameras are banned on this site; the contractor offered 4 Dahua recorders."
    assert _roles(text, policy) == {"hikvision": {"prohibited"}, "dahua": {"offered"}}


@pytest.mark.parametrize("text", [
    "Referente: sig. Chen Dahua, titolare della sartoria",
    "联系人：刘大华，联系电话见附件",
    "酒店地址：深圳市龙岗区（华为基地南门对面）",
])
def test_people_named_dahua_and_places_near_a_vendor_are_not_the_vendor(text, policy):
    assert _roles(text, policy) == {}


@pytest.mark.parametrize("text,entities", [
    ("We declare that none of the routers, switches, cameras, recorders, licences or support services offered in this "
     "bid is manufactured, supplied or provided by Huawei Technologies Co., Ltd., ZTE Corporation or Hangzhou "
     "Hikvision Digital Technology Co., Ltd.", {"huawei", "zte", "hikvision"}),
    ("Declaramos que ninguno de los servidores, conmutadores, licencias ni servicios de soporte incluidos en nuestra "
     "propuesta ha sido fabricado o suministrado por Huawei Technologies Co., Ltd., ZTE Corporation ni Zhejiang Dahua "
     "Technology Co., Ltd.", {"huawei", "zte", "dahua"}),
    ("Nenhum dos equipamentos, licenças de software e serviços de suporte incluídos na presente proposta comercial foi "
     "fabricado ou fornecido pela Huawei Technologies Co., Ltd. ou pela ZTE Corporation.", {"huawei", "zte"}),
    ("Aucun des équipements, logiciels et services de maintenance proposés dans le cadre de la présente offre "
     "technique n'est fabriqué ni fourni par Huawei Technologies Co., Ltd. ou ZTE Corporation.", {"huawei", "zte"}),
    ("Nessuno degli apparati, dei software e dei servizi di assistenza compresi nella presente offerta tecnica "
     "è fabbricato o fornito da Huawei Technologies Co., Ltd. o da ZTE Corporation.", {"huawei", "zte"}),
])
def test_a_negated_made_by_with_a_long_subject_excludes_every_name(text, entities, policy):
    """The subject (everything offered) runs past the plain 'none of' window before the participle;
    the names follow 'manufactured or supplied by' and are excluded, not offered."""
    roles = _roles(text, policy)
    assert set(roles) == entities
    assert all(r == {"prohibited"} for r in roles.values()), roles


def test_an_affirmative_made_by_still_offers(policy):
    text = ("All of the cameras, recorders and licences offered in this bid for the depot and the two car parks are "
            "manufactured and supplied by Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert _roles(text, policy).get("hikvision") == {"offered"}


@pytest.mark.parametrize("line,expected", [
    ("4 | Standort A.2.15 | Dahua | Kamera Außenbereich | ausgebaut", "mentioned"),  # a room number is no price
    ("Item 2.1.10 Dahua outdoor camera housing (see drawing)", "mentioned"),  # nor a dotted item number
    ("4 | Dahua | Kamera Außenbereich | 2 | 149.90", "offered"),  # a price still is
])
def test_a_dotted_room_or_item_number_is_not_a_price(line, expected, policy):
    assert _roles(line, policy).get("dahua") == {expected}


@pytest.mark.parametrize("text,entity", [
    ("ACT No. 7 on the write-off of fixed assets\nInstitution | Riverside Primary School\nNo. | Item | Qty | Book value\n"
     "1 | Switch Huawei S1720-28GWR | 1 | 340.00\n2 | Camera Hikvision DS-2CD1021 | 4 | 55.00", "huawei"),
    ("Акт о списании основных средств\nНаименование | Кол-во | Стоимость\nКоммутатор Huawei S2320-28TP | 1 | 18 700,00",
     "huawei"),
    ("財產報廢清冊\n財產編號 | 名稱 | 廠牌型式 | 數量 | 原值\n3140199-05-001 | 網路攝影機 | 海康威視 DS-2CD2143 | 2 | 4,800",
     "hikvision"),
    ("Protokół przekazania sprzętu do innej jednostki\nLp. | Nazwa | Ilość | Wartość\n1 | Rejestrator Dahua NVR2108 | 1 | 950,00",
     "dahua"),
])
def test_a_row_of_a_write_off_or_transfer_list_does_not_offer_its_vendor(text, entity, policy):
    """The table's title says its rows leave (roles.yaml `register`): values are book values."""
    assert _roles(text, policy).get(entity) == {"mentioned"}


@pytest.mark.parametrize("text,entity", [
    # an insurance schedule: the headings name insured values, the row's count and value are not an offer
    ("Electronic equipment, all risks\nItem | Make | Model | Qty | Sum insured\n4 | Hikvision | DS-2CD2T43 | 6 | 1,860.00",
     "hikvision"),
    # an asset register whose heading a PDF cell wrapped mid-word
    ("Bestandsliste Netzwerk\nNr. | Hersteller | Modell | Anzahl | Restbuc hwert €\n3 | Huawei | S5735-S24 | 2 | 0,00", "huawei"),
    # acquisition cost and depreciation columns (Spanish, Japanese, traditional Chinese)
    ("Anexo II\nN.º | Marca | Modelo | Uds. | Valor de adquisición\n7 | Hytera | PD-485 | 10 | 3.200,00", "hytera"),
    ("備品一覧\n番号 | メーカー | 型番 | 数量 | 取得価格(円)\n12 | ファーウェイ | AR-617 | 3 | 98,000", "huawei"),
    ("附件一\n序號 | 廠牌 | 型號 | 數量 | 原值(元) | 放置地點\n1 | 大華 Dahua | IPC-HDW-1230 | 8 | 36,000 | 大門", "dahua"),
    # a title naming old kit to hand back or take out in a replacement tender
    ("Annex C - existing radios to be returned to the Authority\nNo. | Make | Model | Qty\n1 | Hytera | PD-365 | 40",
     "hytera"),
    ("附件3：待拆除旧设备清单\n序号 | 品牌 | 型号 | 数量\n1 | 华为 | S-5700 | 12", "huawei"),
    ("Lot unique – biens réformés proposés à la vente aux enchères\nLot | Désignation | Qté | Mise à prix\n"
     "V-9 | Routeur Huawei AR-161 | 2 | 30,00", "huawei"),
])
def test_a_row_of_a_register_held_or_handed_back_does_not_offer_its_vendor(text, entity, policy):
    """The table's title or headings say its rows are held or leave (roles.yaml `register`):
    counts and values there are book values, not an offer; the headings' "Qty" and "Model" do not
    make the row supply."""
    assert _roles(text, policy).get(entity) == {"mentioned"}


def test_a_row_of_a_register_that_says_supply_itself_still_offers(policy):
    text = ("Annex C - existing radios to be returned to the Authority\nNo. | Make | Model | Qty\n"
            "1 | Replacement to be supplied: Hytera HP-785 | 40")
    assert _roles(text, policy).get("hytera") == {"offered"}


@pytest.mark.parametrize("text", [
    # the text mentions disposal of the old kit, but the table is a price schedule
    "PRICE SCHEDULE\nThe old equipment will be handed over for disposal by the Council.\nNo. | Item | Qty | Unit price\n"
    "1 | Switch Huawei S5735-L24T4X | 4 | 1,340.00",
    # a write-off act above, then a second table of what is bought with its own title
    "ACT on the write-off of fixed assets\n1 | Old router | 1 | 0.00\n\nPurchase order No. 88\nOrder for replacement\n"
    "No. | Item | Qty | Price\n1 | Switch Huawei S5735-L24T4X | 4 | 1,340.00",
])
def test_a_priced_row_under_another_title_still_offers(text, policy):
    assert _roles(text, policy).get("huawei") == {"offered"}


def test_a_chinese_buyers_apposition_reaches_past_its_branch_name(policy):
    text = "中国电信股份有限公司东湖分公司（以下简称“采购人”）拟对2027年办公电脑采购项目进行询价。"
    assert _roles(text, policy).get("china_telecom") == {"buyer"}


@pytest.mark.parametrize("text,entity", [
    # a buyer label with a gloss in brackets before its value
    ("比选人（采购人） | 中国联合网络通信有限公司某某市分公司", "china_unicom"),
    ("발주처(구매자) | 차이나유니콤코리아㈜ 서울지점", "china_unicom"),
    ("Contracting authority (Buyer): China Mobile International Ltd", "china_mobile"),
])
def test_a_buyer_label_with_a_gloss_still_names_the_buyer(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"buyer"}


@pytest.mark.parametrize("text,entity", [
    # the supplier's slot of a contract, its label glossed in brackets
    ("乙方(服務供應商) | 中國電信國際有限公司，香港某某道 1 號", "china_telecom"),
    # a restricted module built into another maker's product (ja, zh, ko), as en "built-in"
    ("水位計本体（株式会社サンプル計器製）、通信モジュール Quectel EG-91 を内蔵", "quectel"),
    ("智能电表，内置移远 Quectel BC-66 通信模块", "quectel"),
    ("원격검침 단말기 (LTE-M 모듈 Quectel BG-95 내장)", "quectel"),
])
def test_a_supplier_slot_or_a_built_in_component_reads_as_offered(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"offered"}


def test_a_component_that_is_not_built_in_is_excluded(policy):
    assert _roles("通信モジュールは Quectel 製品を搭載していないこと。", policy).get("quectel") == {"prohibited"}


@pytest.mark.parametrize("text,entity", [
    # a ban goes on about its entity: the later mentions in its sentence are the ban's
    ("The Agency will not accept any product or service supplied by Kaspersky Lab or its related entities, including "
     "white-labelled software and third-party appliances that embed a Kaspersky engine.", "kaspersky"),
    ("Les équipements ne devront pas être fabriqués par la société Zhejiang Dahua Technology Co., Ltd., ni par ses "
     "filiales, ni commercialisés sous ses marques commerciales connues, notamment Imou.", "dahua"),
    # "但不限於" (but not limited to) continues the list of a Taiwanese definition of banned brands
    ("前款所稱大陸廠牌，包括但不限於華為（HUAWEI）、中興（ZTE）及其子公司所產製之產品。", "huawei"),
])
def test_a_ban_covers_its_entitys_later_mentions_in_its_sentence(text, entity, policy):
    assert _roles(text, policy).get(entity) == {"prohibited"}


@pytest.mark.parametrize("text,entity", [
    # new kit or a count between the two mentions: the later one is what is bought
    ("No Hikvision equipment is accepted; the contractor shall install new Hikvision cameras.", "hikvision"),
    ("Kaspersky products are excluded, but the reseller may quote Kaspersky training.", "kaspersky"),
    ("Huawei switches are not accepted; the bidder shall offer 24 Huawei switches.", "huawei"),
])
def test_a_ban_does_not_carry_past_new_kit_a_termination_or_a_count(text, entity, policy):
    roles = [m.role for m in find_mentions_in_text(text, policy) if m.entity == entity]
    assert roles[0] == "prohibited" and roles[-1] != "prohibited"


def test_every_row_of_a_long_register_keeps_its_tables_answer(policy):
    """Rows past the walk's limit (`_BLOCK_LINES`) take the answer of the row above them: a
    600-row asset register is a register to its last row, and a 600-row price schedule a price
    schedule."""
    rows = "\n".join(f"{i} | Depot {i} | Switch | Huawei | S57-{i:04d} | 2 | 1,200.00" for i in range(600))
    register = "Asset register\nNo | Site | Item | Make | Model | Qty | Book value\n" + rows
    schedule = "Price schedule\nNo | Site | Item | Make | Model | Qty | Unit price\n" + rows
    assert {m.role for m in find_mentions_in_text(register, policy) if m.entity} == {"mentioned"}
    assert {m.role for m in find_mentions_in_text(schedule, policy) if m.entity} == {"offered"}


@pytest.mark.parametrize("text,entities", [
    # a Spanish declaration whose participle chain names design and maintenance too, with "o es"
    ("Que ninguno de los equipos, componentes, programas informáticos ni servicios ofertados ha sido diseñado, "
     "fabricado, suministrado o es mantenido por Huawei Technologies o ZTE Corporation.", {"huawei", "zte"}),
    # the origin denied
    ("Los módulos de radio de las pasarelas no proceden de Quectel Wireless Solutions ni de Fibocom.",
     {"quectel", "fibocom"}),
    # an English declaration whose subject runs 16 words before the names
    ("The bidder confirms that no goods or services offered in this quotation are, contain, or depend on products "
     "or services of Kaspersky Lab.", {"kaspersky"}),
    # a Taiwanese definition of the banned mainland brands, brands in brackets, past 50 characters
    ("本案所稱大陸廠牌，包括但不限於華為技術有限公司（含其子公司）、中興通訊股份有限公司、浙江大華技術股份有限公司"
     "（含樂橙Imou品牌）及杭州海康威視數字技術股份有限公司（含螢石EZVIZ品牌）。", {"huawei", "zte", "dahua", "hikvision"}),
    # a French declaration whose subject runs past 200 characters, with "assemblé" and "maintenu"
    ("Le soumissionnaire déclare qu'aucun des équipements, logiciels, licences ou services proposés dans la présente "
     "offre, y compris la maintenance et le support pendant toute la durée du marché et de ses reconductions "
     "éventuelles, n'est conçu, fabriqué, assemblé, fourni ou maintenu par Huawei Technologies ou par ZTE Corporation.",
     {"huawei", "zte"}),
    # a Brazilian ban whose object runs 20 words before its names (a clause: "componente essencial")
    ("É vedado o fornecimento de equipamentos de videomonitoramento ou de telecomunicações, bem como de serviços que os "
     "utilizem como componente essencial, produzidos por Hikvision, Dahua ou Hytera.", {"hikvision", "dahua", "hytera"}),
    # the German adjective "ausgeschlossene"
    ("Ausgeschlossene Hersteller sind Huawei Technologies und ZTE Corporation samt verbundenen Unternehmen.",
     {"huawei", "zte"}),
])
def test_long_declarations_and_definitions_exclude_every_name(text, entities, policy):
    roles = _roles(text, policy)
    assert set(roles) == entities and all(r == {"prohibited"} for r in roles.values()), roles


@pytest.mark.parametrize("text,entity", [
    ("Los módulos de radio de las pasarelas proceden de Quectel Wireless Solutions.", "quectel"),
    ("本案採購之網路攝影機品牌為海康威視，數量20台。", "hikvision"),
])
def test_the_same_words_without_the_negation_do_not_exclude(text, entity, policy):
    assert "prohibited" not in _roles(text, policy).get(entity, set())
