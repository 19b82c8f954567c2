using System.ComponentModel.DataAnnotations;
using GovFunctions.Core.Errors;

namespace GovFunctions.Core.Certificates;

/// <param name="Reason">withdrawn (撤销), cancelled (注销), issuedInError or holderRequest.</param>
/// <param name="Note">What the department records as the reason; shown to the holder, not to verifiers.</param>
public sealed record RevocationCommand([property: MaxLength(InputLimits.Word)] string? Reason, [property: MaxLength(InputLimits.Reason)] string? Note);
