import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// The data folder's database, photos and key are the owner's alone.
    @Suite struct FilePermissionTests {
        func mode(_ path: String) throws -> Int {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            return try #require(attributes[.posixPermissions] as? Int) & 0o777
        }

        @Test func theDatabasePhotosAndSecretKeyAreReadableByTheOwnerOnly() async throws {
            // A permissive umask, as on many servers: the modes must not depend on it.
            let previous = umask(0o002)
            defer { umask(previous) }
            let folder = TestFolder()
            defer { folder.remove() }
            let data = folder.path("data")
            _ = try LinkSealer.key(environment: [:], dataDirectory: data)
            #expect(try mode(data) == 0o700)
            #expect(try mode((data as NSString).appendingPathComponent("secret.key")) == 0o600)

            try await withStipple(.sqlite(path: (data as NSString).appendingPathComponent("stipple.sqlite")),
                                  settings: { $0.photosDirectory = (data as NSString).appendingPathComponent("photos") }) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                let (h, b) = multipartBody(greenAnswers, files: [("photo-front", "front.jpg", Fixtures.jpegWithGPS)])
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                let database = (data as NSString).appendingPathComponent("stipple.sqlite")
                #expect(try mode(database) == 0o600)
                #expect(try mode(database + "-wal") == 0o600)
                let photos = (data as NSString).appendingPathComponent("photos")
                #expect(try mode(photos) == 0o700)
                let files = try #require(FileManager.default.enumerator(atPath: photos)?.allObjects as? [String])
                let photo = try #require(files.first { $0.hasSuffix(".jpg") })
                #expect(try mode((photos as NSString).appendingPathComponent(photo)) == 0o600)
                #expect(try mode((photos as NSString).appendingPathComponent(String(photo.prefix(2)))) == 0o700)
            }
        }

        @Test func anExistingDatabaseReadableByOthersIsRestricted() throws {
            let folder = TestFolder()
            defer { folder.remove() }
            try FileManager.default.createDirectory(atPath: folder.root, withIntermediateDirectories: true)
            let path = folder.path("old.sqlite")
            #expect(FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644]))
            try PrivateFiles.ensureFile(path)
            #expect(try mode(path) == 0o600)
        }
    }
}
