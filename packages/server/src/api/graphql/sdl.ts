// Codiga's GraphQL schema as Plumb serves it: Codiga's own (vendor-specs/codiga-schema.graphql) merged with the
// seed's types; where they differ both are served, where both cannot hold the seed wins (docs/api/codiga.md).
export const CODIGA_SDL = /* GraphQL */ `
  enum AccessType {
    Api
    Chrome
    Cli
    Firefox
    Frontend
    IntelliJ
    Sublime
    VisualStudio
    VsCode
    Web
  }

  enum AccountType {
    Bitbucket
    Github
    Gitlab
    Google
    Regular
  }

  enum ActionType {
    AssistantRecipeSearch
    AssistantRecipeSearchShortcut
    AssistantRecipeUse
    AstTutorialDone
    AstTutorialStep1
    AstTutorialStep2
    AstTutorialStep3
    AstTutorialStep4
    AstTutorialStep5
    AstTutorialStep6
    AstTutorialStep7
    AstTutorialStep8
    AstTutorialStep9
    AstTutorialStep10
    AstTutorialStep11
    AstTutorialStep12
    AstTutorialStep13
    CreateCodigaYaml
    FileAnalysisRequest
    FileFromProjectAnalysisRequest
    FrontendHome
    FrontendProjectAnalysisComplexFunctions
    FrontendProjectAnalysisDuplicates
    FrontendProjectAnalysisLongFunctions
    FrontendProjectAnalysisTree
    FrontendProjectAnalysisViewFile
    FrontendProjectAnalysisViolations
    FrontendProjectCompare
    FrontendProjectPreferences
    FrontendUserPreferences
    PatternTutorialDone
    PatternTutorialStep1
    PatternTutorialStep2
    PatternTutorialStep3
    PatternTutorialStep4
    PatternTutorialStep5
    PatternTutorialStep6
    PatternTutorialStep7
    PatternTutorialStep8
    PatternTutorialStep9
    PatternTutorialStep10
    PatternTutorialStep11
    PatternTutorialStep12
    PatternTutorialStep13
    ProjectOnboardingStep1
    ProjectOnboardingStep2
    ProjectOnboardingStep3
    ProjectOnboardingStep4
    ProjectOnboardingStep5
    ProjectOnboardingStep6
    ProjectOnboardingStep7
    ProjectOnboardingStep8
    ProjectOnboardingStep9
    RuleFix
    RuleIgnoreNoFix
    RuleIgnorePossibleFix
    UserOnboardingStep1
    UserOnboardingStep2
    UserOnboardingStep3
    UserOnboardingStep4
    UserOnboardingStep5
    UserOnboardingStep6
    UserOnboardingStep7
    UserOnboardingStep8
    UserOnboardingStep9
  }

  type Analysis {
    # Plumb: what it added and removed against the analysis it was tracked against (its branch's previous one).
    diffFromPrevious: AnalysisDiff
    complexFunctions(
      desc: Boolean
      filename: String
      howmany: Long!
      maximumComplexity: Long
      minimumComplexity: Long
      orderBy: ComplexFunctionSearchBy
      path: String
      skip: Long!
    ): [ComplexFunction!]!
    complexFunctionsCount(filename: String, path: String): Long!
    dependencies(languages: [LanguageEnumeration!]): [AnalysisDependency!]!
    duplicates(filename: String, howmany: Long!, prefix: String, skip: Long!): [Duplicate!]!
    errors: [AnalysisErrorType!]!
    fileContent(path: String!): [String!]!
    id: Long!
    level: UserLevel!
    longFunctions(
      desc: Boolean
      filename: String
      howmany: Long!
      maximumLength: Long
      minimumLength: Long
      orderBy: ComplexFunctionSearchBy
      path: String
      skip: Long!
    ): [ComplexFunction!]!
    longFunctionsCount(filename: String, path: String): Long!
    pipelineEvents: [AnalysisStage!]!
    repoBranch: String
    repoRevision: String
    repoUrl: String
    repoUsername: String
    revision: String
    runningTimeSeconds: Long!
    slocs: Long!
    startTimestamp: Long!
    stats: [AnalysisResultStatType!]!
    status: AnalysisResultStatus!
    summary: AnalysisResultSummary!
    techdebt: TechnicalDebtType!
    tooManySlocs: Boolean!
    tree(prefix: String): [AnalysisNode!]!
    violations(
      categories: [ViolationCategory!]
      desc: Boolean
      filename: String
      howmany: Long!
      languages: [LanguageEnumeration!]
      orderBy: ViolationQueryOrderBy
      path: String
      rule: String
      severities: [Long!]
      skip: Long!
      status: [AnalysisResultStatus!]
      category: [ViolationCategory!]
      severity: [Long!]
    ): [Violation!]!
    violationsCount(
      categories: [ViolationCategory!]
      filename: String
      languages: [LanguageEnumeration!]
      path: String
      rule: String
      severities: [Long!]
    ): Long!
  }

  type AnalysisCompare {
    completion_time: Long!
    id: Long!
    sourceAnalysis: Analysis
    sourceBranch: String
    sourceKind: ScmKind!
    sourcePassword: String
    sourceRevision: String
    sourceUrl: String!
    sourceUsername: String
    status: AnalysisResultStatus!
    tags: String
    targetAnalysis: Analysis
    targetBranch: String
    targetKind: ScmKind!
    targetPassword: String
    targetRevision: String
    targetUrl: String!
    targetUsername: String
  }

  type AnalysisDependency {
    language: LanguageEnumeration!
    name: String!
    newVersions: Long
    version: String
    versionConstraint: VersionConstraintEnumeration
    versions(howmany: Long): [Dependency!]!
  }

  type AnalysisDiff {
    addedComplexFunctions: [ComplexFunction!]!
    addedDuplicates: [FlattenedDuplicate!]!
    addedLongFunctions: [ComplexFunction!]!
    addedViolations: [Violation!]!
    removedComplexFunctions: [ComplexFunction!]!
    removedDuplicates: [FlattenedDuplicate!]!
    removedLongFunctions: [ComplexFunction!]!
    removedViolations: [Violation!]!
  }

  enum AnalysisErrorType {
    AuthenticationError
    BanditError
    CloneError
    CppError
    DependsError
    DuplicationFindError
    GoError
    JavaError
    JavascriptError
    LizardError
    PhpError
    PythonError
    ScalaError
    SecurityError
    ShellError
    TooManyLines
    Unknown
  }

  type AnalysisNode {
    complexFunctions: Long!
    duplicates: Long!
    fullPath: String!
    isFile: Boolean!
    longFunctions: Long!
    name: String!
    totalFunctions: Long!
    violations: Long!
    violationsPerLanguage: [AnalysisNodeViolationsPerLanguage!]!
  }

  type AnalysisNodeViolationsPerLanguage {
    language: LanguageEnumeration!
    violations: Long!
  }

  type AnalysisResultStatType {
    language: String!
    lines: Long!
  }

  enum AnalysisResultStatus {
    Done
    Error
    Ignore
    InProgress
    Same_Revision
    Scheduled
    Started
    Unknown
  }

  type AnalysisResultSummary {
    complexFunctions: Long!
    complexFunctionsRate: Float
    duplicated_lines: Long!
    duplicated_linesPerSloc: Float
    duplicates: Long!
    duplicatesPerSloc: Float
    longFunctions: Long!
    longFunctionsRate: Float
    totalFunctions: Long!
    violations: Long!
    violationsBest_practice: Long!
    violationsBest_practicePerSloc: Float
    violationsCode_style: Long!
    violationsCode_stylePerSloc: Float
    violationsDeployment: Long!
    violationsDeploymentPerSloc: Float
    violationsDesign: Long!
    violationsDesignPerSloc: Float
    violationsDocumentation: Long!
    violationsDocumentationPerSloc: Float
    violationsError_prone: Long!
    violationsError_pronePerSloc: Float
    violationsPerformance: Long!
    violationsPerformancePerSloc: Float
    violationsSafety: Long!
    violationsSafetyPerSloc: Float
    violationsSecurity: Long!
    violationsSecurityPerSloc: Float
    violationsSeverity1: Long!
    violationsSeverity1PerSloc: Float
    violationsSeverity2: Long!
    violationsSeverity2PerSloc: Float
    violationsSeverity3: Long!
    violationsSeverity3PerSloc: Float
    violationsSeverity4: Long!
    violationsSeverity4PerSloc: Float
    violationsUnknown: Long!
    violationsUnknownPerSloc: Float
  }

  type AnalysisStage {
    analysisId: Long!
    endTimestamp: Long
    message: String
    stage: String!
    stageAction: String!
    startTimestamp: Long
    status: String
  }

  enum AnalysisTrend {
    Better
    Same
    Unknown
    Worst
  }

  type ApiKey {
    accessKey: String!
    secretKey: String!
  }

  type ApiToken {
    creationTimestamp: Long!
    description: String
    id: Long
    value: String!
  }

  type AssistantCookbook {
    creationTimestampMs: Long!
    dependencies: [String!]!
    description: String!
    downvotes: Int!
    groups: [Group!]!
    id: Long!
    isDownVoted: Boolean!
    isPublic: Boolean!
    isSubscribed: Boolean!
    isUpVoted: Boolean!
    languages: [LanguageEnumeration!]!
    lastUpdateTimestampMs: Long!
    name: String!
    owner: User
    recipes(
      desc: Boolean
      howmany: Long
      language: LanguageEnumeration
      name: String
      orderBy: AssistantRecipeQueryOrderBy
      skip: Long
      tag: String
    ): [AssistantRecipe!]!
    recipesCount(language: LanguageEnumeration, name: String, tag: String): Long!
    upvotes: Int!
  }

  enum AssistantCookbookQueryOrderBy {
    CreationTimestamp
    Name
  }

  type AssistantRecipe {
    averageRating: Float
    code: String!
    comments(howmany: Long!, skip: Long!): [AssistantRecipeComment!]!
    commentsCount: Long!
    cookbook: AssistantCookbook
    creationTimestampMs: Long!
    dependencyConstraints: [AssistantRecipeDependencyConstraint!]!
    description: String!
    downvotes: Int!
    filenamePatterns: [String!]!
    groups: [Group!]!
    id: Long!
    imports: [String!]!
    isDownVoted: Boolean!
    isPublic: Boolean!
    isSubscribed: Boolean!
    isUpVoted: Boolean!
    jetbrainsFormat: String!
    keywords: [String!]!
    language: LanguageEnumeration!
    lastUpdateTimestampMs: Long!
    name: String!
    neovimFormat: String!
    owner: User
    presentableFormat: String!
    shortcut: String
    tags: [String!]!
    upvotes: Int!
    uses: Long!
    vscodeFormat: String!
  }

  type AssistantRecipeComment {
    author: PublicUser
    comment: String!
    creationTimestampMs: Long!
    downvotes: Int!
    id: Long!
    isDownVoted: Boolean!
    isUpVoted: Boolean!
    rating: Long!
    securityFlag: Boolean!
    upvotes: Int!
  }

  type AssistantRecipeDependencyConstraint {
    isNegative: Boolean!
    maxVersion: String
    minVersion: String
    name: String!
  }

  enum AssistantRecipeQueryOrderBy {
    Cookbook
    CreationTimestamp
    Language
    Name
    Rating
    Uses
    Visibility
  }

  type AssistantRecipesCountPerLanguage {
    count: Long!
    language: LanguageEnumeration!
  }

  type AssistantRecipeWithStats {
    averageRating: Float
    code: String!
    comments(howmany: Long!, skip: Long!): [AssistantRecipeComment!]!
    commentsCount: Long!
    cookbook: AssistantCookbook
    creationTimestampMs: Long!
    dependencyConstraints: [AssistantRecipeDependencyConstraint!]!
    description: String!
    downvotes: Int!
    filenamePatterns: [String!]!
    groups: [Group!]!
    id: Long!
    imports: [String!]!
    isDownVoted: Boolean!
    isPublic: Boolean!
    isSubscribed: Boolean!
    isUpVoted: Boolean!
    jetbrainsFormat: String!
    keywords: [String!]!
    language: LanguageEnumeration!
    lastUpdateTimestampMs: Long!
    name: String!
    neovimFormat: String!
    owner: PublicUser
    presentableFormat: String!
    shortcut: String
    tags: [String!]!
    upvotes: Int!
    uses: Long!
    vscodeFormat: String!
  }

  type AssistantUserBadges {
    commentsBadge: BadgeEnumeration!
    has10comments: Boolean!
    has10downvotes: Boolean!
    has10recipes: Boolean!
    has10upvotes: Boolean!
    has50comments: Boolean!
    has50downvotes: Boolean!
    has50recipes: Boolean!
    has50upvotes: Boolean!
    has100comments: Boolean!
    has100downvotes: Boolean!
    has100recipes: Boolean!
    has100upvotes: Boolean!
    isOneYearOld: Boolean!
    onboardingDone: Boolean!
    publicRecipesCountBadge: BadgeEnumeration!
    publicRecipesUsageBadge: BadgeEnumeration!
    signup: Boolean!
    used10snippets: Boolean!
    used50snippets: Boolean!
    used100snippets: Boolean!
  }

  type AssistantUserStatistics {
    averageUsageOfRecipes: Float!
    publicRecipesUsage: Long!
    totalNumberOfCommentsInRecipes: Long!
    totalNumberOfPublicRecipes: Long!
  }

  type Authentication {
    error: String
    token: String
  }

  enum BadgeEnumeration {
    Bronze
    Gold
    None
    Silver
  }

  type BitbucketInstallation {
    apiBaseUrl: String
    baseUrl: String
    uuid: String
  }

  type BitbucketPullRequest {
    analysisDiff: AnalysisDiff
    bitbucketPullRequestId: Long!
    compareAnalysisId: Long
    compareObject: AnalysisCompare
    diff: String
    id: Long!
    projectId: Long!
    sourceBranch: String
    sourceFullname: String!
    sourceRevision: String
    submitterName: String
    tags: String
    targetBranch: String
    targetFullname: String!
    targetRevision: String
  }

  type CodeDensity {
    filename: String
    function: String
    metric: Float!
  }

  type CodeReview {
    annotations: [CodeReviewAnnotation!]!
    annotationsCount: Int!
    creationTimestampMs: Long!
    id: Long!
    modifications: [CodeReviewModification!]!
    modificationsCount: Int!
    revision: String
    scmKind: ScmKind!
    sourceBranch: String
    status: AnalysisResultStatus!
    submitter: String
    tags: String
    targetBranch: String
    url: String
  }

  type CodeReviewAnnotation {
    annotationKind: CodeReviewAnnotationKind!
    category: ViolationCategory
    codeReviewIdentifier: Long!
    description: String
    filename: String!
    kind: ScmKind!
    line: Long!
    rule: String
    severity: Long
    tool: String
  }

  enum CodeReviewAnnotationKind {
    ComplexFunction
    Duplicate
    LongFunction
    Violation
  }

  type CodeReviewModification {
    added: Boolean!
    codeReviewIdentifier: Long!
    filename: String!
    kind: ScmKind!
    linesAdded: Long!
    linesRemoved: Long!
    removed: Boolean!
  }

  enum CodeReviewOrderBy {
    CreationDate
    Identifier
    Revision
    SourceBranch
    Submitter
    TargetBranch
  }

  type Comment {
    author: PublicUser
    comment: String!
    downvotes: Int!
    entityId: Long!
    entityType: CommentEntity!
    id: Long!
    isDownVoted: Boolean!
    isUpVoted: Boolean!
    ts: Long!
    upvotes: Int!
  }

  enum CommentEntity {
    Rule
    RuleSet
  }

  type ComplexFunction {
    complexity: Long!
    filename: String!
    functionName: String!
    language: LanguageEnumeration!
    length: Long!
    lineEnd: Long!
    lineStart: Long!
    nbParameters: Long!
  }

  enum ComplexFunctionSearchBy {
    Complexity
    Filename
    FunctionName
    Length
    LineStart
  }

  type Dependency {
    deprecated: Boolean
    homepage: String
    insecure: Boolean
    language: LanguageEnumeration!
    name: String!
    tags: [String!]!
    timestampAdded: Long!
    timestampUpdated: Long!
    version: String
  }

  type Duplicate {
    code: String!
    id: Long!
    lineCount: Long!
    occurrences(filename: String, howmany: Long, skip: Long): [DuplicateOccurrence!]!
  }

  type DuplicateOccurrence {
    filename: String!
    line: Long!
  }

  enum ElementCheckedEnumeration {
    Any
    Assignment
    ClassDefinition
    ForLoop
    FunctionCall
    FunctionDefinition
    FunctionExpression
    HtmlElement
    IfCondition
    Import
    Interface
    TryBlock
    Type
    VariableDeclaration
  }

  type ExternalRepository {
    name: String!
    url: String!
    kind: AccountType!
  }

  type FileAnalysis {
    code: String!
    filename: String!
    id: Long!
    language: LanguageEnumeration!
    parameters: String
    runningTimeSeconds: Long!
    status: AnalysisResultStatus!
    timestamp: Long!
    violations: [FileAnalysisViolation!]!
  }

  type FileAnalysisViolation {
    category: ViolationCategory!
    description: String!
    id: Long!
    language: LanguageEnumeration!
    line: Long!
    lineCount: Long!
    rule: String!
    ruleUrl: String
    severity: Long!
    tool: String!
  }

  type FlattenedDuplicate {
    code: String!
    filename: String!
    line: Long!
    lineCount: Long!
  }

  type GithubGist {
    description: String
    files: [GithubGistFile!]!
    id: String!
    isPublic: Boolean!
  }

  type GithubGistFile {
    content: String
    contentBase64: String
    language: String!
    name: String!
    rawUrl: String!
    size: Long!
    type: String!
  }

  type GitHubPullRequest {
    analysisDiff: AnalysisDiff
    compareAnalysisId: Long
    compareObject: AnalysisCompare
    diff: String
    githubPullRequestId: Long!
    id: Long!
    projectId: Long!
    sourceBranch: String
    sourceRevision: String
    sourceUrl: String!
    submitterName: String
    tags: String
    targetBranch: String
    targetRevision: String
    targetUrl: String!
  }

  type GitlabMergeRequest {
    analysisDiff: AnalysisDiff
    compareAnalysisId: Long
    compareObject: AnalysisCompare
    diff: String
    gitlabAuthorId: Long!
    gitlabAuthorUsername: String!
    gitlabId: Long!
    gitlabIid: Long!
    gitlabMergeStatus: String!
    gitlabProjectId: Long!
    gitlabSourceProjectId: Long!
    gitlabState: String!
    gitlabTargetProjectId: Long!
    id: Long!
    lastCommitRevision: String!
    sourceBranch: String!
    sourcePath: String!
    sourceUrl: String!
    tags: String
    targetBranch: String!
    targetPath: String!
    targetUrl: String!
  }

  type Group {
    allowedNumberOfProjects: Long
    bitbucketInstallation: BitbucketInstallation
    canAdmin: Boolean!
    disabled: Boolean!
    githubInstallationIdentifier: Long
    hasGithubSubscription: Boolean!
    hasSubscription: Boolean!
    id: Long!
    invitations: [GroupInvitation!]!
    level: UserLevel!
    members: [GroupMembership!]!
    name: String!
    owner: User
    preferences: [GroupPreference!]!
    projects(howmany: Long!, skip: Long!): [Project!]!
    remainingAnalysisQuota: Long
    seats: Long
    sharedCookbooksCount: Long!
    sharedRecipesCount: Long!
    sharedRulesetsCount: Long!
    state: GroupState!
    stripeCheckoutSession: StripeCheckoutSessionType
    stripePortalUrl: String
    stripeSubscription: StripeSubscriptionType
    type: GroupType!
  }

  type GroupInvitation {
    email: String!
    expired: Boolean!
    groupId: Long!
    groupType: GroupType!
    id: Long!
    invitationTimestamp: Long!
  }

  type GroupMembership {
    accountType: AccountType
    groupId: Long!
    identifier: String
    level: GroupMembershipLevel!
    userId: Long!
  }

  enum GroupMembershipLevel {
    Admin
    Read
  }

  type GroupPreference {
    key: GroupPreferenceKey!
    value: String!
    valueBoolean: Boolean!
  }

  enum GroupPreferenceKey {
    AvoidUsersToJoin
    SyncUsers
  }

  enum GroupState {
    Active
    Created
    Deleting
    Disabled
  }

  enum GroupType {
    Bitbucket
    Github
    Gitlab
    Regular
  }

  enum LanguageEnumeration {
    Apex
    C
    Coldfusion
    Cpp
    Csharp
    Css
    Dart
    Docker
    Go
    Haskell
    Html
    Java
    Javascript
    Json
    Kotlin
    Markdown
    Objectivec
    Perl
    Php
    Python
    Ruby
    Rust
    Sass
    Scala
    Scss
    Shell
    Solidity
    Sql
    Swift
    Terraform
    Twig
    Typescript
    Unknown
    Yaml
  }

  type LinkedAccount {
    displayName: String
    externalIdentifier: Long
    externalLogin: String
    kind: LinkedAccountKind!
    state: String
  }

  enum LinkedAccountKind {
    Bitbucket
    Github
    Gitlab
    Google
  }

  scalar Long

  type Mutation {
    addBranchToProject(branch: String!, id: Long!): String!
    addDependencyConstraint(
      id: Long!
      maxVersion: String
      minVersion: String
      name: String!
      negative: Boolean!
    ): String!
    addRecipeToCookbook(cookbookId: Long!, recipeId: Long!): String!
    addViolationToIgnore(
      description: String
      filename: String
      language: LanguageEnumeration
      prefix: String
      projectId: Long!
      rule: String!
      tool: String!
    ): ViolationIgnore
    authentication(identifier: String!, password: String!): Authentication!
    changeDefaultBranch(branch: String, id: Long!): String
    createApiToken(description: String): String
    createAssistantCookbook(description: String!, isPublic: Boolean!, name: String!): AssistantCookbook
    createAssistantRecipe(
      code: String!
      cookbookId: Long
      dependency: String
      description: String
      filenamePatterns: [String!]
      generateDescription: Boolean
      imports: [String!]
      isPublic: Boolean!
      keywords: [String!]!
      language: LanguageEnumeration!
      name: String!
      shortcut: String
      tags: [String!]
    ): AssistantRecipe
    createAssistantRecipeComment(comment: String!, id: Long!, rating: Long, securityFlag: Boolean): String!
    createCompareAnalysis(
      projectId: Long!
      sourceBranch: String
      sourceRevision: String
      targetBranch: String
      targetKind: ScmKind!
      targetPassword: String
      targetRevision: String
      targetUrl: String!
      targetUsername: String
    ): AnalysisCompare
    createFileAnalysis(
      code: String!
      filename: String!
      fingerprint: String
      language: LanguageEnumeration!
      parameters: String
      projectId: Long
    ): Long!
    createGroup(groupType: GroupType!, name: String!): Group
    # Plumb: from the IDE plugins' own schema, which Codiga's dump lacks.
    subscribeToRecipe(id: Long!): String!
    unsubscribeFromRecipe(id: Long!): String!
    createProject(
      description: String!
      groupId: Long!
      isPublic: Boolean
      kind: ScmKind!
      name: String!
      url: String!
    ): Project
    deleteApiToken(id: Long!): String!
    deleteAssistantCookbook(id: Long!): String!
    deleteAssistantRecipe(id: Long!): String!
    deleteAssistantRecipeComment(id: Long!): String!
    deleteProject(id: Long!): String
    groupAddUser(
      accountType: AccountType!
      groupId: Long!
      level: GroupMembershipLevel!
      userIdentifier: String!
    ): String
    groupDeleteUser(accountType: AccountType!, groupId: Long!, userIdentifier: String!): String
    recordAccess(
      accessType: AccessType!
      actionType: ActionType!
      metadata: String
      recipeId: Long
      ruleId: Long
      userFingerprint: String
    ): String!
    removeBranchFromProject(branch: String!, id: Long!): String!
    removeDependencyConstraint(id: Long!, name: String!): String!
    removeRecipeFromCookbook(cookbookId: Long!, recipeId: Long!): String!
    removeViolationToIgnore(
      filename: String
      language: LanguageEnumeration
      prefix: String
      projectId: Long!
      rule: String!
      tool: String!
    ): String!
    scheduleAnalysis(branch: String, id: Long, name: String): Analysis
    updateAssistantCookbook(description: String!, id: Long!, name: String!): AssistantCookbook
    updateAssistantRecipe(
      code: String!
      cookbookId: Long
      dependency: String
      description: String!
      filenamePatterns: [String!]
      id: Long!
      imports: [String!]
      keywords: [String!]!
      language: LanguageEnumeration!
      name: String!
      shortcut: String
      tags: [String!]
    ): AssistantRecipe
    updateProjectDescription(description: String!, projectId: Long!): String!
    createApiKey(description: String): ApiKey!
    # Plumb: analyzes a pull request's head branch of a server-side repository against its target (docs/api/codiga.md).
    createCodeReview(projectId: Long!, pullRequest: Long!, sourceBranch: String!, targetBranch: String): CodeReview!
    revokeApiKey(accessKey: String!): String!
  }

  type NotificationType {
    analysisId: Long
    codeReviewId: Long
    cookbook: AssistantCookbook
    cookbookId: Long
    project: Project
    projectId: Long
    read: Boolean!
    recipe: AssistantRecipeWithStats
    recipeId: Long
    ts: Long!
    type: UserNotificationType!
  }

  enum PaymentMethodKind {
    Card
  }

  type Project {
    analyses(
      branches: [String]
      endTimestampMs: Long
      howmany: Long!
      revision: [String!]
      skip: Long!
      startTimestampMs: Long
      status: [AnalysisResultStatus!]
    ): [Analysis!]!
    analysesCount(
      branches: [String]
      endTimestampMs: Long
      startTimestampMs: Long
      status: [AnalysisResultStatus!]
    ): Long!
    bitbucketPullRequest(id: Long!): BitbucketPullRequest
    codeReview(id: Long!): CodeReview
    codeReviewAuthors: [String!]!
    codeReviews(
      desc: Boolean
      endTimestampMs: Long
      howmany: Long!
      orderBy: CodeReviewOrderBy
      revision: String
      skip: Long!
      sourceBranch: String
      startTimestampMs: Long
      status: [AnalysisResultStatus!]
      submitterArgument: String
      targetBranch: String
    ): [CodeReview!]!
    codeReviewsCount(
      endTimestampMs: Long
      revision: String
      sourceBranch: String
      startTimestampMs: Long
      status: [AnalysisResultStatus!]
      submitterArgument: String
      targetBranch: String
    ): Int!
    configuration: [ProjectConfiguration!]!
    description: String!
    githubPullRequest(id: Long!): GitHubPullRequest
    gitlabMergeRequest(id: Long!): GitlabMergeRequest
    group: Group
    id: Long!
    lastAnalysis(branch: String): Analysis
    level: UserLevel!
    name: String!
    notifications: [ProjectNotification!]!
    owner: User
    ownerLevel: UserLevel!
    ownerPublic: PublicUser
    public: Boolean!
    repository: Repository
    rosieRulesets(branch: String): [String!]!
    slackIntegrations: [SlackIntegration!]!
    status: ProjectState!
    trend: ProjectTrend!
    violationsToIgnore: [ViolationIgnore!]!
  }

  type ProjectConfiguration {
    key: String!
    value: String!
    valueBoolean: Boolean!
    valueFloat: Float
  }

  type ProjectNotification {
    confirmation: String
    eventType: ProjectNotificationEventType!
    notificationType: ProjectNotificationType!
    notificationValue: String!
    status: ProjectNotificationStatus!
  }

  enum ProjectNotificationEventType {
    AnalysisCompleted
  }

  enum ProjectNotificationStatus {
    Confirmed
    Pending
  }

  enum ProjectNotificationType {
    Email
  }

  enum ProjectState {
    Active
    Deleting
    Deleting_In_Progress
    Disabled
  }

  enum ProjectStatus {
    Critical
    Excellent
    Good
    Neutral
    Unavailable
    Unknown
    Warning
  }

  type ProjectTrend {
    period: Long!
    value: AnalysisTrend!
  }

  type ProviderGroup {
    canJoin: Boolean!
    exists: Boolean!
    groupId: Long
    isMember: Boolean!
    name: String!
    type: GroupType!
  }

  type PublicUser {
    accountType: AccountType!
    assistantCommentsCount: Long!
    assistantCookbooks(
      desc: Boolean
      howmany: Long!
      name: String
      orderBy: AssistantCookbookQueryOrderBy
      skip: Long!
    ): [AssistantCookbook!]!
    assistantCookbooksCount(name: String): Long!
    assistantRecipes(
      desc: Boolean
      howmany: Long!
      language: LanguageEnumeration
      name: String
      orderBy: AssistantRecipeQueryOrderBy
      skip: Long!
      tag: String
    ): [AssistantRecipeWithStats!]!
    assistantRecipesCount(language: LanguageEnumeration, name: String, tag: String): Long!
    assistantRecipesCountPerLanguage(startTimestampMs: Long): [AssistantRecipesCountPerLanguage!]!
    assistantRecipesUsageCount: Long!
    averageRecipesRating: Float
    badges: AssistantUserBadges!
    city: String
    country: String
    creationDate: String!
    description: String
    displayName: String
    firstname: String
    hasSlug: Boolean!
    id: Long!
    karma: Long!
    lastname: String
    level: UserLevel!
    numberOfOwnedProjects: Long!
    ownedProjects: [Project!]!
    ruleSets(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      howmany: Long!
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      skip: Long!
      tags: [String!]
    ): [RosieRuleSet!]!
    ruleSetsCount(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      tags: [String!]
    ): Int!
    rules(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      howmany: Long!
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      skip: Long!
      tags: [String!]
    ): [RosieRule!]!
    rulesCount(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      tags: [String!]
    ): Int!
    slug: String
    socialDevTo: String
    socialDiscord: String
    socialFacebook: String
    socialGitHub: String
    socialInstagram: String
    socialLinkedin: String
    socialTwitter: String
    totalDownvotesGiven: Int!
    totalDownvotesReceived: Int!
    totalUpvotesGiven: Int!
    totalUpvotesReceived: Int!
    username: String
  }

  type Query {
    analysis(id: Long!): Analysis
    analysisCompare(id: Long!): AnalysisCompare
    analysisDiff(source: Long!, target: Long!): AnalysisDiff
    assistantCookbook(id: Long!): AssistantCookbook
    assistantCookbooks(
      dependency: String
      desc: Boolean
      howmany: Long!
      languages: [LanguageEnumeration!]
      name: String
      onlyPrivate: Boolean
      onlyPublic: Boolean
      onlySubscribed: Boolean
      orderBy: AssistantCookbookQueryOrderBy
      skip: Long!
    ): [AssistantCookbook!]!
    assistantPublicRecipes(
      dependency: String
      desc: Boolean
      howmany: Long!
      isGlobal: Boolean
      keyword: String
      languages: [LanguageEnumeration!]
      name: String
      negative: Boolean
      orderBy: AssistantRecipeQueryOrderBy
      skip: Long!
      tag: String
      userId: Long
    ): [AssistantRecipeWithStats!]!
    assistantRecipe(id: Long!): AssistantRecipeWithStats
    assistantRecipesSemanticSearch(
      dependencies: [String!]
      filename: String
      howmany: Long!
      languages: [LanguageEnumeration!]
      onlyPrivate: Boolean
      onlyPublic: Boolean
      onlySubscribed: Boolean
      parameters: String
      skip: Long!
      tags: [String!]
      term: String
    ): [AssistantRecipe!]!
    getFileAnalysis(fingerprint: String, id: Long!): FileAnalysis!
    # Plumb: from the IDE plugins' own schema (Rosie rule sets, outside Plumb), which Codiga's dump lacks.
    ruleSet(id: Long, name: String): RosieRuleSet
    ruleSetsForClient(fingerprint: String, names: [String!]!): [RosieRuleSet!]!
    ruleSetsLastUpdatedTimestamp(fingerprint: String, names: [String!]!): Long
    getRecipesForClient(
      dependencies: [String!]!
      filename: String
      fingerprint: String
      keywords: [String!]!
      language: LanguageEnumeration!
      onlyPrivate: Boolean
      onlyPublic: Boolean
      parameters: String
    ): [AssistantRecipe!]!
    getRecipesForClientByShortcut(
      dependencies: [String!]!
      filename: String
      fingerprint: String
      language: LanguageEnumeration!
      onlyPrivate: Boolean
      onlyPublic: Boolean
      onlySubscribed: Boolean
      parameters: String
      term: String
    ): [AssistantRecipe!]!
    getRecipesForClientByShortcutLastTimestamp(
      dependencies: [String!]!
      fingerprint: String
      language: LanguageEnumeration!
    ): Long
    group(id: Long, name: String): Group
    groups(howmany: Long!, skip: Long!): [Group!]!
    project(id: Long, name: String): Project
    projects(howmany: Long!, skip: Long!, state: [ProjectState!]): [Project!]!
    user: User
  }

  type Repository {
    branches: [String!]!
    creationDate: Long!
    defaultBranch: String
    hasWebhooks: Boolean!
    id: Long!
    kind: ScmKind!
    listOfRemoteBranches: [String!]!
    name: String!
    url: String!
    username: String
  }

  type RosieRule {
    category: ViolationCategory!
    comments(howmany: Long!, skip: Long!): [Comment!]!
    commentsCount: Long!
    content: String!
    creationTimestamp: Long!
    cve: String
    cwe: String
    description: String
    downvotes: Int!
    elementChecked: ElementCheckedEnumeration
    id: Long!
    isDownVoted: Boolean!
    isUpVoted: Boolean!
    language: LanguageEnumeration!
    message: String!
    name: String!
    owner: PublicUser
    pattern: String
    patternMultiline: Boolean!
    ruleSet: RosieRuleSet
    ruleType: RosieRuleTypeEnumeration!
    severity: Long!
    tags: [String!]!
    tests: [RosieRuleTest!]!
    testsCount: Long!
    updatedTimestamp: Long!
    upvotes: Int!
    uses: Long!
  }

  type RosieRuleSet {
    categories: [ViolationCategory!]!
    comments(howmany: Long!, skip: Long!): [Comment!]!
    commentsCount: Long!
    creationTimestamp: Long!
    cves: [String!]!
    cwes: [String!]!
    description: String!
    downvotes: Int!
    groups: [Group!]!
    id: Long!
    isDownVoted: Boolean!
    isPublic: Boolean!
    isUpVoted: Boolean!
    languages: [LanguageEnumeration!]!
    name: String!
    owner: PublicUser
    rule(name: String!): RosieRule
    rules(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      howmany: Long!
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      skip: Long!
      tags: [String!]
    ): [RosieRule!]!
    rulesCount(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      tags: [String!]
    ): Int!
    severities: [Long!]!
    tags: [String!]!
    updatedTimestamp: Long!
    upvotes: Int!
    uses: Long!
  }

  type RosieRuleTest {
    content: String!
    description: String!
    id: Long!
    name: String!
    rule: RosieRule
    shouldFail: Boolean!
  }

  enum RosieRuleTypeEnumeration {
    Ast
    Pattern
  }

  enum ScmKind {
    Bitbucket
    Git
    Github
    Gitlab
    Subversion
  }

  enum SeniorityEnumeration {
    CTO
    Junior
    Mid
    Senior
    Staff
    Student
    VP
  }

  type SlackIntegration {
    channel: String!
    configurationUrl: String!
    id: Long!
    team: String!
  }

  type StripeCheckoutSessionType {
    gold: String!
    silver: String!
    team: String!
  }

  type StripeCouponType {
    amountOff: Long
    currency: String
    durationInMonths: Long
    id: String
    name: String
    percentageOff: Float
  }

  type StripeInvoiceType {
    amountDue: Long!
    amountPaid: Long!
    currency: String!
    description: String
    dueDate: Long
    id: String!
    periodEnd: Long
    periodStart: Long
    status: String!
    url: String
  }

  type StripePaymentMethodCardType {
    cardBranch: String
    expirationMonth: Long
    expirationYear: Long
    lastFourDigits: String
  }

  type StripePaymentMethodType {
    card: StripePaymentMethodCardType
    kind: PaymentMethodKind!
  }

  enum StripeSubscriptionEnumerationType {
    Monthly
    Unknown
    Yearly
  }

  type StripeSubscriptionType {
    billingEmail: String
    checkoutSession: String
    createNewSubscriptionPaymentIntentSecret(
      coupon: String
      seats: Long!
      subscriptionType: StripeSubscriptionEnumerationType!
    ): String
    discountCode: String
    discountObject: StripeCouponType
    id: Long!
    invoices: [StripeInvoiceType!]!
    paymentIntentSecret: String
    paymentMethod: StripePaymentMethodType
    periodEnd: Long
    periodStart: Long
    portalUrl: String
    purchasedSeats: Long
    status: String
    subscriptionType: StripeSubscriptionEnumerationType
    trialDone: Boolean!
    trialEnd: Long
    userLevel: UserLevel
  }

  type TechnicalDebtType {
    complexFunctions: [CodeDensity!]!
    duplicatesDensity: [CodeDensity!]!
    fixingComplexityCost: Float!
    fixingComplexityHours: Float!
    fixingDuplicatesCost: Float!
    fixingDuplicatesHours: Float!
    fixingReadabilityCost: Float!
    fixingReadabilityHours: Float!
    fixingViolationsCost: Float!
    fixingViolationsHours: Float!
    grade: ProjectStatus
    longFunctions: [CodeDensity!]!
    score: Long
    violationsDensity: [CodeDensity!]!
  }

  type User {
    accountType: AccountType!
    allowedNumberOfProjects: Long
    apiTokens: [ApiToken!]!
    assistantCookbook(id: Long!): AssistantCookbook
    assistantCookbooks(
      desc: Boolean
      howmany: Long!
      name: String
      onlyPrivate: Boolean
      onlyPublic: Boolean
      orderBy: AssistantCookbookQueryOrderBy
      skip: Long!
    ): [AssistantCookbook!]!
    assistantCookbooksCount(name: String, onlyPrivate: Boolean, onlyPublic: Boolean): Long!
    assistantCookbooksSubscribed(
      desc: Boolean
      howmany: Long!
      name: String
      orderBy: AssistantCookbookQueryOrderBy
      skip: Long!
    ): [AssistantCookbook!]!
    assistantCookbooksSubscribedCount(name: String): Long!
    assistantKeywords: [String!]!
    assistantPublicRecipesCountPerLanguage(startTimestampMs: Long): [AssistantRecipesCountPerLanguage!]!
    assistantRecipe(id: Long!): AssistantRecipeWithStats
    assistantRecipes(
      desc: Boolean
      howmany: Long!
      language: LanguageEnumeration
      name: String
      onlyPrivate: Boolean
      onlyPublic: Boolean
      orderBy: AssistantRecipeQueryOrderBy
      skip: Long!
      tag: String
    ): [AssistantRecipeWithStats!]!
    assistantRecipesCount(
      language: LanguageEnumeration
      name: String
      onlyPrivate: Boolean
      onlyPublic: Boolean
      tag: String
    ): Long!
    assistantRecipesSubscribed(
      desc: Boolean
      howmany: Long!
      language: LanguageEnumeration
      name: String
      orderBy: AssistantRecipeQueryOrderBy
      skip: Long!
      tag: String
    ): [AssistantRecipeWithStats!]!
    assistantRecipesSubscribedCount(language: LanguageEnumeration, name: String, tag: String): Long!
    assistantTags: [String!]!
    badges: AssistantUserBadges!
    bitbucketInstallation: BitbucketInstallation
    # Plumb: the name a recipe's owner shows (PublicUser's), read by the IDE clients' recipe queries.
    displayName: String
    creationDate: String!
    email: String!
    githubGists(page: Long!): [GithubGist!]!
    githubInstallationIdentifier: Long
    hasGithubSubscription: Boolean!
    hasSlug: Boolean!
    hasSubscription: Boolean!
    hasUsedSnippets: Boolean!
    id: Long!
    info: UserInfo
    isLinkedAccountWorking(accountType: LinkedAccountKind!): Boolean!
    karma: Long!
    level: UserLevel!
    linkedAccounts: [LinkedAccount!]!
    notifications(howmany: Long!, skip: Long!): [NotificationType!]!
    numberOfAuthoredRecipes: Int!
    numberOfOwnedProjects: Long!
    ownedProjects: [Project!]!
    preferences: [UserPreference!]!
    providerGroups(accountType: LinkedAccountKind!): [ProviderGroup!]!
    remainingAnalysisQuota: Long
    ruleSets(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      howmany: Long!
      isPublic: Boolean
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      skip: Long!
      tags: [String!]
    ): [RosieRuleSet!]!
    ruleSetsCount(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      isPublic: Boolean
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      tags: [String!]
    ): Int!
    rules(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      howmany: Long!
      isPublic: Boolean
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      skip: Long!
      tags: [String!]
    ): [RosieRule!]!
    rulesCount(
      categories: [ViolationCategory!]
      cve: [String!]
      cwe: [String!]
      isPublic: Boolean
      languages: [LanguageEnumeration!]
      name: String
      severities: [Long!]
      tags: [String!]
    ): Int!
    slug: String
    socialDevTo: String
    socialDiscord: String
    socialFacebook: String
    socialGitHub: String
    socialInstagram: String
    socialLinkedin: String
    socialTwitter: String
    statistics: AssistantUserStatistics!
    stripeCheckoutSession: StripeCheckoutSessionType
    stripePortalUrl: String
    totalDownvotesGiven: Int!
    totalDownvotesReceived: Int!
    totalUpvotesGiven: Int!
    totalUpvotesReceived: Int!
    username: String!
    apiKey: String
  }

  type UserInfo {
    address: String!
    city: String!
    company: String
    country: String!
    firstname: String!
    heardAbout: String!
    lastname: String!
    phoneNumber: String
    seniority: SeniorityEnumeration
    state: String!
    url: String!
    zipcode: String!
    heard_about: String!
  }

  enum UserLevel {
    Admin
    Basic
    Gold
    KpiViewer
    Silver
    Team
  }

  enum UserNotificationType {
    AnalysisReady
    CodeReviewReady
    CodingAssistantBadge
    CodingAssistantComment
    CodingAssistantUpvote
    Unknown
  }

  type UserPreference {
    key: UserPreferenceKey!
    value: String!
  }

  enum UserPreferenceKey {
    CodingAssistantEnabled
    CodingAssistantOnboardingDone
    EnableAssistantRecipeCommentNotification
    EnableAssistantWeeklySummary
    EnableAutoSave
    EnableGravatar
    EnablePublicProfile
    HideRuleTutorialNotice
    ShowBadges
    ShowGeneralStatistics
    ShowPopularRecipes
    ShowProjects
    Slug
    SocialMediaDevto
    SocialMediaDiscord
    SocialMediaFacebook
    SocialMediaGithub
    SocialMediaInstagram
    SocialMediaLinkedin
    SocialMediaTwitter
    Theme
    UserDescription
    UserWizardLaunched
  }

  enum VersionConstraintEnumeration {
    Equal
    GreaterOrEqual
    GreaterThan
    LessOrEqual
    LessThan
    Unknown
  }

  type Violation {
    category: ViolationCategory!
    codeHash: String
    description: String!
    filename: String!
    language: LanguageEnumeration
    line: Long!
    lineCount: Long!
    rule: String
    ruleUrl: String
    severity: Long!
    tool: String
    uniqueIdentifier: String!
  }

  enum ViolationCategory {
    Best_Practice
    Code_Style
    Deployment
    Design
    Documentation
    Error_Prone
    Performance
    Safety
    Security
    Unknown
  }

  type ViolationIgnore {
    description: String
    filename: String
    language: LanguageEnumeration
    prefix: String
    rule: String!
    tool: String!
  }

  enum ViolationQueryOrderBy {
    Category
    Filename
    Severity
  }
`;
