using GovFunctions.Api;
using GovFunctions.Api.Supervision;
using GovFunctions.Core.Supervision;
using GovFunctions.Functions.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Azure.Functions.Worker;

namespace GovFunctions.Functions.Supervision;

/// <summary>电子监察's lists of cards and notices, 督办 on a department, and the overview.</summary>
public sealed class SupervisionFunctions(SupervisionApi api)
{
    [Function(Operations.ListSupervisionCards)]
    public Task<IResult> ListSupervisionCards(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionCards)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListSupervisionCards(request, cancellationToken);

    [Function(Operations.ListSupervisionNotices)]
    public Task<IResult> ListSupervisionNotices(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionNotices)] HttpRequest request, CancellationToken cancellationToken) =>
        api.ListSupervisionNotices(request, cancellationToken);

    /// <summary>The new file's notice has a deadline: its alarm orchestration starts with it.</summary>
    [Function(Operations.IssueDepartmentNotice)]
    public Task<IResult> IssueDepartmentNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DepartmentNotices)] HttpRequest request,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Started<DepartmentNoticeView>(api.IssueDepartmentNotice(request, cancellationToken), f => f.Number, durable, cancellationToken);

    [Function(Operations.GetDepartmentNotice)]
    public Task<IResult> GetDepartmentNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.DepartmentNotice)] HttpRequest request, string number, CancellationToken cancellationToken) =>
        api.GetDepartmentNotice(request, number, cancellationToken);

    [Function(Operations.AnswerDepartmentNotice)]
    public Task<IResult> AnswerDepartmentNotice(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.DepartmentNoticeAnswer)] HttpRequest request, string number,
        [DurableClient] DurableTaskClient durable, CancellationToken cancellationToken) =>
        ReviewFunctions.Rescheduled(api.AnswerDepartmentNotice(request, number, cancellationToken), durable, number, cancellationToken);

    [Function(Operations.GetSupervisionOverview)]
    public Task<IResult> GetSupervisionOverview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SupervisionOverview)] HttpRequest request, CancellationToken cancellationToken) =>
        api.GetSupervisionOverview(request, cancellationToken);
}
