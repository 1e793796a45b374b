using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PlacementTracker.Web.Infrastructure.TagHelpers;

/// <summary>
/// A GOV.UK text input with its label, hint and error message, bound to a page model property.
/// Usage: &lt;govuk-input for="Input.Email" label="Email address" type="email" autocomplete="email" /&gt;
/// </summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper : TagHelper
{
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the input, such as govuk-input--width-10.</summary>
    public string? InputClass { get; set; }

    /// <summary>Renders the label as the page heading, for one-question pages.</summary>
    public bool LabelIsPageHeading { get; set; }

    public string? Inputmode { get; set; }

    public bool Spellcheck { get; set; } = true;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = FieldIds.For(name);
        var error = FieldErrors.FirstError(ViewContext, name);
        var value = FieldErrors.AttemptedValue(ViewContext, name)
            ?? (Type == "password" ? null : FormatValue(For.Model));

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute(
            "class",
            error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var html = new System.Text.StringBuilder();
        var encoder = HtmlEncoder.Default;
        var label = $"<label class=\"govuk-label{(LabelIsPageHeading ? " govuk-label--l" : "")}\" for=\"{id}\">" +
            $"{encoder.Encode(Label)}</label>";
        html.Append(LabelIsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);

        var describedBy = new List<string>();
        if (Hint is not null)
        {
            html.Append(
                CultureInfo.InvariantCulture,
                $"<div id=\"{id}-hint\" class=\"govuk-hint\">{encoder.Encode(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"{id}-error\" class=\"govuk-error-message\">" +
                $"<span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
            describedBy.Add($"{id}-error");
        }

        html.Append(InputMarkup(id, name, value, error is not null, describedBy, encoder));
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string? FormatValue(object? model) => model switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.####", CultureInfo.InvariantCulture),
        _ => Convert.ToString(model, CultureInfo.InvariantCulture),
    };

    private string InputMarkup(string id, string name, string? value, bool hasError, List<string> describedBy,
        HtmlEncoder encoder)
    {
        var classes = string.Join(' ', new[] { "govuk-input", hasError ? "govuk-input--error" : null, InputClass }
            .Where(c => !string.IsNullOrEmpty(c)));
        var input = new System.Text.StringBuilder();
        input.Append(
            CultureInfo.InvariantCulture,
            $"<input class=\"{classes}\" id=\"{id}\" name=\"{encoder.Encode(name)}\" " +
                $"type=\"{encoder.Encode(Type)}\"");
        if (value is not null)
        {
            input.Append(CultureInfo.InvariantCulture, $" value=\"{encoder.Encode(value)}\"");
        }

        if (Autocomplete is not null)
        {
            input.Append(CultureInfo.InvariantCulture, $" autocomplete=\"{encoder.Encode(Autocomplete)}\"");
        }

        if (Inputmode is not null)
        {
            input.Append(CultureInfo.InvariantCulture, $" inputmode=\"{encoder.Encode(Inputmode)}\"");
        }

        if (!Spellcheck)
        {
            input.Append(" spellcheck=\"false\"");
        }

        if (describedBy.Count > 0)
        {
            input.Append(CultureInfo.InvariantCulture, $" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        input.Append('>');
        return input.ToString();
    }
}

/// <summary>How field names become element ids, the same way for inputs and the error summary's links.</summary>
public static class FieldIds
{
    public static string For(string name) => TagBuilder.CreateSanitizedId(name, "_");
}

public static class FieldErrors
{
    public static string? FirstError(ViewContext view, string name) =>
        view.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? entry.Errors[0].ErrorMessage
            : null;

    public static string? AttemptedValue(ViewContext view, string name) =>
        view.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.AttemptedValue : null;
}
