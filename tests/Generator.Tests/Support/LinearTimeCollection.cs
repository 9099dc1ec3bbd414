namespace Generator.Tests.Support;

/// <summary>Tests that measure how time grows (<see cref="LinearTime"/>) run alone, after the others: the machine's
/// other work cannot be kept out of a measurement entirely, only made small.</summary>
[CollectionDefinition(nameof(LinearTimeCollection), DisableParallelization = true)]
public sealed class LinearTimeCollection;
