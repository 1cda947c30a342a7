// The rule library ships as the resources of this target (PlanCheckBundledRules): SwiftPM needs
// one source file for a target, and this is it. The YAML files next to it are the rules; nothing
// here is read by plancheck. `BundledRules` (in PlanCheck) finds the bundle at run time.
package enum RulesBundle {
    /// The resource bundle SwiftPM builds next to the binaries from this folder's rule sets.
    package static let name = "plancheck_PlanCheckBundledRules.resources"
}
