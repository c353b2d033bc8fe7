"""ACLED sub-event types (``eventwatch.acled_types``): CAMEO's crosswalk default made specific
by the means, the sides and what happened to a protest. Every sentence is written for these
tests; each label is checked on more than one wording, in news and ACLED-notes styles."""

from pathlib import Path

import pytest

from eventwatch import acled_types
from eventwatch.evaluate import evaluate_file
from eventwatch.evaluate.acled import chosen
from eventwatch.nlp import parse
from eventwatch.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline()


def label(pipeline, text):
    ev = chosen(pipeline.code_text(text))
    return ev.acled if ev else None


@pytest.mark.parametrize("text, want", [
    # the means of an attack
    ("Government warplanes bombed the market town of Kafr Nabl, killing 9 civilians.",
     "Air/drone strike"),
    ("On 2 May 2021, a US drone strike killed 3 militants near Jilib (Middle Juba).",
     "Air/drone strike"),
    ("A regime helicopter dropped two barrel bombs on the village of Kansafra.",
     "Air/drone strike"),
    ("Separatist gunners shelled the outskirts of Avdiivka with mortars overnight.",
     "Shelling/artillery/missile attack"),
    ("Militants fired rockets at an army camp near Marawi, the military said.",
     "Shelling/artillery/missile attack"),
    ("A roadside bomb struck a police pickup outside Kandahar, killing four officers.",
     "Remote explosive/landmine/IED"),
    # the means named in the account before a short casualty line
    ("On 4 June 2020, a landmine exploded under a truck near Djibo (Soum). 3 soldiers killed.",
     "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a police checkpoint in Mogadishu, killing 5 officers.",
     "Suicide bomb"),
    ("Two gunmen on a motorcycle hurled a grenade at a bus stop in Garissa, wounding six people.",
     "Grenade"),
    ("The opposition said regime forces used chlorine on the besieged district of Harasta.",
     "Chemical weapon"),
    # a named means beats a bare "blast"
    ("A blast killed 11 people at a mosque in Quetta after a suicide bomber entered the hall.",
     "Suicide bomb"),
    # who fought whom
    ("Unidentified gunmen shot dead a local councillor in Tumaco on Monday.", "Attack"),
    ("Gunmen killed a village teacher near Mopti, residents said.", "Attack"),
    ("Troops clashed with ADF militants near Beni, leaving 6 dead on both sides.", "Armed clash"),
    ("On 3 March 2021, soldiers fought with Ambazonian separatists near Bamenda. 2 fatalities.",
     "Armed clash"),
    ("Islamic State fighters overran the town of Hit after a two-day assault.",
     "Non-state actor overtakes territory"),
    ("Army troops recaptured the town of Mocimboa da Praia from insurgents on Sunday.",
     "Government regains territory"),
    ("Gunmen kidnapped 14 passengers from a bus near Gusau, police said.",
     "Abduction/forced disappearance"),
    ("Soldiers raped at least 12 women in villages around Minova, a rights group said.",
     "Sexual violence"),
    ("An angry mob lynched a suspected cattle thief in the market of Kisumu.", "Mob violence"),
    ("Villagers beat to death two men accused of witchcraft near Kisii.", "Mob violence"),
    # what happened to a protest
    ("Teachers marched through Bogota to demand higher wages.", "Peaceful protest"),
    ("Police fired tear gas to disperse hundreds of students protesting fee increases in Kampala.",
     "Protest with intervention"),
    ("Thousands rallied in Minsk against the election result. Riot police broke up the crowd "
     "and detained dozens.", "Protest with intervention"),
    ("Security forces opened fire on protesters in Nasiriyah, killing four.",
     "Excessive force against protesters"),
    ("Protesters burned tyres and threw stones at police in Conakry.", "Violent demonstration"),
    ("Riot police turned water cannon on pensioners gathered outside parliament in Athens.",
     "Protest with intervention"),
    ("Police detained 300 people at rallies against the war in St Petersburg.",
     "Protest with intervention"),
    # strategic developments
    ("Police seized a cache of rifles and ammunition in a raid in Kandahar.",
     "Disrupted weapons use"),
    ("Kenyan police recovered 40 detonators hidden in a warehouse in Mombasa.",
     "Disrupted weapons use"),
    ("Air defences shot down 12 drones over the Belgorod region overnight.",
     "Disrupted weapons use"),
    ("On 19 May 2019, ISWAP fighters set up a camp in the forest near Gwoza (Borno).",
     "Headquarters or base established"),
    ("The army deployed two battalions to the northern town of Kidal.",
     "Change to group/activity"),
    ("Al-Shabaab fighters took over Baidoa hours after Ethiopian troops withdrew.",
     "Non-violent transfer of territory"),
    ("Israel and Hamas completed a prisoner exchange on Tuesday.", "Agreement"),
    ("The army and the rebels agreed to a 30-day ceasefire in talks hosted by Qatar.",
     "Agreement"),
    ("The government and the militia agreed to a cessation of hostilities in Juba.",
     "Agreement"),
    ("Armed men looted shops and torched vehicles in the centre of Bangui.",
     "Looting/property destruction"),
    # the same done by a crowd is a riot
    ("Angry residents torched the house of a suspected kidnapper in Owerri.", "Mob violence"),
    ("The army announced on state television that it had seized power in Conakry.", "Other"),
])
def test_acled_sub_event(pipeline, text, want):
    assert label(pipeline, text) == want


