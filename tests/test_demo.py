"""The demo generator: the same county by seed, and other counties for a city-scale database."""

from __future__ import annotations

import random

from trainoffice.demo import TOWNSHIPS, make_schools, make_teachers


def test_schools_of_another_county_are_named_and_coded_for_it():
    anren = make_schools(random.Random(1), 150)
    other = make_schools(random.Random(1), 150, county="衡南县", county_code="430422",
                         townships=("云集镇", "车江镇", "谭子山镇"))
    assert anren[0].name == "安仁县第一中学" and anren[0].township == TOWNSHIPS[0]
    assert all(s.name.startswith("衡南县") for s in other)
    assert {s.township for s in other} == {"云集镇", "车江镇", "谭子山镇"}
    assert other[0].code == "2430422001"
    both = [s.name for s in anren + other]
    assert len(set(both)) == len(both) == 300  # one city database can hold both counties


def test_teachers_of_several_counties_get_unique_ids_of_their_own_area():
    rng, used = random.Random(7), set()
    first = make_teachers(rng, list(enumerate(make_schools(rng, 20))), 300, used=used)
    other = make_schools(rng, 20, county="衡南县", county_code="430422", townships=("云集镇",))
    second = make_teachers(rng, list(enumerate(other)), 300, area="430422", used=used)
    assert all(t.id_number.startswith("430422") for t in second)
    assert len({t.id_number for t in first + second}) == 600
