import StippleStore
import Vapor

/// A store per event loop, made once when the server starts: a store made for each request
/// (Fluent makes a new database value on every `req.db`) took 5% of a client page's time.
struct RequestStores: Sendable {
    let byLoop: [ObjectIdentifier: Store]

    init(_ app: Application) {
        var stores: [ObjectIdentifier: Store] = [:]
        for loop in app.eventLoopGroup.makeIterator() {
            stores[ObjectIdentifier(loop)] = app.makeStore(on: loop, logger: app.logger)
        }
        byLoop = stores
    }

    /// The store of `req`'s event loop.
    func store(for req: Request) -> Store {
        byLoop[ObjectIdentifier(req.eventLoop)] ?? req.application.makeStore(on: req.eventLoop, logger: req.logger)
    }
}

struct RequestStoresKey: StorageKey {
    typealias Value = RequestStores
}
