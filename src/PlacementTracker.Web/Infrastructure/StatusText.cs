using PlacementTracker.Core.Placements;

namespace PlacementTracker.Web.Infrastructure;

/// <summary>The words placement teams use for each status.</summary>
public static class StatusText
{
    public static string For(PlacementStatus status) => status switch
    {
        PlacementStatus.Planned => "Planned",
        PlacementStatus.AwaitingAgreement => "Awaiting agreement",
        PlacementStatus.Active => "Active",
        PlacementStatus.OnHold => "On hold",
        PlacementStatus.Completed => "Completed",
        PlacementStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    public static string For(DeliveryModel model) => model switch
    {
        DeliveryModel.DayRelease => "Day release",
        _ => model.ToString(),
    };
}
