using GovFunctions.Core.Cases;
using GovFunctions.Core.Certificates;

namespace GovFunctions.Core.PersonalData;

/// <summary>
/// Which parts of a stored case are personal data encrypted at rest: the applicant's identity number, phone and address
/// in the form (the case's and every form update in its history), a complainant's contact, a disclosure requester's identity number, phone and address, and each certificate's signed content (it names the
/// holder and their identity number). Each value's place is the case number and the field.
/// </summary>
public static class CaseProtection
{
    public static CaseRecord Protect(CaseRecord record, PersonalDataCipher cipher) => Transform(record, cipher.Protect);

    public static CaseRecord Unprotect(CaseRecord record, PersonalDataCipher cipher) => Transform(record, cipher.Unprotect);

    /// <summary>The ids of the keys a stored case's values were encrypted with.</summary>
    public static IReadOnlySet<string> KeyIdsOf(CaseRecord stored)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Transform(stored, (value, _) =>
        {
            if (PersonalDataCipher.KeyIdOf(value) is { } id)
            {
                ids.Add(id);
            }

            return value;
        });
        return ids;
    }

    private static CaseRecord Transform(CaseRecord record, Func<string?, string, string?> field)
    {
        var number = record.State.Number;

        ApplicationForm Form(ApplicationForm form) => form with
        {
            IdentityNumber = field(form.IdentityNumber, $"{number}/identityNumber"),
            ContactPhone = field(form.ContactPhone, $"{number}/contactPhone"),
            Address = field(form.Address, $"{number}/address"),
        };

        IssuedCertificate Certificate(IssuedCertificate certificate) =>
            certificate with { Document = certificate.Document with { Payload = field(certificate.Document.Payload, $"{number}/certificate/{certificate.Identifier}")! } };

        Complaints.Complaint? Complaint(Complaints.Complaint? complaint) =>
            complaint?.Contact is { } contact ? complaint with { Contact = contact with { Value = field(contact.Value, $"{number}/complaintContact")! } } : complaint;

        Disclosure.DisclosureRequest? Request(Disclosure.DisclosureRequest? request) => request is null ? null : request with
        {
            Requester = request.Requester with
            {
                IdentityNumber = field(request.Requester.IdentityNumber, $"{number}/requesterIdentityNumber")!,
                Phone = field(request.Requester.Phone, $"{number}/requesterPhone"),
                Address = field(request.Requester.Address, $"{number}/requesterAddress"),
            },
        };

        CaseEvent Event(CaseEvent change) => change switch
        {
            DisclosureRequested requested => requested with { Request = Request(requested.Request)! },
            ComplaintFiled filed => filed with { Complaint = Complaint(filed.Complaint)! },
            FormUpdated updated => updated with { Form = Form(updated.Form) },
            CaseDecided { Certificate: { } issued } decided => decided with { Certificate = Certificate(issued) },
            CertificateReissued reissued => reissued with { Certificate = Certificate(reissued.Certificate) },
            _ => change,
        };

        return record with
        {
            State = record.State with
            {
                Form = Form(record.State.Form),
                Certificates = [.. record.State.Certificates.Select(Certificate)],
                Complaint = Complaint(record.State.Complaint),
                Disclosure = Request(record.State.Disclosure),
            },
            History = [.. record.History.Select(Event)],
        };
    }
}
