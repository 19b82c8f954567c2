namespace GovFunctions.Core.Errors;

/// <summary>The longest each string of a list may be (what [MaxLength] is for one string).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachMaxLengthAttribute(int length) : Attribute
{
    public int Length { get; } = length;
}
