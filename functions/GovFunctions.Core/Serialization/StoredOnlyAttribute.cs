namespace GovFunctions.Core.Serialization;

/// <summary>
/// A property kept in the stored document (and in what is hashed of it) but never answered: the answers' JSON
/// (<see cref="GovJson.ConfigureAnswers"/>) and the API contract leave it out.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StoredOnlyAttribute : Attribute;
