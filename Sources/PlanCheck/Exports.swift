// The library's public surface: one import gives callers every layer's public types.
@_exported import PlanCheckDomain
@_exported import PlanCheckText
@_exported import PlanCheckDocuments
@_exported import PlanCheckStructure
@_exported import PlanCheckRules
@_exported import PlanCheckMatching
@_exported import PlanCheckReport
