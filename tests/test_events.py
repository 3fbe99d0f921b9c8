"""Event coding: syntax roles, compounds, reciprocity, modality, statements, primary, fields."""

import datetime as dt

from conftest import find
from newsevents import Article


def test_passive_voice_source_is_the_agent(code_text):
    [e] = find(code_text("The army base was attacked by Taliban fighters on Sunday."), root="19")
    assert e.source.name == "Taliban" and e.source.country == "AFG"
    assert e.target.sector == "MIL"


def test_passive_without_agent_has_an_unnamed_source(code_text):
    """An act of force with no agent is coded with an unnamed source (no words, no codes); other acts are not."""
    [e] = find(code_text("Two soldiers were killed near the border."), root="19")
    assert e.source.text == "" and e.source.start == e.source.end == e.trigger.start
    assert e.source.country is None and e.source.sector is None and e.target.sector == "MIL"
    assert not find(code_text("The agreement was criticized in the press."), root="11")


def test_compound_subject_gives_one_event_per_actor(code_text):
    evs = find(code_text("Germany, France and Italy condemned the coup in Niger."), root="11")
    assert {e.source.country for e in evs} == {"DEU", "FRA", "ITA"}
    assert all(e.target is None or e.target.country == "NER" for e in evs)


def test_reciprocal_meeting_goes_both_ways(code_text):
    evs = find(code_text("Indian and Chinese officials met in Beijing on Tuesday."), root="04")
    assert {(e.source.country, e.target.country if e.target else None) for e in evs} == {("IND", "CHN"), ("CHN", "IND")}
    evs = find(code_text("The Egyptian foreign minister met the Jordanian king."), root="04")
    assert {(e.source.country, e.target.country) for e in evs} == {("EGY", "JOR"), ("JOR", "EGY")}


def asserted(events, root):
    return [e for e in find(events, root=root) if e.modality == "asserted"]


def test_negated_attack_is_no_attack(code_text):
    evs = code_text("Pakistani troops did not attack the village, the army said.")
    assert not asserted(evs, "19")
    [neg] = find(evs, root="19")
    assert neg.modality == "negated" and neg.source.country == "PAK" and not neg.primary
    evs = code_text("The rebels refused to attack the town.")
    assert not asserted(evs, "19") and all(e.modality == "negated" for e in find(evs, root="19"))


def test_possible_attack_is_a_threat(code_text):
    evs = code_text("Iran could strike American bases in the region, an Iranian commander said.")
    assert all(e.modality == "hypothetical" for e in evs if e.cameo_root in ("18", "19", "20"))
    threats = find(evs, root="13")
    assert threats and threats[0].source.country == "IRN" and threats[0].plover.event == "THREATEN"
    assert threats[0].modality == "asserted", "a threat is itself an asserted act"


def test_others_speculation_stays_hypothetical(code_text):
    evs = code_text("Analysts warned that Chinese troops could occupy more islands.")
    [e] = find(evs, root="19")
    assert e.modality == "hypothetical" and e.cameo.startswith("19") and e.source.country == "CHN"
    assert not find(evs, root="13"), "analysts do not threaten on China's behalf"


def test_reported_act_is_primary_not_the_saying(code_text):
    evs = code_text("Syrian state media said rebels shelled a school in Aleppo.")
    [primary] = [e for e in evs if e.primary]
    assert primary.cameo_root == "19" and primary.source.sector == "REB"
    assert not find(evs, root="01"), "the statement carries an act: no separate 010"


def test_plain_statement_stands_alone(code_text):
    evs = code_text("The Kenyan government said on Monday that the election was peaceful.")
    [e] = evs
    assert e.cameo == "010" and e.primary and e.plover.event is None and e.quad_class == 1


def test_accusation_in_speech_is_coded_as_accusation(code_text):
    evs = code_text("Moscow accused Kyiv of shelling the nuclear plant.")
    [e] = [e for e in evs if e.primary]
    assert e.cameo.startswith("11") and e.source.country == "RUS" and e.target.country == "UKR"


def test_fields_follow_the_ontology(code_text):
    evs = code_text("Turkish warplanes bombed Kurdish militants in northern Iraq.")
    [e] = [e for e in evs if e.primary]
    assert e.cameo_root == e.cameo[:2] and e.cameo.startswith("19")
    assert e.quad_class == 4 and e.goldstein <= -9.5 and e.plover.event == "ASSAULT"
    assert 0 < e.confidence <= 1 and e.rule
    assert len(e.event_id) == 16


def test_leading_zero_codes_are_strings(code_text):
    [e] = find(code_text("Qatar praised the ceasefire agreement between the two sides."), root="05")
    assert isinstance(e.cameo, str) and e.cameo.startswith("05") and e.cameo_root == "05" and e.quad_class == 1


def test_event_ids_are_stable_and_distinct(coder):
    text = "Israeli jets struck Hamas positions in Gaza. Egypt and Qatar urged both sides to stop."
    a = coder.code(Article("same", text, dt.date(2021, 5, 12))).events
    b = coder.code(Article("same", text, dt.date(2021, 5, 12))).events
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len({e.event_id for e in a}) == len(a)
    c = coder.code(Article("other", text, dt.date(2021, 5, 12))).events
    assert not {e.event_id for e in a} & {e.event_id for e in c}


def test_every_event_has_a_trigger_inside_its_sentence(code_text):
    text = "Police arrested 40 protesters in Minsk. The European Union condemned the arrests."
    for e in code_text(text):
        assert e.trigger.text in e.sentence and text[e.trigger.start : e.trigger.end] == e.trigger.text


def test_conditional_act_is_a_threat_and_main_clause_negation_does_not_reach_it(code_text):
    evs = code_text("The minister said Greece will not accept new provocations, even if it meant resorting to military force.")
    threats = find(evs, root="13")
    # (the threat is the minister's, who announces it for Greece: a Greek minister)
    assert threats and threats[0].source.country == "GRC" and threats[0].source.text == "The minister"
    assert not [e for e in evs if e.cameo_root in ("18", "19", "20") and e.modality == "asserted"]


def test_it_refers_to_the_nearest_subject_in_the_sentence(code_text):
    evs = code_text("Morocco recalled its ambassador after it accused Algeria of arming separatists.")
    acc = find(evs, root="11")
    assert acc and acc[0].source.country == "MAR" and acc[0].target.country == "DZA"
    assert all(e.modality == "hypothetical" for e in find(evs, root="07")), "the arming is alleged, not reported as done"


def test_purpose_clause_of_the_same_act_is_not_a_second_event(code_text):
    evs = code_text("Iranian and Saudi diplomats met in Baghdad to discuss the reopening of embassies.")
    assert {(e.source.country, e.target.country) for e in evs if e.cameo_root == "04"} == {("IRN", "SAU"), ("SAU", "IRN")}
    assert len([e for e in evs if e.cameo_root == "04"]) == 2


def test_named_attack_stands_for_its_unnamed_actor(code_text, means_of):
    # the attack or weapon named where its doer would be: the doer is unnamed (no words, no codes), and the
    # explanation names what stood for it
    [(e, means)] = [(e, m) for e, m in means_of("Intense airstrikes targeted the only road into the besieged town.")]
    assert e.cameo_root == "19" and means == "Intense airstrikes"
    assert e.source.text == "" and e.source.start == e.trigger.start and e.source.country is None and e.source.sector is None
    evs = code_text("One civilian was killed in the Russian air strikes, the monitor said.")
    [e] = [e for e in evs if e.primary]
    assert e.cameo_root == "19" and e.source.country == "RUS"


def test_reported_obligation_is_a_demand_by_the_speaker(code_text):
    evs = code_text("Egypt said Ethiopia must release the detained fishermen.")
    [d] = [e for e in evs if e.primary]
    assert d.cameo_root == "10" and d.source.country == "EGY" and d.target.country == "ETH" and d.modality == "asserted"
    evs = code_text("The Kenyan envoy said Somalia must withdraw its troops from the border.")
    demands = find(evs, root="10")
    assert demands and demands[0].cameo == "1056" and demands[0].target.country == "SOM"


def test_it_after_a_head_of_state_is_the_state(code_text):
    evs = code_text("Turkey's president says it will begin a new military operation against Kurdish fighters.")
    [e] = [e for e in evs if e.cameo_root == "19"]
    assert e.source.text == "it" and e.source.country == "TUR" and e.modality == "future"
    # (the threat is the president's, who announces it for Turkey)
    [e] = [e for e in evs if e.primary]
    assert e.cameo == "1384" and e.source.text == "Turkey's president" and e.source.country == "TUR"


def test_a_named_actor_the_dictionaries_lack_is_kept_uncoded(coder):
    """A person or organisation with no dictionary entry still acts: the event keeps its words, no codes."""
    res = coder.code(Article("t", "Flavia Nardelli Piccoli condemned the bombing of the Iraqi parliament.", dt.date(2020, 1, 31)))
    [(e, why)] = [(e, why) for e, why in res.explanations if e.cameo_root == "11"]
    assert e.source.text == "Flavia Nardelli Piccoli" and e.source.country is None and e.source.sector is None
    assert any("not in the actor dictionaries" in w for w in why), why
    assert e.target is not None and e.target.country == "IRQ"


def test_a_group_the_parser_calls_a_person_is_still_they(code_text):
    """'The Houthis said they attacked ...': the model tags 'Houthis' PERSON, yet 'they' are the group."""
    [e] = find(code_text("The Houthis said they attacked the airport."), root="19")
    assert e.source.country == "YEM" and e.source.sector == "REB"


def test_a_kind_of_aid_is_no_actor(code_text):
    """'suspended humanitarian aid to Gaza': the target is Gaza, not 'humanitarian'; a hostile act's
    modifier still names who acts ('concerned about militant attacks')."""
    [e] = find(code_text("The European Commission has suspended humanitarian aid to Gaza."), root="16")
    assert e.target is not None and e.target.country == "PSE"
    [c] = find(code_text("Russia is deeply concerned about aggressive militant attacks on Syrian forces."), root="01")
    assert c.target is not None and c.target.sector == "REB"


def test_a_title_case_headline_is_coded(code_text):
    """'Syrian Army Kills 31 ISIL Terrorists in Raqqa Province': the model reads 'Kills' as a name;
    the headline is parsed again in sentence case, and the event keeps the words as written."""
    text = "Syrian Army Kills 31 ISIL Terrorists in Raqqa Province. The army said the operation continues."
    [e] = find(code_text(text), root="19")
    assert e.source.country == "SYR" and e.source.sector == "MIL" and e.source.text == "Syrian Army"
    assert e.trigger.text == "Kills" and text[e.trigger.start : e.trigger.end] == "Kills"
    assert e.location is not None and e.location.admin1 == "Ar-Raqqah"


def test_an_attempt_to_seize_is_a_fight(code_text):
    """Rebels 'attempting to capture' a city are fighting for it, not threatening to."""
    [e] = find(code_text("Syrian rebels are attempting to capture the city of al-Bab."), root="19")
    assert e.modality == "asserted"


def test_conjoined_passives_share_their_means(means_of):
    evs = [(e, m) for e, m in means_of("At least 35 civilians were killed and dozens more injured in the airstrikes.")]
    assert {e.trigger.text for e, _ in evs} == {"killed", "injured"}
    assert all(m == "the airstrikes" and not e.source.text for e, m in evs)
    [e] = [e for e, _ in evs if e.trigger.text == "killed"]
    assert e.target.sector == "CVL"


def test_clashes_between_two_sides_go_both_ways(code_text):
    evs = find(code_text("Clashes broke out between Kurdish fighters and Turkish troops near the border."), root="19")
    assert {(e.source.sector, e.target.sector) for e in evs} == {("REB", "MIL"), ("MIL", "REB")}
    [e] = find(code_text("Regime helicopters dropped barrel bombs on Aleppo city."), root="19")
    assert e.cameo == "195"


def test_a_reported_obligation_on_another_actor_is_a_demand(code_text):
    """'X said Y must ...' demands it of Y, whether or not the act has a pattern of its own."""
    evs = code_text("Human Rights Watch said that Sudanese authorities must ensure security in Darfur.")
    [e] = [e for e in evs if e.primary]
    assert e.cameo == "100" and e.rule.endswith("+obligation")
    assert e.source.sector == "SOC" and (e.target.country, e.target.sector) == ("SDN", "GOV")
    # an obligation the speaker puts on itself, or an unsaid one, is no demand
    assert not find(code_text("The Sudanese government said it must ensure security in Darfur."), root="10")
    assert not find(code_text("Sudanese authorities must ensure security in Darfur."), root="10")


def test_a_show_of_force_staged_together_is_cooperation(code_text):
    evs = code_text("Jordan and the United States staged war games in the desert.")
    assert {(e.source.country, e.target.country) for e in find(evs, root="06")} == {("JOR", "USA"), ("USA", "JOR")}
    assert not find(evs, root="15")
    [e] = find(code_text("China launched war games near Taiwan."), root="15")
    assert e.source.country == "CHN"


def test_tagger_slips_on_verbs_and_acronyms(code_text):
    # 'hand' read as a noun with a subject and an object; 'USAID' read as an adverb before its verb
    assert {
        e.source.name for e in find(code_text("EU and UN hand over medical supplies to the Nigerian Government."), root="07")
    } >= {"European Union"}
    [e] = find(code_text("USAID provided shelter materials to Haiti."), root="07")
    assert e.source.country == "USA" and e.target.country == "HTI"


def test_a_sentence_adverbial_is_not_the_verbs_preposition(code_text):
    [e] = find(code_text("In addition, Azerbaijani troops participate in peacekeeping operations in Afghanistan."), root="07")
    assert e.cameo == "074" and e.source.country == "AZE"


def test_an_act_under_consideration_is_a_policy_option(code_text):
    evs = code_text("Kazakhstan is considering sending aid to Kyrgyzstan.")
    [p] = [e for e in evs if e.primary]
    assert p.cameo == "014" and p.modality == "asserted" and p.source.country == "KAZ"
    assert all(e.modality == "hypothetical" for e in find(evs, root="07"))


def test_claiming_ones_own_act_is_claiming_responsibility(code_text):
    evs = code_text("The Houthis claimed that they had attacked the Saudi airport of Abha.")
    [p] = [e for e in evs if e.primary]
    assert p.cameo == "015" and p.source.sector == "REB"
    # a claim about another actor's act is no claim of responsibility
    assert not find(code_text("The army claimed that the rebels had attacked the school."), root="01")


def test_subjects_the_parse_misplaces(code_text, means_of):
    # the relative pronoun stands for its noun, an attack that kills has an unnamed doer
    [(e, m)] = [
        (e, m)
        for e, m in means_of("Those advances came after clashes that killed at least 40 fighters from rebel groups.")
        if e.cameo_root == "19"
    ]
    assert m == "clashes" and not e.source.text and e.source.country is None and e.target.sector == "REB"
    # a finite verb's subject read as the object of a leading preposition
    [e] = find(code_text("Elsewhere in Syria rebels attacked a checkpoint in Homs province."), root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "REB")


def test_a_peacekeeping_deployment_is_peacekeeping(code_text):
    [e] = find(code_text("Some 163 Chinese peacekeepers arrived in South Sudan on Thursday."), root="07")
    assert e.cameo == "074" and e.source.country == "CHN" and e.rule == "042.arrive.in"
    [e] = find(code_text("Russia deployed troops to the border."), root="15")
    assert e.cameo == "154"


def test_an_amount_of_aid_is_aid(code_text):
    [e] = find(code_text("Germany on Thursday announced a sixfold increase in funding to fight the Ebola epidemic."), root="07")
    assert e.cameo == "070" and e.source.country == "DEU"
    [e] = find(code_text("The European Commission is allocating 95 million euros in humanitarian support to Yemen."), root="07")
    assert e.source.name == "European Union" or e.source.country == "EUR"
    assert not find(code_text("The ministry announced a plan."), root="07")


def test_calling_for_sanctions_against_an_actor_is_a_demand(code_text):
    [e] = find(code_text("Greek Foreign Minister Nikos Dendias on Monday called for sanctions against Turkey."), root="10")
    assert e.source.country == "GRC" and e.target.country == "TUR"
    assert not find(code_text("The Pope called for unity in Jerusalem."), root="10")


def test_calling_for_someone_to_act_appeals_to_them_and_the_act_is_not_done(code_text):
    """'called for Iran to release the tanker': 'for' read as the mark of the clause; Iran is appealed to and
    the release is asked for, not reported."""
    evs = code_text("The EU called for Iran to release the tanker.")
    [e] = [e for e in evs if e.primary]
    assert e.cameo_root == "02" and e.source.country == "EUR" and e.target.country == "IRN"
    [r] = [e for e in evs if e.cameo.startswith("084")]
    assert r.modality == "hypothetical"


def test_refusing_refugees_fleeing_the_war(code_text):
    [e] = find(code_text("Bangladesh says it will not accept any Rohingya refugees fleeing the violence."), root="12")
    assert e.source.country == "BGD" and e.modality == "asserted"


def test_a_blast_that_kills_has_an_unnamed_doer(code_text, means_of):
    [(e, m)] = [(e, m) for e, m in means_of("A bomb blast killed six people in Aleppo.") if e.cameo_root == "19"]
    assert m == "A bomb blast" and not e.source.text and e.source.country is None and e.target.text == "six people"
    # a participle with an object is active even when read as a reduced clause; the span is the noun phrase
    text = "On Saturday a deadly explosion killed at least 100 civilians at an evacuation point."
    [(e, m)] = [(e, m) for e, m in means_of(text) if e.cameo_root == "19"]
    assert m == "a deadly explosion" and not e.source.text


def test_an_act_nouns_of_phrase_is_its_own(code_text):
    evs = code_text("The U.S. announced a suspension of aid to Guatemala.")
    [p] = [e for e in evs if e.primary]
    assert p.cameo.startswith("16") and not find(evs, root="07")


def test_a_subject_hung_on_the_auxiliary(code_text):
    evs = find(code_text("The United Kingdom and France however have opposed resolutions on uranium weapons."), root="11")
    assert {e.source.country for e in evs} == {"GBR", "FRA"}


def test_pressing_an_offensive_is_fighting_and_its_doer_no_target(code_text):
    [e] = find(code_text("The army pressed its offensive in Idlib."), root="19")
    assert e.source.sector == "MIL" and e.target.text == "Idlib"
    [e] = find(code_text("France pressed Iran to clarify its programme."), root="02")
    assert e.target.country == "IRN"


