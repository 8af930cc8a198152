using System.Text.Json;
using Microsoft.Playwright;

namespace ContactHub.Browser.Tests.Accessibility;

/// <summary>
/// Tabs through a whole page with the keyboard, from the top, and reports each focused control that shows no focus
/// ring, and a page whose first Tab does not land on the skip link.
/// </summary>
public static class FocusWalk
{
    /// <summary>More than any page has; a page with more controls than this is itself a problem to look at.</summary>
    private const int MaxControls = 400;

    // A ring is an outline or a box-shadow of at least 2 CSS pixels in a colour at least half opaque, read from the
    // computed style of the focused element (what the browser paints, whichever rule set it).
    private const string Focused = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          const s = getComputedStyle(e);
          const opaque = c => {
            if (!c || c === 'transparent') return false;
            const alpha = c.match(/\/\s*([\d.]+)\)|rgba\([^)]*,\s*([\d.]+)\)/);
            return !alpha || parseFloat(alpha[1] ?? alpha[2]) >= 0.5;
          };
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && opaque(s.outlineColor);
          const shadow = s.boxShadow !== 'none' && s.boxShadow.split(/,(?![^(]*\))/).some(one => {
            const color = one.match(/(rgba?|color|oklch|lab|lch)\([^)]*\)/);
            const lengths = one.replace(color ? color[0] : '', '').match(/-?[\d.]+px/g) ?? [];
            return opaque(color ? color[0] : '') && lengths.length >= 4 && parseFloat(lengths[3]) >= 2;
          });
          const name = (e.getAttribute('aria-label') || e.innerText || e.value || e.getAttribute('name') || '').trim().slice(0, 40);
          return {
            control: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + (name ? ` "${name}"` : ''),
            ring: outline || shadow,
            skip: e.matches('a.skip[href="#main"]'),
            style: `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}; box-shadow ${s.boxShadow}`,
          };
        }
        """;

    public static async Task<IReadOnlyList<string>> ProblemsAsync(IPage page)
    {
        await StartAtTheTopAsync(page);
        var problems = new List<string>();
        var seen = new List<string>();
        for (var i = 0; i < MaxControls; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<JsonElement?>(Focused);
            if (focused is not { ValueKind: JsonValueKind.Object } f)
            {
                break; // past the last control: focus left the document
            }

            var control = f.GetProperty("control").GetString()!;
            if (i == 0 && !f.GetProperty("skip").GetBoolean())
            {
                problems.Add($"the first Tab focuses {control}, not the skip link to the main content");
            }
            else if (i > 0 && f.GetProperty("skip").GetBoolean())
            {
                break; // round the page once
            }

            if (!f.GetProperty("ring").GetBoolean())
            {
                problems.Add($"{control} shows no focus ring ({f.GetProperty("style").GetString()})");
            }

            seen.Add(control);
        }

        Assert.True(seen.Count > 0, $"Tab focused nothing on {page.Url}");
        return problems;
    }

    /// <summary>
    /// Focus leaves whatever the page autofocused, and the sequential navigation starts again at the document's top
    /// (a click on the body's corner moves the starting point there), as for someone arriving with the keyboard.
    /// </summary>
    public static async Task StartAtTheTopAsync(IPage page)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.Mouse.ClickAsync(1, 1);
    }
}
