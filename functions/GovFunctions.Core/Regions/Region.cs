namespace GovFunctions.Core.Regions;

/// <summary>An administrative division (GB/T 2260), or the platform's national level 100000.</summary>
public sealed record Region(string Code, string Name, string Level, string? ParentCode);
