import StippleCore
import StippleStore
import Vapor

// The screening questionnaire under the client's screening link (`ScreeningPage`).
extension ClientPagesController {
    func screening(req: Request) async throws -> Response {
        let recording = ScreeningRecording(store: stores.store(for: req), now: settings.now())
        guard let token = req.parameters.get("token"), let (client, clinic) = try await recording.client(linkToken: token) else {
            return LinkNotValidPage.render()
        }
        return ScreeningPage.render(client: client, clinic: clinic, token: token)
    }

    func submitScreening(req: Request) async throws -> Response {
        let store = stores.store(for: req)
        let recording = ScreeningRecording(store: store, now: settings.now())
        guard let token = req.parameters.get("token"), let (client, clinic) = try await recording.client(linkToken: token) else {
            return LinkNotValidPage.render()
        }
        var form = ScreeningForm(values: FormUpload.read(req).values)
        guard let response = form.response(confirming: client.fullName, language: client.preferredLanguage) else {
            return ScreeningPage.render(client: client, clinic: clinic, token: token, form: form, status: .unprocessableEntity)
        }
        guard let record = try await recording.complete(
            linkToken: token, client: client, response: response, confirmedName: form.confirmedName,
            remoteAddress: req.remoteAddress?.ipAddress, userAgent: req.headers.first(name: .userAgent))
        else { return LinkNotValidPage.render() }
        let today = LocalDate(settings.now(), in: try clinic.zone())
        let assessment = ScreeningAssessment.assess(record.response.answers, age: client.age(on: today), cleared: [])
        return ScreeningPage.thanks(client: client, clinic: clinic, assessment: assessment, token: token)
    }
}
