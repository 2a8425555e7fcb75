"""Build part C of the tender-triage seed training set: documents shaped like real intake.

Why this part exists: a model trained on sets A and B (short, clean, one-subject documents)
reaches good cross-validated scores but flags too many real out-of-scope documents. Real intake
has shapes the seed set lacked: terse Norwegian Doffin/TED notices (bilingual title, a paragraph
or two, a CPV line) about generic software, health, consultancy, transport and building works;
long US federal solicitations (SF1449 cover, CLIN schedule, PWS, wage determination, dozens of
FAR/DFARS clauses) whose clause sections name Kaspersky, Huawei, ZTE, Hytera, Hikvision and Dahua
although cleaning or chiller maintenance is what is bought; and Vietnamese "tiêu chí kỹ thuật"
criteria tables for vehicles, forklifts or printers. This generator teaches those shapes with the
labelling conventions of the guide (training_data/README.md): what is bought decides the label,
clause boilerplate does not.

How the set is made:
  * Everything is written by hand for this file, natively per language, in pools:
      - nb: about 70 notice subjects (title in Norwegian and English, one to four paragraphs,
        fitting CPV codes taken from the official CPV list), plus procedural notices built from
        smaller pools (procurement calendars mixing many CPV codes, dialogue conferences,
        qualification systems); generic procedure sentences are shared and sampled.
      - en: service and goods subjects (tasks, CLIN items, background) for SOW/PWS-style
        solicitations; ICT subjects (network refresh, video surveillance, P25 radio, SOC, security
        software price proposals with SKU tables); restricted offers (quotes, BOQs, "or
        equivalent" specs naming Hikvision/Dahua/Huawei/ZTE/Hytera/DJI/Kaspersky products, some
        by model number only); a pool of paraphrased FAR/DFARS clause texts (real clause numbers
        and titles, our own wording, two wordings for the 52.204-2x clauses) and general
        solicitation sections. Every solicitation, whatever its label, carries a sampled clause
        section, so the clauses cannot give the label away.
      - vi: criteria tables (STT | tiêu chí | yêu cầu) for goods, ICT equipment and restricted
        reference models, with shared general requirements sampled per document.
  * One document = one plan (label, subject, document shape, buyer, file format). Builders sample
    subsets and orderings of the subject's parts and of the shared pools, and fill numbers
    (quantities, dates, wage rates, prices) at random.
  * Near-duplicate control: every candidate is compared (word 5-shingle Jaccard, lower-cased \\w+
    tokens) with every existing document under training_data/documents (sets A and B included)
    and every part-C document already accepted; a candidate scoring >= 0.45 (a margin under the
    0.5 rule) is redrawn, up to 30 times, keeping the least similar draw. `--measure` reports the
    share of documents with any partner >= 0.5 over the whole set (all of documents/).

Run:  python training_data/tools/build_c.py            (writes documents/*/c-* and tools/parts/labels_c.csv; then tools/merge_labels.py)
      python training_data/tools/build_c.py --measure  (only measures the existing files)
The output is deterministic for a given --seed. Do not hand-edit the generated files: edit the
pools and re-run (the run deletes its own earlier c-* files first).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from seedkit import dress, existing_shingles, least_similar, measure, slug, write_part

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "documents"
LABELS_FILE = ROOT / "tools" / "parts" / "labels_c.csv"  # merged into labels.csv by tools/merge_labels.py
CPV_FILE = ROOT.parents[1] / "shared" / "domain" / "cpv_all_en.tsv"
SOURCE = "seed set written by the tender-triage team"
PREFIX = "c-"
OOS, ICT, RVN = "out_of_scope", "in_scope_ict", "restricted_vendor_named"


@dataclass(frozen=True)
class Doc:
    """One generated document and its label row."""

    lang: str
    name: str  # file name without directory, starts with "c-"
    text: str
    label: str
    doctype: str
    note: str


# =====================================================================================
# nb: Doffin/TED-style notices
# =====================================================================================

NB_BUYERS = (
    "Oslo kommune, Utviklings- og kompetanseetaten", "Bergen kommune", "Trondheim kommune",
    "Stavanger kommune", "Kristiansand kommune", "Tromsø kommune", "Bodø kommune",
    "Helse Sør-Øst RHF", "Helse Vest IKT AS", "Sykehusinnkjøp HF", "Helse Midt-Norge RHF",
    "Statens vegvesen", "Nye Veier AS", "Bane NOR SF", "Sporveien AS", "Ruter AS",
    "Avinor AS", "Statsbygg", "Forsvarsbygg", "Forsvarsmateriell", "Politiets fellestjenester",
    "Direktoratet for forvaltning og økonomistyring (DFØ)", "Skatteetaten", "NAV",
    "Universitetet i Oslo", "NTNU", "Universitetet i Bergen", "UiT Norges arktiske universitet",
    "Vestland fylkeskommune", "Viken fylkeskommune", "Innlandet fylkeskommune",
    "Nordland fylkeskommune", "Agder fylkeskommune", "Rogaland fylkeskommune", "Lillestrøm kommune",
    "Bærum kommune", "Asker kommune", "Drammen kommune", "Fredrikstad kommune", "Sandnes kommune",
    "Ålesund kommune", "Molde kommune", "Hamar kommune", "Gjøvik kommune", "Norsk helsenett SF",
    "Kartverket", "Miljødirektoratet", "Statnett SF", "Enova SF", "Kystverket",
    "Innkjøpssamarbeidet i Vestfold", "Osloregionens innkjøpssamarbeid", "IKT Orkdal IKS",
)

# Generic procedure sentences (nb, en). A notice samples zero to two of them.
NB_PROCEDURE = (
    ("Konkurransen gjennomføres som en åpen anbudskonkurranse etter anskaffelsesforskriften del I og III.",
     "The competition is carried out as an open tender procedure under the Public Procurement Regulations parts I and III."),
    ("Anskaffelsen gjennomføres som konkurranse med forhandling.",
     "The procurement is conducted as a competitive procedure with negotiation."),
    ("Avtalen inngås for to år med opsjon på forlengelse i inntil ett plus ett år.",
     "The contract is concluded for two years with an option to extend by up to one plus one year."),
    ("Rammeavtalen har en varighet på fire år, og det er ingen forpliktelse til å kjøpe et bestemt volum.",
     "The framework agreement runs for four years, with no commitment to purchase a given volume."),
    ("Tildeling skjer på grunnlag av beste forhold mellom pris og kvalitet.",
     "The contract is awarded on the basis of the best price-quality ratio."),
    ("Tilbud skal leveres elektronisk via Mercell innen fristen.",
     "Tenders must be submitted electronically via Mercell before the deadline."),
    ("Konkurransegrunnlaget med vedlegg er tilgjengelig i KGV.",
     "The tender documents and annexes are available in KGV."),
    ("Leverandøren må være registrert i Foretaksregisteret og oppfylle krav til skatt og merverdiavgift.",
     "The supplier must be registered in the Register of Business Enterprises and meet requirements on tax and VAT."),
    ("Oppdragsgiver stiller krav om lønns- og arbeidsvilkår i tråd med forskrift om lønns- og arbeidsvilkår i offentlige kontrakter.",
     "The contracting authority requires pay and working conditions in line with the regulation on pay and working conditions in public contracts."),
    ("Det er mulig å gi tilbud på én eller flere delkontrakter.",
     "Tenders may be submitted for one or more lots."),
    ("Anskaffelsen er ikke delt i delkontrakter fordi leveransen må ses i sammenheng.",
     "The procurement is not divided into lots because the delivery must be seen as a whole."),
    ("Klimaavtrykk vektes med minst 30 prosent i tildelingen.",
     "Climate footprint is weighted at least 30 percent in the award."),
    ("Spørsmål til konkurransen stilles skriftlig gjennom meldingsfunksjonen i konkurransegjennomføringsverktøyet.",
     "Questions about the competition must be asked in writing through the messaging function of the tendering tool."),
    ("Oppdragsgiver forbeholder seg retten til å avlyse konkurransen dersom det foreligger saklig grunn.",
     "The contracting authority reserves the right to cancel the competition on objective grounds."),
    ("Estimert verdi er oppgitt eksklusive merverdiavgift og inkluderer opsjoner.",
     "The estimated value is stated excluding VAT and includes options."),
    ("Kontraktstandard er SSA-V med bilag.",
     "The contract standard is SSA-V with annexes."),
    ("Kontrakten reguleres av NS 8406.",
     "The contract is governed by NS 8406."),
    ("Tilbudsbefaring avholdes etter avtale.",
     "A site inspection is held by appointment."),
)

# Notice subjects: (key, label, title_nb, title_en, [(para_nb, para_en or "")...], cpv codes, note)
# Out of scope first.
NB_SUBJECTS = [
    ("digital-patologi", OOS, "Anskaffelse av system for digital patologi", "Procurement of a digital pathology system",
     [("Helseforetakene skal anskaffe en løsning for digital patologi som omfatter skanning av vevssnitt, visning, lagring av bilder og integrasjon mot laboratoriedatasystemet.",
       "The health trusts will procure a digital pathology solution covering slide scanning, viewing, image storage and integration with the laboratory information system."),
      ("Løsningen skal støtte diagnostisk arbeid på skjerm og samarbeid mellom patologer på tvers av sykehus.", "")],
     ["48180000", "33100000", "72260000", "48814000"], "HARD: health IT software and scanners; no network, surveillance or security equipment bought"),
    ("e-eksamen", OOS, "Digitalt system for eksamen og prøver", "Digital system for exams and tests",
     [("Utdanningsetaten ønsker å inngå avtale om et skybasert system for gjennomføring av digitale prøver, inkludert oppgaveproduksjon, sensur og arkivering.",
       "The education agency wishes to contract a cloud-based system for digital tests, including item authoring, grading and archiving."),
      ("Systemet skal være universelt utformet og fungere i nettleser på elevenes egne maskiner.", "")],
     ["48190000", "72260000", "80420000"], "HARD: e-testing software as a service; generic software is out of scope"),
    ("erp-okonomi", OOS, "Nytt ERP-system for økonomi, lønn og innkjøp", "New ERP system for finance, payroll and purchasing",
     [("Kommunen skal erstatte dagens økonomisystem med et integrert ERP-system for regnskap, fakturabehandling, innkjøp, lønn og personal.",
       "The municipality will replace its finance system with an integrated ERP for accounting, invoice handling, purchasing, payroll and HR."),
      ("Leveransen omfatter lisenser, implementering, konvertering av historiske data, opplæring og forvaltning i kontraktsperioden.",
       "The delivery includes licences, implementation, conversion of historical data, training and maintenance during the contract period.")],
     ["48440000", "48450000", "72263000", "72260000", "48000000"], "HARD: ERP software; generic business software is out of scope"),
    ("saksbehandling", OOS, "Sak- og arkivsystem", "Case management and archive system",
     [("Fylkeskommunen har behov for et nytt sak- og arkivsystem som oppfyller Noark 5 og støtter digital postgang, møtebehandling og innsyn.",
       "The county needs a new case and records system compliant with Noark 5, supporting digital mail, meeting handling and public access.")],
     ["48311100", "48000000", "72212311", "72260000"], "HARD: case management software; out of scope"),
    ("hpc-klynge", OOS, "Beregningsklynge for forskning", "High-performance computing cluster for research",
     [("Universitetet skal anskaffe en ny beregningsklynge med om lag 400 beregningsnoder, GPU-noder for maskinlæring, parallelt filsystem og installasjon i eksisterende datasal.",
       "The university will acquire a new compute cluster with about 400 compute nodes, GPU nodes for machine learning, a parallel file system and installation in the existing data hall."),
      ("Tilbudet skal omfatte drift og vedlikehold i fem år, samt energieffektiv kjøling.", "")],
     ["30211100", "30211000", "48820000", "50312000"], "HARD: HPC/compute cluster; compute without network or security products is out of scope by convention"),
    ("elaering", OOS, "Plattform for e-læring og kompetanseutvikling", "E-learning and competence platform",
     [("Virksomheten skal anskaffe en læringsplattform for kurs, sertifiseringer og kompetanseoversikt for om lag 6 000 ansatte.",
       "The organisation will procure a learning platform for courses, certifications and competence tracking for about 6,000 employees."),
      ("Det skal også leveres et bibliotek av ferdige kurs innen ledelse, HMS og personvern.", "")],
     ["80420000", "48190000", "72260000"], "e-learning platform; generic software"),
    ("konsulent-anskaffelse", OOS, "Rammeavtale om rådgivning innen anskaffelser", "Framework agreement for procurement advisory services",
     [("Avtalen gjelder bistand til planlegging og gjennomføring av anskaffelser, kontraktsoppfølging og analyse av innkjøpsdata.",
       "The agreement covers support with planning and conducting procurements, contract management and analysis of purchasing data.")],
     ["79411000", "79418000", "79400000"], "consultancy"),
    ("organisasjonsutvikling", OOS, "Rådgivning i organisasjonsutvikling og lederstøtte", "Organisational development and leadership advisory",
     [("Det skal inngås rammeavtale med inntil tre leverandører om prosessledelse, lederutvikling og bistand i omstillingsprosesser.",
       "A framework agreement will be concluded with up to three suppliers for facilitation, leadership development and support in change processes.")],
     ["79410000", "79414000", "79633000"], "consultancy"),
    ("pasienttransport", OOS, "Pasientreiser med drosje", "Patient transport by taxi",
     [("Sykehuset skal inngå avtaler om pasientreiser med drosje og tilrettelagt transport i opptaksområdet, fordelt på seks geografiske delkontrakter.",
       "The hospital will contract patient journeys by taxi and adapted transport within its catchment area, in six geographical lots."),
      ("Leverandøren skal benytte oppdragsgivers bestillingsløsning og rapportere kjøretid og ventetid.", "")],
     ["60120000", "60130000", "85143000"], "transport service"),
    ("skoleskyss", OOS, "Skoleskyss med buss", "School transport by bus",
     [("Fylkeskommunen lyser ut skoleskyss for grunnskoleelever på fem ruteområder fra skoleåret 2025/2026.",
       "The county invites tenders for school transport of primary pupils on five route areas from the 2025/2026 school year."),
      ("Kjøretøy skal være lavutslipp eller nullutslipp og ha belte på alle seter.", "")],
     ["60112000", "60130000", "60140000"], "transport service"),
    ("elbusser", OOS, "Kjøp av elektriske bybusser", "Purchase of electric city buses",
     [("Selskapet skal kjøpe inntil 60 elektriske leddbusser med ladeutstyr for depot og opplæring av sjåfører og verkstedpersonell.",
       "The company will buy up to 60 electric articulated buses with depot charging equipment and training for drivers and workshop staff.")],
     ["34144900", "34121000", "31681500"], "vehicles"),
    ("legemidler", OOS, "Legemidler til sykehus, anbudsområde blodsykdommer", "Pharmaceuticals for hospitals, haematology area",
     [("Anskaffelsen omfatter legemidler til behandling av blodsykdommer for alle helseforetak, med levering til sykehusapotekene.",
       "The procurement covers medicines for haematological conditions for all health trusts, delivered to the hospital pharmacies.")],
     ["33600000", "33690000"], "medicines"),
    ("ultralyd", OOS, "Ultralydapparater til fødeavdelinger", "Ultrasound scanners for maternity wards",
     [("Helseforetaket skal kjøpe 14 ultralydapparater med transdusere, service og brukeropplæring.",
       "The trust will buy 14 ultrasound scanners with transducers, service and user training."),
      ("Utstyret skal kunne sende bilder til eksisterende bildearkiv (PACS).", "")],
     ["33112200", "33100000", "50421000"], "HARD: medical devices that send images to PACS; not surveillance or network equipment"),
    ("pasientvarsling", OOS, "Pasientsignalanlegg og pasientmonitorering", "Nurse call and patient monitoring",
     [("Leveransen gjelder pasientsignalanlegg med trådløse varslingsenheter til pleiepersonell og monitorering av vitale parametere på sengeposter.",
       "The delivery covers a nurse call system with wireless alert handsets for nursing staff and vital-signs monitoring on wards.")],
     ["33195000", "33195100", "31625200"], "HARD: patient monitoring and nurse call; medical, not telecom/network equipment"),
    ("velferdsteknologi", OOS, "Velferdsteknologi: digitalt tilsyn og trygghetsalarmer", "Welfare technology: digital supervision and safety alarms",
     [("Kommunene i samarbeidet skal anskaffe trygghetsalarmer, fallsensorer, digitale medisindispensere og tilhørende responssenter for hjemmeboende.",
       "The cooperating municipalities will procure safety alarms, fall sensors, digital medicine dispensers and an associated response centre for people living at home."),
      ("Løsningene skal integreres med journalsystemet i pleie- og omsorgstjenesten.", "")],
     ["33196200", "85312400", "48814000"], "HARD: welfare technology (alarms, sensors); not a restricted equipment kind"),
    ("renhold", OOS, "Renholdstjenester for kommunale bygg", "Cleaning services for municipal buildings",
     [("Avtalen omfatter daglig renhold, periodisk renhold og vindusvask i skoler, barnehager og administrasjonsbygg, om lag 85 000 kvadratmeter.",
       "The agreement covers daily cleaning, periodic cleaning and window cleaning in schools, kindergartens and offices, about 85,000 square metres.")],
     ["90910000", "90911200", "90911300"], "cleaning"),
    ("vakthold", OOS, "Vektertjenester og mobil vakt", "Security guarding and mobile patrols",
     [("Leverandøren skal levere stasjonært vakthold i resepsjon, mobile runder og utrykning på alarm til kommunens bygg.",
       "The supplier shall provide static guarding at reception, mobile patrols and alarm response for the municipality's buildings."),
      ("Vekterne skal ha radio og mobiltelefon som leverandøren holder.", "")],
     ["79713000", "79714000", "79715000"], "HARD: guarding services; guards' radios are the contractor's tools"),
    ("adgangskontroll-toppsystem", OOS, "Leverandørkonferanse: toppsystem for adgangskontroll", "Supplier conference: access control master system",
     [("Vi inviterer til leverandørkonferanse om et felles toppsystem for adgangskontroll og nøkkelhåndtering i alle kommunale bygg, som skal erstatte flere lokale systemer.",
       "We invite suppliers to a conference on a common access-control and key-management master system for all municipal buildings, replacing several local systems."),
      ("Formålet er å få innspill til kravspesifikasjon, kontraktsform og overgang fra eksisterende kortlesere.", "")],
     ["42961000", "79711000", "72000000"], "HARD: access-control-only system; out of scope by convention"),
    ("nokkelsystem", OOS, "Elektroniske låser og nøkkelbokser til hjemmetjenesten", "Electronic locks and key boxes for home care",
     [("Anskaffelsen gjelder digitale nøkkelbokser og elektroniske dørlåser som hjemmetjenesten åpner med app.",
       "The procurement covers digital key boxes and electronic door locks opened by home-care staff with an app.")],
     ["44521120", "42961000", "48000000"], "HARD: access control/locks only; out of scope by convention"),
    ("nettstasjoner", OOS, "Rammeavtale for nettstasjoner og kabelskap", "Framework agreement for secondary substations and cable cabinets",
     [("Nettselskapet skal inngå rammeavtale om levering av prefabrikkerte nettstasjoner, transformatorer og lavspente kabelskap til distribusjonsnettet.",
       "The grid company will conclude a framework agreement for prefabricated secondary substations, transformers and low-voltage cable cabinets for the distribution grid."),
      ("Leveransen skal omfatte transport til anvist sted og dokumentasjon.", "")],
     ["31214000", "31170000", "31200000"], "HARD: 'nettstasjoner' are electrical substations, not network equipment"),
    ("hoyspent", OOS, "Bygging av høyspentlinje og kabelanlegg", "Construction of a high-voltage line and cable installation",
     [("Entreprisen omfatter riving av eksisterende 22 kV luftlinje og bygging av ny jordkabel med tilhørende grøfter og kabelskjøter.",
       "The contract covers dismantling an existing 22 kV overhead line and building a new underground cable with trenches and joints.")],
     ["45231400", "45315000", "31321000"], "electricity works"),
    ("kommunenettverk", OOS, "Prosessveiledning for kommunenettverk for klimatilpasning", "Facilitation of a municipal network for climate adaptation",
     [("Statsforvalteren søker en leverandør som kan lede et kommunenettverk der tolv kommuner utveksler erfaringer om klimatilpasning og overvannshåndtering.",
       "The county governor seeks a supplier to lead a network of twelve municipalities exchanging experience on climate adaptation and stormwater."),
      ("Oppdraget omfatter fire samlinger, faglige innlegg og en sluttrapport.", "")],
     ["79411100", "90700000", "79952000"], "HARD: a 'network' of municipalities, not a data network"),
    ("kulturskole-nettverk", OOS, "Nettverk for kulturskoleutvikling", "Network for arts school development",
     [("Oppdraget er å drive et regionalt nettverk for kulturskoler med samlinger, veiledning og digital erfaringsdeling.",
       "The assignment is to run a regional network for arts schools with gatherings, mentoring and digital experience sharing.")],
     ["80500000", "79952000"], "HARD: a professional network, not ICT"),
    ("skolebygg", OOS, "Totalentreprise ny barneskole", "Design-and-build contract for a new primary school",
     [("Kommunen skal bygge en ny barneskole for 500 elever med flerbrukshall, i passivhusstandard.",
       "The municipality will build a new primary school for 500 pupils with a multi-purpose hall, to passive-house standard."),
      ("Totalentreprenøren skal prosjektere og bygge alle fag, herunder elektro, tele og data, ventilasjon og sanitær.",
       "The design-and-build contractor designs and builds all trades, including electrical, telecom and data cabling, ventilation and plumbing.")],
     ["45214210", "45210000", "71000000"], "HARD: building works whose electrical trade includes data cabling; the building is what is bought"),
    ("sykehjem-rehab", OOS, "Rehabilitering av sykehjem, byggetrinn 2", "Refurbishment of a nursing home, phase 2",
     [("Arbeidene omfatter riving av innvendige vegger, nye bad, nytt ventilasjonsanlegg, ny brannalarm og oppgradering av elektriske anlegg.",
       "The works include demolition of interior walls, new bathrooms, new ventilation, a new fire alarm and upgrading of electrical installations.")],
     ["45215213", "45453000", "45331210"], "HARD: construction with fire alarm and electrics"),
    ("vegvedlikehold", OOS, "Driftskontrakt veg 2025-2030", "Road operation and maintenance contract 2025-2030",
     [("Kontrakten omfatter vinterdrift, vedlikehold av grøfter, skilt og rekkverk, samt oppfølging av vegbelysning i kontraktsområdet.",
       "The contract covers winter operations, maintenance of ditches, signs and guardrails, and follow-up of road lighting in the area.")],
     ["45233141", "90620000", "45233290"], "road maintenance"),
    ("kantine", OOS, "Kantinedrift for regionkontor", "Canteen operation for regional office",
     [("Leverandøren skal drive kantinen med frokost og lunsj for om lag 300 ansatte, og levere møtemat.",
       "The supplier shall run the canteen with breakfast and lunch for about 300 staff and supply meeting catering.")],
     ["55511000", "55520000", "15800000"], "catering"),
    ("mobler", OOS, "Møbler til nytt kontorbygg", "Furniture for a new office building",
     [("Anskaffelsen omfatter arbeidsbord med hev-senk, kontorstoler, møteromsmøbler og stillerom, inkludert montering.",
       "The procurement covers sit-stand desks, office chairs, meeting room furniture and quiet rooms, including assembly.")],
     ["39130000", "39112000", "39100000"], "furniture"),
    ("tolketjenester", OOS, "Tolketjenester ved oppmøte og video", "Interpreting services on site and by video",
     [("Avtalen gjelder tolking på over 40 språk ved oppmøte, telefon og skjermtolking for helse- og velferdstjenestene.",
       "The agreement covers interpreting in more than 40 languages in person, by telephone and by screen for health and welfare services.")],
     ["79540000", "79530000"], "HARD: interpreting by telephone/video; the service bought is interpreting"),
    ("trykk", OOS, "Trykksaker og grafisk produksjon", "Printed matter and graphic production",
     [("Rammeavtalen omfatter design, trykk og distribusjon av brosjyrer, plakater, årsrapporter og profilartikler.",
       "The framework covers design, printing and distribution of brochures, posters, annual reports and promotional items.")],
     ["79800000", "79810000", "22100000"], "printing"),
    ("skrivere", OOS, "Skrivertjeneste og multifunksjonsmaskiner", "Managed print and multifunction devices",
     [("Leverandøren skal levere, drifte og vedlikeholde om lag 350 multifunksjonsmaskiner med sikker utskrift via adgangskort.",
       "The supplier will provide, operate and maintain about 350 multifunction devices with secure print release by access card.")],
     ["30120000", "30232110", "50313000"], "HARD: managed print; ICT-adjacent, not a restricted kind"),
    ("pc-elever", OOS, "Bærbare datamaskiner til elever", "Laptops for pupils",
     [("Avtalen gjelder kjøp eller leie av bærbare PC-er og nettbrett til elever i videregående skole, med forsikring og reparasjon.",
       "The agreement covers purchase or lease of laptops and tablets for upper-secondary pupils, with insurance and repair.")],
     ["30213100", "30213200", "50320000"], "HARD: laptops and tablets; ICT-adjacent, not a restricted kind"),
    ("nettside", OOS, "Ny nettside og publiseringsløsning", "New website and content management",
     [("Vi skal anskaffe en ny publiseringsløsning for kommunens nettsider med design, innholdsmigrering og universell utforming.",
       "We will acquire a new content management solution for the municipal website with design, content migration and accessibility.")],
     ["72413000", "72212224", "48000000"], "website; generic software"),
    ("apotek-system", OOS, "Journalsystem for tannhelsetjenesten", "Patient record system for public dental service",
     [("Tannhelsetjenesten trenger et nytt journalsystem med timebok, røntgenintegrasjon og elektronisk oppgjør med HELFO.",
       "The dental service needs a new patient record system with booking, X-ray integration and electronic settlement with HELFO."),
      ("Systemet skal leveres som skytjeneste med databehandleravtale.", "")],
     ["48814000", "72260000", "48180000"], "HARD: health IT software"),
    ("radgivning-ikt-strategi", OOS, "Bistand til IKT-strategi og gevinstrealisering", "Support for an ICT strategy and benefits realisation",
     [("Konsulenten skal bistå med kartlegging av dagens systemportefølje, utarbeide en digitaliseringsstrategi og en plan for gevinstrealisering.",
       "The consultant will map the current application portfolio, draft a digitalisation strategy and a benefits realisation plan.")],
     ["72220000", "72221000", "79411000"], "HARD: IT strategy consultancy; no equipment or security services"),
    ("systemutvikling", OOS, "Rammeavtale systemutvikling og smidige team", "Framework agreement for software development and agile teams",
     [("Avtalen skal dekke behov for utviklere, testere, tjenestedesignere og arkitekter som arbeider i oppdragsgivers smidige team.",
       "The agreement covers developers, testers, service designers and architects working in the client's agile teams."),
      ("Oppdragene avropes ved minikonkurranse.", "")],
     ["72200000", "72212000", "72230000"], "software development services"),
    ("bibliotek", OOS, "Biblioteksystem for folkebibliotekene", "Library system for public libraries",
     [("Folkebibliotekene i fylket skal anskaffe et felles biblioteksystem med katalog, utlån, selvbetjening og integrasjon mot nasjonale tjenester.",
       "The county's public libraries will procure a common library system with catalogue, lending, self-service and integration with national services.")],
     ["48161000", "72260000"], "library software"),
    ("flyttetjenester", OOS, "Flyttetjenester og lagring", "Removal and storage services",
     [("Avtalen gjelder kontorflytting, flytting av inventar mellom bygg og mellomlagring av møbler og arkiv.",
       "The agreement covers office moves, moving of furniture between buildings and interim storage of furniture and archives.")],
     ["60000000", "63121000", "98392000"], "removal services"),
    ("snorydding", OOS, "Brøyting og strøing av kommunale eiendommer", "Snow clearing and gritting of municipal properties",
     [("Oppdraget omfatter brøyting, strøing og snøbortkjøring på skoler, sykehjem og parkeringsplasser i fire soner.",
       "The assignment covers ploughing, gritting and snow removal at schools, nursing homes and car parks in four zones.")],
     ["90620000", "90630000"], "winter maintenance"),
    ("arkeologi", OOS, "Arkeologiske registreringer", "Archaeological surveys",
     [("Fylkeskommunen søker leverandør av maskinell sjakting og graving i forbindelse med arkeologiske registreringer.",
       "The county seeks a supplier of machine trenching and excavation for archaeological surveys.")],
     ["45112000", "71351914"], "earthworks"),
    ("ladeinfrastruktur", OOS, "Ladepunkter for kommunale tjenestebiler", "Charge points for municipal fleet cars",
     [("Anskaffelsen gjelder levering, installasjon og drift av om lag 200 ladepunkter med lastbalansering og backendsystem for fakturering.",
       "The procurement covers supply, installation and operation of about 200 charge points with load balancing and a billing back end.")],
     ["31158000", "45310000", "48000000"], "HARD: EV charging with a billing back end; not telecom equipment"),
]

NB_SUBJECTS += [
    ("gradert-informasjonssystem", ICT, "Drift av gradert informasjonssystem", "Operation of a classified information system",
     [("Direktoratet skal inngå avtale om drift og forvaltning av et gradert informasjonssystem, inkludert lokalnett, kryptoutstyr, brannmurer og sikkerhetsovervåking.",
       "The directorate will contract operation and management of a classified information system, including local network, crypto equipment, firewalls and security monitoring."),
      ("Leverandørens personell må kunne sikkerhetsklareres.", "")],
     ["72514000", "72710000", "48730000", "79714000"], "operation incl. network and security equipment and monitoring"),
    ("wifi-skoler", ICT, "Trådløst nett i grunnskolene", "Wireless network in primary schools",
     [("Kommunen skal oppgradere det trådløse nettet i 34 skoler med nye aksesspunkter (Wi-Fi 6E), kontrollere og PoE-svitsjer.",
       "The municipality will upgrade the wireless network in 34 schools with new access points (Wi-Fi 6E), controllers and PoE switches."),
      ("Leveransen omfatter dekningsmåling, installasjon og fem års support.", "")],
     ["32420000", "32422000", "45314300", "32412100"], "Wi-Fi and switches"),
    ("lan-rammeavtale", ICT, "Rammeavtale aktivt nettverksutstyr", "Framework agreement for active network equipment",
     [("Rammeavtalen omfatter svitsjer, rutere, trådløse aksesspunkter og tilhørende lisenser og support for helseforetakenes lokalnett.",
       "The framework covers switches, routers, wireless access points and related licences and support for the trusts' local networks.")],
     ["32420000", "32413100", "32424000", "50312300"], "network equipment"),
    ("kameraovervaking-stasjoner", ICT, "Kameraovervåking på stasjoner og holdeplasser", "Video surveillance at stations and stops",
     [("Det skal etableres kameraovervåking med IP-kameraer, videoopptakere og videohåndteringssystem på 28 stasjoner.",
       "Video surveillance with IP cameras, video recorders and a video management system will be installed at 28 stations."),
      ("Bildene skal kunne ses fra driftssentralen, og lagringstiden skal følge personvernregelverket.", "")],
     ["32323500", "35125300", "45312000"], "CCTV/VMS"),
    ("bybane-teknisk", ICT, "Bybanen byggetrinn 4: tekniske systemer", "Light rail stage 4: technical systems",
     [("Delkontrakt for tekniske systemer omfatter signalanlegg, kommunikasjonssystemer, radio for drift, videoovervåking på holdeplasser og fiberbasert transportnett.",
       "The technical systems lot covers signalling, communication systems, operational radio, video surveillance at stops and a fibre transport network."),
      ("Øvrige delkontrakter gjelder sporarbeid og kontaktledning.", "")],
     ["32323500", "32412000", "34632300", "45234100"], "HARD: mixed transport project; one lot buys video surveillance, radio and communication network"),
    ("nodnett-terminaler", ICT, "Radioterminaler for Nødnett", "Radio terminals for the emergency network",
     [("Brannvesenet skal kjøpe TETRA-håndterminaler, kjøretøymonterte terminaler og tilbehør for Nødnett.",
       "The fire service will buy TETRA handheld terminals, vehicle-mounted terminals and accessories for the national emergency network.")],
     ["32344210", "32344110", "32342412"], "TETRA radio"),
    ("brannmur-soc", ICT, "Neste generasjons brannmurer og sikkerhetsovervåking", "Next-generation firewalls and security monitoring",
     [("Anskaffelsen omfatter brannmurklynger for to datasentre, administrasjonsløsning og en døgnbemannet sikkerhetsovervåkingstjeneste (SOC).",
       "The procurement covers firewall clusters for two data centres, management software and a 24/7 security operations centre service.")],
     ["48730000", "72212730", "79714000", "32420000"], "firewalls and SOC"),
    ("endepunkt", ICT, "Endepunktbeskyttelse og EDR", "Endpoint protection and EDR",
     [("Vi skal anskaffe lisenser for endepunktbeskyttelse med deteksjon og respons (EDR) for 9 000 klienter og servere, inkludert overvåking av hendelser.",
       "We will buy endpoint protection licences with detection and response (EDR) for 9,000 clients and servers, including incident monitoring.")],
     ["48760000", "48761000", "48730000"], "security software"),
    ("mobiltelefoni", ICT, "Mobil- og datakommunikasjonstjenester", "Mobile and data communication services",
     [("Avtalen gjelder mobiltelefoni, mobilt bredbånd og M2M-abonnementer for alle enheter i kommunen, om lag 7 500 abonnement.",
       "The agreement covers mobile telephony, mobile broadband and M2M subscriptions for all municipal units, about 7,500 subscriptions.")],
     ["64212000", "64200000", "64216000"], "telecom services"),
    ("wan-samband", ICT, "Datakommunikasjon mellom kommunale lokasjoner", "Data communication between municipal sites",
     [("Tjenesten omfatter fiberbasert samband (WAN) mellom 120 lokasjoner, internettaksess, DDoS-beskyttelse og redundante rutere på hovedlokasjonene.",
       "The service covers fibre WAN links between 120 sites, internet access, DDoS protection and redundant routers at the main sites.")],
     ["64210000", "72720000", "32413100"], "WAN/telecom services"),
    ("droner-politi", ICT, "Droner med varmekamera for redningstjenesten", "Drones with thermal camera for rescue services",
     [("Etaten skal kjøpe 12 droner med varmekamera og zoom, ekstra batterier og opplæring av piloter. Dronene skal ikke sende data til skytjenester utenfor EØS.",
       "The agency will buy 12 drones with thermal and zoom cameras, spare batteries and pilot training. The drones must not send data to cloud services outside the EEA.")],
     ["35613000", "34711200", "80530000"], "drones"),
    ("iot-sensorer", ICT, "Mobilrutere og IoT-moduler for målere", "Cellular routers and IoT modules for meters",
     [("Vannverket trenger industrielle 4G/5G-rutere og mobilmoduler til fjernavlesing av målere og pumpestasjoner.",
       "The waterworks needs industrial 4G/5G routers and cellular modules for remote reading of meters and pumping stations.")],
     ["32413100", "32412100", "64216000"], "cellular routers/modules"),
    ("sikkerhetstjenester", ICT, "Sikkerhetstjenester: sårbarhetsskanning og hendelseshåndtering", "Security services: vulnerability scanning and incident response",
     [("Oppdraget omfatter løpende sårbarhetsskanning, penetrasjonstester og beredskap for hendelseshåndtering døgnet rundt.",
       "The assignment covers continuous vulnerability scanning, penetration tests and 24/7 incident response readiness.")],
     ["72212730", "79714000", "72810000"], "security operations services"),
    ("datasenter-nett", ICT, "Nettverk og lagring for nytt datasenter", "Network and storage for a new data centre",
     [("Leveransen gjelder kjernesvitsjer, lagringssystem, servere for virtualisering og installasjon i nytt datasenter.",
       "The delivery covers core switches, a storage system, servers for virtualisation and installation in a new data centre.")],
     ["32420000", "30233000", "48820000"], "network and storage"),
    ("kommunikasjon-tunnel", ICT, "Nødradio og kommunikasjon i tunneler", "Emergency radio and communication in tunnels",
     [("Entreprisen omfatter radiodekning for Nødnett og kringkasting i tre tunneler, med antenner, lekk-kabel og kamera for hendelsesdeteksjon.",
       "The contract covers emergency-network and broadcast radio coverage in three tunnels, with antennas, leaky feeder cable and cameras for incident detection.")],
     ["32344210", "32323500", "45314000"], "radio and cameras in tunnels"),
    ("ptt-mobil", ICT, "Push-to-talk og digitale radioer for havneterminal", "Push-to-talk and digital radios for a port terminal",
     [("Havnen skal anskaffe DMR-radioer, repeatere og en push-to-talk-løsning over mobilnett for terminalarbeidere.",
       "The port will acquire DMR radios, repeaters and a push-to-talk over cellular solution for terminal workers.")],
     ["32344210", "32344280", "64212000"], "DMR radio"),
    # restricted vendor named: the restricted product is what is bought
    ("hikvision-tildeling", RVN, "Kunngjøring av kontrakt: kameraer til parkeringshus", "Contract award: cameras for car parks",
     [("Kontrakten er tildelt lokal installatør for levering av 64 Hikvision DS-2CD2386G2-IU nettverkskameraer og to opptakere av typen DS-7732NXI-K4.",
       "The contract was awarded to a local installer for 64 Hikvision DS-2CD2386G2-IU network cameras and two DS-7732NXI-K4 recorders.")],
     ["35125300", "32323500"], "Hikvision cameras and NVRs are the purchased product"),
    ("huawei-rutere", RVN, "Direkte anskaffelse av rutere", "Direct award of routers",
     [("Oppdragsgiver har tildelt kontrakt uten forutgående kunngjøring for utvidelse av eksisterende nett med Huawei NetEngine AR6140-rutere, fordi utstyret må være kompatibelt med installert base.",
       "The contracting authority has awarded a contract without prior publication for extending the existing network with Huawei NetEngine AR6140 routers, as the equipment must be compatible with the installed base.")],
     ["32413100", "32420000"], "HARD: award notice; Huawei routers bought for compatibility"),
    ("hytera-radio", RVN, "Digitale radioer til vaktselskap i havnen", "Digital radios for port security",
     [("Kontrakten gjelder 40 Hytera PD985-håndradioer, to repeatere og programmering.",
       "The contract covers 40 Hytera PD985 handheld radios, two repeaters and programming.")],
     ["32344210"], "Hytera radios purchased"),
    ("dji-droner", RVN, "Droner til kartlegging", "Drones for mapping",
     [("Kommunens geodataavdeling skal kjøpe to DJI Matrice 350 RTK med Zenmuse L2-sensor for kartlegging og inspeksjon.",
       "The municipal GIS department will buy two DJI Matrice 350 RTK with Zenmuse L2 sensor for mapping and inspection.")],
     ["35613000", "38520000"], "DJI drones purchased"),
    ("kaspersky-lisenser", RVN, "Fornyelse av antiviruslisenser", "Renewal of antivirus licences",
     [("Avtalen gjelder fornyelse av 1 200 lisenser Kaspersky Endpoint Security for Business Select for tre år.",
       "The agreement covers renewal of 1,200 Kaspersky Endpoint Security for Business Select licences for three years.")],
     ["48760000", "48761000"], "Kaspersky licences renewed"),
    ("zte-cpe", RVN, "Fiberbredbånd til omsorgsboliger", "Fibre broadband for sheltered housing",
     [("Leveransen omfatter fiberaksess og ZTE ZXHN F670L ONT-er i hver leilighet, med installasjon og drift.",
       "The delivery includes fibre access and ZTE ZXHN F670L ONTs in each flat, with installation and operation.")],
     ["64210000", "32420000"], "ZTE ONTs supplied"),
    ("dahua-skoler", RVN, "Videoovervåking av skolegårder", "Video surveillance of school yards",
     [("Referanseprodukt: Dahua IPC-HFW5442E-ZE eller tilsvarende. Tilbyder som tilbyr tilsvarende skal dokumentere likeverdig ytelse.",
       "Reference product: Dahua IPC-HFW5442E-ZE or equivalent. Bidders offering an equivalent must document equal performance.")],
     ["35125300", "32323500", "45312000"], "HARD: 'or equivalent' specification written around a Dahua reference model"),
    ("huawei-wifi", RVN, "Utvidelse av trådløst nett på campus", "Extension of campus wireless network",
     [("Universitetet skal kjøpe 180 aksesspunkter av typen AirEngine 5761-21 og lisenser til eksisterende kontroller.",
       "The university will buy 180 AirEngine 5761-21 access points and licences for the existing controller.")],
     ["32422000", "32420000"], "HARD: Huawei product line named without the vendor name"),
    ("ezviz-barnehager", RVN, "Kameraer for innvendig tilsyn i lager", "Indoor cameras for storerooms",
     [("Innkjøpet gjelder 30 EZVIZ C6N Wi-Fi-kameraer med skylagring til lagerrom i driftsavdelingen.",
       "The purchase covers 30 EZVIZ C6N Wi-Fi cameras with cloud storage for storerooms in the operations department.")],
     ["35125300"], "HARD: EZVIZ is a Hikvision brand; cameras bought"),
    ("hisilicon-opptaker", RVN, "Tildeling: sikkerhetskameraer for bussdepot", "Award: security cameras for bus depot",
     [("Valgt løsning består av HiWatch IPC-B140H-kameraer og en HiLook NVR-108MH-C-opptaker, levert av installatøren.",
       "The chosen solution consists of HiWatch IPC-B140H cameras and a HiLook NVR-108MH-C recorder supplied by the installer.")],
     ["35125300", "32323500"], "HARD: Hikvision sub-brands HiWatch/HiLook supplied"),
]

# Subject-specific extra sentences that may follow the paragraphs of flagged and generic notices.
NB_ICT_EXTRA = (
    ("Utstyr og tjenester skal oppfylle Nasjonal sikkerhetsmyndighets grunnprinsipper for IKT-sikkerhet.",
     "Equipment and services shall meet the National Security Authority's basic ICT security principles."),
    ("Leverandøren skal dokumentere leverandørkjeden for all maskinvare som leveres.",
     "The supplier shall document the supply chain for all hardware delivered."),
    ("Oppdragsgiver vil gjennomføre en sikkerhetsvurdering av tilbudt utstyr før kontraktsinngåelse.",
     "The contracting authority will carry out a security assessment of the offered equipment before signing."),
    ("Drift og support skal kunne leveres fra Norge eller EØS.", "Operation and support must be delivered from Norway or the EEA."),
)

# Pools for procedural notices.
NB_CALENDAR_LINES = (
    ("Renhold", ["90910000", "90911200"]), ("Matvarer", ["15000000", "15800000"]), ("Møbler", ["39100000"]),
    ("Byggentrepriser", ["45210000", "45000000"]), ("Rådgivende ingeniører", ["71300000", "71310000"]),
    ("Arkitekttjenester", ["71200000"]), ("Kontorrekvisita", ["30190000"]), ("Arbeidstøy", ["18100000"]),
    ("IKT-konsulenter", ["72000000", "72200000"]), ("Programvarelisenser", ["48000000"]),
    ("Nettverksutstyr", ["32420000"]), ("Datamaskiner", ["30213000"]), ("Telefoni", ["64200000"]),
    ("Drivstoff", ["09130000"]), ("Kjøretøy", ["34100000"]), ("Vintervedlikehold", ["90620000"]),
    ("Avfallshåndtering", ["90500000"]), ("Juridiske tjenester", ["79100000"]), ("Revisjon", ["79212000"]),
    ("Bedriftshelsetjeneste", ["85147000"]), ("Reisetjenester", ["63510000"]), ("Forsikring", ["66510000"]),
    ("Medisinsk forbruksmateriell", ["33140000"]), ("Skoleskyss", ["60112000"]), ("Trykk", ["79810000"]),
    ("Vaktselskap", ["79713000"]), ("Elektrisk kraft", ["09310000"]), ("Lekeplassutstyr", ["37535200"]),
    ("Kameraovervåking", ["35125300"]), ("Heis og rulletrapp", ["42416100", "50750000"]),
    ("Ventilasjon", ["45331210"]), ("Skadedyrkontroll", ["90922000"]), ("Blomster og planter", ["03121000"]),
    ("Bøker til bibliotek", ["22110000"]), ("Kantine", ["55510000"]), ("Tolketjenester", ["79540000"]),
)
NB_DIALOGUE_TOPICS = (
    ("fremtidens skolebygg", "future school buildings", ["45214200", "71000000"]),
    ("nytt system for vaktplanlegging", "a new rostering system", ["48000000", "72260000"]),
    ("drift av legevakt", "operation of an emergency out-of-hours clinic", ["85100000"]),
    ("grønn anleggsplass", "zero-emission construction sites", ["45000000", "43000000"]),
    ("digital samhandling i helsetjenesten", "digital collaboration in health services", ["72000000", "48814000"]),
    ("matombringing til hjemmeboende", "meals delivered to people living at home", ["55521000"]),
)
NB_QUAL_SYSTEMS = (
    ("Kvalifikasjonsordning for leverandører til energisektoren", "Qualification system for suppliers to the energy sector",
     "Ordningen administreres av en tredjepart og brukes som grunnlag for å invitere leverandører til konkurranser innen bygg, anlegg, elektro, rådgivning og vedlikehold.",
     ["45000000", "71000000", "50000000", "31000000", "79000000"]),
    ("Kvalifikasjonsordning for tjenester til offshore og havn", "Qualification system for offshore and port services",
     "Leverandører registrerer seg én gang og vurderes på økonomi, HMS og kvalitet. Ordningen dekker blant annet rørarbeid, stillas, transport, catering og inspeksjon.",
     ["45000000", "60000000", "55520000", "71630000", "45262100"]),
    ("Kvalifikasjonsordning for tekniske tjenester i jernbanen", "Qualification system for railway technical services",
     "Ordningen omfatter prosjektering, sporarbeid, kontaktledning, sikringsanlegg og grunnarbeid. Kvalifiserte leverandører kan bli invitert til konkurranser i ordningens levetid.",
     ["45234100", "71311230", "45234115", "50220000"]),
)

# Hard negatives: words that look like ICT ("overvåking", "nett", "sikkerhet", "alarm") in
# purchases that are not network, surveillance, radio or security equipment.
NB_SUBJECTS += [
    ("vannkvalitet", OOS, "Overvåking av vannkvalitet i vassdrag", "Monitoring of water quality in watercourses",
     [("Statsforvalteren skal kjøpe tjenester for prøvetaking og analyse av vannkvalitet i 40 innsjøer og elver, med rapportering etter vannforskriften.",
       "The county governor will buy sampling and analysis of water quality in 40 lakes and rivers, reported under the Water Regulations."),
      ("Overvåkingen omfatter kjemiske, biologiske og hydromorfologiske parametere.", "")],
     ["90711500", "71900000", "90733000"], "HARD: environmental 'overvåking' (monitoring), not video surveillance"),
    ("brannalarm-service", OOS, "Service og kontroll av brannalarmanlegg", "Service and inspection of fire alarm systems",
     [("Avtalen omfatter årlig kontroll, service og utbedring av brannalarmanlegg, nødlys og røykluker i 160 kommunale bygg.",
       "The agreement covers annual inspection, service and repair of fire alarm systems, emergency lighting and smoke vents in 160 municipal buildings.")],
     ["50413200", "45312100", "31518200"], "HARD: fire alarms and emergency lighting; building safety, not a restricted kind"),
    ("fjernvarme", OOS, "Utvidelse av fjernvarmenettet", "Extension of the district heating network",
     [("Energiselskapet skal legge om lag 4 km nye fjernvarmerør med tilhørende kummer og kundesentraler i sentrum.",
       "The energy company will lay about 4 km of new district heating pipes with chambers and customer substations in the city centre.")],
     ["45232140", "44163000"], "HARD: a district heating 'nett', not a data network"),
    ("hms-radgivning", OOS, "Rådgivning innen HMS og sikkerhetsstyring", "Advisory services in HSE and safety management",
     [("Oppdraget gjelder bistand til risikovurderinger, internkontroll og beredskapsøvelser for kommunens tekniske sektor.",
       "The assignment covers support with risk assessments, internal control and emergency exercises for the municipality's technical sector.")],
     ["71317200", "79417000"], "HARD: 'sikkerhet' as occupational safety advisory"),
]
NB_SUBJECTS[:] = [s for s in NB_SUBJECTS if s[0] not in {"flyttetjenester", "snorydding"}]


# =====================================================================================
# en: US federal / state / city solicitations
# =====================================================================================

# Paraphrased clause texts (our own wording) under the real FAR/DFARS numbers and titles.
# Each entry: (number, title, [wording, ...]); a document picks one wording per clause.
FAR_889 = [
    ("52.204-23", "Prohibition on Contracting for Hardware, Software, and Services Developed or Provided by Kaspersky Lab and Other Covered Entities", [
        "The Contractor may not provide or use, in performing this contract, any hardware, software or service developed or provided in whole or in part by a covered entity. Covered entities are Kaspersky Lab, any successor entity, any entity that controls it or is controlled by it, and any entity in which Kaspersky Lab holds a majority interest. If the Contractor discovers such an item during performance, it shall report it to the Contracting Officer within one business day and describe mitigation within ten business days. The Contractor shall insert the substance of this clause in all subcontracts.",
        "Section 1634 of the National Defense Authorization Act for Fiscal Year 2018 bars the Government from using products or services of Kaspersky Lab and related entities. Accordingly, nothing delivered or used under this order may be developed or provided by Kaspersky Lab, its successors, parents, subsidiaries or affiliates. Any covered article identified after award must be reported promptly, together with the steps taken to remove it, and this requirement flows down to subcontractors at every tier.",
    ]),
    ("52.204-24", "Representation Regarding Certain Telecommunications and Video Surveillance Services or Equipment", [
        "The Offeror shall not complete this representation if it has represented in paragraph (c)(1) of 52.204-26 that it does not provide covered telecommunications equipment or services. Otherwise the Offeror represents whether it will or will not provide covered telecommunications equipment or services to the Government in performance of any resulting contract, and whether, after a reasonable inquiry, it does or does not use such equipment or services. Covered equipment includes telecommunications equipment produced by Huawei Technologies Company or ZTE Corporation and video surveillance and telecommunications equipment produced by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company or Dahua Technology Company, or their subsidiaries and affiliates. If the Offeror represents that it will provide or uses such equipment, it must disclose the entity, the equipment and how it is used.",
        "(a) Definitions. Covered telecommunications equipment or services, critical technology and substantial or essential component have the meanings given in 52.204-25. (b) Prohibition. Section 889(a)(1)(A) prohibits the Government from procuring any equipment, system or service that uses covered telecommunications equipment or services as a substantial or essential component of any system; section 889(a)(1)(B) prohibits contracting with an entity that uses covered telecommunications equipment or services. (c) Procedures. The Offeror shall search SAM for excluded parties under the type of exclusion 'covered telecommunications equipment or services'. (d) Representation. The Offeror represents that it [ ] will, [ ] will not provide covered telecommunications equipment or services to the Government in the performance of any contract resulting from this solicitation, and that, after reasonable inquiry, it [ ] does, [ ] does not use covered telecommunications equipment or services, or any equipment, system or service that uses covered telecommunications equipment or services. (e) Disclosures. An Offeror that responds 'will' or 'does' shall describe the covered telecommunications equipment or services, the manufacturer, the model number, and how the equipment or service is used, and explain why the offer does not fall under the prohibition.",
        "By submitting an offer, the Offeror represents, after reasonable inquiry, whether it will provide and whether it uses any covered telecommunications equipment or services as defined in FAR 4.2101. The definition reaches equipment made by Huawei or ZTE, video surveillance and telecommunications equipment made by Hytera, Hikvision or Dahua, and services provided by any of those entities or using such equipment, including their subsidiaries and affiliates. An affirmative answer requires a disclosure describing the item, its manufacturer and its intended use, and the Contracting Officer may reject the offer.",
    ]),
    ("52.204-25", "Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment", [
        "Section 889(a)(1)(A) of the John S. McCain National Defense Authorization Act for Fiscal Year 2019 prohibits the head of an executive agency from procuring any equipment, system or service that uses covered telecommunications equipment or services as a substantial or essential component of any system, or as critical technology as part of any system. Section 889(a)(1)(B) prohibits contracting with an entity that uses any such equipment, system or service, regardless of whether that use is in performance of work under a Federal contract. Covered telecommunications equipment means equipment produced by Huawei Technologies Company or ZTE Corporation (or any subsidiary or affiliate), video surveillance and telecommunications equipment produced by Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company or Dahua Technology Company (or any subsidiary or affiliate), and services provided by such entities or using such equipment. The Contractor shall report any covered item identified during performance within one business day and shall include this clause in all subcontracts.",
        "The Contractor shall not deliver to the Government any equipment, system or service that relies on covered telecommunications equipment or services as a substantial or essential component, and, unless an exception or waiver applies, the Government will not contract with an entity that itself uses such equipment or services. For this clause, covered items include telecommunications equipment from Huawei or ZTE, video surveillance and telecommunications equipment from Hytera, Hikvision or Dahua, related services, and equipment of any entity the Secretary of Defense designates as owned or controlled by the government of a covered foreign country. Backhaul, interconnection and peering arrangements and equipment that cannot route or redirect user data traffic are outside the prohibition. Reports of discovered items go to https://dibnet.dod.mil for DoD orders and to the Contracting Officer otherwise.",
    ]),
    ("52.204-26", "Covered Telecommunications Equipment or Services—Representation", [
        "The Offeror shall review the list of excluded parties in SAM for entities excluded from receiving federal awards for covered telecommunications equipment or services. The Offeror represents that it does / does not provide covered telecommunications equipment or services as part of its offered products or services to the Government in the performance of any contract, subcontract or other contractual instrument, and that, after conducting a reasonable inquiry, it does / does not use covered telecommunications equipment or services or any equipment, system or service that uses them.",
        "(a) In this provision, covered telecommunications equipment or services and reasonable inquiry have the meanings in 52.204-25. (b) The Offeror shall review the list of excluded parties in SAM for entities excluded from receiving federal awards for covered telecommunications equipment or services. (c)(1) The Offeror represents that it [ ] does, [ ] does not provide covered telecommunications equipment or services as a part of its offered products or services to the Government in the performance of any contract, subcontract or other contractual instrument. (c)(2) After conducting a reasonable inquiry for purposes of this representation, the Offeror represents that it [ ] does, [ ] does not use covered telecommunications equipment or services, or any equipment, system or service that uses covered telecommunications equipment or services.",
        "This annual representation in SAM states whether the Offeror provides, and whether it uses, covered telecommunications equipment or services. An Offeror that represents \"does not\" for both need not complete the order-level representation in 52.204-24.",
    ]),
]
FAR_OTHER = [
    ("52.204-7", "System for Award Management", "The Offeror must be registered in SAM when it submits an offer and must remain registered through final payment. The unique entity identifier in the offer must be the one registered for the name and address of the Offeror."),
    ("52.204-13", "System for Award Management Maintenance", "The Contractor shall keep its SAM registration current, accurate and complete, and shall review and update it at least annually. A change of name or novation must be handled through the Contracting Officer before the registration is updated."),
    ("52.204-21", "Basic Safeguarding of Covered Contractor Information Systems", "The Contractor shall apply basic safeguarding requirements to any of its information systems that process, store or transmit Federal contract information: limit access to authorized users and processes, authenticate users, sanitize media before disposal, escort visitors, monitor communications at system boundaries, apply patches promptly, and provide protection from malicious code at appropriate locations."),
    ("52.204-27", "Prohibition on a ByteDance Covered Application", "The Contractor is prohibited from having or using the social networking service TikTok, or any successor application developed by ByteDance Limited, on any information technology owned or managed by the Government or used by the Contractor in performance of this contract, unless the Contracting Officer grants an exception."),
    ("52.209-6", "Protecting the Government's Interest When Subcontracting with Contractors Debarred, Suspended, or Proposed for Debarment", "The Contractor shall not enter into a subcontract over the threshold with a party that is debarred, suspended or proposed for debarment unless there is a compelling reason, and it shall check SAM exclusions before each such subcontract award."),
    ("52.212-1", "Instructions to Offerors—Commercial Products and Commercial Services", "Offers must be submitted on the SF 1449 or in a letter that states the solicitation number, the Offeror's name, address, telephone number and unique entity identifier, a technical description of the items offered, prices, and any discount terms. Late offers are handled under paragraph (f) of this provision. Offers remain valid for thirty days unless otherwise stated."),
    ("52.212-2", "Evaluation—Commercial Products and Commercial Services", "The Government will award a contract to the responsible Offeror whose offer conforming to the solicitation will be most advantageous to the Government, price and other factors considered. Technical capability and past performance, when combined, are approximately equal to price. A written notice of award mailed or otherwise furnished to the successful Offeror within the acceptance period results in a binding contract."),
    ("52.212-3", "Offeror Representations and Certifications—Commercial Products and Commercial Services", "An Offeror that has completed the annual representations electronically in SAM need only complete the paragraphs of this provision that SAM does not cover, including the representations on covered telecommunications equipment or services and on Federal tax liability and felony convictions."),
    ("52.212-4", "Contract Terms and Conditions—Commercial Products and Commercial Services", "The Government may inspect or test services and supplies before acceptance and may require repair, replacement or re-performance of nonconforming work. Changes are made only by written agreement. The Contractor shall submit invoices electronically with the required content, and payment is due thirty days after receipt of a proper invoice. The Government may terminate for its convenience or for cause."),
    ("52.212-5", "Contract Terms and Conditions Required To Implement Statutes or Executive Orders—Commercial Products and Commercial Services", "The Contractor shall comply with the clauses checked by the Contracting Officer, which incorporate statutory and executive order requirements on small business participation, equal opportunity, labor standards, trafficking in persons, and telecommunications supply chain restrictions, among others."),
    ("52.217-8", "Option to Extend Services", "The Government may require continued performance of any services within the limits and at the rates specified in the contract, in one or more increments totalling no more than six months, by written notice before the contract expires."),
    ("52.217-9", "Option to Extend the Term of the Contract", "The Government may extend the term of this contract by written notice to the Contractor within the period specified in the schedule, provided it gives a preliminary notice of its intent at least sixty days before the contract expires. The total duration, including options, shall not exceed five years."),
    ("52.219-6", "Notice of Total Small Business Set-Aside", "Offers are solicited only from small business concerns. Offers received from concerns that are not small will be considered nonresponsive and will be rejected."),
    ("52.219-14", "Limitations on Subcontracting", "For services, the Contractor will not pay more than fifty percent of the amount paid by the Government for contract performance to subcontractors that are not similarly situated entities. Any work a similarly situated subcontractor further subcontracts counts toward that limit."),
    ("52.222-3", "Convict Labor", "The Contractor shall not employ in performance of this contract any person undergoing a sentence of imprisonment imposed by a court, except as the clause permits for work release programmes."),
    ("52.222-21", "Prohibition of Segregated Facilities", "The Contractor agrees not to maintain or provide segregated facilities for its employees at any of its establishments, and not to permit its employees to perform services where segregated facilities are maintained."),
    ("52.222-26", "Equal Opportunity", "The Contractor shall not discriminate against any employee or applicant for employment because of race, color, religion, sex, sexual orientation, gender identity or national origin, and shall take affirmative action to ensure equal treatment."),
    ("52.222-41", "Service Contract Labor Standards", "Each service employee employed in the performance of this contract shall be paid not less than the minimum wages and fringe benefits in the attached wage determination. The Contractor shall notify each employee of the applicable wages and benefits and shall keep records of hours worked and pay for three years."),
    ("52.222-42", "Statement of Equivalent Rates for Federal Hires", "The listed classes of service employees would be paid at the stated wage rates if employed by the agency under 5 U.S.C. 5341 or 5332. This statement is for information only and is not a wage determination."),
    ("52.222-50", "Combating Trafficking in Persons", "The Contractor, its employees and its agents shall not engage in severe forms of trafficking in persons, procure commercial sex acts, use forced labor, destroy or withhold employees' identity documents, or charge employees recruitment fees. The Contractor shall notify employees of this policy and report credible information of violations to the Contracting Officer and the agency Inspector General."),
    ("52.222-55", "Minimum Wages for Contractor Workers Under Executive Order 14026", "The Contractor shall pay all workers performing work on or in connection with this contract at least the applicable Executive Order minimum wage, adjusted annually, and shall not use tip credits or deductions to reduce that amount below the minimum."),
    ("52.222-62", "Paid Sick Leave Under Executive Order 13706", "The Contractor shall permit each employee engaged in performing work on or in connection with this contract to earn not less than one hour of paid sick leave for every thirty hours worked, up to fifty-six hours per year."),
    ("52.223-5", "Pollution Prevention and Right-to-Know Information", "Where the Contractor performs on a Federal facility, it shall provide the information the agency needs to comply with emergency planning and toxic release reporting requirements."),
    ("52.223-18", "Encouraging Contractor Policies To Ban Text Messaging While Driving", "The Contractor should adopt and enforce policies that ban text messaging while driving company-owned or rented vehicles or Government-owned vehicles, or privately owned vehicles when on official Government business."),
    ("52.225-13", "Restrictions on Certain Foreign Purchases", "The Contractor shall not acquire, for use in performance of this contract, any supplies or services from persons or entities sanctioned under regulations administered by the Office of Foreign Assets Control, unless authorized."),
    ("52.232-18", "Availability of Funds", "The Government's obligation under this contract is contingent upon the availability of appropriated funds from which payment can be made. No legal liability arises until funds are made available to the Contracting Officer and the Contractor receives written notice."),
    ("52.232-33", "Payment by Electronic Funds Transfer—System for Award Management", "All payments under this contract are made by electronic funds transfer to the account recorded in SAM. The Contractor is responsible for keeping that information current; the Government is not liable for payments made to an outdated account."),
    ("52.232-39", "Unenforceability of Unauthorized Obligations", "Any end user licence agreement, terms of service or similar legal instrument that would require the Government to indemnify the Contractor or any person for liability shall not bind the Government, and any such clause is deemed stricken from the agreement."),
    ("52.232-40", "Providing Accelerated Payments to Small Business Subcontractors", "Upon receiving accelerated payment from the Government, the Contractor shall make accelerated payments to its small business subcontractors to the maximum extent practicable, preferably within fifteen days after receipt of a proper invoice."),
    ("52.233-1", "Disputes", "Disputes arising under or relating to this contract are resolved under the Contract Disputes Act. A claim must be submitted in writing to the Contracting Officer for a written decision; claims over the threshold must be certified. The Contractor shall proceed diligently with performance pending final resolution."),
    ("52.233-4", "Applicable Law for Breach of Contract Claim", "United States law will apply to resolve any claim of breach of this contract."),
    ("52.237-2", "Protection of Government Buildings, Equipment, and Vegetation", "The Contractor shall use reasonable care to avoid damaging existing buildings, equipment and vegetation on the Government installation. Any damage caused by the Contractor shall be repaired or replaced at no cost to the Government, as the Contracting Officer directs."),
    ("52.237-3", "Continuity of Services", "The Contractor recognizes that the services are vital to the Government and must continue without interruption. Upon expiration the Contractor shall furnish phase-in training to a successor and exercise its best efforts for an orderly and efficient transition."),
    ("52.242-15", "Stop-Work Order", "The Contracting Officer may, by written order, require the Contractor to stop all or any part of the work for up to ninety days. Within that period the Government shall either cancel the stop-work order or terminate the work covered by it."),
    ("52.246-4", "Inspection of Services—Fixed-Price", "The Government has the right to inspect and test all services called for by the contract, to the extent practicable, at all places and times during the term of the contract. If any services do not conform, the Government may require re-performance at no increase in price or reduce the price."),
    ("52.247-34", "F.o.b. Destination", "The Contractor shall pack and mark the shipment to comply with contract specifications and deliver it, transportation charges paid, to the destination point specified, and shall remain responsible for loss or damage until delivery."),
    ("52.252-2", "Clauses Incorporated by Reference", "This contract incorporates one or more clauses by reference with the same force and effect as if they were given in full text. Upon request the Contracting Officer will make their full text available; they may also be accessed electronically at https://www.acquisition.gov."),
    ("252.204-7012", "Safeguarding Covered Defense Information and Cyber Incident Reporting", "The Contractor shall provide adequate security on all covered contractor information systems, implementing NIST SP 800-171, and shall rapidly report cyber incidents to DoD within seventy-two hours of discovery, preserving images of affected systems for at least ninety days."),
    ("252.204-7018", "Prohibition on the Acquisition of Covered Defense Telecommunications Equipment or Services", "The Contractor shall not provide to the Government any equipment, system or service to carry out covered missions that uses covered defense telecommunications equipment or services as a substantial or essential component of any system. Covered defense equipment includes telecommunications equipment produced by Huawei or ZTE and video surveillance or telecommunications equipment produced by Hytera, Hikvision or Dahua, and their subsidiaries or affiliates."),
    ("252.225-7048", "Export-Controlled Items", "The Contractor shall comply with all applicable laws and regulations regarding export-controlled items, including the registration requirement of the International Traffic in Arms Regulations, and shall include this clause in subcontracts."),
    ("252.232-7006", "Wide Area WorkFlow Payment Instructions", "The Contractor shall submit payment requests and receiving reports electronically through Wide Area WorkFlow (WAWF), using the document type, pay official and inspection and acceptance locations given in the contract."),
    ("252.247-7023", "Transportation of Supplies by Sea", "The Contractor shall use U.S.-flag vessels for ocean transportation of supplies under this contract where required, and shall report any use of foreign-flag vessels to the Contracting Officer."),
    ("852.203-70", "Commercial Advertising", "The Contractor will not advertise the award of this contract in a manner that states or implies that the Department of Veterans Affairs endorses a product, project or commercial line of endeavor."),
    ("852.232-72", "Electronic Submission of Payment Requests", "Payment requests shall be submitted electronically through the Tungsten e-Invoicing portal unless the Contracting Officer authorizes another method in writing."),
]
# One-line items for a "clauses incorporated by reference" list.
FAR_REF_LIST = [
    "52.202-1 Definitions", "52.203-3 Gratuities", "52.203-12 Limitation on Payments to Influence Certain Federal Transactions",
    "52.203-13 Contractor Code of Business Ethics and Conduct", "52.203-17 Contractor Employee Whistleblower Rights",
    "52.204-9 Personal Identity Verification of Contractor Personnel", "52.204-10 Reporting Executive Compensation and First-Tier Subcontract Awards",
    "52.204-18 Commercial and Government Entity Code Maintenance", "52.204-19 Incorporation by Reference of Representations and Certifications",
    "52.209-10 Prohibition on Contracting with Inverted Domestic Corporations", "52.219-8 Utilization of Small Business Concerns",
    "52.219-28 Post-Award Small Business Program Rerepresentation", "52.222-35 Equal Opportunity for Veterans",
    "52.222-36 Equal Opportunity for Workers with Disabilities", "52.222-37 Employment Reports on Veterans",
    "52.222-40 Notification of Employee Rights Under the National Labor Relations Act", "52.223-23 Sustainable Products and Services",
    "52.224-3 Privacy Training", "52.225-1 Buy American—Supplies", "52.226-8 Encouraging Contractor Policies to Ban Text Messaging While Driving",
    "52.228-5 Insurance—Work on a Government Installation", "52.229-3 Federal, State, and Local Taxes",
    "52.232-1 Payments", "52.232-8 Discounts for Prompt Payment", "52.232-36 Payment by Third Party",
    "52.237-1 Site Visit", "52.242-13 Bankruptcy", "52.243-1 Changes—Fixed-Price", "52.249-2 Termination for Convenience of the Government (Fixed-Price)",
    "52.249-8 Default (Fixed-Price Supply and Service)", "52.253-1 Computer Generated Forms",
    "252.203-7000 Requirements Relating to Compensation of Former DoD Officials", "252.203-7002 Requirement to Inform Employees of Whistleblower Rights",
    "252.204-7003 Control of Government Personnel Work Product", "252.204-7015 Notice of Authorized Disclosure of Information for Litigation Support",
    "252.211-7003 Item Unique Identification and Valuation", "252.223-7008 Prohibition of Hexavalent Chromium",
    "252.225-7001 Buy American and Balance of Payments Program", "252.244-7000 Subcontracts for Commercial Products or Commercial Services",
]

EN_AGENCIES = (
    ("Department of Veterans Affairs", "Network Contracting Office 16", "VA256"),
    ("Department of Veterans Affairs", "National Cemetery Administration, Contracting Service", "36C786"),
    ("Department of the Navy", "Naval Facilities Engineering Systems Command Southeast", "N69450"),
    ("Department of the Army", "Mission and Installation Contracting Command, Fort Johnson", "W9124E"),
    ("Department of the Air Force", "42nd Contracting Squadron, Maxwell AFB", "FA3300"),
    ("Department of Homeland Security", "U.S. Customs and Border Protection, Procurement Directorate", "70B04C"),
    ("Department of Homeland Security", "U.S. Coast Guard, Base Ketchikan Contracting", "70Z0G8"),
    ("Department of the Interior", "National Park Service, Intermountain Region MABO", "140P12"),
    ("Department of Agriculture", "Forest Service, Region 6 Acquisition Management", "12363N"),
    ("Department of Commerce", "NOAA Acquisition and Grants Office, Western Region", "1305M3"),
    ("General Services Administration", "Public Buildings Service, Region 7", "47PH07"),
    ("Department of Health and Human Services", "Indian Health Service, Navajo Area", "75H710"),
    ("Department of Justice", "Federal Bureau of Prisons, FCI Englewood", "15B510"),
    ("Department of Energy", "Southwestern Power Administration", "89503"),
    ("Department of Labor", "Job Corps, Office of Contracts Management", "1605JC"),
    ("Smithsonian Institution", "Office of Contracting and Personal Property Management", "33310"),
)
CITY_BUYERS = (
    "City of Tulsa Purchasing Division", "City of Columbus Department of Finance, Purchasing Office",
    "Maricopa County Office of Procurement Services", "City of Sacramento Procurement Services",
    "State of Ohio Department of Administrative Services", "Commonwealth of Kentucky Finance and Administration Cabinet",
    "City of Raleigh Procurement", "Hennepin County Purchasing and Contract Services", "City of Albuquerque Purchasing",
    "State of Washington Department of Enterprise Services", "Texas Department of Information Resources",
    "City of Spokane Purchasing", "Douglas County School District Procurement",
)
PLACES = ("Biloxi, MS", "Fort Meade, MD", "Tucson, AZ", "San Diego, CA", "Ketchikan, AK", "Omaha, NE", "Tampa, FL",
          "Fayetteville, NC", "Louisville, KY", "Fresno, CA", "Boise, ID", "El Paso, TX", "Anchorage, AK", "Norfolk, VA",
          "Colorado Springs, CO", "Gainesville, FL", "Spokane, WA", "Albany, NY", "Lexington, KY", "Pensacola, FL")
FIRMS = ("Redline Facility Services LLC", "Bluewater Government Solutions Inc.", "Tri-County Mechanical, Inc.",
         "Summit Integrated Services LLC", "Cardinal Federal Group", "Keystone Networks & Security LLC",
         "Northgate Technology Partners", "Patriot Systems Integration, Inc.", "Harbor Point Communications LLC",
         "Ironwood Cyber LLC", "Mesa Valley Electronics", "Allied Secure Networks Corp.", "Prairie Wireless Solutions")

# Service/goods subjects that are out of scope. Each: key, title, naics, psc, background, tasks, clins, note.
EN_OOS = [
    ("chiller-pm", "Chiller Plant Preventive Maintenance Services", "238220", "J041",
     "The medical center operates a central chilled-water plant with three centrifugal chillers, two cooling towers, primary and secondary pumps and a building automation interface. This requirement provides scheduled preventive maintenance, emergency repair and annual teardown inspections so that cooling is available to patient care areas at all times.",
     [("Preventive Maintenance", "The Contractor shall perform quarterly inspections of each chiller, including refrigerant leak checks, oil analysis, vibration readings on compressor bearings, and verification of safety cutouts. Findings shall be recorded on the manufacturer's log sheets and left with the COR within two business days."),
      ("Annual Teardown", "Once per contract year the Contractor shall open condenser and evaporator heads, brush tubes, perform eddy-current testing on one chiller in rotation, replace gaskets and return the unit to service within the outage window agreed with the engineering staff."),
      ("Cooling Towers", "Cooling tower work includes basin cleaning, inspection of fill and drift eliminators, gear-box oil changes and checks of the variable-frequency drives that serve the fans."),
      ("Water Treatment Coordination", "The Contractor shall coordinate with the Government's water treatment vendor and report any scaling or fouling observed in the tubes."),
      ("Emergency Response", "For unscheduled outages the Contractor shall respond by telephone within one hour and be on site within four hours, twenty-four hours a day, including federal holidays. Emergency labor is priced under the time-and-materials CLIN."),
      ("Refrigerant Management", "All refrigerant handling shall comply with 40 CFR Part 82. Technicians shall hold EPA Section 608 Universal certification, and recovered refrigerant shall be logged by weight."),
      ("Controls Interface", "The Contractor shall verify that chiller status points read correctly on the existing building automation workstation. The Contractor shall not alter the automation system programming without written approval.")],
     [("0001", "Quarterly preventive maintenance, chillers 1-3", "4", "QT"), ("0002", "Annual teardown and eddy-current testing", "1", "JB"),
      ("0003", "Cooling tower maintenance", "4", "QT"), ("0004", "Emergency repair labor (not-to-exceed)", "120", "HR"), ("0005", "Repair parts (not-to-exceed)", "1", "LO")],
     "chiller/HVAC maintenance"),
    ("custodial", "Custodial Services", "561720", "S201",
     "The installation requires custodial services for administrative buildings, a fitness center and a child development center, totalling about 212,000 square feet of floor space with carpet, vinyl tile and sealed concrete.",
     [("Daily Cleaning", "Daily tasks include emptying trash and recycling, spot-cleaning glass, vacuuming carpeted traffic lanes, damp mopping hard floors, and cleaning and restocking restrooms and break rooms."),
      ("Periodic Cleaning", "Periodic tasks include high dusting, machine scrubbing and recoating of vinyl floors, carpet extraction twice a year, and washing of interior windows and partitions."),
      ("Child Development Center", "In the child development center the Contractor shall sanitize diaper-changing stations and food contact surfaces using products approved for childcare settings, outside the hours when children are present."),
      ("Supplies and Equipment", "The Contractor shall furnish all cleaning chemicals, paper products, liners and equipment. Products shall meet EPA Safer Choice or Green Seal criteria where available."),
      ("Inspections", "The COR will inspect a random sample of rooms weekly using the performance requirements summary. Rooms that fail inspection shall be re-cleaned within four hours at no additional cost."),
      ("Key Control", "Keys issued to the Contractor remain Government property. Lost keys shall be reported within two hours and the Contractor shall bear the cost of re-keying.")],
     [("0001", "Custodial services, base period", "12", "MO"), ("0002", "Carpet extraction (semi-annual)", "2", "EA"), ("0003", "Floor strip and refinish", "4", "EA"), ("0004", "Special event cleaning", "10", "EA")],
     "custodial services"),
    ("grounds", "Grounds Maintenance Services", "561730", "S208",
     "The facility covers 86 acres of improved and semi-improved grounds, including lawns, shrub beds, parking islands, a drainage swale and a perimeter fence line.",
     [("Mowing and Trimming", "Improved areas shall be mowed to a height of three inches whenever grass reaches four and a half inches, with trimming around signs, fence posts and structures during the same visit."),
      ("Shrub and Bed Care", "Shrubs shall be pruned twice a year to maintain their natural shape, beds weeded monthly, and hardwood mulch replenished to a depth of three inches each spring."),
      ("Leaf Removal", "Leaves shall be removed from lawns, walkways and parking areas weekly from October through December and composted at the designated site."),
      ("Irrigation", "The Contractor shall activate, adjust and winterize the irrigation system and repair broken heads within three working days."),
      ("Herbicide Application", "Pesticide applicators shall be state certified. Application records shall show product, EPA registration number, rate and location and be delivered monthly.")],
     [("0001", "Grounds maintenance, base year", "12", "MO"), ("0002", "Leaf removal season", "1", "JB"), ("0003", "Mulch installation", "240", "CY"), ("0004", "Storm debris cleanup (as ordered)", "6", "EA")],
     "grounds maintenance"),
    ("cemetery", "Cemetery Facilities Maintenance", "561730", "S208",
     "The national cemetery contains about 41,000 interments on 120 acres, with columbarium walls, committal shelters, an administration building and maintenance yard. The Government requires a contractor to maintain the grounds to national shrine standards.",
     [("Turf and Headstones", "The Contractor shall mow and trim around every upright headstone and flat marker so that no grass overhangs the marker face, and shall raise and realign headstones that deviate more than two degrees from vertical."),
      ("Gravesite Renovation", "Sunken graves shall be filled with topsoil, graded and seeded or sodded within thirty days of identification."),
      ("Columbarium Care", "Columbarium niche covers shall be cleaned quarterly with a non-ionic cleaner approved by the cemetery director; no pressure washing of inscriptions is permitted."),
      ("Ceremonies", "Maintenance activities shall stop within 300 feet of any committal service in progress. Equipment shall be moved out of sight lines before processions arrive."),
      ("Snow and Ice", "Roads and walks leading to committal shelters shall be cleared before 7:30 a.m. after any snowfall of more than one inch.")],
     [("0001", "Grounds and headstone maintenance", "12", "MO"), ("0002", "Headstone realignment", "1500", "EA"), ("0003", "Gravesite renovation", "800", "EA"), ("0004", "Snow removal events", "15", "EA")],
     "cemetery maintenance"),
    ("furniture", "Office Furniture Supply and Installation", "337214", "7110",
     "The agency is consolidating three leased offices into one federal building and needs workstations, seating, storage and conference furniture delivered and installed on four floors.",
     [("Workstations", "Workstations shall be 6 by 6 foot panel systems with 54-inch high panels, sit-stand work surfaces with electric lift, a pedestal file and a monitor arm per station."),
      ("Seating", "Task chairs shall be BIFMA X5.1 certified, with adjustable arms, lumbar support and a five-year warranty on mechanisms."),
      ("Installation", "Installation shall occur after 6 p.m. or on weekends. The Contractor shall protect floors and elevators and remove all packaging daily."),
      ("Electrical Feeds", "Panel systems shall include base power infeeds; building electricians will connect the infeeds. Voice and data cabling is outside this order."),
      ("Punch List", "A joint walk-through will produce a punch list; items shall be corrected within ten working days.")],
     [("0001", "Sit-stand workstation, 6x6", "148", "EA"), ("0002", "Task chair", "160", "EA"), ("0003", "Conference table, 12 ft", "6", "EA"), ("0004", "Lateral file, 3-drawer", "40", "EA"), ("0005", "Installation labor", "1", "LO")],
     "furniture"),
    ("bakery", "Commissary Bakery Operations", "311811", "S203",
     "The commissary operates an in-store bakery that supplies bread, rolls, cakes and pastries to patrons. This performance work statement covers operating the bakery with contractor staff and ingredients under a resale arrangement.",
     [("Production", "The Contractor shall bake fresh products daily, maintain a minimum of 25 varieties on display and rotate stock so that no product is sold past its pull date."),
      ("Sanitation", "The bakery shall be operated under the Tri-Service Food Code. The Contractor shall keep temperature logs for coolers and proofers and pass monthly public health inspections."),
      ("Special Orders", "Customers may order decorated cakes with 48 hours' notice; the Contractor shall keep an order book at the counter."),
      ("Pricing", "Resale prices shall be set by the Contractor within the agreed markup and posted on shelf labels.")],
     [("0001", "Bakery operation (resale concession)", "12", "MO"), ("0002", "Holiday production surge", "2", "EA")],
     "bakery/food service"),
    ("bottled-water", "Bottled Water and Cooler Rental", "312112", "8960",
     "The department needs bottled drinking water in single-serve and five-gallon containers, plus rental of hot-and-cold dispensers, for offices, maintenance yards and emergency shelters.",
     [("Products", "Single-serve bottles shall be 16.9 oz in cases of 24; five-gallon bottles shall be BPA-free. All water shall meet FDA bottled water standards and the International Bottled Water Association code."),
      ("Delivery", "Deliveries shall be made within two business days of an order, inside the building to the designated location. Emergency orders shall be delivered within eight hours."),
      ("Dispensers", "Rented dispensers shall be sanitized every three months and replaced within one business day if they fail."),
      ("Pricing", "Prices shall remain firm for the first year; later adjustments are limited to the change in the Consumer Price Index.")],
     [("0001", "Water, 16.9 oz, case of 24", "6000", "CS"), ("0002", "Water, 5 gallon", "2400", "EA"), ("0003", "Dispenser rental", "85", "MO")],
     "bottled water"),
    ("guard", "Armed Security Guard Services", "561612", "S206",
     "The Government requires armed protective security officers at a federal courthouse and an adjoining parking structure, 24 hours a day, seven days a week.",
     [("Posts", "Officers shall staff the entry screening posts, the loading dock and a roving patrol according to the post orders. Post hours total about 35,000 per year."),
      ("Screening", "Officers shall operate the Government-furnished X-ray machines and walk-through magnetometers and conduct hand-wand screening as required."),
      ("Communications", "Each officer on duty shall carry a two-way portable radio and a charged spare battery, furnished by the Contractor, and check in with the control room every hour."),
      ("Training and Qualification", "Officers shall complete 40 hours of basic training, qualify with the duty weapon semi-annually and hold current CPR and first-aid certificates."),
      ("Supervision", "A site supervisor shall be on duty during all shifts and shall prepare daily activity reports for the COR.")],
     [("0001", "Armed guard services, base year", "35040", "HR"), ("0002", "Temporary additional services", "2000", "HR"), ("0003", "Contractor-furnished radios and equipment", "1", "LO")],
     "HARD: guard services; officers carry contractor-furnished two-way radios; radios are tools, not the purchase"),
    ("records-bpa", "Records Management Support Blanket Purchase Agreement", "541611", "R614",
     "The agency seeks a BPA for records management support: inventorying paper records, preparing transfers to the Federal Records Center, and assisting with the transition to electronic recordkeeping under OMB M-19-21.",
     [("Inventory", "The Contractor shall inventory paper records in offices and storage rooms, record series, date ranges and volume, and propose retention schedules."),
      ("Transfers", "The Contractor shall box, label and prepare SF 135 transmittals for transfer of eligible records to the Federal Records Center."),
      ("Scanning Support", "Where ordered, the Contractor shall scan records to PDF/A at 300 dpi with metadata, perform quality control on ten percent of images and load them into the agency's records application."),
      ("Training", "The Contractor shall deliver records management training to records liaisons in each office.")],
     [("0001", "Records analyst", "2080", "HR"), ("0002", "Records technician", "4160", "HR"), ("0003", "Scanning, per image", "400000", "EA")],
     "HARD: records management BPA; ICT-adjacent scanning, not a restricted kind"),
    ("fleet", "Fleet Vehicle Maintenance and Repair", "811111", "J023",
     "The district maintains about 140 light and medium vehicles. The contractor shall perform scheduled maintenance and repairs at its own facility within 15 miles of the district office.",
     [("Scheduled Service", "Oil changes, filter replacement, tire rotation and multi-point inspections shall follow the manufacturer's schedules."),
      ("Repairs", "Repairs over $1,500 require a written estimate approved by the fleet manager before work starts."),
      ("Parts", "Parts shall be new OEM or equivalent quality; rebuilt parts require approval."),
      ("Turnaround", "Routine service shall be completed within one working day; the Contractor shall provide pick-up and return at no cost.")],
     [("0001", "Preventive maintenance service", "420", "EA"), ("0002", "Repair labor", "1800", "HR"), ("0003", "Parts at cost plus markup", "1", "LO")],
     "vehicle maintenance"),
    ("elevator", "Elevator Maintenance Services", "238290", "J035",
     "The building has six traction passenger elevators, one freight elevator and two hydraulic lifts. The Government requires full-service maintenance including callbacks and annual safety tests.",
     [("Examination and Lubrication", "The Contractor shall examine, lubricate and adjust machines, controllers, door operators and safety devices on a monthly schedule."),
      ("Testing", "Category 1 tests shall be performed annually and Category 5 tests every five years in the presence of a certified inspector."),
      ("Callbacks", "Callbacks shall be answered within one hour during business hours; entrapments within thirty minutes at all times."),
      ("Emergency Phones", "The Contractor shall test the car emergency phones monthly and report faults to the facility manager; telephone lines are provided by the Government.")],
     [("0001", "Full-service elevator maintenance", "12", "MO"), ("0002", "Category 5 testing", "1", "EA"), ("0003", "Repairs outside scope", "60", "HR")],
     "HARD: elevator maintenance; emergency phones incidental"),
    ("pest", "Integrated Pest Management Services", "561710", "S207",
     "The medical center needs integrated pest management for inpatient buildings, food service areas, a warehouse and exterior grounds.",
     [("Monitoring", "The Contractor shall place and check monitoring stations monthly and keep a pest sighting log at each building."),
      ("Treatment", "Treatments shall use the least toxic effective method. Pesticide use in patient areas requires approval of the infection control officer."),
      ("Reporting", "Monthly reports shall summarise captures, treatments, products and recommendations for structural exclusion.")],
     [("0001", "IPM services, monthly", "12", "MO"), ("0002", "Emergency callout", "12", "EA")],
     "pest control"),
    ("laundry", "Linen and Laundry Services", "812332", "S209",
     "The hospital requires clean linen delivery and soiled linen pickup for 220 beds, surgical suites and outpatient clinics.",
     [("Processing", "Linen shall be processed to the healthcare textile standards of the accrediting body, with documented wash temperatures and chemical dosing."),
      ("Delivery", "Clean linen shall be delivered daily in covered carts before 6 a.m.; par levels are set per unit."),
      ("Losses", "The Contractor shall track linen by weight and report loss rates monthly.")],
     [("0001", "Linen processing, per pound", "520000", "LB"), ("0002", "Cart rental", "40", "MO")],
     "laundry"),
    ("snow", "Snow Removal and Ice Control", "561790", "S214",
     "The installation requires snow plowing, sanding and de-icing of roads, parking lots and sidewalks during the winter season.",
     [("Trigger", "Plowing begins when two inches of snow have accumulated and continues until lots and roads are clear."),
      ("Priorities", "Priority one areas are the fire station, clinic and main gate; they shall be cleared within two hours of the trigger."),
      ("Materials", "The Contractor shall furnish salt and sand; magnesium chloride is required on sidewalks near entrances.")],
     [("0001", "Plowing events", "25", "EA"), ("0002", "Salt, per ton", "300", "TN"), ("0003", "Standby retainer", "5", "MO")],
     "snow removal"),
    ("fuel", "Bulk Fuel Delivery", "424720", "9130",
     "The park requires delivery of unleaded gasoline and ultra-low sulfur diesel to above-ground storage tanks at four maintenance yards.",
     [("Product", "Fuel shall meet ASTM D4814 and D975. Diesel shall be winter blended from November through March."),
      ("Delivery", "Deliveries shall be made within 48 hours of an order, by drivers trained in spill prevention; tank levels shall be gauged before and after delivery."),
      ("Pricing", "Price is the OPIS daily rack average plus a fixed differential stated in the offer.")],
     [("0001", "Unleaded gasoline", "60000", "GL"), ("0002", "Diesel, ULSD", "85000", "GL")],
     "fuel delivery"),
    ("training-services", "Leadership Training Services", "611430", "U008",
     "The agency seeks instructor-led leadership courses for supervisors and managers at regional offices.",
     [("Courses", "The Contractor shall deliver a three-day course for new supervisors and a two-day course on managing change, each for up to 24 participants."),
      ("Materials", "Participant guides shall be provided in print and accessible electronic formats."),
      ("Evaluation", "Each session shall be evaluated by participants; the Contractor shall report results within ten days.")],
     [("0001", "New supervisor course, per session", "12", "EA"), ("0002", "Managing change course, per session", "8", "EA")],
     "training services"),
    ("moving", "Office Relocation and Moving Services", "484210", "V301",
     "The agency will relocate about 400 employees between two buildings over four weekends.",
     [("Planning", "The Contractor shall walk both buildings, prepare a move plan with labelled floor plans and provide crates and labels."),
      ("Execution", "Moves shall occur from Friday 6 p.m. to Sunday 6 p.m.; crews shall protect walls, doors and elevators."),
      ("IT Equipment", "Desktop computers and monitors shall be disconnected and reconnected by agency IT staff; the Contractor only transports them in padded crates.")],
     [("0001", "Move labor", "3200", "HR"), ("0002", "Crate rental", "800", "EA"), ("0003", "Trucks with drivers", "16", "DY")],
     "HARD: moving services; IT equipment only transported"),
    ("roofing", "Roof Replacement, Building 210", "238160", "Z2AA",
     "The project replaces about 38,000 square feet of built-up roofing with a fully adhered TPO system, including insulation, flashing and drains.",
     [("Demolition", "The Contractor shall remove the existing roof down to the deck and dispose of debris at a permitted facility."),
      ("Installation", "The new system shall include tapered polyiso insulation to achieve R-30 and a 20-year manufacturer warranty."),
      ("Rooftop Equipment", "Rooftop units and an existing satellite antenna shall be raised and reset on new curbs by licensed trades; no changes to the antenna's function are included.")],
     [("0001", "Roof replacement", "1", "LS"), ("0002", "Deck repair, as needed", "2000", "SF")],
     "HARD: construction; rooftop antenna reset incidental"),
    ("interpreting", "Sign Language Interpreting Services", "541930", "R608",
     "The agency requires American Sign Language interpreting for meetings, training and public events, on site and by video remote interpreting.",
     [("Qualifications", "Interpreters shall hold RID or NIC certification; legal settings require SC:L."),
      ("Scheduling", "Requests will be made at least 48 hours in advance; urgent requests are filled within four hours where possible."),
      ("Video Remote", "Video remote interpreting shall be delivered over the Contractor's platform on agency laptops.")],
     [("0001", "On-site interpreting", "1200", "HR"), ("0002", "Video remote interpreting", "600", "HR")],
     "HARD: interpreting; video platform incidental"),
    ("software-erp", "Financial Management System Licenses and Support", "513210", "7A21",
     "The commission needs renewal of licences and support for its commercial financial management and budget formulation software, plus implementation of a grants module.",
     [("Licences", "The Contractor shall provide 350 named-user subscriptions, a test environment and the grants module."),
      ("Implementation", "Implementation services include configuration, data conversion of five years of awards, and testing with agency staff."),
      ("Hosting", "The system shall be hosted in a FedRAMP Moderate authorised cloud; the Contractor shall provide the authorisation package.")],
     [("0001", "Named-user subscription", "350", "EA"), ("0002", "Grants module implementation", "1", "LO"), ("0003", "Help desk support", "12", "MO")],
     "HARD: generic business software; out of scope by convention"),
    ("access-control", "Card Access Control System Replacement", "238210", "N063",
     "The research campus requires replacement of its card access control system: new readers, door controllers and head-end software for 180 doors, with migration of cardholder records.",
     [("Readers and Controllers", "Readers shall support PIV credentials; controllers shall be mounted in locked enclosures above ceilings on the secure side of each door."),
      ("Software", "The head-end shall manage cardholders, schedules and alarms and integrate with the human resources system for automatic deactivation."),
      ("Testing", "Each door shall be tested for locking, unlocking, door-forced and door-held alarms before acceptance.")],
     [("0001", "Door hardware and readers", "180", "EA"), ("0002", "Head-end software", "1", "LS"), ("0003", "Installation and testing", "1", "LS")],
     "HARD: access-control-only system; out of scope by convention (no cameras, no network equipment bought)"),
]

# In-scope ICT subjects (same structure as EN_OOS).
EN_ICT = [
    ("network-refresh", "Campus Network Refresh: Switches, Routers and Wireless", "541512", "7G21",
     "The medical center's local area network uses access switches that reached end of support. This requirement replaces core, distribution and access switches, WAN edge routers and wireless access points across nine buildings.",
     [("Core and Distribution", "The Contractor shall provide a redundant pair of core switches with 100G uplinks and eight distribution stacks with 25G uplinks, configured for OSPF and 802.1X."),
      ("Access Layer", "Access switches shall provide 48 PoE+ ports with at least 740 W PoE budget to power phones, access points and cameras."),
      ("Wireless", "The Contractor shall conduct a predictive and post-installation site survey and install Wi-Fi 6E access points for minus 67 dBm coverage in clinical areas."),
      ("Cutover", "Cutovers shall be scheduled during approved maintenance windows with a tested rollback plan for each closet."),
      ("Supply Chain", "All equipment shall be new, from the OEM's authorised channel, and no equipment shall be produced by an entity named in FAR 52.204-25."),
      ("Documentation", "As-built drawings, configuration files and port maps shall be delivered in native format within thirty days of acceptance.")],
     [("0001", "Core switch pair with optics", "1", "SE"), ("0002", "Distribution switch stack", "8", "EA"), ("0003", "48-port PoE+ access switch", "126", "EA"), ("0004", "Wi-Fi 6E access point", "410", "EA"), ("0005", "Installation and cutover services", "1", "LO")],
     "network equipment purchase"),
    ("vss", "Video Surveillance System Upgrade", "561621", "N063",
     "The station's legacy analog cameras and digital video recorders are failing. This statement of work covers an IP video surveillance system with fixed and PTZ cameras, network video recorders, a video management system and monitoring workstations in the operations center.",
     [("Cameras", "The Contractor shall furnish and install 96 fixed IP cameras (minimum 4 MP, WDR, IR to 30 m) and 12 PTZ cameras with 30x optical zoom at the perimeter, ports of entry and vehicle lanes."),
      ("Recording and VMS", "Video shall be recorded at 15 fps for 30 days on redundant recorders; the VMS shall support role-based access, audit logs and export with watermarking."),
      ("Network", "Cameras shall connect over a physically separate surveillance network with managed PoE switches and fibre uplinks."),
      ("Compliance", "Cameras, recorders and their components shall not be produced by Hikvision, Dahua, Hytera or any affiliate, in accordance with Section 889."),
      ("Training and Warranty", "The Contractor shall train operators and provide a two-year warranty with next-business-day replacement.")],
     [("0001", "Fixed IP camera", "96", "EA"), ("0002", "PTZ camera", "12", "EA"), ("0003", "Network video recorder", "4", "EA"), ("0004", "VMS licences", "110", "EA"), ("0005", "Installation", "1", "LO")],
     "video surveillance purchase; 889 prohibition in the SOW"),
    ("lmr-p25", "Land Mobile Radio P25 System Modernization", "517112", "5820",
     "The refuge complex relies on an analog VHF radio system for law enforcement and fire operations. This requirement replaces repeaters and subscriber radios with a P25 Phase II trunked system interoperable with state and county networks.",
     [("Infrastructure", "The Contractor shall provide P25 Phase II repeaters, site controllers and microwave backhaul at four mountaintop sites, with generators and battery plants."),
      ("Subscriber Units", "The Contractor shall supply portable and mobile P25 radios with AES-256 encryption and over-the-air rekeying."),
      ("Coverage", "The system shall provide 95 percent area coverage at DAQ 3.4 for portable radios on the hip, verified by drive testing."),
      ("Interoperability", "Interoperability with the state P25 network shall be demonstrated through an ISSI gateway."),
      ("Frequency Coordination", "The Contractor shall prepare the frequency assignment requests for NTIA and support licensing.")],
     [("0001", "P25 repeater site package", "4", "EA"), ("0002", "Portable P25 radio", "180", "EA"), ("0003", "Mobile P25 radio", "60", "EA"), ("0004", "Microwave link", "3", "EA"), ("0005", "Engineering and installation", "1", "LO")],
     "two-way radio purchase"),
    ("soc", "Security Operations Center and SIEM Services", "541519", "DJ01",
     "The agency requires a managed security operations center to monitor its networks and endpoints 24x7, operate the SIEM, hunt for threats and lead incident response.",
     [("Monitoring", "The Contractor shall ingest logs from firewalls, domain controllers, EDR agents and cloud services into the SIEM and triage alerts within fifteen minutes."),
      ("Incident Response", "For confirmed incidents the Contractor shall contain affected hosts, preserve evidence and report to US-CERT within one hour as required."),
      ("Vulnerability Management", "Authenticated vulnerability scans shall run weekly; critical findings shall be reported within 24 hours with remediation guidance."),
      ("Threat Hunting", "Analysts shall perform hypothesis-driven hunts each month and document detection rules created."),
      ("Reporting", "Monthly reports shall include metrics on mean time to detect and respond, top alert sources and open risks.")],
     [("0001", "SOC monitoring, 24x7", "12", "MO"), ("0002", "SIEM licensing and storage", "12", "MO"), ("0003", "Incident response surge hours", "400", "HR")],
     "security operations services"),
    ("firewall", "Next-Generation Firewall Replacement", "541512", "7G21",
     "The bureau will replace perimeter and internal segmentation firewalls at its data center and 14 field offices.",
     [("Data Center", "Two firewall clusters with at least 40 Gbps threat-protection throughput, TLS inspection and high availability."),
      ("Field Offices", "Branch firewalls with SD-WAN, dual ISP support and integrated LTE failover."),
      ("Management", "Central management with policy versioning, role-based access and log forwarding to the SIEM."),
      ("Services", "Migration of about 3,200 rules, with cleanup of unused objects, and five years of subscriptions.")],
     [("0001", "Data center firewall cluster", "2", "EA"), ("0002", "Branch firewall with LTE", "14", "EA"), ("0003", "Threat subscriptions, 5 years", "16", "EA"), ("0004", "Migration services", "1", "LO")],
     "firewalls"),
    ("gwac-it", "IT Services Multiple-Award Contract including Network Services", "541512", "DA01",
     "The department is establishing a multiple-award IDIQ for IT services. Functional areas include IT service management, network and telecommunications services, cybersecurity, software development and cloud operations.",
     [("Network and Telecommunications", "Design, installation and operation of LAN, WAN, wireless and voice networks, including network equipment, circuits and network operations centers."),
      ("Cybersecurity", "Security assessment, continuous monitoring, SOC operations, identity management and incident response."),
      ("Cloud and Infrastructure", "Data center consolidation, server and storage operations, cloud migration."),
      ("Task Orders", "Orders will be competed among awardees with fair opportunity; ceilings and labor categories are set in Section B.")],
     [("0001", "Task order ceiling, functional area 1-4", "1", "LO")],
     "HARD: broad IT GWAC with network, telecom and cybersecurity functional areas"),
    ("cyber-ordering-guide", "Cybersecurity Services Ordering Guide", "541519", "DJ01",
     "This ordering guide explains how agencies buy cybersecurity services through the schedule: penetration testing, incident response, cyber hunt and risk and vulnerability assessment.",
     [("Service Areas", "Penetration testing identifies exploitable weaknesses; incident response contains and eradicates intrusions; cyber hunt searches for adversaries already present; risk and vulnerability assessments evaluate networks against known threats."),
      ("Ordering Steps", "Define requirements, conduct market research among qualified vendors, issue an RFQ through eBuy and evaluate quotes under FAR 8.405."),
      ("Pricing", "Labor categories are priced at ceiling rates; agencies may seek further discounts at the order level."),
      ("Security", "Contractor personnel shall meet the clearance level of the order and sign rules of behaviour.")],
     [("0001", "Reference labor categories", "1", "LO")],
     "HARD: ordering guide for buying cybersecurity services; treated as in scope (security services)"),
    ("lte-routers", "Cellular Routers and Data Plans for Fleet Vehicles", "517112", "5895",
     "The county will equip 320 public safety vehicles with rugged LTE/5G routers, antennas and mobile data plans for in-vehicle laptops and cameras.",
     [("Routers", "Routers shall support dual modems, FirstNet Band 14, GPS and VPN with FIPS 140-2 validated encryption."),
      ("Installation", "Installation shall include roof-mounted antennas, power ignition sensing and mounting in the trunk tray."),
      ("Data Plans", "Unlimited data plans with priority and pre-emption for public safety users.")],
     [("0001", "Vehicle router with antenna", "320", "EA"), ("0002", "Installation", "320", "EA"), ("0003", "Data plan, monthly", "3840", "MO")],
     "cellular routers and telecom services"),
]

# Security-software price proposal lines (SKU, description, MSRP) for DIR-style tables.
SKU_LINES = [
    ("EPP-ADV-1Y", "Endpoint protection, advanced tier, per device per year", 62.0),
    ("EDR-CLD-1Y", "Cloud EDR with 30-day telemetry retention, per endpoint", 84.0),
    ("XDR-ADD-IDN", "Identity threat detection add-on, per user", 28.0),
    ("VM-SCAN-500", "Vulnerability management, 500 assets, annual", 14500.0),
    ("VM-SCAN-AGT", "Vulnerability scanning agent, per asset", 31.0),
    ("NGFW-1800-HA", "Next-generation firewall appliance, HA pair", 48200.0),
    ("NGFW-TP-3Y", "Threat prevention subscription, 3 years", 9600.0),
    ("SIEM-50GB", "SIEM ingestion, 50 GB per day, annual", 72000.0),
    ("MDR-STD", "Managed detection and response, per endpoint per month", 7.5),
    ("EMAIL-SEC", "Email security gateway, per mailbox per year", 18.0),
    ("PAM-VAULT", "Privileged access vault, per privileged user", 210.0),
    ("WAF-CLD", "Web application firewall, per application per year", 3900.0),
    ("ZTNA-USR", "Zero trust network access, per user per year", 54.0),
    ("DLP-END", "Endpoint data loss prevention, per device", 39.0),
    ("PS-DEPLOY", "Professional services, deployment, per day", 1850.0),
    ("TRN-ADMIN", "Administrator training, per seat", 1200.0),
    ("SUP-PREM", "Premium support uplift, 24x7", 11000.0),
    ("ASM-EXT", "External attack surface monitoring, annual", 26000.0),
]

# Restricted offers: (key, product lines (desc, qty, unit), entity, doc shape, note)
EN_RVN = [
    ("hikvision-quote", [("Hikvision DS-2CD2387G2-LU 8MP ColorVu turret camera", 42, "EA"), ("Hikvision DS-7732NXI-K4 32-ch NVR", 2, "EA"), ("8TB surveillance HDD", 8, "EA")], "hikvision", "quote", "Hikvision cameras and NVRs quoted"),
    ("dahua-boq", [("IPC-HFW3849T1-AS-PV 8MP full-color bullet", 30, "EA"), ("NVR5216-16P-EI 16-ch recorder", 2, "EA"), ("PFS3010-8ET-96 PoE switch", 4, "EA")], "dahua", "boq", "HARD: Dahua model numbers only, no brand name"),
    ("huawei-switches", [("Huawei S5735-L48P4X-A1 access switch", 24, "EA"), ("Huawei CloudEngine S6730-H24X6C aggregation switch", 2, "EA"), ("eKit SFP+ 10G optics", 60, "EA")], "huawei", "quote", "Huawei switches quoted"),
    ("zte-cpe", [("ZTE MF289F LTE CPE", 150, "EA"), ("ZXHN F670L GPON ONT", 60, "EA"), ("Outdoor antenna kit", 150, "EA")], "zte", "boq", "ZTE CPE and ONT in BOQ"),
    ("hytera-radios", [("Hytera HP785 DMR portable radio", 80, "EA"), ("Hytera HR1065 repeater", 3, "EA"), ("Multi-unit charger", 12, "EA")], "hytera", "quote", "Hytera radios quoted"),
    ("dji-drones", [("DJI Matrice 30T with thermal", 3, "EA"), ("DJI Mavic 3 Enterprise", 4, "EA"), ("TB30 intelligent battery", 12, "EA")], "dji", "quote", "DJI drones quoted"),
    ("kaspersky-licences", [("Kaspersky Endpoint Security for Business Advanced, 3-year", 900, "EA"), ("Kaspersky Security Center deployment", 1, "LO")], "kaspersky", "quote", "Kaspersky licences quoted"),
    ("hikvision-spec", [("Reference model: DS-2DE4A425IWG-E 4MP PTZ, or equivalent", 6, "EA"), ("Reference model: iDS-TCM403-GIR ANPR camera, or equivalent", 4, "EA"), ("Video management software", 1, "LO")], "hikvision", "spec", "HARD: 'or equivalent' spec with Hikvision reference models (model numbers only)"),
    ("ezviz-imou", [("EZVIZ H8c outdoor Wi-Fi camera", 20, "EA"), ("Imou Cruiser 2 Wi-Fi camera", 12, "EA"), ("microSD 128GB", 32, "EA")], "hikvision", "quote", "HARD: consumer sub-brands EZVIZ (Hikvision) and Imou (Dahua) quoted"),
    ("huawei-wifi", [("AirEngine 6761-21 Wi-Fi 6 access point", 120, "EA"), ("AirEngine 9700-M1 WLAN controller", 2, "EA"), ("Installation labor", 1, "LO")], "huawei", "boq", "HARD: Huawei product line AirEngine without the vendor name"),
]

# More subject-specific tasks for the ICT subjects: in real ICT statements of work the subject
# fills most of the document, so the clause boilerplate must not drown it out here either.
EN_ICT_MORE = {
    "network-refresh": [
        ("Network Management", "The Contractor shall deploy a network management system that polls every switch and access point by SNMPv3, stores configuration backups nightly and alerts the NOC on interface errors, high CPU and failed power supplies."),
        ("IP Addressing and VLANs", "The Contractor shall implement the approved IP addressing plan, with separate VLANs for clinical devices, building automation, voice, guest wireless and video surveillance, and document every subnet in the IP address management tool."),
        ("Network Access Control", "Wired and wireless ports shall authenticate devices by 802.1X with MAC authentication bypass for devices that cannot run a supplicant; unknown devices shall land in a quarantine VLAN."),
        ("Acceptance Testing", "Acceptance testing shall include failover of each redundant link, throughput tests between closets, roaming tests across access points and a 30-day burn-in without critical faults."),
        ("Optics and Cabling", "The Contractor shall supply OEM-qualified optics and replace patch cords in each closet, labelling both ends according to TIA-606-C."),
    ],
    "vss": [
        ("Camera Placement", "The Contractor shall submit a camera placement plan with fields of view, pixel density at target distance (at least 80 pixels per foot for identification zones) and lighting assessment for each location."),
        ("Video Analytics", "The VMS shall support line-crossing, loitering and object-left-behind analytics on selected perimeter cameras and forward alarms to the operations center."),
        ("Cybersecurity of the VSS", "Default passwords shall be changed, unused services disabled, firmware signed and current, and all cameras placed behind the surveillance network firewall; the VSS shall obtain an authority to operate before going live."),
        ("Operator Workstations", "Four operator workstations with dual 32-inch monitors and a video wall of six displays shall be installed in the operations center."),
        ("Removal of Legacy Equipment", "Legacy analog cameras, coaxial cable and DVRs shall be removed, and hard drives sanitized and returned to the Government."),
    ],
    "lmr-p25": [
        ("Dispatch Consoles", "The Contractor shall integrate four IP dispatch console positions with the new system, including patching, instant recall recording and emergency alarm display."),
        ("Encryption Key Management", "A key management facility shall generate, store and distribute encryption keys over the air; the Contractor shall train two Government key custodians."),
        ("Towers and Shelters", "Tower structural analyses shall be performed before antennas are added; shelters shall receive new grounding per R56 and surge protection on every line."),
        ("Subscriber Programming", "All radios shall be programmed with the approved talkgroup plan and interoperability channels, and a fleet map delivered in native format."),
        ("Cutover Plan", "Cutover from the analog system shall be phased by district with both systems operating in parallel for at least two weeks."),
    ],
    "soc": [
        ("Log Sources Onboarding", "Within ninety days the Contractor shall onboard all priority log sources: perimeter firewalls, VPN concentrators, domain controllers, DNS, proxy, EDR and the cloud tenant audit logs."),
        ("Use Cases", "The Contractor shall maintain a library of detection use cases mapped to MITRE ATT&CK techniques and review their effectiveness quarterly."),
        ("Playbooks", "Incident response playbooks shall cover ransomware, business email compromise, insider threat and denial of service, and be exercised in a tabletop at least twice a year."),
        ("Staffing", "The SOC shall be staffed with tier 1 analysts around the clock and tier 2 and tier 3 analysts on call; analysts shall hold relevant certifications and a favourable background investigation."),
        ("Forensics", "The Contractor shall collect memory and disk images, maintain chain of custody and deliver forensic reports suitable for law enforcement referral."),
    ],
    "firewall": [
        ("Segmentation", "Internal segmentation firewalls shall separate the user network, server zones, the operational technology network and the management network, with default-deny rules."),
        ("Remote Access", "Remote access VPN shall require multifactor authentication and device posture checks before connecting users to internal applications."),
        ("Logging", "All firewalls shall send traffic and threat logs to the SIEM in a structured format and retain ninety days locally."),
        ("High Availability Testing", "Failover tests shall show session continuity with no more than three lost packets."),
    ],
    "gwac-it": [
        ("Network Operations", "Awardees may be asked to run network operations centers, monitor WAN circuits and LAN devices, replace failed switches and routers, and manage carrier services for voice and data."),
        ("Telecommunications Services", "Orders may cover unified communications, contact center telephony, cellular device management and circuit provisioning at field offices."),
        ("Security Operations", "Orders may require SOC services, vulnerability scanning, penetration testing, continuous diagnostics and mitigation tools and incident response."),
        ("Labor Categories", "Labor categories include network engineer, wireless engineer, telecommunications specialist, information security analyst, cloud architect and help desk specialist."),
        ("Supply Chain Risk Management", "Awardees shall maintain a supply chain risk management plan for hardware and software delivered under orders and shall not deliver products of covered entities."),
    ],
    "cyber-ordering-guide": [
        ("Penetration Testing", "Penetration testing services simulate attacks on networks, web applications and wireless systems and report exploitable weaknesses with remediation advice."),
        ("Incident Response", "Incident response services help an agency detect, contain and recover from intrusions, including forensic analysis and malware reverse engineering."),
        ("Cyber Hunt", "Cyber hunt services search the agency's networks and endpoints for adversaries that evaded automated defenses."),
        ("Risk and Vulnerability Assessment", "Assessments include network mapping, vulnerability scanning, phishing assessments, wireless assessments and database and operating system scanning."),
        ("Security Operations Center Services", "Vendors in the pool may operate or augment an agency SOC, including SIEM engineering and 24x7 monitoring."),
    ],
    "lte-routers": [
        ("Device Management", "A cloud management platform shall report modem signal, data usage and location, push firmware and configuration and alert on offline routers."),
        ("Security", "Routers shall support a stateful firewall, IPsec to the county data center and certificate-based authentication."),
        ("Carrier Certification", "Routers and modules shall be certified on the selected carrier networks including Band 14 for FirstNet."),
    ],
}

# General PWS/SOW sections shared by all solicitations; a document samples several.
PWS_GENERAL = [
    ("Quality Control", "The Contractor shall establish and maintain a quality control plan that describes inspection methods, frequency, the person responsible and how deficiencies are corrected. The plan shall be delivered with the offer and updated within ten days of any change."),
    ("Quality Assurance", "The Government will evaluate performance using the methods in the quality assurance surveillance plan, including random sampling, periodic inspection and validated customer complaints. Unsatisfactory performance will be documented on a corrective action request."),
    ("Hours of Operation", "Normal hours are 7:00 a.m. to 5:00 p.m., Monday through Friday, excluding the eleven federal holidays. Work outside these hours requires 48 hours' notice to the COR."),
    ("Key Personnel", "The Contractor shall name a program manager with authority to act for the Contractor on all matters. Substitution of key personnel requires prior written approval of the Contracting Officer."),
    ("Contractor Identification", "Contractor employees shall wear company identification at all times while on the installation and shall identify themselves as contractors in meetings, telephone calls and correspondence."),
    ("Installation Access", "Contractor personnel must obtain installation passes through the visitor center. Employees who fail the background check will not be granted access, and the Contractor remains responsible for staffing."),
    ("Safety", "The Contractor shall comply with OSHA standards and EM 385-1-1 where applicable, report all accidents within 24 hours, and submit an activity hazard analysis before starting each new task."),
    ("Environmental Protection", "Hazardous materials brought onto the site shall be listed with safety data sheets. Spills shall be reported immediately to the environmental office."),
    ("Government-Furnished Property", "The Government will furnish space for a storage room and utilities. The Contractor shall return all Government property in the condition received, less fair wear and tear."),
    ("Phase-In and Phase-Out", "The incoming Contractor may observe operations during the last thirty days of the current contract. At contract end the Contractor shall cooperate fully with a successor."),
    ("Records Retention", "The Contractor shall keep work orders, inspection records and certifications for three years after final payment and make them available to the Government upon request."),
    ("Conflict of Interest", "The Contractor shall identify any actual or potential organisational conflict of interest and propose a mitigation plan before performing any affected work."),
    ("Invoicing", "Invoices shall be submitted monthly in arrears through the Invoice Processing Platform and shall reference the contract number, CLIN, period of performance and quantities delivered."),
    ("Performance Standards", "Service levels are listed in the performance requirements summary. Repeated failure to meet a standard may be reflected in the past performance evaluation."),
    ("Privacy", "Contractor personnel with access to personally identifiable information shall complete privacy training and report suspected breaches to the COR within one hour."),
    ("Meetings", "A post-award conference will be held within ten days of award. Monthly progress meetings will review performance, safety and upcoming work."),
    ("Subcontracting", "The Contractor shall obtain the Contracting Officer's consent before subcontracting any portion of the work that was not identified in the offer."),
    ("Information Systems Access", "Contractor personnel who need access to agency information systems shall complete security awareness training, sign rules of behavior and use only Government-furnished accounts."),
]
INSTRUCTIONS = [
    "Offers are due by 2:00 p.m. local time on the closing date. Quotes received after that time will not be considered.",
    "Questions must be submitted in writing by e-mail to the Contracting Officer no later than seven days before the closing date. Answers will be posted as an amendment.",
    "A site visit will be held; attendance is strongly encouraged but not mandatory. Offerors must register two days in advance.",
    "The technical volume shall not exceed fifteen pages and shall address understanding of the requirement, staffing approach and quality control.",
    "Past performance: provide up to three references for contracts of similar size and scope performed in the last five years.",
    "Price shall be entered on the schedule for each CLIN in the base and option periods. Offerors must price every line.",
    "Award will be made on a lowest price technically acceptable basis. Technical acceptability is rated pass or fail.",
    "Award will be made on a best-value trade-off basis; technical factors are more important than price when combined.",
    "Offerors must be registered in SAM with an active registration at the time of offer and at award.",
    "The Government intends to award without discussions but reserves the right to hold them if needed.",
    "All amendments must be acknowledged; failure to acknowledge an amendment may render the offer unacceptable.",
    "This solicitation is set aside for service-disabled veteran-owned small businesses.",
    "This acquisition is a 100 percent total small business set-aside.",
    "This requirement is being solicited under full and open competition.",
]
OCCUPATIONS = {
    "chiller-pm": ["Air Conditioning Mechanic", "Maintenance Trades Helper", "Boiler Tender", "Stationary Engineer"],
    "custodial": ["Janitor", "Floor Waxer", "Housekeeping Aide", "Laborer, Grounds Maintenance"],
    "grounds": ["Laborer, Grounds Maintenance", "Tractor Operator", "Pest Controller", "Landscape Supervisor"],
    "cemetery": ["Laborer, Grounds Maintenance", "Tractor Operator", "Heavy Equipment Operator", "Truckdriver, Light"],
    "bakery": ["Baker", "Cook I", "Food Service Worker", "Cashier"],
    "guard": ["Guard I", "Guard II", "Police Officer I", "Supervisor, Protective Services"],
    "records-bpa": ["Records Technician", "Data Entry Operator I", "General Clerk II", "Word Processor I"],
    "fleet": ["Automotive Mechanic", "Automotive Worker", "Tire Repairer", "Motor Vehicle Dispatcher"],
    "elevator": ["Elevator Mechanic", "Maintenance Trades Helper", "General Maintenance Worker"],
    "pest": ["Pest Controller", "General Maintenance Worker"],
    "laundry": ["Laundry Worker", "Truckdriver, Medium", "Sewing Machine Operator", "Presser, Hand"],
    "snow": ["Heavy Equipment Operator", "Truckdriver, Heavy", "Laborer"],
    "moving": ["Mover", "Truckdriver, Medium", "Warehouse Specialist"],
    "interpreting": ["Interpreter", "General Clerk I"],
    "soc": ["Computer Systems Analyst II", "Computer Operator IV", "Network Administrator"],
    "lmr-p25": ["Electronics Technician Maintenance III", "Electronics Technician Maintenance II", "Radio Mechanic"],
    "vss": ["Electronics Technician Maintenance II", "Alarm Installer", "Electronics Technician Maintenance I"],
    "network-refresh": ["Computer Systems Analyst I", "Electronics Technician Maintenance II", "Network Administrator"],
}
CITY_TERMS = [
    ("Bid Submission", "Bids must be submitted through the City's electronic bidding portal. Paper bids, faxed bids and bids sent by e-mail will not be accepted. The bidder is solely responsible for timely upload."),
    ("Pricing", "Prices shall include all costs of delivery, inspection and handling. Unit prices govern in case of an extension error. Prices are firm for the initial term."),
    ("Local Business Preference", "A local business bid preference of five percent may be applied where permitted by ordinance. Bidders claiming the preference must submit the certification with the bid."),
    ("Insurance", "The successful bidder shall maintain commercial general liability insurance of at least $1,000,000 per occurrence, automobile liability and workers' compensation, naming the City as additional insured."),
    ("Indemnification", "The contractor shall defend, indemnify and hold harmless the City, its officers and employees from claims arising out of the contractor's performance, except to the extent caused by the City's sole negligence."),
    ("Non-Discrimination", "The contractor shall not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, age or disability, and shall comply with the City's equal opportunity program."),
    ("Tax Exemption", "The City is exempt from state sales and federal excise taxes; exemption certificates are available on request."),
    ("Termination", "The City may terminate the contract for convenience on thirty days' written notice, or immediately for default after notice and a ten-day cure period."),
    ("Public Records", "Bids become public records after award. Trade secrets must be clearly marked; the City will notify the bidder of any request to release marked material."),
    ("Federal Funds", "Where this contract is funded in whole or in part with federal funds, the contractor shall comply with 2 CFR 200 Appendix II, including the prohibition in 2 CFR 200.216 on covered telecommunications and video surveillance equipment or services from Huawei, ZTE, Hytera, Hikvision and Dahua."),
    ("Anti-Collusion", "By submitting a bid, the bidder certifies that the bid was prepared without collusion with any other bidder and that no City employee has a financial interest in it."),
    ("Delivery and Acceptance", "Title and risk of loss pass to the City upon acceptance at the delivery point. Nonconforming goods will be rejected and returned at the contractor's expense."),
    ("Payment", "Payment terms are net thirty days after receipt of a correct invoice and acceptance of the goods or services. Prompt-payment discounts are considered in the evaluation only if the period is at least twenty days."),
    ("Debarment", "The bidder certifies that neither it nor its principals are debarred, suspended or otherwise excluded from public contracting."),
    ("Conflict of Interest", "No City officer or employee who exercises any function with respect to this contract shall have any personal interest in it."),
]
GUIDES = [
    ("market-research-guide", "Market Research and RFI Best Practices for Enterprise Acquisitions", [
        "Market research is the foundation of a sound acquisition strategy. It tells the program what the commercial market offers, which sources exist, what terms are customary and whether small businesses can perform.",
        "Start early. Research conducted before requirements are fixed can still change them; research conducted afterwards mostly confirms what has been decided.",
        "A request for information should describe the problem rather than a solution, ask a small number of specific questions and give respondents enough time to answer well.",
        "Industry days and one-on-one sessions help programs understand pricing models and implementation risks, provided every interested vendor has the same opportunity to attend.",
        "Document the research: sources consulted, responses received, conclusions on commerciality and set-aside, and how the findings shaped the acquisition plan.",
        "Supply chain considerations belong in market research. Ask respondents about component origin and about their representations under FAR 52.204-24 and 52.204-26; the Section 889 prohibitions cover equipment from Huawei, ZTE, Hytera, Hikvision and Dahua.",
        "Avoid common mistakes: copying a previous statement of work, asking for proprietary pricing in an RFI, or treating the RFI as a down-select.",
        "Share the results with the program office, legal counsel and the small business specialist before finalising the strategy.",
    ], "HARD: guidance on market research that summarises s.889; nothing bought"),
    ("section-889-guide", "Implementing Section 889: Guidance for Program and Contracting Staff", [
        "This guidance explains how the two prohibitions of Section 889 of the FY2019 NDAA apply to agency acquisitions and what contracting staff must check.",
        "Part A prohibits buying any equipment, system or service that uses covered telecommunications equipment or services as a substantial or essential component. Part B prohibits contracting with an entity that uses such equipment, whether or not in performance of a federal contract.",
        "Covered equipment is telecommunications equipment produced by Huawei Technologies or ZTE Corporation and video surveillance and telecommunications equipment produced by Hytera, Hikvision or Dahua, including subsidiaries and affiliates.",
        "Contracting officers shall include FAR 52.204-24, 52.204-25 and 52.204-26 in solicitations and contracts as prescribed, and check the offeror's representation in SAM before award.",
        "If an offeror discloses that it uses covered equipment, the contracting officer shall not award unless a waiver has been granted by the agency head under the procedures in FAR 4.2104.",
        "Program staff should review existing contracts for equipment that may be covered, including cameras and recorders sold under other brand names, and report findings to the chief information officer.",
        "Questions about this guidance should be directed to the Office of the Senior Procurement Executive.",
    ], "HARD: policy guidance that summarises s.889 and names the restricted vendors; out of scope by convention"),
    ("agile-advisory", "Acquisition Advisory: Buying Agile Software Development Services", [
        "Agile development delivers working software in short increments and changes priorities as users learn. Contracts written for fixed requirements fit this way of working poorly.",
        "Describe outcomes and a product vision in a statement of objectives rather than a detailed list of features, and let offerors propose their approach.",
        "Evaluate offerors on demonstrated capability: a technical challenge or coding exercise reveals more than a written narrative.",
        "Use time-and-materials or labor-hour orders with a ceiling when the scope is uncertain, and fixed-price iterations when the team's velocity is known.",
        "Build the government product owner role into the program; agile contracts fail when no one with authority is available to accept work.",
        "Measure progress with working software, user satisfaction and deployment frequency, not with documents delivered.",
        "Keep the security authorisation process in step with development by automating testing and compliance evidence in the pipeline.",
    ], "software development acquisition advisory; no purchase"),
]


def money(rng: random.Random, lo: float, hi: float) -> str:
    return f"${rng.uniform(lo, hi):,.2f}"


def en_cover(rng: random.Random, title: str, naics: str, psc: str, city: bool) -> tuple[str, str, str]:
    """Cover block. Returns (text, buyer name, solicitation number)."""
    year = rng.choice((2021, 2022, 2023, 2024, 2025))
    place = rng.choice(PLACES)
    if city:
        buyer = rng.choice(CITY_BUYERS)
        number = f"{rng.choice(('ITB', 'RFB', 'RFP', 'IFB'))} {year}-{rng.randint(100, 999)}"
        lines = [buyer.upper(), f"{rng.choice(('INVITATION TO BID', 'REQUEST FOR BIDS', 'REQUEST FOR PROPOSALS'))} {number}",
                 title, f"Bid opening: {rng.randint(1, 28)} {rng.choice(('March', 'May', 'August', 'October'))} {year}, 2:00 p.m.",
                 f"Buyer: {rng.choice(('J. Alvarez', 'K. Moore', 'T. Nguyen', 'R. Patel', 'S. Okafor'))}, Senior Procurement Specialist"]
        return "\n".join(lines), buyer, number
    dept, office, code = rng.choice(EN_AGENCIES)
    number = f"{code}{year % 100}{rng.choice('QRB')}{rng.randint(1000, 9999)}"
    lines = [rng.choice(("SOLICITATION/CONTRACT/ORDER FOR COMMERCIAL PRODUCTS AND COMMERCIAL SERVICES (SF 1449)",
                         "REQUEST FOR QUOTATION", "COMBINED SYNOPSIS/SOLICITATION", "REQUEST FOR PROPOSAL")),
             f"Solicitation number: {number}", f"Issued by: {dept}, {office}",
             f"Title: {title}", f"NAICS: {naics}   Product/Service Code: {psc}",
             f"Place of performance: {place}",
             f"Offer due date: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"]
    if rng.random() < 0.6:
        lines.append(f"Size standard: {rng.choice(('$22.0 million', '$30.0 million', '500 employees', '$47.0 million', '1,000 employees'))}")
    return "\n".join(lines), f"{dept}, {office}", number


def clin_table(rng: random.Random, clins, md: bool) -> str:
    rows = [("CLIN", "Description", "Qty", "Unit", "Unit Price", "Amount")]
    option = rng.random() < 0.6
    periods = [("", 1.0)] + ([(" (Option Year 1)", 1.03), (" (Option Year 2)", 1.06)] if option else [])
    for suffix, factor in periods:
        for num, desc, qty, unit in clins:
            if suffix:
                num = str(int(num) + 1000 * (1 if "1" in suffix else 2)).zfill(4)
            rows.append((num, desc + suffix, qty, unit, "", ""))
    if md:
        out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * 6]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(out)
    return "\n".join("  ".join(f"{c:<10}" if i != 1 else f"{c:<52}" for i, c in enumerate(r)) for r in rows)


def wage_block(rng: random.Random, key: str) -> str:
    occ = OCCUPATIONS.get(key)
    if not occ:
        return ""
    county = rng.choice(("Harrison", "Anne Arundel", "Pima", "San Diego", "Ketchikan Gateway", "Douglas", "Hillsborough", "Cumberland"))
    lines = [f"WAGE DETERMINATION No. {rng.randint(2015, 2024)}-{rng.randint(1000, 9999)} Revision No. {rng.randint(3, 31)}",
             f"State and area: {county} County", "Occupation code - title                         Rate"]
    for o in occ:
        lines.append(f"{rng.randint(11000, 31999)} - {o:<40} {rng.uniform(14.5, 42.0):.2f}")
    lines.append(f"Health and welfare: ${rng.uniform(4.2, 5.4):.2f} per hour; vacation: {rng.choice((2, 3))} weeks after {rng.choice((1, 5))} years; {rng.choice((10, 11))} paid holidays.")
    return "\n".join(lines)


def clause_section(rng: random.Random, n_other: tuple[int, int], include_889: float = 1.0) -> str:
    """Sampled FAR/DFARS clause section; the 889 family appears in most documents of every label."""
    parts = []
    heads = rng.choice(("SECTION I - CONTRACT CLAUSES", "CONTRACT CLAUSES", "PART II - CONTRACT CLAUSES",
                        "ADDENDUM TO 52.212-4 AND 52.212-5", "Clauses and Provisions"))
    parts.append(heads)
    chosen = list(rng.sample(FAR_OTHER, rng.randint(*n_other)))
    if rng.random() < include_889:
        chosen += [(n, t, rng.choice(w)) for n, t, w in rng.sample(FAR_889, rng.randint(2, 4))]
    chosen.sort(key=lambda c: [int(x) if x.isdigit() else 0 for x in re.split(r"[.-]", c[0])])
    for num, title, text in chosen:
        fmt = rng.choice(("{n} {t}", "{n} {t} ({m})", "{n}  {T}"))
        header = fmt.format(n=num, t=title, T=title.upper(), m=rng.choice(("NOV 2021", "DEC 2022", "MAY 2024", "JAN 2025", "AUG 2020", "NOV 2023")))
        parts.append(f"{header}\n{text}")
    if rng.random() < 0.8:
        refs = rng.sample(FAR_REF_LIST, rng.randint(8, 22))
        parts.append("The following clauses are incorporated by reference:\n" + "\n".join(sorted(refs)))
    return "\n\n".join(parts)

DEFINITIONS = [
    ("Contracting Officer (CO)", "The person with authority to enter into, administer and terminate this contract and to make related determinations and findings."),
    ("Contracting Officer's Representative (COR)", "A Government employee designated in writing by the CO to monitor technical performance; the COR may not change the contract terms."),
    ("Acceptable Quality Level (AQL)", "The maximum allowable variation from a performance standard before the Government takes corrective action."),
    ("Deliverable", "Anything the Contractor must submit under this contract, whether a report, plan, record or physical item."),
    ("Business Day", "Monday through Friday, excluding federal holidays and days the installation is closed by the commander."),
    ("Emergency", "A condition that threatens life, health or property or stops a mission-critical operation and requires immediate response."),
    ("Government-Furnished Property (GFP)", "Property in the possession of, or acquired directly by, the Government and subsequently made available to the Contractor."),
    ("Quality Control (QC)", "The Contractor's own actions to ensure that services meet contract requirements."),
    ("Quality Assurance (QA)", "The Government's actions to determine whether the Contractor has met contract requirements."),
    ("Work Order", "A written request from the COR for a specific task within the scope of the contract."),
    ("Corrective Action Request (CAR)", "A written notice that performance is deficient, requiring the Contractor to state the cause and the correction."),
    ("Federal Contract Information", "Information not intended for public release that is provided by or generated for the Government under a contract."),
    ("Physical Security", "Actions taken to protect Government property and personnel from unauthorized access, damage or theft."),
    ("Preventive Maintenance", "Scheduled work done to keep equipment in good operating condition and to detect and correct problems before failure."),
    ("Response Time", "The period from notification by the Government until the Contractor's qualified personnel arrive on site."),
    ("Surge Requirement", "A temporary increase in workload caused by events outside the normal schedule and ordered under the surge CLIN."),
]
ADMIN_SECTIONS = [
    ("Period of Performance", "The base period is twelve months from the date of award, followed by up to four twelve-month option periods, exercised at the Government's discretion under 52.217-9."),
    ("Authority of Government Personnel", "Only the Contracting Officer may change the terms of this contract. Technical direction from the COR that the Contractor believes changes the scope shall be referred to the CO in writing before it is performed."),
    ("Post-Award Conference", "Within fifteen days after award the Contractor shall meet with the CO and COR to review the performance work statement, the quality assurance plan, security requirements and invoicing procedures."),
    ("Contract Type", "This is a firm-fixed-price contract with a time-and-materials line for unscheduled work. Time-and-materials work requires a written order from the CO with a not-to-exceed amount."),
    ("Evaluation Factors", "Factor 1, technical approach, considers the understanding of the requirement and the staffing plan. Factor 2, past performance, considers relevance and quality of recent contracts. Factor 3 is price, evaluated for reasonableness and balance across periods."),
    ("Proposal Format", "Proposals shall be submitted in three volumes: technical, past performance and price. Pages shall be letter size with one-inch margins and a font no smaller than eleven points."),
    ("Responsibility", "Before award the Contracting Officer will determine whether the apparent successful Offeror is responsible, considering financial resources, the ability to meet the schedule, and the record of integrity and business ethics."),
    ("Notice to Offerors Regarding Funds", "Funds are not presently available for this contract. The Government's obligation is contingent upon availability of appropriated funds, and no award will be made until funds are available."),
    ("Performance Evaluation", "The Government will evaluate the Contractor's performance in CPARS at least annually and at completion; the Contractor may comment on each evaluation within fourteen days."),
    ("Holidays", "The Government observes New Year's Day, Martin Luther King Jr.'s Birthday, Washington's Birthday, Memorial Day, Juneteenth, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving Day and Christmas Day."),
    ("Unauthorized Work", "The Government will not pay for work performed outside the scope of the contract or without a written order from the Contracting Officer."),
    ("Contractor Manpower Reporting", "The Contractor shall report all labor hours required for performance of services provided under this contract through the Enterprise Contractor Manpower Reporting Application by October 31 of each year."),
]
REPS_FORM = [
    "(a) Small business concern. The Offeror represents as part of its offer that it [ ] is, [ ] is not a small business concern.",
    "(b) Veteran-owned small business concern. The Offeror represents that it [ ] is, [ ] is not a veteran-owned small business concern.",
    "(c) Women-owned small business concern. The Offeror represents that it [ ] is, [ ] is not a women-owned small business concern.",
    "(d) Tax liability. The Offeror represents that it [ ] is, [ ] is not a corporation that has any unpaid federal tax liability that has been assessed and is not being paid under an agreement.",
    "(e) Felony conviction. The Offeror represents that it [ ] is, [ ] is not a corporation that was convicted of a felony criminal violation under any federal law within the preceding 24 months.",
    "(f) Covered telecommunications equipment or services. The Offeror represents that it [ ] does, [ ] does not provide covered telecommunications equipment or services as a part of its offered products or services, and that it [ ] does, [ ] does not use covered telecommunications equipment or services.",
    "(g) Place of manufacture. The Offeror's offered products are [ ] predominantly manufactured in the United States, [ ] predominantly manufactured outside the United States.",
    "(h) Child labor. The Offeror [ ] will, [ ] will not supply any end product listed in the list of products requiring contractor certification as to forced or indentured child labor.",
    "(i) Inverted domestic corporation. The Offeror represents that it [ ] is, [ ] is not an inverted domestic corporation, and [ ] is, [ ] is not a subsidiary of one.",
    "(j) Sanctioned activities relating to Iran. The Offeror represents that it does not export sensitive technology to the government of Iran and does not engage in activities for which sanctions may be imposed.",
]


def extra_sections(rng: random.Random, tasks, h) -> list[str]:
    """Definitions, performance requirements summary, administration sections, reps form."""
    out = []
    defs = rng.sample(DEFINITIONS, rng.randint(5, 11))
    out.append(h("Definitions") + "\n" + "\n".join(f"{a}: {b}" for a, b in defs))
    prs = ["Performance Objective | Standard | AQL | Method of Surveillance"]
    for th, _ in rng.sample(tasks, min(len(tasks), rng.randint(3, 6))):
        prs.append(f"{th} | Performed as stated in the PWS | {rng.choice(('0 defects', '2%', '5%', '95% on time', '1 validated complaint per month'))} | {rng.choice(('Random sampling', '100% inspection', 'Periodic inspection', 'Customer complaint'))}")
    out.append(h("Performance Requirements Summary") + "\n" + "\n".join(prs))
    for a, b in rng.sample(ADMIN_SECTIONS, rng.randint(4, 8)):
        out.append(f"{a}\n{b}")
    if rng.random() < 0.7:
        out.append(h("Offeror Representations and Certifications (excerpt)") + "\n" + "\n".join(rng.sample(REPS_FORM, rng.randint(5, 9))))
    return out

# Contractor IT-hygiene paragraphs that real facility and service solicitations carry (access to
# agency systems, contractor laptops): they name firewalls, anti-virus and networks although
# nothing of the kind is bought. Sampled into solicitations of every label.
IT_HYGIENE = [
    ("Contractor-Owned Computers", "Any contractor-owned laptop used to prepare deliverables shall run a supported operating system, current anti-virus or endpoint security software with daily signature updates, a host firewall and full-disk encryption."),
    ("Connection to Government Networks", "The Contractor shall not connect any device to the Government local area network or wireless network without written approval of the information system security officer. Personal routers, hotspots and switches are prohibited in Government spaces."),
    ("Protection of Government Information", "Government information shall be stored only on systems that meet the basic safeguarding requirements of FAR 52.204-21; e-mail containing sensitive information shall be encrypted."),
    ("Use of Government IT", "Contractor staff issued Government accounts shall complete annual cyber awareness training and comply with the agency's rules of behavior; accounts of departing staff shall be disabled within one business day."),
    ("Incident Reporting", "The Contractor shall report any suspected loss of Government information, malware on a device used for this contract or unauthorised access to the COR and the security operations center within one hour."),
    ("Telephones", "The Government will provide a desk telephone in the contractor's office space; the Contractor is responsible for its own mobile phones and service plans."),
    ("Building Automation Access", "Remote access to the building automation system for troubleshooting is allowed only through the Government's approved VPN and must be requested through the COR for each session."),
]
CHECKLIST_TITLES = [
    ("52.203-6", "Restrictions on Subcontractor Sales to the Government", "JUN 2020"),
    ("52.203-13", "Contractor Code of Business Ethics and Conduct", "NOV 2021"),
    ("52.204-10", "Reporting Executive Compensation and First-Tier Subcontract Awards", "JUN 2020"),
    ("52.204-14", "Service Contract Reporting Requirements", "OCT 2016"),
    ("52.204-23", "Prohibition on Contracting for Hardware, Software, and Services Developed or Provided by Kaspersky Lab and Other Covered Entities", "DEC 2023"),
    ("52.204-25", "Prohibition on Contracting for Certain Telecommunications and Video Surveillance Services or Equipment", "NOV 2021"),
    ("52.204-27", "Prohibition on a ByteDance Covered Application", "JUN 2023"),
    ("52.204-30", "Federal Acquisition Supply Chain Security Act Orders—Prohibition", "DEC 2023"),
    ("52.209-6", "Protecting the Government's Interest When Subcontracting with Contractors Debarred, Suspended, or Proposed for Debarment", "JAN 2025"),
    ("52.209-9", "Updates of Publicly Available Information Regarding Responsibility Matters", "OCT 2018"),
    ("52.219-6", "Notice of Total Small Business Set-Aside", "NOV 2020"),
    ("52.219-8", "Utilization of Small Business Concerns", "JAN 2025"),
    ("52.219-14", "Limitations on Subcontracting", "OCT 2022"),
    ("52.219-27", "Notice of Set-Aside for, or Sole-Source Award to, Service-Disabled Veteran-Owned Small Business Concerns", "SEP 2023"),
    ("52.222-3", "Convict Labor", "JUN 2003"),
    ("52.222-19", "Child Labor—Cooperation with Authorities and Remedies", "FEB 2024"),
    ("52.222-21", "Prohibition of Segregated Facilities", "APR 2015"),
    ("52.222-26", "Equal Opportunity", "SEP 2016"),
    ("52.222-35", "Equal Opportunity for Veterans", "JUN 2020"),
    ("52.222-36", "Equal Opportunity for Workers with Disabilities", "JUN 2020"),
    ("52.222-37", "Employment Reports on Veterans", "JUN 2020"),
    ("52.222-40", "Notification of Employee Rights Under the National Labor Relations Act", "DEC 2010"),
    ("52.222-41", "Service Contract Labor Standards", "AUG 2018"),
    ("52.222-50", "Combating Trafficking in Persons", "NOV 2021"),
    ("52.222-54", "Employment Eligibility Verification", "JAN 2025"),
    ("52.222-55", "Minimum Wages for Contractor Workers Under Executive Order 14026", "JAN 2022"),
    ("52.222-62", "Paid Sick Leave Under Executive Order 13706", "JAN 2022"),
    ("52.223-18", "Encouraging Contractor Policies to Ban Text Messaging While Driving", "MAY 2024"),
    ("52.225-13", "Restrictions on Certain Foreign Purchases", "FEB 2021"),
    ("52.232-33", "Payment by Electronic Funds Transfer—System for Award Management", "OCT 2018"),
    ("52.232-40", "Providing Accelerated Payments to Small Business Subcontractors", "MAR 2023"),
]
FAR_889_TITLES = {n: t for n, t, _ in FAR_889}


def checklist_212_5(rng: random.Random) -> str:
    """52.212-5 paragraph (b) checklist: clause titles with check marks, 889 titles included."""
    lines = ["52.212-5 Contract Terms and Conditions Required To Implement Statutes or Executive Orders—Commercial Products and Commercial Services",
             rng.choice(("(b) The Contractor shall comply with the FAR clauses in this paragraph (b) that the Contracting Officer has indicated as being incorporated in this contract by reference:",
                         "(b) The Contracting Officer has checked the clauses below that apply to this acquisition:"))]
    chosen = sorted(rng.sample(CHECKLIST_TITLES, rng.randint(14, len(CHECKLIST_TITLES))), key=lambda c: c[0])
    mark = rng.choice(("[X]", "__X__", "(X)"))
    blank = {"[X]": "[ ]", "__X__": "_____", "(X)": "( )"}[mark]
    for i, (n, t, d) in enumerate(chosen, 1):
        checked = mark if ("204-2" in n or rng.random() < 0.6) else blank
        lines.append(f"{checked} ({i}) {n}, {t} ({d}).")
    return "\n".join(lines)


def clause_section_real(rng: random.Random, n_other: tuple[int, int]) -> str:
    """Clause section in one of the shapes real solicitations use.

    full: 889 clauses in full text (vendor names); kaspersky: only 52.204-23 in full, the rest by
    title; titles: every 889 clause by number and title only (no vendor names) plus a 52.212-5
    checklist; mixed: 52.204-24 in full, 52.204-25 by title, checklist; repr: the representation
    provisions 52.204-24/-26 and 52.204-23 in full, 52.204-25 by title.
    """
    mode = rng.choice(("full", "kaspersky", "titles", "mixed", "repr"))
    if mode == "full":
        return clause_section(rng, n_other)
    parts = [rng.choice(("SECTION I - CONTRACT CLAUSES", "CONTRACT CLAUSES", "PART II - CONTRACT CLAUSES", "Clauses and Provisions"))]
    other = rng.sample(FAR_OTHER, rng.randint(*n_other))
    full_889 = {"kaspersky": ["52.204-23"], "mixed": ["52.204-24"], "titles": [], "repr": ["52.204-23", "52.204-24", "52.204-26"]}[mode]
    for n, t, w in FAR_889:
        if n in full_889:
            other.append((n, t, rng.choice(w)))
    other.sort(key=lambda c: [int(x) if x.isdigit() else 0 for x in re.split(r"[.-]", c[0])])
    for n, t, x in other:
        parts.append(f"{n} {t}\n{x}")
    refs = rng.sample(FAR_REF_LIST, rng.randint(8, 20)) + [f"{n} {t}" for n, t in FAR_889_TITLES.items() if n not in full_889 and rng.random() < 0.8]
    parts.append(rng.choice(("The following clauses are incorporated by reference:", "CLAUSES INCORPORATED BY REFERENCE", "52.252-2 Clauses Incorporated by Reference (FEB 1998) - the following apply:")) + "\n" + "\n".join(sorted(refs)))
    parts.append(checklist_212_5(rng))
    return "\n\n".join(parts)


def en_solicitation(rng: random.Random, subj, label: str, md: bool) -> tuple[str, str]:
    """A long SF1449/RFQ-style solicitation with PWS, optional wage determination and clauses."""
    key, title, naics, psc, background, tasks, clins, _note = subj
    city = rng.random() < 0.2
    cover, buyer, number = en_cover(rng, title, naics, psc, city)
    h = (lambda s: f"## {s}") if md else (lambda s: s.upper())
    parts = [cover, h("Schedule of Supplies/Services"), clin_table(rng, clins, md)]
    doc_word = rng.choice(("Performance Work Statement", "Statement of Work", "Statement of Objectives"))
    parts.append(h(f"{doc_word}: {title}"))
    parts.append(f"1. Background\n{background}")
    scope = rng.choice((
        f"The Contractor shall furnish all personnel, supervision, equipment, materials and transportation necessary to perform the work described in this {doc_word.lower()}, except as specified as Government-furnished.",
        f"This {doc_word.lower()} defines the results the Government expects. The Contractor decides how to achieve them, within the standards stated below and applicable law.",
        "Work consists of the tasks below at the locations listed in the schedule. Quantities are estimates; the Government will order what it needs.",
    ))
    parts.append(f"2. Scope\n{scope}")
    tasks = list(tasks) + EN_ICT_MORE.get(key, [])
    chosen = rng.sample(tasks, max(3, len(tasks) - rng.randint(0, 2)))
    for i, (th, tx) in enumerate(chosen, 1):
        parts.append(f"3.{i} {th}\n{tx}")
    for i, (gh, gx) in enumerate(rng.sample(PWS_GENERAL, rng.randint(7, 13)), 4):
        parts.append(f"{i}. {gh}\n{gx}")
    parts += extra_sections(rng, tasks, h)
    if rng.random() < 0.55:
        parts += [f"{a}\n{b}" for a, b in rng.sample(IT_HYGIENE, rng.randint(2, 5))]
    if not city:
        wd = wage_block(rng, key)
        if wd:
            parts.append(h("Wage Determination") + "\n" + wd)
        parts.append(h("Instructions to Offerors") + "\n" + "\n".join(f"({chr(97 + i)}) {t}" for i, t in enumerate(rng.sample(INSTRUCTIONS, rng.randint(4, 7)))))
        parts.append(clause_section_real(rng, (16, 32)))
    else:
        terms = rng.sample(CITY_TERMS, rng.randint(7, 12))
        fed = [t for t in CITY_TERMS if t[0] == "Federal Funds"]
        if fed[0] not in terms and rng.random() < 0.7:
            terms.append(fed[0])
        parts.append(h("General Terms and Conditions") + "\n\n" + "\n\n".join(f"{i}. {a}. {b}" for i, (a, b) in enumerate(terms, 1)))
        parts.append(clause_section_real(rng, (8, 18)))
    parts.append(f"Point of contact: Contracting Officer, {buyer}. Reference {number} on all correspondence.")
    return "\n\n".join(parts) + "\n", buyer


def en_price_proposal(rng: random.Random, md: bool) -> tuple[str, str]:
    """A state cooperative-contract price proposal for security products (SKU table)."""
    firm = rng.choice(FIRMS)
    contract = f"DIR-CPO-{rng.randint(4000, 5999)}"
    lines = rng.sample(SKU_LINES, rng.randint(8, 14))
    disc = rng.choice((0.12, 0.18, 0.22, 0.27, 0.31))
    cat = rng.choice(("Category 1: Endpoint and Network Security Products", "Category 2: Security Monitoring and Vulnerability Management",
                      "Category 3: Managed Security Services", "Category 4: Security Software Subscriptions"))
    out = [f"EXHIBIT {rng.choice('BCD')} - PRICE PROPOSAL", f"Respondent: {firm}",
           f"Solicitation: {rng.choice(('Digital Security Solutions', 'Cybersecurity Products and Services', 'Information Security Solutions'))} (RFO {rng.randint(10, 99)}-{rng.randint(100000, 999999)})",
           cat, f"Proposed cooperative contract: {contract}", ""]
    out.append(rng.choice((
        "Prices below are not-to-exceed customer prices. Customers may negotiate lower prices for volume or term commitments. The discount applies to the manufacturer's list price in effect at the order date.",
        "The Respondent offers the following discount from MSRP on all products and services in the category. Quantity tiers apply per order, not cumulatively.",
        "All subscriptions are annual unless stated otherwise, billed in advance. Services are priced per unit shown and include travel within the state.")))
    head = ("SKU", "Description", "MSRP", "Discount", "Customer Price")
    rows = []
    for sku, desc, msrp in lines:
        m = msrp * rng.uniform(0.9, 1.15)
        rows.append((f"{sku}-{rng.randint(10, 99)}", desc, f"${m:,.2f}", f"{disc * 100:.0f}%", f"${m * (1 - disc):,.2f}"))
    if md:
        out += ["| " + " | ".join(head) + " |", "|---|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows]
    else:
        out += [" | ".join(head)] + [" | ".join(r) for r in rows]
    out.append("")
    out.append("Volume tiers: " + "; ".join(f"{a}-{b} units: additional {c}%" for a, b, c in ((1, 99, 0), (100, 999, rng.randint(2, 5)), (1000, 4999, rng.randint(6, 9)))))
    out.append(rng.choice(("Price holds for 12 months from contract execution.", "Pricing is firm for the initial term; renewals capped at 3%.")))
    out.append(rng.choice((
        "The Respondent certifies that none of the offered products are produced by or include components from an entity listed on the FCC Covered List.",
        "Manufacturer authorisation letters are attached for every OEM listed.",
        "Professional services are delivered by certified engineers located in the United States.")))
    if rng.random() < 0.7:
        out.append("")
        out.append(clause_section(rng, (3, 9)))
    return "\n".join(out) + "\n", firm


def en_rvn_offer(rng: random.Random, offer, md: bool) -> tuple[str, str]:
    """A quote, BOQ or spec that offers or specifies restricted products, plus solicitation boilerplate."""
    key, items, entity, shape, _note = offer
    firm = rng.choice(FIRMS)
    city = rng.random() < 0.4
    title = rng.choice({
        "quote": ("Quotation", "Price Quote", "Reseller Quote"), "boq": ("Bill of Quantities", "Bill of Materials"),
        "spec": ("Technical Specification", "Equipment Specification")}[shape])
    subject = rng.choice(OFFER_SUBJECTS[entity])
    cover, buyer, number = en_cover(rng, f"{title} - {subject}", "423430", "5810", city)
    out = [cover, "", f"{title} submitted by {firm} in response to {number}" if shape != "spec" else f"{title} issued by {buyer}", ""]
    head = ("Item", "Description", "Qty", "Unit", "Unit Price", "Extended")
    rows = []
    total = 0.0
    extras = [("Installation and configuration", 1, "LO", 2500, 18000), ("Cabling and mounting hardware", 1, "LO", 800, 6000),
              ("On-site training", 2, "DY", 900, 1600), ("Extended warranty, 3 years", 1, "LO", 1200, 9000), ("Project management", 40, "HR", 95, 165)]
    lines = [(d, q, u, 40, 4000) for d, q, u in items] + rng.sample(extras, rng.randint(1, 3))
    for i, (desc, qty, unit, lo, hi) in enumerate(lines, 1):
        up = rng.uniform(lo, hi)
        total += up * qty
        rows.append((str(i), desc, str(qty), unit, f"${up:,.2f}", f"${up * qty:,.2f}"))
    if md:
        out += ["| " + " | ".join(head) + " |", "|---|---|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in rows]
    else:
        out += ["  ".join(head)] + ["  ".join(r) for r in rows]
    out.append(f"Total: ${total:,.2f}")
    out.append(rng.choice(("Lead time 4-6 weeks ARO.", "Quote valid for 30 days.", "Prices FOB destination, freight included.", "Delivery within 21 calendar days after order.")))
    if shape == "spec":
        out.append(rng.choice(("Offers of equivalent products must include a compliance matrix against each parameter of the reference models.",
                               "The reference models define the minimum performance; bidders may propose them or equivalents.")))
    for gh, gx in rng.sample(PWS_GENERAL, rng.randint(3, 7)):
        out.append(f"\n{gh}\n{gx}")
    out.append("\n" + h_plain("Instructions") + "\n" + "\n".join(rng.sample(INSTRUCTIONS, rng.randint(3, 5))))
    out += ["\n" + x for x in extra_sections(rng, OFFER_TASKS, h_plain)]
    out.append("\n" + clause_section_real(rng, (14, 28)))
    return "\n".join(out) + "\n", firm


OFFER_TASKS = [("Delivery", ""), ("Installation", ""), ("Configuration", ""), ("Warranty Service", ""), ("Operator Training", ""), ("Documentation", "")]
OFFER_SUBJECTS = {
    "hikvision": ("Video Surveillance Cameras and Recorders", "Security Camera Replacement", "Parking Lot Camera System"),
    "dahua": ("IP Camera System", "CCTV Expansion, Maintenance Yard", "Video Surveillance Equipment"),
    "huawei": ("Network Switches and Wireless", "Campus LAN Equipment", "Wireless Network Expansion"),
    "zte": ("Broadband CPE and ONT Equipment", "Rural Fixed Wireless Access Equipment"),
    "hytera": ("Two-Way Radios and Repeaters", "DMR Radio System"),
    "dji": ("Unmanned Aircraft Systems", "Drones for Inspection and Public Safety"),
    "kaspersky": ("Antivirus Licence Renewal", "Endpoint Protection Software"),
}


def h_plain(s: str) -> str:
    return s.upper()


def en_city_bid(rng: random.Random, subj, md: bool) -> tuple[str, str]:
    """A city invitation to bid: short specification, bid form, then long terms and conditions."""
    key, title, naics, psc, background, tasks, clins, _note = subj
    cover, buyer, number = en_cover(rng, title, naics, psc, True)
    parts = [cover, "SPECIFICATIONS", background]
    for th, tx in rng.sample(tasks, min(len(tasks), rng.randint(2, 4))):
        parts.append(f"{th}: {tx}")
    parts.append("BID FORM\n" + clin_table(rng, clins, md))
    terms = rng.sample(CITY_TERMS, rng.randint(10, len(CITY_TERMS)))
    parts.append("TERMS AND CONDITIONS\n\n" + "\n\n".join(f"{i}. {a}\n{b}" for i, (a, b) in enumerate(terms, 1)))
    parts += extra_sections(rng, tasks, str.upper)[2:]
    parts.append(clause_section_real(rng, (10, 22)))
    return "\n\n".join(parts) + "\n", buyer


def en_guide(rng: random.Random, guide) -> str:
    key, title, paras, _note = guide
    agency = rng.choice(EN_AGENCIES)[0]
    out = [title, f"{agency} - {rng.choice(('Office of Acquisition Policy', 'Procurement Innovation Lab', 'Office of the Chief Procurement Officer'))}", ""]
    for i, p in enumerate(paras, 1):
        out.append(f"{i}. {p}")
    out.append("")
    out.append(clause_section(rng, (4, 8), include_889=0.5) if rng.random() < 0.5 else "This document is guidance and does not change any regulation.")
    return "\n".join(out) + "\n"


def en_ordering_guide(rng: random.Random, subj) -> str:
    """An ordering guide for a pool of security services (no CLIN schedule, no wage table)."""
    key, title, naics, psc, background, tasks, _clins, _note = subj
    agency = rng.choice(("General Services Administration", "Department of Homeland Security", "Department of the Interior", "NASA SEWP Program Office"))
    out = [title, f"{agency} - {rng.choice(('Federal Acquisition Service', 'Office of the Chief Information Officer', 'IT Category Management'))}",
           f"Version {rng.randint(1, 4)}.{rng.randint(0, 9)}", "", "1. Purpose", background, "", "2. Services Available"]
    allt = list(tasks) + EN_ICT_MORE.get(key, [])
    for i, (a, b) in enumerate(rng.sample(allt, len(allt) - rng.randint(0, 2)), 1):
        out.append(f"2.{i} {a}\n{b}")
    out.append("")
    out.append("3. Ordering Procedures")
    out.append("\n".join(f"({chr(97 + i)}) {t}" for i, t in enumerate(rng.sample(INSTRUCTIONS, rng.randint(3, 5)))))
    out += ["", "4. Definitions"] + [f"{a}: {b}" for a, b in rng.sample(DEFINITIONS, rng.randint(3, 6))]
    out += ["", "5. Clauses Applicable to Orders", clause_section(rng, (6, 14))]
    return "\n".join(out) + "\n"


# =====================================================================================
# vi: "tiêu chí kỹ thuật" / "yêu cầu kỹ thuật" criteria tables
# =====================================================================================

VI_BUYERS = ("Tổng công ty Bưu điện Việt Nam", "Công ty Điện lực Hải Phòng", "Bệnh viện Đa khoa tỉnh Nghệ An",
             "Sở Giao thông vận tải TP. Hồ Chí Minh", "Trường Đại học Bách khoa Đà Nẵng", "Ngân hàng TMCP Phát triển nhà",
             "Công ty Cổ phần Cảng Cần Thơ", "Ủy ban nhân dân quận Hoàng Mai", "Tổng công ty Bảo hiểm Bảo Minh",
             "Kho bạc Nhà nước tỉnh Quảng Ninh", "Công ty TNHH MTV Thoát nước Hà Nội", "Trung tâm Y tế huyện Củ Chi",
             "Tổng công ty Đường sắt Việt Nam", "Sở Thông tin và Truyền thông tỉnh Bình Dương", "Công ty Cổ phần Logistics Miền Trung")

# (key, label, title, intro, [(criterion, requirement), ...], note)
VI_SUBJECTS = [
    ("xe-tai", OOS, "xe tải thùng kín chở bưu gửi", "Xe dùng để vận chuyển bưu gửi giữa các trung tâm khai thác và bưu cục.",
     [("Tải trọng cho phép", "≥ 1.900 kg"), ("Động cơ", "Diesel, tiêu chuẩn khí thải Euro 5"), ("Kích thước lòng thùng", "≥ 4.300 × 1.800 × 1.850 mm"),
      ("Vật liệu thùng", "Composite cách nhiệt, sàn chống trượt"), ("Hộp số", "Số sàn 6 cấp"), ("Hệ thống phanh", "ABS, phanh tang trống khí nén"),
      ("Camera lùi", "Có, màn hình hiển thị trong cabin"), ("Bảo hành", "≥ 36 tháng hoặc 100.000 km")], "HARD: vehicle; reversing camera is a vehicle accessory"),
    ("xe-nang", OOS, "xe nâng điện dùng trong trung tâm chia chọn", "Xe nâng phục vụ bốc xếp pallet hàng hóa trong kho và trung tâm chia chọn.",
     [("Sức nâng", "≥ 2.000 kg"), ("Chiều cao nâng tối đa", "≥ 4.500 mm"), ("Nguồn động lực", "Ắc quy lithium-ion 48 V"),
      ("Thời gian làm việc liên tục", "≥ 8 giờ/lần sạc"), ("Bán kính quay vòng", "≤ 2.100 mm"), ("Lốp", "Lốp đặc, không để lại vết trên sàn"),
      ("An toàn", "Đèn cảnh báo xanh, còi lùi, dây an toàn")], "forklift"),
    ("bang-tai", OOS, "băng tải con lăn và vách chắn băng tải", "Hệ thống băng tải phục vụ chia chọn bưu kiện tại trung tâm khai thác.",
     [("Chiều rộng con lăn", "600 mm ± 10 mm"), ("Đường kính con lăn", "50 mm, thép mạ kẽm"), ("Tải trọng", "≥ 50 kg/m"),
      ("Tốc độ băng", "Điều chỉnh 0,3-1,2 m/s bằng biến tần"), ("Vách chắn", "Tôn dày 1,2 mm, sơn tĩnh điện"), ("Độ ồn", "≤ 70 dB tại khoảng cách 1 m"),
      ("Dừng khẩn cấp", "Nút dừng khẩn cấp mỗi 10 m")], "conveyor"),
    ("may-in-nhiet", OOS, "máy in nhiệt để bàn in nhãn A8", "Máy in nhãn vận đơn tại quầy giao dịch.",
     [("Công nghệ in", "In nhiệt trực tiếp"), ("Độ phân giải", "≥ 203 dpi"), ("Tốc độ in", "≥ 127 mm/giây"), ("Khổ nhãn", "Tối đa 104 mm"),
      ("Kết nối", "USB 2.0; tùy chọn Ethernet"), ("Hệ điều hành hỗ trợ", "Windows 10/11, Linux"), ("Độ bền đầu in", "≥ 50 km")], "HARD: thermal printers; peripherals are out of scope"),
    ("ban-ghe", OOS, "bàn ghế văn phòng", "Trang bị bàn ghế cho trụ sở làm việc mới.",
     [("Bàn làm việc", "Mặt gỗ MFC chống ẩm dày 25 mm, chân thép sơn tĩnh điện"), ("Kích thước bàn", "1.400 × 700 × 750 mm"),
      ("Ghế xoay", "Lưng lưới, tựa đầu, tay ghế điều chỉnh"), ("Tải trọng ghế", "≥ 120 kg"), ("Tủ tài liệu", "Thép dày 0,8 mm, khóa an toàn"),
      ("Bảo hành", "≥ 24 tháng")], "furniture"),
    ("dieu-hoa", OOS, "máy điều hòa không khí", "Thay thế điều hòa cho các phòng làm việc và phòng họp.",
     [("Loại máy", "Treo tường, hai chiều, inverter"), ("Công suất làm lạnh", "18.000 BTU/h"), ("Môi chất lạnh", "R32"),
      ("Hiệu suất năng lượng", "Nhãn năng lượng 5 sao"), ("Độ ồn dàn lạnh", "≤ 40 dB(A)"), ("Lắp đặt", "Bao gồm ống đồng 5 m và giá đỡ"),
      ("Điều khiển", "Điều khiển từ xa; tùy chọn Wi-Fi qua ứng dụng")], "HARD: air conditioners with optional Wi-Fi app"),
    ("may-phat-dien", OOS, "máy phát điện dự phòng", "Máy phát điện dự phòng cho tòa nhà trung tâm.",
     [("Công suất liên tục", "≥ 500 kVA"), ("Động cơ", "Diesel 4 thì, làm mát bằng nước"), ("Tủ ATS", "Chuyển nguồn tự động ≤ 10 giây"),
      ("Vỏ cách âm", "Độ ồn ≤ 75 dB(A) tại 7 m"), ("Bồn dầu", "Đủ chạy ≥ 8 giờ ở 75% tải"), ("Bộ điều khiển", "Hiển thị thông số, cảnh báo lỗi")], "generator"),
    ("may-sieu-am", OOS, "máy siêu âm màu 4D", "Trang bị cho khoa chẩn đoán hình ảnh.",
     [("Màn hình", "LCD ≥ 21,5 inch độ phân giải cao"), ("Số đầu dò", "≥ 4 cổng đầu dò hoạt động"), ("Chế độ", "B, M, Doppler màu, Doppler xung, 3D/4D"),
      ("Lưu trữ", "Ổ cứng ≥ 1 TB, xuất DICOM"), ("Kết nối", "DICOM 3.0 với hệ thống PACS của bệnh viện"), ("Đào tạo", "Hướng dẫn sử dụng cho bác sĩ và kỹ thuật viên")], "HARD: medical device with DICOM connectivity"),
    ("xe-o-to", OOS, "xe ô tô chuyên dùng 7 chỗ", "Xe phục vụ công tác kiểm tra hiện trường.",
     [("Số chỗ ngồi", "7 chỗ"), ("Động cơ", "Xăng, dung tích ≤ 2.500 cm³"), ("Dẫn động", "2 cầu"), ("Hộp số", "Tự động"),
      ("Trang bị an toàn", "6 túi khí, ABS, EBD, cân bằng điện tử"), ("Tiện nghi", "Màn hình giải trí, camera 360 độ"), ("Bảo hành", "≥ 3 năm")], "HARD: vehicle with 360 camera"),
    ("tu-ho-so", OOS, "tủ hồ sơ di động (tủ compact)", "Lưu trữ hồ sơ tại kho lưu trữ.",
     [("Kết cấu", "Thép sơn tĩnh điện, ray dẫn hướng"), ("Số khoang", "≥ 10 khoang, mỗi khoang 5 tầng"), ("Tải trọng mỗi tầng", "≥ 80 kg"),
      ("Cơ cấu vận hành", "Tay quay cơ khí có khóa"), ("Chống ẩm", "Có ngăn đựng hóa chất hút ẩm")], "storage furniture"),
    ("may-bom", OOS, "máy bơm nước thải", "Trạm bơm thoát nước mưa và nước thải.",
     [("Lưu lượng", "≥ 1.200 m³/h"), ("Cột áp", "≥ 12 m"), ("Kiểu máy", "Bơm chìm, cánh hở chống tắc"), ("Động cơ", "IP68, cấp cách điện F"),
      ("Tủ điều khiển", "Khởi động mềm, bảo vệ quá tải, đo mức nước"), ("Vật liệu", "Gang cầu, trục inox")], "pump"),
    ("thang-may", OOS, "thang máy tải khách", "Lắp đặt thang máy cho nhà điều hành.",
     [("Tải trọng", "1.000 kg (13 người)"), ("Tốc độ", "1,5 m/s"), ("Số điểm dừng", "9"), ("Máy kéo", "Không hộp số, nam châm vĩnh cửu"),
      ("Cứu hộ tự động", "Đưa cabin về tầng gần nhất khi mất điện"), ("Liên lạc khẩn cấp", "Liên lạc nội bộ 5 điểm")], "lift"),
    ("can-dien-tu", OOS, "cân điện tử bàn", "Cân bưu kiện tại quầy.",
     [("Mức cân tối đa", "60 kg"), ("Độ chia", "10 g"), ("Kích thước bàn cân", "400 × 500 mm"), ("Kết nối", "RS-232 với máy tính quầy"), ("Kiểm định", "Có giấy chứng nhận kiểm định")], "scale"),
    ("may-loc-nuoc", OOS, "máy lọc nước uống trực tiếp", "Cung cấp nước uống cho trường học.",
     [("Công suất lọc", "≥ 100 lít/giờ"), ("Công nghệ", "RO kết hợp UV diệt khuẩn"), ("Vòi", "Nóng, lạnh, nguội"), ("Vỏ", "Inox 304"), ("Chứng nhận", "Nước đầu ra đạt QCVN 6-1:2010/BYT")], "water purifier"),
    ("giuong-benh", OOS, "giường bệnh điện đa năng", "Trang bị cho khoa hồi sức.",
     [("Số tay quay", "Điều khiển điện 5 chức năng"), ("Tải trọng", "≥ 250 kg"), ("Thanh chắn", "Hợp kim nhôm, gập được"), ("Bánh xe", "Đường kính 125 mm, khóa trung tâm"), ("Ắc quy dự phòng", "Có")], "hospital bed"),
    ("xe-dien", OOS, "xe điện chở khách trong khu du lịch", "Xe phục vụ khách tham quan.",
     [("Số chỗ", "11 chỗ"), ("Động cơ", "Điện xoay chiều 7,5 kW"), ("Quãng đường", "≥ 80 km/lần sạc"), ("Tốc độ tối đa", "≤ 30 km/h"), ("Loa", "Loa thuyết minh và micro cho hướng dẫn viên")], "HARD: vehicle with PA speaker"),
    ("may-chieu", OOS, "máy chiếu và màn chiếu phòng học", "Trang bị phòng học.",
     [("Độ sáng", "≥ 4.000 ANSI lumen"), ("Độ phân giải", "WUXGA"), ("Cổng kết nối", "HDMI × 2, VGA, LAN điều khiển"), ("Màn chiếu", "Điện, 120 inch"), ("Tuổi thọ nguồn sáng", "≥ 20.000 giờ")], "HARD: classroom AV equipment"),
    ("may-photocopy", OOS, "máy photocopy đa chức năng", "Thuê máy photocopy cho các phòng ban.",
     [("Tốc độ", "≥ 45 trang/phút"), ("Chức năng", "Sao chụp, in, quét màu"), ("Khay giấy", "≥ 2 khay 500 tờ"), ("In bảo mật", "Xác thực thẻ trước khi in"), ("Bảo trì", "Định kỳ hàng tháng, thay linh kiện miễn phí")], "HARD: managed print"),
    # in scope ICT
    ("wifi", ICT, "hệ thống mạng Wi-Fi cho trụ sở chính", "Đầu tư hệ thống mạng không dây phục vụ cán bộ và khách tại trụ sở 18 tầng.",
     [("Chuẩn Wi-Fi", "IEEE 802.11ax (Wi-Fi 6), hai băng tần"), ("Số lượng điểm truy cập", "≥ 120 AP, gắn trần"), ("Bộ điều khiển", "Quản lý tập trung, dự phòng 1+1"),
      ("Xác thực", "WPA3-Enterprise, 802.1X, cổng captive portal cho khách"), ("Switch PoE", "24/48 cổng PoE+, uplink 10G"), ("Khảo sát vùng phủ", "Khảo sát trước và sau lắp đặt, cường độ ≥ -67 dBm"),
      ("Nguồn gốc thiết bị", "Thiết bị mới 100%, có CO, CQ")], "Wi-Fi network"),
    ("switch", ICT, "thiết bị chuyển mạch mạng LAN", "Nâng cấp hạ tầng mạng LAN tại các chi nhánh.",
     [("Switch lõi", "≥ 48 cổng SFP28, 6 cổng 100G, dự phòng nguồn"), ("Switch truy cập", "48 cổng 1G PoE+, 4 cổng uplink 10G"), ("Giao thức", "OSPF, BGP, VRRP, VLAN, LACP"),
      ("Bảo mật", "ACL, 802.1X, DHCP snooping, chống ARP giả mạo"), ("Quản trị", "SNMPv3, SSH, syslog, quản lý tập trung"), ("Bảo hành", "≥ 36 tháng, thay thế ngày làm việc kế tiếp")], "switches"),
    ("camera-vms", ICT, "camera giám sát và phần mềm quản lý video", "Lắp đặt camera giám sát tại các tủ giao nhận hàng tự động và kho.",
     [("Độ phân giải camera", "≥ 4 MP, chuẩn nén H.265"), ("Hồng ngoại", "≥ 30 m"), ("Tiêu chuẩn", "ONVIF Profile S/T, IP67"),
      ("Đầu ghi NVR", "≥ 32 kênh, 8 ổ cứng, RAID 5"), ("Phần mềm VMS", "Xem trực tiếp, xem lại, phân quyền, nhật ký truy cập"), ("Lưu trữ", "≥ 30 ngày ở 15 hình/giây"),
      ("Truyền dẫn", "Mạng riêng, switch PoE quản lý được")], "cameras + VMS"),
    ("chong-ma-doc", ICT, "phần mềm phòng chống mã độc tập trung", "Làm cơ sở đầu tư phần mềm phòng chống mã độc cho máy trạm và máy chủ.",
     [("Số lượng bản quyền", "≥ 3.000 máy trạm, 200 máy chủ"), ("Chức năng", "Phát hiện mã độc theo chữ ký và hành vi, chống mã hóa tống tiền"),
      ("EDR", "Ghi nhận sự kiện điểm cuối, điều tra, cô lập máy bị nhiễm"), ("Quản trị tập trung", "Triển khai, cập nhật, báo cáo từ một bảng điều khiển"),
      ("Tích hợp", "Gửi nhật ký sang hệ thống SIEM qua syslog"), ("Đáp ứng quy định", "Đáp ứng yêu cầu kỹ thuật cơ bản của Bộ TT&TT đối với phần mềm phòng chống mã độc")], "anti-malware"),
    ("tuong-lua", ICT, "tường lửa thế hệ mới", "Trang bị tường lửa cho trung tâm dữ liệu và các chi nhánh.",
     [("Thông lượng bảo vệ mối đe dọa", "≥ 10 Gbps"), ("Giải mã SSL/TLS", "Có, ≥ 3 Gbps"), ("Tính năng", "IPS, lọc URL, chống mã độc, kiểm soát ứng dụng"),
      ("Sẵn sàng cao", "Active-passive và active-active"), ("VPN", "IPsec và SSL VPN ≥ 2.000 người dùng"), ("Bản quyền", "Cập nhật chữ ký 3 năm")], "firewall"),
    ("router-wan", ICT, "bộ định tuyến WAN cho chi nhánh", "Kết nối các chi nhánh về trung tâm dữ liệu.",
     [("Cổng WAN", "≥ 2 cổng 1G SFP, 1 khe LTE"), ("Định tuyến", "BGP, OSPF, MPLS, SD-WAN"), ("Mã hóa", "IPsec ≥ 1 Gbps"), ("Dự phòng", "Tự động chuyển đường truyền khi mất kết nối"), ("Quản lý", "Cấu hình tập trung qua bộ điều khiển")], "routers"),
    ("bo-dam", ICT, "hệ thống bộ đàm số DMR", "Phục vụ liên lạc điều hành tại cảng.",
     [("Chuẩn", "DMR Tier II"), ("Máy cầm tay", "≥ 60 máy, công suất 5 W, IP67"), ("Trạm lặp", "2 trạm, hoạt động khe thời gian kép"), ("Mã hóa", "AES-256"), ("Phần mềm điều phối", "Ghi âm, định vị GPS")], "DMR radio"),
    ("siem", ICT, "hệ thống giám sát an toàn thông tin (SIEM)", "Giám sát tập trung sự kiện an toàn thông tin.",
     [("Khả năng thu thập", "≥ 5.000 EPS"), ("Nguồn log", "Tường lửa, máy chủ, thiết bị mạng, phần mềm chống mã độc"), ("Tương quan", "Quy tắc tương quan có sẵn và tùy biến"), ("Lưu trữ", "≥ 12 tháng"), ("Báo cáo", "Theo yêu cầu của cơ quan chuyên trách")], "SIEM"),
    # restricted vendor named
    ("huawei-router", RVN, "thiết bị định tuyến lõi mạng truyền dẫn", "Mở rộng mạng truyền dẫn IP/MPLS.",
     [("Thiết bị tham chiếu", "Huawei NetEngine 8000 M8 hoặc tương đương"), ("Giao diện", "≥ 8 cổng 100GE, 24 cổng 10GE"), ("Giao thức", "IS-IS, BGP, MPLS TE, Segment Routing"),
      ("Nguồn", "AC/DC dự phòng 1+1"), ("Tương thích", "Tương thích hoàn toàn với hệ thống quản lý U2000 hiện có")], "HARD: Huawei reference model in an 'or equivalent' spec"),
    ("huawei-switch", RVN, "bộ chuyển mạch truy nhập", "Bổ sung switch cho các tòa nhà.",
     [("Model", "S5735-L48T4X-A1"), ("Số lượng", "36 bộ"), ("Cổng", "48 × 1GE, 4 × 10GE SFP+"), ("Phần mềm", "Bản quyền cơ bản, quản lý qua iMaster NCE")], "HARD: Huawei model number only"),
    ("hikvision-camera", RVN, "camera giám sát bãi đỗ xe", "Lắp camera giám sát tại bãi đỗ xe.",
     [("Camera thân", "Hikvision DS-2CD2T47G2-L 4MP ColorVu, 40 chiếc"), ("Đầu ghi", "DS-7616NI-K2/16P, 3 bộ"), ("Ổ cứng", "6 TB chuyên dụng, 6 chiếc"), ("Phần mềm", "Hik-Connect / iVMS-4200")], "Hikvision cameras specified"),
    ("zte-olt", RVN, "thiết bị mạng truy nhập quang GPON", "Phát triển thuê bao cáp quang.",
     [("OLT", "ZTE ZXA10 C620, 2 bộ"), ("ONT", "ZXHN F670L, 500 bộ"), ("Chuẩn", "ITU-T G.984"), ("Quản lý", "Tích hợp hệ thống NetNumen hiện có")], "ZTE OLT and ONTs specified"),
]
VI_GENERAL = [
    ("Tình trạng hàng hóa", "Mới 100%, chưa qua sử dụng, sản xuất từ năm 2024 trở về sau"),
    ("Xuất xứ", "Có giấy chứng nhận xuất xứ (CO) và chất lượng (CQ) của nhà sản xuất"),
    ("Tài liệu", "Catalogue, hướng dẫn sử dụng bằng tiếng Việt hoặc tiếng Anh"),
    ("Bảo hành", "Tối thiểu 12 tháng kể từ ngày nghiệm thu"),
    ("Thời gian giao hàng", "Không quá 60 ngày kể từ ngày hợp đồng có hiệu lực"),
    ("Địa điểm giao hàng", "Tại kho của chủ đầu tư"),
    ("Đào tạo", "Hướng dẫn vận hành cho cán bộ kỹ thuật"),
    ("Dịch vụ sau bán hàng", "Có trung tâm bảo hành tại Việt Nam, phản hồi trong 24 giờ"),
    ("Phụ tùng", "Cam kết cung cấp phụ tùng thay thế tối thiểu 5 năm"),
    ("Nghiệm thu", "Kiểm tra số lượng, chủng loại và chạy thử trước khi nghiệm thu"),
]
VI_INTRO = [
    "Căn cứ Luật Đấu thầu và các văn bản hướng dẫn thi hành; căn cứ nhu cầu thực tế của đơn vị, {buyer} ban hành tiêu chí kỹ thuật làm cơ sở lựa chọn nhà thầu.",
    "Tài liệu này quy định các yêu cầu kỹ thuật tối thiểu đối với hàng hóa; nhà thầu chào hàng hóa có thông số tương đương hoặc tốt hơn.",
    "Phạm vi áp dụng: dùng làm cơ sở đầu tư, mua sắm và đánh giá hồ sơ dự thầu của {buyer}.",
    "Các tiêu chí được đánh giá theo phương pháp đạt/không đạt; hồ sơ không đáp ứng một tiêu chí bắt buộc sẽ bị loại.",
    "Nhà thầu phải kê khai rõ hãng sản xuất, model và nước sản xuất của hàng hóa chào thầu.",
]


# =====================================================================================
# Builders for nb and vi, output formats, near-duplicate control, main
# =====================================================================================


def nb_notice(rng: random.Random, subj) -> str:
    """Doffin/TED layout: title line (often 'nb | en'), one to four paragraphs, CPV line."""
    _key, label, t_nb, t_en, paras, cpv, _note = subj
    bilingual = rng.random() < 0.55
    buyer = rng.choice(NB_BUYERS)
    title = f"{t_nb} | {t_en}" if bilingual else t_nb
    if rng.random() < 0.3:
        title = f"{title} - {buyer.split(',')[0]}"
    blocks = [title]
    for nb, en in paras:
        blocks.append(f"{nb} | {en}" if bilingual and en else nb)
    extra = list(rng.sample(NB_PROCEDURE, rng.randint(0, 2)))
    if label != OOS and rng.random() < 0.5:
        extra.append(rng.choice(NB_ICT_EXTRA))
    if extra:
        blocks.append(" ".join(f"{a} {b}" if bilingual and rng.random() < 0.3 else a for a, b in extra))
    codes = list(cpv)
    if rng.random() < 0.3:
        rng.shuffle(codes)
    blocks.append("CPV: " + ", ".join(codes))
    return "\n\n".join(blocks) + "\n"


def nb_calendar(rng: random.Random) -> tuple[str, str]:
    buyer = rng.choice(NB_BUYERS)
    year = rng.choice((2024, 2025, 2026))
    lines = rng.sample(NB_CALENDAR_LINES, rng.randint(14, 26))
    title = rng.choice((f"Årshjul for anskaffelser {year}", f"Planlagte anskaffelser {year} (årshjul)", f"Anskaffelsesplan {year}-{year + 1}"))
    if rng.random() < 0.5:
        title += f" | Procurement plan {year}"
    intro = rng.choice((
        f"{buyer} publiserer en oversikt over planlagte konkurranser det kommende året, slik at leverandører kan forberede seg. Oversikten er veiledende og kan endres.",
        f"Dette er en forhåndskunngjøring av anskaffelser som {buyer} planlegger. Den forplikter ikke oppdragsgiver til å gjennomføre konkurransene.",
        f"Formålet med kunngjøringen er å informere markedet om kommende avtaler i {buyer}. Nærmere informasjon gis ved kunngjøring av den enkelte konkurranse.",
    ))
    months = ("januar", "februar", "mars", "april", "mai", "juni", "august", "september", "oktober", "november")
    body = "Planlagte konkurranser: " + "; ".join(f"{n} ({rng.choice(months)})" for n, _ in lines) + "."
    codes = []
    for _, cs in lines:
        codes += cs
    return f"{title}\n\n{intro}\n\n{body}\n\nCPV: {', '.join(codes[:40])}\n", buyer


def nb_dialogue(rng: random.Random) -> str:
    nb, en, cpv = rng.choice(NB_DIALOGUE_TOPICS)
    buyer = rng.choice(NB_BUYERS)
    date = f"{rng.randint(1, 28)}. {rng.choice(('februar', 'mars', 'september', 'oktober'))}"
    title = f"Invitasjon til dialogkonferanse om {nb} | Invitation to a dialogue conference on {en}"
    p1 = rng.choice((
        f"{buyer} inviterer leverandører til dialogkonferanse {date} for å presentere behovet og få innspill før konkurransen kunngjøres.",
        f"Før vi lyser ut konkurransen ønsker vi å høre markedets syn. Dialogkonferansen holdes {date} digitalt og fysisk.",
    ))
    p2 = rng.choice((
        "Det blir anledning til én-til-én-møter med oppdragsgiver. Påmelding skjer via meldingsfunksjonen.",
        "Presentasjonen og spørsmål og svar publiseres i etterkant. Deltakelse er ikke en forutsetning for å levere tilbud.",
        "Vi ønsker særlig innspill på kontraktsform, prismodell og miljøkrav.",
    ))
    return f"{title}\n\n{p1}\n\n{p2}\n\nCPV: {', '.join(cpv)}\n"


def nb_qualification(rng: random.Random, qs) -> str:
    t_nb, t_en, body, cpv = qs
    extra = rng.choice((
        "Ordningen er åpen for nye leverandører i hele gyldighetsperioden.",
        "Gyldighetsperioden er fem år med mulighet for forlengelse.",
        "Leverandører må fornye registreringen årlig.",
    ))
    return f"{t_nb} | {t_en}\n\n{body} {extra}\n\nCPV: {', '.join(cpv)}\n"


def vi_criteria(rng: random.Random, subj) -> tuple[str, str]:
    key, label, title, intro, rows, _note = subj
    buyer = rng.choice(VI_BUYERS)
    head = rng.choice(("TIÊU CHÍ KỸ THUẬT", "YÊU CẦU KỸ THUẬT", "TIÊU CHUẨN KỸ THUẬT"))
    out = [buyer.upper(), f"{head} {title.upper()}", f"(Ban hành kèm theo Quyết định số {rng.randint(100, 2999)}/QĐ-{rng.choice(('TCT', 'BV', 'UBND', 'CTY'))} ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice((2023, 2024, 2025))})", ""]
    out.append("I. MỤC ĐÍCH VÀ PHẠM VI")
    out.append(intro)
    for s in rng.sample(VI_INTRO, rng.randint(1, 3)):
        out.append(s.format(buyer=buyer))
    if label == ICT and rng.random() < 0.35:
        out.append("Không chấp nhận thiết bị do Huawei, ZTE, Hikvision hoặc Dahua sản xuất do yêu cầu an toàn thông tin của đơn vị.")
    out.append("")
    out.append("II. YÊU CẦU KỸ THUẬT CHI TIẾT")
    table = [("STT", "Tiêu chí", "Yêu cầu", "Ghi chú")]
    n = 0
    for c, r in rows:
        n += 1
        table.append((str(n), c, r, rng.choice(("Bắt buộc", "Bắt buộc", "Đánh giá", ""))))
    out.append("\n".join(" | ".join(t) for t in table))
    out.append("")
    out.append("III. YÊU CẦU CHUNG")
    for i, (c, r) in enumerate(rng.sample(VI_GENERAL, rng.randint(4, 8)), 1):
        out.append(f"{i}. {c}: {r}.")
    out.append("")
    out.append(rng.choice(("Nơi nhận: như trên; lưu VT.", "Phòng Kỹ thuật chịu trách nhiệm giải thích các tiêu chí trên.", "Tiêu chí này có hiệu lực kể từ ngày ký.")))
    return "\n".join(out) + "\n", buyer


def check_cpv() -> None:
    """Every CPV code in the pools must be a real code of the official list."""
    if not CPV_FILE.exists():
        return
    known = {line.split("-", 1)[0] for line in CPV_FILE.read_text(encoding="utf-8").splitlines()[1:]}
    used = {c for s in NB_SUBJECTS for c in s[5]} | {c for _, cs in NB_CALENDAR_LINES for c in cs}
    used |= {c for *_, cs in NB_DIALOGUE_TOPICS for c in cs} | {c for *_, cs in NB_QUAL_SYSTEMS for c in cs}
    bad = sorted(used - known)
    if bad:
        raise SystemExit(f"unknown CPV codes in pools: {bad}")


def plans(rng: random.Random):
    """(lang, label, maker, note, doctype, ext options) for every document of part C."""
    out = []
    for s in NB_SUBJECTS:
        out.append(("nb", s[1], lambda r, s=s: (nb_notice(r, s), s[0]), s[6], "Doffin notice", (".txt",) * 5 + (".md",)))
    for _ in range(4):
        out.append(("nb", OOS, lambda r: (nb_calendar(r)[0], "arshjul"), "HARD: procurement calendar listing many CPV codes of every kind, incl. ICT codes; no purchase", "prior information notice", (".txt",)))
    for _ in range(3):
        out.append(("nb", OOS, lambda r: (nb_dialogue(r), "dialogkonferanse"), "invitation to a dialogue conference on a non-ICT subject", "prior information notice", (".txt",)))
    for q in NB_QUAL_SYSTEMS:
        out.append(("nb", OOS, lambda r, q=q: (nb_qualification(r, q), "kvalifikasjonsordning"), "qualification system notice; no ICT purchase", "qualification system notice", (".txt",)))
    for s in EN_OOS:
        for _ in range(2):
            out.append(("en", OOS, lambda r, s=s: (en_solicitation(r, s, OOS, r.random() < 0.4)[0], s[0]), s[7], "solicitation with SOW/PWS", (".txt", ".txt", ".md", ".html")))
    for s in rng.sample(EN_OOS, 10):
        out.append(("en", OOS, lambda r, s=s: (en_city_bid(r, s, r.random() < 0.3)[0], "city-bid-" + s[0]), "HARD: city invitation to bid with long terms and conditions; " + s[7].replace("HARD: ", ""), "invitation to bid", (".txt", ".md")))
    for g in GUIDES:
        out.append(("en", OOS, lambda r, g=g: (en_guide(r, g), g[0]), g[3], "guidance", (".txt", ".md")))
    for s in EN_ICT:
        for _ in range(2):
            make = (lambda r, s=s: (en_ordering_guide(r, s), s[0])) if s[0] == "cyber-ordering-guide" else \
                (lambda r, s=s: (en_solicitation(r, s, ICT, r.random() < 0.4)[0], s[0]))
            out.append(("en", ICT, make, s[7], ("ordering guide" if s[0] == "cyber-ordering-guide" else "solicitation with SOW/PWS"), (".txt", ".md", ".html")))
    for _ in range(5):
        out.append(("en", ICT, lambda r: (en_price_proposal(r, r.random() < 0.5)[0], "price-proposal-security"), "security software/services price proposal (SKU table); no restricted vendor", "price proposal", (".txt", ".md")))
    offers = list(EN_RVN) + rng.sample(EN_RVN, 5)
    for o in offers:
        out.append(("en", RVN, lambda r, o=o: (en_rvn_offer(r, o, r.random() < 0.4)[0], o[0]), o[4] + "; with FAR 889 boilerplate", {"quote": "quote", "boq": "bill of quantities", "spec": "specification"}[o[3]], (".txt", ".md")))
    for s in VI_SUBJECTS:
        note = s[5]
        out.append(("vi", s[1], lambda r, s=s: (vi_criteria(r, s)[0], s[0]), note, "technical criteria", (".txt", ".txt", ".md", ".html")))
    return out


_NAMES = re.compile(r"\b(Huawei|ZTE|Hytera|Hikvision|Dahua|Kaspersky)\b")


def clause_note(lang: str, label: str, note: str, text: str) -> str:
    """Say in the note what the clause boilerplate of an English solicitation contains."""
    if lang == "vi" and "Không chấp nhận thiết bị" in text:
        return f"HARD: {note}; Huawei/ZTE/Hikvision/Dahua named only in an exclusion sentence"
    if lang != "en" or label == RVN or "52.204-2" not in text:
        return note
    named = sorted(set(_NAMES.findall(text)))
    if named:
        extra = f"FAR/2 CFR 889 boilerplate names {', '.join(named)} only in prohibition/representation clauses"
    else:
        extra = "FAR 52.204-2x clauses by number and title only (telecommunications/video surveillance)"
    note = note.removeprefix("HARD: ")
    return f"HARD: {note}; {extra}"


def build(seed: int) -> list[Doc]:
    rng = random.Random(seed)
    check_cpv()
    others = [sh for _, sh in existing_shingles(PREFIX)]  # grows with each accepted document
    docs: list[Doc] = []
    counter = 0
    for lang, label, maker, note, doctype, exts in plans(rng):
        text, stub, sh = least_similar(lambda: maker(rng), others)
        counter += 1
        ext = rng.choice(exts)
        name = f"c-{lang}-{slug(doctype)}-{slug(stub)}-{counter:03d}{ext}"
        text = dress(text, ext)
        others.append(sh)
        docs.append(Doc(lang, name, text, label, doctype, clause_note(lang, label, note, text)))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--measure", action="store_true", help="only measure near-duplicates of the existing files")
    a = ap.parse_args(argv)
    if not a.measure:
        docs = build(a.seed)
        write_part(docs, PREFIX, LABELS_FILE, SOURCE, lineterminator="\r\n")
        counts: dict[tuple[str, str], int] = {}
        for d in docs:
            counts[(d.lang, d.label)] = counts.get((d.lang, d.label), 0) + 1
        print(f"wrote {len(docs)} documents and {LABELS_FILE.name}")
        for (lang, label), n in sorted(counts.items()):
            print(f"  {lang} {label}: {n}")
    n, nd, best, nc, ncd, _best_c = measure(PREFIX)
    print(f"near-duplicates (word 5-shingle Jaccard >= 0.5): {nd} of {n} documents ({100 * nd / max(n, 1):.1f}%), "
          f"part C: {ncd} of {nc}; highest pair {best:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
