@_exported import PlanCheckText
