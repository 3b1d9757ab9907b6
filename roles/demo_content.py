"""The demo's wording: the reference AI Engineer guide, item by item, and nothing it does not say.

Roles the reference only mentions as transition sources get draft pages holding
only what the reference says of them (see SOURCE_ROLES).
"""

from datetime import date

FAMILY = "Applied AI"

AI_ENGINEER = {
    "title": "AI Engineer",
    "slug": "ai-engineer",
    "specialty": "AI Engineering",
    "summary": "An AI Engineer builds production cybersecurity-relevant AI systems integrating LLMs, embeddings, "
    "and retrieval pipelines.",
    "median_salary": 175000,
    "growth_outlook": "very_high",
    "ai_impact_score": 35,
    "entry_level": False,
    "ai_impact_outlook": "<p>The AI Engineer role is consolidating fast. In 2024, many companies treated it as a "
    "prompt-engineering adjacent role. By 2026, the bar is much higher: production eval frameworks, multi-agent "
    "architectures, and cost-per-query accountability are standard expectations. The AI disruption score for this "
    "role is 35, reflecting that AI coding assistants will handle more boilerplate retrieval plumbing over time, but "
    "human judgment on evaluation methodology and system design remains difficult to automate. Engineers who invest "
    "in deep evaluation and measurement skills will be more durable than those who specialize in any single "
    "framework or model provider. The cybersecurity application layer for AI engineering is growing faster than the "
    "general market because every enterprise security product is racing to add LLM-backed features.</p>",
    "ai_impact_methodology": "forecast reflects research grounded in graduate training in applied AI specializing in "
    "cybersecurity at Northeastern University.",
    "about": "<p>An AI Engineer builds production AI systems by combining large language models, embedding pipelines, "
    "retrieval architectures, and application code into products that real users actually depend on. The role sits "
    "between traditional software engineering and machine learning: you are not training foundation models from "
    "scratch, but you are making deliberate decisions about which model to call, how to structure the prompt, how to "
    "chunk documents, and how to measure whether the system is getting better or worse over time. Chip Huyen's "
    "framing in 'AI Engineering' is accurate: this job is 80% engineering plumbing and 20% model selection. The "
    "cybersecurity industry has absorbed this role faster than almost any other sector because threat intelligence, "
    "alert triage, and vulnerability research all sit on top of the same retrieval-plus-generation patterns that "
    "power general-purpose AI applications. Levels.fyi 2025 data shows AI Engineer total comp varies widely by "
    "company tier and seniority, with the mid-IC band running roughly $140K to $210K and senior roles materially "
    "higher at frontier labs and major tech. Expect intense competition for roles at model labs and fast-moving "
    "product companies.</p>",
    "responsibilities": [
        "Design and ship LLM-backed features by wiring together model APIs, retrieval systems, guardrails, and "
        "evaluation harnesses in production-grade Python or TypeScript",
        "Build and maintain RAG pipelines, selecting chunking strategies, embedding models, vector stores, and "
        "re-ranking steps appropriate to the latency and accuracy targets of each feature",
        "Write evaluation suites that measure factual accuracy, hallucination rate, latency, and cost per query so "
        "that model or prompt changes are validated before deployment",
        "Instrument production AI features with logging that captures input, output, latency, and error conditions "
        "needed to debug quality regressions in live traffic",
        "Collaborate with product managers to translate fuzzy feature requests into concrete AI system specifications "
        "with testable acceptance criteria",
        "Tune prompt templates, few-shot examples, and system instructions using a principled experiment process "
        "rather than ad-hoc iteration",
        "Review infrastructure costs weekly and propose batching, caching, or model-tier changes that reduce "
        "per-query spend without degrading user-visible quality",
        "Participate in architecture reviews for AI features touching sensitive data, flagging privacy and security "
        "risks before code ships",
    ],
    "average_week": [
        (
            "Monday and Tuesday",
            "centered on feature work: writing Python with type hints and Pydantic models, building async streaming "
            "response handlers, running evaluation suites against a candidate RAG change",
        ),
        (
            "Wednesday morning",
            "cross-functional sync with product, design, and a data engineer on an upcoming context-window expansion; "
            "afternoon spent reviewing retrieval latency dashboards and writing a postmortem on a production "
            "hallucination caught by an eval",
        ),
        (
            "Thursday",
            "pairing session with a junior engineer on prompt-chaining patterns; afternoon writing an RFC for "
            "switching the vector store from Pinecone to a self-hosted Qdrant cluster to cut monthly costs",
        ),
        (
            "Friday",
            "code review queue, updating the evals notebook with new adversarial test cases, and a brief review of "
            "model release notes from Anthropic and OpenAI to see if a newer model changes any cost-quality tradeoffs",
        ),
    ],
    "required_skills": [
        "Production Python with type hints, Pydantic v2 validation, and async patterns for streaming LLM responses "
        "via httpx or the OpenAI/Anthropic SDKs",
        "RAG architecture decisions: chunk sizing, overlap strategies, hybrid search (dense plus sparse BM25), "
        "cross-encoder re-ranking, and metadata filtering",
        "Prompt engineering with structured output (function calling, JSON mode, tool use) and systematic few-shot "
        "example selection rather than intuition-driven guessing",
        "Vector database operations in at least one of Pinecone, Weaviate, Qdrant, or pgvector, including index "
        "configuration and approximate nearest neighbor tuning",
        "LLM evaluation methodology: building reference datasets, running LLM-as-judge pipelines, tracking metrics "
        "in MLflow or Weights and Biases, and detecting distribution shift",
        "API integration patterns for OpenAI, Anthropic, and Google Gemini, including retry logic, rate-limit "
        "handling, and streaming response parsing",
        "Observability instrumentation using structured JSON logs, trace IDs, and tools like LangSmith, Braintrust, "
        "or Arize Phoenix for AI-specific debugging",
        "Basic containerization with Docker and deployment on AWS, GCP, or Azure so your code reaches production "
        "without blocking an SRE",
        "Cost accounting for token-based billing: estimating prompt and completion token counts, modeling cost "
        "projections, and building dashboards that attribute spend by feature",
    ],
    # Short names of the required skills above, for filtering.
    "skill_tags": [
        "Python",
        "RAG",
        "Prompt engineering",
        "Vector databases",
        "LLM evaluation",
        "Observability",
        "Docker",
    ],
    "differentiators": [
        "Fine-tuning workflows using supervised fine-tuning (SFT) or preference optimization (DPO) on open-weight "
        "models via Hugging Face Transformers or Unsloth, which lets you own latency-sensitive or private-data use "
        "cases where API calls are not viable",
        "Knowledge graph construction to ground retrieval in structured entity relationships, useful when a simple "
        "vector search over flat text produces too many irrelevant results",
        "Multi-agent orchestration patterns using LangGraph, AutoGen, or custom state machines, including handling "
        "agent failures and partial-completion states gracefully",
        "Security-specific AI applications such as threat-report summarization, CVE triage automation, or SIEM alert "
        "enrichment, which differentiate candidates at cybersecurity-adjacent employers",
        "TypeScript and the Vercel AI SDK for full-stack AI features where the LLM response streams directly to a "
        "React UI without a separate Python backend",
    ],
    "salary_bands": [
        {
            "level": "Junior IC",
            "years_min": 0,
            "years_max": 2,
            "min_usd": 110000,
            "max_usd": 145000,
            "notes": "Typically found at mid-size product companies or enterprises standing up their first AI team. "
            "Labs and frontier companies rarely hire below mid-level.",
        },
        {
            "level": "Mid IC",
            "years_min": 2,
            "years_max": 5,
            "min_usd": 140000,
            "max_usd": 210000,
            "notes": "The widest band in the market. A candidate who can own a RAG pipeline end to end and run evals "
            "without supervision commands the upper end of this range.",
        },
        {"level": "Senior IC", "years_min": 5, "years_max": 8, "min_usd": 195000, "max_usd": 285000, "notes": ""},
        {
            "level": "Staff",
            "years_min": 8,
            "years_max": None,
            "min_usd": 260000,
            "max_usd": 420000,
            "notes": "Staff AI Engineers at model labs (Anthropic, OpenAI, Cohere) often receive large equity grants "
            "that push total comp well above base. Figures reflect 2025-2026 Levels.fyi ranges for US markets.",
        },
    ],
    "salary_source_note": "Levels.fyi 2025-2026 + Glassdoor public ranges. Total compensation varies by location, "
    "company, and negotiation.",
    "ladder_steps": [
        {
            "title": "AI Engineer",
            "years_min": 0,
            "years_max": 3,
            "description": "Feature-level ownership: shipping RAG pipelines, writing evals, integrating model APIs into "
            "product surfaces, and learning to debug AI quality regressions in production",
        },
        {
            "title": "Senior AI Engineer",
            "years_min": 3,
            "years_max": 6,
            "description": "System-level ownership: multi-component architectures, cross-team evaluation standards, "
            "model selection strategy, and mentoring junior engineers through production incidents",
        },
        {
            "title": "Staff AI Engineer",
            "years_min": 6,
            "years_max": None,
            "description": "Organization-level technical direction: AI platform decisions, build vs. buy tradeoffs for "
            "new capabilities, and cross-product consistency in quality and safety posture",
        },
    ],
    "transitions": [
        {
            "from_slug": "software-engineer",
            "typical_months": 6,
            "description": "Software engineers already have the production engineering foundation that makes or "
            "breaks AI features. The gap is usually AI-specific: you need to understand token budgets, embedding "
            "similarity, retrieval quality metrics, and evaluation methodology. Expect four to eight months of "
            "deliberate project work before your resume reads as credible to an AI engineering hiring manager.",
            "key_artifacts": [
                "A working RAG application over a domain-specific corpus, deployed publicly with an eval harness "
                "showing precision and recall metrics",
                "A blog post or talk documenting a real production failure you debugged in an AI system, with the "
                "root cause and fix",
                "Open-source contributions to an evaluation library such as RAGAS, DeepEval, or Evals by OpenAI",
            ],
        },
        {
            "from_slug": "ml-engineer",
            "typical_months": 4,
            "description": "ML Engineers bring strong model understanding and usually know the Hugging Face library "
            "suite well. The transition is mostly about adapting to API-first LLM patterns versus model-training "
            "workflows, and about building the product engineering skills around streaming responses, latency "
            "tuning, and user-facing feature work that defines AI engineering in 2025-2026.",
            "key_artifacts": [
                "A production LLM feature with structured output, retry logic, and a cost dashboard showing token "
                "spend over time",
                "An evaluation harness comparing two model providers on the same task with documented tradeoffs",
                "A personal project using a fine-tuned open-weight model via Hugging Face Transformers or Unsloth",
            ],
        },
        {
            "from_slug": "soc-analyst",
            "typical_months": 12,
            "description": "SOC Analysts who know Python and have strong domain knowledge in cybersecurity are "
            "well-positioned for AI engineering roles focused on security applications: alert enrichment, "
            "threat-report summarization, and detection generation. The gap is software engineering depth. A "
            "structured learning path through Python, APIs, and system design closes the technical gap in nine to "
            "fourteen months of consistent effort.",
            "key_artifacts": [
                "A threat-intelligence summarizer that ingests CISA advisories and NVD entries, passes them through an "
                "LLM pipeline, and outputs structured IOC reports",
                "A working knowledge of software design patterns beyond scripting: classes, dependency injection, "
                "async IO",
                "A public GitHub repository with tests, a README, and a deployed demo endpoint",
            ],
        },
    ],
    "courses": [
        {
            "title": "AI Engineering Foundations",
            "provider": "DecipherU",
            "format": "course",
            "description": "<p>DecipherU's course covers RAG pipelines, evaluation frameworks, and production "
            "deployment patterns with a cybersecurity lens, connecting AI engineering skills directly to security use "
            "cases that accelerate hiring in this sector.</p>",
        },
        {
            "title": "Full Stack LLM Bootcamp",
            "provider": "The Full Stack",
            "format": "bootcamp",
            "description": "<p>Seven recorded sessions from Stanford covering LLMs in production: prompt engineering, "
            "LLMOps, user interface design for AI, and security considerations. Tight and practical.</p>",
        },
        {
            "title": "Designing Machine Learning Systems",
            "provider": "Chip Huyen",
            "format": "book",
            "description": "<p>Not a course but the reference text the field treats as canonical. Every chapter covers "
            "a production engineering decision you will face within your first six months on the job.</p>",
        },
    ],
    "companies": [
        "Anthropic",
        "OpenAI",
        "Cohere",
        "CrowdStrike",
        "Palo Alto Networks",
        "SentinelOne",
        "Microsoft",
        "Google DeepMind",
        "Amazon",
        "Mistral AI",
        "Scale AI",
        "Weights and Biases",
    ],
    "certifications": [
        ("DeepLearning.AI Generative AI with LLMs", "DeepLearning.AI (Coursera)"),
        ("Hugging Face NLP Course", "Hugging Face"),
        ("fast.ai Practical Deep Learning for Coders", "fast.ai"),
        ("AWS Certified Machine Learning Engineer Associate", "Amazon Web Services"),
        ("Google Cloud Professional Machine Learning Engineer", "Google Cloud"),
    ],
    "faqs": [
        (
            "Do I need a machine learning or data science background to become an AI Engineer?",
            "<p>No. The majority of AI Engineers working today came from software engineering backgrounds and learned "
            "LLM-specific patterns on the job or through focused self-study. You need strong Python, solid API "
            "integration skills, and the discipline to build evaluation suites. ML theory helps but is not a "
            "prerequisite for most product-side AI engineering roles.</p>",
        ),
        (
            "How is an AI Engineer different from a Machine Learning Engineer?",
            "<p>ML Engineers typically train, tune, and deploy traditional ML models or fine-tune existing models from "
            "scratch. AI Engineers primarily build applications on top of pre-trained foundation models using APIs, "
            "retrieval pipelines, and prompt-based interfaces. The distinction is blurring but the day-to-day work "
            "remains different in 2025-2026.</p>",
        ),
        (
            "What programming languages do AI Engineers actually use day to day?",
            "<p>Python is the primary language for model integration, evaluation, and data pipeline work. TypeScript "
            "appears for full-stack features where streaming responses go directly to a frontend. Go and Rust appear "
            "at model labs building high-throughput serving infrastructure. Most product-side AI Engineers write "
            "Python almost exclusively.</p>",
        ),
        (
            "How important are evaluations (evals) in AI engineering?",
            "<p>Evals are the core discipline that separates professional AI engineering from amateur AI building. "
            "Without a measurement framework you cannot tell if a model change improved or degraded quality. Senior "
            "engineers spend significant time on evaluation design. Chip Huyen and Jason Liu both treat evals as the "
            "most important single skill in the field.</p>",
        ),
        (
            "Is AI Engineering a stable long-term career given how fast the field is moving?",
            "<p>The specific frameworks and model providers you use today will change within two to three years. The "
            "durable skills are evaluation methodology, system design for AI reliability, and cost management. "
            "Engineers who treat the role as product engineering with an AI component rather than expertise in any "
            "single tool tend to stay relevant through model generations.</p>",
        ),
    ],
    "methodology": "<p>This guide reflects research methodology developed during graduate training in applied AI "
    "specializing in cybersecurity at Northeastern University, plus DecipherU's standard career insights workflow "
    "grounded in BLS occupational data, real job postings, and practitioner interviews when available.</p>",
    "sources": [
        {
            "publisher": "Bureau of Labor Statistics",
            "title": "Occupational Employment and Wage Statistics",
            "edition": "May 2024",
            "supports": "Salary and employment data for AI and cybersecurity occupations.",
        },
        {
            "publisher": "",
            "title": "O*NET OnLine",
            "edition": "version 28.0",
            "supports": "Applied AI work-role tasks, knowledge areas, and skills.",
        },
        {
            "publisher": "",
            "title": "Stanford HAI AI Index Report",
            "edition": "",
            "supports": "Annual AI workforce and capability index.",
        },
        {
            "publisher": "",
            "title": "NIST AI Risk Management Framework",
            "edition": "",
            "supports": "Reference framework for AI risk practitioners.",
        },
    ],
    "last_reviewed": date(2026, 4, 26),
}

# Roles the reference names only as transition sources. Each summary restates what
# the reference says of that role; every figure stays empty and nothing is reviewed.
SOURCE_ROLES = [
    {
        "title": "Software Engineer",
        "slug": "software-engineer",
        "summary": "Software engineers have the production engineering foundation that makes or breaks AI features.",
    },
    {
        "title": "ML Engineer",
        "slug": "ml-engineer",
        "summary": "ML Engineers typically train, tune, and deploy traditional ML models or fine-tune existing models.",
    },
    {
        "title": "SOC Analyst",
        "slug": "soc-analyst",
        "summary": "SOC Analysts bring domain knowledge in cybersecurity.",
    },
]
