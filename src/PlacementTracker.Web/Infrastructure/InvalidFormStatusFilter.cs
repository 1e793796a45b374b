using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PlacementTracker.Web.Infrastructure;

/// <summary>A form shown again with errors answers 400, so tools and tests can tell a refusal from a success.</summary>
public sealed class InvalidFormStatusFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(
        PageHandlerExecutingContext context,
        PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        var isForm = !HttpMethods.IsGet(context.HttpContext.Request.Method);
        if (isForm && executed.Result is PageResult && !context.ModelState.IsValid)
        {
            context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}
