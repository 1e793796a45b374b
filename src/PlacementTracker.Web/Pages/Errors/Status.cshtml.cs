using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PlacementTracker.Web.Pages.Errors;

/// <summary>The friendly page for every error status; the status code itself is kept on the response.</summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        Code = code is 403 or 404 or 429 or 500 ? code : code is >= 500 and < 600 ? 500 : 404;

        // Re-executed requests keep the status of the original response; a direct visit gets the page's own.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted)
        {
            Response.StatusCode = Code;
        }

        return Page();
    }
}
