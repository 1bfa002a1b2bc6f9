"""Spelling rules of stop 18: one person or company written in two transliterations by two
outlets is one entity; people whose names differ in more than a spelling stay apart.
Each rule on invented articles with invented names."""

from __future__ import annotations

import pytest
from invented import corpus_entities, entity_of, local_kinds


def test_kazakh_names_in_two_romanisations_are_one_person(tmp_path):
    # Ye-/E- in the given name, a doubled consonant and y/i in the surname
    entities = corpus_entities(tmp_path, {
        "a.txt": "Ekibastuz, March 2\n\nLabour minister Yerzhan Baitursynov visited the smelter on Monday. "
                 "Baitursynov said the furnace would stay shut. The foreman, Timur Khabaidullin, showed him "
                 "the damage.\n",
        "b.txt": "Ekibastuz, March 3\n\nMinister Erzhan Baitursynnov ordered an inspection of the smelter. "
                 "Timur Khabaydullin, a foreman, said the alarms had failed twice.\n",
    })
    minister = entity_of(entities, "Yerzhan Baitursynov")
    assert minister is not None
    assert entity_of(entities, "Erzhan Baitursynnov") is minister
    foreman = entity_of(entities, "Timur Khabaidullin")
    assert foreman is not None and foreman is not minister
    assert entity_of(entities, "Timur Khabaydullin") is foreman


def test_a_wife_a_sister_and_a_brother_keep_their_own_entities(tmp_path):
    entities = corpus_entities(tmp_path, {
        "a.txt": "Ekibastuz, March 2\n\nThe foreman Timur Khabaidullin was injured on Monday. His wife, Dinara "
                 "Khabaidullina, said he had warned the managers. His brother Ruslan Khabaidullin works "
                 "the night shift.\n",
        "b.txt": "Ekibastuz, March 3\n\nTimur Khabaydullin, a foreman, is in hospital. Dinara Khabaydullina "
                 "asked for an inquiry.\n",
    })
    timur = entity_of(entities, "Timur Khabaidullin")
    dinara = entity_of(entities, "Dinara Khabaidullina")
    ruslan = entity_of(entities, "Ruslan Khabaidullin")
    assert timur is not None and dinara is not None and ruslan is not None
    assert len({id(timur), id(dinara), id(ruslan)}) == 3
    assert entity_of(entities, "Timur Khabaydullin") is timur
    assert entity_of(entities, "Dinara Khabaydullina") is dinara


def test_ukrainian_and_russian_forms_of_one_name_are_one_person(tmp_path):
    # Yevhen / Evgeniy (h/g, ye/e, -iy), Vasyl / Vasiliy (y/i), Fadeyev / Fadeev (-eyev/-eev)
    entities = corpus_entities(tmp_path, {
        "a.txt": "Zaporizhzhia, May 4\n\nPlant director Yevhen Kravets resigned on Tuesday. Engineer Vasyl "
                 "Fadeyev said the turbines were safe.\n",
        "b.txt": "Moscow, May 5\n\nEvgeniy Kravets, the plant's director, stepped down. The engineer Vasiliy "
                 "Fadeev called the reports exaggerated.\n",
    })
    director = entity_of(entities, "Yevhen Kravets")
    assert director is not None and entity_of(entities, "Evgeniy Kravets") is director
    engineer = entity_of(entities, "Vasyl Fadeyev")
    assert engineer is not None and engineer is not director
    assert entity_of(entities, "Vasiliy Fadeev") is engineer


def test_x_and_ks_kh_and_h_are_one_spelling(tmp_path):
    entities = corpus_entities(tmp_path, {
        "a.txt": "Almaty, May 4\n\nThe banker Alexander Morozkin was arrested on Tuesday. Prosecutor "
                 "Mikhail Akhmetzhanov said the fraud ran to $40 million.\n",
        "b.txt": "Almaty, May 5\n\nAleksandr Morozkin, a banker, denies fraud. Prosecutor Mihail "
                 "Ahmetzhanov asked the court to hold him.\n",
    })
    banker = entity_of(entities, "Alexander Morozkin")
    assert banker is not None and entity_of(entities, "Aleksandr Morozkin") is banker
    prosecutor = entity_of(entities, "Mikhail Akhmetzhanov")
    assert prosecutor is not None and prosecutor is not banker
    assert entity_of(entities, "Mihail Ahmetzhanov") is prosecutor


