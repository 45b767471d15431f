using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Pipeline.Api.Auth;
using Pipeline.Api.Door;
using Pipeline.Api.Routing;

namespace Pipeline.Api;

/// <summary>
/// The API's composition, the same for both front doors: the dispatcher, and bearer-token validation. In Azure the
/// tokens are Entra ID's (section <c>Auth</c>); under <c>serve</c> they are the development sign-in's.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    /// <param name="developmentSignIn">True only from the CLI's <c>serve</c>.</param>
    public static IServiceCollection AddPipelineApi(this IServiceCollection services, IConfiguration configuration, bool developmentSignIn = false)
    {
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName));
        services.AddOptions<ApiHostOptions>().Configure(o => o.DevelopmentSignIn = developmentSignIn);
        services.AddSingleton<ApiDispatcher>();
        services.AddSingleton<DoorRateLimits>();
        services.AddProblemDetails();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        if (developmentSignIn)
        {
            services.AddSingleton<DevelopmentSignIn>();
        }

        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>, IServiceProvider>((jwt, auth, provider) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters.NameClaimType = "name";
            jwt.TokenValidationParameters.RoleClaimType = "roles";
            var dev = provider.GetService<DevelopmentSignIn>();
            if (dev is not null)
            {
                jwt.TokenValidationParameters.ValidIssuer = DevelopmentSignIn.Issuer;
                jwt.TokenValidationParameters.ValidAudience = DevelopmentSignIn.Audience;
                jwt.TokenValidationParameters.IssuerSigningKey = dev.Key;
                return;
            }

            var options = auth.Value;
            if (!options.IsConfigured)
            {
                // Fail closed: no tenant configured means no token is valid (every protected route answers 401).
                jwt.TokenValidationParameters.ValidIssuer = "unconfigured";
                jwt.TokenValidationParameters.ValidAudience = "unconfigured";
                jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                return;
            }

            jwt.Authority = options.Authority;
            jwt.TokenValidationParameters.ValidAudiences = new[] { options.ClientId!, options.Audience ?? $"api://{options.ClientId}" };
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    var refusal = context.Principal is null ? "no principal" : EntraTokenRules.Refusal(context.Principal, options);
                    if (refusal is not null)
                    {
                        context.Fail("Token refused: " + refusal);
                    }

                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }
}
