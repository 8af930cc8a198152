using System.Text.Json;
using Microsoft.Playwright;

namespace ContactHub.Browser.Tests.Accessibility;

/// <summary>
/// axe-core (vendored beside this file: Accessibility/axe/axe.min.js with its licences, copied to the output; nothing
/// is downloaded at run time) run on the page as it is shown, with every rule axe enables by default.
/// </summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe", "axe.min.js");

    /// <summary>Each element that breaks a rule with a serious or critical impact on it.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated, not added as a script tag: the app's Content-Security-Policy refuses inline scripts.
            await page.EvaluateAsync(await File.ReadAllTextAsync(Script));
        }

        var nodes = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations.flatMap(rule => rule.nodes
                .filter(node => node.impact === 'serious' || node.impact === 'critical')
                .map(node => ({ rule: rule.id, impact: node.impact, target: node.target.join(' '), help: rule.help, detail: node.failureSummary ?? '' })));
            }
            """);
        return [.. nodes.EnumerateArray().Select(n => new AxeViolation(
            n.GetProperty("rule").GetString()!, n.GetProperty("impact").GetString()!, n.GetProperty("target").GetString()!,
            n.GetProperty("help").GetString()!, n.GetProperty("detail").GetString()!))];
    }
}
