"""Reader queries against a corpus mirroring the sample catalogue: the guide a reader means ranks in the top 3,
on the site and in the API alike, and a misspelt word gets a "Did you mean …"."""

import pytest
from django.core.management import call_command
from wagtail.search.models import IndexEntry

from core.search import search_source, sources, suggest
from tests.home.search_corpus import build_corpus

ROLE_SOURCE = next(source for source in sources() if source.type == "role")

# (what the reader types, the guide that must rank in the top 3)
READER_QUERIES = [
    # the eight the issue found nothing for
    ("evals", "AI Engineer"),
    ("LangGraph", "AI Engineer"),
    ("fine-tuning", "AI Engineer"),
    ("knowledge graph", "AI Engineer"),
    ("staff", "Software Engineer"),
    ("junior", "AI Engineer"),
    ("soc analyst", "SOC Analyst"),
    ("hugging face", "AI Engineer"),
    # stemming and plurals
    ("llm", "AI Engineer"),
    ("LLMs", "AI Engineer"),
    ("spreadsheet", "Data Analyst"),
    # phrases, quoted and not
    ('"knowledge graph"', "AI Engineer"),
    ('"error budgets"', "Site Reliability Engineer"),
    ("prompt injection", "AI Security Engineer"),
    ("causal inference", "Data Scientist"),
    ("threat hunting", "SOC Analyst"),
    ("data contracts", "Data Engineer"),
    # one section each: tags, week, skills, differentiators, bands, ladder, transitions, FAQ
    ("kubernetes", "Site Reliability Engineer"),
    ("pytorch", "ML Engineer"),
    ("kafka", "Data Engineer"),
    ("phishing", "IT Support Specialist"),
    ("help desk", "IT Support Specialist"),
    ("mitre att&ck", "Detection Engineer"),
    ("sigma rules", "Detection Engineer"),
    ("red teaming", "AI Security Engineer"),
    ("threat modelling", "Security Engineer"),
    ("feature flag", "Software Engineer"),
    ("quantisation", "ML Engineer"),
    ("principal data scientist", "Data Scientist"),
    ("customer service representative", "IT Support Specialist"),
    ("phd", "Data Scientist"),
    ("vector database", "AI Engineer"),
    ("anthropic", "AI Engineer"),
    ("machine learning engineer", "ML Engineer"),
]


@pytest.fixture
def corpus(role_index):
    return build_corpus(role_index)


def top_three(query):
    return [found.title for found in search_source(ROLE_SOURCE, query)[:3]]


def test_the_guide_a_reader_means_ranks_in_the_top_three(corpus):
    """One corpus for the whole table (building it is slow); every miss is reported at once."""
    misses = {query: (guide, top) for query, guide in READER_QUERIES if guide not in (top := top_three(query))}
    assert misses == {}


def test_there_are_at_least_25_reader_queries():
    assert len(READER_QUERIES) >= 25


MISSPELT = {"enginer": "engineer", "kubernets": "kubernetes", "soc analist": "soc analyst", "Pytorh": "pytorch"}
SPELT_RIGHT = [
    "engineers",
    "evals",
    "staff",
    "knowledge graph",
    "hugging face",
    "zzyzx",
    "ai",
    "fine-tuning",
    "LangGraph",
]


def test_misspelt_words_get_a_did_you_mean_and_right_ones_do_not(corpus):
    assert {query: suggest(query) for query in MISSPELT} == MISSPELT
    assert all(top_three(respelt) for respelt in MISSPELT.values())
    assert {query: suggest(query) for query in SPELT_RIGHT} == dict.fromkeys(SPELT_RIGHT)


def test_the_site_offers_the_respelt_query_as_a_link(corpus, client):
    html = client.get("/search/", {"q": "enginer"}).content.decode()
    assert 'Did you mean <a href="/search/?q=engineer">engineer</a>?' in html
    assert "Did you mean" not in client.get("/search/", {"q": "engineer"}).content.decode()


def test_the_api_answers_with_the_suggestion(corpus, client):
    body = client.get("/api/v1/search", {"q": "kubernets"}).json()
    assert body["suggestion"] == "kubernetes"
    body = client.get("/api/v1/search", {"q": "kubernetes"}).json()
    assert body["suggestion"] is None
    assert body["results"][0]["title"] == "Site Reliability Engineer"


def test_update_index_rebuilds_the_entries_with_english_stemming(corpus):
    IndexEntry.objects.all().delete()
    assert top_three("evals") == []
    call_command("update_index", verbosity=0)
    assert "AI Engineer" in top_three("evals")  # 'evaluation suites' and 'evals' share the stem 'eval'
    entry = IndexEntry.objects.filter(object_id=str(corpus["AI Engineer"].pk), content_type__model="rolepage")
    entry = entry.values_list("body", flat=True)
    assert "'eval'" in entry.get()
