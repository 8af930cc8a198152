using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ContactHub.Web.Pages;

/// <summary>
/// The back office's one way to say what a save or delete did: the message travels in TempData across the redirect
/// (post/redirect/get) and <c>_Layout</c> shows it once, as a status the screen reader announces.
/// </summary>
public static class Flash
{
    public const string Key = "Saved";

    public static void Say(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    /// <summary>Redirects after a change that held, with its message for the next page.</summary>
    public static RedirectResult RedirectWithMessage(this PageModel page, string url, string message)
    {
        page.TempData.Say(message);
        return new RedirectResult(url);
    }

    /// <summary>Redirects to the same page after a change that held, with its message.</summary>
    public static RedirectToPageResult RedirectToPageWithMessage(this PageModel page, string message)
    {
        page.TempData.Say(message);
        return new RedirectToPageResult(pageName: null);
    }

    /// <summary>The message after a change in one section of the contact page.</summary>
    public static string SectionSaved(string section) => section switch
    {
        "emails" => "E-mail addresses saved.",
        "phones" => "Phone numbers saved.",
        "addresses" => "Addresses saved.",
        "relations" => "Relations saved.",
        "companies" => "Company links saved.",
        _ => "Changes saved.",
    };
}
