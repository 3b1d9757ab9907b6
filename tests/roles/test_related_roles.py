"""Where a guide leads and which guides are like it, on the page and in the API; links to other sites say so."""

import random
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from roles.presentation import related
from roles.presentation.related import leads_to, related_roles
from tests.factories.roles import (
    RoleFamilyFactory,
    RolePageFactory,
    RoleSourceFactory,
    SourceFactory,
    TransitionPathFactory,
)
from tests.site_fixtures import catalogue, make_role  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def related_titles(html: str) -> list[str]:
    section = re.search(r'<section class="role-section related-roles".*?</section>', html, re.S)
    return re.findall(r'class="related-role__title"><a href="[^"]+">([^<]+)</a>', section.group(0)) if section else []


def test_a_guide_shows_where_it_leads(client, catalogue):
    html = client.get(catalogue["software"].url).content.decode()
    assert "How people move on from this role" in html
    assert re.search(r'<a href="/roles/ai-engineer/">\s*<rect', html), "the graph links the destination"


def test_hidden_guides_are_never_a_destination(catalogue):
    for hidden in (catalogue["draft"], catalogue["private"]):
        TransitionPathFactory(page=hidden, from_role=catalogue["software"], from_role_name="")
    assert [dest.title for dest in leads_to(catalogue["software"])] == ["AI Engineer"]


def test_api_role_detail_lists_where_the_role_leads(client, catalogue):
    TransitionPathFactory(page=catalogue["private"], from_role=catalogue["software"], from_role_name="")
    body = client.get("/api/v1/roles/software-engineer").json()
    assert [(link["slug"], link["title"]) for link in body["leads_to"]] == [("ai-engineer", "AI Engineer")]
    assert body["leads_to"][0]["url"].endswith("/roles/ai-engineer/")
    assert client.get("/api/v1/roles/ai-engineer").json()["leads_to"] == []


def test_related_roles_share_skills_or_family_and_are_readable(client, catalogue):
    # AI Engineer shares Python with Software Engineer; the draft and private guides share more but are hidden.
    assert related_titles(client.get(catalogue["ai"].url).content.decode()) == ["Software Engineer"]
    assert [role.title for role in related_roles(catalogue["software"])] == ["AI Engineer"]


def test_a_guide_made_private_leaves_related_roles_and_destinations_on_the_next_request(client, catalogue):
    ai = catalogue["ai"]
    assert related_titles(client.get(ai.url).content.decode()) == ["Software Engineer"]
    assert re.search(r'<a href="/roles/ai-engineer/">\s*<rect', client.get(catalogue["software"].url).content.decode())
    assert client.get("/api/v1/roles/ai-engineer").status_code == 200

    for guide in (catalogue["software"], ai):
        PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert related_roles(ai) == [] and leads_to(catalogue["software"]) == []
    assert client.get("/api/v1/roles/ai-engineer").status_code == 404


def test_most_shared_skills_come_first_and_at_most_three_are_shown(client, catalogue, role_index):
    for title, tags in [
        ("Data Engineer", ["Python"]),
        ("ML Engineer", ["Python", "RAG", "Evaluation"]),
        ("QA Engineer", ["Testing"]),
        ("Analytics Engineer", ["Python", "RAG"]),
    ]:
        make_role(role_index, title, title.lower().replace(" ", "-"), "Data", tags=tags)
    assert related_titles(client.get(catalogue["ai"].url).content.decode()) == [
        "ML Engineer",
        "Analytics Engineer",
        "Data Engineer",
    ]


def test_ties_in_shared_skills_go_to_the_same_family_then_by_title(catalogue, role_index):
    make_role(role_index, "Zeta Analyst", "zeta-analyst", "Security", tags=["SIEM", "Splunk", "Forensics", "Cloud"])
    make_role(role_index, "Beta Analyst", "beta-analyst", "Networks", tags=["SIEM"])
    make_role(role_index, "Alpha Analyst", "alpha-analyst", "Security", tags=["SIEM"])

    assert [role.title for role in related_roles(catalogue["soc"])] == ["Alpha Analyst", "Zeta Analyst", "Beta Analyst"]


