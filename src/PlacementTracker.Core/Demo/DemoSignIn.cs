namespace PlacementTracker.Core.Demo;

/// <summary>A demo account to sign in with: one per role, all sharing the demo password.</summary>
public sealed record DemoSignIn(string Role, string Email, string Password, string Name);