def test_the_place_of_an_act_is_its_target_when_none_is_named(code_text):
    [e] = find(code_text("Afghan Taliban have agreed to a ceasefire in Afghanistan."), root="03")
    assert e.target.country == "AFG" and e.target.sector is None
    # a named target comes first; a bare event noun stays no event unless the sentence says it happened
    [e] = find(code_text("Rebels killed five soldiers in Idlib."), root="19")
    assert e.target.sector == "MIL"
    assert not find(code_text("The fighting in Idlib worried the aid agencies."), root="19")
    [e] = find(code_text("Heavy fighting in Idlib continued."), root="19")
    assert e.source.text == "" and e.target.text == "Idlib"
    # the place target takes the country the geoparser gives the place in this story
    [e] = find(code_text("Lebanese troops raided homes in Tripoli on Monday."), root="17")
    assert e.target.text == "Tripoli" and e.target.country == "LBN" and e.location.country == "LBN"


def test_parse_slips_around_objects(code_text):
    # 'as' hung on the object; a small clause read for the object of 'declared'
    [e] = find(code_text("Islamic State forces hold several hundred families as human shields in Falluja."), root="18")
    assert e.cameo == "184" and e.target.sector == "CVL"
    [e] = find(code_text("Bolivian authorities declared a state of siege to begin at midnight Friday."), root="17")
    assert e.cameo == "1724" and e.source.country == "BOL"


def test_a_release_without_its_agent_has_an_unnamed_source(code_text):
    [e] = find(code_text("Two Russian citizens were released from captivity on Thursday."), root="08")
    assert e.cameo == "0841" and e.source.text == "" and e.target.country == "RUS"


def test_strengthening_ones_forces_is_a_force_posture(code_text):
    [e] = find(code_text("The US has strengthened its forces in the Gulf."), root="15")
    assert e.cameo == "154" and e.source.country == "USA" and e.target is None
    assert not find(code_text("Germany has reinforced its commitment to Syrian refugees."), root="15")


def test_a_movement_takes_the_code_of_its_purpose(code_text):
    [e] = [e for e in code_text("Twelve U.S. Army soldiers deployed to Nigeria to train Nigerian soldiers.") if e.primary]
    assert e.cameo == "062" and e.rule == "154.deploy" and e.source.country == "USA"
    [e] = find(code_text("Russia deployed troops to the border to deter attacks."), root="15")
    assert e.cameo == "154"


def test_doers_of_operations_and_attacks_named_in_a_reduced_clause(code_text, means_of):
    [e] = find(code_text("The Syrian army units continued operations in Jobar destroying several tunnels."), root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "MIL")
    [(e, m)] = [
        (e, m) for e, m in means_of("Rocket fire on the city overnight caused several casualties.") if e.cameo_root == "19"
    ]
    assert m == "Rocket fire" and not e.source.text and e.source.country is None


def test_numbers_of_actors_and_means(code_text, means_of):
    [e] = find(code_text("Daesh said three of its fighters carried out an attack on a Damascus police station."), root="19")
    assert e.source.text == "three of its fighters" and e.target.sector == "COP"
    [(e, m)] = [
        (e, m)
        for e, m in means_of("One of the shells smashed into a high school and injured three teachers.")
        if e.cameo_root == "19"
    ]
    assert m == "the shells" and not e.source.text and e.source.country is None


def test_strikes_carried_out_are_military_a_strike_staged_is_not(code_text):
    [e] = find(code_text("Syrian warplanes carried out six strikes in the village of Hass."), root="19")
    assert e.rule == "190.strike.noun.l-carry" and e.source.sector == "MIL"
    assert not find(code_text("Syrian teachers staged a strike in Damascus."), root="19")


def test_a_number_of_them_is_no_loop(code_text):
    """'two of them': a number over a pronoun is not looked through (it used to recurse without end)."""
    code_text("The rebels said two of them attacked the base. Dozens of them were killed in the attack.")


def test_fakes_style_attack_reports(code_text, means_of):
    [e] = find(code_text("IS has regularly targeted rebel factions with bomb attacks."), root="19")
    assert e.source.name == "Islamic State" and e.target.sector == "REB"
    [e] = find(code_text("Trump ordered the first direct US military action against the Syrian government."), root="19")
    assert e.source.country == "USA" and (e.target.country, e.target.sector) == ("SYR", "GOV")
    [(e, m)] = [
        (e, m)
        for e, m in means_of("The shells have rained down on the western neighborhoods since dawn.")
        if e.cameo_root == "19"
    ]
    assert m == "The shells" and not e.source.text and e.source.country is None
    [e] = find(code_text("Six long-range bombers from Russia had struck around Deir Ezzor."), root="19")
    assert e.source.sector == "MIL"


def test_a_killing_with_its_doer_and_victim(code_text):
    [e] = find(code_text("The move follows the United States' killing of Qasem Soleimani in an airstrike."), root="19")
    assert e.source.country == "USA" and e.target.text == "Qasem Soleimani"
    # with no doer named, done by someone unnamed to whom its 'of' names (as 'the journalist was killed' is)
    [e] = find(code_text("The killing of the journalist was condemned."), root="19")
    assert not e.source.text and e.target.text == "the journalist"
    [e] = find(code_text("The video showed the execution of 17 young men from the town."), root="18")
    assert not e.source.text and e.target.text.startswith("17 young men")
    # (not where the 'of' names no one: a count or a date)
    assert not find(code_text("The release of 200 was delayed."), root="08")


def test_to_read_as_a_dative_still_names_the_target(code_text):
    [e] = find(code_text("Ecuador has granted political asylum to Julian Assange."), root="07")
    assert e.cameo == "075" and e.target.text == "Julian Assange"


def test_attacks_carried_out_by_and_lives_claimed(code_text):
    evs = code_text("At least 75 people died from attacks carried out by the Syrian air force.")
    [e] = find(evs, root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "MIL")
    [e] = find(code_text("A double terrorist attack in Homs has claimed the lives of 18 civilians."), root="19")
    assert e.cameo == "190" and e.target.text == "18 civilians"
    [e] = find(code_text("The army shelled the headquarters of the rebels."), root="19")
    assert e.target.sector == "REB"


def test_a_headlines_month_stays_a_month(code_text):
    """'Thu May 26 2016 ...': re-cased, 'May' would be read as a modal and the act as only possible."""
    [e] = find(code_text("Thu May 26 2016 Hezbollah Al-Nujaba Kills 23 Al-Nusra Militants in Syrias Khan Touman."), root="19")
    assert e.modality == "asserted" and e.source.name == "Harakat Hezbollah al-Nujaba" and e.target.sector == "REB"


def test_a_headline_passive_names_the_victims(code_text):
    [e] = [e for e in code_text("Five civilians killed in Russian airstrikes on Idlib, monitor says.") if e.primary]
    assert e.cameo == "190" and e.source.country == "RUS" and e.target.sector == "CVL"
    [e] = find(code_text("The rebels killed five soldiers in an ambush."), root="19")
    assert e.source.sector == "REB" and e.target.sector == "MIL"


def test_the_narrower_object_list_wins_a_tie(code_text):
    [e] = [e for e in code_text("Turkey is violating the ceasefire agreement in Idlib.") if e.primary]
    assert e.cameo == "196"
    [e] = [e for e in code_text("Iran is violating the nuclear agreement.") if e.primary]
    assert e.cameo == "128"


def test_pushing_for_upgrading_ties_and_nations(code_text):
    [e] = find(code_text("The UN is pushing hard for a humanitarian ceasefire in Afghanistan."), root="10")
    assert e.source.name == "United Nations"
    # pushing for policies is comment, not a demand
    assert not find(code_text("President Atambayev has pushed for alterations in the constitution."), root="10")
    evs = find(code_text("The United States and Sudan are upgrading diplomatic ties."), root="05")
    assert {(e.source.country, e.target.country) for e in evs} == {("USA", "SDN"), ("SDN", "USA")}
    [e] = find(code_text("The Southeast Asian nations pledged full support for the plan."), root="03")
    assert e.source.sector == "GOV"


def test_fakes_misparses_of_attackers(code_text):
    # an active reduced clause has no passive target; a copula's subject does the act noun after it
    [e] = find(code_text("Al-Nusra attacked at dawn the headquarters of Division 30 near the town of Azaz."), root="19")
    assert e.source.name is not None and e.target is None
    [e] = find(code_text("The center said the Assad regime is escalating attacks on Alwaer."), root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "GOV")


def test_legal_action_against_an_actor_is_a_complaint(code_text):
    [e] = find(code_text("The European Commission has launched legal action against the Polish government."), root="11")
    assert e.cameo == "115" and (e.target.country, e.target.sector) == ("POL", "GOV")
    assert not find(code_text("Trump ordered the first direct US military action against the Syrian government."), root="11")


def test_force_reported_as_happening_has_an_unnamed_doer(code_text):
    """'Clashes raged in Zabadani': an act-of-force noun that happens, its doer unnamed, its place the target."""
    [e] = find(code_text("Clashes in Zabadani raged on Thursday."), root="19")
    assert e.source.text == "" and e.source.country is None and e.target.country == "SYR"
    [e] = find(code_text("The Observatory reported clashes in Kobani."), root="19")
    assert e.primary and e.target.country == "SYR"
    # no act happened, or a lasting state
    assert not find(code_text("No clashes took place in Zabadani on Thursday."), root="19")
    assert not find(code_text("The war in Yemen continued."), root="19")


def test_strikes_on_a_named_place_told_as_where_the_dead_fell(code_text):
    """'strikes on Armanaz' is force as 'strikes on the town' is; strikes aimed at a place, told as where the
    dead fell, happened (a labour strike 'on Friday' is no force)."""
    [e] = find(code_text("The Syrian Observatory reported intense strikes on Armanaz."), root="19")
    assert e.primary and e.source.text == "" and e.target.text == "Armanaz"
    text = "Four children were among the dead in the overnight strikes on the town of Armanaz in Idlib province."
    evs = find(code_text(text), root="19")
    [e] = [e for e in evs if e.rule.startswith("190.strike")]
    assert e.source.text == "" and e.target.country == "SYR"
    # and those among the dead were killed, the act the sentence is about
    [d] = [d for d in evs if d.primary]
    assert d.rule == "190.dead.noun" and d.target.text == "Four children"
    assert not find(code_text("The dock workers held a strike on Friday."), root="19")
    # killed in the strikes: the killing is the act, the strikes its means
    [e] = [e for e in code_text("Four children were killed in the overnight strikes on the town.") if e.primary]
    assert e.rule == "190.kill"


def test_strikes_delivered_and_buildings_flattened(code_text):
    [e] = find(code_text("The Russian Air Force delivered a series of strikes on Raqqa."), root="19")
    assert (e.source.country, e.source.sector, e.target.text) == ("RUS", "MIL", "Raqqa")
    [e] = find(code_text("Entire apartment blocks had been flattened by the bombardment."), root="17")
    assert e.cameo == "1712" and e.source.text == ""
    assert not find(code_text("The scandal ruined his career."), root="17")
    assert not find(code_text("The organisation was totally devastated by the deaths of so many people."), root="17")


def test_force_against_an_act_of_force_is_against_its_doer(code_text):
    [e] = find(code_text("Kurdish fighters repelled ISIL's offensive."), root="19")
    assert e.target.text == "ISIL" and e.target.country == "IMG"
    [e] = find(code_text("Members of the New People's Army violated Philippine's holiday ceasefire."), root="19")
    assert e.target.text == "Philippine's holiday ceasefire"  # a ceasefire is no act of force


def test_a_participle_on_its_victims(code_text):
    [e] = find(code_text("They were among 19 people killed as a result of strikes across Idlib province."), root="19")
    assert e.primary and e.source.text == "" and e.target.sector == "CVL"


def test_the_object_of_a_control_verb_does_the_act(code_text):
    [e] = find(code_text("The capture of the farms enabled Syrian forces to besiege the neighborhoods of Aleppo."), root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "MIL")
    [e] = find(code_text("Russia ordered its troops to attack the town."), root="19")
    assert (e.source.country, e.source.sector) == ("RUS", "MIL")  # 'its' is Russia's
    evs = find(code_text("The US promised Kabul to withdraw its troops."), root="08")
    assert evs and all(e.source.country == "USA" for e in evs)
    [e] = [e for e in code_text("Assad said his army would retake Aleppo.") if e.modality != "asserted"]
    assert (e.source.country, e.source.sector) == ("SYR", "MIL")
    # (not the instrument of 'use': 'used Twitter to thank' is the user's thanks)
    [e] = find(code_text("The Egyptian president used Twitter to thank the Saudi king."), root="05")
    assert (e.source.country, e.source.sector) == ("EGY", "GOV") and e.target.country == "SAU"


def test_an_act_noun_with_a_passive_light_verb_or_taken_part_in(code_text):
    evs = find(code_text("The war game was staged by U.S. marines and Jordanian armed forces."), root="06")
    assert {(e.source.country, e.target.country) for e in evs} == {("USA", "JOR"), ("JOR", "USA")}
    evs = find(code_text("Russian and Chinese warships took part in the naval drills."), root="06")
    assert {e.source.country for e in evs} == {"RUS", "CHN"}
    evs = find(code_text("The rebels engaged in clashes with the army."), root="19")
    assert {e.source.sector for e in evs} == {"REB", "MIL"}


def test_a_participle_on_a_document_is_its_issuers_act(code_text):
    text = "The European Parliament has approved a resolution criticizing the Nicaraguan government."
    [e] = find(code_text(text), root="11")
    assert e.source.sector == "LEG" and e.target.country == "NIC"
    [e] = find(code_text("A resolution condemning Israel was adopted by the UN General Assembly."), root="11")
    assert e.source.country == "UNO" and e.target.country == "ISR"
    [e] = find(code_text("Amnesty International put out a report accusing the Nigerian army."), root="11")
    assert e.source.name == "Amnesty International" and e.target.sector == "MIL"


def test_sides_of_a_fight_named_across_the_clause(code_text, means_of):
    evs = find(code_text("Clashes erupted on Friday at midnight between the Peoples Protection Units and ISIL."), root="19")
    assert {e.source.name for e in evs} == {"People's Protection Units", "Islamic State"}
    text = "Fierce clashes broke out on Sunday between rebels from the Army of Islam and ISIL near Hammuriyeh."
    evs = find(code_text(text), root="19")
    assert len(evs) == 2 and {e.source.sector for e in evs} == {"REB"}
    evs = find(code_text("Fighting between government forces and rebels in Aleppo has intensified."), root="19")
    assert {e.source.sector for e in evs} == {"MIL", "REB"}
    [(e, m)] = [(e, m) for e, m in means_of("Two days of fighting killed 40 soldiers.") if e.cameo_root == "19"]
    assert m == "fighting" and not e.source.text and e.source.country is None and e.target.sector == "MIL"


def test_the_reporter_is_not_the_doer_of_the_reported_act(code_text):
    text = "In western Aleppo rebel shelling killed two people on Wednesday official news agency SANA reported."
    evs = find(code_text(text), root="19")
    assert evs and all(e.source.sector != "JRN" for e in evs)


def test_a_passive_act_on_an_act_noun_is_done_by_its_holder(code_text):
    [e] = [e for e in code_text("UN sanctions against Iran were lifted on 16 January 2016.") if e.primary]
    assert e.cameo == "085" and e.source.country == "UNO" and e.target.country == "IRN"
    [e] = [e for e in code_text("Israel's blockade of Gaza was eased on Monday.") if e.primary]
    assert e.cameo == "0872" and e.source.country == "ISR" and e.target.text == "Gaza"
    text = "A Syrian regime offensive on the last opposition bastion has displaced more than 800,000 people."
    [e] = find(code_text(text), root="20")
    assert e.source.text == "A Syrian regime" and e.source.sector == "GOV" and e.target.sector == "CVL"


def test_acts_taken_part_in_and_names_read_as_adverbs(code_text):
    evs = find(code_text("Tillerson joined Iranian Foreign Minister Zarif for a first meeting."), root="04")
    assert {(e.source.country, e.target.country) for e in evs} == {("USA", "IRN"), ("IRN", "USA")}
    assert find(code_text("A group of protesters went on hunger strike."), root="14")
    [e] = find(code_text("USAID had announced a suspension of aid to people living in northern Yemen."), root="16")
    assert e.cameo == "162" and e.source.country == "USA"


def test_responsibility_and_deaths_name_the_sides_of_an_act_noun(code_text):
    [e] = find(code_text("Los Zetas cartel has been responsible for mass killings in northern Mexico."), root="20")
    assert e.source.country == "MEX"
    [e] = find(code_text("Washington says forces loyal to President Bashar al-Assad were behind the attack."), root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "MIL")
    [e] = find(code_text("Iranian political prisoner died due to continued torture and poor treatment."), root="18")
    assert e.modality == "asserted" and e.source.text == "" and e.target.country == "IRN"
    [e] = find(code_text("The prisoner did not die of torture."), root="18")
    assert e.modality == "negated"


def test_objects_named_by_a_compound_time_and_more_troop_units(code_text):
    [e] = find(code_text("Saudi Arabia eased curfew hours it had imposed on several cities."), root="08")
    assert e.cameo == "0813" and e.source.country == "SAU"
    [e] = find(code_text("Kosovo is sending a military platoon to Kuwait."), root="15")
    assert e.cameo == "154" and e.target.country == "KWT"


def test_a_participle_clause_of_force_whose_subject_is_lost(code_text):
    text = "A number of rocket shells landed on the main square in al-Zahraa killing 4 citizens and injuring many others."
    evs = find(code_text(text), root="19")
    assert evs and all(e.source.sector is None for e in evs)
    # a pronoun names a doer: no unnamed one is made up for it ('they' are the Arabs, a people named)
    text = "The Arabs claimed that they had attacked the military formation by blowing up the armoured cars."
    assert all(e.source.text == "The Arabs" for e in find(code_text(text), root="18"))
    text = "Witnesses claimed that they had attacked the military formation by blowing up the armoured cars."
    assert not [e for e in find(code_text(text), root="18") if not e.source.text]


def test_what_is_under_an_act_of_force_is_its_target(code_text):
    [e] = find(code_text("Eastern Ghouta, which has been under government siege since 2013, is short of food."), root="19")
    assert e.source.sector == "GOV" and e.target.text == "Eastern Ghouta"
    [e] = find(code_text("The Kurdish town of Kobani came under heavy shelling on Monday."), root="19")
    assert e.source.text == "" and e.target.country == "SYR" and e.target.text.endswith("town of Kobani")


def test_counterattacks_and_an_agent_hung_on_the_complement(code_text):
    [e] = find(code_text("Al-Nusra Front launched a counterattack to retake Khalasa on Wednesday morning."), root="19")
    assert e.source.name == "Nusra Front"
    text = "The Assad regime has been accused of committing war crimes against civilians by insurgent groups."
    [e] = find(code_text(text), root="11")
    assert e.source.sector == "REB" and (e.target.country, e.target.sector) == ("SYR", "GOV")


