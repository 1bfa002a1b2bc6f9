"""Name rules of round 17 (the lead's), each proven on invented articles: money written with a
currency's letters, acronyms introduced in words, legal forms written out or abbreviated,
adverbs opening a sentence, and a nickname with a family name written first."""

from __future__ import annotations

import pytest
from invented import bound, local_kinds
from invented import corpus_entities as _corpus
from invented import entity_of as _entity_of


def test_a_currency_s_letters_glued_to_an_amount_are_no_name():
    text = ("The fund lost RM1.2 billion, and a further RM980 million went missing. Traders paid GH¢18 "
            "million and HK$40 million to the Orwell Trading Board. The M23 rebels were not involved.")
    names = local_kinds(text)
    assert not any(name.startswith(("RM", "GH", "HK")) for name in names), names
    assert "Orwell Trading Board" in names
    assert "M23" in names  # letters and a figure with no currency's letters stay a name


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("The National Electoral Institute, known by its Spanish acronym INE, said the count was clean. "
         "INE officials opened 40 boxes.", "National Electoral Institute", "INE"),
        ("The Office of the Federal Prosecutor (FGR, for its Spanish initials) filed charges on Monday.",
         "Office of the Federal Prosecutor", "FGR"),
        ("The Workers' Party (PT in Portuguese) won the runoff in the state.", "Workers' Party", "PT"),
        ("Ana Lucía Varela Soto, known by her initials ALVS, resigned on Friday.", "Ana Lucía Varela Soto", "ALVS"),
    ],
)
def test_an_acronym_introduced_in_words_is_an_alias(text, name, acronym):
    assert bound(text).get(acronym) == name


def test_an_acronym_in_one_language_or_another_both_alias_the_name():
    text = ("Kestria's graft body, the Office Against Corruption, known by its Kestrian acronym UPK or in "
            "English as the OAC, arrested two officials. The UPK said more arrests would follow.")
    found = bound(text)
    assert found.get("UPK") == "Office Against Corruption"
    assert found.get("OAC") == "Office Against Corruption"


def test_an_acronym_phrase_without_an_acronym_adds_nothing():
    text = "The Harbour Workers Union, known by its Spanish acronym, which few remember, struck on Monday."
    names = local_kinds(text)
    assert set(names) == {"Harbour Workers Union"}


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Harimau Timber Berhad", "Harimau Timber Bhd"),
        ("Kestrel Holdings Limited", "Kestrel Holdings Ltd"),
        ("Tasman Mining Proprietary Limited", "Tasman Mining Pty Ltd"),
        ("Golden Reef Advisory Sdn Bhd", "Golden Reef Advisory"),
        ("Anadolu Yapı Anonim Şirketi", "Anadolu Yapı A.Ş."),
    ],
)
def test_a_company_s_legal_form_written_out_or_abbreviated_is_one_company(tmp_path, long, short):
    entities = _corpus(tmp_path, {
        "a.txt": f"Harbour Town, May 2\n\nThe contract went to {long} last year, officials said.\n",
        "b.txt": f"Harbour Town, May 3\n\nAuditors said {short} was paid twice for the same work.\n",
    })
    company = _entity_of(entities, long)
    assert company is not None and company["kind"] == "organization"
    assert _entity_of(entities, short) is company


def test_companies_that_share_a_legal_form_stay_apart(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Harbour Town, May 2\n\nKestrel Holdings Berhad sold its stake to Kestrel Logistics Berhad.\n",
        "b.txt": "Harbour Town, May 3\n\nKestrel Holdings Bhd denied that Kestrel Logistics Bhd had overpaid.\n",
    })
    holdings, logistics = _entity_of(entities, "Kestrel Holdings Berhad"), _entity_of(entities, "Kestrel Logistics Berhad")
    assert holdings is not None and logistics is not None and holdings is not logistics


@pytest.mark.parametrize("adverb", ["Earlier", "Later", "Afterwards", "Separately", "Overall", "Eventually"])
def test_an_adverb_opening_a_sentence_is_not_part_of_the_name_after_it(adverb):
    names = local_kinds(f"The inquiry opened in March. {adverb} Tomas Varga told reporters he had resigned.")
    assert "Tomas Varga" in names
    assert not any(name.startswith(adverb) for name in names), names


@pytest.mark.parametrize(
    "introduction",
    [
        'Tan Boon Huat, better known as "Eddie" Tan, ran the shell companies.',
        'Prosecutors named Tan Boon Huat, 51, whom bankers in Penang call "Eddie".',
        'Prosecutors named the financier Tan Boon Huat, whom colleagues call "Eddie".',
    ],
)
def test_a_nickname_before_a_family_name_written_first_is_that_person(introduction):
    found = bound(introduction + " Eddie Tan denied any wrongdoing on Tuesday. Tan said he would appeal.")
    assert found.get("Eddie") == "Tan Boon Huat"
    assert found.get("Eddie Tan") == "Tan Boon Huat"
    assert found.get("Tan") == "Tan Boon Huat"


