using System.ComponentModel.DataAnnotations;
using ContactHub.Access;
using ContactHub.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The organisation's operators (Administrator only, by folder policy): create, change role and clearance, disable.
/// Only clearances up to the administrator's own are offered (<see cref="Grants"/> refuses others on every path).
/// </summary>
public sealed class OperatorsModel(OperatorService operators, CallerContext caller, TimeProvider clock) : PageModel
{
    public IReadOnlyList<OperatorView> Operators { get; private set; } = [];

    /// <summary>The time the page is shown at, to tell which lockouts still hold.</summary>
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public NewOperatorForm New { get; set; } = new();

    public IEnumerable<string> GrantableClearances => Grants.ClearancesFor(caller.Current).Select(c => c.ToString());

    /// <summary>An operator above the administrator's clearance is shown, not offered for change: no level of theirs could be kept.</summary>
    public bool MayChangeAccess(OperatorView account) => Grants.ClearancesFor(caller.Current).Contains(account.Clearance);

    public async Task OnGetAsync(CancellationToken ct) => Operators = await operators.ListAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        RunAsync(() => operators.CreateAsync(new OperatorRequest(New.Email, New.DisplayName, New.Role, New.Clearance, New.Password), ct), "Operator created.", nameof(New), ct);

    public Task<IActionResult> OnPostAccessAsync(Guid operatorId, OperatorRole role, Clearance clearance, CancellationToken ct) =>
        RunAsync(() => operators.ChangeAccessAsync(operatorId, role, clearance, ct), "Role and clearance saved.", string.Empty, ct, toForm: false);

    public Task<IActionResult> OnPostDisableAsync(Guid operatorId, CancellationToken ct) =>
        RunAsync(() => operators.DisableAsync(operatorId, ct), "Operator disabled.", string.Empty, ct);

    public Task<IActionResult> OnPostEnableAsync(Guid operatorId, CancellationToken ct) =>
        RunAsync(() => operators.EnableAsync(operatorId, ct), "Operator enabled.", string.Empty, ct);

    // A row's change has no field inputs to put a message on: its errors go above the table (toForm: false).
    private async Task<IActionResult> RunAsync(Func<Task> change, string message, string prefix, CancellationToken ct, bool toForm = true)
    {
        try
        {
            await change();
            return this.RedirectToPageWithMessage(message);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e, prefix, toForm ? null : _ => string.Empty);
        }
        catch (ContactHubException e)
        {
            ModelState.AddModelError(string.Empty, e.Message);
        }

        New.Password = null;
        await OnGetAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}

public sealed class NewOperatorForm
{
    [Display(Name = "E-mail")] public string? Email { get; set; }
    [Display(Name = "Name")] public string? DisplayName { get; set; }
    [Display(Name = "Role")] public OperatorRole? Role { get; set; } = OperatorRole.Operator;
    [Display(Name = "Clearance")] public Clearance? Clearance { get; set; } = ContactHub.Access.Clearance.Free;
    [Display(Name = "Initial password")] public string? Password { get; set; }
}
