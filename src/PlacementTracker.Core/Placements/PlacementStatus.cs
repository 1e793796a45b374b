namespace PlacementTracker.Core.Placements;

public enum PlacementStatus
{
    Planned,
    AwaitingAgreement,
    Active,
    OnHold,
    Completed,
    Withdrawn,
}

public enum DeliveryModel
{
    Block,
    DayRelease,
    Mixed,
}
