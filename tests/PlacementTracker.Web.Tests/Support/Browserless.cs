using System.Net;
using AngleSharp;
using AngleSharp.Dom;

namespace PlacementTracker.Web.Tests.Support;

/// <summary>Drives pages over HTTP as a browser without JavaScript would: GET a form, fill it, POST it.</summary>
public static class Browserless
{
    public static async Task<HttpClient> SignedInClientAsync(this TestApp app, TestUser user)
    {
        var client = app.CreateBrowserlessClient();
        var response = await client.SubmitFormAsync("/Account/SignIn", new()
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>
    /// Submits the first post form on <paramref name="path"/> with fields that may repeat, like checkboxes.
    /// </summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client,
        string path,
        params (string Name, string Value)[] fields) =>
        client.PostFieldsAsync(path, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList());

    public static Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client,
        string path,
        Dictionary<string, string> fields,
        string? formSelector = null) =>
        client.PostFieldsAsync(path, fields.ToList(), formSelector);

    /// <summary>Loads <paramref name="path"/>, takes the first form with a method of post, and submits it.</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(
        this HttpClient client,
        string path,
        List<KeyValuePair<string, string>> fields,
        string? formSelector = null)
    {
        var page = await client.GetDocumentAsync(path);
        var form = page.QuerySelector(formSelector ?? "main form[method=post]")
            ?? throw new InvalidOperationException($"No post form on {path}");
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        var values = CurrentValues(form).Where(v => fields.All(f => f.Key != v.Key)).ToList();
        values.AddRange(fields);
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>What a browser would send for the form as it stands: every field with its current value.</summary>
    private static IEnumerable<KeyValuePair<string, string>> CurrentValues(IElement form)
    {
        foreach (var field in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = field.GetAttribute("name")!;
            var type = field.GetAttribute("type") ?? "text";
            if (type is "submit" or "button" || (type is "checkbox" or "radio" && !field.HasAttribute("checked")))
            {
                continue;
            }

            var value = field.LocalName switch
            {
                "select" => field.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                "textarea" => field.TextContent,
                _ => field.GetAttribute("value") ?? (type == "checkbox" ? "on" : ""),
            };
            yield return new(name, value);
        }
    }

    /// <summary>
    /// Posts straight to <paramref name="path"/> with a valid anti-forgery token taken from the home page, as a
    /// person crafting a request to a page they cannot open would.
    /// </summary>
    public static async Task<HttpResponseMessage> PostDirectAsync(
        this HttpClient client,
        string path,
        params (string Name, string Value)[] fields)
    {
        var home = await client.GetDocumentAsync("/");
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No anti-forgery token on the home page");
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.ToDocumentAsync();
    }

    public static async Task<IDocument> ToDocumentAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html));
    }

    public static IReadOnlyList<string> ErrorSummary(this IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
}
