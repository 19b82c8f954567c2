using GovFunctions.Api;
using GovFunctions.Core.Cases;
using GovFunctions.Functions.Http;
using GovFunctions.Functions.Outbox;
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
builder.Services.AddSingleton<IOutboxSignal, ChangeFeedOutboxSignal>();

builder.Build().Run();
