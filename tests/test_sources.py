"""Tests for newsfigures.attribution: who a sentence attributes its figures to.

Most sentences are invented in the style of wire copy (AP, Reuters, AFP), broadcasters and UN
situation reports; none is taken from the seed or development articles.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfigures.attribution import SOURCE_TYPES, Source, attribute, find_source, resolve_alias

SOHR = "Syrian Observatory for Human Rights"


def case(sentence: str, expected: str | None, note: str):
    return pytest.param(sentence, expected, note, id=note)


# --------------------------------------------------------------------------- find_source

FIND_CASES = [
    # ---- monitors
    case("The Syrian Observatory for Human Rights said at least 60 people were killed on Monday.", SOHR, "sohr-said"),
    case("At least 60 people were killed on Monday, the Britain-based Syrian Observatory for Human Rights said.", SOHR, "sohr-trailing-said"),
    case("At least 21 civilians died in air strikes, according to the UK-based monitor.", SOHR, "uk-based-monitor-according"),
    case("The death toll rose to 415, said Rami Abdel Rahman, who heads the Observatory.", SOHR, "inverted-said-director"),
    case("Observatory chief Rami Abdurrahman told AFP that 80,000 people had fled.", SOHR, "director-told-afp"),
    case("Abdulrahman said the rebels had lost 90 percent of their territory.", SOHR, "surname-alone"),
    case("The London-based monitor, which relies on a network of sources on the ground, put the toll at 311.", SOHR, "put-the-toll-at"),
    case("By the Observatory's count, 103 children have died since the offensive began.", SOHR, "by-x-count"),
    case("SOHR figures show that 5,000 people crossed into Sheikh Maqsoud.", SOHR, "x-figures-show"),
    case("The Syrian Observatory for Human Rights, a war monitor, reported 26 deaths in Jub al-Quba.", SOHR, "apposition-a-war-monitor"),
    case("Rami Abdulrahman, the director of the Observatory, said 'hundreds' remained in the enclave.", SOHR, "person-with-apposition"),
    case("According to the monitor, government forces now control 85 percent of the east.", SOHR, "the-monitor-default"),
    case("The Syrian Observatory for Human Rights (SOHR) counts at least 60 fatalities on Monday alone.", SOHR, "counts-with-acronym-in-brackets"),
    case("Monitoring groups say hundreds have been killed in the past week.", "monitoring groups", "monitoring-groups"),
    case("A war monitor said more than 50,000 people had fled.", "monitoring groups", "a-war-monitor"),
    case("Human Rights Watch said at least 12 hospitals had been hit.", "Human Rights Watch", "hrw"),
    case("Amnesty International says it has documented 82 killings.", "Amnesty International", "amnesty-says"),
    case("The Syrian Network for Human Rights documented 1,200 deaths in November.", "Syrian Network for Human Rights", "snhr-documented"),
    # ---- state media
    case("State television said 1,200 civilians had reached government-held areas.", "Syrian state television", "state-television"),
    case("Syrian state TV reported that the army had taken Sukkari.", "Syrian state television", "syrian-state-tv-reported"),
    case("The official SANA news agency said rebel shells killed eight people in western Aleppo.", "SANA", "official-sana-news-agency"),
    case("Rebel shelling killed six people, the state news agency SANA reported.", "SANA", "trailing-state-news-agency"),
    case("SANA, the official news agency, said 728 gunmen had surrendered.", "SANA", "sana-apposition"),
    case("Rebel shells killed 11 people, the official Syrian Arab News Agency, or SANA, reported.", "SANA", "sana-or-apposition"),
    case("A statement carried by SANA said 2,000 people had been evacuated.", "SANA", "carrier-when-no-author"),
    case("Pro-government Al-Ikhbariya TV said troops had reached the Old City.", "Al-Ikhbariya", "ikhbariya-tv"),
    case("Ekhbariyeh reported that 4,000 people crossed at Bustan al-Qasr.", "Al-Ikhbariya", "ekhbariyeh-spelling"),
    case("According to Alikbariyah, 600 gunmen handed themselves over.", "Al-Ikhbariya", "alikbariyah-spelling"),
    case("Syria's state media reported that 13 rebels had surrendered.", "Syrian state media", "syria-s-state-media"),
    case("Official media said the army had seized the Sheikh Saeed district.", "Syrian state media", "official-media"),
    case("The toll was reported by state media.", "Syrian state media", "reported-by-state-media"),
    # ---- army, government
    case("The Syrian army said it had regained control of 98 percent of eastern Aleppo.", "Syrian army", "syrian-army-said"),
    case("Syria's military said Monday it has regained 98 percent of the east.", "Syrian army", "syria-s-military-weekday"),
    case("The general command of the armed forces announced that Aleppo had been liberated.", "Syrian army", "general-command"),
    case("A Syrian military source told Reuters that only a small pocket remained.", "Syrian army", "military-source-told-reuters"),
    case("A security source in Aleppo told AFP that 300 fighters had surrendered.", "Syrian army", "security-source-pp"),
    case("The army is in the final stages of the battle, a Syrian general said.", "Syrian army", "a-syrian-general"),
    case("Brigadier General Samir Suleiman told reporters the battle would end within days.", "Syrian army", "named-officer"),
    case("Damascus said 2,000 civilians had crossed to the west.", "Syrian government", "damascus-said"),
    case("The Syrian government has said it will not accept a truce.", "Syrian government", "has-said"),
    case("Syria's UN ambassador Bashar al-Jaafari said the reports were lies.", "Syrian government", "ambassador-to-un"),
    case("The health ministry said 26 people were killed by rebel shells in western Aleppo.", "Syrian Ministry of Health", "health-ministry"),
    case("President Bashar al-Assad told Al-Watan newspaper that victory in Aleppo would change the war.", "Syrian government", "assad-told-newspaper"),
    case("In a statement carried by SANA, the Foreign Ministry said the ceasefire had failed.", "Syrian government", "statement-carried-by-sana"),
    case("The army has taken 98 percent of east Aleppo, state media said, citing a military source.", "Syrian army", "state-media-citing-army"),
    case("State TV, citing a military source, said 400 gunmen had surrendered.", "Syrian army", "state-tv-citing-apposition"),
    # ---- Russia
    case("Russia's Defence Ministry said 8,461 civilians had left in 24 hours.", "Russian Defence Ministry", "russia-s-defence-ministry"),
    case("The Russian Defense Ministry's reconciliation center said 2,934 children were among those who left.", "Russian Defence Ministry", "reconciliation-center"),
    case("Maj. Gen. Igor Konashenkov said Russian sappers had cleared 6 hectares.", "Russian Defence Ministry", "konashenkov"),
    case("Russia says 50,000 people have left eastern Aleppo.", "Russian Defence Ministry", "russia-says"),
    case("Moscow said 100,000 people had been evacuated.", "Russian Defence Ministry", "moscow-said"),
    case("Foreign Minister Sergei Lavrov said the operation had been halted.", "Russian government", "lavrov"),
    case("Kremlin spokesman Dmitry Peskov told reporters that talks were continuing.", "Russian government", "peskov"),
    # ---- rebels, opposition
    case("A rebel official said the fighters had withdrawn from Sheikh Saeed.", "rebel officials", "a-rebel-official"),
    case("Zakaria Malahifji, a political official with the Fastaqim group, said 50 fighters had been killed.", "rebel officials", "named-rebel-with-group"),
    case("Yasser al-Youssef, a spokesman for the Nour al-Din al-Zinki faction, told Reuters that all factions agreed.", "rebel officials", "zinki-spokesman"),
    case("Abu Abdelrahman al-Hamawi, a commander in Jabhat Fateh al-Sham, said 30 fighters remained.", "rebel officials", "abdelrahman-inside-other-name"),
    case("Rebel groups in eastern Aleppo said they had accepted a ceasefire.", "rebel officials", "rebel-groups-pp"),
    case("An opposition spokesman said 47 fighters had been killed.", "rebel officials", "opposition-spokesman"),
    case("A senior rebel commander told Reuters the front lines had collapsed.", "rebel officials", "senior-rebel-commander"),
    case("The Free Syrian Army said it would not leave the city.", "rebel officials", "fsa"),
    case("Ahrar al-Sham said in a statement that 14 of its fighters had died.", "rebel officials", "in-a-statement-filler"),
    case("Colonel Fares al-Bayoush, an FSA commander, said 2,000 fighters were ready to leave.", "rebel officials", "rebel-colonel-not-army"),
    # ---- Kurds
    case("Salih Muslim, co-leader of the PYD, told Reuters that 10,000 people had fled to Sheikh Maqsoud.", "PYD", "salih-muslim"),
    case("Kurdish officials said 6,000 civilians had arrived in Sheikh Maqsoud.", "PYD", "kurdish-officials"),
    case("The YPG said its fighters had taken Bustan al-Basha.", "PYD", "ypg"),
    # ---- activists, residents, medical, rescuers
    case("Activists said at least 25 people were killed in Jub al-Quba.", "activists", "activists-said"),
    case("Opposition activists reported heavy shelling of the Sukkari district.", "activists", "opposition-activists"),
    case("Pro-government activists on social media said troops had entered three neighbourhoods.", "pro-government activists", "pro-government-activists"),
    case("A doctor in eastern Aleppo said 50 wounded people were waiting for treatment.", "medical staff", "doctor-pp"),
    case("Medics said the last hospital in the enclave had been destroyed.", "medical staff", "medics"),
    case("Hamza al-Khatib, the director of al-Quds hospital, said only 30 doctors remained.", "Hamza al-Khatib", "named-hospital-director"),
    case("Residents said hundreds of families were sleeping in the streets.", "residents", "residents-said"),
    case("\"We have nothing left,\" said Umm Ahmed, a mother of four.", "Umm Ahmed", "umm-name-inverted"),
    case("Abu Mohammed, a resident of the Sukkari district, told AFP that 20 people died.", "Abu Mohammed", "abu-name-resident"),
    case("Ibrahim Abu Laith, an official with the civil defence, said 30 bodies had been recovered.", "Syrian Civil Defence", "official-with-civil-defence"),
    case("The White Helmets said their teams had pulled 60 people from the rubble.", "Syrian Civil Defence", "white-helmets"),
    case("Rescue workers said 26 people had died.", "Syrian Civil Defence", "rescue-workers"),
    case("Karam Hariri, a nurse, told the BBC that 13 children were wounded.", "Karam Hariri", "named-nurse-told-bbc"),
    case("Activist Bilal Abdul Kareem said 3,000 families were sheltering in Sukkari.", "Bilal Abdul Kareem", "activist-title"),
    # ---- aid agencies and the UN
    case("The International Committee of the Red Cross said 3,000 civilians had been evacuated.", "ICRC", "icrc-full"),
    case("ICRC regional director Robert Mardini told Reuters that many more runs were needed.", "ICRC", "mardini"),
    case("Marianne Gasser, head of the ICRC delegation in Syria, said 25,000 people had been evacuated.", "ICRC", "gasser"),
    case("The Syrian Arab Red Crescent said 750 people were brought out of Foua and Kefraya.", "Syrian Arab Red Crescent", "sarc"),
    case("Aid agencies estimate that 100,000 people remain in the enclave.", "aid groups", "aid-agencies-estimate"),
    case("UNICEF said 47 orphans had been taken to safety.", "UNICEF", "unicef"),
    case("The UN children's agency said more than 100,000 children were trapped.", "UNICEF", "un-children-s-agency"),
    case("Geert Cappelaere, UNICEF's regional director, said children should not be killed.", "UNICEF", "cappelaere"),
    case("The World Health Organization said only two hospitals were still functioning.", "WHO", "who-full"),
    case("WHO spokesman Tarik Jasarevic said 180 patients needed evacuation.", "WHO", "who-spokesman"),
    case("The U.N. humanitarian office said 31,500 people had been displaced.", "UN OCHA", "un-humanitarian-office"),
    case("OCHA estimates that 35,000 people have been evacuated since 15 December.", "UN OCHA", "ocha-estimates"),
    case("Jens Laerke, a spokesman for OCHA, said the figures were preliminary.", "UN OCHA", "laerke"),
    case("UN human rights spokesman Rupert Colville said 82 civilians had been killed.", "UN human rights office", "colville"),
    case("The U.N. human rights office says it has received reports of hundreds of men going missing.", "UN human rights office", "un-human-rights-office"),
    case("UN envoy Staffan de Mistura said 8,000 rebels remained in the city.", "United Nations", "de-mistura"),
    case("The United Nations said up to 100,000 people could be trapped.", "United Nations", "united-nations"),
    case("U.N. Secretary-General Ban Ki-moon said he was alarmed by reports of atrocities.", "United Nations", "ban-ki-moon"),
    case("Jan Egeland, the UN humanitarian adviser, said 400 people needed medical evacuation.", "United Nations", "egeland"),
    case("Partners also report that 12,000 hot meals were distributed in Jibreen.", "aid groups", "sitrep-partners-report"),
    case("The Syrian Department of Health reports that 26 people were killed between 23 and 29 November.", "Syrian Ministry of Health", "sitrep-department-of-health"),
    # ---- other governments and media
    case("A U.S. official said Russia had rejected the proposal.", "US government", "us-official"),
    case("Secretary of State John Kerry said he was trying to secure their safety.", "US government", "kerry"),
    case("The State Department said it was alarmed by reports of atrocities.", "US government", "state-department"),
    case("Turkish Foreign Minister Mevlut Cavusoglu said 1,000 people had been evacuated.", "Turkish government", "cavusoglu"),
    case("Iran's foreign ministry said the reports were baseless.", "Iranian government", "iran-foreign-ministry"),
    case("According to Al Jazeera, government forces are executing civilians.", "Al Jazeera", "according-to-media"),
    case("The Afkar Foundation, which runs the orphanage, said 47 children had been rescued.", "Afkar Foundation", "unknown-organisation"),
    # ---- relaying outlets, citing, carriers, agents
    case("Salih Muslim told Reuters that 6,000 to 10,000 civilians had escaped.", "PYD", "told-reuters-relay"),
    case("A rebel commander told AFP that 1,000 fighters were left.", "rebel officials", "told-afp-relay"),
    case("Reuters reported, citing a Syrian military source, that the army controlled 90 percent.", "Syrian army", "reuters-citing"),
    case("The Observatory, citing sources on the ground, said 21 people were killed.", SOHR, "monitor-citing-own-network"),
    case("Speaking to Al Jazeera, Rami Abdulrahman said 300 civilians had died.", SOHR, "speaking-to-al-jazeera"),
    case("BEIRUT (AP) - Syrian troops captured the Old City, state media reported.", "Syrian state media", "ap-dateline"),
    case("DAMASCUS, Dec. 13 (Xinhua) -- The Syrian army recaptured Sheikh Saeed, the official SANA news agency said.", "SANA", "xinhua-dateline"),
    case("The figures were confirmed by the Red Crescent.", "Syrian Arab Red Crescent", "confirmed-by"),
    case("Figures released by the UN show 31,500 people displaced.", "United Nations", "figures-released-by"),
    case("According to figures from the World Health Organisation, 400 people need evacuation.", "WHO", "according-to-figures-from"),
    case("\"Syria will not leave its citizens hostage,\" said a statement issued Wednesday by the Foreign Ministry.", "Syrian government", "statement-issued-by"),
    case("Syrian troops were quoted by state TV as saying 70 percent of the east was secure.", "Syrian state television", "quoted-by-carrier-fallback"),
    # ---- headlines
    case("Red Cross: 3,000 people evacuated from east Aleppo", "ICRC", "headline-colon"),
    case("Syrian Military Says Rebels Driven From 98 Percent of Aleppo", "Syrian army", "headline-title-case"),
    case("UNICEF says 47 orphans evacuated from east Aleppo", "UNICEF", "headline-says"),
    # ---- compound subjects
    case("Activists and the Syrian Observatory for Human Rights said 36 people died.", SOHR, "compound-specific-wins"),
    case("State media and opposition activists said thousands of civilians fled.", "Syrian state media", "compound-first"),
    case("The Red Cross and the Red Crescent say the operation is complete.", "ICRC", "compound-red-cross-crescent"),
    # ---- transliteration and diacritics
    case("Rami Abd al-Rahman said the fighting had moved to the Old City.", SOHR, "abd-al-rahman"),
    case("Al-Ikhb\u0101riyah reported that 70 fighters had surrendered.", "Al-Ikhbariya", "diacritics-ikhbariyah"),
    case("Salih M\u00fcslim said 10,000 had fled to the Kurdish district.", "PYD", "diacritics-muslim"),
    case("Saleh Muslim told Reuters that 5,000 civilians had arrived.", "PYD", "saleh-spelling"),
    case("Observatory director Rami Abdurahman said 45 were killed.", SOHR, "abdurahman-single-r"),
    case("The Syrian Observatory for Human Rights\u2019 director said 40 civilians died.", SOHR, "curly-apostrophe"),
    # ---- more wire phrasing
    case("Syrian state news agency SANA said 1,200 people had left through the Bustan al-Qasr crossing.", "SANA", "state-news-agency-sana"),
    case("Russian Defence Ministry spokesman Igor Konashenkov said 2,000 people had left.", "Russian Defence Ministry", "mod-spokesman-name"),
    case("'We have counted 415 dead,' Abdel Rahman told AFP.", SOHR, "single-quotes-told-afp"),
    case("The monitor's director, Rami Abdel Rahman, told AFP that 300 were killed.", SOHR, "monitor-s-director"),
    case("The United Nations estimates that up to 100,000 people remain.", "United Nations", "un-estimates"),
    case("According to U.N. estimates, 31,500 people have been displaced.", "United Nations", "according-to-un-estimates"),
    case("U.N. figures put the number of displaced at 31,500.", "United Nations", "un-figures-put"),
    case("According to the latest UN figures, 31,500 people have been displaced.", "United Nations", "latest-un-figures"),
    case("The Syrian Civil Defence, also known as the White Helmets, said 25 people were pulled from the rubble.", "Syrian Civil Defence", "also-known-as"),
    case("Officials at the Aleppo health directorate said 40 people died.", "Aleppo Health Directorate", "health-directorate-officials"),
    case("Pro-government forces now hold 93 percent of the area, according to a military source quoted by SANA.", "Syrian army", "source-quoted-by-sana"),
    case("A military source quoted by SANA said 300 gunmen had surrendered.", "Syrian army", "subject-quoted-by-sana"),
    case("Residents reached by telephone said 20 people were killed overnight.", "residents", "reached-by-telephone"),
    case("The Local Coordination Committees, an activist network, reported 50 deaths.", "activists", "lcc"),
    case("The rebels' Aleppo Conquest operations room said on Twitter that 200 fighters had been killed.", "rebel officials", "operations-room-on-twitter"),
    case("Moscow's envoy to the UN, Vitaly Churkin, said 1,000 fighters remained.", "Russian government", "churkin-apposition"),
    case("A local council official said 1,500 families remained in the Ansari district.", "Syrian opposition", "local-council-official"),
    case("Hezbollah's media arm said 30 fighters surrendered.", "Hezbollah", "hezbollah-media-arm"),
    case("Assad's forces, according to the rebels, executed 82 people.", "rebel officials", "according-to-in-commas"),
    case("At least 35,000 people have been evacuated, the ICRC's Ingy Sedky said.", "ICRC", "icrc-s-spokeswoman"),
    case("Some 2,700 children were among those evacuated, UNICEF spokesman Christophe Boulierac told a briefing in Geneva.", "UNICEF", "told-a-briefing"),
    case("A spokeswoman for the World Food Programme said food stocks would run out within days.", "WFP", "spokeswoman-for-wfp"),
    case("Rebels told the U.N. that 1,500 fighters would leave.", "rebel officials", "told-the-un-that"),
    case("The opposition-run Aleppo city council said 100,000 people were trapped.", "Syrian opposition", "city-council"),
    case("The army's general command said in a statement broadcast on state TV that security had returned.", "Syrian army", "statement-broadcast-on-state-tv"),
    case("A Syrian Arab Red Crescent volunteer said 300 patients were moved.", "Syrian Arab Red Crescent", "sarc-volunteer"),
    case("Government troops have taken 70 percent of the enclave, Russia's defence ministry said on Tuesday.", "Russian Defence Ministry", "trailing-said-on-tuesday"),
    case("The civilians, who SANA said numbered 2,000, were taken to Jibreen.", "SANA", "relative-clause-said"),
    case("The army, in a statement read on state television, said it had restored security to Sheikh Saeed.", "Syrian army", "parenthetical-statement"),
    case("A rebel official with the Levant Front, Zakaria Malahifji, said fighters were holding their positions.", "rebel officials", "role-before-name"),
    case("The Observatory's Rami Abdulrahman said the toll had reached 311.", SOHR, "possessive-person"),
    case("Russian drones counted 20,000 people leaving, Konashenkov added.", "Russian Defence Ministry", "konashenkov-added"),
    case("The Syrian American Medical Society said eight of its staff were killed.", "Syrian American Medical Society", "sams"),
    case("Civil defence chief Ammar al-Selmo said 20 people died in Bab al-Nairab.", "Syrian Civil Defence", "civil-defence-chief"),
    # ---- negatives: no attribution in the sentence
    case("Government forces captured the Sheikh Saeed district on Monday.", None, "neg-actor-not-source"),
    case("At least 60 people were killed on Monday.", None, "neg-unattributed-figure"),
    case("The Syrian army pushed deeper into eastern Aleppo.", None, "neg-army-actor"),
    case("Russia and China vetoed a draft resolution calling for a seven-day truce.", None, "neg-veto"),
    case("The ICRC has helped to evacuate more than 25,000 people.", None, "neg-icrc-actor"),
    case("He said 20 people were killed.", None, "neg-pronoun-without-context"),
    case("Hundreds of civilians are reported to have fled into Hanano.", None, "neg-passive-reported"),
    case("There are reports of shortages of food and medical supplies.", None, "neg-reports-noun"),
    case("The army told residents to leave the area before dawn.", None, "neg-told-to"),
    case("Aleppo: Situation Report No. 9 (20 December 2016)", None, "neg-sitrep-title"),
    case("Syria: evacuation of eastern Aleppo is over", None, "neg-place-colon"),
    case("Aid groups are responding to the needs of newly displaced people.", None, "neg-aid-actor"),
    case("UN officials were not allowed into the city.", None, "neg-un-actor"),
    case("The siege, said to be the longest of the war, ended on Thursday.", None, "neg-said-to-be"),
    case("Residents who fled to the west were screened by the authorities.", None, "neg-screened-by"),
    case("Some 2,000 people crossed into Sheikh Maqsoud, which is held by Kurdish forces.", None, "neg-held-by"),
    case("The UN-brokered deal allowed 35,000 people to leave.", None, "neg-un-brokered"),
    case("In 2012 Hanano became the first neighbourhood to fall to the rebels.", None, "neg-history"),
    case("\"We have lost Hanano,\" the fighters chanted.", None, "neg-quote-no-verb"),
    case("Thousands of people were left waiting in limbo for more than 48 hours.", None, "neg-waiting"),
    case("The statement was issued on Thursday.", None, "neg-statement-issued"),
    case("A U.S.-backed proposal was rejected.", None, "neg-us-backed"),
    case("Observers have been deployed by the United Nations to monitor the evacuations.", None, "neg-deployed-by"),
    case("Estimates of the number of civilians still in the enclave vary widely.", None, "neg-estimates-noun"),
    case("The government-held west of the city was shelled.", None, "neg-government-held"),
    case("Asked how many people remained, the official declined to say.", None, "neg-declined-to-say"),
    case("The WHO-supported hospital was hit twice.", None, "neg-who-supported"),
    case("who said that the buses had left?", None, "neg-lowercase-who"),
    case("The rebels' loss of Aleppo would be their biggest defeat since 2012.", None, "neg-rebels-possessive"),
    case("Civilians walked past the Observatory building.", None, "neg-mention-only"),
    case("Shelling of Damascus killed three people.", None, "neg-place-object"),
    case("Sheikh Maqsoud is controlled by the Kurdish YPG militia.", None, "neg-controlled-by"),
    case("The army in Aleppo captured 40 fighters.", None, "neg-army-pp-actor"),
    case("Red Cross workers loaded 13 ambulances with the wounded.", None, "neg-red-cross-actor"),
    case("Convoys organised by the ICRC left at dawn.", None, "neg-organised-by"),
    case("Journalists were not allowed into the eastern districts.", None, "neg-journalists-actor"),
    case("Many residents boarded the buses in silence.", None, "neg-residents-actor"),
    case("The Observatory building in Coventry is a small terraced house.", None, "neg-observatory-building"),
    case("SANA's headquarters in Damascus were not damaged.", None, "neg-sana-possessive-noun"),
]


@pytest.mark.parametrize("sentence, expected, note", FIND_CASES)
def test_find_source(sentence: str, expected: str | None, note: str) -> None:
    src = find_source(sentence)
    got = src.name if src is not None else None
    assert got == expected, f"{note}: {sentence!r} -> {src}"
    if src is not None:
        assert sentence[src.start : src.end] == src.surface
        assert src.source_type in SOURCE_TYPES


# --------------------------------------------------------------------------- types, party, surfaces

TYPE_CASES = [
    case("The Syrian army said it had taken Hanano.", "military", "army-military"),
    case("State media said 200 people left.", "state_media", "state-media-type"),
    case("Activists said 20 people died.", "activists", "activists-type"),
    case("Abu Jaafar, a doctor at a field hospital, said 40 patients arrived.", "medical", "named-doctor-medical"),
    case("Ibrahim Abu Leith, a rescue worker, told Al Jazeera that 36 people died.", "aid", "named-rescuer-aid"),
    case("Journalist Zein al-Rifai said 30 people died in Sukkari.", "media", "named-journalist-media"),
    case("\"Life here is a slow death,\" said Ahmed Haddad.", "resident", "named-no-role-resident"),
    case("Turkey said 1,000 people had reached the border.", "foreign_government", "turkey-foreign"),
    case("The UN said 10,000 people had been displaced.", "un", "un-type"),
    case("Salih Muslim said 6,000 civilians escaped.", "kurdish", "pyd-kurdish"),
]


@pytest.mark.parametrize("sentence, expected, note", TYPE_CASES)
def test_source_type(sentence: str, expected: str, note: str) -> None:
    src = find_source(sentence)
    assert src is not None, note
    assert src.source_type == expected


PARTY_CASES = [
    case("SANA said 200 civilians left.", True, "sana-party"),
    case("The Russian military said 8,000 left.", True, "russia-party"),
    case("A rebel spokesman said 40 fighters died.", True, "rebels-party"),
    case("Kurdish officials said 6,000 arrived.", True, "kurds-party"),
    case("The Syrian Observatory for Human Rights said 60 died.", False, "sohr-not-party"),
    case("The ICRC said 3,000 were evacuated.", False, "icrc-not-party"),
    case("A U.S. official said talks had failed.", False, "us-not-party"),
    case("Hamza al-Khatib, a rebel commander, said 30 fighters died.", True, "named-rebel-party"),
]


@pytest.mark.parametrize("sentence, expected, note", PARTY_CASES)
def test_party_to_conflict(sentence: str, expected: bool, note: str) -> None:
    src = find_source(sentence)
    assert src is not None, note
    assert src.party_to_conflict is expected


SURFACE_CASES = [
    case("At least 21 civilians died, according to the Britain-based monitor.", "the Britain-based monitor", "determiner-kept"),
    case("Observatory chief Rami Abdurrahman told AFP that 80,000 people had fled.", "Rami Abdurrahman", "person-surface"),
    case("Rebel shelling killed six people, the state news agency SANA reported.", "SANA", "closest-mention"),
    case("Al-Ikhb\u0101riyah reported that 70 fighters had surrendered.", "Al-Ikhb\u0101riyah", "surface-keeps-diacritics"),
    case("\"We have nothing left,\" said Umm Ahmed, a mother of four.", "Umm Ahmed", "unknown-person-surface"),
    case("The U.N. said 10,000 people had been displaced.", "The U.N.", "abbreviation-surface"),
]


@pytest.mark.parametrize("sentence, expected, note", SURFACE_CASES)
def test_surface_and_offsets(sentence: str, expected: str, note: str) -> None:
    src = find_source(sentence)
    assert src is not None, note
    assert src.surface == expected
    assert sentence[src.start : src.end] == expected


# --------------------------------------------------------------------------- attribute (articles)


def art(sentences: list[str], expected: list[str | None], note: str):
    return pytest.param(sentences, expected, note, id=note)


ARTICLE_CASES = [
    art(
        ["The Syrian Observatory for Human Rights said 60 people were killed.", "It added that 15 of them were children."],
        [SOHR, SOHR],
        "it-added",
    ),
    art(
        ["Rami Abdurrahman said the rebels held 7 percent of the east.", "He said 40 fighters had died on Monday."],
        [SOHR, SOHR],
        "he-said-after-person",
    ),
    art(
        ["The army said it had taken Sukkari.", "Hundreds of families fled.", "It said 300 gunmen surrendered."],
        ["Syrian army", None, "Syrian army"],
        "unmarked-sentence-stays-none",
    ),
    art(
        [
            "The Syrian Observatory for Human Rights said 45 people were killed in Hanano.",
            "The group also said 12 children were among the dead.",
        ],
        [SOHR, SOHR],
        "the-group-also-said",
    ),
    art(
        [
            "A monitor says at least 80,000 people have left the eastern neighbourhoods.",
            "Others fled south into the rebel pocket.",
            "The Syrian Observatory for Human Rights said 300 people had died.",
        ],
        [SOHR, None, SOHR],
        "a-monitor-looks-ahead",
    ),
    art(
        ["A monitor says at least 80,000 people have left.", "Others fled south."],
        ["monitoring groups", None],
        "a-monitor-never-named",
    ),
    art(
        [
            "Marianne Gasser, who heads the ICRC delegation, visited the east on Thursday.",
            "She said 3,000 people had been evacuated.",
        ],
        [None, "ICRC"],
        "she-after-introduced-person",
    ),
    art(
        ["State television said the last convoy had left.", "According to the channel, four buses reached Ramouseh."],
        ["Syrian state television", "Syrian state television"],
        "according-to-the-channel",
    ),
    art(
        ["Russia's military says 8,000 civilians left.", "According to the military, sappers cleared 6 hectares."],
        ["Russian Defence Ministry", "Russian Defence Ministry"],
        "the-military-after-russia",
    ),
    art(
        ["Government troops entered Sukkari.", "According to the military, 300 gunmen surrendered."],
        [None, "Syrian army"],
        "the-military-default",
    ),
    art(
        [
            "Lieutenant-General Zaid al-Saleh addressed troops in Aleppo on Monday.",
            "\"The battle will end quickly,\" he said.",
        ],
        [None, "Syrian army"],
        "he-after-officer",
    ),
    art(
        [
            "East Aleppo dentist Salim Abu al-Nassar posted a video from the al-Ansari district.",
            "\"We have over 80,000 human beings here,\" he says.",
            "\"This may be my last call,\" al-Nassar says.",
        ],
        [None, "Salim Abu al-Nassar", "Salim Abu al-Nassar"],
        "introduced-person-and-surname",
    ),
    art(
        ["SANA said 200 civilians left.", "The army advanced into Sukkari."],
        ["SANA", None],
        "no-carry-into-unmarked",
    ),
    art(
        [
            "Mohammed Abu Rajab, a radiologist, said 20 bodies lay in the street.",
            "Abu Rajab said the clinic had run out of fuel.",
        ],
        ["Mohammed Abu Rajab", "Mohammed Abu Rajab"],
        "surname-registry",
    ),
    art(
        ["A Syrian general said the army was in the final stages.", "He said 300 rebels had surrendered."],
        ["Syrian army", "Syrian army"],
        "he-after-role-phrase",
    ),
    art(
        ["UNICEF said 47 orphans were evacuated.", "The agency said some were in critical condition."],
        ["UNICEF", "UNICEF"],
        "the-agency",
    ),
    art(
        [
            "Shafak, a Turkey-based Syrian aid organisation, said eight of its ambulances were destroyed.",
            "It said 47 of its 57 staff were trapped.",
        ],
        ["Shafak", "Shafak"],
        "unknown-organisation-it",
    ),
    art(["Fighting continued on Monday.", "He said 20 died."], [None, None], "he-without-antecedent"),
    art(
        [
            "The Syrian government said the truce had failed.",
            "In a statement carried by SANA, the foreign ministry said 50 people died.",
        ],
        ["Syrian government", "Syrian government"],
        "foreign-ministry-syrian",
    ),
    art(
        ["Sergey Lavrov said talks would continue in Geneva.", "The foreign ministry said 1,000 rebels had left."],
        ["Russian government", "Russian government"],
        "foreign-ministry-russian",
    ),
    art(
        ["Rebel officials said they would leave.", "They said 4,000 fighters would go to Idlib."],
        ["rebel officials", "rebel officials"],
        "they-said",
    ),
    art(
        [
            "Ahmed al-Shaer, a resident of Sukkari, said food had run out.",
            "\"Life in Aleppo has become a slow death,\" Shaer said.",
        ],
        ["Ahmed al-Shaer", "Ahmed al-Shaer"],
        "surname-after-resident",
    ),
    art(
        ["SANA said 200 civilians left."] + [f"Buses left the city at {h} o'clock." for h in range(1, 9)] + ["It added that 40 buses were used."],
        ["SANA"] + [None] * 8 + [None],
        "it-too-far-back",
    ),
    art(
        [
            "A Syrian general said the army controlled 98 percent of the east.",
            "Activists disputed the figure.",
            "\"The battle is over,\" said the source.",
        ],
        ["Syrian army", None, "Syrian army"],
        "the-source-after-general",
    ),
    art(
        [
            "\"We are being slaughtered,\" wrote Abdulkafi al-Hamdo, a teacher in eastern Aleppo.",
            "He said 30 people had died in his street.",
        ],
        ["Abdulkafi al-Hamdo", "Abdulkafi al-Hamdo"],
        "teacher-inverted-then-he",
    ),
    art(
        [
            "The Russian Center for Reconciliation said 2,000 people left overnight.",
            "Konashenkov added that 700 rebels had laid down their weapons.",
        ],
        ["Russian Defence Ministry", "Russian Defence Ministry"],
        "named-spokesman-added",
    ),
    art(
        ["The Observatory reported 21 deaths.", "The monitor said 5 were children."],
        [SOHR, SOHR],
        "the-monitor-back",
    ),
    art(
        [
            "BEIRUT (Reuters) - Syrian forces captured three more districts on Tuesday, a monitoring group said.",
            "The Britain-based Syrian Observatory for Human Rights said the army now held 80 percent of the enclave.",
            "At least 45 civilians were killed in shelling overnight.",
            "The Observatory's director, Rami Abdulrahman, said 12 of the dead were children.",
            "\"It is a massacre,\" he told Reuters by phone.",
            "The army, in a statement read on state television, said it had restored security to Sheikh Saeed.",
            "It said 728 gunmen had surrendered in the past 24 hours.",
            "A rebel official with the Levant Front, Zakaria Malahifji, said fighters were holding their positions.",
            "He said government shelling had killed 30 people in the Ansari district.",
            "Reuters could not independently verify the figures.",
        ],
        [SOHR, SOHR, None, SOHR, SOHR, "Syrian army", "Syrian army", "rebel officials", "rebel officials", None],
        "wire-story",
    ),
    art(
        [
            "Aleppo - Situation Report No. 12",
            "An estimated 35,000 people have been evacuated from eastern Aleppo since 15 December, according to the ICRC.",
            "According to SARC, 750 people were evacuated from Foah and Kafraya.",
            "The World Food Programme (WFP) reports that 120,000 people received food assistance in Jibreen.",
            "Partners report that 1,200 children are unaccompanied.",
            "UNICEF estimates 17,000 children are in need of winter clothing.",
            "Some 2,700 children were evacuated, it said.",
            "Temperatures dropped below zero at night.",
        ],
        [None, "ICRC", "Syrian Arab Red Crescent", "WFP", "aid groups", "UNICEF", "UNICEF", None],
        "un-sitrep",
    ),
    art(
        [
            "A monitor said on Wednesday that 82 civilians had been executed in four neighbourhoods.",
            "Human Rights Watch later said the reports were credible.",
            "The monitor, the Syrian Observatory for Human Rights, said 500 people were missing.",
        ],
        [SOHR, "Human Rights Watch", SOHR],
        "a-monitor-is-a-war-monitor",
    ),
    art(
        [
            "Human Rights Watch said 12 hospitals had been hit.",
            "The rights group said 40 medical workers had died since July.",
        ],
        ["Human Rights Watch", "Human Rights Watch"],
        "the-rights-group",
    ),
    art(
        [
            "A U.S. official said talks in Geneva had failed.",
            "Osama Abo Zayd, a legal adviser to the Free Syrian Army, said 40 fighters had died, a toll he said was rising.",
            "\"We will fight to the last breath,\" he said.",
        ],
        ["US government", "rebel officials", "rebel officials"],
        "he-within-sentence-then-next",
    ),
    art(
        ["Salih Muslim told Reuters that 6,000 civilians had fled.", "The agency said the figure could not be verified."],
        ["PYD", None],
        "relay-outlet-is-no-antecedent",
    ),
    art(
        [
            "\"We are finished,\" said one fighter in the Sukkari district.",
            "Quotes inside quotation marks, \"the army said it would win\", are not attributions.",
        ],
        [None, None],
        "quoted-speech-is-not-attribution",
    ),
    art(
        ["The Observatory said 60 people died in Hanano.", "Its director said 20 of them were children."],
        [SOHR, SOHR],
        "its-director",
    ),
    art(
        [
            "Rami Abdulrahman, who heads the Syrian Observatory for Human Rights, spoke by phone from Coventry.",
            "The fighting had moved to the Old City, he said.",
        ],
        [None, SOHR],
        "he-after-spokesperson-mention",
    ),
    art(["", "SANA said 200 left."], [None, "SANA"], "empty-sentence"),
]


@pytest.mark.parametrize("sentences, expected, note", ARTICLE_CASES)
def test_attribute(sentences: list[str], expected: list[str | None], note: str) -> None:
    got = attribute(sentences)
    assert len(got) == len(sentences)
    assert [g.name if g is not None else None for g in got] == expected, note
    for s, g in zip(sentences, got):
        if g is not None:
            assert s[g.start : g.end] == g.surface


def test_attribute_carry_over_surface_is_marker() -> None:
    got = attribute(["The ICRC said 3,000 people were evacuated.", "It added that 40 were wounded."])
    assert got[1] is not None
    assert got[1].name == "ICRC"
    assert got[1].surface == "It"
    assert (got[1].start, got[1].end) == (0, 2)


def test_attribute_empty() -> None:
    assert attribute([]) == []


# --------------------------------------------------------------------------- resolve_alias

ALIAS_CASES = [
    case("SOHR", SOHR, "sohr"),
    case("the Observatory", SOHR, "the-observatory"),
    case("Syrian Observatory for Human Rights", SOHR, "full"),
    case("Rami Abdurrahman", SOHR, "abdurrahman"),
    case("Abdulrahman", SOHR, "abdulrahman"),
    case("Rami Abdul Rahman", SOHR, "abdul-rahman"),
    case("Rami Abdel-Rahman", SOHR, "abdel-hyphen-rahman"),
    case("RAMI ABDURRAHMAN", SOHR, "capitals"),
    case("the Britain-based monitor", SOHR, "britain-based"),
    case("the monitor", SOHR, "the-monitor-default"),
    case("a monitor", "monitoring groups", "a-monitor-default"),
    case("U.N.", "United Nations", "u-n-dots"),
    case("UN", "United Nations", "un"),
    case("the U.N.", "United Nations", "the-u-n"),
    case("Ban Ki-moon", "United Nations", "ban"),
    case("Unicef", "UNICEF", "unicef-mixed-case"),
    case("the UN children's agency", "UNICEF", "children-agency"),
    case("World Health Organisation", "WHO", "who-british"),
    case("World Health Organization", "WHO", "who-american"),
    case("Syrian Arab News Agency", "SANA", "sana-full"),
    case("Ekhbariyeh", "Al-Ikhbariya", "ekhbariyeh"),
    case("Alikbariyah", "Al-Ikhbariya", "alikbariyah"),
    case("al-Ikhbariya TV", "Al-Ikhbariya", "ikhbariya-tv"),
    case("state TV", "Syrian state television", "state-tv"),
    case("Russian Defense Ministry", "Russian Defence Ministry", "defense-spelling"),
    case("Center for Reconciliation", "Russian Defence Ministry", "reconciliation"),
    case("Konashenkov", "Russian Defence Ministry", "konashenkov"),
    case("Sergey Lavrov", "Russian government", "lavrov"),
    case("Sergei Lavrov", "Russian government", "lavrov-sergei"),
    case("the Kremlin", "Russian government", "kremlin"),
    case("White Helmets", "Syrian Civil Defence", "white-helmets"),
    case("civil defense", "Syrian Civil Defence", "civil-defense"),
    case("the Red Cross", "ICRC", "red-cross"),
    case("SARC", "Syrian Arab Red Crescent", "sarc"),
    case("the Red Crescent", "Syrian Arab Red Crescent", "red-crescent"),
    case("OCHA", "UN OCHA", "ocha"),
    case("OHCHR", "UN human rights office", "ohchr"),
    case("Rupert Colville", "UN human rights office", "colville"),
    case("Free Syrian Army", "rebel officials", "fsa"),
    case("a rebel commander", "rebel officials", "rebel-commander"),
    case("a senior Russian officer", "Russian Defence Ministry", "role-russian-officer"),
    case("PYD", "PYD", "pyd"),
    case("Saleh Muslim", "PYD", "saleh-muslim"),
    case("White House", "US government", "white-house"),
    case("John Kerry", "US government", "kerry"),
    case("Damascus", "Syrian government", "damascus"),
    case("aid agencies", "aid groups", "aid-agencies"),
    case("medics", "medical staff", "medics"),
    case("Reuters", "Reuters", "reuters"),
    case("Syrian Observatory for Human Rights.", SOHR, "trailing-dot"),
    case("the weather", None, "neg-weather"),
    case("Aleppo", None, "neg-aleppo"),
    case("", None, "neg-empty"),
    case("   ", None, "neg-blank"),
]


@pytest.mark.parametrize("surface, expected, note", ALIAS_CASES)
def test_resolve_alias(surface: str, expected: str | None, note: str) -> None:
    src = resolve_alias(surface)
    assert (src.name if src is not None else None) == expected
    if src is not None:
        assert src.surface == surface
        assert (src.start, src.end) == (0, len(surface))


# --------------------------------------------------------------------------- data file


def _data() -> dict:
    return yaml.safe_load(resources.files("newsfigures").joinpath("data/sources.yaml").read_text(encoding="utf-8"))


def test_data_file_is_consistent() -> None:
    data = _data()
    names = [e["name"] for e in data["sources"]]
    assert len(names) == len(set(names)), "canonical names must be unique"
    for e in data["sources"]:
        assert e["type"] in SOURCE_TYPES, e["name"]
        assert isinstance(e.get("party", False), bool)
    for ref in data["references"]:
        if ref.get("default"):
            assert ref["default"] in names
    for rule in data["grammar"]["roles"]:
        for key in ("source", "generic"):
            if rule.get(key):
                assert rule[key] in names, rule
        if rule.get("type"):
            assert rule["type"] in SOURCE_TYPES


@pytest.mark.parametrize(
    "name",
    [
        SOHR,
        "SANA",
        "Syrian state television",
        "Syrian state media",
        "Al-Ikhbariya",
        "Syrian army",
        "Syrian government",
        "Syrian Ministry of Health",
        "Russian Defence Ministry",
        "Russian government",
        "rebel officials",
        "activists",
        "pro-government activists",
        "Syrian Civil Defence",
        "ICRC",
        "Syrian Arab Red Crescent",
        "UN OCHA",
        "UN human rights office",
        "UNICEF",
        "WHO",
        "United Nations",
        "PYD",
        "aid groups",
        "monitoring groups",
        "residents",
        "medical staff",
        "US government",
    ],
)
def test_required_canonical_names_resolve_to_themselves(name: str) -> None:
    src = resolve_alias(name)
    assert src is not None and src.name == name


# --------------------------------------------------------------------------- robustness, speed


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    src = find_source(text)
    if src is not None:
        assert text[src.start : src.end] == src.surface
    resolve_alias(text)
    out = attribute([text, text[: len(text) // 2]])
    assert len(out) == 2


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["He said", "It added", ",", "\"", "according to", "the monitor", "SANA", "said", "Rami", "Abu", " ", "told Reuters", "(AFP)", "U.N.", "-", "'s"]), max_size=25))
def test_never_raises_on_attribution_soup(parts: list[str]) -> None:
    text = " ".join(parts)
    find_source(text)
    attribute([text, text])


def test_non_string_input_is_tolerated() -> None:
    assert find_source(None) is None  # type: ignore[arg-type]
    assert resolve_alias(None) is None  # type: ignore[arg-type]
    assert attribute([None, "SANA said 20 died."])[1].name == "SANA"  # type: ignore[list-item]


def test_source_is_frozen() -> None:
    src = find_source("SANA said 200 civilians left.")
    assert isinstance(src, Source)
    with pytest.raises(AttributeError):
        src.name = "x"  # type: ignore[misc]


