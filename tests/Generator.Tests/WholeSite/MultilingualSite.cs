using Generator.Tests.Support;

namespace Generator.Tests.WholeSite;

/// <summary>
/// A small English / 中文 site: "deal" in both languages (file suffix and <c>lang:</c>), "chips" in English only,
/// "training" in Chinese only, tags paired by <c>tag_translations</c>, a glossary per language and About in both.
/// </summary>
internal static class MultilingualSite
{
    public const string Config = """
        title: "Test News"
        description: "A test site."
        base_url: "https://example.github.io/ai-news/"
        languages:
          - code: en
            name: English
          - code: zh
            name: "中文"
        categories:
          - id: tech
            name: { en: "Tech Frontline", zh: "科技前沿" }
        authors:
          - id: ana
            name: Ana Example
        tag_translations:
          - { en: "Chips", zh: "芯片" }
        """;

    public static TestSite Create()
    {
        var site = new TestSite(Config);
        site.Post("2026-04-20-deal.md", "The deal", date: "2026-04-20", extra: "category: tech\ntags: [\"Chips\", \"Cloud\"]",
                body: "Amazon trains models on a GPU cluster.")
            .Post("2026-04-20-deal.zh.md", "这笔交易", date: "2026-04-20", extra: "category: tech\ntags: [\"芯片\"]",
                body: "亚马逊用GPU训练大模型，训练成本很高。")
            .Post("2026-04-21-chips.md", "Chips explained", date: "2026-04-21", extra: "tags: [\"Chips\"]", body: "Chips are small.")
            .Post("2026-04-22-training.md", "训练是什么", date: "2026-04-22", extra: "lang: zh\ntags: [\"芯片\"]",
                body: "模型要先训练，然后才能回答问题。")
            .Post("2026-04-23-inference.md", "推理", date: "2026-04-23", extra: "lang: zh", body: "推理就是模型回答问题的过程，不需要再练习。")
            .Write("content/glossary/gpu.md", "---\nterm: GPU\nshort: \"A chip for parallel maths.\"\n---\nLong.\n")
            .Write("content/glossary/gpu.zh.md", "---\nterm: GPU\naliases: [\"图形处理器\"]\nshort: \"一种擅长并行计算的芯片。\"\n---\n很长的解释。\n")
            .Write("content/glossary/training.zh.md", "---\nterm: 训练\nshort: \"让模型从数据里学习的过程。\"\n---\n解释。\n")
            .Write("content/pages/about.md", "---\ntitle: About\n---\nAbout us.\n")
            .Write("content/pages/about.zh.md", "---\ntitle: 关于我们\n---\n关于我们。\n");
        return site;
    }
}
