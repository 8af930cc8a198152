using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>Relations (outward ones are edited here; inward ones belong to the other contact) and company links.</summary>
public sealed partial class DetailsModel
{
    [BindProperty]
    [Display(Name = "Relation type")]
    public string? RelationType { get; set; }

    [BindProperty]
    [Display(Name = "Role at the company")]
    public string? Role { get; set; }

    public Task<IActionResult> OnPostAddRelationAsync(Guid id, Guid relatedId, CancellationToken ct) =>
        ChangeAsync(id, "relations", "relations", () => links.AddRelationAsync(id, relatedId, RelationType, ct), ct);

    public Task<IActionResult> OnPostChangeRelationAsync(Guid id, Guid relationId, CancellationToken ct) =>
        ChangeAsync(id, "relations", "relations", () => links.ChangeRelationAsync(id, relationId, RelationType, ct), ct);

    public Task<IActionResult> OnPostRemoveRelationAsync(Guid id, Guid relationId, CancellationToken ct) =>
        ChangeAsync(id, "relations", "relations", () => links.RemoveRelationAsync(id, relationId, ct), ct);

    public Task<IActionResult> OnPostConnectAsync(Guid id, Guid companyId, CancellationToken ct) =>
        ChangeAsync(id, "companies", "companies", () => links.ConnectAsync(id, companyId, Role, ct), ct);

    public Task<IActionResult> OnPostDisconnectAsync(Guid id, Guid linkId, CancellationToken ct) =>
        ChangeAsync(id, "companies", "companies", () => links.DisconnectAsync(id, linkId, ct), ct);
}
