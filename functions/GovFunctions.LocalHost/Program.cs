using GovFunctions.LocalHost;

await LocalHostApp.Create(args).RunAsync();