def test_what_one_yields_is_ones_own(code_text):
    [e] = [e for e in code_text("The Syrian army command says it has ceased its military operations near Damascus.") if e.primary]
    assert e.cameo == "087" and e.source.sector == "MIL" and (e.target is None or e.target.sector != "MIL")
    [e] = [e for e in code_text("The United States lifted the US sanctions on Iran.") if e.primary]
    assert e.cameo == "085" and e.target.country == "IRN"
    # a stance defended is no town defended
    [e] = [e for e in code_text("Foreign Minister Javad Zarif strongly defended Iran's position.") if e.primary]
    assert e.cameo == "052"


def test_subjected_to_an_act_and_an_act_reported_with_its_doer(code_text):
    [e] = find(code_text("The town of Daraya has been subjected to a ferocious onslaught by the Assad regime."), root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "GOV") and e.target.text.endswith("town of Daraya")
    [e] = find(code_text("The Observatory also reported a government rocket attack on the suburb."), root="19")
    assert e.source.sector == "GOV"
    text = "Terrorist organizations have repeatedly breached the cessation of hostilities agreement in Syria."
    [e] = find(code_text(text), root="19")
    assert e.cameo == "196" and e.source.sector == "REB"


def test_an_irregular_past_the_tagger_reads_as_present(code_text, coder):
    """'overran' tagged VBP keeps 'overran' as its lemma; the model's own exception table gives 'overrun'."""
    assert coder.events.past_forms.get("overran") == "overrun"
    text = "Boko Haram jihadists overran a military base in northeast Nigeria, military sources said Sunday."
    [e] = find(code_text(text), root="19")
    assert e.cameo == "192" and e.target.sector == "MIL"


def test_the_recipient_is_found_through_amounts_participles_and_with(code_text):
    # '$4 million in funding to Jordan': the recipient hangs on the amount's kind
    [e] = find(code_text("Norway has provided over $4 million in emergency funding to Jordan this year."), root="07")
    assert e.target.country == "JOR"
    # 'sanctions imposed on Cuba': the sanctions' participle names whom they were on
    [e] = find(code_text("The European Union has lifted sanctions imposed on Cuba in 2003."), root="08")
    assert e.target.country == "CUB"
    [e] = find(code_text("French investigators shared evidence with Belgium about the bombing."), root="06")
    assert e.target.country == "BEL"


def test_establishing_ties_with_a_partner_is_the_subjects_act(code_text):
    events = find(code_text("Kenya has established diplomatic ties with Bhutan."), root="05")
    assert [(e.source.country, e.target.country) for e in events] == [("KEN", "BTN")]
    # named together, both establish them
    events = find(code_text("Kenya and Bhutan established diplomatic ties."), root="05")
    assert {(e.source.country, e.target.country) for e in events} == {("KEN", "BTN"), ("BTN", "KEN")}


def test_a_place_named_by_a_place_noun_keeps_its_whole_phrase(code_text):
    [e] = find(code_text("Government warplanes pounded the rebel-held enclave of eastern Ghouta on Friday."), root="19")
    assert e.target.text == "the rebel-held enclave of eastern Ghouta" and e.target.country == "SYR"
    [e] = find(code_text("Police imposed a curfew in parts of the western city of Ahmedabad."), root="17")
    assert e.target.text == "parts of the western city of Ahmedabad" and e.target.country == "IND"


def test_an_intent_or_refusal_is_aimed_at_the_target_of_its_act(code_text):
    [e] = [e for e in code_text("Chad is willing to withdraw its troops from Mali.") if e.primary]
    assert e.cameo.startswith("03") and e.target.text == "Mali"
    [e] = [e for e in code_text("The senators refuse to lift sanctions on Venezuela.") if e.primary]
    assert e.cameo.startswith("12") and e.target.country == "VEN"


def test_force_reported_as_done_is_coded_though_its_sides_go_unnamed(code_text, means_of):
    # a death from an act, with no victim an actor: the place is the target, or none
    [e] = find(code_text("A further five died in barrel bomb attacks in Aleppo."), root="18")
    assert e.source.text == "" and e.target is not None and e.target.country == "SYR"
    # what an attack left behind says it happened
    [e] = find(code_text("A mortar attack on the town of Izraa left three civilians dead."), root="19")
    assert e.source.text == "" and e.target.text.endswith("town of Izraa")
    [e] = find(code_text("Heavy clashes erupted on Monday."), root="19")
    assert e.source.text == "" and e.target is None
    # an act noun that is the doer of another act is coded there only
    events = means_of("The explosions caused massive destruction and wounded at least 130 people.")
    assert [(e.cameo, e.source.text, m) for e, m in events] == [("190", "", "The explosions")]


def test_places_and_parties_as_targets(code_text):
    # troops on alert in a place
    [e] = find(code_text("Philippine troops remained on alert in Manila."), root="15")
    assert e.target is not None and e.target.text == "Manila"
    # a named doer's act of force with no other target: where it was done
    [e] = find(code_text("The LRA is responsible for mass killings throughout Uganda."), root="20")
    assert e.target.country == "UGA"
    # a mediation between two parties is aimed at both
    events = find(code_text("Qatar mediated between Ethiopia and Eritrea."), root="04")
    assert sorted(e.target.country for e in events) == ["ERI", "ETH"]


def test_a_statement_is_about_the_actor_its_clause_is_about(code_text):
    [e] = [e for e in code_text("The minister said the Kenyan government is running out of money.") if e.primary]
    assert e.cameo == "010" and (e.target.country, e.target.sector) == ("KEN", "GOV")
    # a commitment reported is the committed actor's own (a predicate adjective, not a passive)
    [e] = [e for e in code_text("The minister said the Kenyan government is committed to reform.") if e.primary]
    assert e.cameo.startswith("03") and (e.source.country, e.source.sector) == ("KEN", "GOV")
    # through a clause whose subject is a pronoun
    [e] = [e for e in code_text("UN diplomats said they hoped that Pakistan would release the detainees.") if e.primary]
    assert e.target.country == "PAK"
    # a denial is of its accuser's words, not about their subject
    [e] = [e for e in code_text("China denied charges that its rules harm Japan.") if e.primary]
    assert e.cameo.startswith("016") and (e.target is None or e.target.country != "CHN")


def test_disapproval_voiced_unnamed_or_blamed(code_text):
    # a passive accusation names no critic: the accused is the target all the same
    [e] = find(code_text("The Syrian regime has been accused of using barrel bombs on rebel-held areas."), root="11")
    assert e.source.text == "" and (e.target.country, e.target.sector) == ("SYR", "GOV")
    # 'X was to blame': X is blamed, by the speaker
    [e] = find(code_text("The Kremlin said Ukraine was to blame for the attack."), root="11")
    assert (e.source.country, e.target.country) == ("RUS", "UKR")
    [e] = find(code_text("Britain pointed the finger at Iran."), root="11")
    assert (e.source.country, e.target.country) == ("GBR", "IRN")


def test_an_act_noun_does_only_acts_of_force(code_text):
    # the bombardment accuses no one
    events = code_text("Activists said warplanes kept flying after the bombardment accusing the army of using gas.")
    assert not [e for e in events if e.cameo.startswith("11") and e.source.text == "the bombardment"]
    # the parties to a meeting act for it
    [e] = [e for e in code_text("The summit between the EU and Turkey failed to reach agreement.") if e.primary]
    assert e.cameo.startswith("12") and {e.source.country, e.target.country} == {"EUR", "TUR"}


def test_a_name_is_its_whole_span(code_text):
    [e] = [e for e in code_text("Doctors Without Borders accused the Syrian army of bombing a hospital.") if e.primary]
    assert e.source.text == "Doctors Without Borders"


def test_a_death_toll_says_its_act_happened(code_text):
    [e] = find(code_text("The death toll from barrel bomb attacks on Aleppo has risen to 13."), root="18")
    assert e.modality == "asserted"
    # the attack's own doer, and its victims, where the text names them
    [e] = find(code_text("Five civilians died in Russian airstrikes on Idlib."), root="19")
    assert e.source.country == "RUS" and e.target.text == "Five civilians"
    assert not find(code_text("The death of the journalist shocked the country."), root="18")


def test_who_used_the_means_where_the_text_names_them(code_text):
    [e] = find(code_text("A shell fired by Turkish troops hit a school in Afrin."), root="19")
    assert (e.source.country, e.source.sector) == ("TUR", "MIL")
    # the other side of a fight
    [e] = find(code_text("A Taliban commander was killed in clashes with Afghan forces."), root="18")
    assert (e.source.country, e.source.sector) == ("AFG", "MIL") and e.target.sector != "MIL"


def test_harm_from_hazards_and_accidents_is_no_ones_act(code_text):
    assert not find(code_text("An earthquake struck the province, injuring at least 25 people."), root="19")
    assert not find(code_text("Five people were killed in the crash."), root="19")
    # an attack is someone's act
    assert find(code_text("Five people were killed in the attack."), root="19")


def test_what_is_given_goes_to_the_target_and_a_state_of_emergency_is_no_actor(code_text):
    [e] = find(code_text("US officials returned an ancient Egyptian sarcophagus to the Arab Republic of Egypt."), root="08")
    assert e.target.country == "EGY" and "Republic" in e.target.text
    [e] = find(code_text("President Salva Kiir lifted a state of emergency in northern parts of South Sudan."), root="08")
    assert e.target.text == "northern parts of South Sudan" and e.target.country == "SSD"
    [e] = find(code_text("The Bolivian president declared a state of siege in Bolivia."), root="17")
    assert e.target is None or "state" not in e.target.text


def test_an_attitude_is_about_someone(code_text):
    [e] = find(code_text("The Guinean president expressed concern for President Buhari's health."), root="01")
    assert e.target is not None and e.target.country == "NGA"


def test_bombs_that_went_off_and_sieges_tightened(code_text):
    [e] = find(code_text("Two car bombs went off near a school in Aleppo."), root="18")
    assert e.source.text == "" and e.modality == "asserted"
    [e] = find(code_text("ISIS tightened the siege on Deir Ezzor."), root="19")
    assert e.cameo == "191" and e.source.sector == "REB"
    [e] = find(code_text("The Islamic State dealt a heavy blow to Syrian government forces."), root="19")
    assert (e.target.country, e.target.sector) == ("SYR", "MIL")
    # eliminating fighters is force; eliminating a tax is not
    assert find(code_text("The Syrian army eliminated dozens of terrorists in Homs."), root="19")
    assert not find(code_text("The government plans to eliminate the fuel tax."), root="19")


def test_whom_aid_is_for_when_no_recipient_is_named(code_text):
    evs = find(
        code_text(
            "The European Commission has announced humanitarian assistance of €60 million to help people in Somalia, Ethiopia and Kenya."
        ),
        root="07",
    )
    assert {e.target.country for e in evs} == {"SOM", "ETH", "KEN"}
    [e] = find(code_text("Germany gave 352 million euros to promote economic development in Ethiopia."), root="07")
    assert e.target.country == "ETH"
    [e] = find(
        code_text("Germany has earmarked 1.5 million euros in emergency aid to help Haiti cope with the earthquake."), root="07"
    )
    assert e.target.country == "HTI"
    # a region wider than a country is no country's: 'West Africa' is no town in Tunisia
    [e] = find(code_text("Germany announced an increase in funding to fight the Ebola epidemic in West Africa."), root="07")
    assert e.target is None


def test_a_rejected_demand_or_denied_charge_answers_its_author(code_text):
    [e] = find(code_text("Congo government rejects demands from rebel group."), root="12")
    assert e.target.sector == "REB"
    events = code_text("The Chinese government has denied charges by the U.S. Chamber of Commerce that it tortured a priest.")
    [e] = [e for e in find(events, root="01") if e.cameo == "016"]
    assert e.target.country == "USA"
    # what the denied charge says was done is denied, not done
    assert [e.modality for e in find(events, root="18")] == ["negated"]
    [e] = find(code_text("Moscow has denied reports that its jets have hit Aleppo."), root="19")
    assert e.modality == "negated"
    # and what a charge someone investigates says was done is alleged
    [e] = find(code_text("The UN investigated charges that the rebels shelled the town."), root="19")
    assert e.modality == "hypothetical"
    # a phone call is no proposal: what the caller says was done stays reported
    [e] = find(
        code_text("Local sources said in a phone call with SANA that ISIS terrorists fired rocket shells on the town."), root="19"
    )
    assert e.modality == "asserted"


def test_doers_through_raising_verbs_and_reports(code_text):
    [e] = find(code_text("The fighting in Aleppo is reported to have killed at least 130 civilians."), root="19")
    assert e.target.sector == "CVL" and e.modality == "asserted"
    [e] = find(code_text("U.S. air strikes since January have also hit several areas in the province."), root="19")
    assert e.source.country == "USA"
    [e] = find(code_text("Russian forces returned to their intense aerial bombardment of rebel-held eastern Aleppo."), root="19")
    assert e.source.country == "RUS" and e.target.country == "SYR"
    assert find(code_text("Air strikes were also reported in Aleppo on Tuesday."), root="19")
    assert not find(code_text("The latest chemical attack was seen as the worst in the war."), root="20")


def test_force_through_misread_clauses_and_group_adjectives(code_text):
    # 'rebel groups': the adjective says who the group is ('humanitarian aid' stays no actor)
    [e] = find(code_text("SANA says rebel groups targeted residential neighborhoods in the city."), root="19")
    assert e.source.sector == "REB"
    # the verb hung on the place the air strikes hit
    evs = find(code_text("Over a dozen airstrikes on the residential area killed at least seven people."), root="19")
    assert evs and all(e.target.sector == "CVL" for e in evs)
    # the participle read as the object of 'launched'
    [e] = find(code_text("Syrian army soldiers launched a counter-offensive killing 29 extremists."), root="19")
    assert (e.source.country, e.source.sector, e.target.sector) == ("SYR", "MIL", "REB")
    evs = find(code_text("The battle for Zabadani has cost the lives of at least 63 rebels."), root="19")
    assert [e.target.sector for e in evs] == ["REB"]
    # an adjective after its noun opens a clause the mention leaves out
    evs = find(code_text("Government forces loyal to President Bashar Assad are fighting extremist groups."), root="19")
    assert "Government forces" in {e.source.text for e in evs}


def test_under_fire_from_and_headline_responsibility(code_text):
    [e] = find(code_text("Kurdish fighters pulled back after coming under heavy fire from Turkish troops."), root="19")
    assert (e.source.country, e.source.sector, e.target.sector) == ("TUR", "MIL", "REB")
    # a headline's responsibility, not the speaker after its colon nor the place before the noun
    [e] = find(code_text("Assad regime responsible for awful Syria chemical attack: EU's Mogherini."), root="20")
    assert e.source.text == "Assad regime" and e.source.country == "SYR"


def test_doers_of_misread_reduced_clauses_and_fights_they_lost_fighters_in(code_text, means_of):
    # the subject of a gerund clause read as the verb's clausal subject
    [e] = find(code_text("Two ISIS suicide bombers driving explosive-laden trucks have killed 30 Kurdish militiamen."), root="19")
    assert e.source.text == "Two ISIS suicide bombers" and e.source.sector == "REB"
    # a relative clause hung on a place inside the act's phrase is the act's
    # (the strikes on the positions are an act of their own too: bare 'strikes on X', 190)
    found = find(
        code_text("The deal was strained by US-led coalition strikes on army positions in the east that killed soldiers."),
        root="19",
    )
    [e] = [e for e in found if e.trigger.text == "killed"]
    assert e.source.country == "USA"
    assert {e.trigger.text for e in found} == {"killed", "strikes"} and all(e.source.country == "USA" for e in found)
    # an act noun read as a verb whose subject is its modifier
    [(e, m)] = [
        (e, m)
        for e, m in means_of("Coalition strikes on army positions in the east killed dozens of soldiers.")
        if e.cameo_root == "19"
    ]
    assert m == "Coalition strikes" and not e.source.text and e.source.country is None and e.target.sector == "MIL"
    # whose the doer is: 'belonging to', 'affiliated with', also when read as the main verb
    [e] = find(code_text("Warplanes belonging to the Syrian regime bombed the town of Saraqeb."), root="19")
    assert (e.source.country, e.source.sector) == ("SYR", "GOV")
    [e] = find(
        code_text("A helicopter believed to belong to Syrian government forces dropped barrel bombs on the village."), root="19"
    )
    assert (e.source.country, e.source.sector) == ("SYR", "MIL")
    [e] = find(code_text("Gunmen affiliated with the Nusra Front attacked a checkpoint in Daraa."), root="19")
    assert e.source.text == "the Nusra Front"
    # whose fighters fell in a fight took part in it; whose lives were lost did not
    events = find(code_text("Rebels lost 20 fighters in clashes with the army near Aleppo."), root="19")
    assert {(e.source.sector, e.target.sector) for e in events} == {("REB", "MIL"), ("MIL", "REB")}
    assert not find(code_text("Civilians lost their lives in the fighting near Aleppo."), root="19")


def test_attacks_aimed_at_what_is_no_actor_and_attacks_repelled(code_text):
    # an attack on something that is no actor is still an attack; a war on an idea is not
    [e] = find(
        code_text("The death toll following Daesh Thursday attack on Aqareb es Safi village reached 51 people."), root="19"
    )
    assert (e.source.country, e.source.sector, e.target) == ("IMG", "REB", None)
    assert not find(code_text("Russia's war against terror continues."), root="19")
    # force against an attack is against its doer, not by it
    [e] = [e for e in code_text("A rebel attack on the airport was repelled by the army.") if e.trigger.text == "repelled"]
    assert (e.source.sector, e.target.sector) == ("MIL", "REB")
    [e] = find(code_text("The alliance said that airstrikes had eliminated three senior Daesh leaders."), root="19")
    assert e.target.sector == "REB"
    # a trailing participle of blame in a report is the reporter's, though hung on the report's last noun
    text = (
        "Observatory head Rami Abdel Rahman said an aircraft had targeted the market in Maaret al-Numan blaming the Assad regime."
    )
    [e] = find(code_text(text), root="11")
    assert "Rahman" in e.source.text and e.target.country == "SYR"


def test_assistance_loans_and_aid_received(code_text):
    # 'assistance', 'loan', 'grant' and 'donation' are aid; the kind of aid is not its giver
    [e] = find(code_text("Pompeo authorized the release of $1.2 billion in U.S. military assistance to Egypt."), root="07")
    assert (e.cameo, e.source.country, e.target.country) == ("072", "USA", "EGY")
    [e] = find(code_text("British humanitarian assistance to Yemen arrived on Monday."), root="07")
    assert (e.cameo, e.source.country) == ("073", "GBR")
    # approving or extending a loan gives it
    [e] = find(code_text("The US extended a $2 billion loan to Jordan."), root="07")
    assert (e.cameo, e.source.country, e.target.country) == ("071", "USA", "JOR")
    # who receives aid is its target, whom it came from its source
    [e] = find(code_text("Kenya received a loan from the IMF."), root="07")
    assert (e.source.text, e.target.country) == ("the IMF", "KEN")
    [e] = find(code_text("Refugees received humanitarian aid from the Red Cross."), root="07")
    assert (e.source.sector, e.target.sector) == ("SOC", "REF")
    # with no giver named, receiving is no event of the receiver's
    assert not find(code_text("Kenya received a loan last year."), root="07")


