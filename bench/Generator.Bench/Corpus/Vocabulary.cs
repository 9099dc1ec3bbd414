namespace Generator.Bench.Corpus;

/// <summary>
/// The fixed word stock of the generated news corpus: 60 tags (with spaces and dots, as real AI-news tags have),
/// 5 categories, 4 authors, glossary terms (real ones first, then adjective–noun phrases, enough for 2,500) and the
/// pieces sentences and titles are made of.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Tags =
    [
        "Kimi K2.6", "OpenAI", "Anthropic", "Google DeepMind", "Meta", "Mistral", "DeepSeek V3.2", "Qwen 3", "Llama 4",
        "GPT-5.1", "Claude Opus 4.5", "Gemini 3", "Project Prometheus", "Open weights", "Nvidia", "AMD", "TSMC",
        "Data centers", "EU AI Act", "Copyright", "Privacy", "AI safety", "Robotics", "Self-driving cars",
        "Drug discovery", "Protein folding", "Healthcare", "Education", "Workplace", "Music", "Film & TV", "Search",
        "Coding assistants", "Agents", "Benchmarks", "Chips", "Energy", "Funding", "Startups", "Acquisitions",
        "Regulation", "China", "United States", "Europe", "India", "Open source", "Hugging Face", "Microsoft",
        "Amazon", "Apple", "xAI", "Perplexity", "Cohere", "Stability AI", "Midjourney", "Runway Gen-4",
        "Whisper v3", "Sora 2", "Model Context Protocol", "Scaling laws",
    ];

    public static readonly (string Id, string Name)[] Categories =
    [
        ("tech-frontline", "Tech Frontline"), ("biotech-health", "Biotech & Health"), ("policy-law", "Policy & Law"),
        ("growth-life", "Growth & Life"), ("spotlight", "Spotlight"),
    ];

    public static readonly (string Id, string Name)[] Authors =
        [("maya-chen", "Maya Chen"), ("daniel-okafor", "Daniel Okafor"), ("lena-fischer", "Lena Fischer"), ("arjun-rao", "Arjun Rao")];

    private static readonly string[] RealTerms =
    [
        "open-weight model", "AI agent", "API call", "GPU", "hyperscaler", "frontier model", "inference",
        "Model Context Protocol", "capital expenditure", "foundation model", "large language model", "token",
        "context window", "fine-tuning", "reinforcement learning", "mixture of experts", "transformer",
        "training run", "data center", "quantization", "hallucination", "retrieval-augmented generation",
        "embedding", "parameter", "benchmark", "distillation", "alignment", "red teaming", "multimodal model",
        "reasoning model", "diffusion model", "chatbot", "prompt injection", "synthetic data", "compute cluster",
        "tensor core", "edge device", "speech recognition", "protein structure", "watermark",
    ];

    private static readonly string[] Adjectives =
    [
        "sparse", "dense", "latent", "adaptive", "federated", "causal", "contrastive", "recurrent", "quantized",
        "distributed", "speculative", "hierarchical", "modular", "probabilistic", "symbolic", "generative",
        "self-supervised", "low-rank", "multilingual", "on-device", "streaming", "long-context", "sovereign",
        "verifiable", "autonomous", "neuromorphic", "photonic", "elastic", "robust", "private", "explainable",
        "incremental", "hybrid", "agentic", "curated", "zero-shot", "few-shot", "bilingual", "optical", "tiled",
        "layered", "gated", "shared", "frozen", "pruned", "routed", "cached", "batched", "pipelined", "sharded",
    ];

    private static readonly string[] Nouns =
    [
        "router", "adapter", "encoder", "decoder", "tokenizer", "optimizer", "scheduler", "retriever", "verifier",
        "planner", "evaluator", "interconnect", "accelerator", "checkpoint", "gradient", "kernel", "corpus",
        "ranker", "critic", "simulator", "registry", "sandbox", "pipeline", "memory bank", "attention head",
        "reward model", "policy network", "value head", "vector store", "index", "compiler", "runtime", "firmware",
        "dataset", "annotator", "classifier", "detector", "filter", "monitor", "protocol", "gateway", "orchestrator",
        "sampler", "crawler", "watermarker", "licence", "audit", "standard", "testbed", "leaderboard",
    ];

    /// <summary>The first <paramref name="count"/> glossary terms: the real ones, then "sparse router"-style phrases.</summary>
    public static IReadOnlyList<string> Terms(int count)
    {
        var terms = new List<string>(count);
        terms.AddRange(RealTerms.Take(count));
        for (var i = 0; terms.Count < count; i++)
        {
            if (i >= Adjectives.Length * Nouns.Length) throw new ArgumentOutOfRangeException(nameof(count), "at most 2,540 terms");
            terms.Add(Adjectives[i % Adjectives.Length] + " " + Nouns[i / Adjectives.Length % Nouns.Length]);
        }
        return terms;
    }

    public static readonly string[] Companies =
        ["OpenAI", "Anthropic", "Google", "Meta", "Mistral", "Moonshot AI", "DeepSeek", "Alibaba", "Nvidia", "Microsoft", "Amazon", "Apple", "a Paris startup", "a university lab"];

    public static readonly string[] TitleVerbs =
        ["ships", "unveils", "delays", "open-sources", "prices", "rethinks", "doubles down on", "explains", "tests", "pauses"];

    public static readonly string[] TitleObjects =
    [
        "a smaller open-weight model", "its agent platform", "a new chip", "a coding assistant", "a safety report",
        "a data-center deal", "a music generator", "a reasoning model", "new usage limits", "a health pilot",
        "a translation tool", "an education plan", "its search product", "a robotics kit", "a licensing deal",
    ];

    public static readonly string[] Subjects =
    [
        "The company", "Researchers", "Regulators", "Investors", "Developers", "The new system", "Critics",
        "Early users", "The team", "Analysts", "Hospitals", "Teachers", "Lawmakers", "Chip makers", "The startup",
    ];

    public static readonly string[] Verbs =
    [
        "expect", "argue", "report", "measured", "found", "warn", "announced", "promised", "questioned", "tested",
        "compared", "estimate", "described", "defended", "published",
    ];

    public static readonly string[] Objects =
    [
        "lower prices for most customers", "a faster release schedule", "better results on hard tasks",
        "clear rules for training data", "more energy per query", "a narrower gap with rivals",
        "fewer errors in long answers", "stronger privacy guarantees", "a new round of funding",
        "bigger clusters next year", "wider access for schools", "a careful rollout in Europe",
    ];

    public static readonly string[] Clauses =
    [
        "although the details are still thin", "according to people familiar with the plans",
        "which matters more than it sounds", "and the numbers back that up", "even as costs keep rising",
        "while competitors move in the same direction", "but independent tests are still pending",
        "because demand has outgrown supply", "so smaller teams can follow", "after months of speculation",
    ];

    public static readonly string[] Headings =
    [
        "What happened", "Why it matters", "The numbers", "What critics say", "How it works", "What comes next",
        "The bigger picture", "Who is affected", "The fine print", "What we still do not know",
    ];
}
