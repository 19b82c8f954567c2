namespace GovFunctions.Azure.Configuration;

/// <summary>
/// Marks an options property that only local runs set (emulator keys, development conveniences). Everything
/// else an options class reads must be set on the deployed Functions app; the infrastructure parity test
/// holds infra/ to that.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LocalOnlySettingAttribute : Attribute;