def test_arabic_given_names_in_two_spellings_beside_one_surname_are_one_person(tmp_path):
    # ou/u with a second u written e ('Yousef' / 'Yusuf'), ee/i ('Kareem' / 'Karim')
    entities = corpus_entities(tmp_path, {
        "a.txt": "Irbid, April 7\n\nThe contractor Yousef Nasrawin was charged on Sunday. Judge Kareem "
                 "Obeidat set bail at 20,000 dinars.\n",
        "b.txt": "Irbid, April 8\n\nYusuf Nasrawin, a contractor, denies the charges. Judge Karim Obeidat "
                 "adjourned the hearing.\n",
    })
    contractor = entity_of(entities, "Yousef Nasrawin")
    assert contractor is not None and entity_of(entities, "Yusuf Nasrawin") is contractor
    judge = entity_of(entities, "Kareem Obeidat")
    assert judge is not None and judge is not contractor
    assert entity_of(entities, "Karim Obeidat") is judge


def test_arabic_names_written_with_an_apostrophe_or_a_middle_name_are_one_person(tmp_path):
    entities = corpus_entities(tmp_path, {
        "a.txt": "Zarqa, April 7\n\nThe referee Younes Ibrahim el-Sharabati was suspended on Sunday. "
                 "Prosecutor Nabil Al Ja'bari opened an inquiry.\n",
        "b.txt": "Zarqa, April 8\n\nReferee Yunus al-Sharabati denied taking money. Prosecutor Nabil "
                 "al-Jaabari said more arrests would follow.\n",
        "c.txt": "Amman, April 9\n\nThe federation banned Younes Al-Sharabati for life.\n",
    })
    referee = entity_of(entities, "Younes Ibrahim el-Sharabati")
    assert referee is not None
    assert entity_of(entities, "Yunus al-Sharabati") is referee
    assert entity_of(entities, "Younes Al-Sharabati") is referee
    prosecutor = entity_of(entities, "Nabil al-Jaabari")
    assert prosecutor is not None and prosecutor is not referee
    assert entity_of(entities, "Nabil Al Ja'bari") is prosecutor


def test_different_arabic_names_beside_one_surname_stay_two_people(tmp_path):
    # Saleh and Salah, Samer and Samir are two names each, not two spellings
    entities = corpus_entities(tmp_path, {
        "a.txt": "Zarqa, April 7\n\nThe club owner Saleh al-Rawabdeh was questioned on Sunday. His brother "
                 "Salah al-Rawabdeh, the club's treasurer, was not. Samer Qudah and his cousin Samir "
                 "Qudah run the stadium.\n",
        "b.txt": "Zarqa, April 8\n\nSaleh al-Rawabdeh denied wrongdoing. Samir Qudah declined to comment.\n",
    })
    saleh, salah = entity_of(entities, "Saleh al-Rawabdeh"), entity_of(entities, "Salah al-Rawabdeh")
    assert saleh is not None and salah is not None and saleh is not salah
    samer, samir = entity_of(entities, "Samer Qudah"), entity_of(entities, "Samir Qudah")
    assert samer is not None and samir is not None and samer is not samir


def test_maria_and_mario_beside_one_surname_stay_two_people(tmp_path):
    entities = corpus_entities(tmp_path, {
        "a.txt": "Odesa, May 4\n\nMaria Tkachenko, a nurse, treated the wounded. Her brother Mario "
                 "Tkachenko drove the ambulance.\n",
        "b.txt": "Odesa, May 5\n\nNurse Mariya Tkachenko said the ward was full.\n",
    })
    maria, mario = entity_of(entities, "Maria Tkachenko"), entity_of(entities, "Mario Tkachenko")
    assert maria is not None and mario is not None and maria is not mario
    assert entity_of(entities, "Mariya Tkachenko") is maria


def test_a_legal_form_written_before_or_after_the_name_is_one_company(tmp_path):
    entities = corpus_entities(tmp_path, {
        "a.txt": "Pavlodar, March 2\n\nThe smelter is run by Kazmetprom JSC. Its contractor, Dalatrans LLP, "
                 "serviced the furnace.\n",
        "b.txt": "Pavlodar, March 3\n\nThe operator AO Kazmetprom said the furnace was inspected in May. "
                 "The maintenance firm TOO Dalatrans declined to comment.\n",
    })
    operator = entity_of(entities, "Kazmetprom JSC")
    assert operator is not None and operator["kind"] == "organization"
    assert entity_of(entities, "AO Kazmetprom") is operator
    contractor = entity_of(entities, "Dalatrans LLP")
    assert contractor is not None and contractor is not operator
    assert entity_of(entities, "TOO Dalatrans") is contractor


