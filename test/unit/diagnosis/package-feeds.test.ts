import { diagnose } from '../../../src/diagnosis';

/**
 * Package managers' servers answer 401 / 403 / 404 like a registry does; the tools' own words say which kind of
 * server it was. (Wordings in the shape each tool prints, with made-up names.)
 */
describe('a package feed that refused a restore or install', () => {
  it.each([
    [
      'NuGet against an Azure Artifacts feed',
      'C:\\Program Files\\dotnet\\sdk\\8.0.204\\NuGet.targets(174,5): error : Unable to load the service index for ' +
        'source https://pkgs.dev.azure.com/fabrikam/_packaging/internal/nuget/v3/index.json. [C:\\src\\Api.sln]\n' +
        'C:\\Program Files\\dotnet\\sdk\\8.0.204\\NuGet.targets(174,5): error :   Response status code does not ' +
        'indicate success: 401 (Unauthorized). [C:\\src\\Api.sln]',
    ],
    [
      'npm',
      'npm error code E401\nnpm error Unable to authenticate, your authentication token seems to be invalid.\n' +
        'npm error To correct this please try logging in again with:\nnpm error   npm login',
    ],
    [
      'npm with a package the registry does not have',
      "npm ERR! code E404\nnpm ERR! 404 Not Found - GET https://registry.npmjs.org/@fabrikam%2fwidgets - Not found\nnpm ERR! 404  '@fabrikam/widgets@^2.0.0' is not in this registry.",
    ],
    [
      'Maven',
      '[ERROR] Failed to execute goal on project orders: Could not resolve dependencies for project ' +
        'com.fabrikam:orders:jar:1.0.0: Could not transfer artifact com.fabrikam:common:pom:2.1.0 from/to ' +
        'internal (https://nexus.fabrikam.example/repository/maven-releases/): status code: 401, reason phrase: Unauthorized (401)',
    ],
    [
      'pip',
      'Looking in indexes: https://pypi.org/simple, https://pkgs.fabrikam.example/simple\n' +
        'ERROR: Could not find a version that satisfies the requirement fabrikam-core==3.2 (from versions: none)\n' +
        'ERROR: No matching distribution found for fabrikam-core==3.2',
    ],
    [
      'Go modules',
      'go: github.com/fabrikam/shared@v1.4.0: reading https://proxy.golang.org/github.com/fabrikam/shared/@v/v1.4.0.mod: 404 Not Found',
    ],
  ])('%s: not an ACR problem', (_tool, text) => {
    const d = diagnose(text);
    expect(d.verdict).toBe('not-acr');
    expect(d.causes[0]?.id).toBe('package-feed-not-registry');
  });

  it('is not what failed when a container registry in the same paste refused the push', () => {
    const d = diagnose(
      '[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.0:build (default-cli) on project ' +
        'orders: Build image failed, perhaps you should make sure your credentials for ' +
        "'fabrikam.azurecr.io/orders' are set up correctly. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized " +
        'for help: Unauthorized for fabrikam.azurecr.io/orders\n' +
        '[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/maven/maven-metadata.xml',
    );
    expect(d.verdict).toBe('acr');
    expect(d.causes.map((c) => c.id)).not.toContain('package-feed-not-registry');
  });
});
