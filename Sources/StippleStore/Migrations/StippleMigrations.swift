import FluentKit

/// Every migration, in the order they run. Append; never edit one that has shipped.
public enum StippleMigrations {
    public static var all: [any Migration] {
        [CreateClinics(), CreateStaff(), CreateAPITokens(), CreateClients(), CreateTreatmentSessions(),
         CreateJourneys(), CreateCheckIns(), CreateJourneyLinks(),
         AddContactToClinics(), CreateCheckInPhotos(),
         AddReminderSettingsToClinics(), CreateReminders(), CreateJourneyBundleView(),
         CreateFollowUps(), CreateAlerts(),
         CreateStaffLogin(), CreateAuditEvents(), AddHealingStatusToJourneys(),
         AddWorkspaceIndexes(), AddAlertTargetsToClinics(), CreateConsents(),
         CreateDemoCredentials(), AddCredentialLifecycle(),
         AddUrgentCareRouting(), AddDatabaseInvariants(), DropJourneyBundleView(),
         CreatePigmentBatches(), AddPigmentBatchToSessions(), CreateStaffInvitations(),
         AddClientSearchIndexes(), CreateScreenings(), AddRegistrationDetailsToClients(),
         CreateScreeningClearances(), CreateScreeningRequests(), CreateClientMessages(),
         CreateConsentDocuments(), AddChartingToSessions(), CreateTreatmentPlans(),
         CreateClinicOpeningHours(), AddClientEmailIndex(), CreateBookings(), CreatePartnerApplications(), CreateWaitlist(),
         CreateScheduleExceptions(), CreateTechnicianHours(), CreateBookingScreenings()]
    }
}