def test_a_short_spelling_that_fits_a_father_and_a_son_joins_neither(tmp_path):
    # 'Yuri Tkachenko' may be either 'Yuriy Petrovych' or 'Yuriy Yuriyovych Tkachenko'
    entities = corpus_entities(tmp_path, {
        "a.txt": "Lviv, June 2\n\nThe mayor, Yuriy Petrovych Tkachenko, opened the bridge on Monday. His son, "
                 "Yuriy Yuriyovych Tkachenko, a deputy, cut the ribbon.\n",
        "b.txt": "Lviv, June 3\n\nYuri Tkachenko said the bridge cost $12 million.\n",
    })
    father = entity_of(entities, "Yuriy Petrovych Tkachenko")
    son = entity_of(entities, "Yuriy Yuriyovych Tkachenko")
    assert father is not None and son is not None and father is not son
    assert entity_of(entities, "Yuri Tkachenko") not in (father, son)


def test_ukrainian_official_romanisation_and_adjective_surnames_are_one_person(tmp_path):
    # Iaroslav / Yaroslav (an initial Ia), Bilyi / Biliy (the adjective ending), Shch / Sch
    entities = corpus_entities(tmp_path, {
        "a.txt": "Kharkiv, May 4\n\nThe surgeon Iaroslav Bilyi saved the pilot on Tuesday. The governor, Oleh "
                 "Shchedrin, thanked the hospital.\n",
        "b.txt": "Kharkiv, May 5\n\nDr Yaroslav Biliy operated for nine hours. Governor Oleg Schedrin visited "
                 "the ward.\n",
    })
    surgeon = entity_of(entities, "Iaroslav Bilyi")
    assert surgeon is not None and entity_of(entities, "Yaroslav Biliy") is surgeon
    governor = entity_of(entities, "Oleh Shchedrin")
    assert governor is not None and governor is not surgeon
    assert entity_of(entities, "Oleg Schedrin") is governor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The maintenance firm TOO Dalatrans declined to comment.", "TOO Dalatrans"),
        ("The operator AO Kazmetprom said the furnace was safe.", "AO Kazmetprom"),
        ("The buyer, PAO Severostal, paid in roubles.", "PAO Severostal"),
    ],
)
def test_a_russian_or_kazakh_legal_form_before_the_name_makes_a_company(text: str, name: str) -> None:
    assert local_kinds(text)[name] == "organization"


def test_a_legal_form_that_is_also_initials_makes_no_company_before_capitals() -> None:
    # a byline or a headline in capitals: 'AO SCOTT' is a critic's initials and surname
    assert local_kinds("The review was written by AO SCOTT for the paper.").get("AO SCOTT") != "organization"


def test_ukrainian_and_russian_forms_of_one_surname_are_one_person(tmp_path):
    # Hrytsenko / Gritsenko: the Ukrainian h and y for the Russian g and i
    entities = corpus_entities(tmp_path, {
        "a.txt": "Sumy, May 4\n\nThe border guard Taras Hrytsenko was wounded on Tuesday. Taras Hrytsenko, "
                 "34, is in hospital.\n",
        "b.txt": "Moscow, May 5\n\nThe Ukrainian border guard Taras Gritsenko was hurt by shelling.\n",
    })
    guard = entity_of(entities, "Taras Hrytsenko")
    assert guard is not None and entity_of(entities, "Taras Gritsenko") is guard


def test_an_h_and_a_g_in_an_english_surname_stay_two_people(tmp_path):
    entities = corpus_entities(tmp_path, {
        "a.txt": "Leeds, May 4\n\nThe inspector John Hill found the crack on Tuesday. His colleague John Gill "
                 "signed the report.\n",
        "b.txt": "Leeds, May 5\n\nJohn Gill said the bridge would stay shut.\n",
    })
    hill, gill = entity_of(entities, "John Hill"), entity_of(entities, "John Gill")
    assert hill is not None and gill is not None and hill is not gill


def test_a_surname_written_with_an_apostrophe_and_without_is_one_person(tmp_path):
    # "Zu'bi" / 'Zoubi': the apostrophe left out, ou/u, with no Arabic article to tell
    entities = corpus_entities(tmp_path, {
        "a.txt": "Irbid, April 7\n\nMr Raed Zu'bi, a contractor, was charged on Sunday.\n",
        "b.txt": "Irbid, April 8\n\nRaed Zoubi, a contractor, told reporters he was innocent.\n",
    })
    contractor = entity_of(entities, "Raed Zu'bi")
    assert contractor is not None and entity_of(entities, "Raed Zoubi") is contractor
