namespace PlacementTracker.Web.Email;

public sealed class EmailOptions
{
    public string From { get; set; } = "placements@example.org";

    public string FromName { get; set; } = "Placement Tracker";

    /// <summary>Folder for .eml files when no SMTP host is set; relative paths are under the data folder.</summary>
    public string PickupDirectory { get; set; } = "";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