def test_expelled_from_a_state_truce_monitors_and_organisations(code_text):
    # a passive expulsion with no agent is done by the state one is sent out of
    [e] = find(code_text("The journalist was deported from Egypt on Monday."), root="17")
    assert (e.source.country, e.source.sector, e.target.sector) == ("EGY", "GOV", "JRN")
    [e] = find(code_text("He was expelled from the party."), root="16")
    assert e.source.sector == "PTY"
    # a team sent to monitor a truce keeps the peace; troops sent to watch a border do not
    [e] = find(
        code_text("The UN Security Council approved the deployment of a U.N. advance team to monitor a ceasefire in Yemen.")
    )
    assert e.cameo == "074"
    [e] = find(code_text("Russia deployed troops to monitor the border with Ukraine."))
    assert e.cameo == "154"
    # an organisation the dictionaries lack is still an actor
    [e] = find(code_text("The Civil Liberty Organization has demanded the immediate release of Sani Baban-Inna."), root="10")
    assert e.source.sector == "SOC"
    # the subject of a copula stands for the noun a relative clause hangs on
    [e] = find(code_text("ISIS is a terrorist organization that attacked the city."), root="19")
    assert e.source.text == "ISIS"
    # raising an act's level does it
    [e] = find(
        code_text("Iran meanwhile boosts military support for longtime ally Assad who belongs to the Alawite sect."), root="07"
    )
    assert (e.source.country, e.target.country) == ("IRN", "SYR")


def test_short_title_case_headlines_and_headline_commas(code_text):
    # a title-case headline of three longer words is parsed again in sentence case
    [e] = find(code_text("Turkey Condemns Syria."), root="11")
    assert (e.source.country, e.target.country, e.trigger.text) == ("TUR", "SYR", "Condemns")
    # a headline's comma for 'and': both sides stage the games together
    events = code_text("US, Britain launch war games in the Gulf")
    assert {(e.cameo, e.source.country) for e in events} == {("062", "USA"), ("062", "GBR")}


def test_acts_done_with_and_donors_of(code_text):
    # who does a clause does the act it does it with
    text = (
        "Germany has reinforced its commitment to Syrian refugees with a contribution of €56 million to the World Food Programme."
    )
    [e] = find(code_text(text), root="07")
    assert (e.source.country, e.target.text) == ("DEU", "the World Food Programme")
    # not when the act names its own doer
    events = code_text("The SDF entered the town on June 23 with support from the US-led coalition.")
    assert not [e for e in events if e.cameo_root == "05" and e.source.text == "The SDF"]
    # the donor of aid gives it
    [e] = find(code_text("The United States remains the largest single donor of humanitarian assistance in Iraq."), root="07")
    assert (e.cameo, e.source.country) == ("073", "USA")


def test_ills_are_fought_without_force_and_observers_keep_the_peace(code_text):
    # force done to a disease or a social ill is a figure of speech
    assert not find(code_text("EU countries made planes available to fight the Ebola epidemic in West Africa."), root="19")
    assert not find(code_text("The new government pledged to combat corruption in Kabul."), root="19")
    assert find(code_text("The army fought the rebels near Idlib."), root="19")
    # election observers are no show of force
    [e] = find(code_text("The European Union has deployed election observers in Zimbabwe."))
    assert e.cameo == "074"
    # a plot to attack is no attack
    assert all(e.modality != "asserted" for e in find(code_text("A man plotted to attack a Danish newspaper."), root="19"))
    # evacuating civilians out of danger is humanitarian aid; evacuating fighters is not
    [e] = find(code_text("The U.S. Army carried out the emergency evacuation of families from the hospital."), root="07")
    assert (e.cameo, e.source.country) == ("073", "USA")
    assert not find(code_text("The evacuation of rebels from eastern Aleppo began on Thursday."), root="07")


def test_cooperation_between_two_sides(code_text):
    events = code_text("Military cooperation between Turkey and Qatar was strengthened.")
    assert {(e.cameo, e.source.country, e.target.country) for e in events} == {("062", "TUR", "QAT"), ("062", "QAT", "TUR")}


def test_predicate_adjective_and_object_named_patterns(code_text):
    """'Egypt was deeply concerned by the clashes' is Egypt's concern, not a passive whose doer is the
    clashes; what was fired decides the code before where it was fired at; an operation against
    someone is force."""
    [e] = [e for e in code_text("Egypt was deeply concerned by the clashes in Libya.") if e.primary]
    assert e.cameo == "012" and e.source.country == "EGY"
    [e] = [e for e in code_text("Police fired tear gas at protesters.") if e.primary]
    assert e.cameo == "175"
    [e] = [e for e in code_text("In May 2011 the Syrian army launched a wide-scale operation against armed groups.") if e.primary]
    assert e.cameo == "190" and e.target is not None and e.target.sector == "REB"


def test_gerund_doer_and_held_place_target(code_text):
    """'Shelling by the army killed 21 civilians': the army did the killing; 'shelled the last two
    regime-held villages': the holder is the target, written as the whole phrase."""
    [e] = [e for e in code_text("Shelling by the army killed at least 21 civilians in Eastern Ghouta on Saturday.") if e.primary]
    assert e.cameo.startswith("19") and e.source.text == "the army" and e.target.sector == "CVL"
    [e] = [e for e in code_text("Rebels heavily shelled the last two regime-held Shiite villages.") if e.primary]
    assert e.target.text == "the last two regime-held Shiite villages" and e.target.sector == "GOV"


def test_what_the_doer_owns_is_no_target(code_text):
    """'closed its borders with Togo': the borders are Ghana's own, the target is whom they face;
    two subjects read for an apposition without commas: the one that names an actor acts."""
    [e] = [e for e in code_text("Ghana closed its borders with Ivory Coast and Togo.") if e.primary]
    assert e.source.country == "GHA" and e.target is not None and e.target.country == "CIV"
    text = "The other large group in the coalition the al-Qaeda-linked Nusra Front reportedly attacked police stations."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo.startswith("19") and "Nusra Front" in e.source.text


def test_blazes_platforms_and_verbal_attacks(code_text):
    """A fire that breaks out or kills is no one's gunfire; a platform something is said on is not
    its target; attacking a proclamation is criticism, not force."""
    assert not code_text("A fire broke out yesterday at Bontddu Hall near Dolgellau.")
    assert not [e for e in code_text("A fire yesterday afternoon killed five girls at an escape room.") if e.cameo_root >= "18"]
    [e] = [e for e in code_text("Police opened fire on protesters.") if e.primary]
    assert e.cameo == "193"
    [e] = [e for e in code_text("Former CIA deputy director Michael Morell praised Mendez on Twitter.") if e.primary]
    assert e.cameo == "051" and (e.target is None or "Twitter" not in e.target.text)
    [e] = [e for e in code_text("Erdogan also attacked the proclamation of Golan Heights as Israeli territory.") if e.primary]
    assert e.cameo == "111"


def test_weapons_that_go_off_report_force_by_someone_unnamed(code_text):
    """'Two shells exploded in the Shaalan district': shelling happened, its doer unnamed; a weapon
    used by a named actor stays that actor's act ('Hamas fired rockets at Israel')."""
    [e] = [e for e in code_text("Two shells exploded in the Shaalan district in the city center.") if e.primary]
    assert e.cameo == "194" and e.source.country is None and e.source.text == ""
    [e] = [e for e in code_text("A mosque blast in Idlib has reportedly left 25 militants dead.") if e.primary]
    assert e.cameo == "183"
    events = code_text("Hamas fired rockets at Israel.")
    assert len(events) == 1 and events[0].source.text == "Hamas"


def test_readiness_is_for_whom_or_where_its_act_is(code_text):
    """'Vietnam is ready to contribute to UN peacekeeping operations in Syria': the readiness is
    toward Syria; 'willing to send more resources to Colombia': toward Colombia."""
    [e] = [
        e
        for e in code_text("Vietnam is ready to contribute more to United Nations peacekeeping operations in Syria.")
        if e.primary
    ]
    assert e.cameo == "030" and e.target is not None and e.target.text == "Syria"
    [e] = [e for e in code_text("The United Nations is willing to send more resources to Colombia.") if e.primary]
    assert e.cameo == "030" and e.target is not None and e.target.country == "COL"


def test_a_show_of_force_is_against_whom_its_purpose_names(code_text):
    text = "In the fall of 1990, President George Herbert Walker Bush mobilized troops for the first Gulf War against Iraq."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "154" and e.target is not None and e.target.country == "IRQ"
    [e] = [e for e in code_text("Armenia mobilized its army.") if e.primary]
    assert e.target is None


def test_what_is_given_back_goes_to_whom_or_where(code_text):
    [e] = [e for e in code_text("An 18-carat gold bookmark was returned by US officials to Spanish authorities.") if e.primary]
    assert e.cameo == "0842" and e.source.country == "USA" and e.target.country == "ESP"
    [e] = [e for e in code_text("ICE returned 11 oil paintings to the Pirmasen Municipal Museum in Germany.") if e.primary]
    assert e.target is not None and e.target.country == "DEU"


def test_anti_modifiers_and_passive_speech_verbs(code_text):
    """'anti-government protests' are not the government's; 'an anti-Houthi coalition' is not the
    Houthis'; 'was admitted to hospital' is no statement, 'was announced by the ministry' is the ministry's."""
    assert not [e for e in code_text("Anti-government protests continue in Baghdad.") if e.source.sector == "GOV"]
    events = code_text("An anti-Houthi coalition is fighting the Houthis.")
    assert all(e.source.country != "YEM" or e.source.sector != "REB" for e in events)
    assert not code_text("Trump was admitted to Walter Reed Hospital as a precaution.")
    [e] = [e for e in code_text("The plan was announced by the ministry on Monday.") if e.primary]
    assert e.cameo == "010" and e.source.text == "the ministry"


def test_harm_in_a_clause_with_a_named_act_of_force_is_that_actors(code_text):
    text = "The civilians were killed after US jets targeted the al-Touseeiyah district in the city of Raqqah."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo.startswith("19") and (e.source.country, e.source.sector) == ("USA", "MIL")
    assert e.target is not None and e.target.sector == "CVL"
    # 'when' read as an adverb, and harm in a conjoined passive
    text = "At least two people were killed when ISIL launched an attack on the Iraqi embassy in Kabul on Monday."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.source.country == "IMG" and e.target.text == "At least two people"


def test_an_arrest_with_no_doer_named_is_by_the_state_it_happened_in(code_text):
    [e] = [e for e in code_text("Ingabire was arrested in Rwanda for collaborating with a terrorist organization.") if e.primary]
    assert e.cameo == "173" and (e.source.country, e.source.sector) == ("RWA", "GOV") and e.target.text == "Ingabire"
    text = "The journalist Moussa Tchangari was arrested on Monday in Niger."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "173" and e.source.country == "NER"
    # a town is no state: the doer stays unnamed
    [e] = [e for e in code_text("Two men were arrested in Aleppo.") if e.primary]
    assert e.source.country is None
    # so is a prison sentence: the country's courts hand it down, and the country is no target
    [e] = [e for e in code_text("A novelist was sentenced to ten years in prison in China.") if e.primary]
    assert e.cameo == "116" and e.source.country == "CHN" and (e.target is None or e.target.country != "CHN")


def test_a_word_inside_a_known_name_is_no_act(code_text):
    events = code_text("The Committee to Protect Journalists reports sixteen other journalist deaths.")
    assert not [e for e in events if e.cameo.startswith("07")]


def test_bases_are_bases_not_a_basis(code_text):
    """The lemmatizer reads 'bases' as 'basis': the plural as written still names the object."""
    [e] = [e for e in code_text("Islamic State has taken three Syrian military bases in the area.") if e.primary]
    assert e.cameo == "192" and e.target is not None and "bases" in e.target.text


def test_a_campaign_for_office_is_no_offensive(code_text):
    assert not [e for e in code_text("Bill de Blasio ended his campaign for president of the United States.") if e.cameo == "087"]
    [e] = [e for e in code_text("Russia ended its bombing campaign in Syria.") if e.primary]
    assert e.cameo == "087"


def test_a_claim_is_aimed_where_the_claimed_attack_was_and_a_force_named_is_an_actor(code_text):
    text = "Yemen's Houthi rebels on Monday claimed responsibility for a drone attack on Saudi army sites."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "015" and e.target is not None and e.target.country == "SAU"
    text = "The South African government has issued a warning to the Lesotho Defence Force."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.target is not None and (e.target.country, e.target.sector) == ("LSO", "MIL")


def test_bare_strikes_on_a_fighting_force_are_force_but_a_labour_strike_is_not(code_text):
    [e] = [e for e in code_text("The army was continuing strikes on rebel positions in the area.") if e.primary]
    assert e.cameo_root == "19" and e.source.sector == "MIL"
    [e] = [e for e in code_text("The US-led coalition carried out strikes against Islamic State militants.") if e.primary]
    assert e.cameo_root == "19" and e.target is not None and e.target.sector == "REB"
    for text in ("Teachers staged a strike against the government's pay cut.", "The unions announced a strike on Friday."):
        assert not [e for e in code_text(text) if e.cameo_root in ("18", "19", "20")], text


def test_on_the_offensive_names_its_doer_and_traded_accusations_are_mutual(code_text):
    [e] = [e for e in code_text("Syrian government forces are on the offensive against the rebels in Hama.") if e.primary]
    assert e.cameo == "190" and (e.source.country, e.source.sector) == ("SYR", "MIL")
    assert e.target is not None and e.target.sector == "REB"
    events = [e for e in code_text("Armenia and Azerbaijan traded accusations over the shelling.") if e.cameo == "112"]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {("ARM", "AZE"), ("AZE", "ARM")}
    # staying on alert is no one's offensive: the troops stay the source, alone
    [e] = [e for e in code_text("Indian troops remained on alert in New Delhi.") if e.primary]
    assert e.cameo == "152" and e.source.text == "Indian troops"


def test_the_author_of_a_statement_voices_the_passive_act_in_it(code_text):
    events = [e for e in code_text("Turkey was condemned in a joint statement by Egypt, Greece and Cyprus.") if e.cameo == "111"]
    assert {e.source.country for e in events} == {"EGY", "GRC", "CYP"}
    assert all(e.target is not None and e.target.country == "TUR" for e in events)
    [e] = [e for e in code_text("The opposition levelled sharp criticism at the Kenyan government.") if e.primary]
    assert e.cameo == "111" and e.target is not None and e.target.country == "KEN"


def test_who_faces_or_suffers_attacks_is_their_target(code_text):
    text = "The province of Kilis has faced a spate of cross-border rocket attacks from DAESH."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo_root == "19" and e.source.country == "IMG"
    assert e.target is not None and e.target.country == "TUR"
    # what one faces that is no act of force stays no event of force
    assert not [e for e in code_text("Turkey faced criticism from the EU.") if e.cameo_root in ("18", "19", "20")]


def test_the_one_judged_for_an_act_did_it_and_the_ones_named_stand_for_the_many(code_text):
    events = code_text("Amnesty accused the government of killing protesters.")
    [kill] = [e for e in events if e.cameo_root == "19"]
    assert kill.modality == "hypothetical" and kill.source.sector == "GOV"  # the accused, not the accuser
    [kill] = [e for e in code_text("Turkey condemned Israel for bombing Gaza.") if e.cameo_root == "19"]
    assert kill.source.country == "ISR"
    # the 'of' hung on the object still governs the act: an accusation reports no attack as done
    text = "Critics, including the European Commission, accuse the legislation of attacking civil society."
    events = code_text(text)
    assert all(e.modality != "asserted" for e in events if e.cameo_root == "19")
    [e] = [e for e in events if e.primary]
    assert e.cameo == "112" and e.source.country == "EUR"
    # and a rule uses no force
    assert not [
        e for e in code_text("Banks share data under a U.S. law that targets Americans hiding assets.") if e.cameo_root == "19"
    ]


def test_a_gerund_s_agent_arc_and_an_attack_s_of_name_the_doer(code_text):
    text = "Shelling by the Assad regime on the area of Eastern Ghouta on Friday killed at least 10 civilians, a monitor said."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo_root == "19" and (e.source.country, e.source.sector) == ("SYR", "GOV")
    [e] = [e for e in code_text("The town of Kafr Nabl came under the attack of the Syrian army.") if e.primary]
    assert e.cameo_root == "19" and (e.source.country, e.source.sector) == ("SYR", "MIL")


def test_a_cardiac_arrest_is_no_arrest_and_an_attack_attributed_is_an_accusation(code_text):
    text = "He suffered a cardiac arrest on Monday and died, government officials stated."
    assert not [e for e in code_text(text) if e.cameo.startswith("17")]
    [e] = [e for e in code_text("Kenya attributed the bombing to al-Shabaab.") if e.primary]
    assert e.cameo == "112" and e.target is not None and e.target.sector == "REB"


def test_criticism_one_comes_under_is_aimed_at_one_and_losses_inflicted_are_force(code_text):
    [e] = [e for e in code_text("Russia comes under increasing criticism over its support for Damascus.") if e.primary]
    assert e.cameo == "111" and e.source.country is None and e.target is not None and e.target.country == "RUS"
    text = "Russia came under criticism from the European Union over its support for Damascus."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.source.country == "EUR" and e.target is not None and e.target.country == "RUS"
    [e] = [e for e in code_text("The Syrian army inflicted heavy casualties on the rebels.") if e.primary]
    assert e.cameo == "190" and e.target is not None and e.target.sector == "REB"


def test_pictures_captured_and_medals_won_are_no_force(code_text):
    for text in ("Tourists captured pictures and video of the incident.", "Kenya captured the gold medal."):
        assert not [e for e in code_text(text) if e.cameo_root in ("18", "19", "20")], text
    [e] = [e for e in code_text("The rebels captured the town of Kobani.") if e.primary]
    assert e.cameo == "192"


def test_a_show_hosted_or_a_screen_demonstrated_is_no_political_act(code_text):
    assert not code_text("Kokesh previously hosted a show on RT.")
    assert not code_text("Grivik was demonstrating miniature computer screens.")
    [e] = [e for e in code_text("Students demonstrated in Algiers.") if e.primary]
    assert e.cameo == "141"
    [e] = [e for e in code_text("Egypt hosted the Palestinian president.") if e.primary]
    assert e.cameo == "043"


