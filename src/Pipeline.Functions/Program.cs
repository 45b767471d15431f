using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Pipeline.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.Services.AddPipeline(builder.Configuration);
builder.Build().Run();
