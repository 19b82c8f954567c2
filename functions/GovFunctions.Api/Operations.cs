namespace GovFunctions.Api;

/// <summary>
/// The stable operation names of the API contract: the Functions app's [Function] names, LocalHost's
/// endpoint names and the OpenAPI operationIds are all these.
/// </summary>
public static class Operations
{
    public const string GetHealth = nameof(GetHealth);
    public const string GetOpenApiDocument = nameof(GetOpenApiDocument);

    public const string ListServiceItems = nameof(ListServiceItems);
    public const string GetServiceItem = nameof(GetServiceItem);
    public const string GetServiceItemVersion = nameof(GetServiceItemVersion);
    public const string CreateServiceItemDraft = nameof(CreateServiceItemDraft);
    public const string UpdateServiceItemDraft = nameof(UpdateServiceItemDraft);
    public const string PublishServiceItem = nameof(PublishServiceItem);

    public const string CreateCase = nameof(CreateCase);
    public const string GetCase = nameof(GetCase);
    public const string UpdateCaseForm = nameof(UpdateCaseForm);
    public const string UploadMaterial = nameof(UploadMaterial);
    public const string DownloadMaterial = nameof(DownloadMaterial);
    public const string RequestMaterialUpload = nameof(RequestMaterialUpload);
    public const string CompleteMaterialUpload = nameof(CompleteMaterialUpload);
    public const string SubmitCase = nameof(SubmitCase);
    public const string WithdrawCase = nameof(WithdrawCase);
    public const string ListMyCases = nameof(ListMyCases);
    public const string ExportMyData = nameof(ExportMyData);
    public const string GetPublicCaseStatus = nameof(GetPublicCaseStatus);
    public const string ProvideSupplement = nameof(ProvideSupplement);

    public const string ListWorkItems = nameof(ListWorkItems);
    public const string FindCasesByIdentity = nameof(FindCasesByIdentity);
    public const string PreReviewCase = nameof(PreReviewCase);
    public const string AcceptCase = nameof(AcceptCase);
    public const string RejectAcceptance = nameof(RejectAcceptance);
    public const string RequestSupplement = nameof(RequestSupplement);
    public const string CompleteReviewStep = nameof(CompleteReviewStep);
    public const string SuspendCase = nameof(SuspendCase);
    public const string ResumeCase = nameof(ResumeCase);
    public const string ExtendCase = nameof(ExtendCase);
    public const string DecideCase = nameof(DecideCase);
    public const string DeliverCase = nameof(DeliverCase);

    public const string VerifyCertificate = nameof(VerifyCertificate);
    public const string GetIssuerKeys = nameof(GetIssuerKeys);
    public const string GetCertificateStatusList = nameof(GetCertificateStatusList);
    public const string ListCertificates = nameof(ListCertificates);
    public const string DownloadCertificate = nameof(DownloadCertificate);
    public const string DownloadCertificatePdf = nameof(DownloadCertificatePdf);
    public const string RevokeCertificate = nameof(RevokeCertificate);
    public const string ReissueCertificate = nameof(ReissueCertificate);
    public const string RotateIssuerKey = nameof(RotateIssuerKey);

    public const string ListWorkCalendarYears = nameof(ListWorkCalendarYears);
    public const string GetWorkCalendarYear = nameof(GetWorkCalendarYear);
    public const string PublishWorkCalendarYear = nameof(PublishWorkCalendarYear);

    public const string ListAuditRecords = nameof(ListAuditRecords);
    public const string VerifyAuditTrail = nameof(VerifyAuditTrail);
    public const string GetAuditAnchor = nameof(GetAuditAnchor);
    public const string VerifyCaseHistory = nameof(VerifyCaseHistory);

    public const string ListPublishedResults = nameof(ListPublishedResults);

    public const string ListSupervisionCards = nameof(ListSupervisionCards);
    public const string ReportCardCorrection = nameof(ReportCardCorrection);
    public const string ReviewCardCorrection = nameof(ReviewCardCorrection);
    public const string ListSupervisionNotices = nameof(ListSupervisionNotices);
    public const string IssueDepartmentNotice = nameof(IssueDepartmentNotice);
    public const string GetDepartmentNotice = nameof(GetDepartmentNotice);
    public const string AnswerDepartmentNotice = nameof(AnswerDepartmentNotice);
    public const string GetSupervisionOverview = nameof(GetSupervisionOverview);
    public const string FileComplaint = nameof(FileComplaint);
    public const string GetComplaint = nameof(GetComplaint);
    public const string ListComplaints = nameof(ListComplaints);
    public const string AcceptComplaint = nameof(AcceptComplaint);
    public const string DeclineComplaint = nameof(DeclineComplaint);
    public const string AssignComplaint = nameof(AssignComplaint);
    public const string AnswerComplaint = nameof(AnswerComplaint);
    public const string CloseComplaint = nameof(CloseComplaint);
    public const string ReturnComplaintAnswer = nameof(ReturnComplaintAnswer);
    public const string RateComplaintHandling = nameof(RateComplaintHandling);
    public const string ListPublishedComplaints = nameof(ListPublishedComplaints);
    public const string FileDisclosureRequest = nameof(FileDisclosureRequest);
    public const string GetDisclosureRequest = nameof(GetDisclosureRequest);
    public const string ListDisclosureRequests = nameof(ListDisclosureRequests);
    public const string ExtendDisclosureRequest = nameof(ExtendDisclosureRequest);
    public const string RequestDisclosureCorrection = nameof(RequestDisclosureCorrection);
    public const string CorrectDisclosureRequest = nameof(CorrectDisclosureRequest);
    public const string ConsultThirdParty = nameof(ConsultThirdParty);
    public const string RecordThirdPartyAnswer = nameof(RecordThirdPartyAnswer);
    public const string NotifyDisclosureFee = nameof(NotifyDisclosureFee);
    public const string RecordDisclosureFeePayment = nameof(RecordDisclosureFeePayment);
    public const string GetDisclosureAnnualReport = nameof(GetDisclosureAnnualReport);
    public const string AnswerDisclosureRequest = nameof(AnswerDisclosureRequest);
    public const string UploadDisclosureDocument = nameof(UploadDisclosureDocument);
    public const string DownloadDisclosureDocument = nameof(DownloadDisclosureDocument);
    public const string GetSupervisionStatistics = nameof(GetSupervisionStatistics);
    public const string ExportSupervisionStatistics = nameof(ExportSupervisionStatistics);
    public const string GetPublicStatistics = nameof(GetPublicStatistics);
    public const string GetPublicRatings = nameof(GetPublicRatings);
    public const string RebuildSupervisionStatistics = nameof(RebuildSupervisionStatistics);

    public const string RateCase = nameof(RateCase);
    public const string GetCaseRating = nameof(GetCaseRating);
    public const string ListRatingDimensions = nameof(ListRatingDimensions);
    public const string RecordRatingCallBack = nameof(RecordRatingCallBack);
    public const string ConcludeRectification = nameof(ConcludeRectification);
    public const string DecideRatingAppeal = nameof(DecideRatingAppeal);
    public const string RateRectification = nameof(RateRectification);
    public const string IssueSupervisionNotice = nameof(IssueSupervisionNotice);
    public const string AnswerSupervisionNotice = nameof(AnswerSupervisionNotice);

    public const string GetOutboxBacklog = nameof(GetOutboxBacklog);
    public const string ResendCaseMilestones = nameof(ResendCaseMilestones);
    public const string ListPoisonMessages = nameof(ListPoisonMessages);
    public const string RequeuePoisonMessage = nameof(RequeuePoisonMessage);
}
