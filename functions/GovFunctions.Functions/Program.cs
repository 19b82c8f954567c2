using GovFunctions.Functions;
using GovFunctions.Functions.Http;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<SecurityHeadersMiddleware>();
builder.UseMiddleware<AuditMiddleware>();
builder.UseMiddleware<ProblemMiddleware>();
builder.UseMiddleware<BearerAuthenticationMiddleware>();
builder.Services.AddFunctionsApp(builder.Configuration);

builder.Build().Run();
