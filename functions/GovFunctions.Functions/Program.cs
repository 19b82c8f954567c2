using GovFunctions.Api;
using GovFunctions.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<ProblemMiddleware>();
builder.UseMiddleware<BearerAuthenticationMiddleware>();
builder.Services.AddGovFunctions(builder.Configuration);
builder.Services.AddSingleton<BearerTokenValidator>();

builder.Build().Run();
