namespace GovFunctions.Core.Audit;

/// <summary>
/// Where a change came from, beyond who made it: the roles and department the actor acted in, the request id (the
/// <c>traceId</c> of the request's audit record and of a problem answer) and the client address.
/// </summary>
public sealed record RequestOrigin(IReadOnlyList<string> Roles, string? DepartmentCode, string? RequestId, string? ClientAddress);
