using GovFunctions.Api;
using GovFunctions.Api.Contract;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Contract;

public sealed class ContractFunctions(ContractApi api)
{
    [Function(Operations.GetOpenApiDocument)]
    public IResult GetOpenApiDocument([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OpenApiDocument)] HttpRequest request) =>
        api.GetOpenApiDocument(request);
}
