"""Forms of real reporting met on unseen reports (issue 12, fourth round), claims side: a share
taken within a window stated away from the number, a number that is the predicate of "the
number of X", a magnitude said of the clause's subject ("in their thousands"), lives claimed
and people driven abroad, sums of money, a need of evacuation that is no evacuation, aid given
to families, and a national Red Crescent society the table does not know.

Every case is a made-up sentence read inside a short article about the conflict (the helpers of
``test_real_reporting_forms``): ``(text, quote start, expected, note)``. Known misses are
``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

from test_real_reporting_forms import claim, read, xfail

from newsfigures.attribution import find_source


def measure_of(text: str, quote: str) -> str | None:
    r = claim(text, quote)
    return None if r is None else r["measure"]


# --- a share taken within a window -----------------------------------------------------------------
SHARE_WINDOWS = [
    ("Over the past two weeks, the opposition has lost more than half of the enclave it held.",
     "more than half", "share_taken", "a window fronted before the first comma"),
    ("In recent days, government troops took a third of the east.", "a third", "share_taken",
     "'In recent days,' fronted"),
    ("The factions had lost roughly 70 per cent of their ground in three weeks, a commander admitted.",
     "roughly 70", "share_taken", "'in three weeks' after the share, with a verb of loss"),
    ("Loyalist forces seized 20 percent of the pocket in two days of fighting.", "20 percent",
     "share_taken", "'in two days' with a verb of taking"),
    ("Government forces have retaken around 90% of the eastern districts since 15 November.",
     "around 90%", "share_taken", "'since 15 November' with a verb of taking"),
    ("Since the offensive opened on November 15, the army has recaptured 85 percent of the east.",
     "85 percent", "share_taken", "a fronted 'Since ...,' clause"),
    ("The army has won back 60 percent of the old city since Sunday.", "60 percent", "share_taken",
     "'since Sunday'"),
    ("Rebels have held 30 percent of the city since 2012.", "30 percent", "share_held",
     "a holding since a year stays held"),
    ("The army has recaptured 60 percent of the east since the war began.", "60 percent", "share_held",
     "since the war began: no recent window"),
    ("Since 2013, the army has regained 40 percent of the east.", "40 percent", "share_held",
     "a fronted 'Since 2013,' is no recent window"),
    ("Over the past year, the insurgents held 40 percent of the city.", "40 percent", "share_held",
     "a fronted window with a verb of holding stays held"),
    ("Rebels have now lost around three quarters of the territory they held, monitors said.",
     "around three quarters", "share_held", "a loss with no window is the winner's holding"),
    ("The army now controls 95 percent of the old city in the north.", "95 percent", "share_held",
     "'in the north' is no span of days"),
]


@pytest.mark.parametrize("text, quote, expected, note", SHARE_WINDOWS, ids=[c[-1] for c in SHARE_WINDOWS])
def test_a_share_taken_within_a_stated_window(text, quote, expected, note):
    assert measure_of(text, quote) == expected, note


# --- "the number of X ... is N" --------------------------------------------------------------------
NUMBER_OF = [
    ("The governor said the number of citizens who have left the eastern districts since the start "
     "of the operation has exceeded 100,000.", "exceeded 100,000", ("displacement", "fled", ""),
     "the relative clause of 'the number of citizens' says they left"),
    ("The ministry puts the number of militants still holding out in the pocket at about 5,000.",
     "about 5,000", ("other", "fighters", "rebels"), "no fate in the clause: the noun counts fighters"),
    ("The number of people who fled the east has risen to 50,000.", "50,000",
     ("displacement", "fled", ""), "'people who fled'"),
    ("The number of displaced people in the camps has reached 40,000.", "40,000",
     ("displacement", "displaced", ""), "the modifier before the noun is the fate"),
    ("The number of those killed in the strikes rose to 45.", "45", ("casualties", "killed", ""),
     "'those killed'"),
    ("The total number of civilians trapped in the pocket is estimated at 50,000.", "50,000",
     ("population", "trapped", "civilians"), "the noun gives the party"),
    ("The number of children who have died from the cold has reached 12.", "12",
     ("casualties", "killed", "children"), "'children who have died'"),
    ("The number of fighters killed in the battle has reached 300.", "300",
     ("casualties", "killed", "fighters"), "a fate wins over the fighters noun"),
    ("The number of trucks waiting at the crossing was 30.", "30", ("other", "vehicles", ""),
     "a count of trucks is vehicles"),
    ("The number of countries backing the resolution rose to 40.", "40", None,
     "a noun we do not count gives no figure"),
    ("The number of families registered at the shelter who fled the east has passed 4,000.", "4,000",
     ("displacement", "fled", ""), "families"),
]


@pytest.mark.parametrize("text, quote, expected, note", NUMBER_OF, ids=[c[-1] for c in NUMBER_OF])
def test_the_number_of_a_group_is_counted_as_that_group(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- a magnitude said of the subject: "in their thousands" -----------------------------------------
DISTRIBUTIVE = [
    ("Civilians were leaving the militant-held districts in their thousands, the ministry said.",
     "in their thousands", ("displacement", "fled", "civilians"), "the subject is the counted group"),
    ("Residents streamed out of the old city in their hundreds on Sunday.", "in their hundreds",
     ("displacement", "fled", ""), "residents name no party"),
    ("Rebel fighters surrendered in their dozens after the bridge fell.", "in their dozens",
     ("other", "surrendered", "fighters"), "fighters who surrender"),
    ("Families crossed the front line in their thousands overnight.", "in their thousands",
     ("displacement", "fled", ""), "families crossing"),
    ("Children died in their hundreds during the siege, doctors said.", "in their hundreds",
     ("casualties", "killed", "children"), "children who died"),
    ("Evacuees arrived at the camp in their thousands.", "in their thousands",
     ("displacement", "evacuated", ""), "evacuees arriving"),
    ("People were killed in their hundreds in the bombardment.", "in their hundreds",
     ("casualties", "killed", ""), "people killed"),
    ("Civilians were evacuated in their tens of thousands last week.", "in their tens of thousands",
     ("displacement", "evacuated", "civilians"), "tens of thousands"),
    ("The wounded were brought to the clinic in their dozens.", "in their dozens",
     ("casualties", "wounded", ""), "the wounded"),
    ("Thousands of people fled on foot.", "Thousands", ("displacement", "fled", ""),
     "the plain magnitude is unchanged"),
]


@pytest.mark.parametrize("text, quote, expected, note", DISTRIBUTIVE, ids=[c[-1] for c in DISTRIBUTIVE])
def test_a_magnitude_said_of_the_subject(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- lives claimed, people driven abroad -----------------------------------------------------------
LIVES_AND_EXILE = [
    ("The Syrian conflict has claimed more than 300,000 lives since 2011.", "more than 300,000",
     ("casualties", "killed", ""), "'claimed N lives' counts the dead"),
    ("The shelling cost 40 lives on Sunday.", "40", ("casualties", "killed", ""), "'cost N lives'"),
    ("The siege has taken at least 700 civilian lives, doctors say.", "at least 700",
     ("casualties", "killed", "civilians"), "'taken N civilian lives'"),
    ("The airstrikes claimed dozens of lives in the market.", "dozens", ("casualties", "killed", ""),
     "a vague number of lives"),
    ("The lives of 100,000 people are at risk.", "100,000", ("population", "residents", ""),
     "lives at risk are a population"),
    ("Some 3,000 lives have been saved by the evacuation.", "3,000", None,
     "lives saved are no toll"),
    ("Syria's war has killed more than 300,000 people and driven almost 5 million abroad.",
     "almost 5 million", ("displacement", "refugees", ""), "a second verb: driven abroad"),
    ("Nearly 5 million Syrians have fled abroad since the uprising.", "Nearly 5 million",
     ("displacement", "refugees", ""), "fled abroad"),
    ("About 800 families went into exile after the siege.", "About 800",
     ("displacement", "refugees", ""), "into exile"),
    ("Some 2 million people have sought safety out of the country.", "Some 2 million",
     ("displacement", "refugees", ""), "out of the country"),
    ("The war has killed more than 300,000 people.", "more than 300,000", ("casualties", "killed", ""),
     "the first verb keeps its own figure"),
]


@pytest.mark.parametrize("text, quote, expected, note", LIVES_AND_EXILE, ids=[c[-1] for c in LIVES_AND_EXILE])
def test_lives_claimed_and_people_driven_abroad(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- sums of money -------------------------------------------------------------------------------
MONEY = [
    ("Britain pledged an additional £10 million for emergency relief.", "£10 million",
     ("other", "aid", "pound"), "money pledged for relief is aid"),
    ("The minister said the UK would provide an extra £20m in humanitarian aid.", "£20m",
     ("other", "aid", "pound"), "money provided as aid"),
    ("The appeal, which requests US$3.2 billion, is 46 per cent funded.", "US$3.2 billion",
     ("other", "other", "dollar"), "an appeal's amount is other"),
    ("Germany announced a further 5 million euros in assistance for displaced families.",
     "5 million euros", ("other", "aid", "euro"), "euros in assistance"),
    ("Washington will donate $50 million to UN agencies working in Syria.", "$50 million",
     ("other", "aid", "dollar"), "a donation"),
    ("The reconstruction of the old souk could cost $200 million.", "$200 million",
     ("other", "other", "dollar"), "a cost is other"),
    ("The EU contributed 30 million euros to the response.", "30 million euros",
     ("other", "aid", "euro"), "a contribution"),
    ("Smugglers charge $1,000 to take a family out of the city.", "$1,000", ("other", "other", "dollar"),
     "a price is other"),
    ("Qatar granted $100 million in relief to the displaced.", "$100 million", ("other", "aid", "dollar"),
     "a grant in relief"),
    ("The fund has so far received only $400,000.", "$400,000", ("other", "other", "dollar"),
     "money with no aid word is other"),
]


def money(text: str, quote: str) -> tuple | None:
    r = claim(text, quote)
    return None if r is None else (r["category"], r["measure"], r["unit"])


@pytest.mark.parametrize("text, quote, expected, note", MONEY, ids=[c[-1] for c in MONEY])
def test_sums_of_money_are_figures_of_the_response(text, quote, expected, note):
    assert money(text, quote) == expected, note


# --- a need of evacuation; aid given to families ----------------------------------------------------
NEEDS_AND_AID = [
    ("The UN estimates 50,000 people remain, including hundreds of wounded in need of urgent evacuation.",
     "hundreds of wounded", ("population", "remaining", "wounded"),
     "'in need of evacuation' is no evacuation (the wounded are part of the people who remain: round 6)"),
    ("Doctors said 300 wounded people are in need of evacuation.", "300",
     ("casualties", "wounded", ""), "the need after the noun"),
    ("Some 40 patients in need of medical evacuation are waiting at the hospital.", "Some 40",
     ("population", "remaining", "patients"), "patients waiting"),
    ("About 200 wounded were evacuated to Idlib on Friday.", "About 200",
     ("displacement", "evacuated", "wounded"), "an evacuation stays an evacuation"),
    ("Ambulances carried 62 wounded patients out of the city.", "62",
     ("displacement", "evacuated", "patients"), "ambulances carrying patients"),
    ("The Kurdish Red Crescent is distributing bread to 2,000 families a day.", "2,000",
     ("other", "aid", ""), "bread to families is aid"),
    ("Volunteers delivered food parcels to 500 families in the west.", "500", ("other", "aid", ""),
     "parcels to families"),
    ("We are providing drinking water for 3,000 families at the shelter.", "3,000", ("other", "aid", ""),
     "water for families"),
    ("About 300 families were displaced by the fighting.", "About 300",
     ("displacement", "displaced", ""), "families with no aid word keep their fate"),
    ("Food is running out for 1,000 families in the pocket.", "1,000", None,
     "a scarcity is no aid (and families with no fate are no figure)"),
]


@pytest.mark.parametrize("text, quote, expected, note", NEEDS_AND_AID, ids=[c[-1] for c in NEEDS_AND_AID])
def test_a_need_of_evacuation_and_aid_to_families(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- national Red Crescent societies ----------------------------------------------------------------
RED_CRESCENT = [
    ("The Emirates Red Crescent said on Thursday it had sent 40 tonnes of food.", "Emirates Red Crescent",
     "another national society is kept by its name"),
    ("The Syrian Arab Red Crescent said 300 people left.", "Syrian Arab Red Crescent", "the Syrian society"),
    ("The Red Crescent said 300 people left.", "Syrian Arab Red Crescent", "the bare name is the Syrian one"),
    ("The Kurdish Red Crescent said 2,000 families were fed.", "Kurdish Red Crescent", "a known society"),
    ("The Turkish Red Crescent said 15 trucks were sent.", "Turkish Red Crescent", "a known society"),
    ("Syrian Red Crescent volunteers said 40 were hurt.", "Syrian Arab Red Crescent", "a short spelling"),
    ("Red Crescent volunteers said 40 were hurt.", "Syrian Arab Red Crescent", "volunteers of the society"),
    ("The Bahrain Red Crescent Society said it shipped 10 tonnes.", "Bahrain Red Crescent Society",
     "a society name with 'Society'"),
    xfail("The Qatar Red Crescent said it delivered 12 trucks.", "Qatar Red Crescent",
          "known miss: a country the table knows before 'Red Crescent' is read as the Syrian society"),
]


@pytest.mark.parametrize("sentence, expected, note", RED_CRESCENT, ids=[c[-1] for c in RED_CRESCENT])
def test_a_national_red_crescent_society(sentence, expected, note):
    src = find_source(sentence)
    assert src is not None and src.name == expected, note


# --- a part of a group that only says where it went -------------------------------------------------
PARTS = [
    ("Monitors said 10,000 people had fled the districts since Saturday, some 6,000 of them to "
     "Sheikh Maqsoud, and the rest to the west.", "some 6,000", ("displacement", "fled", ""),
     "'N of them' with no verb, apposed to the figure before"),
    ("Some 28,000 people have been displaced. Of these, some 18,000 people have arrived in the west, "
     "mainly in Jibreen.", "some 18,000", ("displacement", "displaced", ""),
     "'arrived in' says where the group went: the group's measure"),
    ("Some 28,000 people have been displaced. Of these, some 18,000 people have arrived in the west, "
     "while up to 10,000 people have moved to Sheikh Maqsoud.", "up to 10,000",
     ("displacement", "displaced", ""), "a parallel clause after 'while' keeps the group's measure"),
    ("Some 31,500 people have been displaced. Of these, 20,000 people have moved to the west, "
     "including Jibreen, while some 11,500 have gone to Sheikh Maqsoud.", "some 11,500",
     ("displacement", "displaced", ""), "'have gone to' with no noun"),
    ("About 3,000 people were evacuated on Thursday. Of those, 1,200 have travelled to Idlib.", "1,200",
     ("displacement", "evacuated", ""), "evacuees who travelled on"),
    ("Shelling killed 30 people, two of them children.", "two", ("casualties", "killed", "children"),
     "an apposed part keeps its own noun's party"),
    ("Some 28,000 people have been displaced. Of these, 500 were killed on the road.", "500",
     ("casualties", "killed", ""), "a fate of its own wins over the group's measure"),
    ("Some 28,000 people have been displaced. Of these, some 400 have died in the cold.", "some 400",
     ("casualties", "killed", ""), "the same with 'died'"),
    ("Troops have moved to the front line. Of these, 400 soldiers have moved to the north.", "400",
     ("other", "fighters", "soldiers"), "a group with no people measure gives no measure"),
    xfail("He counted 200 dead, adding that 30 of them were never identified.", "30",
          ("casualties", "killed", ""), "known miss: 'of them' in a clause of its own with no fate is dropped"),
    ("Two of them said they would stay.", "Two", None, "'two of them' alone is no figure"),
]


@pytest.mark.parametrize("text, quote, expected, note", PARTS, ids=[c[-1] for c in PARTS])
def test_a_part_of_a_group_keeps_the_group_measure(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- a verb of passing a level is its bound ---------------------------------------------------------
def qualifier(text: str, quote: str) -> str | None:
    r = claim(text, quote)
    return None if r is None else r["qualifier"]


PASSED_LEVELS = [
    ("The governor said the number of people who left has exceeded 100,000.", "exceeded 100,000", "more_than",
     "'has exceeded N'"),
    ("The death toll from the offensive surpassed 300 on Sunday.", "surpassed 300", "more_than", "'surpassed N'"),
    ("The number of displaced now exceeds 40,000, the UN said.", "exceeds 40,000", "more_than", "'exceeds N'"),
    ("The toll surpasses 500 civilians.", "surpasses 500", "more_than", "'surpasses N'"),
    ("Monitors reported a toll exceeding 1,000 people in the east.", "exceeding 1,000", "more_than",
     "'exceeding N' as before"),
    ("The number of people who fled rose to 20,000.", "20,000", "exact", "'rose to' is no bound"),
    ("At least 40 people were killed.", "At least 40", "at_least", "a plain qualifier is unchanged"),
    ("More than 300 people fled on Sunday.", "More than 300", "more_than", "'more than' is unchanged"),
    ("Some 30 people were wounded.", "Some 30", "approximate", "'some' is unchanged"),
    ("The toll reached 60 on Friday.", "60", "exact", "'reached' is no bound"),
]


@pytest.mark.parametrize("text, quote, expected, note", PASSED_LEVELS, ids=[c[-1] for c in PASSED_LEVELS])
def test_a_verb_of_passing_a_level_is_its_bound(text, quote, expected, note):
    assert qualifier(text, quote) == expected, note


# --- the toll's own word names whose dead -------------------------------------------------------------
TOLL_PARTY = [
    ("He put the civilian toll in the east since the offensive began at 413.", "413",
     ("casualties", "killed", "civilians"), "'the civilian toll ... at N'"),
    ("The civilian death toll has risen to 300, monitors said.", "300", ("casualties", "killed", "civilians"),
     "'civilian death toll'"),
    ("The army toll stood at 120 on Sunday.", "120", ("casualties", "killed", "soldiers"), "an army's toll"),
    ("The rebel toll in the battle reached 90.", "90", ("casualties", "killed", "rebels"), "a rebel toll"),
    ("The child toll of the siege passed 100.", "100", ("casualties", "killed", "children"), "a child toll"),
    ("The toll has risen to 300, monitors said.", "300", ("casualties", "killed", ""), "a plain toll names no party"),
    ("The civilian toll rose to 80, including 20 children.", "20", ("casualties", "killed", "children"),
     "an apposed part keeps its own noun"),
    ("The civilian toll rose to 80 people.", "80", ("casualties", "killed", ""),
     "a head noun of its own decides ('people' names no party)"),
    ("The civilian toll is unknown, but 40 fighters were killed.", "40", ("casualties", "killed", "fighters"),
     "a number with its own noun, far from the toll"),
    ("Monitors said the military toll was about 60.", "about 60", ("casualties", "killed", "soldiers"),
     "'the military toll ... about N'"),
]


@pytest.mark.parametrize("text, quote, expected, note", TOLL_PARTY, ids=[c[-1] for c in TOLL_PARTY])
def test_a_toll_s_own_word_names_the_party(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- people who hand themselves over ------------------------------------------------------------------
SURRENDER = [
    ("The source added that 46 gunmen had handed themselves over to the authorities.", "46",
     ("other", "surrendered", "rebels"), "'handed themselves over'"),
    ("Some 300 militants handed themselves in at the checkpoint.", "Some 300", ("other", "surrendered", "rebels"),
     "'handed themselves in'"),
    ("About 120 fighters turned themselves over to the army.", "About 120", ("other", "surrendered", "fighters"),
     "'turned themselves over'"),
    ("At least 50 gunmen gave themselves over to the police.", "At least 50", ("other", "surrendered", "rebels"),
     "'gave themselves over'"),
    ("Some 1,217 gunmen had laid down their arms, he said.", "Some 1,217", ("other", "surrendered", "rebels"),
     "'laid down their arms' as before"),
    ("Nearly 200 rebels surrendered on Sunday.", "Nearly 200", ("other", "surrendered", "rebels"), "'surrendered'"),
    ("Troops handed over 12 prisoners to the Red Cross.", "12", ("other", "detained", ""),
     "prisoners handed over stay detained"),
    ("About 400 gunmen were killed in the assault.", "About 400", ("casualties", "killed", "rebels"),
     "a fate of another kind"),
    ("Some 300 militants remain in the pocket.", "Some 300", ("population", "remaining", "rebels"),
     "no surrender: who remain"),
    ("The army said 70 fighters had handed themselves over, and 30 more were captured.", "70",
     ("other", "surrendered", "fighters"), "the first of two numbers"),
]


@pytest.mark.parametrize("text, quote, expected, note", SURRENDER, ids=[c[-1] for c in SURRENDER])
def test_people_who_hand_themselves_over_surrender(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- people at a place that receives the displaced ----------------------------------------------------
RECEPTION = [
    ("Red Crescent volunteers registered nearly 4,000 people arriving at a collection point in the west.",
     "nearly 4,000", ("displacement", "fled", ""), "people arriving: the nearest cue"),
    ("The Red Crescent has registered 4,500 families at the collection shelter, a disused factory.", "4,500",
     ("displacement", "displaced", ""), "families registered at a collection shelter"),
    ("About 2,000 people are staying at the reception centre in the west.", "About 2,000",
     ("displacement", "displaced", ""), "a reception centre"),
    ("Some 700 families were moved to a transit centre near the airport.", "Some 700",
     ("displacement", "displaced", ""), "a transit centre"),
    ("The collective shelter now houses 1,200 people.", "1,200", ("displacement", "displaced", ""),
     "a collective shelter"),
    ("About 3,000 people were arriving in western districts every day.", "About 3,000",
     ("displacement", "fled", ""), "'arriving' like 'arrived'"),
    ("Around 50 aid trucks were arriving at the crossing.", "Around 50", ("other", "vehicles", ""),
     "trucks arriving stay vehicles"),
    ("The UN said 30 staff were working at the reception centre.", "30", ("other", "staff", ""),
     "staff at a reception centre stay staff"),
    ("The collection point received 20 tonnes of flour.", "20 tonnes", ("other", "aid", ""),
     "aid at a collection point stays aid"),
    ("Shelling killed 12 people near the reception centre.", "12", ("casualties", "killed", ""),
     "a fate of its own wins"),
]


@pytest.mark.parametrize("text, quote, expected, note", RECEPTION, ids=[c[-1] for c in RECEPTION])
def test_people_at_a_reception_place_are_displaced(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- "X ..., its human rights office said" ------------------------------------------------------------
def source_of(text: str, quote: str) -> str | None:
    r = claim(text, quote)
    return None if r is None else r["source"]


OWNED_BODIES = [
    ("The United Nations has received reports that pro-government forces killed at least 82 civilians in "
     "their homes, its human rights office said on Tuesday.", "at least 82", "UN human rights office",
     "the owner's body as the table knows it; the actor on the way is no owner"),
    ("The United Nations has received reports that troops killed 40 civilians, including 11 women and 13 "
     "children, its human rights office said.", "13 children", "UN human rights office",
     "every figure of the sentence"),
    ("The WHO has recorded 300 wounded patients in the west, its regional office said.", "300", "WHO",
     "a body the table does not know: the organisation itself"),
    ("The Observatory counted 30 dead on Sunday, its director said.", "30",
     "Syrian Observatory for Human Rights", "a director's word is the organisation's"),
    ("UNICEF believes 500 children are trapped in the pocket, its spokesman said.", "500", "UNICEF",
     "a spokesman speaks for the organisation"),
    ("Shelling killed 12 civilians, its spokesman said.", "12", "", "no organisation to own the body"),
    ("Civilians said 12 people were killed, their spokesman said.", "12", "residents",
     "a generic group is no owner (its own speech verb decides)"),
    ("The ICRC said 2,000 people were evacuated on Thursday.", "2,000", "ICRC",
     "a plain attribution is unchanged"),
    ("The UN said 50,000 people remain, its humanitarian office said.", "50,000", "United Nations",
     "the first speaker still wins"),
    ("Russia's military said 1,200 gunmen surrendered, its defence ministry said.", "1,200",
     "Russian Defence Ministry", "the same source twice"),
]


@pytest.mark.parametrize("text, quote, expected, note", OWNED_BODIES, ids=[c[-1] for c in OWNED_BODIES])
def test_its_body_said_speaks_for_the_organisation_named_first(text, quote, expected, note):
    assert (source_of(text, quote) or "") == expected, note


# --- refugees and the displaced name no party; shelter for N people is aid ---------------------------
NO_PARTY_AND_CAPACITY = [
    ("Turkey hosts nearly 3 million Syrian refugees.", "nearly 3 million", ("displacement", "refugees", ""),
     "refugees name no party"),
    ("The shelter is housing nearly 5,000 displaced people.", "nearly 5,000", ("displacement", "displaced", ""),
     "displaced people name no party"),
    ("Some 2,000 IDPs arrived in the camps.", "Some 2,000", ("displacement", "displaced", ""), "IDPs name no party"),
    ("About 700 children were displaced by the shelling.", "About 700", ("displacement", "displaced", "children"),
     "children keep their party"),
    ("Some 300 civilians fled on Sunday.", "Some 300", ("displacement", "fled", "civilians"),
     "civilians keep theirs"),
    ("Ankara discussed setting up a tent city for 80,000 people near the border.", "80,000", ("other", "aid", ""),
     "a tent city for N people is aid (its capacity), no displacement"),
    ("The agency shipped tents for 10,000 people to the west.", "10,000", ("other", "aid", ""), "tents for people"),
    ("A tent camp for 5,000 families is being built near Idlib.", "5,000", ("other", "aid", ""),
     "a tent camp for families"),
    ("Some 5,000 people are living in tents in the west.", "Some 5,000", ("population", "residents", ""),
     "people living in tents are no aid count"),
    ("About 20,000 people fled to the camps near the border.", "About 20,000", ("displacement", "fled", ""),
     "people who fled to camps"),
]


@pytest.mark.parametrize("text, quote, expected, note", NO_PARTY_AND_CAPACITY,
                         ids=[c[-1] for c in NO_PARTY_AND_CAPACITY])
def test_refugees_name_no_party_and_shelter_capacity_is_aid(text, quote, expected, note):
    assert read(text, quote) == expected, note


# --- a qualifier inside quotation marks --------------------------------------------------------------
from newsfigures.figures.numbers import find_quantities  # noqa: E402

QUOTED_QUALIFIERS = [
    ("Syrian army liberates 'over 70%' of eastern Aleppo", "over 70%", "more_than", "a headline's scare quotes"),
    ("Monitors say 'at least 40' were killed", "at least 40", "at_least", "single quotes"),
    ("He said ‘about 300’ people fled", "about 300", "approximate", "curly quotes"),
    ("'Up to 10,000' remain, the UN said", "Up to 10,000", "at_most", "a quote opening the sentence"),
    ("The toll is (over 50) by now", "over 50", "more_than", "a bracket before the qualifier"),
    ('He said "nearly 2,000" people crossed', "nearly 2,000", "approximate", "double quotes as before"),
    ("Syrian army liberates over 70% of the east", "over 70%", "more_than", "no quotes as before"),
    ("Aleppo's 300 doctors stayed", "300", "exact", "a possessive is no quote"),
    ("The rebels' 2,000 fighters held out", "2,000", "exact", "a plural possessive is no quote"),
    ("It was 'a disaster', and 40 people died", "40", "exact", "a quote elsewhere changes nothing"),
]


@pytest.mark.parametrize("text, surface, qualifier, note", QUOTED_QUALIFIERS, ids=[c[-1] for c in QUOTED_QUALIFIERS])
def test_a_qualifier_inside_quotation_marks(text, surface, qualifier, note):
    found = {q.text: q.qualifier for q in find_quantities(text)}
    assert found.get(surface) == qualifier, (note, found)


# --- a one-word masthead before the headline ---------------------------------------------------------
from newsfigures.reading.scrape import clean_scrape  # noqa: E402

BODY_LINE = "Kurdish forces took two districts on Monday, a commander said, adding that more people had fled."
MASTHEADS = [
    (f"RUDAW\n\nYPG takes two districts as thousands flee\n\n{BODY_LINE}", "YPG takes two districts as thousands flee",
     "a masthead in capitals"),
    (f"Rudaw\n\nYPG takes two districts\n\n{BODY_LINE}", "YPG takes two districts", "a masthead as written"),
    (f"KURDISTAN24\n\nKurdish forces take two districts\n\n{BODY_LINE}", "Kurdish forces take two districts",
     "a masthead with digits"),
    (f"NEWS\n\nMENU\n\nArmy takes two districts\n\n{BODY_LINE}", "Army takes two districts", "two one-word lines"),
    (f"Army takes two districts\n\n{BODY_LINE}", "Army takes two districts", "no masthead: as before"),
    (f"Aleppo\n\n{BODY_LINE}", "", "a one-word line before the body is no masthead of a headline"),
    (f"{BODY_LINE}\n\nMore people fled on Tuesday, the monitor said, as shelling went on.", "",
     "no headline at all"),
    (f"SANA\n\nArmy restores security to Sheikh Saeed\n\n{BODY_LINE}", "Army restores security to Sheikh Saeed",
     "an agency's masthead"),
    (f"EXCLUSIVE\n\nInside the last hospital of east Aleppo\n\n{BODY_LINE}",
     "Inside the last hospital of east Aleppo", "a kicker word"),
    (f"Kurdistan | Middle East | World\n\nRUDAW\n\nYPG takes two districts\n\n{BODY_LINE}", "YPG takes two districts",
     "a menu line and a masthead"),
]


@pytest.mark.parametrize("text, title, note", MASTHEADS, ids=[c[-1] for c in MASTHEADS])
def test_a_one_word_masthead_before_the_headline_is_furniture(text, title, note):
    assert clean_scrape(text).title == title, note
