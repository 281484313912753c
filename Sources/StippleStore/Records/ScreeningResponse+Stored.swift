import Foundation
import SQLKit
import StippleCore

/// How a questionnaire's answers are kept, the same in `screenings` and `booking_screenings`:
/// the answers as JSON, the reason for treatment, the factors the plan reads as codes.
extension ScreeningResponse {
    static let storedColumns = ["answers", "hair_loss_condition", "sex", "oily_skin", "friction"]

    var storedValues: [any SQLExpression] {
        [SQLBind(Codecs.json(answers)), SQLBind(condition.rawValue), SQLBind(sex?.rawValue), SQLBind(oilySkin),
         SQLBind(friction.map(\.rawValue).joined(separator: ","))]
    }

    init(stored r: StoredRow) throws {
        self.init(answers: try r.json("answers"), condition: try r.code("hair_loss_condition"), sex: try r.optionalCode("sex"),
                  oilySkin: try r.value("oily_skin"), friction: try r.codes("friction"))
    }
}