def test_have_carries_consultations_only_and_protests_reported_as_happening_are_events(code_text):
    [e] = [e for e in code_text("Trump had a phone conversation with Turkish President Recep Tayyip Erdogan.") if e.primary]
    assert e.cameo == "041" and e.source.country == "USA"
    assert not [e for e in code_text("Syria has had a civil war for years.") if e.cameo_root == "19"]
    [e] = [e for e in code_text("Protests erupted in Baghdad on Friday.") if e.primary]
    assert e.cameo == "141" and not e.source.text
    assert not code_text("There were no protests in Cairo.")


def test_a_missile_strike_delivered_is_no_missile_delivered(code_text):
    text = "On Friday the Israeli combat planes delivered a missile strike on Syrian army positions."
    assert not [e for e in code_text(text) if e.cameo_root == "07"]
    [e] = [e for e in code_text("Russia delivered missiles to Turkey.") if e.primary]
    assert e.cameo == "072"
    text = "Azerbaijani troops participate in peacekeeping operations in Afghanistan."
    assert [e for e in code_text(text) if e.cameo.startswith("074")]


def test_force_in_shapes_the_small_model_misreads(code_text):
    # a past form tagged as a noun heading its clause ('shot' read as a noun)
    text = (
        "The source added that a sniper from al-Nusra Front terrorist organization positioned in Bustan al-Qaser "
        "neighborhood shot on the locals of al-Masharqa neighborhood leaving two civilians dead."
    )
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "193" and e.source.text.startswith("a sniper") and e.target.text.startswith("the locals")
    # a plural act noun read as the clause's verb, its verb hung below it
    text = "On Thursday airstrikes on several areas in the north of Hama province left around 50 people suffering."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "195" and e.trigger.text == "airstrikes"
    # the act noun read as a verb, its modifier as a compound: the modifier names the doer
    text = "Regime airstrikes on Saturday on the besieged city of Rastan in Homs province have killed three children."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "190" and e.source.sector == "GOV" and e.target.text == "three children"


def test_strikes_carried_out_believed_made_or_aimed_at_someone(code_text, means_of):
    [e] = [e for e in code_text("The strike was believed to have been carried out by Russian planes.") if e.primary]
    assert e.cameo == "190" and e.source.text == "Russian planes" and e.source.country == "RUS"
    [e] = [e for e in code_text("Fourteen consecutive strikes were made, Konashenkov added.") if e.primary]
    assert e.cameo == "190" and not e.source.text
    [e] = [e for e in code_text("The hospital was the target of airstrikes by Russian jets.") if e.primary]
    assert e.cameo == "195" and e.source.text == "Russian jets" and e.target.text == "The hospital"
    [e] = [e for e in code_text("Al-Nusra Front has also been the target of some attacks.") if e.primary]
    assert e.cameo_root == "19" and e.target.text == "Al-Nusra Front"
    text = "US-backed Syrian fighters are pushing ahead in their offensive against members of the Islamic State group."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "190" and e.source.text == "US-backed Syrian fighters" and e.target.country == "IMG"
    # a weapon stands for its unnamed user in acts of force, not in releasing someone
    [(e, m)] = [(e, m) for e, m in means_of("On Saturday mortar rounds struck near the Russian embassy.") if e.primary]
    assert e.cameo == "190" and m == "mortar rounds" and not e.source.text
    assert not code_text("Upon impact the projectiles released a yellow gas, the statement said.")


def test_threats_made_critics_and_sanctions_by_someone_unnamed(code_text):
    [e] = [e for e in code_text("Some Iraqi militias associated with Iran had made threats against U.S. personnel.") if e.primary]
    assert e.cameo == "130" and e.source.country == "IRQ" and e.target.text == "U.S. personnel"
    [e] = [e for e in code_text("The Houthis repeated their threats against Saudi Arabia.") if e.primary]
    assert e.cameo == "130" and e.target.country == "SAU"
    assert not code_text("Climate change poses a threat to national security.")
    [e] = [e for e in code_text("Critics accused Trump of an intentional delay.") if e.primary]
    assert e.cameo == "112" and e.source.text == "Critics" and e.target.country == "USA"
    [e] = [e for e in code_text("The Russian bank was sanctioned in 2019.") if e.primary]
    assert e.cameo == "163" and not e.source.text and e.target.text == "The Russian bank"


def test_the_primary_event_of_a_reciprocal_act_goes_the_way_the_sentence_does(code_text):
    # 'X fought Y' is coded both ways; the primary record is the one the sentence reports, X -> Y, though
    # the named state on the other side is coded with more confidence
    events = code_text("But the radical group has faced a major backlash from other rebels fighting to topple the Syrian regime.")
    assert {(e.source.text, e.target.text) for e in events if e.cameo == "190"} == {
        ("other rebels", "the Syrian regime"),
        ("the Syrian regime", "other rebels"),
    }
    [e] = [e for e in events if e.primary]
    assert (e.source.text, e.target.text) == ("other rebels", "the Syrian regime")


def test_the_primary_record_of_an_act_by_or_on_several_actors_is_the_first_named(code_text):
    [e] = [e for e in code_text("The government and its ally Russia have blamed Syrian rebels for the attack.") if e.primary]
    assert e.source.text == "The government" and e.target.text == "Syrian rebels"
    [e] = [e for e in code_text("Iran accused Israel and the United States of the killing.") if e.primary]
    assert e.target.text == "Israel"


def test_forcing_an_enemy_back_is_force_also_with_back_read_as_an_adverb(code_text):
    [e] = [e for e in code_text("The Syrian Army continued to push the ISIS back from more lands near Palmyra.") if e.primary]
    assert e.cameo == "190" and e.source.country == "SYR" and e.target.text == "the ISIS"
    [e] = [e for e in code_text("In neighboring Iraq meanwhile Daesh has been beaten back on several fronts.") if e.primary]
    assert e.cameo == "190" and e.target.text == "Daesh"  # no beating (182)


def test_calls_upon_control_established_foes_slain_and_belts_detonated(code_text):
    [e] = [e for e in code_text("Rahmoun called upon the UN Security Council to put an end to the war crimes.") if e.primary]
    assert e.cameo == "020" and e.target.country == "UNO"
    [e] = [e for e in code_text("The army establishes control over Minian town in Aleppo.") if e.primary]
    assert e.cameo == "192" and e.source.sector == "MIL"
    [e] = [e for e in code_text("The Syrian soldiers recently slew nearly 170 Takfiri terrorists there.") if e.primary]
    assert e.cameo == "190" and e.target.sector == "REB"
    [e] = [e for e in code_text("IS said a suicide bomber detonated an explosive belt among rebels.") if e.primary]
    assert e.cameo == "183" and e.source.text == "a suicide bomber"


def test_verdicts_charges_and_firearms_discharged(code_text):
    text = "A Copenhagen City Court judge found Britta Nielsen guilty of stealing public funds."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "116" and e.source.country == "DNK" and e.target.text == "Britta Nielsen"
    [e] = [e for e in code_text("The United States Department of Justice unsealed further charges against him.") if e.primary]
    assert e.cameo == "173" and e.source.country == "USA"
    [e] = [e for e in code_text("Judge James Parker Jones handed down the sentence.") if e.primary]
    assert e.cameo == "116"
    assert not code_text("The team found the game difficult.")


def test_attacks_counted_or_come_under_and_offensives_backed_by_others(code_text):
    [e] = [e for e in code_text("A string of Daesh bombings near the shrine in February left 134 people dead.") if e.primary]
    assert e.cameo_root == "18" and e.source.text == "Daesh"
    text = "It said Mouadamiya southwest of the capital came under the heaviest attack since the start of the conflict."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "190" and not e.source.text  # under attack, though the one under it is no actor
    assert not code_text("The town did not come under attack.")
    text = "The militant bastion has faced a month-long US-backed offensive by Kurdish and Arab fighters."
    [e] = [e for e in code_text(text) if e.primary]
    # the backer does not do it, and 'US-backed' is no place the event is in
    assert e.source.text == "Kurdish and Arab fighters" and e.source.country != "USA" and e.location is None


def test_an_attack_launched_by_someone_in_a_relative_clause_is_theirs_and_due_to_is_no_duty(code_text):
    text = (
        "According to SANA reporter more than 35 people suffered suffocation due to the attack which was launched by "
        "the terrorist organizations positioned on the western outskirts of Aleppo city."
    )
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "190" and e.modality == "asserted" and e.source.text == "the terrorist organizations"
    [e] = [e for e in code_text("The Syrian army also advanced in the neighborhood of Jobar.") if e.primary]
    assert e.cameo == "190" and e.source.country == "SYR"
    assert not [e for e in code_text("The delegation advanced in the talks.") if e.cameo_root == "19"]


def test_capitalised_plural_act_nouns_and_the_outlet_that_reports_them(code_text):
    text = "(TRT World and Agencies) Airstrikes were also reported in Aleppo, Syria's largest city."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "195" and not e.source.text  # reported by the outlet, done by someone unnamed
    [e] = [
        e
        for e in code_text("In June the Syrian Democratic Forces alliance broke into western districts of the town.")
        if e.primary
    ]
    assert e.cameo == "190" and e.source.country == "SYR"


def test_a_judgement_said_of_an_act_or_an_actor_is_criticism_or_accusation(code_text):
    [e] = [e for e in code_text("Turkey called the regime's attack a crime against humanity.") if e.primary]
    assert e.cameo == "111" and e.source.country == "TUR" and e.target.sector == "GOV"
    [e] = [e for e in code_text("Erdogan said Assad is a terrorist.") if e.primary]
    assert e.cameo == "112" and e.target.text == "Assad"
    [e] = [
        e for e in code_text("The chemical attacks on Idlib were inhuman and unacceptable, President Erdogan said.") if e.primary
    ]
    assert e.cameo == "111" and e.source.country == "TUR"
    [e] = [e for e in code_text("Russia described the attack as an aggression against a sovereign state.") if e.primary]
    assert e.cameo == "111"
    # a judgement of nothing wrong stays a statement
    [e] = [e for e in code_text("Erdogan said the talks were useful.") if e.primary]
    assert e.cameo == "010"


def test_counted_victims_in_a_headline_and_an_object_shared_by_two_acts_of_force(code_text):
    text = "Two patients killed and eight injured due to four bombs dropped from a helicopter on QRCS medical facility."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "190" and not e.source.text and e.target.text == "Two patients"
    text = "The army killed and injured a number of operatives tied to Jabhat Fath al-Sham."
    assert {e.target.text for e in code_text(text) if e.cameo == "190"} == {"a number of operatives"}
    # not for acts that are no force: 'resign' takes no object of 'leave'
    text = "Greek Prime Minister George Papandreou agreed to resign and leave Greece on Sunday."
    assert all(e.target is None for e in code_text(text) if e.cameo == "030")


def test_it_in_reported_speech_is_a_body_whose_name_is_plural(code_text):
    """'The Royal Marines said it will not release the tanker': 'it' is the Marines (not the rebels' 'it was
    a massacre', which names no one)."""
    [e] = [e for e in code_text("The Royal Marines said it will not release the Iranian oil tanker.") if e.primary]
    assert e.cameo == "1243" and e.source.text == "The Royal Marines"
    [e] = [e for e in code_text("The Philippines said it will expel the Chinese diplomats.") if e.cameo.startswith("161")]
    assert e.source.country == "PHL" and e.modality == "future"


def test_victims_reported_hurt_are_targets_not_doers(code_text):
    """'Seven civilians were reported injured': the subject of a passive raising verb whose participle has
    no subject of its own is whom the act was done to (not 'is reported to have killed 130 civilians')."""
    [e] = find(code_text("Seven civilians were reported injured in the attack."), root="19")
    assert e.source.text == "" and e.target.text == "Seven civilians"
    [e] = find(code_text("Two children were believed killed by Russian airstrikes."), root="19")
    assert e.source.country == "RUS" and e.target.text == "Two children"
    [e] = find(code_text("The fighting is reported to have killed 130 civilians."), root="19")
    assert e.target.text == "130 civilians"
    [e] = find(code_text("Officials said twenty people have been confirmed killed."), root="19")
    assert e.source.text == "" and e.target.text == "twenty people"


def test_pulling_out_of_a_place_targets_the_place(code_text):
    """'pulled its forces out of Iraq': the place left is the target, not the forces pulled out."""
    [e] = find(code_text("The US pulled its forces out of Iraq."), root="08")
    assert e.target is not None and e.target.text == "Iraq"
    [e] = find(code_text("Russian troops pulled out of Kherson."), root="08")
    assert e.target is not None and e.target.country == "UKR"


def test_aid_named_on_what_carries_it_is_given_by_its_owner(code_text):
    text = "The Chinese government's assistance package consisted of $22.5 million in relief supplies."
    [e] = find(code_text(text), root="07")
    assert (e.source.country, e.source.sector) == ("CHN", "GOV")
    # aid received from a country is given by its state
    [e] = find(code_text("Syria received aid from Turkey."), root="07")
    assert (e.source.country, e.source.sector, e.target.country) == ("TUR", "GOV", "SYR")


def test_whom_a_restriction_is_on_named_deep_in_its_phrase(code_text):
    text = "The UAE formally lifted the pre-existing trade and travel restrictions between it and Israel."
    [e] = find(code_text(text), root="08")
    assert e.target is not None and e.target.country == "ISR"
    # control taken is no restriction, and 'individuals' names no one
    [e] = find(code_text("The rebels took control of part of the town enabling civilians to flee."), root="19")
    assert e.target is None or e.target.sector != "CVL"


def test_a_subject_read_as_the_object_of_a_preposition_before_the_verb(code_text):
    """'suspended after a deadly airstrike on Monday killed 12 aid workers', 'According to the Observatory heavy
    bombardment has battered the province': the act noun right before the verb is its lost subject."""
    [e] = find(code_text("Aid convoys were suspended after a deadly airstrike on Monday killed 12 aid workers."), root="19")
    assert e.source.text == "" and e.target.text == "12 aid workers"
    text = "According to the Observatory heavy bombardment has battered the northwest province in recent days."
    assert find(code_text(text), root="19")
    [e] = find(code_text("After the attack the army killed 12 rebels."), root="19")
    assert e.source.sector == "MIL"
    text = "In Khan Sheikhun a town in the provinces south air strikes killed seven people the Observatory said."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo_root == "19" and e.target.text == "seven people"


def test_a_campaign_a_person_or_candidate_suspends_is_no_offensive(code_text):
    assert not find(code_text("Andrew Yang suspended his campaign."), root="08")
    assert not find(code_text("Three candidates suspended their campaigns."), root="08")
    [e] = find(code_text("Turkey suspended its military campaign in Syria."), root="08")
    assert e.cameo == "087"


def test_calling_someone_names_is_criticism(code_text):
    [e] = [e for e in code_text("President Trump has called Denmark's Prime Minister nasty.") if e.primary]
    assert e.cameo == "111" and e.target is not None and e.target.sector == "GOV"
    [e] = [e for e in code_text("Erdogan called Assad a murderer.") if e.primary]
    assert e.cameo == "112"
    [e] = [e for e in code_text("Trump repeatedly called the Democrats' investigation a witch hunt.") if e.primary]
    assert e.cameo == "111" and e.target.sector == "PTY"


def test_at_the_hands_of_names_the_doer(code_text):
    [e] = find(code_text("Hundreds of civilians were killed at the hands of the Assad regime."), root="19")
    assert (e.source.country, e.source.sector, e.target.sector) == ("SYR", "GOV", "CVL")
    text = "The UN condemned the killing of hundreds of Syrians at the hands of the Assad regime."
    [e] = find(code_text(text), root="19")
    assert e.source.text == "the Assad regime" and e.target.text == "hundreds of Syrians"


def test_a_named_place_seized_and_a_siege_broken(code_text):
    """'seized Tabqa' as 'seized the town'; a name the small model tags as a person counts where the gazetteer
    knows it as a place and no one in the dictionaries bears it ('captured Palmyra', not 'captured Obama')."""
    [e] = find(code_text("Islamic State fighters seized Tabqa."), root="19")
    assert e.rule == "192.seize.o-town" and e.target.country == "SYR"
    [e] = find(code_text("The Syrian army recaptured Palmyra."), root="19")
    assert e.cameo == "192"
    text = "Syrian government troops broke the blockade around Deir ez-Zor maintained by Daesh for several years."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.rule == "190.break.o-siege" and e.source.sector == "MIL"


def test_a_place_name_before_an_act_noun_is_where_not_who(code_text):
    """'the Hama battle': a name the dictionaries lack that the gazetteer knows is where the act is, not its doer
    (an unknown group's name stays the doer: 'the Jaysh al-Islam attack')."""
    [e] = find(code_text("Meanwhile Al-Nasr Army announced that the Hama battle will continue."), root="19")
    assert e.source.text == ""
    evs = find(code_text("The Jaysh al-Islam attack on Douma killed 5."), root="19")
    assert any(e.source.text == "Jaysh al-Islam" for e in evs)


def test_strikes_put_down_to_someone_and_rules_that_ban(code_text):
    text = "Jet strikes blamed on the Syrian regime hit the opposition-held cities killing more than 40 people."
    [e] = [e for e in code_text(text) if e.primary]
    assert (e.source.country, e.source.sector) == ("SYR", "GOV")
    assert not code_text("These types of weapons are banned by international law.")
    [e] = find(code_text("The Syrian air force carried out 39 sorties over the past 24 hours."), root="19")
    assert e.cameo == "195" and e.source.sector == "MIL"
    [e] = find(code_text("The military destroyed over 60 terrorists."), root="19")
    assert e.cameo == "190"
    [e] = [e for e in code_text("Russia backed up the denials from the Syrian government.") if e.primary]
    assert e.cameo == "051"


def test_airstrikes_condemned_are_their_doers(code_text):
    text = "The Syrian Coalition condemned the deadly overnight airstrikes by Russian forces on Idlib city."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "111" and (e.target.country, e.target.sector) == ("RUS", "MIL")


def test_a_crowd_counted_not_named_protests_as_civilians(code_text):
    [e] = find(code_text("Tens of thousands marched in Santiago on Friday."), root="14")
    assert e.source.text == "Tens of thousands" and (e.source.country, e.source.sector) == ("CHL", "CVL")
    assert not find(code_text("Hundreds were killed."), root="14")


def test_words_or_pictures_released_free_no_one(code_text):
    assert not find(code_text("Kay Hagan died, according to a statement released by her family."), root="08")
    assert not find(code_text("The army released a video of the attack."), root="08")
    [e] = find(code_text("The rebels released the hostages."), root="08")
    assert e.cameo == "0841"


def test_what_is_offered_goes_to_the_target(code_text):
    [e] = [e for e in code_text("Italy has offered to US an armored regiment, attack helicopters and fighter jets.") if e.primary]
    assert e.target is not None and e.target.country == "USA"
    text = "Britain has sent 100 armoured patrol vehicles and a team of paratroopers to Lebanon to help the country."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.target is not None and e.target.country == "LBN"