def test_a_guide_with_nothing_in_common_shows_no_related_section(client, catalogue):
    assert "Related roles" not in client.get(catalogue["soc"].url).content.decode()


def test_related_roles_cost_one_query_once_three_guides_share_every_skill(client, catalogue, role_index):
    def queries(page):
        client.get(page.url)
        with CaptureQueriesContext(connection) as captured:
            client.get(page.url)
        return len(captured)

    # One guide shares a skill: the shortcut finds nobody sharing every skill, the count ranks that one guide,
    # and the family is asked to fill the list.
    sharing_one = queries(catalogue["ai"])
    for number in range(3):
        make_role(role_index, f"Similar {number}", f"similar-{number}", "Data", tags=["Python", "RAG"])
    assert queries(catalogue["ai"]) == sharing_one - 1, "three share a skill: the family is not asked"
    for number in range(3):
        make_role(role_index, f"Twin {number}", f"twin-{number}", "Data", tags=["Python", "RAG", "Evaluation"])
    assert queries(catalogue["ai"]) == sharing_one - 2, "three share every skill: only the shortcut runs"
    for number in range(3, 40):
        make_role(role_index, f"Twin {number}", f"twin-{number}", "Data", tags=["Python", "RAG", "Evaluation"])
    assert queries(catalogue["ai"]) == sharing_one - 2


def test_among_many_guides_tied_the_first_by_title_are_chosen_and_a_renamed_guide_moves(catalogue, role_index):
    guides = {
        title: make_role(role_index, title, title.lower().replace(" ", "-"), "Networks", tags=["SIEM"])
        for title in ("Delta Analyst", "Gamma Analyst", "Beta Analyst", "Alpha Analyst")
    }
    assert [role.title for role in related_roles(catalogue["soc"])] == [
        "Alpha Analyst",
        "Beta Analyst",
        "Delta Analyst",
    ]

    alpha = guides["Alpha Analyst"]
    alpha.title = "Omega Analyst"
    alpha.save_revision().publish()
    assert [role.title for role in related_roles(catalogue["soc"])] == [
        "Beta Analyst",
        "Delta Analyst",
        "Gamma Analyst",
    ]

    beta = guides["Beta Analyst"]
    beta.title = "Zeta Analyst"
    beta.save(update_fields=["title"])  # a title saved without the page's tags
    assert [role.title for role in related_roles(catalogue["soc"])] == [
        "Delta Analyst",
        "Gamma Analyst",
        "Omega Analyst",
    ]


def test_a_guide_moved_into_the_family_goes_first_among_its_ties(catalogue, role_index):
    for title in ("Alpha Analyst", "Beta Analyst", "Gamma Analyst"):
        make_role(role_index, title, title.lower().replace(" ", "-"), "Networks", tags=["SIEM"])
    zulu = make_role(role_index, "Zulu Analyst", "zulu-analyst", "Networks", tags=["SIEM"])
    assert "Zulu Analyst" not in [role.title for role in related_roles(catalogue["soc"])]

    zulu.family = catalogue["soc"].family
    zulu.save(update_fields=["family"])  # a family saved without the page's tags
    assert [role.title for role in related_roles(catalogue["soc"])] == ["Zulu Analyst", "Alpha Analyst", "Beta Analyst"]


def test_the_same_family_fills_the_list_after_the_guides_sharing_a_skill(catalogue, role_index):
    for title in ("Red Team Lead", "Blue Team Lead", "Purple Team Lead"):
        make_role(role_index, title, title.lower().replace(" ", "-"), "Security", tags=["Pentest"])
    make_role(role_index, "Log Engineer", "log-engineer", "Data", tags=["SIEM"])
    hidden = make_role(role_index, "Amber Lead", "amber-lead", "Security", tags=["Pentest"])
    hidden.unpublish()

    assert [role.title for role in related_roles(catalogue["soc"])] == [
        "Log Engineer",
        "Blue Team Lead",
        "Purple Team Lead",
    ]
    assert [role.shared_skills for role in related_roles(catalogue["soc"])] == [1, 0, 0]


