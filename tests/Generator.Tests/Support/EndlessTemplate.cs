namespace Generator.Tests.Support;

/// <summary>
/// A template that renders for as long as anyone waits, within every limit of the theme's sandbox: a function that
/// calls itself twice, 40 levels deep (2^40 calls; the depth limit is 64, and no loop counts towards the loop
/// limit). A build or rebuild busy with it can only end by being cancelled.
/// </summary>
public static class EndlessTemplate
{
    public const string Text = """
        {{ func spin(n)
          if n > 0
            spin(n - 1)
            spin(n - 1)
          end
        end
        spin(40) }}<h1>Slow</h1>
        """;
}
