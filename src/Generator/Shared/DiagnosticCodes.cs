namespace Generator;

/// <summary>Every diagnostic code the generator emits, so the README table and the code cannot drift apart.</summary>
internal static class DiagnosticCodes
{
    public const string InvalidUtf8 = "GEN001";
    public const string UnclosedFrontMatter = "GEN002";
    public const string MalformedYaml = "GEN003";
    public const string MissingKey = "GEN004";
    public const string InvalidDate = "GEN005";
    public const string WrongType = "GEN006";
    public const string UnknownKey = "GEN007";
    public const string UnknownAuthor = "GEN008";
    public const string UnknownCategory = "GEN009";
    public const string DuplicateSlug = "GEN010";
    public const string InvalidSlug = "GEN011";
    public const string TagSlugCollision = "GEN012";
    public const string TemplateCompile = "GEN013";
    public const string TemplateRender = "GEN014";
    public const string MissingTemplate = "GEN015";
    public const string SiteConfig = "GEN016";
    public const string MissingFrontMatter = "GEN017";
    public const string DuplicateGlossaryTerm = "GEN018";
    public const string EmptyGlossaryShort = "GEN019";
    public const string InvalidUrl = "GEN020";
    public const string UnsafeLink = "GEN021";
    public const string UnreadableFile = "GEN022";
    public const string FileTooLarge = "GEN023";
    public const string InvalidCharacter = "GEN024";
    public const string TooDeep = "GEN025";
    public const string NameTooLong = "GEN026";
    public const string OutputCollision = "GEN027";
    public const string UnsafeUrl = "GEN028";
    public const string TooManyTags = "GEN029";
    public const string InternalError = "GEN030";
    public const string TagSpelling = "GEN031";
    public const string UnknownLanguage = "GEN032";
    public const string DuplicateTranslationKey = "GEN033";
    public const string MissingInterfaceString = "GEN034";
    public const string MissingFont = "GEN035";
    public const string UnreadableImage = "GEN036";
    public const string OverLimit = "GEN037";
    public const string UnknownPost = "GEN038";
}
