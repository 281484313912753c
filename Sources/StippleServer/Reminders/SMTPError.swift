import Foundation
import NIOPosix
import NIOSSL
import Synchronization

struct SMTPError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
