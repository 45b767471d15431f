namespace Pipeline.Api;

/// <summary>How the front door hosting the API runs it (set in code by the host, never from app settings).</summary>
public sealed class ApiHostOptions
{
    /// <summary>True only under the CLI's <c>serve</c> on 127.0.0.1: the development sign-in then exists.</summary>
    public bool DevelopmentSignIn { get; set; }
}
