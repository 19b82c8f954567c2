namespace GovFunctions.Api;

/// <summary>Route templates, relative to the <c>/api</c> prefix both hosts serve them under.</summary>
public static class Routes
{
    public const string Prefix = "api";

    public const string Health = "health";

    /// <summary>The API contract itself (docs/openapi.json).</summary>
    public const string OpenApiDocument = "openapi.json";

    public const string ServiceItems = "catalog/items";
    public const string ServiceItem = "catalog/items/{code}";
    public const string ServiceItemVersion = "catalog/items/{code}/versions/{version}";
    public const string ServiceItemDraft = "catalog/items/{code}/draft";
    public const string ServiceItemPublication = "catalog/items/{code}/draft/publish";

    public const string Cases = "cases";
    public const string Case = "cases/{caseNumber}";
    public const string CaseForm = "cases/{caseNumber}/form";
    public const string CaseMaterial = "cases/{caseNumber}/materials/{slotId}";
    public const string CaseMaterialUploads = "cases/{caseNumber}/materials/{slotId}/uploads";
    public const string CaseMaterialUploadCompletion = "cases/{caseNumber}/materials/{slotId}/uploads/{uploadId}/completion";
    public const string CaseSubmission = "cases/{caseNumber}/submission";
    public const string CaseWithdrawal = "cases/{caseNumber}/withdrawal";
    public const string CasePreReview = "cases/{caseNumber}/pre-review";
    public const string CaseAcceptance = "cases/{caseNumber}/acceptance";
    public const string CaseAcceptanceRefusal = "cases/{caseNumber}/acceptance-refusal";
    public const string CaseSupplementRequest = "cases/{caseNumber}/supplement-request";
    public const string CaseSupplement = "cases/{caseNumber}/supplement";
    public const string CaseStepCompletion = "cases/{caseNumber}/step-completion";
    public const string CaseSuspension = "cases/{caseNumber}/suspension";
    public const string CaseResumption = "cases/{caseNumber}/resumption";
    public const string CaseExtension = "cases/{caseNumber}/extension";
    public const string CaseDecision = "cases/{caseNumber}/decision";
    public const string CaseDelivery = "cases/{caseNumber}/delivery";
    public const string MyCases = "me/cases";
    public const string MyData = "me/data";
    public const string PublicCaseStatus = "public/cases/{caseNumber}/status";

    public const string WorkItems = "work-items";
    public const string CaseSearches = "case-searches";

    public const string CertificateVerifications = "public/certificate-verifications";
    public const string IssuerKeys = "public/certificate-keys";
    public const string CertificateStatusList = "public/certificate-status/{issuerCode}";
    public const string Certificates = "certificates";
    public const string Certificate = "certificates/{identifier}";
    public const string CertificatePdf = "certificates/{identifier}/pdf";
    public const string CertificateRevocation = "certificates/{identifier}/revocation";
    public const string CertificateReissue = "certificates/{identifier}/reissue";
    public const string IssuerKeyRotation = "operations/certificate-issuers/{issuerCode}/key-rotation";

    public const string CalendarYears = "calendar/years";
    public const string CalendarYear = "calendar/years/{year}";

    public const string AuditRecords = "audit-records";
    public const string AuditDayVerification = "operations/audit-days/{day}/verification";
    public const string AuditDayAnchor = "operations/audit-days/{day}/anchor";
    public const string CaseHistoryVerification = "cases/{caseNumber}/history/verification";

    public const string PublishedResults = "public/results";

    public const string SupervisionCards = "supervision/cards";
    public const string CardCorrection = "cases/{caseNumber}/cards/{card}/correction";
    public const string CardReview = "cases/{caseNumber}/cards/{card}/review";
    public const string SupervisionNotices = "supervision/notices";
    public const string DepartmentNotices = "supervision/department-notices";
    public const string DepartmentNotice = "supervision/department-notices/{number}";
    public const string DepartmentNoticeAnswer = "supervision/department-notices/{number}/answer";
    public const string SupervisionOverview = "supervision/overview";
    public const string Complaints = "complaints";
    public const string Complaint = "complaints/{number}";
    public const string ComplaintAcceptance = "complaints/{number}/acceptance";
    public const string ComplaintRefusal = "complaints/{number}/refusal";
    public const string ComplaintAssignment = "complaints/{number}/assignment";
    public const string ComplaintAnswer = "complaints/{number}/answer";
    public const string ComplaintClosure = "complaints/{number}/closure";
    public const string ComplaintAnswerReturn = "complaints/{number}/answer-return";
    public const string ComplaintRating = "complaints/{number}/rating";
    public const string SupervisionComplaints = "supervision/complaints";
    public const string PublishedComplaints = "public/complaints";
    public const string DisclosureRequests = "disclosure-requests";
    public const string DisclosureRequest = "disclosure-requests/{number}";
    public const string DisclosureExtension = "disclosure-requests/{number}/extension";
    public const string DisclosureCorrectionRequest = "disclosure-requests/{number}/correction-request";
    public const string DisclosureCorrection = "disclosure-requests/{number}/correction";
    public const string DisclosureConsultation = "disclosure-requests/{number}/consultation";
    public const string DisclosureConsultationAnswer = "disclosure-requests/{number}/consultation-answer";
    public const string DisclosureFee = "disclosure-requests/{number}/fee";
    public const string DisclosureFeePayment = "disclosure-requests/{number}/fee-payment";
    public const string DisclosureAnnualReport = "supervision/disclosure-report";
    public const string DisclosureAnswer = "disclosure-requests/{number}/answer";
    public const string DisclosureDocuments = "disclosure-requests/{number}/documents";
    public const string DisclosureDocument = "disclosure-requests/{number}/documents/{documentId}";
    public const string SupervisionStatistics = "supervision/statistics";
    public const string SupervisionStatisticsExport = "supervision/statistics/export";
    public const string SupervisionStatisticsRebuild = "operations/statistics/rebuild";
    public const string PublicStatistics = "public/statistics";
    public const string PublicRatings = "public/ratings";

    public const string CaseRating = "cases/{caseNumber}/rating";
    public const string RatingDimensions = "public/rating-dimensions";
    public const string RatingCallBack = "cases/{caseNumber}/rating/call-back";
    public const string RatingRectification = "cases/{caseNumber}/rating/rectification";
    public const string RatingAppealDecision = "cases/{caseNumber}/rating/appeal-decision";
    public const string RectificationRating = "cases/{caseNumber}/rating/rectification-rating";
    public const string CaseNotices = "cases/{caseNumber}/notices";
    public const string NoticeAnswer = "cases/{caseNumber}/notices/{notice}/answer";

    public const string OutboxBacklog = "operations/outbox-backlog";
    public const string CaseMilestoneResend = "operations/cases/{caseNumber}/milestone-resend";
    public const string PoisonMessages = "operations/provinces/{provinceCode}/poison-messages";
    public const string PoisonMessageRequeue = "operations/provinces/{provinceCode}/poison-messages/{messageId}/requeue";
}
