using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PlacementTracker.Web.Infrastructure.TagHelpers;

/// <summary>The label, hint and error message every GOV.UK form field shares, around a control of its own.</summary>
public abstract class GovukFieldTagHelper : TagHelper
{
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = FieldIds.For(name);
        var error = FieldErrors.FirstError(ViewContext, name);
        var value = FieldErrors.AttemptedValue(ViewContext, name)
            ?? Convert.ToString(For.Model, CultureInfo.InvariantCulture);
        var encoder = HtmlEncoder.Default;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute(
            "class",
            error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture,
            $"<label class=\"govuk-label\" for=\"{id}\">{encoder.Encode(Label)}</label>");
        var describedBy = new List<string>();
        if (Hint is not null)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<div id=\"{id}-hint\" class=\"govuk-hint\">{encoder.Encode(Hint)}</div>");
            describedBy.Add($"{id}-hint");
        }

        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"{id}-error\" class=\"govuk-error-message\">" +
                $"<span class=\"govuk-visually-hidden\">Error:</span> {encoder.Encode(error)}</p>");
            describedBy.Add($"{id}-error");
        }

        var aria = describedBy.Count > 0 ? $" aria-describedby=\"{string.Join(' ', describedBy)}\"" : "";
        html.Append(Control(id, encoder.Encode(name), value, error is not null, aria, encoder));
        output.Content.SetHtmlContent(html.ToString());
    }

    protected abstract string Control(string id, string name, string? value, bool hasError, string aria,
        HtmlEncoder encoder);
}

/// <summary>Usage: &lt;govuk-textarea for="Input.Notes" label="Notes" /&gt;</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper : GovukFieldTagHelper
{
    public int Rows { get; set; } = 4;

    protected override string Control(string id, string name, string? value, bool hasError, string aria,
        HtmlEncoder encoder) =>
        $"<textarea class=\"govuk-textarea{(hasError ? " govuk-textarea--error" : "")}\" id=\"{id}\" " +
        $"name=\"{name}\" rows=\"{Rows}\"{aria}>{encoder.Encode(value ?? "")}</textarea>";
}

/// <summary>Usage: &lt;govuk-select for="Input.Kind" label="Kind" items="Model.Kinds" /&gt;</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSelectTagHelper : GovukFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    protected override string Control(string id, string name, string? value, bool hasError, string aria,
        HtmlEncoder encoder)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture,
            $"<select class=\"govuk-select{(hasError ? " govuk-select--error" : "")}\" id=\"{id}\" " +
            $"name=\"{name}\"{aria}>");
        foreach (var item in Items)
        {
            var selected = string.Equals(item.Value, value, StringComparison.Ordinal) ? " selected" : "";
            html.Append(CultureInfo.InvariantCulture,
                $"<option value=\"{encoder.Encode(item.Value)}\"{selected}>{encoder.Encode(item.Text)}</option>");
        }

        html.Append("</select>");
        return html.ToString();
    }
}
