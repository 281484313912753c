import Vapor

/// A posted form's fields and files, from a urlencoded or multipart body. Parts are read by
/// hand so that a binary file part cannot spoil the text fields, and so that an upload's name
/// and declared type are never trusted (the bytes are checked instead).
struct FormUpload {
    var values: [String: String] = [:]
    var files: [String: [UInt8]] = [:]

    static func read(_ req: Request) -> FormUpload {
        guard let type = req.headers.contentType else { return FormUpload() }
        if type.type == "multipart", type.subType == "form-data" {
            guard let boundary = type.parameters["boundary"], let body = req.body.data else { return FormUpload() }
            return multipart(body, boundary: boundary)
        }
        return FormUpload(values: (try? req.content.decode([String: String].self)) ?? [:])
    }

    static func multipart(_ body: ByteBuffer, boundary: String) -> FormUpload {
        var upload = FormUpload()
        let parser = MultipartParser(boundary: boundary)
        var headers = HTTPHeaders()
        var data: [UInt8] = []
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { chunk in data += chunk.readableBytesView }
        parser.onPartComplete = {
            defer { headers = HTTPHeaders(); data = [] }
            guard let disposition = headers.contentDisposition, let name = disposition.name else { return }
            if disposition.filename != nil {
                if !data.isEmpty { upload.files[name] = data }
            } else {
                upload.values[name] = String(decoding: data, as: UTF8.self)
            }
        }
        do { try parser.execute(body) } catch { return FormUpload() }
        return upload
    }
}
