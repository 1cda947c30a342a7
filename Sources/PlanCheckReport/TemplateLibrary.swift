import Mustache

/// HTML templates (Mustache files under a target's Templates/, embedded into EmbeddedTemplates.swift
/// by scripts/embed-templates) ready to render. `{{name}}` escapes `& < > " '`; `{{{name}}}` is only
/// for text plancheck made itself (CSS, scripts, data URLs, script-safe JSON), never a plan's.
package struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// Templates that did not parse (a test keeps this empty).
    package let problems: [String]
    /// The templates' text, by name.
    package let sources: [String: String]

    package init(_ sources: [String: String]) {
        self.sources = sources
        var library = MustacheLibrary()
        var problems: [String] = []
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(text, named: name)
            } catch {
                problems.append("\(name): \(error)")
            }
        }
        self.library = library
        self.problems = problems
    }

    /// The page; `view` is a `[String: Any]` or a struct whose stored properties the template names.
    package func render(_ view: Any, template name: String) -> String {
        library.render(view, withTemplate: name) ?? "<!DOCTYPE html><p>plancheck: template '\(name)' is missing</p>"
    }
}