def test_sources_link_out_with_an_announced_marker(client, catalogue):
    RoleSourceFactory(page=catalogue["ai"], source=SourceFactory(url="https://data.example.com/oews"))
    html = client.get(catalogue["ai"].url).content.decode()
    link = re.search(r'<a class="external-link" href="https://data.example.com/oews" rel="noopener">.*?</a>', html)
    assert link and '<span class="visually-hidden"> (external site)</span>' in link.group(0)


def expected_related(page, guides, limit=3):
    """The ranking by definition, counted in Python over every guide: most shared skills, then the page's
    family, then title; then guides of the family sharing none, by title."""
    others = [guide for guide in guides if guide["readable"] and guide["page"].pk != page.pk]
    mine = next(guide for guide in guides if guide["page"].pk == page.pk)

    def same_family(guide):
        return page.family_id is not None and guide["page"].family_id == page.family_id

    sharing = [(len(guide["tags"] & mine["tags"]), guide) for guide in others if guide["tags"] & mine["tags"]]
    sharing.sort(key=lambda pair: (-pair[0], not same_family(pair[1]), pair[1]["page"].title, pair[1]["page"].pk))
    ranked = [(guide["page"].title, shared) for shared, guide in sharing[:limit]]
    if page.family_id is not None and len(ranked) < limit:
        filling = sorted(
            (guide for guide in others if same_family(guide) and not guide["tags"] & mine["tags"]),
            key=lambda guide: (guide["page"].title, guide["page"].pk),
        )
        ranked += [(guide["page"].title, 0) for guide in filling[: limit - len(ranked)]]
    return ranked


@pytest.mark.parametrize("scanned", [2, 4, related.SCANNED])
def test_related_roles_rank_exactly_as_counting_every_guide_does(monkeypatch, role_index, scanned):
    """Random catalogues, dense in shared skills, with repeated titles, guides without a family and hidden
    guides: each guide's related roles are what a full count ranks first, whether the shortcut through the
    guides sharing every skill answers or the count does (both happen)."""
    monkeypatch.setattr(related, "SCANNED", scanned)
    rng = random.Random(scanned)
    families = [RoleFamilyFactory(name=name) for name in ("Data", "Security")] + [None]
    guides = []
    for number in range(36):
        tags = set(rng.sample(["Python", "SQL", "Cloud"], rng.choice([1, 1, 2, 3])))
        page = RolePageFactory(
            parent=role_index,
            title=rng.choice(["Analyst", "Engineer", "Architect", "Scientist"]),
            slug=f"guide-{number}",
            family=rng.choice(families),
        )
        page.tags.add(*tags)
        page.save()
        readable = True
        if number % 9 == 4:
            page.unpublish()
            readable = False
        elif number % 9 == 7:
            PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
            readable = False
        guides.append({"page": page, "tags": tags, "readable": readable})
    rare = RolePageFactory(parent=role_index, title="Engineer", slug="rare", family=families[0])
    rare.tags.add("Python", "Rust")  # nobody else has Rust: the count decides
    rare.save()
    guides.append({"page": rare, "tags": {"Python", "Rust"}, "readable": True})

    answered_by = {"shortcut": 0, "count": 0}
    for guide in guides:
        page = guide["page"]
        with CaptureQueriesContext(connection) as captured:
            shown = [(role.title, role.shared_skills) for role in related_roles(page)]
        rankings = [query for query in captured if "roles_rolepage" in query["sql"]]  # not the view restrictions
        answered_by["shortcut" if len(rankings) == 1 else "count"] += 1
        assert shown == expected_related(page, guides), f"{page.title} ({page.slug})"
    assert answered_by["shortcut"] and answered_by["count"], answered_by
