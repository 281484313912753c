import Foundation
import Testing

@Suite struct ReminderCommandTests {
    @Test func theLoadTestSendsEveryReminderOnce() async {
        let r = await stipple(["reminders", "load-test", "--count", "1500", "--workers", "2"])
        #expect(r.status == 0, "\(r.error)")
        #expect(r.output.contains("Dispatched 1500 of 1500 reminders"))
        #expect(r.output.contains("1500 lines written, 0 duplicates; 0 to retry, 0 failed."))
    }

    @Test func badCountsAreBadArguments() async {
        #expect(await stipple(["reminders", "load-test", "--count", "0"]).status == 2)
        #expect(await stipple(["reminders", "load-test", "--workers", "9"]).status == 2)
        // --wipe empties a database named with --postgres; alone it names nothing.
        #expect(await stipple(["reminders", "load-test", "--wipe"]).status == 2)
    }
}