@pytest.mark.parametrize("text, not_want", [
    # "riot police" are no rioters; a gold mine is no landmine
    ("Riot police dispersed a sit-in by nurses in Harare.", "Violent demonstration"),
    ("Police fired live rounds at villagers protesting against a gold mine, killing two.",
     "Remote explosive/landmine/IED"),
    # a grenade thrown by attackers at a rally is their attack, not force by the authorities
    ("Attackers hurled grenades at an opposition rally in Dhaka, killing 20 people.",
     "Excessive force against protesters"),
    # a student killed in a police raid was not protesting
    ("Police shot dead a student in Caloocan during an anti-drug operation.",
     "Excessive force against protesters"),
])
def test_acled_sub_event_not(pipeline, text, not_want):
    assert label(pipeline, text) != not_want


def test_cues_match_lemmas_across_hyphens_and_parts_of_speech(nlp):
    doc = parse("An air-strike hit the camp; mine workers said the soldiers killed two men.")
    toks = list(doc)
    assert acled_types.found("air", toks)  # "air strike" across the hyphen
    assert not acled_types.found("ied", toks)  # "mine workers": not a landmine
    assert acled_types.found("lethal", toks)  # "kill/V": the verb
    assert not acled_types.found("lethal", list(parse("The killing of a monk angered Yangon.")))
    assert not acled_types.found("riot", list(parse("Riot police stood by.")))


def test_every_cue_row_has_phrases():
    table = acled_types.cues()
    assert {"air", "artillery", "ied", "grenade", "suicide", "chemical", "lethal", "intervene",
            "riot", "mob"} <= set(table)
    assert all(table.values())


ACLED_SETS = Path(__file__).resolve().parent.parent / "bench" / "acled"


@pytest.mark.parametrize("name, accuracy, weighted_f1", [
    # written for stop 33 (bench/acled/README.md): the dev set was read while the rules were
    # written (0.350 / 0.362 with the CAMEO crosswalk alone, 0.820 / 0.879 at the end of the
    # stop); the held-out set only scored (0.333 / 0.350 -> 0.680 / 0.767); stop 34: dev
    # 0.880 / 0.917, held 0.727 / 0.801
    ("snippets_dev.tsv", 0.84, 0.89),
    ("snippets_held.tsv", 0.70, 0.78),
])
def test_the_coder_keeps_its_level_on_the_acled_snippets(pipeline, name, accuracy, weighted_f1):
    result = evaluate_file(ACLED_SETS / name, "case2021", pipeline=pipeline)
    assert result["records"] == 300
    assert result["accuracy"] >= accuracy and result["weighted_f1"] >= weighted_f1


@pytest.mark.parametrize("text, cameo_root, fatalities, date", [
    # ACLED's notes end with a tally line: it counts for the event just told and is dated by it
    ("On 14 March 2021, unidentified gunmen shot dead a village chief in Kiwanja "
     "(Rutshuru, Nord-Kivu). 1 fatality.", "19", 1, "2021-03-14"),
    ("On 2 June 2020, soldiers clashed with militants near Djibo. 3 fatalities (2 militants, "
     "1 soldier).", "19", 3, "2020-06-02"),
    ("On 8 March 2019, a landmine exploded under an army truck near Arbinda. 4 soldiers killed.",
     "19", 4, "2019-03-08"),
])
def test_tally_lines_of_acled_notes(pipeline, text, cameo_root, fatalities, date):
    evs = [e for e in pipeline.code_text(text) if e.quad_class == 4]
    assert any(e.fatalities == fatalities and str(e.date) == date for e in evs), [
        (e.cameo, e.fatalities, e.date) for e in evs]


def test_a_long_second_sentence_is_no_tally_line(nlp):
    from eventwatch.casualties import is_tally_line
    doc = parse("Rebels attacked the town. Two soldiers were killed in the fighting on Monday, "
                "the army said in a statement.")
    assert not is_tally_line(list(doc.sents)[1])
    assert is_tally_line(list(parse("Gunmen struck. 2 fatalities.").sents)[1])


@pytest.mark.parametrize("text, want", [
    # the doers of the act are the nearest subject up the chain, not the reporter's
    ("Students protesting tuition fees smashed windows at the rectorate and set a car "
     "alight, campus officials said.", "Violent demonstration"),
    # buildings broken into are property, whoever owns them
    ("Unknown persons broke into a temple in Rourkela overnight, smashing idols.",
     "Looting/property destruction"),
    ("Protesters broke into the regional assembly building in Osh and set parts of it on "
     "fire.", "Violent demonstration"),
    # people seized by armed men are abducted, a town seized is taken
    ("Gunmen seized an engineer from a quarry near Jos.", "Abduction/forced disappearance"),
    ("Militants seized the town of Palma after a three-day assault.",
     "Non-state actor overtakes territory"),
    ("Gunmen dragged the driver from his lorry near Katsina.",
     "Abduction/forced disappearance"),
    ("Militants herded dozens of villagers onto trucks near Tal Afar.",
     "Abduction/forced disappearance"),
    ("Gang members pushed police out of the station in Martissant after an hours-long "
     "gunbattle.", "Non-state actor overtakes territory"),
])
def test_acled_sub_event_stop_34(pipeline, text, want):
    assert label(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # a demand made in the street by people is a protest; an official's appeal is not
    ("Hundreds of widows gathered in the main square of Kano, urging the governor to act.",
     "Peaceful protest"),
    ("A petition was handed to the governor at the end of a march by women's groups in "
     "Goma.", "Peaceful protest"),
    ("The minister urged the crowd to go home.", None),
    # peacekeepers or police sent abroad: a change of the force's activity, as deployments
    ("Burundi sent its first battalion of 800 peacekeepers to Somalia on Monday to join the "
     "AU mission.", "Change to group/activity"),
])
def test_a_demand_in_the_street_is_a_protest(pipeline, text, want):
    assert label(pipeline, text) == want
