namespace GovFunctions.Core.Milestones;

/// <summary>What a province is still owed: milestones not yet sent, over how many cases, the oldest since when, and when it is retried if it is failing.</summary>
public sealed record ProvinceBacklog(string ProvinceCode, int Cases, int PendingMessages, DateTimeOffset? OldestMessageAt, long? OldestAgeSeconds, DateTimeOffset? RetryingAt);
