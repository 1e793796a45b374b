using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PlacementTracker.BrowserTests.Support;

/// <summary>Runs axe-core on the page as it stands and fails on anything serious or critical.</summary>
public static class Accessibility
{
    private static readonly string[] FailingImpacts = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {page.Url}");
        var failing = result.Violations.Where(v => FailingImpacts.Contains(v.Impact)).ToList();
        Assert.True(failing.Count == 0, Describe(page.Url, failing));
    }

    /// <summary>Each violation with its rule, help link and the markup that breaks it: what to fix and where.</summary>
    private static string Describe(string url, List<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"axe found {violations.Count} serious or critical violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}");
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
                foreach (var message in checks.Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"      {message.ReplaceLineEndings(" ")}");
                }
            }
        }

        return text.ToString();
    }
}
