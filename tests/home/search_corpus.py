# ruff: noqa: E501 (prose copied from the sample guides)
"""A search corpus mirroring the sample catalogue (branch ``demo``): the reference AI Engineer guide,
loaded by the demo loader, and eleven guides built with factories, each section carrying the words
readers search for. Figures are left to the factories: search reads text only."""

from django.db import transaction
from wagtail.search import index

from roles import demo
from roles.models import RolePage
from tests.factories.roles import (
    LadderStepFactory,
    RoleFamilyFactory,
    RoleFAQFactory,
    RolePageFactory,
    SalaryBandFactory,
    TransitionPathFactory,
)

# title, family, specialty, skill tags, summary, week, required skills, differentiators,
# band levels, ladder titles, transition sources, FAQ (question, answer)
GUIDES = [
    (
        "IT Support Specialist",
        "IT and Infrastructure",
        "End-user support",
        ["Troubleshooting", "Windows", "Networking", "Customer service"],
        "An IT Support Specialist keeps people's computers, accounts and everyday tools working, and is a common first job in technology.",
        [("Monday", "working through the help desk queue: password resets, laptop set-ups and printer faults")],
        ["Windows and macOS administration, Active Directory accounts and group policies"],
        [
            "Scripting repetitive tasks in PowerShell or Python",
            "Security awareness: recognising phishing and suspicious sign-ins",
        ],
        ["Help desk (Tier 1)", "Desktop support (Tier 2)", "Senior / Tier 3"],
        ["IT Support Specialist", "Systems Administrator"],
        ["Customer service representative"],
        ("Do I need a degree for IT support?", "No. Many start with a CompTIA A+ certificate and a home lab."),
    ),
    (
        "Software Engineer",
        "Software Engineering",
        "Product engineering",
        ["Python", "TypeScript", "SQL", "Testing", "System design", "Git"],
        "A Software Engineer designs, builds, tests and runs the software a product depends on, from a single feature to the services behind it.",
        [
            (
                "Friday",
                "fixing a flaky test, deploying the week's work behind a feature flag and writing up what shipped",
            )
        ],
        ["Relational databases and SQL: schema design, indexes, transactions and reading a query plan"],
        [
            "Making codebases easier to change: refactoring safely with tests as a safety net",
            "Using AI coding assistants well",
        ],
        ["Junior", "Mid-level", "Senior", "Staff"],
        ["Software Engineer", "Senior Software Engineer", "Staff Software Engineer"],
        ["IT Support Specialist", "Data Analyst"],
        (
            "Which language should I learn first?",
            "Python or TypeScript; code review and testing habits matter more than the language.",
        ),
    ),
    (
        "Site Reliability Engineer",
        "Software Engineering",
        "Reliability and operations",
        ["Linux", "Kubernetes", "Observability", "Incident response", "Terraform"],
        "A Site Reliability Engineer keeps production systems fast and available by treating operations as a software problem: automation, SLOs and calm incident response.",
        [("Wednesday", "on-call handover, then a postmortem for a Kubernetes node outage")],
        ["Linux internals, networking and Kubernetes in production"],
        [
            "Turning reliability into numbers the business agrees on (SLOs and error budgets)",
            "Chaos engineering and game days",
        ],
        ["Mid-level", "Senior", "Staff"],
        ["Site Reliability Engineer", "Senior SRE", "Staff SRE"],
        ["Software Engineer", "IT Support Specialist"],
        ("Is SRE the same as DevOps?", "They overlap; SRE measures reliability with service level objectives."),
    ),
    (
        "Data Analyst",
        "Data",
        "Analytics",
        ["SQL", "Spreadsheets", "Data visualisation", "Statistics"],
        "A Data Analyst answers business questions with data: querying, cleaning, analysing and explaining what the numbers mean and what to do next.",
        [("Tuesday", "building a dashboard for the sales team and checking it against last quarter's spreadsheet")],
        ["SQL for joins, window functions and aggregations over messy business data"],
        [
            "Python or R for analyses that outgrow SQL and spreadsheets",
            "Scepticism: catching data problems before they reach a decision",
        ],
        ["Junior", "Mid-level", "Senior"],
        ["Data Analyst", "Senior Data Analyst", "Analytics Lead"],
        ["Business analyst"],
        ("Do data analysts need to code?", "SQL is essential; Python helps as analyses grow."),
    ),
    (
        "Data Scientist",
        "Data",
        "Statistical modelling",
        ["Python", "Statistics", "Machine learning", "Experimentation"],
        "A Data Scientist uses statistics, experiments and machine learning to answer questions and build models that change how a product or business decides.",
        [("Thursday", "designing an A/B test with the growth team and agreeing the sample size")],
        ["Statistics: hypothesis tests, regression and experiment design"],
        [
            "Causal inference beyond A/B tests: difference-in-differences, synthetic controls",
            "Evaluating LLM-based features with proper statistical care",
        ],
        ["Junior", "Mid-level", "Senior", "Staff / Principal"],
        ["Data Scientist", "Senior Data Scientist", "Principal Data Scientist"],
        ["Data Analyst"],
        ("Do I need a PhD?", "No; most roles ask for strong statistics and a portfolio."),
    ),
    (
        "Data Engineer",
        "Data",
        "Data platforms",
        ["SQL", "Python", "Data modelling", "Orchestration", "Cloud data warehouses"],
        "A Data Engineer builds and runs the pipelines and warehouses that move and shape an organisation's data, so analysts and models can trust it.",
        [("Monday", "fixing a failed Airflow run and backfilling the warehouse tables")],
        ["Batch and streaming pipelines with an orchestrator such as Airflow or Dagster"],
        [
            "Streaming with Kafka or similar for real-time use cases",
            "Data contracts agreed with the teams that produce data",
        ],
        ["Junior", "Mid-level", "Senior"],
        ["Data Engineer", "Senior Data Engineer", "Staff Data Engineer"],
        ["Data Analyst", "Software Engineer"],
        (
            "Is data engineering software engineering?",
            "Largely: version control, tests and code review apply to pipelines too.",
        ),
    ),
    (
        "ML Engineer",
        "Applied AI",
        "Machine learning engineering",
        ["Python", "PyTorch", "MLOps", "Feature engineering", "Model serving", "Docker"],
        "An ML Engineer trains, tunes, deploys and monitors machine learning models in production, owning the pipeline from data to serving.",
        [("Tuesday", "retraining the ranking model in PyTorch and comparing it offline with last month's")],
        ["Training and evaluating models with PyTorch or scikit-learn"],
        [
            "Fine-tuning and serving open-weight language models efficiently",
            "Cost and latency optimisation: quantisation, distillation and batching",
        ],
        ["Mid-level", "Senior", "Staff"],
        ["ML Engineer", "Senior ML Engineer", "Staff ML Engineer"],
        ["Data Scientist", "Software Engineer"],
        ("ML Engineer or Data Scientist?", "ML Engineers own models in production; data scientists answer questions."),
    ),
    (
        "SOC Analyst",
        "Cybersecurity",
        "Security operations",
        ["SIEM", "Incident response", "Networking", "Threat intelligence"],
        "A SOC Analyst monitors an organisation's systems for attacks, triages security alerts and starts the response when something is real.",
        [("Night shift", "triaging SIEM alerts, escalating a suspected ransomware case to incident response")],
        ["Reading logs from firewalls, endpoints and identity providers in a SIEM"],
        [
            "Threat hunting: forming and testing hypotheses rather than waiting for alerts",
            "Critical use of AI triage assistants",
        ],
        ["Tier 1", "Tier 2", "Tier 3 / Lead"],
        ["SOC Analyst (Tier 1)", "SOC Analyst (Tier 2)", "Senior SOC Analyst / Incident Responder"],
        ["IT Support Specialist"],
        ("Is a SOC analyst job entry-level?", "Tier 1 often is, with a Security+ certificate and a home lab."),
    ),
    (
        "Security Engineer",
        "Cybersecurity",
        "Security engineering",
        ["Cloud security", "Identity management", "Threat modelling", "Application security"],
        "A Security Engineer designs and builds the controls that keep systems secure: identity, cloud configuration, secure development and the tooling behind them.",
        [("Wednesday", "a threat modelling session for the new payments service")],
        ["Cloud security on AWS, GCP or Azure: identity, network controls and logging"],
        [
            "Securing AI and LLM features: prompt injection, data leakage and model supply chain",
            "Building guardrails that developers like using",
        ],
        ["Mid-level", "Senior", "Staff"],
        ["Security Engineer", "Senior Security Engineer", "Staff Security Engineer"],
        ["SOC Analyst", "Software Engineer"],
        ("Do security engineers write code?", "Yes: automation, tooling and reviews of application code."),
    ),
    (
        "Detection Engineer",
        "Cybersecurity",
        "Threat detection",
        ["SIEM", "Detection as code", "Threat intelligence", "MITRE ATT&CK"],
        "A Detection Engineer writes, tests and maintains the rules and analytics that turn raw security logs into alerts worth a SOC analyst's time.",
        [("Thursday", "writing Sigma rules mapped to MITRE ATT&CK techniques and testing them against replayed logs")],
        ["Detection rules in Sigma, KQL or SPL, kept in version control as detection as code"],
        [
            "Measuring detection quality with precision and coverage metrics",
            "Purple-team experience with adversary emulation",
        ],
        ["Mid-level", "Senior"],
        ["Detection Engineer", "Senior Detection Engineer", "Detection Engineering Lead"],
        ["SOC Analyst"],
        (
            "How do I move from the SOC to detection engineering?",
            "Write and test detection rules for the alerts you triage.",
        ),
    ),
    (
        "AI Security Engineer",
        "Applied AI",
        "AI security",
        ["LLM security", "Threat modelling", "Red teaming", "Application security"],
        "An AI Security Engineer secures AI systems (LLM applications, agents and model pipelines) against prompt injection, data leakage and misuse.",
        [("Monday", "red teaming a new customer-support agent for prompt injection and tool misuse")],
        ["Attacks on LLM applications: prompt injection, jailbreaks, data exfiltration through tools"],
        [
            "Published red-team findings or research on LLM attacks",
            "Familiarity with AI risk frameworks such as the NIST AI RMF",
        ],
        ["Mid-level", "Senior", "Staff"],
        ["AI Security Engineer", "Senior AI Security Engineer", "AI Security Lead"],
        ["Security Engineer", "AI Engineer"],
        ("Is AI security a real job yet?", "Yes, at model labs and at companies shipping LLM features."),
    ),
]


