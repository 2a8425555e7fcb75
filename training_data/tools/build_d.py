"""Build part D of the tender-triage seed training set: transport telecom and security operations.

Why this part exists: the model under-scores two kinds of real in-scope documents. (1) Telecom
infrastructure for transport and public works: fibre-optic backbones and cabling (single-mode
cable, strand counts, splice closures, ducts and microducts, ODF, OTDR acceptance), ITS telecom for
highways, rail, tunnels and ports (backbone rings, field switches, emergency telephones / SOS
posts, VHF/UHF/TETRA/PoC radio coverage, microwave links) and campus / structured cabling, written
as engineering specifications, technical annexes, compliance matrices, bills of quantities, RFQs,
short notices and review memos. (2) Cybersecurity operations bought as a service or a product:
SOC services, SIEM, log collection, IDS/IPS, EDR and antivirus fleets, vulnerability management,
threat intelligence, CDM-style continuous monitoring, moving security tooling to the cloud and
managed detection and response, written as RFIs / sources-sought notices, statements of work,
requirement lists, capability questionnaires and short notices. About 40% of the part are hard
out-of-scope counterparts that share the vocabulary (ducts, cable, a "network" of roads,
"security", an "operations centre" for traffic or maintenance) but buy something else: road and
bridge civil works, highway maintenance, rail track renewal, building electrical installations,
IT training, manned guarding, audit of financial controls, office printers, and (added when the
scope was widened) security governance advice, supervision of someone else's telecom works,
project-owner assistance for a radio contract and traffic data licences. Generic software bought
as a service (HR, payroll, finance, document management) was one of those counterparts until the
scope was widened (DESIGN.md, "Verdicts"); it is in_scope_ict now. What is bought decides the
label (training_data/README.md).

How the set is made:
  * Everything is written by hand for this file, natively per language (Spanish in Colombian,
    Mexican, Spanish and Chilean registers; Portuguese; English in US federal, UK, Australian and
    Canadian registers; German; French; Japanese; Chinese), in pools:
      - FRAMES: per language (and per region where the register differs) the words of every
        document shape: headings, matrix and BOQ columns, compliance verdicts, RFQ and notice
        openings, memo findings, RFI questions, SOW headings, general conditions, prohibition
        sentences (hard cases: restricted names only in an exclusion), "or equivalent" wording.
      - SUBJECTS: one entry per thing bought (title, scope sentences, requirement rows,
        priced line items, the shapes it is written in, and for some a list of restricted offers:
        a line naming a real product of an entity in extract/policy/data/entities.yaml, the shape it
        appears in, and the entity id).
  * One document = one plan (label, subject, shape, restricted line or none, file format).
    Builders sample subsets and orderings of the subject's rows and the frame's pools, pick a
    buyer of the right region, and fill numbers (quantities, prices in the local currency,
    dates, references) at random. A restricted plan adds its line as an offered item, the
    reference model of an "or equivalent" requirement, or an offered row of a matrix.
  * Near-duplicate control: every candidate is compared (word 5-shingle Jaccard, lower-cased \\w+
    tokens; CJK by characters, as in parts A and B) with every existing document under
    training_data/documents (parts A, B and hand-added ones) and every part-D document already
    accepted; a candidate scoring >= 0.45 is redrawn, up to 30 times, keeping the least similar
    draw. `--measure` reports the share of documents with any partner >= 0.5 over the whole set.

Run:  python training_data/tools/build_d.py            (writes documents/*/d-* and tools/parts/labels_d.csv; then tools/merge_labels.py)
      python training_data/tools/build_d.py --measure  (only measures the existing files)
The output is deterministic for a given --seed. Do not hand-edit the generated files: edit the
pools and re-run (the run deletes its own earlier d-* files first).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from seedkit import dress, existing_shingles, least_similar, measure, pick, write_part

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "documents"
LABELS_FILE = ROOT / "tools" / "parts" / "labels_d.csv"  # merged into labels.csv by tools/merge_labels.py
SOURCE = "seed set written by the tender-triage team"
OOS, ICT, RVN = "out_of_scope", "in_scope_ict", "restricted_vendor_named"
PREFIX = "d-"


@dataclass(frozen=True)
class Doc:
    """One generated document and its label row."""

    lang: str
    name: str  # file name without directory, starts with "d-"
    text: str
    label: str
    doctype: str
    note: str


@dataclass(frozen=True)
class Subject:
    """One thing bought, in one language."""

    lang: str
    key: str
    label: str  # ICT or OOS (restricted plans are made from the rvn entries of an ICT subject)
    theme: str  # telecom | cyber | oos
    title: str
    intro: tuple  # scope sentences
    reqs: tuple  # (requirement, specification)
    items: tuple  # (description, unit, qty lo, qty hi, unit price in USD)
    shapes: tuple  # shapes of the plain documents (one document per entry)
    note: str
    regions: tuple = ()  # buyer regions this subject fits (empty: any of the language)
    rvn: tuple = ()  # (shape, restricted line, entity id, note fragment)
    prohibit: float = 0.0  # chance that a plain document carries a prohibition sentence


# =====================================================================================
# Frames: the words of each document shape, per language (and region)
# =====================================================================================

# unit price multipliers from the USD prices of the pools, and how money is written
CURRENCY = {
    "COP": (4000, "COP", 0), "MXN": (17.5, "MXN", 2), "EUR": (0.92, "EUR", 2), "CLP": (930, "CLP", 0),
    "BRL": (5.1, "R$", 2), "USD": (1.0, "USD", 2), "GBP": (0.79, "GBP", 2), "AUD": (1.52, "AUD", 2),
    "CAD": (1.36, "CAD", 2), "JPY": (150, "円", 0), "CNY": (7.2, "元", 2),
}


def money(rng: random.Random, usd: float, cur: str, lang: str) -> tuple[float, str]:
    mult, _sym, dec = CURRENCY[cur]
    v = round(usd * mult * rng.uniform(0.8, 1.25), dec)
    return v, fmt_num(v, dec, lang)


def fmt_num(v: float, dec: int, lang: str) -> str:
    s = f"{v:,.{dec}f}"
    if lang in ("es", "pt", "de"):
        s = s.replace(",", "\0").replace(".", ",").replace("\0", ".")
    elif lang == "fr":
        s = s.replace(",", "\u202f").replace(".", ",")
    return s


MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
}


def date(rng: random.Random, lang: str, region: str = "") -> str:
    y, m, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    if lang in ("ja", "zh"):
        return f"{y}年{m}月{d}日"
    name = MONTHS[lang][m - 1]
    if lang in ("es", "pt"):
        return f"{d} de {name} de {y}"
    if lang == "de":
        return f"{d}. {name} {y}"
    if lang == "fr":
        return f"{d} {name} {y}"
    if region == "US":
        return f"{name} {d}, {y}"
    return f"{d} {name} {y}"


FRAMES: dict[str, dict] = {}

FRAMES["es"] = {
    "buyers": (
        ("Instituto Nacional de Vías (INVÍAS)", "CO"), ("Agencia Nacional de Infraestructura (ANI)", "CO"),
        ("Concesionaria Vial del Pacífico S.A.S.", "CO"), ("Empresa de Transporte Masivo del Valle de Aburrá - Metro de Medellín", "CO"),
        ("Gobernación de Antioquia, Secretaría de Infraestructura Física", "CO"), ("Sociedad Portuaria Regional de Buenaventura", "CO"),
        ("Universidad Industrial de Santander", "CO"), ("Alcaldía de Barranquilla", "CO"),
        ("Secretaría de Infraestructura, Comunicaciones y Transportes (SICT)", "MX"), ("Caminos y Puentes Federales (CAPUFE)", "MX"),
        ("Sistema de Transporte Colectivo Metro de la Ciudad de México", "MX"), ("Administración del Sistema Portuario Nacional Manzanillo", "MX"),
        ("Gobierno del Estado de Nuevo León", "MX"), ("Universidad de Guadalajara", "MX"),
        ("Administrador de Infraestructuras Ferroviarias (ADIF)", "ES"), ("Dirección General de Tráfico", "ES"),
        ("Ministerio de Transportes y Movilidad Sostenible, Demarcación de Carreteras en Galicia", "ES"), ("Autoritat Portuària de Barcelona", "ES"),
        ("Metro de Madrid, S.A.", "ES"), ("Diputación Foral de Gipuzkoa", "ES"), ("Universidad de Zaragoza", "ES"),
        ("Ministerio de Obras Públicas, Dirección de Vialidad", "CL"), ("Empresa de los Ferrocarriles del Estado (EFE)", "CL"),
        ("Empresa Portuaria San Antonio", "CL"), ("Metro de Santiago", "CL"), ("Universidad de Concepción", "CL"),
        ("Municipalidad de Antofagasta", "CL"),
    ),
    "region": {
        "CO": {"cur": "COP", "doc": "Anexo Técnico", "item": "Ítem", "proc": "Proceso", "call": "pliego de condiciones", "bid": "proponente", "price": "Valor unitario", "tot": "Valor total"},
        "MX": {"cur": "MXN", "doc": "Anexo Técnico", "item": "Partida", "proc": "Licitación Pública Nacional", "call": "convocatoria", "bid": "licitante", "price": "Precio unitario", "tot": "Importe"},
        "ES": {"cur": "EUR", "doc": "Pliego de Prescripciones Técnicas", "item": "Ud.", "proc": "Expediente", "call": "pliego", "bid": "licitador", "price": "Precio unitario", "tot": "Importe"},
        "CL": {"cur": "CLP", "doc": "Bases Técnicas", "item": "Ítem", "proc": "ID Mercado Público", "call": "bases de licitación", "bid": "oferente", "price": "Precio unitario", "tot": "Total"},
    },
    "bidders": ("Redes Andinas de Fibra S.A.S.", "Telecomunicaciones del Bajío, S.A. de C.V.", "Ingeniería de Sistemas Viales S.L.",
                "Conectividad Austral SpA", "Tecnovía Integraciones S.A.S.", "Grupo Enlace Norte S.A. de C.V.", "Instalaciones Cantábricas S.A.",
                "Ciberdefensa Integral S.A.S.", "Seguridad Digital Pacífico SpA", "Obras y Pavimentos del Cauca S.A.S."),
    "people": ("Ing. Laura Restrepo", "Ing. Andrés Villalobos", "María José Pardo", "Ing. Rodrigo Sepúlveda", "Lic. Verónica Treviño", "Javier Goikoetxea"),
    "spec_titles": ("{doc}: {title}", "ESPECIFICACIONES TÉCNICAS – {title}", "{doc} N.º {n} – {title}", "Especificación técnica particular: {title}"),
    "h_obj": ("1. OBJETO", "1. Objeto y alcance", "1. ALCANCE DEL SUMINISTRO"),
    "h_req": ("2. REQUISITOS TÉCNICOS MÍNIMOS", "2. Especificaciones técnicas", "2. CONDICIONES TÉCNICAS"),
    "h_qty": ("3. CANTIDADES DE OBRA", "3. Cantidades estimadas", "3. Relación de suministros"),
    "h_gen": ("4. CONDICIONES GENERALES", "4. Otras condiciones", "4. Garantía, entrega y documentación"),
    "general": (
        "El plazo de ejecución es de {n} meses contados a partir del acta de inicio.",
        "El {bid} debe garantizar los equipos y materiales por un mínimo de {y} años contra defectos de fabricación.",
        "Se entregarán planos as-built en formato DWG y PDF, firmados por el director de obra.",
        "Todo el personal en campo contará con curso de trabajo seguro en alturas vigente y elementos de protección personal.",
        "Los ensayos de aceptación se realizarán en presencia de la interventoría y sus resultados se consignarán en acta.",
        "La oferta económica se presentará en el formato de cantidades y precios, sin modificar las unidades ni las descripciones.",
        "El {bid} incluirá capacitación de {n} horas para el personal técnico de la entidad.",
        "Las señalizaciones de obra y el plan de manejo de tránsito serán por cuenta del contratista.",
        "Los pagos se harán contra avance de obra certificado mensualmente.",
        "Se exige una visita técnica previa, cuya asistencia no es obligatoria pero sí recomendada.",
    ),
    "prohib": (
        "No se aceptarán equipos activos fabricados por Huawei, ZTE, Hytera, Hikvision o Dahua, ni por sus filiales.",
        "Por disposición de la entidad financiadora, no podrán ofertarse equipos de telecomunicaciones ni de videovigilancia de Huawei, ZTE, Hikvision o Dahua.",
    ),
    "prohib_cyber": ("No se aceptarán productos ni servicios de Kaspersky Lab ni de sus filiales.",),
    "equiv": ("Equipo de referencia: {x} o equivalente.", "Se toma como referencia {x} o similar de igual o superior desempeño.", "Marca y modelo de referencia: {x}, o equivalente técnico."),
    "ref_req": "Equipo de referencia",
    "offered": "Equipo ofertado",
    "mx_titles": ("MATRIZ DE CUMPLIMIENTO TÉCNICO – {title}", "Formato de verificación de requisitos técnicos: {title}", "Cuadro comparativo de especificaciones – {title}"),
    "mx_cols": ("N.º", "Requisito", "Especificación ofertada", "Cumple", "Folio"),
    "verdicts": ("Cumple", "Cumple", "Cumple", "Cumple parcialmente", "No cumple", "Aclarar"),
    "mx_intro": ("El {bid} diligencia la siguiente matriz indicando el folio de la oferta donde se soporta cada requisito.",
                 "Se verifica cada requisito mínimo contra la ficha técnica y los catálogos entregados.",
                 "La columna «Cumple» se diligencia por el comité evaluador."),
    "boq_titles": ("Formulario de cantidades y precios – {title}", "PRESUPUESTO – {title}", "Lista de cantidades: {title}"),
    "boq_cols": ("{item}", "Descripción", "Unidad", "Cantidad", "{price}", "{tot}"),
    "total": "TOTAL",
    "boq_notes": ("Los precios incluyen suministro, instalación, pruebas y puesta en servicio.", "Valores antes de IVA.", "AIU incluido en los precios unitarios."),
    "rfq_titles": ("SOLICITUD DE COTIZACIÓN", "Solicitud de cotización N.º {n}", "Invitación a cotizar"),
    "rfq_open": ("Por medio de la presente solicitamos su cotización para {title_l}, con las cantidades y especificaciones que se indican.",
                 "{buyer} invita a presentar cotización para {title_l}. Las cantidades son estimadas.",
                 "Estimados señores: agradecemos enviar su mejor oferta para {title_l}."),
    "rfq_close": ("Las cotizaciones se recibirán hasta el {date} en el correo indicado.", "Indicar plazo de entrega, validez de la oferta y garantía.",
                  "Cualquier consulta técnica puede dirigirse al área de infraestructura.", "Atentamente,"),
    "notice": (
        "{buyer}\n{proc} {ref}\nObjeto: {title}.\n{intro}\nCierre: {date}.",
        "AVISO DE CONVOCATORIA\n{buyer} informa que está abierto el proceso {ref} para {title_l}.\nPresupuesto oficial: {cur} {amount}.\nPresentación de ofertas hasta el {date}.",
        "{proc} {ref} – {title}\nEntidad: {buyer}\n{intro}\nLos documentos del proceso están publicados en la plataforma de compras públicas.",
    ),
    "memo_titles": ("MEMORANDO", "Informe de revisión técnica", "Memorando de evaluación"),
    "memo_head": "Para: Comité evaluador\nDe: {person}\nFecha: {date}\nAsunto: Revisión de la oferta de {bidder} – {title}",
    "memo_open": ("Se revisó la propuesta técnica contra los requisitos del {doc}. Observaciones:",
                  "A continuación se resumen los hallazgos de la revisión técnica:"),
    "memo_ok": ("{req}: cumple; soportado en catálogo.", "{req}: conforme a lo exigido ({spec})."),
    "memo_bad": ("{req}: no se evidencia cumplimiento; solicitar aclaración.", "{req}: la ficha técnica no indica {spec_l}."),
    "memo_rvn": ("La oferta incluye {x}, que se cotiza en el formulario de precios.", "En la lista de equipos ofertados figura {x}."),
    "memo_close": ("Se recomienda solicitar aclaraciones antes de la adjudicación.", "Con las aclaraciones indicadas, la oferta se considera técnicamente hábil."),
    "rfi_titles": ("SOLICITUD DE INFORMACIÓN (RFI) – {title}", "Consulta al mercado: {title}", "Estudio de mercado – {title}"),
    "rfi_open": ("{buyer} realiza esta consulta para conocer la oferta disponible y estimar el presupuesto. No constituye invitación a ofertar.",
                 "El propósito de esta solicitud de información es identificar proveedores con capacidad para {title_l}."),
    "rfi_h_req": "Necesidad de la entidad", "rfi_h_q": "Preguntas a los interesados",
    "rfi_q": ("¿Cómo cumple su servicio el siguiente requisito: {req_l}?", "Describa su experiencia en {req_l}.", "Indique costos estimados asociados a {req_l}."),
    "rfi_generic": ("Indique tres contratos similares ejecutados en los últimos cinco años.", "¿Qué modelo de licenciamiento propone (por activo, por usuario, por volumen)?",
                    "Indique el tiempo estimado de implementación.", "¿Dónde se almacenan los datos y bajo qué jurisdicción?"),
    "rfi_submit": ("Las respuestas se recibirán hasta el {date}. La información entregada no genera obligación alguna para la entidad.",),
    "sow_titles": ("ESTUDIO PREVIO Y ALCANCE DEL SERVICIO – {title}", "Términos de referencia: {title}"),
    "sow_h": ("Antecedentes", "Alcance", "Actividades", "Entregables", "Plazo"),
    "deliverables": ("Plan de trabajo dentro de los 15 días siguientes al inicio.", "Informe mensual de actividades e indicadores.", "Informe final con recomendaciones.", "Actas de reunión de seguimiento."),
    "period": ("El plazo del contrato es de {n} meses.", "La duración del servicio es de {n} meses, prorrogables."),
    "offer_titles": ("PROPUESTA ECONÓMICA", "Oferta comercial N.º {n}"),
    "offer_open": ("{bidder} presenta su oferta para {title_l}, conforme a las condiciones solicitadas.", "Adjuntamos nuestra cotización para {title_l}."),
    "offer_close": ("Validez de la oferta: 60 días.", "Plazo de entrega: {n} semanas.", "Forma de pago: 30 días fecha factura."),
    "q_titles": ("CUESTIONARIO DE CAPACIDADES – {title}",), "q_cols": ("N.º", "Pregunta", "Respuesta"),
}

FRAMES["pt"] = {
    "buyers": (("Departamento Nacional de Infraestrutura de Transportes (DNIT)", "BR"), ("Concessionária Rota das Bandeiras S.A.", "BR"),
               ("Companhia do Metropolitano de São Paulo", "BR"), ("Autoridade Portuária de Santos", "BR"), ("Universidade Federal de Minas Gerais", "BR"),
               ("Infraestruturas de Portugal, S.A.", "PT"), ("Metro do Porto, S.A.", "PT"), ("Câmara Municipal de Braga", "PT")),
    "region": {"BR": {"cur": "BRL", "doc": "Termo de Referência", "item": "Item", "proc": "Pregão Eletrônico", "call": "edital", "bid": "licitante", "price": "Preço unitário", "tot": "Preço total"},
               "PT": {"cur": "EUR", "doc": "Caderno de Encargos", "item": "Art.", "proc": "Concurso Público", "call": "programa do procedimento", "bid": "concorrente", "price": "Preço unitário", "tot": "Total"}},
    "bidders": ("Fibrasul Telecomunicações Ltda.", "Engenharia Viária Atlântico Ltda.", "Redelusa Sistemas, Lda.", "Conecta Infraestrutura S.A."),
    "people": ("Eng.ª Carla Nogueira", "Eng. Paulo Henrique Matos", "Rui Carvalho"),
    "spec_titles": ("{doc} – {title}", "ESPECIFICAÇÃO TÉCNICA: {title}", "ANEXO TÉCNICO N.º {n} – {title}"),
    "h_obj": ("1. OBJETO", "1. Objeto e âmbito"), "h_req": ("2. REQUISITOS TÉCNICOS", "2. Especificações mínimas"),
    "h_qty": ("3. QUANTITATIVOS", "3. Planilha de quantidades"), "h_gen": ("4. CONDIÇÕES GERAIS", "4. Garantia e documentação"),
    "general": ("O prazo de execução é de {n} meses a contar da ordem de serviço.", "Os materiais terão garantia mínima de {y} anos.",
                "Serão entregues desenhos as built em formato editável.", "Os ensaios de aceitação serão acompanhados pela fiscalização.",
                "O {bid} deve apresentar ART/registo profissional do responsável técnico.", "A sinalização provisória da obra fica a cargo da contratada.",
                "Os pagamentos serão feitos por medição mensal."),
    "prohib": ("Não serão aceites equipamentos ativos fabricados pela Huawei, ZTE ou Hikvision.", "Não serão aceitos equipamentos de telecomunicações da Huawei ou da ZTE, nem de suas subsidiárias."),
    "prohib_cyber": ("Não serão aceitos produtos da Kaspersky.",),
    "equiv": ("Referência: {x} ou equivalente.", "Modelo de referência: {x}, ou similar de desempenho igual ou superior."),
    "ref_req": "Equipamento de referência", "offered": "Equipamento ofertado",
    "mx_titles": ("MATRIZ DE CONFORMIDADE – {title}", "Quadro de atendimento aos requisitos: {title}"),
    "mx_cols": ("N.º", "Requisito", "Especificação ofertada", "Atende", "Página"),
    "verdicts": ("Atende", "Atende", "Atende", "Atende parcialmente", "Não atende"),
    "mx_intro": ("O {bid} deve indicar a página da proposta que comprova cada requisito.",),
    "boq_titles": ("PLANILHA ORÇAMENTÁRIA – {title}", "Mapa de quantidades – {title}"),
    "boq_cols": ("{item}", "Descrição", "Unid.", "Quant.", "{price}", "{tot}"), "total": "TOTAL",
    "boq_notes": ("Preços com BDI incluído.", "Valores sem IVA.", "Inclui fornecimento, instalação e testes."),
    "rfq_titles": ("PEDIDO DE COTAÇÃO", "Solicitação de orçamento n.º {n}"),
    "rfq_open": ("Solicitamos proposta de preço para {title_l}, conforme quantitativos abaixo.", "{buyer} convida a apresentar orçamento para {title_l}."),
    "rfq_close": ("As propostas devem ser enviadas até {date}.", "Indicar prazo de entrega e validade da proposta.", "Atenciosamente,"),
    "notice": ("{buyer}\n{proc} {ref}\nObjeto: {title}.\n{intro}\nAbertura das propostas: {date}.",
               "AVISO DE LICITAÇÃO\n{buyer} torna público o {proc} {ref}, cujo objeto é {title_l}.\nValor estimado: {cur} {amount}.\nData de abertura: {date}."),
    "memo_titles": ("PARECER TÉCNICO", "Nota de análise técnica"),
    "memo_head": "Para: Comissão de licitação\nDe: {person}\nData: {date}\nAssunto: Análise da proposta de {bidder} – {title}",
    "memo_open": ("Analisámos a proposta técnica face aos requisitos do {doc}:", "Segue a análise técnica da proposta:"),
    "memo_ok": ("{req}: atende.", "{req}: conforme ({spec})."), "memo_bad": ("{req}: não comprovado; solicitar diligência.",),
    "memo_rvn": ("A proposta inclui {x} na planilha de preços.",),
    "memo_close": ("Recomenda-se a diligência antes da adjudicação.", "A proposta é considerada tecnicamente aceitável."),
    "offer_titles": ("PROPOSTA COMERCIAL",), "offer_open": ("{bidder} apresenta proposta para {title_l}.",),
    "offer_close": ("Validade da proposta: 60 dias.", "Prazo de entrega: {n} semanas."),
}

FRAMES["en"] = {
    "buyers": (
        ("Department of Homeland Security, Office of Procurement Operations", "US"), ("Department of Veterans Affairs, Technology Acquisition Center", "US"),
        ("Defense Information Systems Agency", "US"), ("U.S. Army Corps of Engineers, Huntington District", "US"), ("Department of the Interior, Interior Business Center", "US"),
        ("Federal Highway Administration, Eastern Federal Lands", "US"), ("Texas Department of Transportation", "US"), ("Port of Oakland", "US"),
        ("Pennsylvania Turnpike Commission", "US"), ("Washington State Department of Transportation", "US"),
        ("National Highways", "UK"), ("Network Rail Infrastructure Ltd", "UK"), ("Crown Commercial Service", "UK"), ("Transport for Greater Manchester", "UK"),
        ("NHS Scotland National Services Scotland", "UK"), ("Ministry of Justice", "UK"),
        ("Transport for NSW", "AU"), ("Department of Transport and Planning, Victoria", "AU"), ("Services Australia", "AU"),
        ("Queensland Department of Transport and Main Roads", "AU"), ("Port of Brisbane Pty Ltd", "AU"), ("Australian Taxation Office", "AU"),
        ("Shared Services Canada", "CA"), ("Ministry of Transportation of Ontario", "CA"), ("Metrolinx", "CA"), ("City of Calgary", "CA"),
        ("Public Services and Procurement Canada", "CA"),
    ),
    "region": {
        "US": {"cur": "USD", "doc": "Statement of Work", "item": "CLIN", "proc": "Solicitation No.", "call": "solicitation", "bid": "offeror", "price": "Unit Price", "tot": "Extended Price"},
        "UK": {"cur": "GBP", "doc": "Specification", "item": "Item", "proc": "Tender reference", "call": "Invitation to Tender", "bid": "bidder", "price": "Rate", "tot": "Amount"},
        "AU": {"cur": "AUD", "doc": "Statement of Requirement", "item": "Item", "proc": "ATM ID", "call": "Approach to Market", "bid": "respondent", "price": "Rate", "tot": "Amount"},
        "CA": {"cur": "CAD", "doc": "Statement of Work", "item": "Item", "proc": "Solicitation No.", "call": "Request for Proposal", "bid": "bidder", "price": "Unit Price", "tot": "Extended Price"},
    },
    "bidders": ("Meridian Transport Systems LLC", "Northgate Fibre Ltd", "Southern Cross Telecom Pty Ltd", "Laurentian Network Services Inc.",
                "Bastion Cyber Operations LLC", "Halberd Security Services Ltd", "Copperline Civil Contractors", "Keystone Paving & Bridge Co.",
                "Sentinel Analytics Group Inc.", "Coastal Guard Services Ltd"),
    "people": ("J. Okafor, P.E.", "Megan Whitlock", "Daniel Reyes", "Priya Natarajan", "Tom Hallett", "Claire Bouchard"),
    "spec_titles": ("TECHNICAL SPECIFICATION: {title}", "{doc} - {title}", "Annex {n}: {title}", "Section {n} - {title}"),
    "h_obj": ("1. Scope", "1. SCOPE OF WORK", "1. Purpose and scope"),
    "h_req": ("2. Technical requirements", "2. REQUIREMENTS", "2. Performance requirements"),
    "h_qty": ("3. Quantities", "3. Schedule of quantities", "3. Estimated quantities"),
    "h_gen": ("4. General conditions", "4. Delivery, warranty and documentation", "4. Other requirements"),
    "general": (
        "The period of performance is {n} months from notice to proceed.",
        "All materials carry a minimum {y}-year manufacturer warranty.",
        "Record drawings shall be delivered in native CAD and PDF within 30 days of substantial completion.",
        "Lane closures shall follow the approved traffic management plan and the agency's work zone standards.",
        "Acceptance testing shall be witnessed by the Engineer; results are recorded on the agency's forms.",
        "The {bid} shall provide {n} hours of training for maintenance staff.",
        "Submittals shall be approved before any material is ordered.",
        "Invoices are paid against monthly progress measurements.",
        "Personnel working on site must hold current safety induction cards.",
    ),
    "prohib": (
        "Equipment manufactured by Huawei, ZTE, Hytera, Hikvision or Dahua, or their subsidiaries and affiliates, shall not be offered.",
        "In accordance with Section 889 of the FY2019 NDAA, no covered telecommunications or video surveillance equipment (Huawei, ZTE, Hytera, Hikvision, Dahua) may be provided.",
    ),
    "prohib_cyber": ("Products or services developed or provided by Kaspersky Lab or its affiliates shall not be offered (FAR 52.204-23).",
                     "Kaspersky software is excluded under the agency's cyber security policy and will not be accepted."),
    "equiv": ("Basis of design: {x} or approved equal.", "Reference product: {x} or equivalent.", "Specified product: {x}, or equal as approved by the Engineer."),
    "ref_req": "Basis of design", "offered": "Offered product",
    "mx_titles": ("COMPLIANCE MATRIX - {title}", "Statement of compliance: {title}", "Requirements traceability matrix - {title}"),
    "mx_cols": ("Ref", "Requirement", "Proposed specification", "Compliance", "Reference"),
    "verdicts": ("Comply", "Comply", "Comply", "Partially comply", "Do not comply", "Clarification required"),
    "mx_intro": ("Respondents shall state compliance against each requirement and reference the supporting page of their proposal.",
                 "A statement of 'Comply' without supporting evidence will be scored as 'Partially comply'."),
    "boq_titles": ("BILL OF QUANTITIES - {title}", "Schedule of Prices - {title}", "Price schedule: {title}"),
    "boq_cols": ("{item}", "Description", "Unit", "Qty", "{price}", "{tot}"), "total": "TOTAL",
    "boq_notes": ("Rates include supply, installation, testing and commissioning.", "Prices exclude sales tax.", "Quantities are estimates for evaluation only."),
    "rfq_titles": ("REQUEST FOR QUOTATION", "Request for Quote No. {n}", "RFQ {n}"),
    "rfq_open": ("Please provide a quotation for {title_l} in accordance with the quantities and requirements below.",
                 "{buyer} requests quotes for {title_l}. Quantities are estimates.", "You are invited to quote for {title_l}."),
    "rfq_close": ("Quotes are due by {date}.", "State lead time, validity and warranty terms.", "Technical questions may be sent to the contact below.", "Regards,"),
    "notice": (
        "{buyer}\n{proc} {ref}\n{title}\n{intro}\nResponses due: {date}.",
        "NOTICE: {buyer} is seeking {title_l}.\n{proc} {ref}. Estimated value {cur} {amount}.\nClosing date: {date}.",
        "{title} ({ref})\nBuyer: {buyer}\n{intro}\nDocuments are available on the e-tendering portal.",
    ),
    "memo_titles": ("MEMORANDUM", "Technical review memo", "Evaluation note"),
    "memo_head": "To: Evaluation panel\nFrom: {person}\nDate: {date}\nSubject: Technical review of {bidder} submission - {title}",
    "memo_open": ("The technical submission was reviewed against the {doc}. Findings:", "Summary of the technical review:"),
    "memo_ok": ("{req}: compliant; supported by datasheet.", "{req}: meets requirement ({spec})."),
    "memo_bad": ("{req}: not demonstrated; clarification requested.", "{req}: the submission does not show {spec_l}."),
    "memo_rvn": ("The submission quotes {x} in the price schedule.", "The proposed equipment list includes {x}."),
    "memo_close": ("Recommend clarification before award.", "Subject to the clarifications above, the submission is technically acceptable."),
    "rfi_titles": ("SOURCES SOUGHT NOTICE - {title}", "REQUEST FOR INFORMATION: {title}", "Market research: {title}"),
    "rfi_open": ("This is a sources sought notice for market research purposes only. It is not a request for proposals and does not commit the Government to any award.",
                 "{buyer} is conducting market research to identify capable sources for {title_l}.",
                 "This RFI is issued to understand current market offerings and pricing models. Responses are not offers."),
    "rfi_h_req": "Anticipated requirement", "rfi_h_q": "Questions for respondents",
    "rfi_q": ("Describe how your offering addresses: {req_l}.", "What is your experience delivering {req_l} for organisations of similar size?",
              "Identify any constraints or assumptions regarding {req_l}."),
    "rfi_generic": ("Identify your business size and socio-economic status under the applicable NAICS code.", "List any existing contract vehicles through which the service can be ordered.",
                    "Describe your typical transition-in timeline.", "Describe the pricing model you recommend and its main cost drivers.",
                    "Where will data be stored and processed, and by whom?"),
    "rfi_submit": ("Responses of no more than 10 pages are due by {date} to the contracting office by e-mail.", "Submit responses by {date}. Proprietary information should be marked as such."),
    "sow_titles": ("STATEMENT OF WORK - {title}", "Performance Work Statement: {title}", "Scope of Services - {title}"),
    "sow_h": ("Background", "Scope", "Tasks", "Deliverables", "Period of performance"),
    "deliverables": ("Transition-in plan within 30 days of award.", "Monthly status report and service level report.", "Quarterly service review.", "Transition-out plan."),
    "period": ("One base year and up to four option years.", "The period of performance is {n} months."),
    "offer_titles": ("PRICE QUOTATION", "Offer {n}", "Proposal - pricing"),
    "offer_open": ("{bidder} is pleased to submit the following pricing for {title_l}.", "Further to your request, please find our quotation for {title_l}."),
    "offer_close": ("Quote valid for 90 days.", "Lead time: {n} weeks from order.", "Payment terms: net 30."),
    "q_titles": ("CAPABILITY QUESTIONNAIRE - {title}", "Supplier questionnaire: {title}"), "q_cols": ("No.", "Question", "Response"),
}

FRAMES["de"] = {
    "buyers": (("Die Autobahn GmbH des Bundes, Niederlassung Südbayern", "DE"), ("DB InfraGO AG", "DE"), ("Hamburg Port Authority AöR", "DE"),
               ("Landesbetrieb Straßenbau NRW", "DE"), ("Stadtwerke München GmbH, Verkehrsbetriebe", "DE"), ("Bundesamt für Sicherheit in der Informationstechnik", "DE"),
               ("IT.Niedersachsen", "DE"), ("Landeshauptstadt Stuttgart", "DE"), ("ASFINAG Bau Management GmbH", "AT"), ("Stadt Wien, Magistratsabteilung 01", "AT")),
    "region": {"DE": {"cur": "EUR", "doc": "Leistungsbeschreibung", "item": "Pos.", "proc": "Vergabenummer", "call": "Vergabeunterlagen", "bid": "Bieter", "price": "EP", "tot": "GP"},
               "AT": {"cur": "EUR", "doc": "Leistungsbeschreibung", "item": "Pos.", "proc": "GZ", "call": "Ausschreibungsunterlagen", "bid": "Bieter", "price": "EP", "tot": "GP"}},
    "bidders": ("Kabel- und Netzbau Süd GmbH", "Verkehrstechnik Rhein-Main GmbH", "Alpenfunk Systemhaus GmbH", "SecOps Nord GmbH", "Straßenbau Weber GmbH & Co. KG"),
    "people": ("Dipl.-Ing. Katrin Vogel", "Stefan Brandner", "Dr. Jonas Albrecht"),
    "spec_titles": ("{doc}: {title}", "Technische Spezifikation – {title}", "Anlage {n} zur {doc}: {title}"),
    "h_obj": ("1. Gegenstand der Leistung", "1. Leistungsumfang"), "h_req": ("2. Technische Anforderungen", "2. Mindestanforderungen"),
    "h_qty": ("3. Mengengerüst", "3. Leistungsverzeichnis (Auszug)"), "h_gen": ("4. Allgemeine Bedingungen", "4. Dokumentation, Abnahme, Gewährleistung"),
    "general": ("Die Ausführungsfrist beträgt {n} Monate ab Auftragserteilung.", "Die Gewährleistung beträgt {y} Jahre ab Abnahme.",
                "Bestandspläne sind als DWG und PDF zu übergeben.", "Arbeiten unter Verkehr sind nach RSA 21 abzusichern.",
                "Die Abnahmeprüfungen erfolgen im Beisein des Auftraggebers und werden protokolliert.", "Der {bid} schult das Betriebspersonal im Umfang von {n} Stunden.",
                "Die Abrechnung erfolgt nach Aufmaß."),
    "prohib": ("Aktive Komponenten der Hersteller Huawei und ZTE sind nicht zugelassen.", "Komponenten von Huawei, ZTE, Hikvision oder Dahua werden nicht akzeptiert."),
    "prohib_cyber": ("Produkte von Kaspersky werden gemäß BSI-Warnung nicht berücksichtigt.",),
    "equiv": ("Leitfabrikat: {x} oder gleichwertig.", "Referenzprodukt {x} oder gleichwertig."),
    "ref_req": "Leitfabrikat", "offered": "Angebotenes Produkt",
    "mx_titles": ("Erfüllungsnachweis – {title}", "Anforderungsmatrix: {title}"),
    "mx_cols": ("Nr.", "Anforderung", "Angebotene Ausführung", "Erfüllt", "Nachweis"),
    "verdicts": ("ja", "ja", "ja", "teilweise", "nein"),
    "mx_intro": ("Der Bieter bestätigt je Anforderung die Erfüllung und verweist auf das Datenblatt.",),
    "boq_titles": ("Leistungsverzeichnis – {title}", "Preisblatt: {title}"),
    "boq_cols": ("{item}", "Kurztext", "ME", "Menge", "{price}", "{tot}"), "total": "Summe netto",
    "boq_notes": ("Einheitspreise inkl. Lieferung, Montage und Prüfung.", "Alle Preise netto zzgl. USt."),
    "rfq_titles": ("Preisanfrage", "Angebotsanfrage Nr. {n}"),
    "rfq_open": ("Wir bitten um ein Angebot für {title_l} gemäß nachstehendem Mengengerüst.", "{buyer} bittet um Angebotsabgabe für {title_l}."),
    "rfq_close": ("Angebotsfrist: {date}.", "Bitte Lieferzeit und Bindefrist angeben.", "Mit freundlichen Grüßen"),
    "notice": ("{buyer}\n{proc} {ref}\n{title}\n{intro}\nAngebotsfrist: {date}.",
               "Bekanntmachung: {buyer} schreibt {title_l} öffentlich aus.\n{proc} {ref}, geschätzter Auftragswert {cur} {amount}.\nSchlusstermin: {date}."),
    "memo_titles": ("Vermerk", "Prüfvermerk technische Wertung"),
    "memo_head": "An: Vergabestelle\nVon: {person}\nDatum: {date}\nBetreff: Technische Prüfung des Angebots {bidder} – {title}",
    "memo_open": ("Das Angebot wurde gegen die {doc} geprüft:",), "memo_ok": ("{req}: erfüllt.", "{req}: erfüllt ({spec})."),
    "memo_bad": ("{req}: Nachweis fehlt, Aufklärung erforderlich.",), "memo_rvn": ("Im Preisblatt wird {x} angeboten.",),
    "memo_close": ("Empfehlung: Aufklärung vor Zuschlag.", "Das Angebot ist technisch wertbar."),
    "rfi_titles": ("Markterkundung: {title}", "Interessenbekundungsverfahren – {title}"),
    "rfi_open": ("Diese Markterkundung dient der Vorbereitung eines Vergabeverfahrens und ist kein Angebotsaufruf.",),
    "rfi_h_req": "Bedarf", "rfi_h_q": "Fragen an die Marktteilnehmer",
    "rfi_q": ("Wie erfüllt Ihre Lösung die Anforderung „{req}“?", "Welche Erfahrungen haben Sie mit {req_l}?"),
    "rfi_generic": ("Bitte nennen Sie drei Referenzen aus dem öffentlichen Sektor.", "Wo werden die Daten verarbeitet?", "Welches Lizenzmodell empfehlen Sie?"),
    "rfi_submit": ("Rückmeldungen bitte bis {date} über die Vergabeplattform.",),
    "sow_titles": ("Leistungsbeschreibung – {title}",), "sow_h": ("Ausgangslage", "Leistungsumfang", "Aufgaben", "Ergebnisse", "Laufzeit"),
    "deliverables": ("Betriebshandbuch nach Übergang.", "Monatlicher Servicebericht.", "Quartalsweise Servicebesprechung."),
    "period": ("Die Vertragslaufzeit beträgt {n} Monate mit Verlängerungsoption.",),
    "offer_titles": ("Angebot", "Angebot Nr. {n}"), "offer_open": ("{bidder} bietet wie folgt an: {title}.",),
    "offer_close": ("Bindefrist: 60 Tage.", "Lieferzeit: {n} Wochen."),
    "q_titles": ("Fragebogen zur Eignung – {title}",), "q_cols": ("Nr.", "Frage", "Antwort"),
}

FRAMES["fr"] = {
    "buyers": (("Direction interdépartementale des routes Centre-Est", "FR"), ("SNCF Réseau", "FR"), ("Grand Port Maritime de Marseille", "FR"),
               ("Département de la Gironde", "FR"), ("Métropole de Lyon", "FR"), ("Université de Lille", "FR"), ("Centre hospitalier universitaire de Nantes", "FR"),
               ("Ministère des Transports du Québec", "QC"), ("Ville de Montréal", "QC"), ("Société de transport de Montréal", "QC")),
    "region": {"FR": {"cur": "EUR", "doc": "CCTP", "item": "N° prix", "proc": "Marché n°", "call": "DCE", "bid": "titulaire", "price": "PU HT", "tot": "Montant HT"},
               "QC": {"cur": "CAD", "doc": "Devis technique", "item": "Article", "proc": "Appel d'offres n°", "call": "documents d'appel d'offres", "bid": "soumissionnaire", "price": "Prix unitaire", "tot": "Total"}},
    "bidders": ("Réseaux et Fibres de l'Ouest SAS", "Signalisation Routière Alpes SARL", "Cyberveille Conseil SAS", "Télécom Portuaire Méditerranée SA", "Pavages Laurentides inc."),
    "people": ("Mme Claire Fontaine", "M. Julien Marchand", "Isabelle Tremblay, ing."),
    "spec_titles": ("{doc} – {title}", "Cahier des clauses techniques particulières : {title}", "Annexe technique n° {n} – {title}"),
    "h_obj": ("1. Objet du marché", "1. Objet et périmètre"), "h_req": ("2. Exigences techniques", "2. Spécifications minimales"),
    "h_qty": ("3. Quantités estimatives", "3. Détail quantitatif"), "h_gen": ("4. Dispositions générales", "4. Réception, garantie, documentation"),
    "general": ("Le délai d'exécution est de {n} mois à compter de l'ordre de service.", "La garantie est de {y} ans à compter de la réception.",
                "Le dossier des ouvrages exécutés est remis sous format DWG et PDF.", "Les essais de réception sont réalisés en présence du maître d'œuvre.",
                "Le {bid} assure une formation de {n} heures pour les agents d'exploitation.", "La signalisation temporaire de chantier est à la charge du titulaire."),
    "prohib": ("Les équipements actifs des constructeurs Huawei et ZTE ne sont pas admis.", "Aucun équipement Huawei, ZTE, Hikvision ou Dahua ne sera accepté."),
    "prohib_cyber": ("Les produits Kaspersky ne sont pas acceptés.",),
    "equiv": ("Référence : {x} ou équivalent.", "Matériel de référence : {x} ou techniquement équivalent."),
    "ref_req": "Matériel de référence", "offered": "Matériel proposé",
    "mx_titles": ("Tableau de conformité – {title}", "Grille de conformité technique : {title}"),
    "mx_cols": ("N°", "Exigence", "Solution proposée", "Conformité", "Réf. mémoire"),
    "verdicts": ("Conforme", "Conforme", "Conforme", "Partiellement conforme", "Non conforme"),
    "mx_intro": ("Le candidat renseigne la conformité de son offre à chaque exigence du CCTP.",),
    "boq_titles": ("Bordereau des prix unitaires – {title}", "Détail quantitatif estimatif : {title}"),
    "boq_cols": ("{item}", "Désignation", "Unité", "Quantité", "{price}", "{tot}"), "total": "TOTAL HT",
    "boq_notes": ("Les prix comprennent la fourniture, la pose et les essais.", "Prix hors taxes."),
    "rfq_titles": ("DEMANDE DE DEVIS", "Consultation n° {n}"),
    "rfq_open": ("Nous vous prions de nous adresser un devis pour {title_l} selon les quantités ci-dessous.", "{buyer} consulte les entreprises pour {title_l}."),
    "rfq_close": ("Date limite de réponse : {date}.", "Préciser le délai de livraison et la durée de validité.", "Cordialement,"),
    "notice": ("{buyer}\n{proc} {ref}\n{title}\n{intro}\nDate limite de remise des offres : {date}.",
               "AVIS D'APPEL PUBLIC À LA CONCURRENCE\n{buyer} – {title_l}.\n{proc} {ref}. Montant estimé : {amount} {cur}.\nRemise des offres avant le {date}."),
    "memo_titles": ("NOTE TECHNIQUE", "Rapport d'analyse technique"),
    "memo_head": "À : Commission d'appel d'offres\nDe : {person}\nDate : {date}\nObjet : Analyse de l'offre de {bidder} – {title}",
    "memo_open": ("L'offre a été analysée au regard du {doc} :",), "memo_ok": ("{req} : conforme.", "{req} : conforme ({spec})."),
    "memo_bad": ("{req} : non démontré, demande de précision.",), "memo_rvn": ("Le bordereau de prix de l'offre comprend {x}.",),
    "memo_close": ("Il est proposé de demander des précisions avant attribution.", "L'offre est techniquement recevable."),
    "rfi_titles": ("Demande d'information – {title}", "Sourçage : {title}"),
    "rfi_open": ("La présente demande d'information vise à connaître l'offre du marché ; elle n'engage pas l'acheteur.",),
    "rfi_h_req": "Besoin", "rfi_h_q": "Questions aux répondants",
    "rfi_q": ("Comment votre offre répond-elle à l'exigence « {req} » ?", "Quelle est votre expérience en matière de {req_l} ?"),
    "rfi_generic": ("Citez trois références comparables.", "Où les données sont-elles hébergées ?", "Quel modèle de tarification proposez-vous ?"),
    "rfi_submit": ("Réponses attendues avant le {date}.",),
    "sow_titles": ("Cahier des charges – {title}",), "sow_h": ("Contexte", "Périmètre", "Prestations", "Livrables", "Durée"),
    "deliverables": ("Plan de réversibilité.", "Rapport mensuel d'activité.", "Comité de pilotage trimestriel."),
    "period": ("Le marché est conclu pour {n} mois, reconductible.",),
    "offer_titles": ("PROPOSITION COMMERCIALE", "Devis n° {n}"), "offer_open": ("{bidder} a le plaisir de vous adresser son offre pour {title_l}.",),
    "offer_close": ("Validité de l'offre : 90 jours.", "Délai de livraison : {n} semaines."),
    "q_titles": ("Questionnaire technique – {title}",), "q_cols": ("N°", "Question", "Réponse"),
}

FRAMES["ja"] = {
    "buyers": (("国土交通省 関東地方整備局", "JP"), ("東日本高速道路株式会社 関東支社", "JP"), ("阪神高速道路株式会社", "JP"), ("横浜市港湾局", "JP"),
               ("東京都交通局", "JP"), ("独立行政法人鉄道建設・運輸施設整備支援機構", "JP"), ("国立大学法人 東北大学", "JP"), ("大阪府 総務部", "JP"), ("福岡市", "JP")),
    "region": {"JP": {"cur": "JPY", "doc": "特記仕様書", "item": "項番", "proc": "案件番号", "call": "入札説明書", "bid": "受注者", "price": "単価", "tot": "金額"}},
    "bidders": ("株式会社北辰通信建設", "みなと情報システム株式会社", "東邦セキュリティサービス株式会社", "株式会社関東舗装工業"),
    "people": ("工務課 佐藤", "情報政策課 高橋", "施設課 中村"),
    "spec_titles": ("{title} {doc}", "{title} 仕様書", "別紙{n} {title} 技術仕様"),
    "h_obj": ("第1章 総則", "1. 業務の目的"), "h_req": ("第2章 技術要件", "2. 機能・性能要件"),
    "h_qty": ("第3章 数量", "3. 数量表"), "h_gen": ("第4章 その他", "4. 納品・保証・検査"),
    "general": ("履行期間は契約締結日から{n}か月とする。", "{bid}は引渡し後{y}年間の瑕疵担保責任を負う。", "完成図書は紙媒体及び電子データで提出すること。",
                "検査は監督職員の立会いのもとで行う。", "交通規制は道路管理者と協議のうえ実施すること。", "保守要員への操作説明を{n}時間実施すること。"),
    "prohib": ("ファーウェイ及びZTE社製の通信機器は納入しないこと。",), "prohib_cyber": ("カスペルスキー社製品は採用しないこと。",),
    "equiv": ("参考機種：{x}又は同等品以上", "{x}同等品以上とする。"), "ref_req": "参考機種", "offered": "提案機器",
    "mx_titles": ("{title} 仕様適合表", "要求仕様対応表：{title}"), "mx_cols": ("No.", "要求事項", "提案内容", "適合", "記載箇所"),
    "verdicts": ("○", "○", "○", "△", "×"), "mx_intro": ("要求事項ごとに適合可否と提案書の記載箇所を記入すること。",),
    "boq_titles": ("{title} 数量内訳書", "内訳書：{title}"), "boq_cols": ("{item}", "品名・規格", "単位", "数量", "{price}", "{tot}"), "total": "合計（税抜）",
    "boq_notes": ("単価は材料費、施工費、試験費を含む。", "消費税は別途とする。"),
    "rfq_titles": ("見積依頼書", "見積依頼 第{n}号"), "rfq_open": ("下記のとおり{title_l}の見積を依頼します。", "{buyer}は{title_l}について見積書の提出を求めます。"),
    "rfq_close": ("提出期限：{date}", "納期及び見積有効期限を明記すること。", "以上"),
    "notice": ("{buyer}\n{title}\n{intro}\n入札書提出期限：{date}",
               "入札公告\n{buyer}において{title_l}の一般競争入札を行う。\n{proc} {ref}\n予定価格：{amount}円\n入札期限：{date}"),
    "memo_titles": ("技術審査メモ", "提案書審査結果"), "memo_head": "宛先：技術審査委員会\n作成：{person}\n日付：{date}\n件名：{bidder} 提案書審査（{title}）",
    "memo_open": ("{doc}の要件に照らして提案内容を確認した。",), "memo_ok": ("{req}：適合。", "{req}：適合（{spec}）。"),
    "memo_bad": ("{req}：根拠資料なし。確認を要する。",), "memo_rvn": ("提案機器一覧に{x}が含まれている。",),
    "memo_close": ("確認事項への回答を得たうえで評価を確定する。", "技術的に適合と判断する。"),
    "rfi_titles": ("情報提供依頼（RFI）：{title}", "{title}に関する意見招請"),
    "rfi_open": ("本依頼は調達準備のための情報収集を目的とし、契約を約束するものではない。",), "rfi_h_req": "想定する要件", "rfi_h_q": "質問事項",
    "rfi_q": ("「{req}」への対応方法を記載してください。", "{req}に関する導入実績を記載してください。"),
    "rfi_generic": ("概算費用及び費用算定の考え方を示してください。", "データの保管場所を記載してください。", "導入までの標準的な期間を示してください。"),
    "rfi_submit": ("回答期限：{date}",),
    "sow_titles": ("{title} 業務委託仕様書",), "sow_h": ("背景", "業務範囲", "業務内容", "成果物", "契約期間"),
    "deliverables": ("月次報告書", "年次報告書", "運用手順書"), "period": ("契約期間は{n}か月とする。",),
    "offer_titles": ("御見積書",), "offer_open": ("{bidder}は下記のとおり御見積申し上げます。",), "offer_close": ("見積有効期限：発行日より60日", "納期：受注後{n}週間"),
    "q_titles": ("{title} 事業者アンケート",), "q_cols": ("No.", "質問", "回答"),
}

FRAMES["zh"] = {
    "buyers": (("广东省交通集团有限公司", "CN"), ("浙江沪杭甬高速公路股份有限公司", "CN"), ("宁波舟山港股份有限公司", "CN"), ("中铁第四勘察设计院集团有限公司", "CN"),
               ("深圳市地铁集团有限公司", "CN"), ("四川省公路规划勘察设计研究院", "CN"), ("浙江大学", "CN"), ("江苏省人民医院", "CN"), ("杭州市财政局", "CN")),
    "region": {"CN": {"cur": "CNY", "doc": "技术规格书", "item": "序号", "proc": "招标编号", "call": "招标文件", "bid": "投标人", "price": "单价（元）", "tot": "合价（元）"}},
    "bidders": ("广州路通信息工程有限公司", "浙江港联科技有限公司", "北京安域网络安全技术有限公司", "四川蜀道路桥建设有限公司"),
    "people": ("工程部 王工", "信息中心 李主任", "采购部 陈经理"),
    "spec_titles": ("{title}{doc}", "第{n}章 {title}技术要求", "{title} 用户需求书"),
    "h_obj": ("一、项目概况", "一、采购内容"), "h_req": ("二、技术要求", "二、主要技术参数"), "h_qty": ("三、工程量清单", "三、采购数量"), "h_gen": ("四、其他要求", "四、验收与质保"),
    "general": ("工期为合同签订后{n}个月。", "质保期为验收合格后{y}年。", "竣工资料须提交纸质版和电子版各一套。", "验收由采购人组织，监理单位参加。",
                "施工期间交通组织方案须报路政部门批准。", "中标人须对运维人员进行不少于{n}学时的培训。"),
    "prohib": ("本项目不接受华为、中兴通讯及其关联公司生产的有源设备。", "投标产品不得为海康威视、大华或华为品牌。"), "prohib_cyber": ("不接受卡巴斯基产品。",),
    "equiv": ("参考型号：{x}或同等档次及以上", "{x}或同等性能产品"), "ref_req": "参考型号", "offered": "投标型号",
    "mx_titles": ("技术参数偏离表（{title}）", "{title}技术响应表"), "mx_cols": ("序号", "招标要求", "投标响应", "偏离", "页码"),
    "verdicts": ("无偏离", "无偏离", "无偏离", "正偏离", "负偏离"), "mx_intro": ("投标人须逐条响应并注明证明材料所在页码。",),
    "boq_titles": ("{title}工程量清单", "分项报价表：{title}"), "boq_cols": ("{item}", "名称及规格", "单位", "数量", "{price}", "{tot}"), "total": "合计",
    "boq_notes": ("单价包含供货、安装、调试及税费。", "数量为暂定数量，按实结算。"),
    "rfq_titles": ("询价函", "询价通知书（第{n}号）"), "rfq_open": ("现就{title_l}进行询价，请按下列清单报价。", "{buyer}拟采购{title_l}，欢迎符合条件的供应商报价。"),
    "rfq_close": ("报价截止时间：{date}", "请注明供货期及报价有效期。", "特此函告。"),
    "notice": ("{buyer}\n{title}\n{intro}\n投标截止时间：{date}",
               "招标公告\n{buyer}就{title_l}进行公开招标，{proc}：{ref}。\n预算金额：{amount}元。\n投标截止时间：{date}。"),
    "memo_titles": ("技术评审意见", "评标技术审查记录"), "memo_head": "致：评标委员会\n审查人：{person}\n日期：{date}\n事由：{bidder}投标文件技术审查（{title}）",
    "memo_open": ("对照{doc}逐项审查投标文件，意见如下：",), "memo_ok": ("{req}：满足。", "{req}：满足（{spec}）。"),
    "memo_bad": ("{req}：未提供证明材料，需澄清。",), "memo_rvn": ("投标设备清单中包括{x}。",),
    "memo_close": ("建议澄清后再行评定。", "技术部分符合招标要求。"),
    "rfi_titles": ("{title}市场调研函", "关于{title}的信息征询"), "rfi_open": ("本次征询仅用于了解市场情况，不构成采购承诺。",),
    "rfi_h_req": "需求概述", "rfi_h_q": "征询问题",
    "rfi_q": ("请说明贵方如何满足“{req}”的要求。", "请介绍贵方在{req}方面的项目案例。"),
    "rfi_generic": ("请提供费用估算及计费方式。", "数据存放在何处？", "请说明实施周期。"), "rfi_submit": ("请于{date}前提交书面材料。",),
    "sow_titles": ("{title}服务需求书",), "sow_h": ("项目背景", "服务范围", "服务内容", "交付成果", "服务期限"),
    "deliverables": ("月度服务报告", "年度总结报告", "应急响应报告"), "period": ("服务期限为{n}个月。",),
    "offer_titles": ("报价单",), "offer_open": ("{bidder}就{title_l}报价如下。",), "offer_close": ("报价有效期：60天。", "供货期：合同签订后{n}周。"),
    "q_titles": ("{title}供应商能力调查表",), "q_cols": ("序号", "问题", "回答"),
}


# =====================================================================================
# Subjects
# =====================================================================================
# S(lang, key, label, theme, title, intro, reqs, items, shapes, note, regions, rvn, prohibit)
# items: (description, unit, qty lo, qty hi, unit price USD); rvn: (shape, line, entity id, note)
S = Subject

SUBJECTS: list[Subject] = [
    # ------------------------------------------------------------------ es: telecom
    S("es", "fibra-troncal-corredor", ICT, "telecom", "Red de fibra óptica troncal del corredor vial",
      ("Suministro, tendido, empalme y certificación de un cable de fibra óptica monomodo a lo largo de 142 km de corredor, que interconecta las estaciones de peaje, los centros de control y las cámaras de conteo.",
       "La fibra se instala por la canalización existente de dos ductos de 2\" y, donde no exista, en microducto nuevo en zanja de 0,60 m por el costado de la calzada.",
       "La red sirve al sistema inteligente de transporte de la concesión y queda como soporte del anillo de datos entre el centro de control y las unidades funcionales."),
      (("Cable", "Cable de fibra óptica monomodo G.652.D de 96 hilos, tubo holgado, armadura dieléctrica, apto para ducto"),
       ("Atenuación", "≤ 0,35 dB/km a 1310 nm y ≤ 0,22 dB/km a 1550 nm"),
       ("Empalmes", "Por fusión, pérdida media ≤ 0,05 dB, en cajas de empalme tipo domo IP68 con bandejas de 24 fusiones"),
       ("Reservas", "Reserva de 30 m de cable en cada cámara de empalme y de 50 m en cada estación"),
       ("Distribuidores", "ODF de 48 puertos en rack de 19\", conectores SC/APC, con pigtails y adaptadores"),
       ("Canalización", "Microducto de PEAD 14/10 mm en haz de 7 vías, probado con aire a 10 bar"),
       ("Cámaras", "Cámara de inspección de 60 x 60 x 80 cm cada 500 m y en cada cambio de dirección"),
       ("Pruebas", "Certificación con OTDR en ambas ventanas y ambos sentidos, y medición de potencia óptica extremo a extremo"),
       ("Señalización", "Cinta de advertencia y mojones de concreto cada 100 m sobre el trazado"),
       ("Documentación", "Trazas OTDR en formato SOR, planos de ruta georreferenciados y libreta de empalmes")),
      (("Cable de fibra óptica monomodo 96 hilos, armadura dieléctrica", "m", 60000, 150000, 2.1),
       ("Microducto PEAD 14/10 mm en haz de 7 vías", "m", 20000, 60000, 3.4),
       ("Caja de empalme tipo domo IP68, 96 fusiones", "und", 80, 300, 210),
       ("Distribuidor óptico ODF 48 puertos SC/APC", "und", 10, 40, 380),
       ("Cámara de inspección 60x60x80 cm con tapa", "und", 100, 290, 450),
       ("Certificación OTDR por hilo y tramo", "hilo", 500, 2000, 9),
       ("Fusión de fibra, incluye protector termocontráctil", "und", 2000, 9000, 6)),
      ("spec", "boq", "notice"), "fibre-optic backbone for a highway ITS (single-mode cable, splice closures, ODF, OTDR acceptance); no vendor named",
      ("CO",), (("boq", "OLT Huawei SmartAX MA5800-X7 con 2 tarjetas GPHF", "huawei", "Huawei SmartAX OLT quoted in the fibre BOQ"),
                ("matrix", "Equipo de transmisión Huawei OptiX OSN 1800 II", "huawei", "Huawei OptiX transmission equipment offered in the compliance matrix")), 0.3),
    S("es", "comunicaciones-tunel", ICT, "telecom", "Instalaciones de comunicaciones del túnel: postes SOS, radiocomunicación y red de datos",
      ("El objeto es la renovación de las instalaciones de comunicaciones del túnel y sus accesos: postes de auxilio (SOS), retransmisión de radio, megafonía y red de datos de campo.",
       "Las instalaciones se integran en el centro de control de túneles, desde donde se gestionan las llamadas de emergencia y las comunicaciones con los servicios de explotación.",
       "Los trabajos se ejecutan en horario nocturno con cortes de carril autorizados."),
      (("Postes SOS", "Poste de auxilio en nicho cada 150 m, con interfono IP manos libres, pulsador y detección de apertura de puerta"),
       ("Radiocomunicación", "Cobertura de radio en el interior del tubo mediante cable radiante de 1-5/8\" para TETRA, radio de explotación VHF y retransmisión de FM con inserción de mensajes"),
       ("Repetidores", "Repetidores bidireccionales de fibra óptica, alimentados desde el centro de transformación, con gestión SNMP"),
       ("Red de datos", "Anillo de fibra con conmutadores industriales de capa 2/3, DIN, -40 a +75 °C, con recuperación del anillo en menos de 50 ms"),
       ("Cable radiante", "Cable radiante con pérdida de acoplamiento ≤ 70 dB a 400 MHz, libre de halógenos, sujeto a 3 m de altura"),
       ("Megafonía", "Megafonía IP por zonas de 50 m con inteligibilidad STI ≥ 0,5"),
       ("Centro de control", "Integración en el SCADA existente mediante protocolos abiertos (SNMP, SIP, Modbus TCP)"),
       ("Pruebas", "Mediciones de cobertura de radio recorriendo el tubo y pruebas de llamada desde cada poste SOS")),
      (("Poste SOS en nicho con interfono IP", "ud", 10, 40, 5200),
       ("Cable radiante 1-5/8\" libre de halógenos", "m", 2000, 8000, 42),
       ("Repetidor bidireccional de fibra TETRA/VHF", "ud", 2, 8, 28000),
       ("Conmutador industrial de anillo, 8 puertos + 4 SFP", "ud", 12, 40, 1900),
       ("Altavoz de bocina IP para túnel", "ud", 30, 120, 640),
       ("Tendido de cable de fibra monomodo de 48 fibras en bandeja", "m", 3000, 9000, 2.6)),
      ("spec", "matrix", "memo"), "tunnel communications: SOS posts, TETRA/VHF radio coverage with radiating cable, ring network switches; no vendor named",
      ("ES",), (("spec", "Cámara de detección automática de incidentes Hikvision DS-2CD2T47G2-L", "hikvision", "Hikvision camera model as reference for the tunnel incident detection cameras"),), 0.25),
    S("es", "radio-portuaria", ICT, "telecom", "Sistema de radiocomunicación y enlaces de microondas del recinto portuario",
      ("Se requiere un sistema de radiocomunicación digital para las operaciones de muelle, patio de contenedores y control de accesos, con cobertura en todo el recinto portuario.",
       "El sistema incluye enlaces de microondas entre la torre de control, la terminal de contenedores y el edificio administrativo.",
       "Los equipos se instalarán en las torres existentes; el licitante verificará la capacidad estructural."),
      (("Tecnología", "Radio troncalizada digital DMR Tier III o TETRA, con llamadas de grupo, individuales y de emergencia"),
       ("Cobertura", "95 % del área del recinto con terminal portátil en el cinturón, incluidas zonas entre pilas de contenedores"),
       ("Estaciones base", "Mínimo tres sitios con redundancia de controlador"),
       ("Terminales", "Portátiles IP67 con GPS, botón de emergencia y hombre caído; móviles para grúas y tractocamiones"),
       ("Enlaces de microondas", "Enlaces punto a punto licenciados en 18 GHz, capacidad ≥ 400 Mbit/s, disponibilidad 99,995 %"),
       ("PoC", "Interoperabilidad con radio sobre LTE (push-to-talk) para supervisores"),
       ("Consola", "Consola de despacho IP con grabación de llamadas")),
      (("Estación base troncalizada digital", "pieza", 3, 5, 24000),
       ("Radio portátil digital IP67 con GPS", "pieza", 80, 250, 720),
       ("Radio móvil para grúa", "pieza", 20, 60, 880),
       ("Enlace de microondas 18 GHz, par de radios y antenas", "enlace", 2, 4, 14500),
       ("Consola de despacho IP", "pieza", 2, 4, 9800)),
      ("spec", "rfq"), "port two-way radio (DMR/TETRA, PoC) and microwave links; no vendor named",
      ("MX",), (("boq", "Radio portátil Hytera PD985 DMR con GPS", "hytera", "Hytera portable radios quoted"),
                ("rfq", "Repetidor Hytera RD985 y radios móviles MD785G", "hytera", "Hytera repeater and mobile radios requested by model")), 0.3),
    S("es", "cableado-campus", ICT, "telecom", "Cableado estructurado y red de fibra del campus",
      ("El proyecto renueva el cableado horizontal de seis edificios y tiende una red de fibra óptica entre los cuartos de telecomunicaciones y el centro de datos del campus.",
       "Se incluyen gabinetes, organizadores, puntos de red para aulas y oficinas y la certificación de todos los enlaces."),
      (("Cableado horizontal", "Cable UTP categoría 6A, LSZH, certificado a 500 MHz"),
       ("Puntos de red", "Jack RJ45 categoría 6A en placa doble, identificado según ANSI/TIA-606"),
       ("Backbone de campus", "Fibra monomodo OS2 de 24 hilos entre edificios, por ductos existentes"),
       ("Backbone vertical", "Fibra multimodo OM4 de 12 hilos entre pisos"),
       ("Gabinetes", "Gabinete de 42 UR con ventilación y regleta de energía"),
       ("Certificación", "Certificación de canal permanente con certificador nivel IIIe y de la fibra con OTDR"),
       ("Garantía", "Garantía de sistema del fabricante de 20 años")),
      (("Punto de red categoría 6A certificado", "und", 600, 2000, 95),
       ("Cable de fibra monomodo OS2 24 hilos", "m", 2000, 6000, 1.8),
       ("Bandeja de fibra con 24 conectores LC", "und", 10, 30, 260),
       ("Gabinete 42 UR", "und", 6, 14, 1100),
       ("Patch cord categoría 6A de 2 m", "und", 600, 2000, 7)),
      ("boq", "matrix", "notice"), "campus structured cabling and fibre backbone; no vendor named",
      ("CL", "CO"), (), 0.2),
    S("es", "comunicaciones-ferroviarias", ICT, "telecom", "Red de comunicaciones fijas del tramo ferroviario",
      ("El contrato comprende la red de transmisión por fibra óptica del tramo, los conmutadores de campo en estaciones y casetas, los teléfonos de vía y la ampliación del sistema de radio tren-tierra.",
       "La red transporta la señalización, los sistemas de información al viajero y la videovigilancia de las estaciones."),
      (("Fibra", "Cable monomodo de 64 fibras en canaleta de hormigón a lo largo de la vía, con cajas de empalme cada 2 km"),
       ("Transmisión", "Red IP/MPLS en anillo con nodos en cada estación, interfaces 10 GbE"),
       ("Conmutadores de campo", "Conmutadores industriales EN 50155/EN 50121-4, PoE+, gestión SNMPv3"),
       ("Teléfonos de vía", "Teléfono de intemperie IP cada 1 km y en cada señal principal"),
       ("Radio", "Ampliación de la cobertura de radio tren-tierra en los dos túneles del tramo"),
       ("Sincronismo", "Distribución de sincronismo PTP IEEE 1588v2")),
      (("Cable de fibra monomodo 64 fibras", "m", 30000, 70000, 2.3),
       ("Nodo de transmisión IP/MPLS", "ud", 6, 14, 16500),
       ("Conmutador industrial PoE+ EN 50155", "ud", 20, 60, 2300),
       ("Teléfono de vía IP de intemperie", "ud", 30, 70, 1400)),
      ("spec", "memo"), "railway fixed telecom: fibre, IP/MPLS transmission, field switches, trackside phones, radio; no vendor named",
      ("ES", "CL"), (), 0.3),
    # ------------------------------------------------------------------ es: cyber
    S("es", "soc-monitoreo", ICT, "cyber", "Servicio de centro de operaciones de seguridad (SOC) con monitoreo 24x7",
      ("La entidad requiere un servicio gestionado de monitoreo de seguridad 24x7 que recolecte los registros de sus servidores, firewalls y estaciones de trabajo, los correlacione en un SIEM y gestione los incidentes.",
       "Actualmente se cuenta con un SIEM local cuyo licenciamiento vence; se evalúa migrar la recolección de registros a un servicio en la nube."),
      (("Cobertura", "Monitoreo 24x7x365 de 450 fuentes de registro y 3.200 equipos"),
       ("SIEM", "Plataforma SIEM con retención en línea de 12 meses y archivo de 5 años"),
       ("Detección", "Casos de uso alineados con MITRE ATT&CK, revisados trimestralmente"),
       ("Respuesta", "Notificación de incidentes críticos en 15 minutos y contención remota del equipo afectado"),
       ("IDS/IPS", "Administración de las sondas IDS/IPS del perímetro"),
       ("Inteligencia de amenazas", "Integración de fuentes de inteligencia de amenazas y del CSIRT nacional"),
       ("Gestión de vulnerabilidades", "Escaneo mensual de vulnerabilidades e informe de remediación"),
       ("Informes", "Tablero en línea e informe mensual de indicadores")),
      (("Servicio SOC 24x7", "mes", 12, 36, 18000),
       ("Licencia SIEM por fuente de registro", "fuente", 300, 600, 150),
       ("Escaneo de vulnerabilidades", "mes", 12, 36, 2200)),
      ("rfi", "sow"), "SOC/SIEM managed security monitoring service; no vendor named",
      (), (("offer", "Kaspersky Unified Monitoring and Analysis Platform (KUMA)", "kaspersky", "Kaspersky KUMA SIEM offered as the SOC platform"),), 0.3),
    S("es", "edr-antivirus", ICT, "cyber", "Licenciamiento de solución de protección de equipos (EDR/antivirus)",
      ("Se requiere renovar la protección de los equipos de usuario y servidores con una solución EDR con consola centralizada.",
       "El alcance incluye la desinstalación del antivirus actual, el despliegue del nuevo agente y el soporte durante 36 meses."),
      (("Cantidad", "3.500 equipos Windows, 120 servidores Linux y 80 equipos macOS"),
       ("Protección", "Antimalware con análisis de comportamiento y protección contra ransomware"),
       ("EDR", "Telemetría de procesos con retención de 30 días y aislamiento remoto del equipo"),
       ("Consola", "Consola de administración en la nube con roles y doble factor"),
       ("Integración", "Envío de eventos al SIEM de la entidad por syslog o API"),
       ("Soporte", "Soporte en español 24x7")),
      (("Licencia EDR por equipo, 36 meses", "licencia", 3000, 4000, 58),
       ("Servicio de despliegue y migración", "global", 1, 1, 24000)),
      ("reqlist", "notice"), "EDR/antivirus licences for an endpoint fleet; no vendor named",
      (), (("offer", "Kaspersky Endpoint Security for Business Advanced", "kaspersky", "Kaspersky Endpoint Security licences quoted"),
           ("reqlist", "Kaspersky Endpoint Security for Business", "kaspersky", "HARD: Kaspersky Endpoint Security as the reference product of an 'o equivalente' requirement")), 0.3),
    # ------------------------------------------------------------------ es: out of scope
    S("es", "rehabilitacion-pavimento", OOS, "oos", "Mejoramiento y rehabilitación de la vía con pavimento asfáltico, obras de drenaje y defensas metálicas",
      ("El proyecto comprende el fresado y la reposición de la carpeta asfáltica, la construcción de cunetas y alcantarillas, y la instalación de defensas metálicas en los tramos de la red vial secundaria.",
       "Incluye la señalización horizontal y vertical definitiva del tramo.",
       "Los ductos de alcantarilla serán de tubería de concreto reforzado de 36\"."),
      (("Fresado", "Fresado de carpeta asfáltica existente en espesor de 5 cm"),
       ("Mezcla asfáltica", "Mezcla densa en caliente tipo MDC-19, espesor compactado 7 cm"),
       ("Drenaje", "Cunetas revestidas en concreto de 3.000 psi y alcantarillas de 36\""),
       ("Defensas", "Defensa metálica de doble onda galvanizada con postes cada 3,81 m"),
       ("Señalización", "Demarcación con pintura termoplástica y tachas reflectivas"),
       ("Control de calidad", "Ensayos de densidad y granulometría por cada 500 m²")),
      (("Fresado de pavimento asfáltico e=5 cm", "m2", 20000, 80000, 2.2),
       ("Mezcla densa en caliente MDC-19", "m3", 2000, 6000, 140),
       ("Alcantarilla en tubería de concreto 36\"", "ml", 200, 800, 310),
       ("Defensa metálica doble onda", "ml", 1000, 5000, 55),
       ("Demarcación con pintura termoplástica", "ml", 10000, 40000, 1.1)),
      ("spec", "boq", "notice"), "HARD: road rehabilitation civil works (asphalt, drainage pipes, guardrails); 'red vial' and 'ductos' are roads and culverts, not telecom",
      ("CO",)),
    S("es", "alumbrado-vial", OOS, "oos", "Alumbrado público del distribuidor vial: luminarias LED, cableado eléctrico y canalizaciones",
      ("Se instalarán luminarias LED en postes metálicos a lo largo del distribuidor vial, con su red de alimentación eléctrica subterránea.",
       "La canalización es para cables de energía de baja tensión; no incluye comunicaciones."),
      (("Luminarias", "Luminaria LED de 150 W, 4000 K, IP66, con driver regulable"),
       ("Postes", "Poste metálico cónico de 12 m con brazo sencillo"),
       ("Cable", "Cable de cobre XLPE 3x10 AWG para baja tensión"),
       ("Canalización", "Tubo conduit PVC de 2\" en zanja, con registro eléctrico cada 30 m"),
       ("Tableros", "Tablero de control con fotocelda y contactores"),
       ("Puesta a tierra", "Varilla de tierra por poste, resistencia ≤ 10 ohm")),
      (("Luminaria LED 150 W", "pieza", 80, 300, 380),
       ("Poste metálico 12 m", "pieza", 80, 300, 900),
       ("Cable XLPE 3x10 AWG", "m", 4000, 15000, 4.2),
       ("Tubo conduit PVC 2\"", "m", 3000, 12000, 3.1),
       ("Registro eléctrico prefabricado", "pieza", 100, 400, 160)),
      ("spec", "boq"), "HARD: road lighting electrical works; power cable and conduits, no telecom",
      ("MX", "ES")),
    S("es", "renovacion-via-ferrea", OOS, "oos", "Renovación de vía férrea: rieles, durmientes y balasto",
      ("El contrato comprende el levante de la vía existente, el suministro e instalación de riel, durmientes de hormigón y balasto, la soldadura aluminotérmica y la nivelación mecanizada del tramo.",
       "Los trabajos se ejecutan en ventanas de corte de tráfico coordinadas con el centro de control de tráfico ferroviario."),
      (("Riel", "Riel 54E1 (UIC 54) en barra larga soldada"),
       ("Durmientes", "Durmiente monobloque de hormigón pretensado, espaciado 60 cm"),
       ("Balasto", "Balasto de piedra chancada, granulometría según norma, espesor bajo durmiente 30 cm"),
       ("Soldadura", "Soldadura aluminotérmica con control por ultrasonido"),
       ("Nivelación", "Nivelación y alineación con bateadora pesada, tres pasadas"),
       ("Liberación de tensiones", "Liberación de tensiones a temperatura neutra")),
      (("Riel 54E1", "t", 300, 1200, 1100),
       ("Durmiente de hormigón", "ud", 3000, 12000, 95),
       ("Balasto chancado", "m3", 5000, 20000, 38),
       ("Soldadura aluminotérmica", "ud", 100, 500, 420)),
      ("spec", "boq", "notice"), "HARD: rail track renewal (rails, sleepers, ballast); no telecom or signalling equipment",
      ("CL", "ES")),
    S("es", "vigilancia-privada", OOS, "oos", "Servicio de vigilancia y seguridad privada para las sedes de la entidad",
      ("Se contrata el servicio de vigilancia física con guardas armados y sin arma, supervisión motorizada y medios tecnológicos de apoyo, para las sedes administrativas y el patio de maquinaria.",
       "La empresa de vigilancia aportará a sus guardas los radios de comunicación, linternas y uniformes."),
      (("Puestos", "Doce puestos 24 horas y cuatro puestos de 12 horas diurnas"),
       ("Personal", "Guardas con curso de vigilancia vigente y examen psicofísico"),
       ("Supervisión", "Supervisor motorizado con rondas cada cuatro horas"),
       ("Medios de apoyo", "Radios de comunicación propios de la empresa y botón de pánico"),
       ("Centro de operaciones", "La empresa mantendrá una central de monitoreo propia para la coordinación de sus guardas"),
       ("Licencias", "Licencia de funcionamiento vigente de la Superintendencia de Vigilancia")),
      (("Puesto de vigilancia 24 horas con arma", "mes", 12, 24, 5200),
       ("Puesto de vigilancia 12 horas sin arma", "mes", 12, 24, 2400),
       ("Supervisor motorizado", "mes", 12, 24, 3100)),
      ("sow", "notice"), "HARD: manned guarding; radios and a monitoring centre are the contractor's tools, not bought",
      ("CO", "MX")),
    S("es", "nomina-rrhh-saas", ICT, "software", "Software como servicio para nómina y gestión de recursos humanos",
      ("Se busca una solución en la nube, en modalidad de suscripción, para liquidación de nómina, gestión de vacaciones, evaluación del desempeño y portal del empleado para 2.400 funcionarios.",
       "El servicio incluye la migración de los datos históricos y la integración con el sistema contable."),
      (("Nómina", "Liquidación de nómina con la normativa laboral y tributaria vigente"),
       ("Portal del empleado", "Acceso web y móvil a comprobantes de pago y solicitudes"),
       ("Alojamiento", "Servicio en la nube con disponibilidad del 99,5 % y respaldo diario"),
       ("Seguridad de la información", "Cifrado de datos en tránsito y en reposo, autenticación de doble factor y registro de auditoría"),
       ("Integración", "Interfaz con el ERP financiero mediante API REST"),
       ("Soporte", "Mesa de ayuda en horario hábil")),
      (("Suscripción anual por funcionario", "usuario", 2000, 2600, 48),
       ("Migración de datos e implementación", "global", 1, 1, 36000)),
      ("rfi", "reqlist"), "HR/payroll software as a service (hosted software, implementation): in scope since the scope was widened; no vendor named",
      ("ES", "CL")),
    S("es", "conservacion-vial", OOS, "oos", "Conservación rutinaria de la red carretera y operación del centro de mantenimiento",
      ("Servicio de conservación rutinaria de 310 km de la red carretera: bacheo, limpieza de cunetas y alcantarillas, desmonte, reposición de señales y defensas, y atención de emergencias viales.",
       "El contratista opera un centro de operación de mantenimiento con cuadrillas y maquinaria disponibles las 24 horas."),
      (("Bacheo", "Bacheo superficial y profundo con mezcla en caliente en un plazo de 72 horas"),
       ("Limpieza", "Limpieza de cunetas, lavaderos y alcantarillas dos veces al año"),
       ("Señalamiento", "Reposición de señales verticales dañadas en 48 horas"),
       ("Emergencias", "Atención de derrumbes y accidentes con maquinaria en 2 horas"),
       ("Centro de operación", "Base con almacén, taller y caseta de guardia, comunicada por telefonía móvil"),
       ("Indicadores", "Índice de estado de la vía medido trimestralmente")),
      (("Conservación rutinaria por km-mes", "km-mes", 3000, 4000, 480),
       ("Bacheo con mezcla asfáltica en caliente", "m3", 500, 2000, 190),
       ("Atención de emergencias", "evento", 20, 60, 2500)),
      ("sow", "boq"), "HARD: highway maintenance service; an 'operations centre' for road maintenance, no telecom bought",
      ("MX",)),
    S("es", "auditoria-controles", OOS, "oos", "Auditoría externa de estados financieros y controles internos",
      ("Se contrata la auditoría de los estados financieros de los ejercicios 2025 y 2026 y la evaluación del sistema de control interno financiero.",
       "La firma auditora evaluará los controles generales de tecnología que soportan la información financiera."),
      (("Alcance", "Dictamen sobre estados financieros y carta de recomendaciones"),
       ("Controles", "Pruebas de diseño y eficacia operativa de los controles clave"),
       ("Equipo", "Socio con 15 años de experiencia y equipo con contadores certificados"),
       ("Independencia", "Declaración de independencia de la firma")),
      (("Auditoría de estados financieros por ejercicio", "ejercicio", 2, 2, 48000),),
      ("sow", "notice"), "financial audit and internal controls consulting",
      ("CO", "CL")),
    # ------------------------------------------------------------------ pt
    S("pt", "fibra-rodovia", ICT, "telecom", "Implantação de rede de fibra óptica e sistemas de telecomunicações da rodovia",
      ("Fornecimento e lançamento de cabo óptico monomodo ao longo de 96 km da rodovia, interligando praças de pedágio, bases operacionais e o centro de controle operacional.",
       "O escopo inclui os telefones de emergência (call boxes) a cada 2 km e a rede de switches industriais dos painéis de mensagem variável e câmeras de monitoramento."),
      (("Cabo óptico", "Cabo monomodo G.652.D de 72 fibras, dielétrico, para instalação em duto"),
       ("Emendas", "Por fusão, perda média ≤ 0,05 dB, em caixas de emenda herméticas"),
       ("Dutos", "Tritubo de PEAD de 40 mm enterrado a 0,80 m, com caixas de passagem a cada 600 m"),
       ("DIO", "Distribuidor interno óptico de 48 portas com conectores SC/APC"),
       ("Telefones de emergência", "Call box com alimentação solar, comunicação por fibra e botão de chamada"),
       ("Switches", "Switches industriais com anel de fibra e recuperação inferior a 50 ms"),
       ("Certificação", "Testes com OTDR bidirecional em 1310 e 1550 nm")),
      (("Cabo óptico monomodo 72 fibras", "m", 60000, 110000, 1.9),
       ("Tritubo PEAD 40 mm", "m", 30000, 90000, 3.8),
       ("Caixa de emenda óptica hermética", "un", 60, 200, 180),
       ("Call box com alimentação solar", "un", 30, 60, 6400),
       ("Switch industrial de anel", "un", 20, 60, 1700)),
      ("spec", "boq", "notice"), "highway fibre-optic backbone, emergency call boxes and ring switches; no vendor named",
      ("BR",), (("boq", "OLT ZTE ZXA10 C600 com placas GPON", "zte", "ZTE OLT quoted in the BOQ"),), 0.3),
    S("pt", "cabeamento-campus", ICT, "telecom", "Cabeamento estruturado e backbone óptico do campus",
      ("Contratação de empresa para execução de cabeamento estruturado categoria 6A em quatro edifícios e de backbone óptico entre os edifícios e o centro de dados.",),
      (("Cabeamento horizontal", "Cabo U/UTP categoria 6A LSZH"),
       ("Backbone", "Cabo óptico monomodo OS2 de 24 fibras entre edifícios"),
       ("Racks", "Rack fechado de 44U com organizadores"),
       ("Certificação", "Certificação de todos os pontos com certificador de nível IIIe"),
       ("Identificação", "Identificação conforme ANSI/TIA-606-C")),
      (("Ponto de rede categoria 6A", "un", 400, 1500, 90),
       ("Cabo óptico OS2 24 fibras", "m", 1500, 5000, 1.7),
       ("Rack 44U", "un", 4, 10, 1200)),
      ("matrix", "rfq"), "campus structured cabling; no vendor named",
      ("BR", "PT"), (("matrix", "Switch de acesso Huawei CloudEngine S5735-L48T4X", "huawei", "Huawei CloudEngine switch offered with the cabling"),), 0.2),
    S("pt", "pavimentacao", OOS, "oos", "Restauração do pavimento e drenagem da rodovia",
      ("Obras de restauração do pavimento flexível, recomposição de acostamentos, drenagem superficial e instalação de defensas metálicas.",
       "Inclui a sinalização horizontal e vertical."),
      (("Fresagem", "Fresagem contínua de revestimento asfáltico"),
       ("Revestimento", "Concreto betuminoso usinado a quente, faixa C"),
       ("Drenagem", "Sarjetas de concreto e bueiros tubulares de 1,00 m"),
       ("Defensas", "Defensa metálica semimaleável simples")),
      (("Fresagem contínua", "m2", 20000, 70000, 2.4),
       ("CBUQ faixa C", "t", 3000, 9000, 95),
       ("Bueiro tubular de concreto 1,00 m", "m", 100, 400, 420),
       ("Defensa metálica", "m", 1000, 4000, 60)),
      ("spec", "boq", "notice"), "HARD: road pavement and drainage works; culverts ('bueiros'), no telecom",
      ("BR",)),
    S("pt", "instalacoes-eletricas", OOS, "oos", "Instalações elétricas do edifício do centro de controle operacional",
      ("Execução das instalações elétricas de baixa tensão do novo edifício do centro de controle de tráfego: quadros, circuitos, iluminação, tomadas, eletrocalhas e sistema de proteção contra descargas atmosféricas.",
       "O cabeamento de dados e os sistemas de telecomunicações são objeto de outro contrato."),
      (("Quadros", "Quadros de distribuição com disjuntores DIN e DPS"),
       ("Condutores", "Cabos de cobre flexíveis 750 V, antichama"),
       ("Eletrocalhas", "Eletrocalha perfurada galvanizada para circuitos de energia"),
       ("Iluminação", "Luminárias LED de embutir 40 W"),
       ("SPDA", "Sistema de proteção contra descargas atmosféricas conforme NBR 5419")),
      (("Quadro de distribuição", "un", 6, 16, 1900),
       ("Cabo de cobre 6 mm²", "m", 3000, 9000, 1.4),
       ("Eletrocalha perfurada 100x50 mm", "m", 300, 900, 16),
       ("Luminária LED 40 W", "un", 150, 400, 70)),
      ("spec", "memo"), "HARD: building electrical installation for a traffic control centre; data cabling explicitly excluded",
      ("BR", "PT")),
    # ------------------------------------------------------------------ en: telecom
    S("en", "its-backbone-highway", ICT, "telecom", "ITS fibre backbone and field network for the motorway corridor",
      ("The work installs a single-mode fibre backbone along 38 miles of the corridor and the field network that connects cabinets for cameras, dynamic message signs, ramp meters and vehicle detection to the traffic management centre.",
       "The backbone forms two rings with hub cabinets at the interchanges; drop cables feed each field cabinet through a splice closure.",
       "The contractor also replaces the emergency call boxes on the rural section with fibre-connected units."),
      (("Backbone cable", "144-fibre single-mode (ITU-T G.652.D), loose tube, all-dielectric, gel-free"),
       ("Drop cable", "12-fibre single-mode from the splice closure to the cabinet, terminated on a 12-port patch panel"),
       ("Conduit", "Two 1.25-inch HDPE innerducts in a 4-inch conduit, plus a 7-way microduct bundle for future drops"),
       ("Pull boxes", "Type 3 pull boxes at 1,500 ft maximum spacing and at each splice"),
       ("Splice closures", "Re-enterable dome closures with 144-splice capacity, 25 ft of slack coiled in each vault"),
       ("Field switches", "Hardened Layer 2 managed Ethernet switches, 4 SFP + 8 copper ports, -40 to 74 °C, NEMA TS2"),
       ("Hub switches", "Layer 3 switches with 10 Gb/s uplinks and ring protection switching (ITU-T G.8032)"),
       ("Emergency call boxes", "Solar-powered call boxes with hands-free voice to the TMC and TTY support"),
       ("Acceptance", "Bidirectional OTDR traces at 1310 and 1550 nm for every fibre, end-to-end loss within the calculated budget"),
       ("Locate", "Tracer wire and marker posts every 500 ft")),
      (("Furnish and install 144-fibre SM cable in conduit", "LF", 150000, 220000, 2.4),
       ("Furnish and install 4-inch conduit, directional bore", "LF", 20000, 60000, 28),
       ("Type 3 pull box", "EA", 80, 200, 1450),
       ("Fibre splice closure, 144-splice", "EA", 40, 120, 950),
       ("Hardened field Ethernet switch", "EA", 60, 160, 2400),
       ("Layer 3 hub switch", "EA", 6, 12, 9800),
       ("Emergency call box, solar, fibre-connected", "EA", 20, 50, 7200),
       ("OTDR testing and documentation", "LS", 1, 1, 38000)),
      ("spec", "boq", "matrix"), "highway ITS fibre backbone, field switches and emergency call boxes; no vendor named",
      ("US", "CA"), (("boq", "Huawei CloudEngine S5735-L24T4X field switch", "huawei", "Huawei field switches quoted in the ITS BOQ"),
                     ("matrix", "Hikvision iDS-TCE507-IR wrong-way detection camera for the ramp terminals", "hikvision", "HARD: Hikvision detection camera (iDS model number) offered in the compliance matrix")), 0.35),
    S("en", "rail-radio-coverage", ICT, "telecom", "Operational radio coverage and fixed telecoms for the rail tunnels",
      ("The scheme provides in-tunnel radio coverage for operational voice (GSM-R and the maintainer's UHF channels) and emergency services (Airwave/ESN) through two single-track tunnels, with leaky feeder cable, fibre-fed remote units and the associated fixed telecoms.",
       "Lineside telephones and the tunnel data network are renewed at the same time."),
      (("Leaky feeder", "1-5/8 inch radiating cable, low smoke zero halogen, coupling loss within 65-75 dB at 900 MHz"),
       ("Remote units", "Fibre-fed bi-directional amplifiers, hot-swappable power supplies, alarms to the network management system"),
       ("Coverage", "Signal level of -95 dBm or better in 95 % of locations in each tunnel, demonstrated by walk test"),
       ("Lineside telephones", "Weatherproof IP telephones at each tunnel portal and refuge, hotline to the signaller"),
       ("Transmission", "Two 48-fibre single-mode cables in diverse troughing routes"),
       ("Network", "Industrial Ethernet switches to EN 50121-4 with fibre ring recovery under 50 ms"),
       ("Assurance", "Product acceptance under Network Rail standards; no unapproved products")),
      (("Radiating cable 1-5/8 inch LSZH", "m", 3000, 8000, 48),
       ("Fibre-fed remote unit", "nr", 6, 18, 21000),
       ("Lineside IP telephone", "nr", 10, 30, 1300),
       ("Industrial Ethernet switch EN 50121-4", "nr", 8, 24, 2600),
       ("48-fibre SM cable in troughing", "m", 8000, 20000, 2.7)),
      ("spec", "memo", "notice"), "rail tunnel radio coverage (leaky feeder, remote units) and lineside telephones; no vendor named",
      ("UK",), (("memo", "Hytera MD785G mobile radios and PD985 handhelds for maintainers", "hytera", "Hytera radios included in the offered equipment list"),), 0.3),
    S("en", "port-radio-microwave", ICT, "telecom", "Port operations radio network and microwave backhaul",
      ("The port requires a digital two-way radio network for stevedoring, marine pilots and security patrols, with microwave backhaul between the control tower, the container terminal and the bulk wharf.",
       "Push-to-talk over cellular is required for supervisors who move between sites."),
      (("Radio technology", "DMR Tier III trunked or P25 Phase 2, with encryption (AES-256)"),
       ("Marine VHF", "Fixed VHF marine-band station at the control tower, integrated with the dispatch console"),
       ("Coverage", "Handheld coverage over the wharves and the channel to the outer beacon"),
       ("Microwave", "Licensed point-to-point links, 23 GHz, adaptive modulation, 99.99 % availability"),
       ("PoC", "Push-to-talk over cellular interoperable with the radio talkgroups"),
       ("Dispatch", "IP dispatch console with call recording and GPS location display")),
      (("Trunked site with redundant controller", "ea", 2, 4, 31000),
       ("Handheld radio, IP67, GPS", "ea", 120, 300, 680),
       ("Microwave link, 23 GHz, full path", "link", 2, 4, 16000),
       ("Dispatch console position", "ea", 2, 4, 11000)),
      ("rfq", "boq"), "port two-way radio (DMR/P25, PoC, marine VHF) and microwave links; no vendor named",
      ("AU",), (("rfq", "Hytera PNC360 push-to-talk over cellular terminals", "hytera", "Hytera PoC terminals requested by model"),), 0.3),
    # ------------------------------------------------------------------ en: cyber
    S("en", "soc-services-federal", ICT, "cyber", "Security Operations Center (SOC) services",
      ("The agency seeks information on commercial sources for 24x7 security operations center services covering approximately 40,000 endpoints, 900 servers and hybrid cloud workloads.",
       "The current SOC is government-operated with contractor support; the agency is considering a managed model with government oversight.",
       "The effort will support the agency's implementation of OMB M-21-31 logging requirements and its zero trust strategy."),
      (("Continuous monitoring", "24x7x365 monitoring, triage and escalation of security events"),
       ("Log management", "Collection and retention of logs at the maturity levels of OMB M-21-31 (EL1 to EL3)"),
       ("SIEM engineering", "Tuning, content development and maintenance of the government-owned SIEM"),
       ("Incident response", "Incident handling in accordance with the CISA federal incident response playbooks"),
       ("Threat hunting", "Hypothesis-driven hunting at least weekly"),
       ("Cyber threat intelligence", "Ingestion of CISA and commercial threat intelligence feeds and production of tailored reporting"),
       ("Personnel", "Staff eligible for Public Trust or Secret clearance"),
       ("Reporting", "Daily operations summary, monthly metrics, US-CERT reporting within one hour")),
      (("SOC services, base year", "year", 1, 1, 6800000),
       ("Surge incident response support", "hour", 500, 2000, 240)),
      ("rfi", "sow", "notice"), "SOC services (monitoring, SIEM engineering, incident response, threat hunting); market research; no vendor named",
      ("US",), (), 0.4),
    S("en", "cdm-continuous-monitoring", ICT, "cyber", "Continuous Diagnostics and Mitigation (CDM) dashboard and sensor support",
      ("The agency requires support to operate and expand its CDM capabilities: asset discovery, vulnerability scanning, configuration settings management and the agency dashboard feeding the federal dashboard.",
       "Tools are acquired through the CDM Approved Products List; this requirement is for integration and operations support."),
      (("Asset management", "Hardware and software asset discovery across all networks, reconciled weekly"),
       ("Vulnerability management", "Credentialed scanning of all assets at least every 72 hours"),
       ("Configuration", "Configuration compliance against agency baselines and CIS benchmarks"),
       ("Dashboard", "Maintain the agency dashboard data feeds and data quality"),
       ("Endpoint detection", "Support the EDR deployment under the CDM EDR initiative"),
       ("Cloud", "Extend sensors to the agency's cloud tenants")),
      (("CDM integration and operations support", "month", 12, 12, 310000),),
      ("sow", "rfi"), "CDM continuous monitoring: vulnerability scanning, asset discovery, dashboard, EDR support; no vendor named",
      ("US",), (), 0.3),
    S("en", "siem-replacement", ICT, "cyber", "Replacement of the protective monitoring service and SIEM",
      ("The authority's protective monitoring contract ends next year. It seeks a supplier to provide a cloud-hosted SIEM and a managed security monitoring service, including the migration of log sources and detection rules from the existing on-premises platform.",
       "The service must be assured to the standards expected for OFFICIAL data."),
      (("Log sources", "Onboard around 600 log sources: firewalls, proxies, domain controllers, M365, AWS and Azure"),
       ("Retention", "13 months searchable, 7 years archived"),
       ("Detection", "Use cases mapped to MITRE ATT&CK, with a documented tuning process"),
       ("Migration", "Parallel running for at least 60 days before the existing platform is decommissioned"),
       ("Assurance", "Cyber Essentials Plus, ISO/IEC 27001, and alignment with the NCSC Cyber Assessment Framework"),
       ("Incident management", "P1 incidents notified within 15 minutes, 24x7"),
       ("Exit", "Detection content and data returned in open formats at exit")),
      (("Managed SIEM and monitoring service", "year", 3, 3, 820000),
       ("Migration and onboarding", "fixed", 1, 1, 140000)),
      ("spec", "quest", "notice"), "SIEM and protective monitoring service, incl. migration to cloud; no vendor named",
      ("UK",), (), 0.3),
    S("en", "edr-fleet", ICT, "cyber", "Endpoint detection and response for the desktop and server fleet",
      ("The department requires an endpoint protection platform with EDR for about 18,000 Windows desktops, 2,500 servers and 6,000 mobile devices, replacing the current antivirus at the end of its licence term.",
       "The solution must be IRAP assessed or hosted in an Australian region at PROTECTED level."),
      (("Coverage", "Windows, macOS, Linux servers, iOS and Android"),
       ("Prevention", "Signature and behavioural prevention, exploit protection, application control"),
       ("Detection", "Telemetry retention of at least 90 days, threat hunting queries, remote isolation"),
       ("Management", "Cloud console with role-based access and audit logging"),
       ("Integration", "Alerts forwarded to the departmental SIEM"),
       ("Essential Eight", "Reporting that supports Essential Eight maturity assessment")),
      (("EDR licence, per endpoint, 3 years", "ea", 18000, 27000, 64),
       ("Deployment services", "lot", 1, 1, 180000)),
      ("reqlist", "rfq", "notice"), "EDR/antivirus platform for an endpoint fleet; no vendor named",
      ("AU",), (("offer", "Kaspersky Endpoint Security for Business Select, 20,000 nodes", "kaspersky", "Kaspersky Endpoint Security quoted"),), 0.35),
    S("en", "vulnerability-management", ICT, "cyber", "Vulnerability management and threat intelligence service",
      ("The department seeks a vulnerability management solution and an associated threat intelligence subscription to prioritize remediation across on-premises and cloud assets.",),
      (("Scanning", "Authenticated and unauthenticated scanning of 25,000 assets, agents for remote devices"),
       ("Prioritization", "Risk scoring using exploitability and threat intelligence, not CVSS alone"),
       ("Web applications", "Dynamic scanning of 120 external web applications"),
       ("Threat intelligence", "Curated indicators and reports relevant to Canadian public sector"),
       ("Integration", "Ticketing integration and export to the SIEM"),
       ("Data residency", "Data stored in Canada")),
      (("Vulnerability management subscription", "year", 3, 3, 240000),
       ("Threat intelligence subscription", "year", 3, 3, 90000)),
      ("rfi", "quest"), "vulnerability management and threat intelligence; no vendor named",
      ("CA",), (("offer", "Kaspersky Threat Intelligence Portal subscription and Kaspersky Security Center", "kaspersky", "Kaspersky threat intelligence and management console offered"),), 0.3),
    S("en", "mdr-service", ICT, "cyber", "Managed detection and response and IDS/IPS management",
      ("The city is seeking a managed detection and response provider to monitor its endpoints, network intrusion detection sensors and cloud tenants, and to respond to incidents outside business hours.",),
      (("MDR", "24x7 monitoring and response for 4,000 endpoints"),
       ("Network detection", "Management of intrusion detection and prevention sensors at the two data centres"),
       ("Response", "Authority to isolate hosts and disable accounts under an agreed runbook"),
       ("Onboarding", "Complete within 45 days"),
       ("Reporting", "Monthly report and quarterly tabletop exercise")),
      (("MDR service per endpoint per month", "ea", 4000, 4500, 9),
       ("IDS/IPS sensor management per sensor per month", "ea", 4, 8, 900)),
      ("sow", "notice"), "managed detection and response and IDS/IPS management; no vendor named",
      ("US", "CA"), (), 0.3),
    S("en", "security-tooling-cloud", ICT, "cyber", "Migration of security tooling to a cloud-native platform",
      ("The trust is moving its security tooling (log collection, SIEM, vulnerability scanning and email security) from on-premises servers to cloud-native services, and needs a partner to design, migrate and run the new platform.",),
      (("Design", "Target architecture for log collection, SIEM and SOAR in the trust's cloud tenant"),
       ("Migration", "Move detection rules, parsers and dashboards with no loss of coverage"),
       ("Log collection", "Agents and collectors for 1,200 servers and network devices"),
       ("Run", "Two years of managed service after migration"),
       ("Security", "Supplier staff with SC clearance")),
      (("Design and migration", "fixed", 1, 1, 260000),
       ("Managed service", "year", 2, 2, 380000)),
      ("quest", "spec"), "migration of security tooling (SIEM, log collection) to cloud with managed service; no vendor named",
      ("UK", "AU"), (), 0.25),
    # ------------------------------------------------------------------ en: out of scope
    S("en", "bridge-rehabilitation", OOS, "oos", "Bridge deck rehabilitation and guardrail upgrade",
      ("The project rehabilitates the decks of four bridges on the state route: hydrodemolition, partial-depth repairs, a latex-modified concrete overlay, joint replacement and new bridge rail transitions.",
       "Existing utility conduits attached to the bridges (power and telecommunications owned by others) shall be protected in place; no utility work is included."),
      (("Deck repair", "Hydrodemolition to 1/2 inch below top mat, partial-depth repairs"),
       ("Overlay", "Latex-modified concrete overlay, 1.5 inch"),
       ("Joints", "Strip seal expansion joints"),
       ("Guardrail", "MASH TL-3 guardrail and bridge rail transitions"),
       ("Traffic control", "Single-lane closures with flaggers and portable signals"),
       ("Drainage", "Replace scuppers and downspouts")),
      (("Hydrodemolition", "SY", 3000, 9000, 38),
       ("Latex-modified concrete overlay", "SY", 3000, 9000, 92),
       ("Strip seal expansion joint", "LF", 200, 600, 410),
       ("Guardrail, MASH TL-3", "LF", 1000, 4000, 34),
       ("Maintenance of traffic", "LS", 1, 1, 260000)),
      ("spec", "boq", "notice"), "HARD: bridge civil works; telecom conduits of others protected in place, nothing telecom bought",
      ("US", "CA")),
    S("en", "highway-maintenance", OOS, "oos", "Highway maintenance and winter service for the network",
      ("The contract covers routine and winter maintenance of the strategic road network in the area: pothole repair, drainage cleansing, verge cutting, barrier repair, sign cleaning, gritting and snow clearance, and incident response from the maintenance depot's operations room.",
       "The traffic officer service and the regional operations centre are not part of this contract."),
      (("Defects", "Category 1 defects made safe within 24 hours"),
       ("Drainage", "Gully cleansing on a 12-month cycle"),
       ("Winter service", "Precautionary treatment routes completed within 2 hours of mobilisation"),
       ("Incident response", "Attend incidents within 60 minutes, 24/7"),
       ("Barriers", "Repair of vehicle restraint systems to the standard of the Design Manual for Roads and Bridges"),
       ("Carbon", "Quarterly reporting of fleet emissions")),
      (("Routine maintenance", "month", 60, 60, 410000),
       ("Winter service", "season", 5, 5, 1900000)),
      ("sow", "notice", "memo"), "HARD: highway maintenance service; 'network' is the road network, the operations room is a depot",
      ("UK",)),
    S("en", "guard-services", OOS, "oos", "Security guard services for the transport interchange",
      ("The authority requires manned guarding, mobile patrols and a control room service at the bus and rail interchange and two park-and-ride sites.",
       "Officers will use the contractor's own radios and body-worn cameras; the existing CCTV system is operated by the authority."),
      (("Licensing", "All officers hold a valid SIA front line licence"),
       ("Cover", "Two officers 24/7 at the interchange, one mobile patrol at night"),
       ("Control room", "Contractor control room for officer welfare checks and lone working"),
       ("Reporting", "Daily occurrence book and monthly KPI report"),
       ("Training", "Conflict management and first aid")),
      (("Security officer hours", "hour", 20000, 30000, 28),
       ("Mobile patrol", "month", 12, 36, 6200)),
      ("sow", "notice"), "HARD: manned guarding; radios and body-worn cameras are the contractor's tools",
      ("UK", "AU")),
    S("en", "hr-payroll-saas", ICT, "software", "Cloud HR and payroll solution (software as a service)",
      ("The organisation seeks a cloud-based HR, payroll and time-and-attendance solution for 7,500 employees, including implementation, data migration and integration with the finance system.",),
      (("Payroll", "Fortnightly payroll with award interpretation"),
       ("Hosting", "Software as a service with 99.9 % availability"),
       ("Security", "ISO/IEC 27001 certification, SSO with MFA, encryption at rest and in transit"),
       ("Integration", "APIs to the finance and identity systems"),
       ("Reporting", "Workforce analytics dashboards")),
      (("Subscription per employee per year", "ea", 7000, 8000, 72),
       ("Implementation services", "fixed", 1, 1, 450000)),
      ("rfi", "quest"), "HR/payroll software as a service with implementation: in scope since the scope was widened; no vendor named",
      ("AU", "CA")),
    S("en", "document-management-saas", ICT, "software", "Enterprise document and records management service",
      ("The department requires a hosted electronic document and records management system with retention schedules, e-signature and case files.",),
      (("Records", "Retention and disposal schedules, legal holds"),
       ("Hosting", "Government cloud, data residency in-country"),
       ("Security", "Role-based access, audit trail, encryption"),
       ("Migration", "Migrate 14 million documents from the legacy system")),
      (("Subscription", "year", 5, 5, 520000),
       ("Migration", "fixed", 1, 1, 300000)),
      ("reqlist", "notice"), "hosted document and records management system with migration: in scope since the scope was widened; no vendor named", ("CA", "US")),
    S("en", "financial-controls-audit", OOS, "oos", "Internal audit of financial controls",
      ("The agency requires an independent assessment of internal controls over financial reporting under OMB Circular A-123 Appendix A, including IT general controls of the financial systems.",),
      (("Scope", "Test of design and operating effectiveness of key controls"),
       ("IT general controls", "Access, change management and operations controls of the financial system"),
       ("Deliverables", "Findings, corrective action plans and a management letter"),
       ("Staff", "CPA-led team with federal audit experience")),
      (("Audit services", "year", 1, 1, 640000),),
      ("sow", "notice"), "HARD: financial controls audit; IT general controls tested, nothing ICT bought", ("US",)),
    S("en", "it-training", OOS, "oos", "IT and cyber security awareness training courses",
      ("The organisation requires instructor-led training courses for its IT staff (cloud administration, networking fundamentals, ITIL) and face-to-face security awareness sessions for all employees; no learning platform, licences or software are bought.",),
      (("Courses", "Catalogue of vendor-neutral and vendor certification courses"),
       ("Delivery", "Virtual classroom and on-site at two locations"),
       ("Awareness", "Face-to-face security awareness sessions at each site, 60 minutes"),
       ("Vouchers", "Exam vouchers for certification courses")),
      (("Instructor-led course day", "day", 60, 150, 2100),
       ("Certification exam voucher", "ea", 20, 80, 320)),
      ("rfq", "notice"), "HARD: IT training courses only; training with no ICT delivered is out of scope", ("UK", "CA", "AU")),
    S("en", "office-printers", OOS, "oos", "Office multifunction printers and managed print",
      ("Supply of multifunction printers for the regional offices with a managed print service: toner, maintenance, secure print release and usage reporting.",),
      (("Devices", "A3 colour MFPs, 45 ppm, duplex scanning"),
       ("Secure release", "Badge release of print jobs"),
       ("Service", "Next-business-day on-site repair"),
       ("Reporting", "Monthly page volumes per cost centre")),
      (("A3 colour MFP", "ea", 40, 120, 4200),
       ("Cost per page, colour", "page", 500000, 900000, 0.05)),
      ("rfq", "boq"), "office printers / managed print; out of scope", ("US", "AU", "CA")),
    S("en", "track-renewal", OOS, "oos", "Plain line track renewal",
      ("Renewal of 6.2 km of plain line track including rails, sleepers, ballast, drainage and the protection of lineside cable troughing during the works.",
       "Signalling and telecoms cables in troughing belong to the infrastructure manager and are only protected and reinstated."),
      (("Rail", "CEN60E2 rail, continuously welded"),
       ("Sleepers", "G44 concrete sleepers"),
       ("Ballast", "Full-depth ballast renewal, 300 mm"),
       ("Drainage", "Renew carrier drain and catchpits"),
       ("Troughing", "Protect and reinstate existing cable troughing")),
      (("Plain line renewal", "m", 6000, 6500, 980),
       ("Carrier drain", "m", 800, 2000, 210)),
      ("spec", "boq"), "HARD: track renewal; cable troughing protected, no telecom bought", ("UK",)),
    # ------------------------------------------------------------------ de
    S("de", "lwl-autobahn", ICT, "telecom", "Erneuerung des Streckenkabelnetzes (LWL) und der Notrufsäulen",
      ("Gegenstand ist die Verlegung eines Lichtwellenleiter-Streckenkabels im vorhandenen Kabelschutzrohr der Autobahn, der Aufbau der Verbindungen zu den Unterzentralen der Streckenbeeinflussungsanlage sowie der Austausch der Notrufsäulen.",
       "Das Netz verbindet die Verkehrsrechnerzentrale mit Wechselverkehrszeichen, Zählstellen und Kameras."),
      (("Kabel", "LWL-Außenkabel A-DQ(ZN)B2Y 96 Fasern E9/125, nichtmetallisch, längswasserdicht"),
       ("Kabelschutzrohr", "Einblasen in freie Rohre; wo belegt, Mikrorohrverband 7x10/6 mm"),
       ("Muffen", "Spleißmuffen wiederzugänglich, IP68, mit Kabelreserve 20 m"),
       ("Spleiße", "Fusionsspleiße, Dämpfung je Spleiß ≤ 0,05 dB im Mittel"),
       ("Notrufsäulen", "Notrufsäulen mit IP-Sprachverbindung zur Notrufzentrale, Abstand 2 km"),
       ("Netzwerk", "Managebare Industrie-Switches im Ring, Umschaltzeit < 50 ms"),
       ("Abnahme", "OTDR-Messung beidseitig bei 1310 und 1550 nm, Dämpfungsbilanz je Strecke")),
      (("LWL-Kabel 96 Fasern einblasen", "m", 30000, 90000, 2.2),
       ("Spleißmuffe inkl. Montage", "St", 30, 90, 640),
       ("Notrufsäule IP", "St", 15, 40, 6900),
       ("Industrie-Switch Ring", "St", 10, 30, 2100),
       ("OTDR-Messung je Faser und Abschnitt", "St", 800, 3000, 8)),
      ("spec", "boq", "memo"), "motorway fibre cable network, emergency call posts, ring switches; no vendor named",
      ("DE", "AT"), (("boq", "Übertragungstechnik Huawei OptiX OSN 1800 V", "huawei", "Huawei OptiX transmission quoted in the LV"),), 0.35),
    S("de", "tunnelfunk", ICT, "telecom", "Tunnelfunkanlage BOS-Digitalfunk und Betriebsfunk",
      ("Für den Straßentunnel ist eine Funkversorgung für den BOS-Digitalfunk (TETRA), den Betriebsfunk und UKW-Rundfunk mit Durchsageeinsprechung herzustellen.",),
      (("Versorgung", "Funkversorgung im gesamten Tunnel mit Handfunkgerät, Nachweis durch Messfahrt"),
       ("Strahlende Kabel", "Schlitzkabel 1-5/8\", halogenfrei, Befestigung in 3 m Höhe"),
       ("Verstärker", "LWL-gespeiste Tunnelverstärker mit Fernüberwachung"),
       ("Einsprechung", "Durchsageeinsprechung in UKW-Rundfunk aus der Tunnelleitzentrale"),
       ("Zulassung", "Abnahme durch die Autorisierte Stelle BOS")),
      (("Schlitzkabel 1-5/8\"", "m", 2000, 6000, 44),
       ("Tunnelverstärker LWL-gespeist", "St", 4, 10, 26000),
       ("Einsprechsystem", "psch", 1, 1, 38000)),
      ("spec", "matrix"), "tunnel TETRA/BOS radio coverage with radiating cable; no vendor named",
      ("DE", "AT"), (("matrix", "TETRA-Handfunkgerät Hytera PT580H", "hytera", "Hytera TETRA handhelds offered"),), 0.3),
    S("de", "soc-dienstleistung", ICT, "cyber", "Security Operations Center als Dienstleistung (SOC/SIEM)",
      ("Die Behörde beabsichtigt, ein Security Operations Center als Managed Service zu beauftragen, das Protokolldaten der Server, Firewalls und Clients auswertet und Sicherheitsvorfälle rund um die Uhr bearbeitet.",),
      (("Betrieb", "24/7-Überwachung, Alarmierung bei kritischen Vorfällen innerhalb von 30 Minuten"),
       ("SIEM", "SIEM-Betrieb mit Speicherung der Protokolldaten für 12 Monate in Deutschland"),
       ("Detektion", "Erkennungsregeln nach MITRE ATT&CK, monatliche Pflege"),
       ("IDS", "Betrieb der Netzwerk-Sensoren (IDS) am Internetübergang"),
       ("Qualifikation", "BSI-qualifizierter APT-Response-Dienstleister wünschenswert"),
       ("Datenschutz", "Auftragsverarbeitung nach Art. 28 DSGVO")),
      (("SOC-Betrieb monatlich", "Monat", 36, 48, 42000),
       ("Onboarding", "psch", 1, 1, 60000)),
      ("rfi", "sow", "notice"), "SOC/SIEM managed service; no vendor named", ("DE",), (), 0.35),
    S("de", "endpoint-schutz", ICT, "cyber", "Endpoint-Schutz und EDR für die Landesverwaltung",
      ("Beschafft werden Lizenzen für einen Virenschutz mit EDR-Funktionen für rund 12.000 Arbeitsplätze und 900 Server einschließlich Einführungsunterstützung.",),
      (("Schutz", "Signatur- und verhaltensbasierte Erkennung, Ransomware-Schutz"),
       ("EDR", "Isolation von Endgeräten, Prozessbaum, Suche über 30 Tage"),
       ("Verwaltung", "Zentrale Konsole, On-Premises-Betrieb möglich"),
       ("Schnittstellen", "Weitergabe von Ereignissen an das SIEM")),
      (("Lizenz je Endgerät, 3 Jahre", "St", 12000, 13000, 41),),
      ("reqlist", "rfq"), "endpoint protection/EDR licences; no vendor named",
      ("DE", "AT"), (("offer", "Kaspersky Endpoint Security for Business Advanced inkl. Kaspersky Security Center", "kaspersky", "Kaspersky endpoint licences offered"),), 0.4),
    S("de", "fahrbahnerneuerung", OOS, "oos", "Fahrbahnerneuerung und Erneuerung der Schutzplanken",
      ("Erneuerung der Asphaltdeckschicht und Binderschicht auf 7 km einschließlich Entwässerungsrinnen und Schutzplanken.",
       "Im Baufeld liegende Kabelschutzrohre Dritter sind zu sichern; Arbeiten an Kabeln sind nicht Gegenstand."),
      (("Fräsen", "Fräsen der Deckschicht 4 cm"),
       ("Asphalt", "Asphaltbinder AC 16 B S und Splittmastixasphalt SMA 8 S"),
       ("Entwässerung", "Erneuerung der Bordrinnen und Abläufe"),
       ("Schutzeinrichtungen", "Stahlschutzplanke Aufhaltestufe H1")),
      (("Fräsen Deckschicht", "m2", 40000, 90000, 3.1),
       ("SMA 8 S", "t", 4000, 9000, 110),
       ("Schutzplanke H1", "m", 2000, 6000, 62)),
      ("spec", "boq", "notice"), "HARD: road resurfacing and guardrails; third-party cable ducts only protected",
      ("DE",)),
    S("de", "elektroinstallation", OOS, "oos", "Elektroinstallation des Betriebshofs der Autobahnmeisterei",
      ("Elektrotechnische Installation im Neubau der Autobahnmeisterei: Niederspannungshauptverteilung, Unterverteilungen, Beleuchtung, Kabeltrassen für Starkstrom und Blitzschutz.",),
      (("Verteilung", "NSHV mit Leistungsschaltern, Unterverteilungen je Gebäudeteil"),
       ("Kabel", "NYM-J und NYY-J für Starkstrom"),
       ("Trassen", "Kabelrinnen für Starkstromleitungen"),
       ("Beleuchtung", "LED-Hallenleuchten mit DALI-Steuerung")),
      (("NSHV", "St", 1, 1, 48000), ("NYY-J 5x16", "m", 400, 1200, 14), ("LED-Hallenleuchte", "St", 60, 160, 280)),
      ("spec", "boq"), "HARD: building electrical installation of a motorway maintenance depot", ("DE", "AT")),
    S("de", "wachdienst", OOS, "oos", "Bewachungsdienstleistungen für Verwaltungsgebäude",
      ("Objektschutz, Empfangsdienst und Revierdienst für drei Verwaltungsgebäude einschließlich Notruf- und Serviceleitstelle des Auftragnehmers.",),
      (("Personal", "Sachkundeprüfung nach § 34a GewO"),
       ("Präsenz", "Empfangsdienst werktags 6 bis 20 Uhr"),
       ("Revierdienst", "Zwei Kontrollfahrten pro Nacht"),
       ("Leitstelle", "Aufschaltung auf die Leitstelle des Auftragnehmers")),
      (("Wachstunde", "Std", 15000, 25000, 31),),
      ("sow", "notice"), "HARD: guard services; 'Leitstelle' is the contractor's control room", ("DE",)),
    # ------------------------------------------------------------------ fr
    S("fr", "fibre-rn", ICT, "telecom", "Réseau de transmission en fibre optique et postes d'appel d'urgence de la route nationale",
      ("Le marché porte sur la pose d'un câble à fibres optiques monomodes dans les fourreaux existants, le raccordement des équipements de la route (caméras, panneaux à messages variables, stations de comptage) et le renouvellement des postes d'appel d'urgence (PAU).",
       "Le réseau relie le centre d'ingénierie et de gestion du trafic (CIGT) aux armoires de terrain."),
      (("Câble", "Câble à 72 fibres monomodes G.652.D, diélectrique, pour pose en fourreau"),
       ("Boîtiers", "Boîtiers d'épissurage étanches, réserve de câble de 20 m"),
       ("Répartiteurs", "Tiroirs optiques 48 connecteurs SC/APC"),
       ("PAU", "Postes d'appel d'urgence sur IP tous les 2 km, conformes aux prescriptions du CEREMA"),
       ("Réseau", "Commutateurs industriels en anneau, reconfiguration inférieure à 50 ms"),
       ("Recette", "Mesures réflectométriques bidirectionnelles à 1310 et 1550 nm")),
      (("Câble 72 FO posé en fourreau", "ml", 20000, 70000, 2.3),
       ("Boîtier d'épissurage", "u", 30, 80, 520),
       ("Poste d'appel d'urgence IP", "u", 20, 50, 6100),
       ("Commutateur industriel", "u", 10, 30, 2000)),
      ("spec", "boq", "notice"), "national road fibre transmission network, emergency call posts, ring switches; no vendor named",
      ("FR",), (("boq", "Caméra dôme Hikvision DS-2DE4425IW-DE", "hikvision", "Hikvision PTZ cameras in the price schedule"),), 0.35),
    S("fr", "radio-portuaire", ICT, "telecom", "Réseau radio numérique et liaisons hertziennes du port",
      ("Le port acquiert un réseau radio numérique pour la capitainerie, la manutention et la sûreté portuaire, ainsi que des faisceaux hertziens entre la capitainerie et les terminaux.",),
      (("Technologie", "DMR tier III ou TETRA, appels de groupe et d'urgence"),
       ("Couverture", "Couverture portative sur l'ensemble des quais"),
       ("Faisceaux hertziens", "Liaisons point à point licenciées, 400 Mbit/s"),
       ("Terminaux", "Terminaux portatifs IP67 avec fonction travailleur isolé")),
      (("Relais numérique", "u", 3, 6, 21000), ("Terminal portatif", "u", 80, 200, 700), ("Liaison hertzienne", "u", 2, 4, 15000)),
      ("rfq", "matrix", "memo"), "port digital radio (DMR/TETRA) and microwave links; no vendor named",
      ("FR", "QC"), (("memo", "Terminaux Hytera PD985 et relais Hytera RD985", "hytera", "Hytera radios in the offer under review"),), 0.3),
    S("fr", "soc-supervision", ICT, "cyber", "Prestation de centre opérationnel de sécurité (SOC) et supervision de sécurité",
      ("L'établissement souhaite externaliser la supervision de sécurité de son système d'information : collecte des journaux, corrélation dans un SIEM, détection et traitement des incidents.",),
      (("Supervision", "Service 24/7 avec astreinte"),
       ("Qualification", "Prestataire qualifié PDIS par l'ANSSI"),
       ("SIEM", "Conservation des journaux pendant un an, hébergement en France"),
       ("Détection", "Règles de détection alignées sur MITRE ATT&CK"),
       ("Vulnérabilités", "Scans de vulnérabilités trimestriels")),
      (("Supervision SOC mensuelle", "mois", 36, 48, 26000),),
      ("rfi", "sow", "notice"), "SOC/SIEM security supervision service; no vendor named", ("FR", "QC"), (), 0.3),
    S("fr", "antivirus-edr", ICT, "cyber", "Solution antivirale et EDR pour les postes de travail",
      ("Acquisition de licences antivirus et EDR pour 6 000 postes et 400 serveurs, avec console centralisée et accompagnement au déploiement.",),
      (("Protection", "Détection comportementale et protection contre les rançongiciels"),
       ("EDR", "Isolement à distance et conservation de la télémétrie 30 jours"),
       ("Console", "Console hébergée dans l'Union européenne"),
       ("Intégration", "Remontée des alertes vers le SIEM")),
      (("Licence EDR par poste, 3 ans", "u", 6000, 6500, 47),),
      ("reqlist", "rfq"), "antivirus/EDR licences; no vendor named",
      ("FR", "QC"), (("offer", "Kaspersky Endpoint Security for Business Advanced", "kaspersky", "Kaspersky endpoint licences offered"),), 0.35),
    S("fr", "chaussee", OOS, "oos", "Réfection de chaussée et remplacement des glissières de sécurité",
      ("Rabotage et mise en œuvre d'enrobés, reprise de l'assainissement et remplacement des glissières de sécurité sur 9 km.",
       "Les fourreaux de télécommunications existants sous accotement sont protégés ; aucune intervention sur les réseaux n'est prévue."),
      (("Rabotage", "Rabotage sur 6 cm"), ("Enrobés", "BBSG 0/10 sur 6 cm"),
       ("Assainissement", "Curage des fossés et reprise des buses"), ("Glissières", "Glissières métalliques GS2")),
      (("Rabotage", "m2", 30000, 80000, 2.6), ("BBSG 0/10", "t", 3000, 8000, 105), ("Glissière GS2", "ml", 2000, 6000, 58)),
      ("spec", "boq", "notice"), "HARD: road resurfacing and guardrails; telecom ducts only protected", ("FR", "QC")),
    S("fr", "gardiennage", OOS, "oos", "Prestations de gardiennage et de surveillance humaine",
      ("Gardiennage des sites de la collectivité, rondes et accueil, avec télésurveillance assurée par le poste central du prestataire.",),
      (("Agents", "Carte professionnelle CNAPS"), ("Rondes", "Rondes de nuit toutes les deux heures"), ("Poste central", "Poste central de sécurité du titulaire")),
      (("Heure d'agent", "h", 10000, 20000, 27),),
      ("sow", "notice"), "HARD: manned guarding; the contractor's monitoring centre is not bought", ("FR",)),
    S("fr", "formation-informatique", OOS, "oos", "Formations informatiques et sensibilisation à la cybersécurité",
      ("Marché de formations bureautiques, d'administration des systèmes et de sensibilisation à la cybersécurité pour les agents ; aucune plateforme, licence ni logiciel n'est fourni.",),
      (("Catalogue", "Formations inter et intra-entreprises"), ("Modalités", "Présentiel et classe virtuelle"), ("Sensibilisation", "Sessions de sensibilisation en présentiel sur chaque site")),
      (("Journée de formation", "jour", 40, 120, 1400),),
      ("rfq", "notice"), "HARD: IT and security awareness training only; training with no ICT delivered is out of scope", ("FR", "QC")),
    # ------------------------------------------------------------------ ja
    S("ja", "douro-hikari", ICT, "telecom", "道路管理用光ケーブル及び非常電話設備更新工事",
      ("本工事は、国道管理用の光ファイバケーブルを既設管路に敷設し、道路情報板、CCTVカメラ及び気象観測装置を道路管理事務所と接続するものである。",
       "あわせて、トンネル内及び本線上の非常電話を更新する。"),
      (("光ケーブル", "シングルモード光ファイバケーブル 100心 SM、ノンメタリック、管路用"),
       ("接続", "融着接続とし、接続損失は平均0.1dB以下とする"),
       ("クロージャ", "防水型光クロージャ、余長20mを確保する"),
       ("非常電話", "IP方式非常電話、押しボタン及びハンズフリー通話機能を有すること"),
       ("ネットワーク", "リング構成の産業用L2スイッチ、切替時間50ms以下"),
       ("試験", "OTDRによる双方向測定（1310nm及び1550nm）を全心について実施")),
      (("光ファイバケーブル 100心 管路内敷設", "m", 20000, 60000, 2.5),
       ("光クロージャ", "個", 20, 60, 700),
       ("IP非常電話", "台", 20, 60, 5500),
       ("産業用L2スイッチ", "台", 10, 30, 2200)),
      ("spec", "boq", "notice"), "road management fibre cable, emergency telephones, ring switches; no vendor named",
      ("JP",), (("boq", "ファーウェイ OptiX OSN 1800 伝送装置", "huawei", "HARD: Huawei in Japanese script (ファーウェイ) with OptiX transmission in the BOQ"),), 0.3),
    S("ja", "tunnel-musen", ICT, "telecom", "トンネル内ラジオ再放送設備及び業務用無線設備",
      ("長大トンネル内において、AM/FMラジオ再放送、割込放送及び道路管理用無線（業務用無線）の通信を確保する設備を整備する。",),
      (("漏えい同軸ケーブル", "LCX 1-5/8インチ、難燃性"),
       ("増幅器", "光伝送方式の中継増幅器、遠隔監視機能付き"),
       ("割込放送", "管理事務所からの割込放送が可能なこと"),
       ("業務用無線", "デジタル簡易無線及び道路管理用無線に対応")),
      (("LCX 1-5/8インチ", "m", 2000, 6000, 45), ("光中継増幅器", "台", 4, 10, 24000)),
      ("spec", "matrix"), "tunnel radio rebroadcast and two-way radio coverage (LCX); no vendor named",
      ("JP",), (("matrix", "ハイテラ PD985 デジタル無線機", "hytera", "HARD: Hytera in Japanese script (ハイテラ) offered radios"),), 0.2),
    S("ja", "soc-kanshi", ICT, "cyber", "セキュリティ監視（SOC）サービス",
      ("本業務は、庁内ネットワークのファイアウォール、サーバ及び端末のログを24時間365日監視し、インシデント発生時の初動対応を行うSOCサービスを調達するものである。",),
      (("監視時間", "24時間365日"), ("SIEM", "ログを1年間保管し、相関分析を行うこと"),
       ("通報", "重大インシデントは検知後30分以内に通報すること"), ("IDS/IPS", "IDS/IPSの運用及びシグネチャ更新"),
       ("脆弱性診断", "年2回の脆弱性診断"), ("報告", "月次報告会の開催")),
      (("SOC監視サービス", "月", 36, 60, 23000),),
      ("rfi", "sow", "notice"), "SOC monitoring service with SIEM and IDS/IPS; no vendor named", ("JP",), (), 0.3),
    S("ja", "edr-tanmatsu", ICT, "cyber", "端末セキュリティ対策ソフトウェア（EDR）の導入",
      ("職員端末約4,500台及びサーバ200台にEDR機能を有するウイルス対策ソフトウェアを導入する。",),
      (("検知", "振る舞い検知及びランサムウェア対策"), ("EDR", "端末隔離機能、30日以上のログ保管"),
       ("管理", "管理コンソールは国内データセンターで運用されること"), ("連携", "SIEMへのアラート連携")),
      (("EDRライセンス 3年", "ライセンス", 4500, 5000, 50),),
      ("reqlist", "rfq"), "EDR/antivirus software for endpoints; no vendor named",
      ("JP",), (("offer", "カスペルスキー Kaspersky Endpoint Security for Business", "kaspersky", "Kaspersky endpoint licences quoted (also in katakana)"),), 0.3),
    S("ja", "hosou", OOS, "oos", "舗装補修及び防護柵更新工事",
      ("国道の舗装補修、排水施設の改良及びガードレールの更新を行う。",
       "既設の通信管路は防護するものとし、通信設備の工事は含まない。"),
      (("切削", "切削オーバーレイ 厚さ5cm"), ("舗装", "密粒度アスファルト混合物"), ("排水", "側溝及び集水桝の更新"), ("防護柵", "ガードレール Gr-B")),
      (("切削オーバーレイ", "m2", 10000, 40000, 18), ("ガードレール", "m", 1000, 4000, 70)),
      ("spec", "boq", "notice"), "HARD: pavement repair and guardrails; telecom ducts only protected", ("JP",)),
    S("ja", "keibi", OOS, "oos", "庁舎警備業務委託",
      ("庁舎の常駐警備、巡回及び受付業務を委託する。警備員は受注者の無線機を携行する。",),
      (("警備員", "警備業法に基づく教育を受けた者"), ("巡回", "夜間2時間ごと"), ("防災センター", "防災センターでの監視業務を含む")),
      (("常駐警備", "月", 12, 36, 18000),),
      ("sow", "notice"), "HARD: guard services; radios belong to the contractor", ("JP",)),
    S("ja", "jinji-kyuyo", ICT, "software", "人事給与システム（クラウドサービス）",
      ("人事、給与、勤怠を管理するクラウドサービスを導入する。",),
      (("機能", "給与計算、年末調整、勤怠管理"), ("セキュリティ", "ISMAP登録サービスであること"), ("移行", "過去5年分のデータ移行")),
      (("利用料", "年", 5, 5, 160000),),
      ("rfi", "reqlist"), "HR/payroll cloud service with data migration: in scope since the scope was widened; no vendor named", ("JP",)),
    # ------------------------------------------------------------------ zh
    S("zh", "gaosu-tongxin", ICT, "telecom", "高速公路通信系统及紧急电话工程",
      ("本工程包括沿线通信光缆敷设、收费站及服务区通信设备安装、紧急电话系统改造，以及监控分中心与路段外场设备之间的数据传输网络。",
       "光缆在既有硅芯管内吹放，不足部分新建管道。"),
      (("光缆", "G.652D单模光缆，96芯，非金属加强芯，管道用"),
       ("接续", "熔接，平均接头损耗≤0.05dB，接头盒防护等级IP68"),
       ("管道", "硅芯管φ40/33，埋深不小于0.8m，每1km设人孔"),
       ("紧急电话", "IP紧急电话，间距2km，太阳能供电"),
       ("传输网络", "工业以太网交换机组环，自愈时间≤50ms"),
       ("测试", "全部纤芯进行双向OTDR测试（1310nm、1550nm）")),
      (("96芯单模光缆", "米", 50000, 120000, 1.6), ("光缆接头盒", "个", 40, 120, 150), ("IP紧急电话", "套", 30, 80, 3900), ("工业以太网交换机", "台", 20, 60, 1300)),
      ("spec", "boq", "notice"), "expressway telecom: fibre cable, emergency telephones, ring switches; no vendor named",
      ("CN",), (("boq", "华为 OptiX OSN 1800 传输设备", "huawei", "HARD: Huawei in Chinese script with OptiX transmission in the BOQ"),), 0.2),
    S("zh", "gangkou-wuxian", ICT, "telecom", "港区无线通信覆盖及微波传输工程",
      ("为港区调度、理货和安保提供数字集群通信覆盖，并建设调度大楼至码头的微波传输链路。",),
      (("制式", "PDT或DMR数字集群"), ("覆盖", "码头及堆场手持台覆盖率不低于95%"), ("微波", "点对点微波，容量≥400Mbit/s"), ("调度台", "IP调度台，支持录音和GPS定位")),
      (("数字集群基站", "套", 2, 5, 20000), ("手持终端", "台", 100, 300, 500), ("微波链路", "跳", 2, 4, 12000)),
      ("spec", "matrix", "rfq"), "port trunked radio (PDT/DMR) and microwave links; no vendor named",
      ("CN",), (("matrix", "海能达 PD790 手持终端", "hytera", "HARD: Hytera in Chinese script (海能达) offered handsets"),), 0.2),
    S("zh", "anquan-yunying", ICT, "cyber", "网络安全运营中心（SOC）服务",
      ("采购网络安全运营服务，对全院网络设备、服务器和终端日志进行7×24小时监测分析，并提供事件响应。",),
      (("监测", "7×24小时安全监测"), ("日志", "日志集中采集，留存不少于180天"), ("入侵检测", "入侵检测与防御设备策略运维"),
       ("漏洞管理", "每季度漏洞扫描及整改复测"), ("威胁情报", "接入威胁情报并定期通报")),
      (("安全运营服务", "月", 12, 36, 12000),),
      ("rfi", "sow", "notice"), "SOC security operations service; no vendor named",
      ("CN",), (("offer", "华为 HiSecEngine USG6650E 防火墙与安全态势感知平台", "huawei", "HARD: Huawei HiSecEngine firewall offered with the SOC service (Chinese script)"),), 0.0),
    S("zh", "zhongduan-anquan", ICT, "cyber", "终端安全管理系统采购",
      ("采购终端防病毒及EDR软件，覆盖办公终端3000台、服务器150台。",),
      (("防护", "病毒查杀、勒索防护"), ("EDR", "终端隔离、行为溯源"), ("管理", "统一管理控制台"), ("联动", "与安全管理平台联动")),
      (("终端安全授权（三年）", "点", 3000, 3500, 30),),
      ("reqlist", "rfq"), "endpoint antivirus/EDR software; no vendor named",
      ("CN",), (("offer", "卡巴斯基终端安全软件", "kaspersky", "HARD: Kaspersky in Chinese script (卡巴斯基) offered"),), 0.2),
    S("zh", "lumian-xiufu", OOS, "oos", "公路路面修复及护栏更换工程",
      ("对国道路面进行铣刨重铺，更换波形梁护栏，整修排水边沟。",
       "施工范围内既有通信管道由施工单位负责保护，不涉及通信工程。"),
      (("铣刨", "铣刨旧路面5cm"), ("面层", "AC-13C沥青混凝土"), ("护栏", "波形梁钢护栏"), ("排水", "边沟整修")),
      (("铣刨", "平方米", 20000, 60000, 2), ("AC-13C沥青混凝土", "吨", 2000, 6000, 90), ("波形梁护栏", "米", 2000, 5000, 40)),
      ("spec", "boq", "notice"), "HARD: road resurfacing and guardrails; telecom ducts only protected", ("CN",)),
    S("zh", "wuye-baoan", OOS, "oos", "办公楼物业保安服务",
      ("为办公楼提供门岗、巡逻和监控室值守等保安服务，保安员配备的对讲机由服务单位自备。",),
      (("人员", "持保安员证"), ("岗位", "门岗24小时"), ("巡逻", "夜间每2小时巡逻一次")),
      (("保安服务", "月", 12, 36, 9000),),
      ("sow", "notice"), "HARD: guard services; radios are the contractor's", ("CN",)),
    S("zh", "caiwu-ruanjian", ICT, "software", "财务管理系统云服务",
      ("采购财务核算、预算管理和报销系统云服务。",),
      (("功能", "总账、预算、报销"), ("部署", "政务云部署"), ("安全", "通过网络安全等级保护三级测评")),
      (("云服务费", "年", 3, 3, 60000),),
      ("rfi", "reqlist"), "finance system cloud service: in scope since the scope was widened; no vendor named", ("CN",),
      (("offer", "华为云Stack 政务云资源（云服务器、云数据库）", "huawei", "HARD: finance cloud service offered on Huawei Cloud resources (Chinese script)"),)),
    # ------------------------------------------------------------------ near misses added with the widened scope:
    # advice, supervision and data subscriptions around the same infrastructure and security work, with no ICT delivered
    S("en", "security-governance-advice", OOS, "oos", "Information security governance advisory (ISO/IEC 27001 gap assessment and policy set)",
      ("The authority wants an adviser to compare its information security management against ISO/IEC 27001, rewrite the policy set and brief the executive board on the results.",
       "The work is document review, interviews and workshops only: no penetration testing, vulnerability scanning, monitoring or security tooling is in scope, and the adviser will not supply or operate any system."),
      (("Gap assessment", "Assessment against ISO/IEC 27001:2022 clauses 4 to 10 and Annex A, with a maturity rating per control theme"),
       ("Policies", "Rewrite of the top-level policy and twelve topic-specific policies in plain English"),
       ("Board briefing", "Two briefings for the executive board and a one-page risk summary"),
       ("Independence", "The adviser is excluded from bidding for any tooling or managed service that follows"),
       ("Team", "Lead auditor qualified to ISO/IEC 27001, supported by one consultant")),
      (("Advisory day, lead consultant", "day", 20, 45, 1500),
       ("Advisory day, consultant", "day", 20, 60, 1050)),
      ("sow", "notice"), "HARD: security governance advice only (gap assessment, policies); no testing, tooling or security service is bought",
      ("UK", "AU", "CA")),
    S("en", "traffic-data-licence", OOS, "oos", "Licence for historic and near-real-time traffic speed data",
      ("The department seeks a licence to historic and near-real-time link speed and journey time data derived from connected vehicles, for the corridor studies of the planning team.",
       "The data is delivered as monthly files and a read-only feed; the department uses its own analysis tools and no software, hosting or devices are supplied."),
      (("Coverage", "All functional class 1 to 3 roads in the state, 15-minute bins"),
       ("History", "Three years of history plus the subscription period"),
       ("Delivery", "Monthly CSV files and a read-only feed of link speeds"),
       ("Licence", "Use by the department and its consultants for planning studies"),
       ("Support", "Data dictionary and quarterly methodology note")),
      (("Annual data licence", "year", 3, 3, 185000),
       ("Historic data back-fill", "LS", 1, 1, 60000)),
      ("rfi", "reqlist"), "HARD: traffic data licence (a data subscription); no ICT equipment, software or service is bought",
      ("US", "CA")),
    S("es", "interventoria-telecom", OOS, "oos", "Interventoría integral del contrato de red de fibra óptica y sistemas de telecomunicaciones",
      ("Se contrata la interventoría técnica, administrativa, financiera y ambiental del contrato de suministro e instalación de la red de fibra óptica y de los sistemas de telecomunicaciones, que ejecuta otro contratista.",
       "El interventor verificará cantidades, ensayos y calidad, aprobará los pagos y emitirá informes; no suministrará equipos, software ni servicios de telecomunicaciones."),
      (("Personal", "Director de interventoría, especialista en telecomunicaciones y especialista ambiental"),
       ("Informes", "Informe mensual de avance, calidad y ejecución presupuestal"),
       ("Pruebas", "Presencia en las pruebas OTDR y de aceptación del contratista de obra"),
       ("Independencia", "El interventor no podrá tener vínculo con el contratista de obra"),
       ("Plazo", "Igual al del contrato vigilado más dos meses de liquidación")),
      (("Director de interventoría", "mes", 14, 20, 6200),
       ("Especialista en telecomunicaciones", "mes", 14, 20, 4300),
       ("Especialista ambiental (dedicación parcial)", "mes", 14, 20, 1900)),
      ("sow", "notice"), "HARD: supervision (interventoría) of someone else's telecom contract; the supervisor supplies no ICT",
      ("CO",)),
    S("de", "isms-beratung", OOS, "oos", "Beratung zum Aufbau eines ISMS nach BSI IT-Grundschutz",
      ("Die Verwaltung lässt sich beim Aufbau eines Informationssicherheitsmanagementsystems nach BSI-Standard 200-2 beraten: Strukturanalyse, Schutzbedarfsfeststellung, Leitlinie und Sicherheitskonzept.",
       "Technische Prüfungen wie Penetrationstests, der Betrieb von Sicherheitssystemen und Softwarelieferungen sind nicht Gegenstand des Auftrags."),
      (("Vorgehen", "Standard-Absicherung nach BSI-Standard 200-2"),
       ("Leistungen", "Strukturanalyse, Schutzbedarfsfeststellung, Modellierung, IT-Grundschutz-Check"),
       ("Dokumente", "Leitlinie zur Informationssicherheit und Sicherheitskonzept"),
       ("Qualifikation", "Berater mit Zertifikat IT-Grundschutz-Praktiker"),
       ("Neutralität", "Keine Produktempfehlungen zugunsten eigener Lösungen")),
      (("Beratertag", "Tag", 40, 90, 1250),),
      ("sow", "reqlist"), "HARD: ISMS consultancy only; no testing, security tooling or security service is bought",
      ("DE", "AT")),
    S("fr", "amo-radio", OOS, "oos", "Assistance à maîtrise d'ouvrage pour le renouvellement du réseau radio d'exploitation",
      ("La mission d'assistance à maîtrise d'ouvrage couvre l'état des lieux du réseau radio d'exploitation, la définition du besoin, la rédaction du dossier de consultation et l'analyse des offres du futur marché de fourniture.",
       "Le titulaire de la mission ne fournit aucun équipement et ne pourra pas se porter candidat au marché de fourniture du réseau."),
      (("État des lieux", "Inventaire des relais, des terminaux et des couvertures mesurées"),
       ("Besoin", "Expression fonctionnelle du besoin et scénarios techniques chiffrés"),
       ("Consultation", "Rédaction du CCTP et du règlement de consultation"),
       ("Analyse", "Rapport d'analyse des offres et assistance à la mise au point"),
       ("Indépendance", "Déclaration d'absence de lien avec les constructeurs")),
      (("Journée d'ingénieur conseil", "jour", 30, 70, 1100),),
      ("sow", "notice"), "HARD: project-owner assistance (advice) for a future radio contract; no equipment is bought",
      ("FR",)),
    S("ja", "kotsu-data", OOS, "oos", "道路交通情報データ（プローブ情報）の提供業務",
      ("道路計画の検討に用いるため、民間プローブ情報に基づく区間別の旅行速度データの提供を受ける。",
       "データは月ごとにCSV形式で提供を受け、分析は発注者の既存の環境で行う。機器、ソフトウェア及びシステム構築は含まない。"),
      (("対象区間", "管内の国道及び主要地方道の全区間"),
       ("集計単位", "15分単位、平日・休日別"),
       ("提供期間", "過去3年分及び契約期間中のデータ"),
       ("利用範囲", "発注者及び発注者が委託する調査業務での利用"),
       ("納品", "月次CSVファイル及びデータ定義書")),
      (("プローブデータ提供（年額）", "式", 1, 1, 95000),),
      ("reqlist", "notice"), "HARD: traffic data provision (a data subscription); no ICT equipment, software or service is bought",
      ("JP",)),
    S("zh", "jidian-jianli", OOS, "oos", "高速公路机电工程施工监理服务",
      ("对高速公路监控、通信、收费系统机电工程的施工开展监理，负责质量、进度、投资控制和安全管理。",
       "监理单位不提供任何设备、软件或通信服务，并不得与施工单位存在隶属或利害关系。"),
      (("人员", "总监理工程师具有机电专业监理资格"),
       ("旁站", "光缆熔接、设备安装和系统联调全程旁站"),
       ("检测", "见证OTDR测试和系统功能测试"),
       ("报告", "按月提交监理月报"),
       ("独立性", "与施工单位无隶属关系")),
      (("监理服务费", "月", 12, 24, 16000),),
      ("sow", "notice"), "HARD: supervision of expressway electromechanical works; the supervisor supplies no equipment or ICT service",
      ("CN",)),
]


# =====================================================================================
# Builders: one per document shape, all languages
# =====================================================================================

REFS = {
    "CO": ("LP-{a}-{y}", "SA-MC-{a}-{y}", "INV-DT-{a}-{y}"), "MX": ("LA-09-J3L-{a}-N-{b}-{y}", "IA-{a}-{y}"),
    "ES": ("{a}/{y}", "ADIF-{a}-{y}", "C-{a}/{y}"), "CL": ("{a}-{b}-LR{yy}", "{a}-{b}-LE{yy}"),
    "BR": ("{b}/{y}", "PE {b}/{y}"), "PT": ("CP-{a}/{y}",), "US": ("70RSAT{yy}R0000{b}", "36C10B{yy}Q0{a}", "W91237-{yy}-R-0{b}"),
    "UK": ("TR-{a}-{y}", "ITT {a}/{yy}"), "AU": ("ATM-{a}-{y}", "RFT {a}/{yy}"), "CA": ("EN578-{yy}{a}", "RFP-{a}-{y}"),
    "DE": ("VG-{a}-{y}", "{b}/{y}/VOB"), "AT": ("GZ {a}/{y}",), "FR": ("{y}-{a}", "DIR-{a}-{y}"), "QC": ("AO-{y}-{a}",),
    "JP": ("第{b}号", "R{yy}-{a}"), "CN": ("ZB{y}-{a}", "GD-JT-{y}-{b}"),
}
DOCTYPES = {
    "spec": "technical specification", "matrix": "compliance matrix", "boq": "bill of quantities", "rfq": "request for quotation",
    "notice": "short notice", "memo": "review memo", "rfi": "request for information / sources sought", "sow": "statement of work",
    "reqlist": "requirement list", "quest": "capability questionnaire", "offer": "offer / quotation",
}
EXTS = {
    "spec": (".txt", ".md", ".html"), "matrix": (".md", ".html", ".txt"), "boq": (".csv", ".csv", ".md", ".txt"),
    "rfq": (".txt", ".md", ".html"), "notice": (".txt", ".txt", ".html"), "memo": (".txt", ".md"), "rfi": (".txt", ".md", ".html"),
    "sow": (".txt", ".md"), "reqlist": (".txt", ".md"), "quest": (".md", ".html", ".txt"), "offer": (".txt", ".md", ".html"),
}
CJK_LANGS = ("ja", "zh")


def lower_first(lang: str, text: str) -> str:
    if lang in ("de", "ja", "zh") or len(text) < 2 or text[1].isupper():
        return text
    return text[0].lower() + text[1:]


@dataclass
class Ctx:
    """What one document knows: language frame, region words, buyer, people, reference, numbers."""

    lang: str
    F: dict
    R: dict
    region: str
    buyer: str
    bidder: str
    person: str
    ref: str
    ext: str
    fields: dict

    def t(self, tpl: str, **kw) -> str:
        return tpl.format(**{**self.fields, **kw})


# buyers that are not transport or public-works bodies (universities, hospitals, ministries, tax and IT agencies)
_GENERAL_BUYER = re.compile(r"Univers|大学|Hospital|hospitalier|医院|NHS|Justice|Services Australia|Taxation|Shared Services|Crown Commercial|"
                            r"Interior|Veterans|Homeland|Defense|IT\.Niedersachsen|Informationstechnik|财政|総務|Public Services and Procurement|"
                            r"Magistratsabteilung|Landeshauptstadt|Alcaldía|Gobierno del Estado|Gobernación|Municipalidad|Câmara|City of|Ville de|福岡市")
_CIVIL_KEYS = ("pavimento", "alumbrado", "via-ferrea", "conservacion", "pavimentacao", "bridge", "highway", "track", "fahrbahn", "chaussee", "hosou", "lumian")


def buyer_fits(s: Subject, buyer: str) -> bool:
    """Campus cabling goes to universities; transport telecom and civil works to transport bodies; the rest to anyone."""
    if "campus" in s.key:
        return bool(re.search(r"Univers|大学", buyer))
    if (s.theme == "telecom" or any(k in s.key for k in _CIVIL_KEYS)) and "instalacoes" not in s.key:
        return not _GENERAL_BUYER.search(buyer)
    return True


def make_ctx(rng: random.Random, s: Subject, ext: str) -> Ctx:
    F = FRAMES[s.lang]
    buyers = [b for b in F["buyers"] if not s.regions or b[1] in s.regions]
    fitting = [b for b in buyers if buyer_fits(s, b[0])]
    buyer, region = rng.choice(fitting or buyers)
    R = F["region"][region]
    y = rng.choice((2025, 2026))
    ref = rng.choice(REFS[region]).format(a=rng.randint(100, 9999), b=rng.randint(10, 99), y=y, yy=str(y)[2:])
    bidder, person = rng.choice(F["bidders"]), rng.choice(F["people"])
    fields = {"buyer": buyer, "title": s.title, "title_l": lower_first(s.lang, s.title), "ref": ref, "doc": R["doc"], "proc": R["proc"],
              "bid": R["bid"], "cur": R["cur"] if s.lang not in CJK_LANGS else "", "bidder": bidder, "person": person,
              "date": date(rng, s.lang, region), "n": rng.choice((4, 6, 8, 10, 12, 18, 24)), "y": rng.choice((2, 3, 5)),
              "item": R["item"], "price": R["price"], "tot": R["tot"]}
    return Ctx(s.lang, F, R, region, buyer, bidder, person, ref, ext, fields)


def sep(lang: str) -> str:
    return "：" if lang in CJK_LANGS else ": "


def table(c: Ctx, header, rows) -> str:
    """A table as markdown (for .md) or ' | ' lines (txt; to_html turns them into a table)."""
    if c.ext == ".md":
        out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
        return "\n".join(out)
    return "\n".join(" | ".join(str(x) for x in r) for r in [header] + list(rows))


def heading(c: Ctx, text: str) -> str:
    return f"## {text}" if c.ext == ".md" else text


def sample_reqs(rng: random.Random, s: Subject, lo: float = 0.6) -> list:
    k = max(2, round(len(s.reqs) * rng.uniform(lo, 1.0)))
    idx = sorted(rng.sample(range(len(s.reqs)), min(k, len(s.reqs))))
    rows = [s.reqs[i] for i in idx]
    if rng.random() < 0.25:
        rng.shuffle(rows)
    return rows


def sample_items(rng: random.Random, s: Subject, c: Ctx, rvn: str | None) -> list:
    """(description, unit, qty, unit price text, total value) rows in the local currency."""
    items = list(s.items)
    if len(items) > 3:
        items = [items[i] for i in sorted(rng.sample(range(len(items)), rng.randint(3, len(items))))]
    if rvn:
        unit = items[0][1]
        items.insert(rng.randint(0, len(items)), (rvn, unit, 2, 60, rng.choice((700, 1800, 4500, 9000, 16000))))
    out = []
    cur = c.R["cur"]
    dec = CURRENCY[cur][2]
    for desc, unit, lo, hi, usd in items:
        q = rng.randint(lo, hi)
        if q > 1000:
            q = round(q, -2)
        price, ptxt = money(rng, usd, cur, c.lang)
        out.append((desc, unit, q, ptxt, round(q * price, dec)))
    return out


def rvn_req(rng: random.Random, c: Ctx, line: str) -> tuple[str, str]:
    return (c.F["ref_req"], rng.choice(c.F["equiv"]).format(x=line))


def reqs_block(rng: random.Random, c: Ctx, rows, number: str) -> str:
    style = rng.choice(("num", "num", "dash", "table"))
    if style == "table":
        return table(c, (c.F["mx_cols"][1], c.F["mx_cols"][2] if c.lang not in CJK_LANGS else "仕様" if c.lang == "ja" else "技术要求"), rows)
    out = []
    for i, (r, sp) in enumerate(rows, 1):
        if style == "num":
            out.append(f"{number}.{i} {r}{sep(c.lang)}{sp}{'' if c.lang in CJK_LANGS else '.'}")
        else:
            out.append(f"- {r}{sep(c.lang)}{sp}")
    return "\n".join(out)


def prohibition(rng: random.Random, c: Ctx, s: Subject) -> str:
    return rng.choice(c.F["prohib_cyber"] if s.theme == "cyber" else c.F["prohib"])


def b_spec(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.buyer if rng.random() < 0.7 else c.buyer.upper(), c.t(rng.choice(F["spec_titles"])), f"{c.R['proc']} {c.ref}", ""]
    out += [heading(c, rng.choice(F["h_obj"])), " ".join(pick(rng, s.intro, rng.randint(1, len(s.intro)))) if c.lang not in CJK_LANGS
            else "".join(pick(rng, s.intro, rng.randint(1, len(s.intro)))), ""]
    rows = sample_reqs(rng, s)
    if rvn:
        rows.insert(rng.randint(0, len(rows)), rvn_req(rng, c, rvn))
    out += [heading(c, rng.choice(F["h_req"])), reqs_block(rng, c, rows, "2")]
    if prohib:
        out.append(prohibition(rng, c, s))
    out.append("")
    if rng.random() < 0.7:
        items = sample_items(rng, s, c, None)
        out.append(heading(c, rng.choice(F["h_qty"])))
        out.append(table(c, (F["boq_cols"][1], F["boq_cols"][2], F["boq_cols"][3]), [(d, u, fmt_num(q, 0, c.lang)) for d, u, q, _, _ in items]))
        out.append("")
    out.append(heading(c, rng.choice(F["h_gen"])))
    for g in pick(rng, F["general"], rng.randint(2, 5)):
        out.append(f"- {c.t(g)}")
    return "\n".join(out) + "\n"


def b_reqlist(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.t(rng.choice(F["spec_titles"])), c.buyer, ""]
    if rng.random() < 0.6:
        out += [rng.choice(s.intro), ""]
    rows = sample_reqs(rng, s, 0.7)
    if rvn:
        rows.insert(rng.randint(0, len(rows)), rvn_req(rng, c, rvn))
    out.append(reqs_block(rng, c, rows, "1"))
    if prohib:
        out.append(prohibition(rng, c, s))
    if rng.random() < 0.5:
        out += ["", c.t(rng.choice(F["general"]))]
    return "\n".join(out) + "\n"


def b_matrix(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.t(rng.choice(F["mx_titles"])), f"{c.buyer} – {c.R['proc']} {c.ref}", f"{c.R['bid'].capitalize() if c.lang not in CJK_LANGS else c.R['bid']}{sep(c.lang)}{c.bidder}", "",
           c.t(rng.choice(F["mx_intro"])), ""]
    rows = []
    reqs = sample_reqs(rng, s, 0.7)
    if rvn:
        reqs.insert(rng.randint(0, len(reqs)), (F["offered"], rvn))
    for i, (r, sp) in enumerate(reqs, 1):
        verdict = F["verdicts"][0] if (rvn and sp == rvn) else rng.choice(F["verdicts"])
        rows.append((str(i), r, sp, verdict, str(rng.randint(3, 180))))
    out.append(table(c, F["mx_cols"], rows))
    if prohib:
        out += ["", prohibition(rng, c, s)]
    out += ["", c.person, c.fields["date"]]
    return "\n".join(out) + "\n"


def b_boq(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    items = sample_items(rng, s, c, rvn)
    cols = [x.format(**c.fields) for x in F["boq_cols"]]
    dec = CURRENCY[c.R["cur"]][2]
    total = sum(t for *_, t in items)
    rows = [(str(i), d, u, fmt_num(q, 0, c.lang), p, fmt_num(t, dec, c.lang)) for i, (d, u, q, p, t) in enumerate(items, 1)]
    head = [c.t(rng.choice(F["boq_titles"])), f"{c.buyer}", f"{c.R['proc']} {c.ref}"]
    tail = [f"{F['total']} {c.R['cur'] if c.lang not in CJK_LANGS else ''} {fmt_num(total, dec, c.lang)}".replace("  ", " ")]
    tail += pick(rng, F["boq_notes"], rng.randint(1, len(F["boq_notes"])))
    if prohib:
        tail.append(prohibition(rng, c, s))
    if c.ext == ".csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        for h in head:
            w.writerow([h])
        w.writerow(cols)
        w.writerows(rows)
        for t in tail:
            w.writerow([t])
        return buf.getvalue()
    return "\n".join(head + [""] + [table(c, cols, rows)] + [""] + tail) + "\n"


def b_rfq(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.buyer, c.t(rng.choice(F["rfq_titles"])), f"{c.R['proc']} {c.ref}", c.fields["date"], "", c.t(rng.choice(F["rfq_open"])), ""]
    items = sample_items(rng, s, c, rvn)
    for i, (d, u, q, _, _) in enumerate(items, 1):
        out.append(f"{i}. {d} – {fmt_num(q, 0, c.lang)} {u}")
    out.append("")
    for r, sp in pick(rng, s.reqs, rng.randint(2, 4)):
        out.append(f"- {r}{sep(c.lang)}{sp}")
    if prohib:
        out.append(prohibition(rng, c, s))
    out.append("")
    out += [c.t(x) for x in pick(rng, F["rfq_close"][:-1], rng.randint(1, len(F["rfq_close"]) - 1))]
    out += [F["rfq_close"][-1], c.person]
    return "\n".join(out) + "\n"


def b_notice(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    items = sample_items(rng, s, c, rvn)
    dec = CURRENCY[c.R["cur"]][2]
    amount = fmt_num(round(sum(t for *_, t in items), -3), dec, c.lang)
    intro = rng.choice(s.intro)
    if rvn:
        intro += (" " if c.lang not in CJK_LANGS else "") + rng.choice(c.F["equiv"]).format(x=rvn)
    text = c.t(rng.choice(c.F["notice"]), intro=intro, amount=amount)
    if prohib:
        text += "\n" + prohibition(rng, c, s)
    return text + "\n"


def b_memo(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.t(rng.choice(F["memo_titles"])), c.t(F["memo_head"]), "", c.t(rng.choice(F["memo_open"])), ""]
    rows = sample_reqs(rng, s, 0.5)
    bad = set(rng.sample(range(len(rows)), min(len(rows), rng.randint(0, 2))))
    for i, (r, sp) in enumerate(rows):
        tpl = rng.choice(F["memo_bad"] if i in bad else F["memo_ok"])
        out.append(f"{i + 1}. " + tpl.format(req=r, spec=sp, spec_l=lower_first(c.lang, sp)))
    if rvn:
        out.insert(len(out) - rng.randint(0, len(rows)), rng.choice(F["memo_rvn"]).format(x=rvn))
    if prohib:
        out.append(prohibition(rng, c, s))
    out += ["", rng.choice(F["memo_close"]), c.person]
    return "\n".join(out) + "\n"


def b_rfi(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.t(rng.choice(F["rfi_titles"])), c.buyer, f"{c.R['proc']} {c.ref}", ""]
    out += [c.t(x) for x in pick(rng, F["rfi_open"], rng.randint(1, len(F["rfi_open"])))]
    out += ["", heading(c, F["rfi_h_req"]), (" " if c.lang not in CJK_LANGS else "").join(s.intro)]
    for r, sp in sample_reqs(rng, s, 0.6):
        out.append(f"- {r}{sep(c.lang)}{sp}")
    if prohib:
        out.append(prohibition(rng, c, s))
    out += ["", heading(c, F["rfi_h_q"])]
    qs = [rng.choice(F["rfi_q"]).format(req=r, req_l=lower_first(c.lang, r)) for r, _ in pick(rng, s.reqs, rng.randint(3, 5))]
    qs += pick(rng, F["rfi_generic"], rng.randint(1, len(F["rfi_generic"])))
    rng.shuffle(qs)
    out += [f"{i}. {q}" for i, q in enumerate(qs, 1)]
    out += ["", c.t(rng.choice(F["rfi_submit"]))]
    return "\n".join(out) + "\n"


def b_sow(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    h = F["sow_h"]
    joiner = " " if c.lang not in CJK_LANGS else ""
    out = [c.t(rng.choice(F["sow_titles"])), c.buyer, "", heading(c, f"1. {h[0]}"), s.intro[0], "",
           heading(c, f"2. {h[1]}"), joiner.join(s.intro[1:]) or c.t(rng.choice(F["general"])), "", heading(c, f"3. {h[2]}")]
    for i, (r, sp) in enumerate(sample_reqs(rng, s, 0.7), 1):
        out.append(f"3.{i} {r}{sep(c.lang)}{sp}")
    if rvn:
        out.append(f"- {rvn_req(rng, c, rvn)[1]}")
    if prohib:
        out.append(prohibition(rng, c, s))
    out += ["", heading(c, f"4. {h[3]}")] + [f"- {d}" for d in pick(rng, F["deliverables"], rng.randint(2, len(F["deliverables"])))]
    out += ["", heading(c, f"5. {h[4]}"), c.t(rng.choice(F["period"]))]
    return "\n".join(out) + "\n"


def b_quest(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.t(rng.choice(F["q_titles"])), c.buyer, "", rng.choice(s.intro), ""]
    qs = [rng.choice(F["rfi_q"]).format(req=r, req_l=lower_first(c.lang, r)) for r, _ in sample_reqs(rng, s, 0.7)]
    qs += pick(rng, F["rfi_generic"], 2)
    out.append(table(c, F["q_cols"], [(str(i), q, "") for i, q in enumerate(qs, 1)]))
    if prohib:
        out += ["", prohibition(rng, c, s)]
    out += ["", c.t(rng.choice(F["rfi_submit"]))]
    return "\n".join(out) + "\n"


def b_offer(rng, s: Subject, c: Ctx, rvn, prohib) -> str:
    F = c.F
    out = [c.bidder, c.t(rng.choice(F["offer_titles"])), c.fields["date"], "", c.buyer, f"{c.R['proc']} {c.ref}", "", c.t(rng.choice(F["offer_open"])), ""]
    items = sample_items(rng, s, c, rvn)
    dec = CURRENCY[c.R["cur"]][2]
    cols = [x.format(**c.fields) for x in F["boq_cols"]]
    out.append(table(c, cols, [(str(i), d, u, fmt_num(q, 0, c.lang), p, fmt_num(t, dec, c.lang)) for i, (d, u, q, p, t) in enumerate(items, 1)]))
    out += ["", f"{F['total']} {fmt_num(sum(t for *_, t in items), dec, c.lang)} {c.R['cur'] if c.lang not in CJK_LANGS else ''}".strip()]
    for r, sp in pick(rng, s.reqs, rng.randint(1, 3)):
        out.append(f"- {r}{sep(c.lang)}{sp}")
    out += [""] + [c.t(x) for x in F["offer_close"]] + [c.person]
    return "\n".join(out) + "\n"


BUILDERS = {"spec": b_spec, "reqlist": b_reqlist, "matrix": b_matrix, "boq": b_boq, "rfq": b_rfq, "notice": b_notice,
            "memo": b_memo, "rfi": b_rfi, "sow": b_sow, "quest": b_quest, "offer": b_offer}


# =====================================================================================
# Output formats, near-duplicate control, plans, main
# =====================================================================================


TARGETS = {ICT: 58, RVN: 24, OOS: 52}  # about 134 documents: 43% / 18% / 39%


def plans(rng: random.Random):
    """(subject, shape, restricted line or None, entity, note fragment, prohibition?) for every document of part D.

    The pools allow more plans than the part needs; every subject keeps its first shape, every
    language and every entity keeps at least one restricted plan, and the rest is sampled to TARGETS.
    """
    cands: dict[str, list] = {ICT: [], RVN: [], OOS: []}
    for s in SUBJECTS:
        for shape in s.shapes:
            cands[s.label].append((s, shape, None, "", "", s.label == ICT and rng.random() < s.prohibit))
        for shape, line, entity, frag in s.rvn:
            cands[RVN].append((s, shape, line, entity, frag, False))
    out = []
    for label, pool in cands.items():
        keep, seen = [], set()
        for p in pool:
            keys = [p[0].key] if label != RVN else [("lang", p[0].lang), ("entity", p[3])]
            if any(k not in seen for k in keys):
                keep.append(p)
                seen.update(keys)
        rest = [p for p in pool if p not in keep]
        keep += rng.sample(rest, max(0, min(len(rest), TARGETS[label] - len(keep))))
        out += sorted(keep, key=pool.index)
    return out


EQUIV_SHAPES = ("spec", "reqlist", "notice", "sow")


def note_for(s: Subject, shape: str, line, entity: str, frag: str, prohib: bool) -> tuple[str, str]:
    if line:
        hard = frag.startswith("HARD: ") or shape in EQUIV_SHAPES
        frag = frag.removeprefix("HARD: ")
        how = "'or equivalent' reference model" if shape in EQUIV_SHAPES else "offered/quoted"
        return RVN, f"{'HARD: ' if hard else ''}{frag}; {how}: {line} [entity: {entity}]"
    if prohib:
        return ICT, f"HARD: {s.note.removeprefix('HARD: ')}; restricted vendors named only in a prohibition sentence"
    return s.label, s.note


def build(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    others = [sh for _, sh in existing_shingles(PREFIX)]  # grows with each accepted document
    docs: list[Doc] = []
    for counter, (s, shape, line, entity, frag, prohib) in enumerate(plans(rng), 1):
        ext = rng.choice(EXTS[shape])
        if shape != "boq" and ext == ".csv":
            ext = ".txt"
        text, _, sh = least_similar(lambda: (BUILDERS[shape](rng, s, make_ctx(rng, s, ext), line, prohib), None), others)
        name = f"{PREFIX}{s.lang}-{shape}-{s.key}-{counter:03d}{ext}"
        text = dress(text, ext)
        others.append(sh)
        label, note = note_for(s, shape, line, entity, frag, prohib)
        docs.append(Doc(s.lang, name, text, label, DOCTYPES[shape], note))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--measure", action="store_true", help="only measure near-duplicates of the existing files")
    a = ap.parse_args(argv)
    if not a.measure:
        docs = build(a.seed)
        write_part(docs, PREFIX, LABELS_FILE, SOURCE, lineterminator="\n")
        counts: dict[tuple[str, str], int] = {}
        for d in docs:
            counts[(d.lang, d.label)] = counts.get((d.lang, d.label), 0) + 1
        print(f"wrote {len(docs)} documents and {LABELS_FILE.name}")
        for (lang, label), k in sorted(counts.items()):
            print(f"  {lang} {label}: {k}")
        for label in (ICT, RVN, OOS):
            k = sum(1 for d in docs if d.label == label)
            print(f"  {label}: {k} ({100 * k / len(docs):.0f}%)")
    n, nd, best, nparts, ndd, best_d = measure(PREFIX)
    print(f"near-duplicates (word 5-shingle Jaccard >= 0.5): {nd} of {n} documents ({100 * nd / max(n, 1):.1f}%), "
          f"part D: {ndd} of {nparts}; highest pair {best:.2f} (with a part-D document: {best_d:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
