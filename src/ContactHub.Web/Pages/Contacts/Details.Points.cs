using System.ComponentModel.DataAnnotations;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>The e-mails, phones and addresses of the contact page.</summary>
public sealed partial class DetailsModel
{
    [BindProperty]
    public NewEmailForm NewEmail { get; set; } = new();

    [BindProperty]
    public NewPhoneForm NewPhone { get; set; } = new();

    [BindProperty]
    public NewAddressForm NewAddress { get; set; } = new();

    public Task<IActionResult> OnPostAddEmailAsync(Guid id, long version, CancellationToken ct) =>
        ChangeAsync(id, "emails", nameof(NewEmail), () => points.AddAsync(id, new EmailRequest(NewEmail.Type, NewEmail.Address), version, ct), ct);

    public Task<IActionResult> OnPostAddPhoneAsync(Guid id, long version, CancellationToken ct) =>
        ChangeAsync(id, "phones", nameof(NewPhone), () => points.AddAsync(id, new PhoneRequest(NewPhone.Type, NewPhone.Number), version, ct), ct);

    public Task<IActionResult> OnPostAddAddressAsync(Guid id, long version, CancellationToken ct) =>
        ChangeAsync(id, "addresses", nameof(NewAddress), () => points.AddAsync(id, NewAddress.ToRequest(), version, ct), ct);

    /// <summary>The operator knows the address works again (the mailbox was full, the domain is back): no bounce any more.</summary>
    public Task<IActionResult> OnPostResetBounceAsync(Guid id, Guid emailId, CancellationToken ct) =>
        ChangeAsync(id, "emails", "emails", () => consents.RecordBounceAsync(
            id, emailId, new ContactHub.Consent.BounceRequest(ContactHub.Consent.BounceStatus.None, null, null), ct), ct);

    /// <summary>Deactivate, reactivate or remove one entry; the section to return to is the kind's.</summary>
    public Task<IActionResult> OnPostPointAsync(Guid id, ContactPointKind kind, Guid pointId, string act, long version, CancellationToken ct)
    {
        var section = SectionOf(kind);
        return ChangeAsync(id, section, section, act switch
        {
            "deactivate" => () => points.DeactivateAsync(id, kind, pointId, version, ct),
            "reactivate" => () => points.ReactivateAsync(id, kind, pointId, version, ct),
            "remove" => () => points.RemoveAsync(id, kind, pointId, version, ct),
            _ => () => throw ContactHub.Common.ValidationFailedException.For(section, "Unknown action."),
        }, ct);
    }

    public static string SectionOf(ContactPointKind kind) => kind switch
    {
        ContactPointKind.Email => "emails",
        ContactPointKind.Phone => "phones",
        _ => "addresses",
    };
}

public sealed class NewEmailForm
{
    [Display(Name = "Type")]
    public string? Type { get; set; } = "work";

    [Display(Name = "E-mail address")]
    public string? Address { get; set; }
}

public sealed class NewPhoneForm
{
    [Display(Name = "Type")]
    public string? Type { get; set; } = "mobile";

    [Display(Name = "Number")]
    public string? Number { get; set; }
}

public sealed class NewAddressForm
{
    [Display(Name = "Type")]
    public string? Type { get; set; } = "home";

    [Display(Name = "Street")]
    public string? Street { get; set; }

    [Display(Name = "Street (2nd line)")]
    public string? Street2 { get; set; }

    [Display(Name = "Postal code")]
    public string? PostalCode { get; set; }

    [Display(Name = "City")]
    public string? City { get; set; }

    [Display(Name = "Region")]
    public string? Region { get; set; }

    [Display(Name = "Country (ISO code)")]
    public string? Country { get; set; }

    public AddressRequest ToRequest() => new(Type, Street, Street2, PostalCode, City, Region, Country);
}
