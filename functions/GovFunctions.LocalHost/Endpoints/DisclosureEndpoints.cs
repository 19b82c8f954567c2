using GovFunctions.Api;
using GovFunctions.Api.Disclosure;
using GovFunctions.Api.Http;
using GovFunctions.Core.Disclosure;
using GovFunctions.Core.Identity;
using GovFunctions.Core.Materials;

namespace GovFunctions.LocalHost.Endpoints;

public static class DisclosureEndpoints
{
    public static void MapDisclosureEndpoints(this RouteGroupBuilder api)
    {
        var disclosure = api.MapGroup("").WithTags("Disclosure");

        disclosure.MapPost(Routes.DisclosureRequests, (HttpRequest request, DisclosureApi handler, CancellationToken ct) => handler.FileDisclosureRequest(request, ct))
            .WithName(Operations.FileDisclosureRequest)
            .WithSummary("依申请公开 (政府信息公开条例): a signed-in requester asks the department of an item whose procedure is disclosure (itemCode) for information — Art. 29: requester (kind naturalPerson or organisation, name, identity card number or credit code, a phone, email or address), description, forms (paper, electronic, inspection). Received now (Art. 31): answered within 20 working days (Art. 33). The answer carries the number and query code. Send an Idempotency-Key to retry safely: the same key and body answer the request received.")
            .ForCallers(PlatformRole.Applicant)
            .WithHeaderParameter(ApiParameters.IdempotencyKey)
            .Accepts<DisclosureRequestCommand>("application/json")
            .Produces<DisclosureView>(StatusCodes.Status201Created)
            .WithAnswerHeaders(StatusCodes.Status201Created, ContractHeaders.ETag, ContractHeaders.Location)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        disclosure.MapGet(Routes.DisclosureRequest, (HttpRequest request, string number, DisclosureApi handler, CancellationToken ct) => handler.GetDisclosureRequest(request, number, ct))
            .WithName(Operations.GetDisclosureRequest)
            .WithSummary("A disclosure request: for its requester, the staff of its department and the supervisors over its region; anyone else 404.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .Produces<DisclosureView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound);

        disclosure.MapGet(Routes.DisclosureRequests, (HttpRequest request, DisclosureApi handler, CancellationToken ct) => handler.ListDisclosureRequests(request, ct))
            .WithName(Operations.ListDisclosureRequests)
            .WithSummary("The open disclosure requests of the caller's department, the nearest answer deadline first.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver)
            .WithQueryParameter(ApiParameters.PageSize)
            .WithQueryParameter(ApiParameters.ContinuationToken)
            .Produces<DisclosureList>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        disclosure.MapGet(Routes.DisclosureAnnualReport, (HttpRequest request, DisclosureApi handler, CancellationToken ct) => handler.GetDisclosureAnnualReport(request, ct))
            .WithName(Operations.GetDisclosureAnnualReport)
            .WithSummary("政府信息公开工作年度报告, table 3: a department's disclosure requests of a year — carried over, received from natural persons and from organisations, answered by type, abandoned, pending at the year's end, fees. Read like the statistics: a supervisor (region or below), the department's head (own), admin.")
            .ForCallers(PlatformRole.Approver, PlatformRole.Supervisor, PlatformRole.Admin)
            .WithQueryParameter(ApiParameters.DepartmentCode)
            .WithQueryParameter(ApiParameters.ReportYear)
            .Produces<DisclosureAnnualReport>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        RouteHandlerBuilder Command<TBody>(
            string route, string name, string summary, Func<DisclosureApi, HttpRequest, string, CancellationToken, Task<IResult>> handle, params PlatformRole[] callers)
            where TBody : notnull =>
            disclosure.MapPost(route, (HttpRequest request, string number, DisclosureApi handler, CancellationToken ct) => handle(handler, request, number, ct))
                .WithName(name)
                .WithSummary(summary)
                .ForCallers(callers.Length > 0 ? callers : [PlatformRole.Approver])
                .WithHeaderParameter(ApiParameters.IfMatch)
                .Accepts<TBody>("application/json")
                .Produces<DisclosureView>()
                .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
                .ProducesCommandProblems();

        Command<DisclosureCorrectionRequestCommand>(Routes.DisclosureCorrectionRequest, Operations.RequestDisclosureCorrection,
            "Art. 30: the department's staff tell the requester, once and within 7 working days of receipt, everything to correct in an unclear request (items) and a reasonable period (periodWorkingDays, 1 to 30); the answer clock stops. Not corrected within it, the request is treated as abandoned.",
            (h, r, n, ct) => h.RequestDisclosureCorrection(r, n, ct), PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver);
        Command<DisclosureCorrectionCommand>(Routes.DisclosureCorrection, Operations.CorrectDisclosureRequest,
            "Art. 30: the requester corrects the request (description, and forms when they change) within the period; the 20 working days of Art. 33 start again from it.",
            (h, r, n, ct) => h.CorrectDisclosureRequest(r, n, ct), PlatformRole.Applicant);
        Command<ConsultationCommand>(Routes.DisclosureConsultation, Operations.ConsultThirdParty,
            "Art. 32: the department's staff consult a third party whose rights the disclosure may affect (thirdParty, matter); it has 15 working days to answer, and the time does not count towards the answer limit (the clock stands still).",
            (h, r, n, ct) => h.ConsultThirdParty(r, n, ct), PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver);
        Command<ConsultationAnswerCommand>(Routes.DisclosureConsultationAnswer, Operations.RecordThirdPartyAnswer,
            "Art. 32: the third party's answer (or that none came), recorded by the department's staff; the answer clock runs on, its deadline moved by the working days the consultation took.",
            (h, r, n, ct) => h.RecordThirdPartyAnswer(r, n, ct), PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver);
        Command<DisclosureFeeCommand>(Routes.DisclosureFee, Operations.NotifyDisclosureFee,
            "Art. 42, 国办函〔2020〕109号: the head of the disclosure office notifies an information-processing fee, once, by one method — perRequest (the request's place among its requester's requests of the month: 10 free, 11–30 ¥100, then ¥100 more per band of 10) or perPage (pages: 30 free, 31–100 ¥10, 101–200 ¥20, above ¥40, cumulative). A free request is refused a notice. The answer clock stands still until payment; unpaid within 20 working days, the request is treated as abandoned.",
            (h, r, n, ct) => h.NotifyDisclosureFee(r, n, ct));
        disclosure.MapPost(Routes.DisclosureFeePayment, (HttpRequest request, string number, DisclosureApi handler, CancellationToken ct) => handler.RecordDisclosureFeePayment(request, number, ct))
            .WithName(Operations.RecordDisclosureFeePayment)
            .WithSummary("The fee paid, recorded by the department's staff (an online payment channel comes later); the answer clock runs on, moved by the working days it stood still.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver)
            .WithHeaderParameter(ApiParameters.IfMatch)
            .Produces<DisclosureView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesCommandProblems();
        Command<DisclosureExtensionCommand>(Routes.DisclosureExtension, Operations.ExtendDisclosureRequest,
            "Art. 33: the head of the department's disclosure office extends the answer limit once, by at most 20 working days, with the reason the requester is told.",
            (h, r, n, ct) => h.ExtendDisclosureRequest(r, n, ct));
        Command<DisclosureAnswerCommand>(Routes.DisclosureAnswer, Operations.AnswerDisclosureRequest,
            "Art. 36, 37: the answer, by the head of the disclosure office — type alreadyPublic (location), disclosed or partiallyDisclosed (deliveredAs: a form the requester asked for; partial: the articles withheld under and the redacted copy uploaded as a document first; delivered electronically: its documents uploaded first), notDisclosed (articles), doesNotExist, notThisAuthority (authority), repeated (earlierRequest) or otherLaw (law) — with its text.",
            (h, r, n, ct) => h.AnswerDisclosureRequest(r, n, ct));

        disclosure.MapPost(Routes.DisclosureDocuments, (HttpRequest request, string number, DisclosureApi handler, CancellationToken ct) => handler.UploadDisclosureDocument(request, number, ct))
            .WithName(Operations.UploadDisclosureDocument)
            .WithSummary("Art. 36 (2), 37: the department's staff upload a document the answer provides — for a partial disclosure the copy with the withheld parts redacted — as the raw body (name in Content-Disposition), checked as a material is. It becomes document-N of the request; the requester reads the documents once the answer provides them. A partial disclosure, and a disclosure delivered electronically, need at least one.")
            .ForCallers(PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver)
            .AcceptsFile(["application/octet-stream", .. MaterialTypeSniffer.ContentTypes],
                $"The file as it is (pdf, ofd, jpg or png, at most {DisclosureDecisions.DocumentSlot.MaxSizeMb} MB); its type is told from its content.")
            .Produces<DisclosureView>()
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesValidationProblem()
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        disclosure.MapGet(Routes.DisclosureDocument, (HttpRequest request, string number, string documentId, DisclosureApi handler, CancellationToken ct) =>
                handler.DownloadDisclosureDocument(request, number, documentId, ct))
            .WithName(Operations.DownloadDisclosureDocument)
            .WithSummary("A document of a disclosure request: for the staff of its department and the supervisors over its region, and for its requester once the answer provides it. ETag is the file's SHA-256.")
            .ForCallers(PlatformRole.Applicant, PlatformRole.Clerk, PlatformRole.Reviewer, PlatformRole.Approver, PlatformRole.Supervisor)
            .ProducesFile(MaterialTypeSniffer.ContentTypes)
            .WithAnswerHeaders(StatusCodes.Status200OK, ContractHeaders.ETag)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
