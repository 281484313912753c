import ArgumentParser
import Foundation
import StippleCore

/// Which protocol to use: the default one or a clinic's file.
struct ProtocolOptions: ParsableArguments {
    @Option(name: .customLong("protocol"), help: ArgumentHelp("A clinic's protocol file (JSON); the default protocol otherwise.", valueName: "file"))
    var path: String?

    func load() throws -> AftercareProtocol {
        guard let path else { return DefaultProtocol.protocolValue }
        let data: Data
        do {
            data = try CLIEnvironment.current.readFile(path)
        } catch {
            throw ValidationError("cannot read the protocol file \(path)")
        }
        do {
            return try AftercareProtocol.load(json: data)
        } catch {
            throw ValidationError("\(path): \(error)")
        }
    }
}