def test_a_name_sharing_a_family_name_without_the_nickname_stays_another_person():
    found = bound("Tan Boon Huat ran the shell companies. Eddie Tan, a lawyer, represented the bank.")
    assert found.get("Eddie Tan") == "Eddie Tan"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The letter named Merit Tamm, chief executive of Norvik Data, as its author.", "Merit Tamm"),
        ("The appeal was signed by Orla Brennick, director of Patients for Fair Prices, on Monday.", "Orla Brennick"),
        ("Tiiu Saarep, 47, lost her shop in the fire.", "Tiiu Saarep"),
        ("Among the witnesses was the marathon runner Abebe Tessemu.", "Abebe Tessemu"),
        ("The station's inspector, Kaveri Ramaswamy, was suspended pending the inquiry.", "Kaveri Ramaswamy"),
    ],
)
def test_a_person_is_told_by_a_bare_role_an_age_or_an_occupation(text, name):
    assert local_kinds(text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The statue was returned to the Harbour Valley Museum in May.", "Harbour Valley Museum"),
        ("The jets were leased from Kilbarron Aircraft Leasing last year.", "Kilbarron Aircraft Leasing"),
        ("The cocoa was bought by Nkabom Produce Enterprise at the border.", "Nkabom Produce Enterprise"),
        ("The grant came from the Lindqvist County Government in March.", "Lindqvist County Government"),
    ],
)
def test_an_organization_is_told_by_its_head_word(text, name):
    assert local_kinds(text).get(name) == "organization"


def test_a_role_after_a_relative_pronoun_describes_no_name():
    text = "Police seized the superyacht Morskaya Volna, a 70-metre vessel which investigators say belongs to a senator."
    assert local_kinds(text).get("Morskaya Volna") != "person"


def test_a_role_an_organization_may_hold_needs_an_article_to_make_a_person():
    assert local_kinds("The contract went to Norvik Data, owner of the cable network.").get("Norvik Data") != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two trains collided near Tembura Junction before dawn.", "Tembura Junction"),
        ("Engineers opened the gates of the Kalindi Dam on Sunday.", "Kalindi Dam"),
        ("Residents of Noorbagh Colony were moved to schools.", "Noorbagh Colony"),
        ("Protesters marched down Avenida dos Ipês to the palace.", "Avenida dos Ipês"),
    ],
)
def test_a_place_is_told_by_its_head_word(text, name):
    assert local_kinds(text).get(name) == "place"


def test_a_surname_that_is_also_a_landform_stays_a_person_s():
    assert local_kinds("The agency's director, Helen Marsh, resigned on Friday.").get("Helen Marsh") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Staatsanwaltschaft Kellberg opened an inquiry on Monday.", "Staatsanwaltschaft Kellberg"),
        ("Volunteers of the Feuerwehr Brunnwald cleared the road.", "Feuerwehr Brunnwald"),
    ],
)
def test_an_organization_is_told_by_a_head_word_in_its_own_language(text, name):
    assert local_kinds(text).get(name) == "organization"


def test_a_capitalised_central_european_legal_form_is_left_out_when_names_are_compared(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Harbour Town, May 2\n\nThe contract went to Hajdú Építő Zrt. last year, officials said.\n",
        "b.txt": "Harbour Town, May 3\n\nAuditors said Hajdú Építő was paid twice for the same work.\n",
    })
    company = _entity_of(entities, "Hajdú Építő Zrt.")
    assert company is not None and _entity_of(entities, "Hajdú Építő") is company
    assert company["kind"] == "organization"


@pytest.mark.parametrize("legal_form", ["s.r.o.", "d.o.o.", "a.s."])
def test_a_dotted_lower_case_legal_form_makes_the_name_before_it_a_company(legal_form):
    text = f"The contract went to Vltava Stavby {legal_form} last year, officials said."
    assert local_kinds(text).get("Vltava Stavby") == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The letter named Lykourgos Kalogeras, head of the olive cooperative, as its author.", "Lykourgos Kalogeras"),
        ("Witnesses included T. Venkatamuni and the clerk's deputy.", "T. Venkatamuni"),
        ("For Thandeka Mbatha, whose husband was among the miners, the wait was long.", "Thandeka Mbatha"),
        ("Sigrún Hallsteinsdóttir, who runs the bakery on the harbour, was among the first.", "Sigrún Hallsteinsdóttir"),
        ("The form was filed for Anne-Sophie Brunelle in March.", "Anne-Sophie Brunelle"),
    ],
)
def test_a_person_is_told_by_a_head_an_initial_a_family_a_trade_or_a_double_given_name(text, name):
    assert local_kinds(text).get(name) == "person"