def test_force_on_what_belongs_to_someone_is_on_them(code_text):
    [e] = find(code_text("Syrian war planes bombed positions belonging to the jihadist Islamic State group."), root="19")
    assert e.target is not None and e.target.country == "IMG"


def test_what_was_fired_is_the_means_and_whom_at_the_target(code_text):
    [e] = find(code_text("Shots were fired at the protesters."), root="19")
    assert e.target is not None and e.target.sector == "CVL"
    [e] = find(code_text("The men were executed."), root="18")
    assert e.target is not None and e.target.text == "The men"
    [e] = find(code_text("Rockets were fired at Sderot."), root="19")
    assert e.target is None or e.target.text != "Rockets"
    [e] = find(code_text("Government forces were fired on by the rebels."), root="19")
    assert e.target is not None and e.target.sector == "MIL"  # forces are an actor, no weapon


def test_those_among_the_dead_were_killed(code_text):
    [e] = find(code_text("Six children were among the dead in Eastern Ghouta."), root="19")
    assert e.source.text == "" and e.target.text == "Six children"
    # ('dead' tagged an adjective here)
    [e] = find(code_text("Five children were among the dead."), root="19")
    assert e.target.text == "Five children"
    assert not find(code_text("Civilians worked to carry the dead from the remains of the buildings."), root="19")
    assert not find(code_text("Thousands mourned the dead."), root="19")


def test_a_site_taken_is_territory_whoever_holds_it(code_text):
    """An object list does not look through a site's 'of': the headquarters of militants is taken, not the militants."""
    text = "Meanwhile the headquarters of Daesh militants inside Manbij was captured as SDF forces pushed into the town."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "192" and e.target.name == "Islamic State"
    [e] = find(code_text("The army captured dozens of militants."), root="17")
    assert e.cameo == "173" and e.target.text == "dozens of militants"


def test_victims_counted_with_no_object_are_targets(code_text):
    """'martyred' is a victim verb; a count of victims with no object, as reported speech, is no source."""
    [e] = [e for e in code_text("Two Syrian soldiers were martyred in an attack on their checkpoint.") if e.primary]
    assert e.cameo == "190" and (e.target.country, e.target.sector) == ("SYR", "MIL")
    text = '"Two patients killed and eight injured due to four bombs dropped from a helicopter" the charity said.'
    [e] = [e for e in code_text(text) if e.primary]
    assert e.source.text == "" and e.target.text == "Two patients"


def test_courts_throwing_out_suits_and_legislators_subpoenaing(code_text):
    [e] = [e for e in code_text("A federal judge dismissed a lawsuit filed by the opposition party.") if e.primary]
    assert (e.cameo, e.source.sector, e.target.sector) == ("120", "JUD", "OPP")
    [e] = [e for e in code_text("The House Intelligence Committee subpoenaed the former director.") if e.primary]
    assert (e.cameo, e.source.sector) == ("090", "LEG")


def test_who_suffered_losses_in_an_act_of_force_is_its_target(code_text):
    [e] = find(code_text("The Takfiri terrorist group also suffered a heavy death toll in the air raids."), root="19")
    assert e.source.text == "" and e.target.sector == "REB"


def test_strikes_that_caused_something_happened(code_text):
    """An act noun that is the agent of a participle happened ('damage caused by coalition strikes'); where the
    participle is an act of its own, the noun is its means and no second act ('killed by artillery fire')."""
    text = "Raqqa has faced water shortages because of damage to pipelines caused by suspected coalition strikes."
    [e] = find(code_text(text), root="19")
    assert e.rule == "190.strike.noun.m-actor"
    assert [e.rule for e in find(code_text("Ten civilians were killed by Turkish artillery fire."), root="19")] == ["190.kill"]
    assert not find(code_text("Workers staged strikes across the country."), root="19")


def test_under_attack_is_attacked_and_executions_of_fighters(code_text):
    [e] = find(code_text("The convoy came under attack near Idlib."), root="19")
    assert e.source.text == ""
    assert not find(code_text("The town is not under attack."), root="19")
    [e] = [e for e in code_text("Al-Nusra Front had executed the air force pilot.") if e.primary]
    assert e.cameo == "1823" and e.source.name == "Nusra Front" and e.target.sector == "MIL"


def test_each_of_those_counted_is_a_side(code_text):
    text = "Turkey very generously opened its borders to such a large number of Syrians, Iraqis and Afghans."
    assert {e.target.country for e in find(code_text(text), root="07")} == {"SYR", "IRQ", "AFG"}


def test_a_gerund_of_force_as_subject_with_no_doer(code_text):
    text = "Shelling in the northeastern town of Musraba has meanwhile killed another three people."
    [e] = find(code_text(text), root="19")
    assert e.source.text == "" and e.target.text == "three people"


def test_weapons_used_are_force_used(code_text):
    [e] = [e for e in code_text("The regime used chemical weapons against civilians.") if e.primary]
    assert e.cameo == "2041" and e.target.sector == "CVL"
    [e] = [e for e in code_text("The army used barrel bombs in Aleppo.") if e.primary]
    assert e.cameo == "190"
    [e] = find(code_text("Syrian authorities denied charges that the army used chemical weapons."), root="20")
    assert e.modality == "negated"


def test_a_place_that_fell_to_someone_was_taken_by_them(code_text):
    text = "Families from the Damascus suburb of Daraya which fell to Assad regime forces last year live here."
    [e] = find(code_text(text), root="19")
    assert e.cameo == "192" and e.source.country == "SYR" and e.target.text.endswith("Daraya")
    assert not code_text("Prices fell to record lows.") and not code_text("The responsibility fell to Merkel.")


def test_whose_will_it_is_does_the_act_it_is_to(code_text):
    [e] = find(code_text("Iran's decision to release the sailors was welcomed."), root="08")
    assert e.source.text == "Iran" and e.modality == "hypothetical"
    [e] = find(code_text("The president made a decision to withdraw troops from Iraq."), root="08")
    assert e.source.text == "The president"
    [e] = find(code_text("The EU reaffirmed its commitment to support Ukraine."), root="05")
    assert (e.source.text, e.source.country) == ("The EU", "EUR")  # ('its', written as the subject it refers to)
    # (a modifier saying whose the will is: the subject of the verb is not its owner)
    assert not find(
        code_text("Moscow and Beijing have vetoed previous Western efforts to impose U.N. penalties on Assad."), root="16"
    )


def test_a_time_read_as_the_subject_gives_way_to_the_doer_before_the_verb(code_text):
    # FA-KES loses commas: 'Hours after the beginning of the offensive(,) Turkish-backed militants seized ...'
    text = "Hours after the beginning of the offensive Turkish-backed militants seized the city of Jarablus."
    [e] = find(code_text(text), root="19")
    assert e.source.sector == "REB" and e.target.text == "the city of Jarablus"


def test_mediation_is_with_the_sides_it_is_between(code_text):
    text = "Prime Minister Nawaz Sharif on Monday launched a mediation effort to resolve the rift between Qatar and other Gulf states."
    assert {e.target.text for e in find(code_text(text), root="04")} == {"Qatar", "other Gulf states"}
    # what is prevented did not happen
    text = "Egypt has launched a mediation effort to prevent a military confrontation between Turkey and Syria."
    assert not find(code_text(text), root="19")


def test_a_text_speaks_for_whoever_issues_or_wrote_it(code_text):
    text = "Human Rights Watch issued a statement calling on the government to release the activists."
    [e] = find(code_text(text), root="02")
    assert e.source.name == "Human Rights Watch" and e.target.sector == "GOV"
    # a kind of text is no author: the order is Trump's, not an 'executive''s
    text = "Trump signed an executive order calling for construction to begin on the wall."
    [e] = find(code_text(text), root="02")
    assert e.source.text == "Trump"


def test_mediation_ended_and_aid_cut_have_their_sides(code_text):
    text = "US envoy Richard Holbrooke ended mediation efforts between Albanian separatists and the Macedonian government."
    assert {e.target.country for e in find(code_text(text), root="16")} == {"ALB", "MKD"}
    [e] = find(code_text("Lagumdzija suspended humanitarian aid donations for Sarajevo until aid was delivered."), root="16")
    assert e.target.text == "Sarajevo"


def test_an_office_given_up_is_of_its_state(code_text):
    [e] = find(code_text("Suharto resigned as president of Indonesia on 21 May 1998."), root="08")
    assert e.cameo == "0831" and e.target.country == "IDN"


def test_an_object_read_as_the_subject_of_a_clause_is_the_target(code_text):
    text = "Bangladesh says it will not accept any Rohingya refugees fleeing a new spate of ethnic violence."
    [e] = [e for e in code_text(text) if e.cameo == "075"]
    assert e.modality == "negated" and e.target.text == "Rohingya refugees"


def test_a_sentences_opening_phrase_is_not_the_verbs_preposition(code_text):
    # 'On Nov. 18, ... called Erdogan' is no 'call on'
    text = "On Nov. 18, NATO Secretary General Jens Stoltenberg called Erdogan to apologize for the case."
    assert not any(e.rule == "020.call.on" for e in code_text(text))
    [e] = find(code_text("On Monday the European Union called on Serbia to recognise the vote."), root="02")
    assert e.target.country == "SRB"


def test_verbs_joined_share_their_object_and_their_auxiliary(code_text):
    # 'will arm and train the rebels': both acts are to the rebels, and both are announced, not done
    events = code_text("The United States will arm and train the rebels.")
    arms = [e for e in events if e.trigger.text == "arm"]
    assert arms and all(e.target is not None and e.target.text == "the rebels" for e in arms)
    assert not [e for e in events if e.trigger.text == "train" and e.modality == "asserted" and e.cameo_root == "06"]
    # (a verb with a subject of its own keeps its own: 'Rebels will attack and the army killed 12 soldiers')
    [killed] = [e for e in code_text("Rebels may attack, and the army killed 12 soldiers.") if e.trigger.text == "killed"]
    assert killed.modality == "asserted"


def test_the_target_of_acts_in_a_series_hangs_on_the_series(code_text):
    text = "In Hasaka the army air force carried out a series of air strikes against hideouts of the so-called Islamic State."
    [e] = find(code_text(text), root="19")
    assert e.target is not None and e.target.country == "IMG"


def test_criticism_from_an_actor_is_theirs(code_text):
    [e] = find(code_text("The strikes have prompted criticism from the international community."), root="11")
    assert e.source.country == "IGO" and e.target is None
    # the 'from' of the verb it is the object of, where that verb is no act of its own
    [e] = find(code_text("The plan drew condemnation from Turkey's foreign ministry."), root="11")
    assert e.source.country == "TUR"
    # ('withdrew support from the rebels': the rebels do not support; 'from' is the withdrawal's)
    assert not find(code_text("The army withdrew support from the rebels."), root="05")
    # a country or capital that what is said came from is its state; one that aid came from may be where it set off
    evs = find(code_text("The plan prompted objections from Iran and criticism from Moscow."), root="11")
    assert {(e.cameo, e.source.country, e.source.sector) for e in evs} == {("110", "IRN", "GOV"), ("111", "RUS", "GOV")}
    assert not [e for e in code_text("UN aid convoys from Turkey reached Idlib.") if e.source.country == "TUR"]


def test_held_responsible_in_a_small_clause_is_an_accusation(code_text):
    [e] = find(code_text("We hold the Russian government responsible for airstrikes in this airspace, Rhodes said."), root="11")
    assert e.cameo == "112" and e.target.country == "RUS"


def test_a_verb_joined_to_an_alleged_act_is_alleged_too(code_text):
    events = code_text("NATO has repeatedly been accused of targeting and killing civilians.")
    assert find(events, root="11")
    assert not [e for e in events if e.cameo_root == "19" and e.modality == "asserted"]


def test_an_operation_launched_to_take_by_force_is_force(code_text):
    [e] = find(code_text("Turkey launched an operation in Aleppo province to tackle IS."), root="19")
    assert e.target is not None and e.target.country == "IMG"
    assert find(code_text("The army began an operation to retake the town."), root="19")
    # (an operation for another purpose is no force)
    assert not find(code_text("The Red Cross launched an operation to rescue the wounded."), root="19")


def test_an_adjective_read_as_a_noun_still_judges(code_text):
    # the tagger reads 'reprehensible' as a noun with 'attack' its compound
    text = "While calling the attack reprehensible and intolerable Trump said Obama did nothing."
    [e] = find(code_text(text), root="11")
    assert e.source.text == "Trump"


def test_forces_backed_by_others_do_their_own_acts(code_text):
    events = code_text("Government forces backed by Russian jets recaptured the town.")
    [e] = find(events, root="19")
    assert e.source.text == "Government forces"
    [b] = find(events, root="07")
    assert b.source.country == "RUS" and b.target.text == "Government forces"
    # each backer backs the backed side, not each other
    text = "Syrian forces backed by Iranian militias and Russia's air force launched an offensive."
    backing = find(code_text(text), root="07")
    assert backing and all(e.target.text == "Syrian forces" for e in backing)


def test_forces_engaged_in_fighting_fight(code_text):
    # 'engaged in' is taking part, not a passive: the forces fight the rebels, no one engages the forces
    events = code_text("Government forces are engaged in heavy fighting with rebel forces in the area.")
    [e] = [e for e in events if e.primary]
    assert e.source.text == "Government forces" and e.target.text == "rebel forces"
    assert not any(e.rule == "190.engage.o-militant" for e in events)


def test_the_kind_of_aid_cut_gives_the_finer_code(code_text):
    [e] = find(code_text("The United States suspended military aid to Egypt."), root="16")
    assert e.cameo == "1622" and e.target.country == "EGY"
    [e] = find(code_text("Germany halted humanitarian assistance to Yemen."), root="16")
    assert e.cameo == "1623"
    [e] = find(code_text("The EU suspended aid to Niger."), root="16")
    assert e.cameo == "162"


def test_a_statement_issued_with_a_call_is_addressed_to_the_called(code_text):
    events = code_text("The charity issued a statement calling on the government to act.")
    [e] = [e for e in events if e.primary]
    assert e.cameo_root == "01" and e.target is not None and e.target.text == "the government"


def test_a_clause_on_a_site_an_attack_was_near_is_the_attacks(code_text):
    text = "The area was the location of the mortar attack near a school which killed at least four children."
    [e] = find(code_text(text), root="19")
    assert e.source.sector != "EDU" and e.target.text == "at least four children"


def test_a_show_of_force_held_at_a_place_is_not_aimed_at_it(code_text):
    text = "Germany, Italy and the US are participating in the AsterX space war game at France's national space agency."
    events = code_text(text)
    assert events and all(e.cameo == "062" for e in events)  # staged together: cooperation
    assert not any(e.target is not None and e.target.country == "FRA" for e in events)


def test_countries_counted_or_described_are_states(code_text):
    [e] = find(code_text("Nearly 70 countries have agreed to share information from their banks."), root="03")
    assert e.source.text == "Nearly 70 countries" and e.source.sector == "GOV"
    # (those a criticism came from are none of its targets)
    events = find(
        code_text("The strikes have prompted criticism from Western countries and international human rights groups."), root="11"
    )
    assert {e.source.text for e in events} == {"Western countries", "international human rights groups"}
    assert all(e.target is None for e in events)


def test_no_control_of_a_fire_and_no_refusal_by_no_one(code_text):
    assert not code_text("Following the fire's start it took around five hours to gain control of the blaze.")
    # (software released is published, no one freed; prisoners not released by no one named: no refusal)
    assert not code_text("The source code's not released at all.")
    [e] = code_text("The prisoners were not released.")
    assert e.modality == "negated" and not e.cameo.startswith("12")
    assert find(code_text("Iran did not release the tanker."), root="12")


def test_a_summary_released_frees_no_one_and_a_call_made_to_someone_is_to_them(code_text):
    text = "Last week the White House released a summary of a phone call made by President Trump to Ukrainian President Volodymyr Zelensky."
    events = code_text(text)
    assert not find(events, root="08")
    [e] = [e for e in events if e.primary]
    assert e.cameo_root == "04" and e.source.text == "President Trump" and e.target.country == "UKR"


def test_the_other_sides_act_in_a_condition_is_no_promise_or_threat(code_text):
    events = code_text("Hezbollah will not release the soldiers unless Israel releases the Lebanese detainees.")
    assert not [e for e in events if e.source.country == "ISR" and e.modality == "asserted"]
    assert not [e for e in code_text("If Iran attacks, the United States will respond.") if e.cameo_root == "13"]


def test_a_body_named_by_its_leader_is_written_whole(code_text):
    [e] = find(code_text("The US-led anti-Daesh coalition has killed more than twenty Islamic State operatives."), root="19")
    assert e.source.text == "The US-led anti-Daesh coalition" and e.source.country == "USA"
    # (a means keeps the words it was written with: 'Russian airstrikes')
    [e] = find(code_text("Russian airstrikes killed 12 civilians."), root="19")
    assert e.source.text == "Russian airstrikes"


def test_an_opportunity_seized_and_plans_released_are_no_acts(code_text):
    assert not code_text("Melbourne can seize the opportunity to be the business center.")
    assert not code_text("Larry Hogan has until October 28 to release plans for a special election.")


def test_a_mass_shooting_or_stabbing_is_violence_by_someone_unnamed(code_text):
    [e] = find(code_text("A mass shooting killed ten people in El Paso."), root="19")
    assert not e.source.text and e.target.text == "ten people"
    assert find(code_text("A gunman carried out a mass shooting at a Walmart in El Paso."), root="18")
    assert not code_text("He won the shooting competition.")
    # a sentence given is a finding of guilt (116)
    [e] = code_text("A Moscow court gave the activist a two-year suspended sentence.")
    assert e.cameo == "116" and e.source.country == "RUS"


def test_an_alliance_is_an_actor_and_forces_can_be_eliminated(code_text):
    [e] = find(code_text("The US-backed Kurdish-Arab alliance seized a key road junction."), root="19")
    assert e.source.text == "The US-backed Kurdish-Arab alliance"
    [e] = find(code_text("Hezbollah is trying to eliminate rebel forces in the area."), root="19")
    assert e.target.text == "rebel forces"


def test_a_route_sealed_and_an_attack_that_was_on_a_place(code_text):
    [e] = find(code_text("Government troops have sealed the main route into opposition areas."), root="19")
    assert e.cameo == "191" and e.source.sector == "MIL"
    [e] = find(code_text("The attack was on rebel-held areas of eastern Damascus."), root="19")
    assert not e.source.text and "Damascus" in e.target.text
    assert not code_text("The focus of the talks was on trade.")


def test_a_deployment_in_a_place_is_to_it(code_text):
    [e] = code_text("The European Union has deployed election observers in Zimbabwe for the first time in 16 years.")
    assert e.target is not None and e.target.country == "ZWE"


