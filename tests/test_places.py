"""Tests for newsfigures.territory: gazetteer, place mentions, control mentions.

Most sentences are invented in wire style; a few follow the shapes of the seed and dev
articles. Cases are tables of (input, expected, note); the note is the test id.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.territory.control import CONTROLLERS, EVENTS, ControlMention, control_mentions
from newsfigures.territory.gazetteer import Neighbourhood, PlaceMention, find_places, gazetteer


def _id(note: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", note.lower()).strip("-")


def _table(rows):
    return [pytest.param(*row, id=_id(row[-1])) for row in rows]


# ---------------------------------------------------------------------------------------------
# gazetteer

SIDES = {"east", "west", "north", "outskirts", ""}


def test_gazetteer_size_and_shape():
    g = gazetteer()
    assert len(g) >= 50
    assert all(isinstance(n, Neighbourhood) for n in g)
    names = [n.name for n in g]
    assert len(names) == len(set(names))
    for n in g:
        assert n.side in SIDES, n
        assert n.variants[0] == n.name
        assert (n.lat is None) == (n.lon is None)
        if n.lat is not None:
            assert 36.0 < n.lat < 36.4 and 37.0 < n.lon < 37.4


def test_gazetteer_is_cached_and_immutable():
    assert gazetteer() is gazetteer()
    with pytest.raises(Exception):
        gazetteer()[0].name = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "name",
    [
        "Masaken Hanano", "Jabal Badro", "Sakhour", "Sheikh Saeed", "Sheikh Maqsoud", "Sukkari",
        "Fardous", "Ramouseh", "Jub al-Quba", "Shaar", "Bustan al-Qasr", "Salaheddine", "Ansari",
        "Mashhad", "Hellok", "Bab al-Nairab", "Tariq al-Bab", "Karm al-Jabal", "Qadi Askar",
        "Old City", "Citadel", "Kallaseh", "Bustan al-Basha", "Ard al-Hamra", "Sheikh Khodr",
        "Jandoul", "Haydariyah", "Owaija", "Ain al-Tal", "Sheikh Lutfi", "Marjeh", "Zebdiyeh",
        "Amiriyah", "Bab al-Hadid", "Maadi", "Salhin", "Sheikh Najjar", "Jibreen", "Mahalej",
        "Jisr al-Haj", "Suleiman al-Halabi", "Hamdaniyah",
    ],
)
def test_gazetteer_has_district(name):
    assert name in {n.name for n in gazetteer()}


@pytest.mark.parametrize(
    "name,side",
    [
        ("Sukkari", "east"), ("Masaken Hanano", "east"), ("Hamdaniyah", "west"),
        ("Jibreen", "outskirts"), ("Sheikh Najjar", "outskirts"), ("Sheikh Maqsoud", "north"),
    ],
)
def test_gazetteer_sides(name, side):
    assert {n.name: n.side for n in gazetteer()}[name] == side


def test_no_coordinates_are_invented():
    # no offline source with these names was available: coordinates stay empty
    assert all(n.lat is None and n.lon is None for n in gazetteer())


@pytest.mark.parametrize(
    "nb,variant",
    [pytest.param(n, v, id=f"{_id(n.name)}--{_id(v)}") for n in gazetteer() for v in n.variants],
)
def test_every_variant_is_found_as_its_neighbourhood(nb, variant):
    if nb.match == "with_noun":  # a common word or a person's name: a district only with its noun
        text = f"Residents said fighting continued in the {variant} district on Monday."
    else:
        text = f"Residents said fighting continued in {variant} on Monday."
    found = find_places(text)
    assert [p.neighbourhood.name for p in found] == [nb.name]
    assert found[0].surface.lower().endswith(re.split(r"\s", variant)[-1].lower())


# ---------------------------------------------------------------------------------------------
# find_places

PLACE_CASES = [
    ("Troops entered Sheikh Said on Monday.", ["Sheikh Saeed"], "said spelling"),
    ("Troops entered Sheik Saeed on Monday.", ["Sheikh Saeed"], "sheik spelling"),
    ("Troops entered Shaykh Sa'id on Monday.", ["Sheikh Saeed"], "shaykh and apostrophe"),
    ("Troops entered al-Sheikh Saeed on Monday.", ["Sheikh Saeed"], "leading article on sheikh"),
    ("Thousands reached Sheikh Maksoud.", ["Sheikh Maqsoud"], "maksoud spelling"),
    ("Thousands reached the Sheik Maqsood neighborhood.", ["Sheikh Maqsoud"], "sheik maqsood"),
    ("Families left Masakan Hanano.", ["Masaken Hanano"], "masakan spelling"),
    ("The Hanano Housing district was shelled.", ["Masaken Hanano"], "hanano housing"),
    ("Civilians escaped through Hanano.", ["Masaken Hanano"], "hanano alone"),
    # the barracks are their own CSR polygon (ثكنة هنانو) at the Old City's edge, not the housing district
    ("Troops reached the Hanano barracks.", ["Hanano Barracks"], "hanano barracks"),
    ("Clashes in Jabal Badra and Jebel Badro.", ["Jabal Badro", "Jabal Badro"], "badra and jebel"),
    ("Clashes in al-Sakhour and Sakhur.", ["Sakhour", "Sakhour"], "sakhour spellings"),
    ("The al-Firdous district and Fardous.", ["Fardous", "Fardous"], "firdous fardous"),
    ("Bombs fell on Sukari.", ["Sukkari"], "sukari single k"),
    ("Buses reached Ramoussah and then Ramussa.", ["Ramouseh", "Ramouseh"], "ramouseh spellings"),
    ("The Jubb al-Qubbah quarter.", ["Jub al-Quba"], "jubb al qubbah"),
    ("Fighting in al-Sha'ar and in Sha’ar.", ["Shaar", "Shaar"], "shaar apostrophes"),
    ("Fighting in Bustan el-Qasr.", ["Bustan al-Qasr"], "el article inside"),
    ("Fighting in Bustan al Qasr.", ["Bustan al-Qasr"], "article with space"),
    ("Fighting in Salah al-Din and Salaheddine.", ["Salaheddine", "Salaheddine"], "salah al din"),
    ("Fighting in Salah ad-Din.", ["Salaheddine"], "sun letter article"),
    ("Iraqi forces advanced in Salah al-Din province.", [], "iraqi province not aleppo"),
    ("Fighting in Hellok and Halak.", ["Hellok", "Hellok"], "hellok halak"),
    ("The Bab al-Nairab district.", ["Bab al-Nairab"], "bab al nairab"),
    ("The Kallaseh and al-Kalasa districts.", ["Kallaseh", "Kallaseh"], "kallaseh kalasa"),
    ("Rebels retreated into the Old City.", ["Old City"], "old city"),
    ("Rebels retreated into the old city.", ["Old City"], "old city lowercase"),
    ("Rebels escaped near the citadel.", ["Citadel"], "the citadel"),
    ("Rebels escaped near Aleppo Citadel.", ["Citadel"], "aleppo citadel"),
    ("The army controls most of Aleppo.", [], "aleppo alone is no neighbourhood"),
    ("Civilians fled eastern Aleppo.", [], "eastern aleppo is no neighbourhood"),
    ("Shells hit New Aleppo.", ["New Aleppo"], "new aleppo is a district"),
    ("Masaken Hanano and Jabal Badro fell.", ["Masaken Hanano", "Jabal Badro"], "two in order"),
    ("Mohammed al-Ansari, a resident, said the bombing was relentless.", [], "person surname al ansari"),
    ("A teacher, Ahmad al-Shaar, said he had no food.", [], "person surname al shaar"),
    ("Many fled to the al-Ansari neighborhood.", ["Ansari"], "al ansari as place"),
    ("In al-Ansari, bakeries closed.", ["Ansari"], "in al ansari sentence start"),
    ("“Life in Aleppo has become a slow death,” Shaer said.", [], "surname before said"),
    ("Pilgrims travelled from Mashhad, Iran, to Damascus.", [], "mashhad iran"),
    ("He was born in the Iranian city of Mashhad.", [], "iranian city of mashhad"),
    ("Rebels held al-Mashhad until Tuesday.", ["Mashhad"], "al mashhad aleppo"),
    ("The word Hananoville means nothing.", [], "word boundary after"),
    ("Jewish halakha was not discussed.", [], "halak inside a word"),
    ("Shelling hit the Sukkariyat market.", [], "sukkari inside a longer word"),
    ("A Sheikh spoke at the mosque.", [], "sheikh alone"),
    ("Buses left Nubl and Zahraa for the city.", [], "zahraa towns are not the association"),
    ("The Zahraa Association district was shelled.", ["Zahraa Association"], "zahraa association"),
    ("Tariq Ramadan spoke.", [], "tariq alone"),
    ("Troops reached Tariq al-Bab.", ["Tariq al-Bab"], "tariq al bab"),
    ("They fled to the Sheikh Najjar industrial city.", ["Sheikh Najjar"], "longest variant wins"),
    ("Evacuees reached Jibrin.", ["Jibreen"], "jibrin"),
    ("The 1070 Apartments project was retaken.", ["1070 Apartments"], "number in a name"),
    ("Troops took AL-SHAAR.", ["Shaar"], "upper case"),
    ("Troops took al‑Shaar.", ["Shaar"], "non breaking hyphen"),
    ("Karm al-Jabal was shelled.", ["Karm al-Jabal"], "karm al jabal is not jabal badro"),
    ("Suleiman al-Halabi and Sulaymaniyah.", ["Suleiman al-Halabi", "Sulaymaniyah"], "halabi vs sulaymaniyah"),
    ("Clashes in Midan and Jdeideh.", ["Midan", "Jdeideh"], "western districts"),
    ("Troops captured Sukkari, Iran's Fars news agency said.", ["Sukkari"], "country possessive after a name"),
    ("Rebels retreated into the old city of Homs in 2014.", [], "old city of homs"),
    ("Tourists once crowded the Old City in Damascus.", [], "old city in damascus"),
    ("Shells hit the Old City of Aleppo.", ["Old City"], "old city of aleppo"),
    ("", [], "empty text"),
]


@pytest.mark.parametrize("text,expected,note", _table(PLACE_CASES))
def test_find_places(text, expected, note):
    found = find_places(text)
    assert [p.neighbourhood.name for p in found] == expected
    for p in found:
        assert isinstance(p, PlaceMention)
        assert text[p.start : p.end] == p.surface


def test_find_places_surface_keeps_article():
    (p,) = find_places("Troops took al-Sakhour overnight.")
    assert p.surface == "al-Sakhour"


# ---------------------------------------------------------------------------------------------
# control_mentions


def _triples(sentence: str) -> set[str]:
    return {f"{m.neighbourhood}:{m.controller}:{m.event}" for m in control_mentions(sentence)}


G, R, K = "government", "rebels", "kurdish"

CONTROL_CASES = [
    # --- active captures ---------------------------------------------------------------------
    ("Syrian troops seized the Sheikh Saeed district on Monday, state media said.",
     {"Sheikh Saeed:government:captured"}, "active seized"),
    ("Government forces captured Sukkari and Fardous overnight, a monitor said.",
     {"Sukkari:government:captured", "Fardous:government:captured"}, "active two objects"),
    ("The army recaptured Masaken Hanano after three days of heavy fighting.",
     {"Masaken Hanano:government:captured"}, "active recaptured"),
    ("Pro-government militias took control of the Sakhur district on Sunday.",
     {"Sakhour:government:captured"}, "took control of"),
    ("Rebels retook Ramousa in August, briefly breaking the siege.",
     {"Ramouseh:rebels:captured"}, "rebels retook"),
    ("The YPG took over the Bustan al-Basha district last week, activists said.",
     {"Bustan al-Basha:kurdish:captured"}, "kurdish took over"),
    ("Troops stormed al-Shaar on Tuesday morning.", {"Shaar:government:captured"}, "stormed"),
    ("Government forces overran the Jabal Badro neighbourhood.",
     {"Jabal Badro:government:captured"}, "overran"),
    ("Syrian forces have regained control of Tariq al-Bab, the state news agency SANA reported.",
     {"Tariq al-Bab:government:captured"}, "regained control of"),
    ("The Syrian army on Wednesday won back the Kallaseh and Bustan al-Qasr districts.",
     {"Kallaseh:government:captured", "Bustan al-Qasr:government:captured"}, "won back two districts"),
    ("Troops backed by Russian air power retook the Old City on Wednesday.",
     {"Old City:government:captured"}, "retook old city"),
    ("The regime seized Qadi Askar, Karm al-Jabal and Tariq al-Bab in a lightning advance.",
     {"Qadi Askar:government:captured", "Karm al-Jabal:government:captured",
      "Tariq al-Bab:government:captured"}, "three in a list"),
    ("Government troops captured the neighbourhoods of Sheikh Saeed, al-Maadi and Bab al-Nairab, the Observatory said.",
     {"Sheikh Saeed:government:captured", "Maadi:government:captured",
      "Bab al-Nairab:government:captured"}, "neighbourhoods of list"),
    ("Loyalist forces liberated the Karm al-Tarrab neighbourhood from terrorists, state television said.",
     {"Karm al-Tarrab:government:captured"}, "liberated from terrorists"),
    ("Syrian troops and allied fighters captured Sheikh Lutfi and Marjeh, the army's media arm said.",
     {"Sheikh Lutfi:government:captured", "Marjeh:government:captured"}, "allied fighters are government"),
    ("Rebels captured the Ramouseh area in August, briefly opening a route into the east.",
     {"Ramouseh:rebels:captured"}, "rebels captured"),
    ("Forces loyal to President Bashar al-Assad captured al-Sukkari on Monday.",
     {"Sukkari:government:captured"}, "forces loyal to assad"),
    ("After days of street fighting, Hezbollah fighters and Syrian troops took Ain al-Tal.",
     {"Ain al-Tal:government:captured"}, "hezbollah and syrian troops"),
    ("Syrian government troops, backed by Iranian-backed militias, seized the Jandoul roundabout.",
     {"Jandoul:government:captured"}, "backed by aside"),
    ("Government forces pressed their offensive on Monday, capturing Sheikh Khodr and Ard al-Hamra.",
     {"Sheikh Khodr:government:captured", "Ard al-Hamra:government:captured"}, "gerund after comma"),
    ("Syria's military said it had captured the Hellok district.",
     {"Hellok:government:captured"}, "military said it had captured"),
    ("Troops took al-Maadi, as well as Bab al-Maqam and Salhin, on Tuesday.",
     {"Maadi:government:captured", "Bab al-Maqam:government:captured", "Salhin:government:captured"},
     "as well as list"),
    ("Regime troops and militias captured the Aqyol and Qarleq quarters near the citadel.",
     {"Aqyol:government:captured", "Qarleq:government:captured"}, "quarters near the citadel"),
    ("The army liberated al-Sakhour from terrorists, SANA said.",
     {"Sakhour:government:captured"}, "state media liberated"),
    ("Rebels seized Salaheddine in the summer of 2012.", {"Salaheddine:rebels:captured"}, "historic rebel capture"),
    ("In May, rebels captured the Ramouseh district.", {"Ramouseh:rebels:captured"}, "may is a month"),
    ("Troops seized the Sha'ar district.", {"Shaar:government:captured"}, "apostrophe spelling"),
    ("The army took Jubb al-Qubbah on Sunday.", {"Jub al-Quba:government:captured"}, "jubb al qubbah"),
    ("Government forces captured Bab al-Nayrab.", {"Bab al-Nairab:government:captured"}, "nayrab"),
    ("SYRIAN ARMY RETAKES SHEIKH SAEED", {"Sheikh Saeed:government:captured"}, "upper case headline"),
    ("Kurdish YPG fighters took control of Bustan al-Basha and parts of Sheikh Khodr.",
     {"Bustan al-Basha:kurdish:captured", "Sheikh Khodr:kurdish:captured"}, "kurdish ypg fighters one actor"),
    ("Syrian troops completed the capture of al-Shaar on Tuesday.",
     {"Shaar:government:captured"}, "completed the capture of"),
    ("Government troops, on Sunday, were able to consolidate their control on the nearby neighborhood of Jabal Badro.",
     {"Jabal Badro:government:captured"}, "consolidate their control on"),
    ("The military also claimed to have retaken al-Fardous, one of the most populous districts.",
     {"Fardous:government:captured"}, "claimed is still an event"),
    ("Over the weekend, troops backing President Bashar al-Assad scored a major breakthrough in their campaign to recapture Aleppo, taking the Masaken Hanano and Jabal Badra districts.",
     {"Masaken Hanano:government:captured", "Jabal Badro:government:captured"}, "far subject gerund list"),
    ("Syrian troops and allied militias took al-Shaar, a neighborhood in the middle of Aleppo, from the rebels on Tuesday.",
     {"Shaar:government:captured"}, "took x from the rebels"),
    ("Troops captured Hanano and Sukkari residents fled south.",
     {"Masaken Hanano:government:captured"}, "name used as modifier ends the list"),
    ("Troops advanced into Sukkari after capturing Hanano.",
     {"Masaken Hanano:government:captured"}, "advance then capture"),
    ("Troops fighting rebels in the south captured Sheikh Saeed.",
     {"Sheikh Saeed:government:captured"}, "object actor is not the subject"),
    ("Rebels said government forces had captured Sukkari.",
     {"Sukkari:government:captured"}, "nearest subject not the speaker"),

    # --- passives ------------------------------------------------------------------------------
    ("Sheikh Saeed was captured by government forces on Monday.",
     {"Sheikh Saeed:government:captured"}, "passive by agent"),
    ("The Sakhour district was recaptured by the army late on Sunday.",
     {"Sakhour:government:captured"}, "passive recaptured by the army"),
    ("Masaken Hanano has been retaken by Syrian troops, state TV said.",
     {"Masaken Hanano:government:captured"}, "has been retaken"),
    ("Sukkari and Fardous were seized by pro-government militias, activists said.",
     {"Sukkari:government:captured", "Fardous:government:captured"}, "passive list"),
    ("Bustan al-Basha was retaken on Monday, state media reported.",
     {"Bustan al-Basha:government:captured"}, "agentless retaken is government"),
    ("Rebel-held Sukkari was captured on Tuesday after a week of bombardment.",
     {"Sukkari:government:captured"}, "agentless passive with rebel held modifier"),
    ("Tariq al-Bab was taken from the rebels overnight.",
     {"Tariq al-Bab:government:captured"}, "taken from the rebels"),
    ("Hanano, captured by government forces on Saturday, was the first district to fall.",
     {"Masaken Hanano:government:captured"}, "reduced relative passive"),
    ("Ramouseh was captured by the rebels in August.", {"Ramouseh:rebels:captured"}, "passive by the rebels"),
    ("Hanano, which fell to the rebels in 2012, was retaken by the army on Saturday.",
     {"Masaken Hanano:rebels:captured", "Masaken Hanano:government:captured"}, "two events one place"),

    # --- fell to / came under / slipped out of ------------------------------------------------
    ("Sheikh Saeed fell to government forces on Monday.", {"Sheikh Saeed:government:captured"}, "fell to"),
    ("Masaken Hanano and Jabal Badro fell to the army within 24 hours.",
     {"Masaken Hanano:government:captured", "Jabal Badro:government:captured"}, "list fell to"),
    ("In 2012 Hanano became the first of the city's neighbourhoods to fall to the rebels.",
     {"Masaken Hanano:rebels:captured"}, "historic first to fall"),
    ("The takeover carried symbolic weight - the neighborhood, the Hanano Housing district, was the first to fall to the rebels in 2012.",
     {"Masaken Hanano:rebels:captured"}, "appositive first to fall"),
    ("The Sakhour district fell into the hands of Syrian troops on Monday.",
     {"Sakhour:government:captured"}, "fell into the hands of"),
    ("Karm al-Maysar was lost to government forces late on Saturday, a rebel commander said.",
     {"Karm al-Maysar:government:captured"}, "was lost to"),
    ("al-Marja and al-Salhin were lost to the army overnight.",
     {"Marjeh:government:captured", "Salhin:government:captured"}, "were lost to list"),
    ("Masaken Hanano came under government control on Sunday for the first time since 2012.",
     {"Masaken Hanano:government:captured"}, "came under government control"),
    ("The historic Old City is back in government hands, state media said.",
     {"Old City:government:captured"}, "back in government hands"),
    ("Bab al-Hadid returned to state control on Wednesday.",
     {"Bab al-Hadid:government:captured"}, "returned to state control"),
    ("Hanano slipped out of government control in July 2012.",
     {"Masaken Hanano:rebels:captured"}, "slipped out of government control"),
    ("Karm Homad was wrested from rebel control on Friday.",
     {"Karm Homad:government:captured"}, "wrested from rebel control"),
    ("The Kurdish-held Sheikh Maqsoud district came under the control of the army.",
     {"Sheikh Maqsoud:government:captured"}, "came under the control of the army"),
    ("Sheikh Saeed fell to the advancing government troops.",
     {"Sheikh Saeed:government:captured"}, "agent with adjective"),

    # --- losses --------------------------------------------------------------------------------
    ("Rebels lost Sheikh Saeed overnight after fierce fighting.",
     {"Sheikh Saeed:government:captured"}, "rebels lost"),
    ("The rebels lost Sakhour to advancing government troops.",
     {"Sakhour:government:captured"}, "lost to named winner"),
    ("Opposition fighters withdrew from Karm al-Jabal on Sunday, activists said.",
     {"Karm al-Jabal:government:captured"}, "withdrew from"),
    ("Rebel forces pulled out of al-Ansari and al-Mashhad overnight.",
     {"Ansari:government:captured", "Mashhad:government:captured"}, "pulled out of list"),
    ("Insurgents were driven out of Bustan al-Qasr by pro-government forces.",
     {"Bustan al-Qasr:government:captured"}, "driven out of by agent"),
    ("The rebels were forced to withdraw from Qadi Askar.",
     {"Qadi Askar:government:captured"}, "forced to withdraw"),
    ("He said rebel forces had withdrawn from all districts east of the river after losing a key area, Sheikh Said, in overnight fighting.",
     {"Sheikh Saeed:government:captured"}, "losing a key area appositive"),
    ("By the next morning, the rebels had abandoned their positions in the Old City quarter.",
     {"Old City:government:captured"}, "abandoned their positions in"),
    ("Kurdish fighters withdrew from Bustan al-Basha on Friday.", set(), "kurdish loss without winner"),
    ("Kurdish fighters lost Bustan al-Basha to government forces.",
     {"Bustan al-Basha:government:captured"}, "kurdish loss with winner"),
    ("After the army took Masaken Hanano, rebels withdrew from Jabal Badro and Sakhour.",
     {"Masaken Hanano:government:captured", "Jabal Badro:government:captured", "Sakhour:government:captured"},
     "capture then withdrawal"),

    # --- expel ---------------------------------------------------------------------------------
    ("Government forces drove rebels out of the Sakhour district on Monday.",
     {"Sakhour:government:captured"}, "drove rebels out of"),
    ("Syrian troops pushed the insurgents out of Jabal Badro and Haydariya.",
     {"Jabal Badro:government:captured", "Haydariyah:government:captured"}, "pushed insurgents out of"),
    ("The bombardment forced thousands of civilians out of Sukkari.", set(), "civilians forced out is no capture"),

    # --- nominal -------------------------------------------------------------------------------
    ("The army's capture of Sheikh Saeed leaves the rebels boxed into a few square kilometres.",
     {"Sheikh Saeed:government:captured"}, "possessive capture of"),
    ("The recapture of Masaken Hanano by government forces was a turning point.",
     {"Masaken Hanano:government:captured"}, "recapture of by agent"),
    ("The fall of Sakhour to government troops split the enclave in two.",
     {"Sakhour:government:captured"}, "fall of to agent"),
    ("The rebels' loss of Sheikh Saeed deprived them of the enclave's last mill.",
     {"Sheikh Saeed:government:captured"}, "rebels loss of"),
    ("The fall of Sakhour would slice the rebel-held east of Aleppo in half.", set(), "fall of with would"),
    # no taker named: the opponent of the side that held it (side_holders; east -> rebels)
    ("The fall of Sheikh Saeed was confirmed by state media.", {"Sheikh Saeed:government:captured"},
     "fall of without agent east side"),

    # --- held ------------------------------------------------------------------------------
    ("Civilians fled toward the rebel-held district of Sukkari.", {"Sukkari:rebels:held"}, "rebel held district of"),
    ("Mortar rounds fell on the government-held Hamdaniyah neighbourhood.",
     {"Hamdaniyah:government:held"}, "government held adjective"),
    ("Tens of thousands of people have escaped to government-controlled areas and the Sheik Maqsood neighborhood, which is controlled by a Kurdish militia.",
     {"Sheikh Maqsoud:kurdish:held"}, "controlled by a kurdish militia"),
    ("An additional 6,000 had made their way to Sheikh Maqsoud, a northern Aleppo neighborhood controlled by a Kurdish militia.",
     {"Sheikh Maqsoud:kurdish:held"}, "appositive controlled by"),
    ("Another 6,000 to 10,000 civilians had escaped to Sheikh Maqsoud, a district under Kurdish control.",
     {"Sheikh Maqsoud:kurdish:held"}, "under kurdish control"),
    ("Sheikh Maqsoud, a Kurdish-controlled enclave in the north of the city, took in thousands.",
     {"Sheikh Maqsoud:kurdish:held"}, "appositive kurdish controlled enclave"),
    ("Rebels still control Bustan al-Qasr and Kallaseh, the Observatory said.",
     {"Bustan al-Qasr:rebels:held", "Kallaseh:rebels:held"}, "rebels still control"),
    ("The YPG controls Sheikh Maqsoud and parts of Ashrafieh.",
     {"Sheikh Maqsoud:kurdish:held", "Ashrafieh:kurdish:held"}, "ypg controls partial second"),
    ("Jibreen, held by government forces since 2013, became a processing centre for evacuees.",
     {"Jibreen:government:held"}, "held by"),
    ("Sukkari remains in rebel hands.", {"Sukkari:rebels:held"}, "in rebel hands"),
    ("Masaken Hanano is now under full government control, the army said.",
     {"Masaken Hanano:government:held"}, "under full government control"),
    ("The Old City has been under rebel control since 2012.", {"Old City:rebels:held"}, "under rebel control since"),
    ("The opposition-held neighbourhoods of al-Kalasa and Bustan al-Qasr came under heavy bombardment.",
     {"Kallaseh:rebels:held", "Bustan al-Qasr:rebels:held"}, "came under bombardment is not control"),
    ("Rebels have held Karm al-Jabal since 2012.", {"Karm al-Jabal:rebels:held"}, "rebels have held"),
    ("Ramussa is a district south of Aleppo held by government forces.",
     {"Ramouseh:government:held"}, "district held by government forces"),
    ("Sheikh Saeed was one of the few parts of southeastern Aleppo still in rebel hands.",
     {"Sheikh Saeed:rebels:held"}, "still in rebel hands"),
    ("Rebels shelled government-held Hamdaniyah, killing five.", {"Hamdaniyah:government:held"}, "shelled government held"),
    ("Air strikes pounded the rebel-held Salhin and Maadi neighbourhoods.",
     {"Salhin:rebels:held", "Maadi:rebels:held"}, "rebel held list"),
    ("The government-held Jibrin district received 5,000 displaced people.",
     {"Jibreen:government:held"}, "government held jibrin"),
    ("Sheikh Saeed is controlled by rebels but is under heavy attack.",
     {"Sheikh Saeed:rebels:held"}, "is controlled by rebels"),
    ("Troops were advancing on rebel-held Sheikh Saeed.", {"Sheikh Saeed:rebels:held"}, "advance on rebel held"),
    ("The Kurdish militia that controls Sheikh Maqsoud has an uneasy truce with the government.",
     {"Sheikh Maqsoud:kurdish:held"}, "militia that controls"),
    ("Terrorists occupied the Kallaseh district in 2012, state media said.",
     {"Kallaseh:rebels:held"}, "state media occupied"),

    # --- relatives and mixed -------------------------------------------------------------------
    ("Hanano, which rebels captured in 2012, was the first district to fall.",
     {"Masaken Hanano:rebels:captured"}, "relative which rebels captured"),
    ("Bustan al-Qasr, which the rebels still hold, was shelled on Monday.",
     {"Bustan al-Qasr:rebels:held"}, "relative which rebels hold"),
    ("Government troops in Syria have recaptured Hanano, the largest of the areas that rebels controlled.",
     {"Masaken Hanano:government:captured"}, "captured wins over relative held"),
    ("Troops captured Sakhour while rebels still hold Sukkari.",
     {"Sakhour:government:captured", "Sukkari:rebels:held"}, "capture and hold in one sentence"),
    ("The army captured Sheikh Saeed; rebels still control Sukkari.",
     {"Sheikh Saeed:government:captured", "Sukkari:rebels:held"}, "semicolon clauses"),
    ("Troops captured rebel-held Sukkari on Monday.", {"Sukkari:government:captured"}, "captured drops held modifier"),
    ("Civilians fled Sukkari, which fell to troops on Monday.",
     {"Sukkari:government:captured"}, "relative fell to"),

    # --- denials, negation, intent ------------------------------------------------------------
    ("Rebel officials denied that Sheikh Saeed had fallen to government forces.", set(), "denied that fallen"),
    ("The opposition rejected claims that troops had captured Sukkari.", set(), "rejected claims"),
    ("A rebel official rejected the report that the district had been lost.", set(), "rejected report no place"),
    ("State media said troops had captured al-Fardous, but rebels denied the claim.",
     {"Fardous:government:captured"}, "denial after the claim"),
    ("Reports that Sakhour had fallen to the army were false, a rebel spokesman said.", set(), "reports were false"),
    ("Government forces have not captured Sheikh Saeed, the Observatory said.", set(), "have not captured"),
    ("Troops failed to retake Ramouseh despite heavy air strikes.", set(), "failed to retake"),
    ("Sheikh Saeed did not fall to the army.", set(), "did not fall"),
    ("Sheikh Saeed hasn't fallen to the army yet.", set(), "hasnt fallen"),
    ("The rebels have yet to lose Bustan al-Qasr.", set(), "yet to lose"),
    ("Government forces are trying to capture Sheikh Saeed.", set(), "trying to capture"),
    ("The army hopes to retake al-Sukkari within days.", set(), "hopes to retake"),
    ("Troops are poised to seize Jisr al-Haj.", set(), "poised to seize"),
    ("If Sakhour falls to the army, the enclave will be cut in two.", set(), "if falls to"),
    ("Sukkari could fall to government forces within days, analysts say.", set(), "could fall"),
    ("The army vowed to recapture Salaheddine.", set(), "vowed to recapture"),
    ("Troops were expected to take Karm al-Tarrab by nightfall.", set(), "expected to take"),
    ("Government forces launched an offensive to retake the Kallaseh district.", set(), "offensive to retake"),
    ("Rebels launched a counter-attack to retake Sheikh Saeed.", set(), "counter attack to retake"),
    ("Rebels are fighting to hold Bustan al-Qasr.", set(), "fighting to hold"),
    ("Rebels no longer control Sukkari.", set(), "no longer control"),
    ("Russia called on rebels to withdraw from the Old City.", set(), "called on to withdraw"),
    ("Rebels agreed to withdraw from the remaining districts, including Sukkari.", set(), "agreed to withdraw"),
    ("Bustan al-Qasr, which troops hope to capture this week, was shelled.", set(), "relative irrealis"),

    # --- not control: movement, attack, presence ------------------------------------------------
    ("Government forces advanced into Sukkari on Tuesday.", set(), "advanced into"),
    ("Troops breached rebel defences in Sheikh Saeed.", set(), "breached"),
    ("Syrian troops entered the Sheikh Saeed district from the south.", {"Sheikh Saeed:government:captured"},
     "entered: a completed entry is a taking"),
    ("Pro-government fighters pushed into al-Fardous, a monitor said.", set(), "pushed into"),
    ("Shelling hit Sukkari and Fardous overnight, killing 12 civilians.", set(), "shelling hit"),
    ("Civilians fled to Sheikh Maqsoud as the army advanced.", set(), "civilians fled to"),
    ("Heavy fighting raged near Bustan al-Qasr.", set(), "fighting near"),
    ("The army established fire control over the Hellok and Sakhour districts.", set(), "fire control"),
    ("Troops besieged the Old City for weeks.", set(), "besieged"),
    ("Syrian troops advanced on Sheikh Saeed from three directions.", set(), "advanced on"),
    ("Residents of Masaken Hanano said they had not seen aid for weeks.", set(), "residents of"),
    ("A bus carrying evacuees left Ramouseh for Idlib.", set(), "bus left"),
    ("Troops took up positions in Sheikh Saeed.", set(), "took up positions"),
    ("Civilians took shelter in basements in Sukkari.", set(), "took shelter"),
    # partial captures are events (data/gold/NOTES.md: the eastern section of Hanano, much of the Old City)
    ("Government forces captured parts of Sheikh Saeed.", {"Sheikh Saeed:government:captured"}, "parts of is an event"),
    ("Troops seized most of the Sakhour district.", {"Sakhour:government:captured"}, "most of is an event"),
    ("Troops killed dozens of fighters in Sukkari.", set(), "killed fighters in"),
    ("Rebels held a news conference in the Ansari district.", set(), "held a news conference"),
    ("Fighting for control of Sheikh Saeed continued into the night.", set(), "fighting for control"),
    ("Rebels in Sheikh Saeed surrendered to the army on Monday.", set(), "surrendered to"),
    ("Sheikh Saeed, captured on Monday, is the last high ground in the south.", set(), "agentless plain captured"),
    ("Sheikh Saeed was lost, a rebel commander admitted.", set(), "agentless lost"),
    ("Aleppo fell to the government on Thursday.", set(), "aleppo is no neighbourhood"),
    ("Eastern Aleppo, which the opposition captured in 2012, is now almost entirely in government hands.",
     set(), "eastern aleppo relative"),
    ("Rebels control less than a tenth of eastern Aleppo.", set(), "share not district"),
    ("The government now controls 98 percent of eastern Aleppo.", set(), "percent not district"),
    ("Taking Sheikh Saeed gives government forces control of the high ground.", set(), "gerund without subject"),
    ("Mohammed al-Ansari said troops captured the hospital.", set(), "person named ansari"),
    ("Troops shelled Sukkari and entered Hanano, a monitor said.", {"Masaken Hanano:government:captured"},
     "shelled and entered"),
    ("Troops are entering Hanano, a monitor said.", set(), "entering in progress is an advance"),
    ("Hundreds of civilians are reported to have fled into Hanano.", set(), "fled into"),
    # the seed gold (003) reads "swept into the Old City quarter" as a capture
    ("Pro-government troops have swept into the Old City quarter of Aleppo.", {"Old City:government:captured"},
     "swept into is a capture"),
    ("Syrian troops fire their weapons during a battle with insurgents at the Ramouseh front line.",
     set(), "battle at front line"),
    ("Islamic State fighters captured the Sheikh Najjar industrial city.", set(), "islamic state is no controller"),
    ("", set(), "empty sentence"),
    ("Sukkari.", set(), "bare name"),

    # --- situation reports, state media, more wire shapes -----------------------------------------
    ("Government forces and their allies have now retaken Sheikh Khodr, Haydariyah and Ain al-Tal, according to the Syrian Observatory for Human Rights.",
     {"Sheikh Khodr:government:captured", "Haydariyah:government:captured", "Ain al-Tal:government:captured"},
     "have now retaken list"),
    ("Government of Syria (GoS) forces reportedly took control of Jabal Badro and Baadeen on 27 November.",
     {"Jabal Badro:government:captured", "Baadeen:government:captured"}, "sitrep gos took control"),
    ("On 7 December, GoS forces retook the Old City and Bab al-Hadid.",
     {"Old City:government:captured", "Bab al-Hadid:government:captured"}, "sitrep gos forces retook"),
    ("NSAGs reportedly withdrew from Sheikh Saeed on 12 December.",
     {"Sheikh Saeed:government:captured"}, "sitrep nsags withdrew"),
    ("Non-state armed groups still control Sukkari, according to OCHA.",
     {"Sukkari:rebels:held"}, "sitrep non state armed groups control"),
    ('The Syrian army said its forces had "restored security and stability" to Bab al-Nairab.',
     {"Bab al-Nairab:government:captured"}, "restored security and stability in quotes"),
    ('Syrian state TV said the army had "liberated" Sukkari, Fardous and Maadi.',
     {"Sukkari:government:captured", "Fardous:government:captured", "Maadi:government:captured"},
     "quoted liberated"),
    ("SANA said army units restored security to the Karm Homad and Karm al-Beik areas.",
     {"Karm Homad:government:captured", "Karm al-Beik:government:captured"}, "restored security to"),
    ("Government troops are now in full control of Masaken Hanano.",
     {"Masaken Hanano:government:held"}, "in full control of"),
    ("Troops took the Old City's Umayyad Mosque on Tuesday.", set(), "possessive place is not the object"),
    ("The rebels lost all of Hanano within a day.", {"Masaken Hanano:government:captured"}, "lost all of"),
    ("The recently retaken al-Sakhour neighbourhood was deserted.",
     {"Sakhour:government:captured"}, "attributive retaken"),
    ("Syrian soldiers patrol in the recently recaptured Sheikh Saeed district.",
     {"Sheikh Saeed:government:captured"}, "attributive recaptured after a subject"),
    ("Civilians trapped in rebel-held Sukkari and al-Mashhad said bombs fell all night.",
     {"Sukkari:rebels:held", "Mashhad:rebels:held"}, "name before said after and is a place"),
    ("Rebels said reports that they had lost Sheikh Saeed were lies.", set(), "reports were lies"),
    ("Iraqi troops retook Hamdaniya from Islamic State militants.", set(), "iraqi troops are no controller"),
    ("Rebels have been pushed out of Hanano, Jabal Badro, Sakhour and Haydariyah since Saturday.",
     {"Masaken Hanano:government:captured", "Jabal Badro:government:captured",
      "Sakhour:government:captured", "Haydariyah:government:captured"}, "been pushed out of list"),
    ("Rebels have regained control of Sheikh Saeed, a rebel official told Reuters, but the army said fighting was continuing.",
     {"Sheikh Saeed:rebels:captured"}, "rebels regained control"),
    ("The rebels had seized Sheikh Saeed from government forces in 2012.",
     {"Sheikh Saeed:rebels:captured"}, "seized from government forces"),
    ("The Syrian army took control of Sheikh Saeed, which had been held by rebels, on Monday.",
     {"Sheikh Saeed:government:captured"}, "capture with relative held"),
    ("Kurdish forces had controlled Sheikh Maqsoud throughout the war.",
     {"Sheikh Maqsoud:kurdish:held"}, "kurdish forces had controlled"),
    ("The neighbourhoods of Hanano, Sakhour and Haydariyah were taken by the army last week.",
     {"Masaken Hanano:government:captured", "Sakhour:government:captured", "Haydariyah:government:captured"},
     "neighbourhoods of list passive"),
    ("In August, rebels broke the siege by taking Ramouseh, but government forces retook it a month later.",
     {"Ramouseh:rebels:captured"}, "by taking and pronoun retake"),
    ("Kurdish forces handed over Sheikh Maqsoud to the army.",
     {"Sheikh Maqsoud:government:captured"}, "handed over to the army"),
    ("Rebels gave up Sheikh Saeed without a fight.", {"Sheikh Saeed:government:captured"}, "gave up"),
    ("Rebel sources confirmed the loss of Sheikh Saeed.", {"Sheikh Saeed:government:captured"}, "confirmed the loss of"),
    ("A government offensive retook Masaken Hanano on Saturday.",
     {"Masaken Hanano:government:captured"}, "offensive as subject is not intent"),
    ("The army, in a bid to retake Sukkari, shelled the district.", set(), "in a bid to retake"),
    ("Reuters could not independently verify that Sheikh Saeed had fallen.", set(), "could not verify fallen"),
    ("Government forces, backed by Russian air strikes, are now fighting inside Sheikh Saeed.", set(), "fighting inside"),
    # entering ground the other side is said to have left is a capture (ENTRY_CASES in test_control_events)
    ("After rebels withdrew, government forces entered Masaken Hanano.", {"Masaken Hanano:government:captured"},
     "withdrew without object then entered"),
    ("The army denied that rebels had recaptured Sheikh Saeed.", set(), "army denied recapture"),
    ("Sakhour's fall splits the enclave.", set(), "possessive fall without agent"),
    ("It was not immediately clear whether the army had captured all of Sheikh Saeed.", set(), "whether captured"),
    ("Troops captured Bustan al-Basha, Sheikh Khodr and Ain al-Tal, and advanced into Sakhour.",
     {"Bustan al-Basha:government:captured", "Sheikh Khodr:government:captured", "Ain al-Tal:government:captured"},
     "captured list then advanced"),
]





@pytest.mark.parametrize("sentence,expected,note", _table(CONTROL_CASES))
def test_control_mentions(sentence, expected, note):
    assert _triples(sentence) == expected


@pytest.mark.parametrize("sentence,expected,note", _table(CONTROL_CASES))
def test_control_mention_invariants(sentence, expected, note):
    for m in control_mentions(sentence):
        assert isinstance(m, ControlMention)
        assert m.controller in CONTROLLERS
        assert m.event in EVENTS
        assert sentence[m.start : m.end] == m.quote
        assert m.surface in m.quote
        assert m.neighbourhood in {n.name for n in gazetteer()}


# ---------------------------------------------------------------------------------------------
# every lexicon entry works in its sentence shape (so a new entry is tested as soon as it is added)


def _lexicon():
    from importlib import resources

    import yaml

    text = (resources.files("newsfigures") / "data" / "control_verbs.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


_SHAPES = {
    "capture": ("Government forces {} Sukkari on Monday.", {"Sukkari:government:captured"}),
    "loss": ("Rebels {} Sukkari on Monday.", {"Sukkari:government:captured"}),
    "hold": ("Government forces {} Sukkari, a monitor said.", {"Sukkari:government:held"}),
    "advance": ("Government forces {} Sukkari on Monday.", set()),
    "fall_to": ("Sukkari {} government forces on Monday.", {"Sukkari:government:captured"}),
    "change_to": ("Sukkari {} government control on Monday.", {"Sukkari:government:captured"}),
    "slip_from": ("Sukkari {} government control in 2012.", {"Sukkari:rebels:captured"}),
    "held_by": ("Sukkari, {} the rebels, was shelled.", {"Sukkari:rebels:held"}),
    "expel": ("Government forces {} the rebels out of Sukkari on Monday.", {"Sukkari:government:captured"}),
    "nominal_capture": ("The army's {} Sukkari was announced.", {"Sukkari:government:captured"}),
    "nominal_loss": ("The rebels' {} Sukkari was announced.", {"Sukkari:government:captured"}),
}
# a completed entry ("entered X", "moved into X") is a taking (territory/entries.py)
_COMPLETED_ENTRY = {"Sukkari:government:captured"}
_LEX_CASES = [
    pytest.param(template.format(form),
                 _COMPLETED_ENTRY if kind == "advance" and form in _lexicon()["verbs"]["completed_entries"] else expected,
                 id=f"{kind}-{_id(form)}")
    for kind, (template, expected) in _SHAPES.items()
    for form in _lexicon()["verbs"][kind]
    if not (kind == "nominal_capture" and form.startswith("fall"))  # a fall has no possessor agent
]


@pytest.mark.parametrize("sentence,expected", _LEX_CASES)
def test_every_lexicon_verb_in_its_shape(sentence, expected):
    assert _triples(sentence) == expected


@pytest.mark.parametrize("form", [v for v in _lexicon()["verbs"]["advance"]
                                  if v not in _lexicon()["verbs"]["completed_entries"]])
def test_advance_verbs_never_capture_even_with_rebel_held(form):
    assert _triples(f"Troops {form} rebel-held Sukkari on Monday.") <= {"Sukkari:rebels:held"}


def test_lexicon_sections_and_parties():
    lex = _lexicon()
    assert set(lex["actors"]) == {"government", "rebels", "kurdish", "none"}
    assert set(lex["party_adjectives"]) == set(CONTROLLERS)
    assert lex["opponents"] == {"government": "rebels", "rebels": "government"}
    for key in ("negation", "irrealis", "denial", "falsity", "subject_blockers", "clause_breaks"):
        assert lex["cues"][key] and all(isinstance(w, str) for w in lex["cues"][key])


QUOTE_CASES = [
    ("Syrian troops and their allies seized Sheikh Saeed, a key neighborhood in the northern Syrian city of Aleppo, on Monday.",
     "Syrian troops and their allies seized Sheikh Saeed", "coordinated subject in quote"),
    ("Over the weekend, troops backing President Bashar al-Assad scored a major breakthrough in their campaign to recapture Aleppo, taking the Masaken Hanano and Jabal Badra districts and driving a wedge through the centre.",
     "taking the Masaken Hanano and Jabal Badra districts", "far subject quote starts at verb"),
    ("Sheikh Saeed fell to government forces on Monday.", "Sheikh Saeed fell to government forces", "fell to quote"),
    ("Civilians fled toward the rebel-held district of Sukkari.", "rebel-held district of Sukkari", "held adjective quote"),
    ("Another 6,000 civilians had escaped to Sheikh Maqsoud, a district under Kurdish control.",
     "Sheikh Maqsoud, a district under Kurdish control", "under control quote"),
]


@pytest.mark.parametrize("sentence,quote,note", _table(QUOTE_CASES))
def test_quotes(sentence, quote, note):
    assert {m.quote for m in control_mentions(sentence)} == {quote}


INFERRED_CASES = [
    ("Rebels lost Sheikh Saeed overnight.", True, "loss is inferred"),
    ("Rebels withdrew from Sukkari.", True, "withdrawal is inferred"),
    ("Bustan al-Basha was retaken on Monday.", True, "agentless retaken is inferred"),
    ("Hanano slipped out of government control in 2012.", True, "slipped out is inferred"),
    ("Troops captured Sukkari.", False, "named subject is not inferred"),
    ("Sukkari fell to the army.", False, "named agent is not inferred"),
    ("The rebels lost Sakhour to government troops.", False, "named winner is not inferred"),
]


@pytest.mark.parametrize("sentence,inferred,note", _table(INFERRED_CASES))
def test_inferred_flag(sentence, inferred, note):
    (m,) = control_mentions(sentence)
    assert m.inferred is inferred
    assert m.event == "captured"


def test_surface_is_as_written():
    (m,) = control_mentions("Syrian troops recaptured Sheik Said on Monday.")
    assert (m.neighbourhood, m.surface) == ("Sheikh Saeed", "Sheik Said")
    assert m.trigger == "recaptured"


def test_offsets_into_the_sentence():
    s = "On Monday, rebels lost Sukkari to the army."
    (m,) = control_mentions(s)
    assert s[m.start : m.end] == m.quote == "rebels lost Sukkari to the army"


# ---------------------------------------------------------------------------------------------
# robustness and speed

_FRAGMENTS = [
    "Syrian troops", "rebels", "the Kurdish militia", "captured", "fell to", "was retaken by", "withdrew from",
    "rebel-held", "Sheikh Saeed", "Sukkari", "Masaken Hanano", "and", ",", "not", "would", "the fall of",
    "under government control", "which", "on Monday", ";", "al-", "Sheikh", "by", "from", "’s", "(", ")", "—",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=25))
def test_never_raises_on_fragment_soup(parts):
    sentence = " ".join(parts)
    for m in control_mentions(sentence):
        assert sentence[m.start : m.end] == m.quote
    for p in find_places(sentence):
        assert sentence[p.start : p.end] == p.surface


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text):
    control_mentions(text)
    find_places(text)


def test_long_text_without_places_gives_nothing():
    text = "The offensive continued as civilians fled. " * 2000
    assert control_mentions(text) == []