def test_a_whose_clause_after_an_association_s_name_is_not_said_of_it():
    text = ("\"It was chaos,\" said Rosa Amaral of the patients' association Doentes Juntos, whose mother's "
            "operation was cancelled twice.")
    assert local_kinds(text).get("Doentes Juntos") != "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Residents in Tarvoka said the water was dirty.", "Tarvoka", "place"),
        ("The Swedish regions Skane and Hallvik said they were checking their systems.", "Hallvik", "place"),
        ("FIGB, the Italian boxing federation, said it had not received a request.", "FIGB", "organization"),
        ("The weather bureau PAGASO said winds reached 185 kilometres per hour.", "PAGASO", "organization"),
        ("Rain fell across Southeast Velloria on Monday.", "Southeast Velloria", "place"),
    ],
)
def test_one_word_that_speaks_is_not_a_person_when_it_is_a_place_or_an_acronym(text, name, kind):
    assert local_kinds(text).get(name) == kind


def test_a_surname_that_speaks_is_still_its_person():
    assert bound("Ana Okonkwo met the families. Okonkwo said the water was dirty.").get("Okonkwo") == "Ana Okonkwo"


@pytest.mark.parametrize("outlet", ["Pacific Rim Wire", "Lagos Business Daily", "Harbour Ledger", "Sierra Dispatch"])
def test_a_news_outlet_s_name_is_an_organization(outlet):
    assert local_kinds(f"The minister told the {outlet} on Monday that the port would reopen.").get(outlet) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tan Wei Ming was charged on Monday.", "Tan Wei Ming"),
        ("Investors sued Wang Jianguo in Shanghai.", "Wang Jianguo"),
        ("Investors sued Park Min-jae in Seoul.", "Park Min-jae"),
    ],
)
def test_a_name_opening_with_a_common_east_asian_family_name_is_a_person_s(text, name):
    assert local_kinds(text).get(name) == "person"


def test_a_family_name_opening_a_place_or_a_body_s_name_does_not_make_a_person():
    kinds = local_kinds("Officials of the Lee Foundation met in Hong Kong.")
    assert kinds.get("Lee Foundation") == "organization" and kinds.get("Hong Kong") == "place"


@pytest.mark.parametrize("name", ["Thandeka Mbatha", "Kwabena Asante", "Tigist Haileselassie", "Mads Kjeldgaard",
                                  "Zsuzsanna Varga", "Somchai Rattanakorn"])
def test_given_names_of_more_regions_make_a_person(name):
    assert local_kinds(f"The report was filed for {name} in March.").get(name) == "person"


def test_peoples_and_nationality_adjectives_are_no_entities():
    names = local_kinds("Nigerien troops and Fulani herders met Hausa traders near the Philippine embassy in Tarvoka.")
    assert not {"Nigerien", "Fulani", "Hausa", "Philippine"} & set(names), names
    assert local_kinds("Officials said Tamil Nadu voted on Monday.").get("Tamil Nādu") == "place"  # (the gazetteer's spelling)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Velka 4th High Criminal Court sentenced him on Monday.", "Velka 4th High Criminal Court"),
        ("The appeal went to the Orvale 2nd Civil Chamber in May.", "Orvale 2nd Civil Chamber"),
    ],
)
def test_an_ordinal_inside_a_name_is_part_of_it(text, name):
    assert local_kinds(text).get(name) == "organization"


@pytest.mark.parametrize("full", ["Korvex Security", "Velmora International"])
def test_a_company_s_first_word_is_its_short_form_when_its_last_word_marks_a_company(tmp_path, full):
    short = full.split()[0]
    entities = _corpus(tmp_path, {
        "a.txt": f"Harbour Town, May 2\n\nThe audit was done by {full}, the ministry said on Monday.\n",
        "b.txt": f"Harbour Town, May 3\n\nInvestigators at {short} found the stolen records on a server.\n",
    })
    company = _entity_of(entities, full)
    assert company is not None and company["kind"] == "organization"
    assert _entity_of(entities, short) is company


def test_a_title_before_a_name_with_security_in_it_stays_a_person_s():
    names = local_kinds("Secretary of Security Omar Vidal Harro has intensified operations.")
    assert not any(kind == "organization" and "Harro" in name for name, kind in names.items()), names


def test_a_body_named_with_its_place_is_also_written_without_it(tmp_path):
    entities = _corpus(tmp_path, {
        "a.txt": "Harbour Town, May 2\n\nThe Inspetoria dos Portos da Bahia, the navy's harbour office for the "
                 "state, said the boat was overloaded.\n",
        "b.txt": "Harbour Town, May 3\n\nThe boat carried 130 people, according to documents from the Inspetoria "
                 "dos Portos, the navy's harbour office in Bahia. On Tuesday the Inspetoria dos Portos suspended "
                 "the operator's licence.\n",
    })
    body = _entity_of(entities, "Inspetoria dos Portos da Bahia")
    assert body is not None and _entity_of(entities, "Inspetoria dos Portos") is body


def test_an_acronym_glossed_before_the_sentence_s_verb_is_the_glossed_body_s():
    found = bound("VELFOR, the National Forest Service, had nine brigades on the hill. Later VELFOR asked for planes.")
    assert found.get("VELFOR") == "National Forest Service"


def test_an_acronym_in_a_list_of_bodies_is_not_glossed_by_the_next_item():
    found = bound("Inspectors from OKRA, the Harbour Safety Board, and the Coast Guard met on Monday.")
    assert found.get("OKRA") != "Harbour Safety Board"
