import Testing
@testable import PlanCheckYAML

@Suite struct YAMLTests {
    @Test func nodesKeepLineAndColumn() throws {
        let text = "id: qd142\nrules:\n  - id: DS101\n    name: \"tên có dấu\"\n"
        let root = try #require(try YAMLParser.parse(text))
        #expect(root["id"]?.scalar == "qd142")
        #expect(root["id"]?.mark == YAMLMark(line: 1, column: 5))
        let rule = try #require(root["rules"]?.sequence?.first)
        #expect(rule.mark == YAMLMark(line: 3, column: 5))
        #expect(rule["name"]?.scalar == "tên có dấu")
        #expect(rule["name"]?.mark == YAMLMark(line: 4, column: 11))
    }

    @Test func columnsCountCharactersAfterVietnamese() throws {
        // libyaml counts characters, so a value after multibyte text keeps a scalar column.
        let root = try #require(try YAMLParser.parse("[\"dữ liệu\", số]"))
        let items = try #require(root.sequence)
        #expect(items[1].mark == YAMLMark(line: 1, column: 13))
    }

    @Test func plainScalarsResolveQuotedOnesDoNot() throws {
        let root = try #require(try YAMLParser.parse("a: 12\nb: \"12\"\nc: true\nd: ~\n"))
        #expect(root["a"]?.int == 12)
        #expect(root["b"]?.int == nil)
        #expect(root["c"]?.bool == true)
        #expect(root["d"]?.isNull == true)
    }

    @Test func syntaxErrorHasLibyamlPosition() {
        #expect {
            _ = try YAMLParser.parse("a: [1, 2\nb: 3\n")
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.mark.line == 2 && error.message.contains("flow sequence")
        }
    }

    @Test func duplicateKeyIsAnError() {
        #expect {
            _ = try YAMLParser.parse("id: a\nname: b\nid: c\n")
        } throws: { error in
            (error as? YAMLError)?.mark == YAMLMark(line: 3, column: 1)
        }
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let root = try #require(try YAMLParser.parse("a: &x [p, q]\nb: *x\n"))
        #expect(root["b"]?.sequence?.compactMap(\.scalar) == ["p", "q"])
        #expect(root["b"]?.mark == YAMLMark(line: 2, column: 4))
    }

    @Test func billionLaughsFailsFast() {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        #expect {
            _ = try YAMLParser.parse(text)
        } throws: { error in
            guard let error = error as? YAMLError else { return false }
            return error.message.contains("billion laughs") && error.mark.line <= 6
        }
    }

    @Test func nestingBeyondTheLimitIsRefused() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect {
            _ = try YAMLParser.parse(deep)
        } throws: { error in
            (error as? YAMLError)?.message.contains("nesting deeper") == true
        }
    }

    @Test func emptyInputIsNoDocument() throws {
        #expect(try YAMLParser.parse("") == nil)
    }
}

extension YAMLNode: Equatable {
    public static func == (a: YAMLNode, b: YAMLNode) -> Bool { a.mark == b.mark && a.typeName == b.typeName }
}