def test_backed_read_as_the_verb_still_names_the_backers(code_text):
    # the parser reads 'backed' as the verb with 'army' its subject: the 'by' still names the backers
    text = (
        "Weve gotten used to this. Syrias army backed by Lebanese Iranian and Iraqi Shiite militias and Russias air force "
        "launched a major offensive to retake eastern Aleppo from rebel groups on Sept. 22 after a series of advances "
        "allowed them to besiege it this summer."
    )
    backing = find(code_text(text), root="07")
    assert backing and all(e.target is not None and e.target.text == "Syrias army" for e in backing)


def test_a_withdrawal_is_from_a_place_not_of_ones_own_troops(code_text):
    [e] = code_text("The United States completed its withdrawal of troops from Iraq in December 2011.")
    assert e.cameo == "0874" and e.target.country == "IRQ"
    [e] = code_text("The Russian army began the withdrawal of its troops on Monday.")
    assert e.target is None


def test_intelligence_shared_is_what_is_shared_not_with_whom(code_text):
    [e] = code_text("Turkey shared intelligence with the United States.")
    assert e.cameo == "064" and e.target.country == "USA"


def test_an_attack_in_words(code_text):
    """'attacked X as a liar', 'attacked X for his handling of': disapproval (111), not force; a clause's own
    'as' before the verb is no such phrase ('11 killed as Nusra attacks US-trained militants')."""
    [e] = [e for e in code_text("The Iranian president attacked the Saudi king as a traitor.") if e.primary]
    assert e.cameo == "111" and e.target.country == "SAU"
    [e] = [e for e in code_text("The senator attacked the president for his handling of the crisis.") if e.primary]
    assert e.cameo == "111"
    assert find(code_text("The rebels attacked the army base for hours."), root="19")
    assert find(code_text("Eleven people were killed as Nusra attacks US-trained militants in Syria."), root="19")


def test_people_who_flee_are_driven_out(code_text):
    """PLOVER codes people fleeing as expelled (166, SANCTION) by the cause: an actor they flee if named, else
    unnamed; those who flee are the target. Fighters who flee retreat (no such event), and an unnamed doer
    makes no threat ('residents could not flee')."""
    [e] = find(code_text("Around 77,000 Nigerians have sought refuge in Niger's Maradi region."), root="16")
    assert e.cameo == "166" and e.source.text == "" and e.target.country == "NGA" and e.primary
    assert e.plover.event == "SANCTION"
    [e] = find(code_text("Hundreds of families fled Boko Haram in northern Nigeria."), root="16")
    assert e.source.sector == "REB" and e.target.sector == "CVL"
    [e] = find(code_text("The violence has forced tens of thousands of residents to flee."), root="16")
    assert e.target.sector == "CVL"
    assert not find(code_text("The remaining terrorists fled the area."), root="16")
    evs = code_text("Residents of the besieged district could not flee.")
    assert not find(evs, root="13") and all(e.modality != "asserted" for e in find(evs, root="16"))


def test_a_reporter_whose_comma_was_lost_is_no_target(code_text):
    """FA-KES text has lost its commas: 'dropped barrels on Zubdiya the Syrian Observatory for Human Rights said'
    hangs the reporter on the clause before; a mention right before a finite verb of saying with no subject
    is that verb's reporter, not the act's target (a participle is not: 'blocked the inspectors insisting')."""
    [e] = find(
        code_text(
            "Helicopters dropped explosive barrels on the neighbourhoods of Seif al-Dawla and Zubdiya"
            " the Syrian Observatory for Human Rights said."
        ),
        root="19",
    )
    assert e.target is None or e.target.country != "NGO"
    [e] = [
        e
        for e in code_text("The Syrian government blocked the U.N. inspectors insisting that they stay in Damascus.")
        if e.primary
    ]
    assert e.target is not None and e.target.country == "UNO"


def test_what_is_met_or_left_is_no_one(code_text):
    """'met fierce resistance' is no meeting, 'released from the hospital' no one freed; 'met Putin' and
    'released the hostages' stay."""
    assert not find(code_text("The Syrian army met fierce resistance from the rebels."), root="04")
    assert find(code_text("Trump met Putin in Helsinki."), root="04")
    assert not find(code_text("After a three-day stay, President Trump was released from the hospital."), root="08")
    assert find(code_text("The rebels released the hostages from captivity."), root="08")


def test_an_agreement_of_several_is_among_them(code_text):
    """'Canada and the UK agreed to a trade deal': several doers named together agree with each other (a
    pattern marked mutual), and what they agree to do keeps its own target; one doer agrees as before;
    a ceasefire violated by two is not violated against each other (they may be allies)."""
    evs = find(code_text("Canada and the United Kingdom have agreed to a rollover trade deal."), root="03")
    assert {(e.source.country, e.target.country) for e in evs} == {("CAN", "GBR"), ("GBR", "CAN")}
    evs = code_text("Trump and Putin have agreed to share information on North Korea.")
    assert {(e.source.country, e.target.country) for e in find(evs, root="03")} == {("USA", "RUS"), ("RUS", "USA")}
    assert {e.target.country for e in find(evs, root="06")} == {"PRK"}
    [e] = find(code_text("Turkey agreed to a ceasefire in Syria."), root="03")
    assert e.source.country == "TUR"
    evs = find(code_text("Russia and the Assad regime violated the truce 264 times."), root="19")
    assert evs and all(e.target is None for e in evs)


def test_a_that_clause_makes_some_verbs_only_saying(code_text):
    """'recognized that mistakes were made' is no diplomatic recognition, 'conceded that his side needed
    work' no concession; with an object they are ('recognized the independence of Abkhazia')."""
    assert not find(code_text("The Russian minister recognized that mistakes were made."), root="05")
    assert not find(code_text("The Kenyan coach conceded that his side needed to work on some things."), root="08")
    assert find(code_text("Russia recognized the independence of Abkhazia."), root="05")


def test_people_trained_are_the_target(code_text):
    """'trained Libyan soldiers': the people an act of help is done to are its target, where no one else
    receives it ('shared intelligence with the United States' gives intelligence to the United States)."""
    [e] = find(code_text("Egypt trained Libyan soldiers."), root="06")
    assert (e.target.country, e.target.sector) == ("LBY", "MIL")
    [e] = find(code_text("Jordan shared intelligence with the United States."), root="06")
    assert e.target.country == "USA"


def test_saying_someone_committed_a_crime_accuses_them(code_text):
    """'Hollande said Syrian forces had committed a war crime': an accusation (112) of those said to have done it;
    not of one's own side, not where none was committed, and not a clause hung on the report from further on."""
    [e] = find(code_text("French President Francois Hollande said Syrian forces had committed a war crime in Aleppo."), root="11")
    assert e.cameo == "112" and e.source.country == "FRA" and e.target.country == "SYR"
    assert not find(code_text("The Syrian army said it had committed no crime."), root="11")
    assert not find(code_text("ISIS said its fighters committed the massacre."), root="11")
    assert not find(code_text("The UN said it would probe reports opposition fighters committed a massacre."), root="11")
    # calling an attack a war crime in a warning is criticism too
    [e] = find(code_text("An infuriated United Nations warned the attack could amount to a war crime."), root="11")
    assert e.cameo == "111"


def test_a_response_with_force_is_force(code_text):
    """'responded to the shelling with a barrage of mortars': force (190), not a statement; a response in
    words stays one ('responded that the figures were wrong')."""
    [e] = find(code_text("Rebels responded to the shelling with a barrage of mortars on Damascus."), root="19")
    assert e.source.sector == "REB" and e.primary
    assert not find(code_text("The Turkish foreign ministry responded that the figures were wrong."), root="19")


def test_weapons_fired_by_someone_and_joined_passives(code_text):
    """'a rocket shell fired by terrorists': the weapon a participle says was used is its object, and the
    'by' its doer; 'rebels were rounded up and executed by the group': the joined participle is passive too,
    done by the group to the rebels."""
    evs = code_text("Three people were injured by a rocket shell fired by terrorists on the town.")
    assert [e.source.sector for e in evs if e.trigger.text == "fired"] == ["REB"]
    evs = code_text("Around 41 FSA rebels were rounded up and executed by the extremist group.")
    [e] = [e for e in evs if e.trigger.text == "executed"]
    assert e.cameo == "1823" and e.source.text == "the extremist group" and e.target.text == "Around 41 FSA rebels"


def test_a_movement_for_a_purpose_takes_the_purposes_target(code_text):
    """'will send troops to help the Philippines army in its fight against IS': the sending is help (070) to the
    army, not aimed at IS, and so is the promise coded from it."""
    evs = [e for e in code_text("Australia will send troops to help the Philippines army in its fight against Islamic State.")]
    sends = [e for e in evs if e.trigger.text == "send"]
    # the sending itself (future) and the promise coded from it (033, no threat against IS)
    assert sorted(e.cameo for e in sends) == ["033", "070"]
    assert all(e.target.country == "PHL" and e.target.sector == "MIL" for e in sends)


def test_supporting_someone_to_do_something_is_help(code_text):
    """'supported the Burmese people to bring peaceful change': help (070), not endorsement (051)."""
    [e] = [e for e in code_text("The United States has supported the Burmese people to bring peaceful change.") if e.primary]
    assert e.cameo == "070" and e.target.country == "MMR"
    [e] = [e for e in code_text("Russia supported the Syrian government at the United Nations.") if e.primary]
    assert e.cameo == "051"


def test_diplomats_expelled_from_states_target_those_states(code_text):
    evs = find(code_text("Russia said it had expelled diplomats from Poland, Germany and Sweden."), root="16")
    assert {(e.target.text, e.target.country, e.target.sector) for e in evs} == {
        ("Poland", "POL", "GOV"),
        ("Germany", "DEU", "GOV"),
        ("Sweden", "SWE", "GOV"),
    }
    [e] = find(code_text("Russia expelled Polish diplomats from Moscow."), root="16")
    assert e.target.text == "Polish diplomats"
    # (the 'from' hung on those sent, who take their country from it)
    [e] = find(code_text("Nigeria Police withdrew the batch of 200 peacekeepers from Liberia in February."), root="16")
    assert (e.target.text, e.target.country) == ("Liberia", "LBR")


def test_in_protest_at_names_why_not_to_whom(code_text):
    text = "The EU suspended humanitarian aid to Afghanistan in protest at the harassment of aid organisations by the Taliban."
    [e] = find(code_text(text), root="16")
    assert e.target.text == "Afghanistan"
    [e] = find(code_text("Hundreds of families continued their protests against the terrorist organizations."), root="14")
    assert e.target.text == "the terrorist organizations"


def test_who_calls_or_visits_someone_to_do_something_does_it(code_text):
    """'called Erdogan to apologize': a call's or a visit's to-clause is the caller's purpose (not 'ordered
    its troops to attack', where the object acts)."""
    evs = code_text("On Nov. 18, NATO Secretary General Jens Stoltenberg called Erdogan to apologize for the case.")
    [e] = find(evs, root="05")
    assert "Stoltenberg" in e.source.text


def test_earlier_or_later_before_a_name_is_no_part_of_it(code_text):
    [e] = find(code_text("Hours earlier Maduro expelled the top American diplomat."), root="16")
    assert e.source.text == "Maduro"


def test_an_act_noun_read_as_a_gerund_after_a_preposition(code_text):
    """'came under heavy Turkish shelling', 'as a result of today's shelling': the tagger reads the noun as a
    gerund; with a modifier before it and no object of its own it is the act noun."""
    [e] = find(code_text("The Kurdish town of Afrin came under heavy Turkish shelling on Sunday."), root="19")
    assert e.source.country == "TUR" and "Afrin" in e.target.text
    [e] = find(code_text("As a result of today's shelling six people died."), root="19")
    assert e.target.text == "six people"
    # (a gerund with its own subject stays a verb: 'with its troops fighting against rebels')
    evs = find(code_text("The conflict has raged since 2011 with Syrian troops fighting against rebel groups."), root="19")
    assert any(e.source.text == "Syrian troops" for e in evs)


def test_deaths_that_occurred_during_raids_were_caused_by_them(code_text):
    evs = code_text(
        "According to the Observatory, the deaths occurred during overnight raids on a road near the town of Latamina."
    )
    [e] = find(evs, root="19")
    assert e.source.text == "" and e.primary


def test_an_accusation_between_two_named_rivals_of_one_country_stands(code_text):
    """'Biden accused Trump of lying': both are US government, but two names are two sides; 'ISIS said its
    fighters committed the massacre' is still no accusation."""
    [e] = find(code_text("Biden accused Trump of lying."), root="11")
    assert (e.source.text, e.target.text) == ("Biden", "Trump")
    assert not find(code_text("ISIS said its fighters had committed the massacre."), root="11")


def test_disapproval_an_actor_draws_is_aimed_at_it(code_text):
    """'Trump received criticism for the statement': disapproval received, drawn or attracted is aimed at the
    one who draws it, its critics unnamed unless named; not weapons received ('received missiles from the US')."""
    [e] = find(code_text("Trump received criticism for the statement."), root="11")
    assert e.source.text == "" and e.target.text == "Trump"
    [e] = find(code_text("Israel has drawn criticism from the United Nations over the raid."), root="11")
    assert (e.source.text, e.target.text) == ("the United Nations", "Israel")
    assert not find(code_text("Jaysh al Tahrir has received several TOW anti-tank missiles from the US."), root="19")


def test_help_given_to_an_act_of_ones_own_is_that_act(code_text):
    """'Kushner helped broker a deal between Israel and the UAE': the mediation, not help to no one; help to
    someone named stays help ('Russia helped the Syrian army'), and help with an act of no pattern is aimed at
    its object ('helped establish an emerging democratic Afghan government')."""
    evs = code_text("Kushner helped broker a deal establishing diplomatic relations between Israel and the United Arab Emirates.")
    assert not find(evs, root="07") and {e.target.country for e in find(evs, root="04")} == {"ISR", "ARE"}
    [e] = find(code_text("Russia helped the Syrian army."), root="07")
    assert e.target.country == "SYR"
    [e] = find(code_text("President Bush helped establish an emerging democratic Afghan government."), root="07")
    assert e.target.text == "an emerging democratic Afghan government"


def test_a_month_is_no_march(code_text):
    text = "The rebel groups took control of the regime-held stronghold of Idlib in March this year."
    assert not find(code_text(text), root="14")


def test_shells_counted_that_fell_on_a_place(code_text):
    """'Dozens of shells fell overnight on Idlib': force told as happening, seen through its count, aimed at
    the place it fell on."""
    [e] = find(code_text("Dozens of shells fell overnight on Idlib."), root="19")
    assert e.source.text == "" and e.target.text == "Idlib"


def test_a_weather_warning_and_a_guilty_plea_are_no_events(code_text):
    assert not code_text("The NHC issued a hurricane warning in the northwestern Bahamas.")
    assert not code_text("McArthur pleaded guilty to each crime at the Superior Court.")
    assert find(code_text("Kenya issued a warning to the Somali militants."), root="13")


def test_those_an_act_left_hurt_are_its_target(code_text):
    """'the blast left at least 45 people dead and about 30 injured': the participle says what was done to
    them, by the doer of the act that left them so; 'carry the dead and wounded' names those hurt, no act."""
    evs = code_text("A suicide blast in Idlib left at least 45 people dead and about 30 injured.")
    [e] = [e for e in evs if e.rule == "190.injure"]
    assert e.source.text == "" and e.target.text == "at least 45 people"
    [e] = [e for e in code_text("The Russian airstrike left five civilians wounded.") if e.rule == "190.wound"]
    assert e.source.country == "RUS" and e.target.text == "five civilians"
    assert not code_text("Civilians and local security forces worked to carry the dead and wounded from the buildings.")
    # (the act that left them so is aimed at them, where it names no other target)
    [e] = [e for e in code_text("The Russian airstrike left 20 people dead.") if e.primary]
    assert e.source.country == "RUS" and e.target.text == "20 people"
    text = "A shelling of the central neighborhoods of Damascus left six people dead and more than 10 wounded."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.target.text == "the central neighborhoods of Damascus"


def test_a_show_of_force_on_a_border_is_aimed_across_it(code_text):
    [e] = find(code_text("Ankara has massed forces and tanks on its border with Syria."), root="15")
    assert (e.target.text, e.target.country) == ("Syria", "SYR")


def test_a_possessive_doer_named_in_the_sentence_is_told_by_its_name(code_text):
    """'The United States completed its withdrawal of troops from Iraq': the act noun's doer is the subject
    'its' refers to, written as the subject; a thing one owns is still no target ('Togo closed its borders')."""
    [e] = find(code_text("The United States completed its withdrawal of troops from Iraq in December 2011."), root="08")
    assert e.source.text == "The United States"
    [e] = find(
        code_text("The Nigerian Air Force on Wednesday reiterated its commitment to support the Nigeria Police."), root="05"
    )
    assert e.source.text == "The Nigerian Air Force"
    [e] = find(code_text("Togo closed its borders with Benin."), root="19")
    assert e.target.text == "Benin"


def test_a_general_appeal_promise_demand_or_refusal_takes_the_code_of_the_act_it_governs(code_text):
    """'refused to surrender' (124x, not 120), 'promised to release the hostages' (0353, not 030), 'urged the
    rebels to surrender' (025x, not 020); a demand made of someone is aimed at them ('demanded that the US
    lift sanctions'), and whom one calls on is to act ('called on Russia to halt its offensive')."""
    [e] = [e for e in code_text("The rebels refused to surrender.") if e.primary]
    assert e.cameo.startswith("124")
    [e] = [e for e in code_text("Hamas promised to release the hostages.") if e.primary]
    assert e.cameo == "0353"
    [e] = [e for e in code_text("The army urged the rebels to surrender.") if e.primary]
    assert e.cameo.startswith("025")
    [e] = [e for e in code_text("Iran demanded that the US lift sanctions.") if e.primary]
    assert e.cameo.startswith("10") and e.target.text == "the US"
    evs = code_text("The UN called on Russia to halt its offensive.")
    [e] = [e for e in evs if e.rule == "087.halt.o-offensive"]
    assert e.source.text == "Russia" and e.modality == "hypothetical"


