using System.ComponentModel.DataAnnotations;
using ContactHub.Access;
using ContactHub.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary>The organisation's operators (Administrator only, by folder policy): create, change role and clearance, disable.</summary>
public sealed class OperatorsModel(OperatorService operators, TimeProvider clock) : PageModel
{
    public IReadOnlyList<OperatorView> Operators { get; private set; } = [];

    /// <summary>The time the page is shown at, to tell which lockouts still hold.</summary>
    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    [BindProperty]
    public NewOperatorForm New { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Operators = await operators.ListAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct) =>
        RunAsync(() => operators.CreateAsync(new OperatorRequest(New.Email, New.DisplayName, New.Role, New.Clearance, New.Password), ct), "Operator created.", nameof(New), ct);

    public Task<IActionResult> OnPostAccessAsync(Guid operatorId, OperatorRole role, Clearance clearance, CancellationToken ct) =>
        RunAsync(() => operators.ChangeAccessAsync(operatorId, role, clearance, ct), "Role and clearance saved.", string.Empty, ct);

    public Task<IActionResult> OnPostDisableAsync(Guid operatorId, CancellationToken ct) =>
        RunAsync(() => operators.DisableAsync(operatorId, ct), "Operator disabled.", string.Empty, ct);

    public Task<IActionResult> OnPostEnableAsync(Guid operatorId, CancellationToken ct) =>
        RunAsync(() => operators.EnableAsync(operatorId, ct), "Operator enabled.", string.Empty, ct);

    private async Task<IActionResult> RunAsync(Func<Task> change, string message, string prefix, CancellationToken ct)
    {
        try
        {
            await change();
            return this.RedirectToPageWithMessage(message);
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e, prefix);
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