def slug_for(title: str) -> str:
    return title.lower().replace(" ", "-")


def build_guide(parent, spec):
    title, family, specialty, tags, summary, week, skills, differentiators, bands, ladder, sources, faq = spec
    with transaction.atomic():
        page = RolePageFactory(
            parent=parent,
            title=title,
            slug=slug_for(title),
            family=RoleFamilyFactory(name=family),
            specialty=specialty,
            summary=summary,
            about=f"<p>{summary}</p>",
            average_week=[("slot", {"when": when, "what": what}) for when, what in week],
            required_skills=[("item", text) for text in skills],
            differentiators=[("item", text) for text in differentiators],
        )
        page.tags.add(*tags)
        for level in bands:
            SalaryBandFactory(page=page, level=level, notes="")
        for step in ladder:
            LadderStepFactory(page=page, title=step, description="Owns more of the work at each step.")
        for source in sources:
            TransitionPathFactory(
                page=page, from_role_name=source, description="What carries over and what the gap is.", key_artifacts=[]
            )
        RoleFAQFactory(page=page, question=faq[0], answer=f"<p>{faq[1]}</p>")
        page.save()  # stores the tags
    index.insert_or_update_object(
        page
    )  # as the editor's publish ends up doing: the page with its tags and inline parts
    return page


def build_corpus(role_index) -> dict[str, object]:
    """The twelve guides by title; the AI Engineer guide links to the published Software Engineer, ML Engineer and SOC Analyst."""
    guides = {spec[0]: build_guide(role_index, spec) for spec in GUIDES}
    demo.load(stdout=_Quiet(), home=role_index.get_parent().specific)
    guides["AI Engineer"] = RolePage.objects.get(slug="ai-engineer")
    return guides


class _Quiet:
    def write(self, *args, **kwargs):
        pass
