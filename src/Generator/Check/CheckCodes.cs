namespace Generator.Check;

/// <summary>The codes of <c>check</c>'s findings; the README's check table lists the same.</summary>
internal static class CheckCodes
{
    public const string BrokenLink = "CHK001";
    public const string BrokenAnchor = "CHK002";
    public const string MissingAlt = "CHK003";
    public const string MissingImage = "CHK004";
    public const string MissingSummary = "CHK005";
    public const string DuplicateTitle = "CHK006";
    public const string UnusedTerm = "CHK007";
    public const string UnlinkedTerm = "CHK008";
    public const string MissingTitle = "CHK009";
    public const string MissingDescription = "CHK010";
    public const string ExternalUrl = "CHK011";
    public const string Placeholder = "CHK012";
    public const string SvgSocialImage = "CHK013";
}
