
/// Builds children of an element from statements, `if`s and `for`s. Statements are appended
/// to one array as they come (`buildPartialBlock`): joining per-statement arrays made a page
/// allocate an array for every text and every block.
@resultBuilder
enum HTMLBuilder {
    static func buildExpression(_ node: HTMLNode) -> HTMLNode { node }
    static func buildExpression(_ nodes: [HTMLNode]) -> HTMLNode { .fragment(nodes) }
    static func buildExpression(_ text: String) -> HTMLNode { .text(text) }
    static func buildBlock() -> [HTMLNode] { [] }
    static func buildPartialBlock(first: HTMLNode) -> [HTMLNode] { [first] }
    static func buildPartialBlock(accumulated: [HTMLNode], next: HTMLNode) -> [HTMLNode] {
        var nodes = accumulated
        nodes.append(next)
        return nodes
    }
    // An `if`/`else` or a `switch` gives the nodes of its branch, joined to the block's.
    static func buildPartialBlock(first: [HTMLNode]) -> [HTMLNode] { first }
    static func buildPartialBlock(accumulated: [HTMLNode], next: [HTMLNode]) -> [HTMLNode] { accumulated + next }
    static func buildOptional(_ part: [HTMLNode]?) -> HTMLNode { .fragment(part ?? []) }
    static func buildEither(first: [HTMLNode]) -> [HTMLNode] { first }
    static func buildEither(second: [HTMLNode]) -> [HTMLNode] { second }
    static func buildArray(_ parts: [[HTMLNode]]) -> HTMLNode { .fragment(parts.flatMap { $0 }) }
}