def test_fighting_terrorism_together_is_no_fight_between_the_fighters(code_text):
    """'Russia and China vowed to fight terrorism together': terrorism is an ill fought, no one's target,
    and 'together' makes allies of those named, not enemies; 'Armenia and Azerbaijan fought' stays mutual."""
    evs = code_text("Russia and China vowed to fight terrorism together.")
    assert not find(evs, root="19") and not any(e.cameo.startswith("13") for e in evs)
    evs = code_text("Russia and China vowed to fight the Islamic State together.")
    assert not any(e.target is not None and {e.source.country, e.target.country} == {"RUS", "CHN"} for e in evs)
    evs = find(code_text("Armenia and Azerbaijan fought over Nagorno-Karabakh."), root="19")
    assert {(e.source.country, e.target.country) for e in evs} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_test_firing_an_own_mission_and_a_dispersal(code_text):
    """'test-fired a ballistic missile' is a show of force (150), no attack; closing one's own embassy is
    aimed at its host ('closed its embassy in Somalia'); force used to disperse protesters is aimed at them."""
    [e] = [e for e in code_text("Iran test-fired a ballistic missile.") if e.primary]
    assert e.cameo == "150"
    [e] = find(code_text("Kenya closed its embassy in Somalia."), root="16")
    assert (e.target.text, e.target.country) == ("Somalia", "SOM")
    [e] = find(code_text("Russia closed the American consulate in Vladivostok."), root="16")
    assert e.target.country == "USA"
    [e] = [e for e in code_text("Police used tear gas to disperse the protesters.") if e.primary]
    assert e.cameo.startswith("17") and e.target.text == "the protesters"


def test_a_blast_near_an_actors_site_is_aimed_at_it(code_text):
    """'A car bomb exploded near the police headquarters in Mogadishu': force told as happening at a site an
    actor holds is aimed at that actor; a site of no one ('near the al-Jafra area') names no target."""
    [e] = find(code_text("A car bomb exploded near the police headquarters in Mogadishu."), root="18")
    assert e.target.sector == "COP"
    [e] = find(code_text("Gunmen abducted 300 schoolgirls from a school in Zamfara."), root="18")
    assert e.target.text == "300 schoolgirls"


def test_a_subject_hidden_after_according_to_by_a_lost_comma(code_text):
    """FA-KES loses commas: 'According to SANA al-Nusra militants tried to attack ...' and 'According to
    report ISIS has executed ...' name the doer after the reporter; an act there stays no doer ('According
    to the Observatory heavy bombardment has battered the province')."""
    [e] = find(code_text("According to report ISIS has executed 20 civilians in Raqqa."), root="18")
    assert e.source.text == "ISIS"
    [e] = find(code_text("According to SANA news agency terrorists fired rocket shells on the neighborhood."), root="19")
    assert e.source.text == "terrorists"
    # (and where the parse reads reporter and doer as one phrase)
    [e] = find(code_text("According to the Observatory regime forces killed 12 rebels."), root="19")
    assert e.source.text == "regime forces"
    evs = code_text("According to the Observatory heavy bombardment has battered the northwest province in recent days.")
    assert all(e.source.text == "" for e in find(evs, root="19"))


def test_a_patterns_preposition_read_as_the_mark_of_a_clause_after_the_object(code_text):
    text = "Shinzo Abe has pushed the Congress in Japan for the Constitution to be revised by 2020."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.rule == "020.push.for" and e.target.text == "the Congress"


def test_a_site_told_by_the_place_it_is_in(code_text):
    """'withdrew peacekeepers from another position in Syria', 'sanctions against the entities in Uganda':
    a site no dictionary names is the target, written as the whole phrase, coded as its place's state; where
    the act's own clause names the place, the place stays the target ('bombarded villages in Idlib')."""
    [e] = find(code_text("UNDOF withdrew peacekeepers from another position in Syria."), root="16")
    assert (e.target.text, e.target.country) == ("another position in Syria", "SYR")
    [e] = find(code_text("The EU called for sanctions against the entities in Uganda responsible for the abuses."), root="10")
    assert (e.target.text, e.target.country) == ("the entities in Uganda", "UGA")
    [e] = find(code_text("Russian jets bombarded villages in Idlib."), root="19")
    assert e.target.text == "Idlib"


def test_an_offensive_one_is_on(code_text):
    """'went on the offensive', 'have been on the offensive': the subject's act of force; the act noun taken
    part in is not its own target ('in Deir ez-Zor' is)."""
    [e] = find(code_text("The Syrian army went on the offensive in Deir ez-Zor."), root="19")
    assert (e.source.text, e.target.text) == ("The Syrian army", "Deir ez-Zor")
    [e] = find(code_text("Lately Syrian forces have been on the offensive."), root="19")
    assert e.source.text == "Syrian forces" and e.target is None


def test_a_couple_of_bombings_took_place(code_text):
    """'a couple of suicide bombings took place in Tunis': acts counted by 'couple', 'pair' or 'handful' are
    told as happening, as a series of them is."""
    [e] = find(code_text("A couple of suicide bombings took place in Tunis last month."), root="18")
    assert e.cameo == "1831" and e.source.text == "" and e.modality == "asserted"


def test_force_aimed_at_a_named_target_by_no_one_named(code_text):
    """'after air strikes on the al-Qaterji neighbourhood': an act of force aimed at a named target is coded with
    an unnamed doer; not where it names no target it can code, nor a date ('strikes on Oct. 18'), nor where it
    is the means of another act of force ('killed in air strikes on a market', 'fired shells on the town')."""
    text = "A man runs with a stretcher after air strikes on the opposition-held al-Qaterji neighbourhood of Aleppo."
    [e] = find(code_text(text), root="19")
    assert e.primary and e.source.text == "" and e.target.country == "SYR" and "neighbourhood" in e.target.text
    assert not find(code_text("Moscow declared a pause in strikes on Oct. 18."), root="19")
    [e] = find(code_text("Eleven civilians were killed in air strikes on a market in Idlib."), root="19")
    assert e.cameo == "190" and e.target.text == "Eleven civilians"
    [e] = find(code_text("Al-Nusra terrorists fired shells on the Midan neighborhood in Damascus."), root="19")
    assert e.source.text == "Al-Nusra terrorists"


def test_blamed_on_and_considered_by(code_text):
    """'blamed it on rebels', 'blamed the downing of the plane on Israel': whom an act is put down to is the
    target (the 'on' of what is blamed is no attack on them); 'is considered a terrorist group by the Syrian
    government': the 'by' hung on the predicate names who judges, the passive subject whom."""
    [e] = find(code_text("Damascus blamed it on rebels."), root="11")
    assert (e.source.country, e.target.text) == ("SYR", "rebels")
    evs = code_text("Russia blamed the downing of the plane on Israel.")
    [e] = find(evs, root="11")
    assert e.target.country == "ISR"
    evs = code_text("Damascus blamed the attack on rebels.")
    assert not find(evs, root="19") and find(evs, root="11")[0].target.text == "rebels"
    [e] = find(code_text("Jaish al-Islam is considered a terrorist group by the Syrian government."), root="11")
    assert (e.source.text, e.target.text) == ("the Syrian government", "Jaish al-Islam")


def test_passive_investigation_and_threat_by_no_one_named(code_text):
    """'is being investigated for corruption', 'was threatened with death': as with disapproval, a passive
    investigation or threat names its target and an unnamed doer; one of no one named is no event."""
    [e] = find(code_text("The minister is being investigated for corruption."), root="09")
    assert e.source.text == "" and e.target.text == "The minister"
    [e] = find(code_text("The journalist was threatened with death."), root="13")
    assert e.source.text == "" and e.target.text == "The journalist"
    assert not find(code_text("The plan was rejected."), root="12")


def test_passive_named_object_is_aimed_by_its_preposition(code_text):
    """'sanctions were imposed on Iran': the pattern's object as the passive subject is no target; whom it is
    aimed at is; 'an investigation was launched against the minister': an act noun's passive light verb with
    no agent has an unnamed doer, as a passive verb of disapproval does."""
    [e] = find(code_text("New sanctions were imposed on Russia by the EU."), root="16")
    assert (e.source.text, e.target.text) == ("the EU", "Russia")
    [e] = find(code_text("Sanctions were imposed on Iran."), root="16")
    assert e.source.text == "" and e.target.country == "IRN"
    [e] = find(code_text("An investigation was launched against the minister."), root="09")
    assert e.source.text == "" and e.target.text == "the minister"


def test_responsibility_held_borne_and_claimed(code_text):
    """'held the regime responsible' (the predicate read as an adjective after the object) and 'said Russia
    bears responsibility for the attack' are accusations (112); 'ISIS said it was responsible for the attack'
    claims its own act (015), and calling on the UN to shoulder its responsibilities is an appeal."""
    [e] = [e for e in code_text("The opposition held the regime responsible for the massacre.") if e.primary]
    assert (e.cameo, e.target.text) == ("112", "the regime")
    [e] = [e for e in code_text("The US said Russia bears responsibility for the attack.") if e.primary]
    assert (e.cameo, e.target.country) == ("112", "RUS")
    [e] = [e for e in code_text("ISIS said it was responsible for the attack.") if e.primary]
    assert e.cameo == "015" and e.source.text == "ISIS"
    text = "The Syrian Coalition called upon the UN Security Council to shoulder its responsibilities."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo.startswith("02")


def test_a_date_is_no_object_of_a_patterns_preposition(code_text):
    """'called ... on Tuesday' calls on no one, 'blamed ... on Wednesday' blames no one on it; whom one calls on
    after a date is still the one to act ('The EU on Monday called on Serbia to recognise the vote')."""
    text = "US President Donald Trump on Tuesday called Britain's ambassador to the United States a very stupid guy."
    assert not any(e.rule == "020.call.on" for e in code_text(text))
    evs = code_text("The EU on Monday called on Serbia to recognise the vote.")
    [e] = [e for e in evs if e.cameo == "054"]
    assert e.source.country == "SRB"
    evs = find(code_text("Putin and Erdogan agreed on Thursday to step up efforts to establish a safe zone."), root="03")
    assert {(e.rule, e.source.country) for e in evs} == {("030.agree.to.verb", "RUS"), ("030.agree.to.verb", "TUR")}


def test_a_possessive_an_act_was_done_to(code_text):
    """'Navalny's arrest', 'Khashoggi's killing': the possessive of an act noun like arrest or killing, with no
    'of' object, is whom it was done to (by someone unnamed); with one, it is the doer ('Russia's arrest of
    Navalny')."""
    [e] = find(code_text("Navalny's arrest sparked protests."), root="17")
    assert e.source.text == "" and e.target.text == "Navalny"
    [e] = find(code_text("The world remained silent over Khashoggi's killing."), root="19")
    assert e.source.text == "" and e.target.text == "Khashoggi"
    [e] = find(code_text("Russia's arrest of Navalny sparked protests."), root="17")
    assert (e.source.country, e.target.text) == ("RUS", "Navalny")


def test_an_act_condemned_in_the_passive_is_aimed_at_its_doer(code_text):
    """'Saudi Arabia's killing of Khashoggi was condemned': disapproval of an act is aimed at its doer, by
    someone unnamed (it was coded as Saudi Arabia condemning Khashoggi); lifting one's own sanctions stays the
    imposer's act ('UN sanctions against Iran were lifted')."""
    [e] = find(code_text("Saudi Arabia's killing of Khashoggi was condemned."), root="11")
    assert e.source.text == "" and e.target.country == "SAU"
    [e] = find(code_text("UN sanctions against Iran were lifted."), root="08")
    assert (e.source.text, e.target.country) == ("UN", "IRN")


def test_force_aimed_by_a_preposition_hung_on_what_is_used(code_text):
    """'dropped six barrels containing chlorine gas on the town of Saraqeb': the 'on' the parse hangs on the
    clause describing what was dropped names the target."""
    [e] = find(code_text("A regime helicopter dropped six barrels containing chlorine gas on the town of Saraqeb."), root="19")
    assert e.target.text == "the town of Saraqeb" and e.target.country == "SYR"


def test_two_sides_joined_as_modifiers_of_one_noun(code_text):
    """'clashes broke out between IS and regime forces': the parse joins the sides as modifiers of 'forces';
    each is a side of the clash, the first as written alone, the second with the noun."""
    evs = find(code_text("Clashes broke out between IS and regime forces."), root="19")
    assert {(e.source.text, e.target.text) for e in evs} == {("IS", "regime forces"), ("regime forces", "IS")}
    evs = find(code_text("Fighting erupted between government and opposition forces."), root="19")
    assert {e.source.sector for e in evs} == {"GOV", "OPP"}
    # (a people the dictionaries give no state is a side with the noun's sector)
    evs = find(code_text("Fierce clashes between ISIS and Kurdish forces continued in Hasakeh."), root="19")
    assert {(e.source.text, e.source.sector) for e in evs} == {("ISIS", "REB"), ("Kurdish forces", "MIL")}


def test_an_insult_in_apposition_to_the_one_called(code_text):
    """'called Britain's ambassador to the United States a very stupid guy', parsed with the ambassador as the
    predicate and the insult in apposition to it: an insult (111) aimed at the ambassador."""
    text = "US President Donald Trump on Tuesday called Britain's ambassador to the United States a very stupid guy."
    [e] = [e for e in code_text(text) if e.primary]
    assert e.cameo == "111" and e.target.country == "GBR"


def test_an_act_named_as_what_happened_is_reported_as_done(code_text):
    """'it was a suicide bomb attack', 'the explosion was a car bomb attack': the act noun after 'be' whose
    subject is the act itself reports an act by someone unnamed; 'it' is no doer; 'it was not an attack' is none."""
    [e] = [e for e in code_text("It was a suicide bomb attack.") if e.primary]
    assert e.cameo.startswith("18") and not e.source.text
    text = "The blast hit Qamishli on Monday. It was the largest attack to hit the city since 2011."
    [e] = [e for e in code_text(text) if e.rule == "190.attack.noun"]
    assert not e.source.text
    assert not find(code_text("It was not an attack."), root="19")
    assert not find(code_text("Assad is a war criminal."), root="18")


def test_a_date_read_as_the_subject_gives_way_to_the_name_beside_it(code_text):
    """'In mid-August, Kushner, ... helped broker a deal': the tokenizer splits 'mid-August' and the parser
    makes the date the subject, the name its apposition."""
    text = "In mid-August, Kushner, on behalf of the White House, helped broker a deal between Israel and the UAE."
    [e, *_] = [e for e in code_text(text) if e.rule == "045.broker"]
    assert e.source.text == "Kushner" and e.source.country == "USA"


def test_acts_heard_happened(code_text):
    """'explosions were heard in the town', 'sounds of fighting were heard': reported as happening, by someone
    unnamed; a case heard by a court is no act."""
    [e] = [e for e in code_text("Explosions were heard in the town.") if e.primary]
    assert e.cameo.startswith("18") and not e.source.text
    [e] = [e for e in code_text("Sounds of fighting were heard in Aleppo, the Observatory said.") if e.primary]
    assert e.cameo.startswith("19")
    assert not code_text("The case was heard by the court.")


def test_an_opening_clause_that_swallowed_the_subject(code_text):
    """'After marathon talks in Geneva John Kerry and Sergei Lavrov said ...': with the comma lost, the parser
    reads the opening clause's noun as the main verb's subject and the speakers as its object's conjuncts."""
    text = "After marathon talks in Geneva John Kerry and Sergei Lavrov said a ceasefire would begin Monday."
    sources = {e.source.name for e in code_text(text) if e.cameo.startswith("01")}
    assert {"John Kerry", "Sergei Lavrov"} <= sources
    evs = code_text("Elsewhere in Syria opposition groups and government forces battled around a power plant.")
    assert {e.source.sector for e in evs if e.cameo_root == "19"} == {"OPP", "MIL"}


def test_a_relative_pronoun_stands_for_what_a_passive_was_done_to(code_text):
    [e] = [e for e in code_text("Civilians who were evacuated by the Red Crescent arrived in Idlib.") if e.cameo == "073"]
    assert e.target.text == "Civilians" and e.source.text == "the Red Crescent"


def test_an_act_ordered_done_is_the_orderers_and_not_yet_done(code_text):
    """'the court ordered the prisoners to be released': a release by the court, to the prisoners, ordered
    and not reported done (also where the parser reads the order's object as the clause's own subject)."""
    [e] = [e for e in code_text("The court ordered the prisoners to be released.") if e.cameo == "0841"]
    assert e.source.sector == "JUD" and e.target.text == "the prisoners" and e.modality == "hypothetical"
    [e] = [e for e in code_text("The judge ordered the journalist to be detained.") if e.cameo == "173"]
    assert e.source.text == "The judge" and e.target.text == "the journalist" and e.modality == "hypothetical"
    # (a passive with no one ordering it keeps its unnamed doer)
    [e] = [e for e in code_text("The journalist was detained.") if e.cameo == "173"]
    assert not e.source.text and e.modality == "asserted"


def test_a_politician_attacking_another_attacks_in_words(code_text):
    """'Biden attacked Trump on paying fewer taxes': criticism (111), not force; a gunman attacking a police
    officer, or a state another state, uses force."""
    [e] = [e for e in code_text("Biden attacked Trump on paying fewer taxes.") if e.primary]
    assert e.cameo == "111"
    [e] = [e for e in code_text("Democrats continued to attack Trump on his taxes.") if e.primary]
    assert e.cameo == "111"
    [e] = [e for e in code_text("The gunman attacked the police officer.") if e.primary]
    assert e.cameo == "190"
    [e] = [e for e in code_text("Russia attacked Ukraine.") if e.primary]
    assert e.cameo == "190"


def test_a_brokered_truce_is_mediation_by_its_brokers(code_text):
    """'a UN-brokered truce between the Houthis and the government': the UN mediates between the sides (045);
    it declares no truce of its own."""
    evs = code_text("A UN-brokered truce between the Houthis and the government collapsed.")
    assert {(e.cameo, e.source.country, e.target.sector) for e in evs} == {("045", "UNO", "REB"), ("045", "UNO", "GOV")}
    [e] = code_text("A Russian-brokered ceasefire came into force on Monday.")
    assert e.cameo == "045" and (e.source.country, e.source.sector) == ("RUS", "GOV")


def test_two_states_joined_by_a_hyphen_are_the_sides(code_text):
    """'US-Russian talks on Syria': the United States and Russia talk, each with the other (not Russia with
    Syria); 'Russian-Turkish talks were held in Moscow' (not Turkey with Moscow)."""
    evs = code_text("On Monday, US-Russian talks on Syria resumed in Geneva.")
    assert {(e.source.country, e.target.country) for e in evs if e.cameo == "040"} == {("USA", "RUS"), ("RUS", "USA")}
    evs = code_text("On Monday, Russian-Turkish talks were held in Moscow.")
    assert {(e.source.country, e.target.country) for e in evs if e.cameo == "040"} == {("RUS", "TUR"), ("TUR", "RUS")}
    evs = code_text("On Monday, a US-Russian brokered truce took effect.")
    assert {e.source.country for e in evs if e.cameo == "045"} == {"USA", "RUS"}


def test_civilians_named_before_an_act_of_force_are_its_victims(code_text):
    """'a civilian massacre': whom it was done to, by someone unnamed; 'civilian protests' are by civilians."""
    [e] = [e for e in code_text("Civilian massacre in Syrian province took place over the weekend.") if e.primary]
    assert e.cameo == "202" and not e.source.text
    [e] = [e for e in code_text("Civilian protests erupted in Daraa.") if e.primary]
    assert e.source.sector == "CVL"
