namespace Generator.Tests.Support;

/// <summary>A clock stopped at one instant, in UTC, so "today" in a test is always the same day.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
