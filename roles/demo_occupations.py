"""The demo guides' official occupations: codes and titles only, no figures.

No official figures ship with the demo; docs/official-data.md says which BLS
files to download and the commands that fill the guide's Official statistics.
"""

from occupations.models import Occupation
from roles.models import RoleOccupation

#: SOC 2018 codes and titles (https://www.bls.gov/soc/2018/major_groups.htm), with why each fits.
AI_ENGINEER_OCCUPATIONS = (
    (
        "15-1252",
        "Software Developers",
        "Closest match: AI Engineers are mostly software engineers who ship LLM features; BLS counts them here.",
    ),
    (
        "15-2051",
        "Data Scientists",
        "Covers the evaluation and modelling side of the role; no SOC code names AI engineering yet.",
    ),
)


def ai_engineer_occupation_links() -> list[RoleOccupation]:
    links = []
    for order, (code, title, note) in enumerate(AI_ENGINEER_OCCUPATIONS):
        occupation, _ = Occupation.objects.get_or_create(code=code, defaults={"title": title})
        links.append(RoleOccupation(occupation=occupation, note=note, sort_order=order))
    return links


#: SOC 2018 titles of the codes the sample catalogue links (roles/demo_data/sample_guides.json).
SAMPLE_OCCUPATION_TITLES = {
    "15-1212": "Information Security Analysts",
    "15-1232": "Computer User Support Specialists",
    "15-1243": "Database Architects",
    "15-1244": "Network and Computer Systems Administrators",
    "15-1252": "Software Developers",
    "15-2051": "Data Scientists",
}


def ensure_occupations(codes) -> None:
    """Create the SOC occupations ``codes`` name (title only) so the sample guides can link them."""
    for code in sorted(codes):
        Occupation.objects.get_or_create(code=code, defaults={"title": SAMPLE_OCCUPATION_TITLES[code]})
