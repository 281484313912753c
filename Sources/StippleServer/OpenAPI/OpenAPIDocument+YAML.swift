extension OpenAPIDocument {
    /// The API's OpenAPI 3.1 description, kept by hand beside the routes. `OpenAPITests` fails
    /// when a route is missing from it or it names a route that does not exist.
    static let yaml = #"""
openapi: 3.1.0
info:
  title: Stipple API
  version: 1.0.0
  description: >-
    Healing journeys for scalp micropigmentation clinics: clinics, technicians, clients,
    treatment sessions, journeys computed by the healing engine, and check-ins with triage.
    Every /api/v1 call needs a bearer token (`stipple staff add` prints one). Triage tiers are
    recommendations for a person at the clinic, never decisions.
servers:
  - url: /
security:
  - bearer: []
paths:
  /healthz:
    get:
      summary: The process answers.
      security: []
      responses:
        "200":
          description: Alive.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Health"}
  /readyz:
    get:
      summary: The database answers.
      security: []
      responses:
        "200":
          description: Ready.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Health"}
        "503":
          description: The database does not answer.
  /openapi.yaml:
    get:
      summary: This document.
      security: []
      responses:
        "200":
          description: The OpenAPI document.
  /docs:
    get:
      summary: This document as a readable page.
      security: []
      responses:
        "200":
          description: HTML.
  /j/{token}:
    get:
      summary: Client page - today's stage, what is normal, aftercare now, timeline, estimate, clinic, emergency.
      description: >-
        HTML for the client's phone, in the clinic's language; the token is the journey's private
        link. A wrong, revoked or expired link answers a friendly 404 page.
      security: []
      parameters:
        - {name: token, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: HTML.}
        "404": {description: The link is not valid (HTML).}
  /j/{token}/check-in:
    get:
      summary: Client page - the check-in questionnaire.
      security: []
      parameters:
        - {name: token, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: HTML form.}
        "404": {description: The link is not valid (HTML).}
    post:
      summary: Client page - send a check-in (form fields named as in CheckInInput, ticked boxes `on`).
      security: []
      parameters:
        - {name: token, in: path, required: true, schema: {type: string}}
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object}
          application/x-www-form-urlencoded:
            schema: {type: object}
      responses:
        "303": {description: Stored; see the result page.}
        "404": {description: The link is not valid (HTML).}
        "422": {description: The form again, with a message at each field to correct (HTML).}
  /j/{token}/check-ins/{checkInID}:
    get:
      summary: Client page - a check-in's result in plain words; red starts with the emergency number.
      security: []
      parameters:
        - {name: token, in: path, required: true, schema: {type: string}}
        - {name: checkInID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: HTML.}
        "404": {description: The link is not valid (HTML).}
  /j/{token}/history:
    get:
      summary: Client page - earlier check-ins, the symptom score against the expected curve (SVG), photos by view across days.
      security: []
      parameters:
        - {name: token, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: HTML.}
        "404": {description: The link is not valid (HTML).}
  /j/{token}/photos/{photoID}:
    get:
      summary: Client page - a photo of one of the journey's check-ins, for the link's holder.
      security: []
      parameters:
        - {name: token, in: path, required: true, schema: {type: string}}
        - {name: photoID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: The photo (image/jpeg or image/png), location data removed.}
        "404": {description: The link is not valid, or the photo is not of this journey (HTML).}
  /staff/login:
    get:
      summary: Staff sign-in form (HTML); sets the form's double-submit CSRF cookie.
      security: []
      responses:
        "200": {description: HTML form.}
    post:
      summary: Sign in with email and password (form fields email, password, _csrf, next); a new session cookie every time.
      description: >-
        Five wrong passwords in a row lock the account for 15 minutes; more than 20 attempts
        from one address in 10 minutes answer 429 with Retry-After.
      security: []
      responses:
        "303": {description: Signed in; the session cookie is set (HttpOnly, SameSite=Lax, Secure in production).}
        "401": {description: Wrong email or password (HTML form again).}
        "403": {description: The form's CSRF token did not match.}
        "429": {description: Locked account or too many attempts.}
  /staff/logout:
    post:
      summary: Sign out (form with _csrf); the session ends on the server.
      security: [{staffSession: []}]
      responses:
        "303": {description: Back to the sign-in form.}
  /staff:
    get:
      summary: The workspace - redirects to the person's first page.
      security: [{staffSession: []}]
      responses:
        "303": {description: To the dashboard, or the calendar for reception.}
  /staff/dashboard:
    get:
      summary: Healing clients by stage - day, latest check-in, score sparkline, tier, overdue check-ins, next session.
      security: [{staffSession: []}]
      parameters:
        - {name: clinic, in: query, schema: {type: string, format: uuid}, description: Admins only.}
        - {name: technician, in: query, schema: {type: string, format: uuid}}
        - {name: tier, in: query, schema: {type: string, enum: [red, amber, yellow, green, none]}}
        - {name: sort, in: query, schema: {type: string, enum: [day, tier, last-check-in, name]}}
        - {name: page, in: query, schema: {type: integer, minimum: 1}}
      responses:
        "200": {description: HTML.}
        "400": {description: A filter not understood (HTML naming it).}
        "403": {description: Reception (no health data).}
  /staff/alerts:
    get:
      summary: The alert inbox - most severe and oldest first, with the clock against each response target.
      security: [{staffSession: []}]
      parameters:
        - {name: status, in: query, schema: {type: string, enum: [resolved]}}
        - {name: mine, in: query, schema: {type: string, enum: ["1"]}}
      responses:
        "200": {description: HTML.}
        "403": {description: Reception (no health data).}
  /staff/alerts/{alertID}/acknowledge:
    post:
      summary: Acknowledge an alert (form with _csrf); the client's page then shows the clinic has seen it.
      security: [{staffSession: []}]
      parameters:
        - {name: alertID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "303": {description: Back to the inbox.}
        "404": {description: No such alert at the person's clinics.}
  /staff/alerts/{alertID}/resolve:
    post:
      summary: Resolve an alert with what was done (form fields action, note, _csrf).
      security: [{staffSession: []}]
      parameters:
        - {name: alertID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "303": {description: To the resolved alerts.}
        "422": {description: No action chosen, or the note is too long.}
  /staff/clients/{clientID}:
    get:
      summary: The client record - identity, screening warnings, sessions, journeys, check-ins, photos, alerts, booking.
      description: Reception sees identity, contact details and bookings only.
      security: [{staffSession: []}]
      parameters:
        - {name: clientID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: HTML.}
        "404": {description: No such client at the person's clinics.}
  /staff/clients/{clientID}/consents:
    post:
      summary: Record a consent given or withdrawn from the client record (form fields kind, given yes or no, note, _csrf).
      security: [{staffSession: []}]
      parameters:
        - {name: clientID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "303": {description: Back to the client record.}
        "422": {description: The kind or the decision is missing (HTML naming it).}
  /staff/photos/{photoID}:
    get:
      summary: A check-in photo for the signed-in staff pages.
      security: [{staffSession: []}]
      parameters:
        - {name: photoID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: The photo.}
        "404": {description: No such photo at the person's clinics.}
  /staff/journeys/{journeyID}/follow-up:
    post:
      summary: Book the next session (form fields date, time, technician, overrideReason for admins, _csrf).
      security: [{staffSession: []}]
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "303": {description: Booked; back to the client record.}
        "422": {description: Refused by the spacing rule, with the reason and the first allowed date (HTML).}
  /staff/journeys/{journeyID}/follow-up/cancel:
    post:
      summary: Cancel the booked follow-up (form with _csrf).
      security: [{staffSession: []}]
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "303": {description: Cancelled; back to the client record.}
  /staff/calendar:
    get:
      summary: A week of booked sessions, per clinic or per technician.
      security: [{staffSession: []}]
      parameters:
        - {name: week, in: query, schema: {type: string, format: date}}
        - {name: technician, in: query, schema: {type: string, format: uuid}}
      responses:
        "200": {description: HTML.}
  /staff/calendar/feed:
    post:
      summary: Make a new private calendar address (shown once); the old one stops working.
      security: [{staffSession: []}]
      responses:
        "200": {description: The calendar page with the new address.}
  /calendar/{feed}:
    get:
      summary: The private iCalendar feed (RFC 5545) at the address the calendar page made, ending in .ics.
      security: []
      parameters:
        - {name: feed, in: path, required: true, schema: {type: string}}
      responses:
        "200": {description: text/calendar.}
        "404": {description: No such feed.}
  /staff/audit:
    get:
      summary: The audit log for admins, newest first, filtered by person, client, subject, action and dates.
      security: [{staffSession: []}]
      parameters:
        - {name: staff, in: query, schema: {type: string, format: uuid}}
        - {name: client, in: query, schema: {type: string, format: uuid}}
        - {name: subject, in: query, schema: {type: string}}
        - {name: action, in: query, schema: {type: string}}
        - {name: from, in: query, schema: {type: string, format: date}}
        - {name: until, in: query, schema: {type: string, format: date}}
        - {name: page, in: query, schema: {type: integer, minimum: 1}}
      responses:
        "200": {description: HTML.}
        "403": {description: Not an admin.}
  /staff/audit.csv:
    get:
      summary: The filtered audit log as CSV (same filters as the page).
      security: [{staffSession: []}]
      responses:
        "200": {description: text/csv.}
        "403": {description: Not an admin.}
  /staff/people:
    get:
      summary: Staff and their sign-in, for admins.
      security: [{staffSession: []}]
      responses:
        "200": {description: HTML.}
        "403": {description: Not an admin.}
  /staff/people/{staffID}/password:
    post:
      summary: An admin sets a person's email and new password (form fields email, password, _csrf); their sessions end and a lockout lifts.
      security: [{staffSession: []}]
      parameters:
        - {name: staffID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: The staff page with a notice.}
        "422": {description: The email or password cannot be used (HTML naming it).}
  /staff/people/{staffID}/deactivate:
    post:
      summary: An admin deactivates a person (form field _csrf) - their sessions, API tokens and calendar feed end at once.
      security: [{staffSession: []}]
      parameters:
        - {name: staffID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: The staff page with a notice.}
        "403": {description: Not an admin.}
        "409": {description: An admin cannot deactivate themselves.}
  /staff/tokens:
    post:
      summary: An admin issues an API token (form fields staff, name, days, _csrf); the page shows it once.
      security: [{staffSession: []}]
      responses:
        "201": {description: The staff page with the new token.}
        "403": {description: Not an admin.}
        "422": {description: The holder, name or expiry cannot be used (HTML naming it).}
  /staff/tokens/{tokenID}/revoke:
    post:
      summary: An admin revokes an API token (form field _csrf); the next call with it answers 401.
      security: [{staffSession: []}]
      parameters:
        - {name: tokenID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: The staff page with a notice.}
        "403": {description: Not an admin.}
        "404": {description: No such token.}
  /api/v1/photos/{photoID}:
    get:
      summary: A check-in photo (image/jpeg or image/png), location data removed.
      parameters:
        - {name: photoID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200": {description: The photo.}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/clinics:
    get:
      summary: List the chain's clinics.
      responses:
        "200":
          description: Clinics by name.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Clinic"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
    post:
      summary: Open a clinic (admins).
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/ClinicInput"}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Clinic"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "409": {$ref: "#/components/responses/Error"}
        "422": {$ref: "#/components/responses/Invalid"}
  /api/v1/clinics/{clinicID}:
    get:
      summary: One clinic.
      parameters:
        - {name: clinicID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: The clinic.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Clinic"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/technicians:
    get:
      summary: List technicians of the caller's clinic (admins - the chain, or one clinic).
      parameters:
        - {name: clinic, in: query, required: false, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Technicians by name.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/StaffMember"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
    post:
      summary: Add a technician (admins, or the clinic's lead technician).
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/TechnicianInput"}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/StaffMember"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "422": {$ref: "#/components/responses/Invalid"}
  /api/v1/clients:
    get:
      summary: List clients (names and conditions only), paged.
      parameters:
        - {name: clinic, in: query, required: false, schema: {type: string, format: uuid}}
        - {name: limit, in: query, required: false, schema: {type: integer, minimum: 1, maximum: 200, default: 50}}
        - {name: offset, in: query, required: false, schema: {type: integer, minimum: 0, default: 0}}
      responses:
        "200":
          description: Clients by name. Staff other than admins see their own clinic only.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/ClientSummary"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "422": {$ref: "#/components/responses/Invalid"}
    post:
      summary: Register a client with the age check and screening.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/ClientInput"}
      responses:
        "201":
          description: Created, with the screening warnings.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ClientView"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "422": {$ref: "#/components/responses/Invalid"}
  /api/v1/clients/{clientID}:
    get:
      summary: A client's record with screening warnings.
      parameters:
        - {name: clientID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: The client.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ClientView"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/clients/{clientID}/sessions:
    get:
      summary: A client's treatment sessions.
      parameters:
        - {name: clientID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Sessions, oldest first.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/TreatmentSession"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/clients/{clientID}/consents:
    get:
      summary: Every consent the client gave or withdrew, newest first (reception too).
      parameters:
        - {name: clientID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Consent records; the newest of each kind holds.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/ConsentRecord"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
    post:
      summary: Record a consent given or withdrawn.
      parameters:
        - {name: clientID, in: path, required: true, schema: {type: string, format: uuid}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [kind, given]
              properties:
                kind: {type: string, enum: [treatment, healing-messages, photos-in-record, photos-in-gallery]}
                given: {type: boolean}
                note: {type: string, maxLength: 500}
      responses:
        "201":
          description: The record.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/ConsentRecord"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
        "422": {$ref: "#/components/responses/Error"}
  /api/v1/clients/{clientID}/journeys:
    get:
      summary: A client's healing journeys.
      parameters:
        - {name: clientID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Journeys, oldest first.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/JourneyRecord"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/sessions:
    post:
      summary: Record a treatment session; starts its healing journey.
      description: Needs the client's current consent to treatment; without it the answer is 409 with `field` consent.treatment.
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/SessionInput"}
      responses:
        "201":
          description: Recorded, with the journey's id and the screening warnings.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/RecordedSession"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "409": {$ref: "#/components/responses/Error"}
        "422": {$ref: "#/components/responses/Invalid"}
  /api/v1/sessions/{sessionID}:
    get:
      summary: One treatment session.
      parameters:
        - {name: sessionID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: The session.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/TreatmentSession"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/journeys/{journeyID}:
    get:
      summary: A journey today - stage, timeline, estimate, aftercare, check-ins, next session.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Computed by the healing engine in the clinic's time zone and language.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/JourneyView"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/journeys/{journeyID}/check-ins:
    get:
      summary: A journey's check-ins with their triage.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Check-ins by day.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/CheckInView"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
    post:
      summary: Record a check-in; returns its triage.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: "#/components/schemas/CheckInInput"}
      responses:
        "201":
          description: Stored with its triage. Red starts with the clinic's emergency number.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/CheckInView"}
        "400": {$ref: "#/components/responses/Error"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "404": {$ref: "#/components/responses/NotFound"}
        "422": {$ref: "#/components/responses/Invalid"}
  /api/v1/journeys/{journeyID}/reminders:
    get:
      summary: The journey's reminders - scheduled, sending, sent, skipped, or failed and why.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: By due time.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Reminder"}}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/alerts:
    get:
      summary: The alert inbox - alerts of the caller's clinic (admins - any, with clinic), most severe and oldest first.
      parameters:
        - {name: status, in: query, schema: {type: string, enum: [open, acknowledged, resolved]}, description: Default open and acknowledged.}
        - {name: clinic, in: query, schema: {type: string, format: uuid}, description: Admins only.}
      responses:
        "200":
          description: Alerts.
          content:
            application/json:
              schema: {type: array, items: {$ref: "#/components/schemas/Alert"}}
        "400": {$ref: "#/components/responses/Error"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
  /api/v1/alerts/{alertID}/acknowledge:
    post:
      summary: Acknowledge an alert; the client's page then shows that the clinic has seen it.
      parameters:
        - {name: alertID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Acknowledged.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Alert"}
        "404": {$ref: "#/components/responses/NotFound"}
        "409": {$ref: "#/components/responses/Error"}
  /api/v1/alerts/{alertID}/resolve:
    post:
      summary: Resolve an alert with what was done; it stops blocking the next session.
      parameters:
        - {name: alertID, in: path, required: true, schema: {type: string, format: uuid}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [action]
              properties:
                action: {type: string, enum: [called-client, advised-gp-or-pharmacist, referred, nothing-needed]}
                note: {type: string, maxLength: 2000}
      responses:
        "200":
          description: Resolved.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Alert"}
        "404": {$ref: "#/components/responses/NotFound"}
        "409": {$ref: "#/components/responses/Error"}
        "422": {$ref: "#/components/responses/Invalid"}
  /api/v1/journeys/{journeyID}/follow-up:
    post:
      summary: Book the next session; the spacing rule refuses an unhealed scalp, an open alert or a date before the minimum.
      description: >-
        A refused date answers 422 with code refused_by_spacing_rule, the reasons and the first
        allowed date. An admin may book it anyway with overrideReason, which is kept. The client
        is reminded the day before at the clinic's reminder hour.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [startsAt, technicianID]
              properties:
                startsAt: {type: string, format: date-time}
                technicianID: {type: string, format: uuid}
                overrideReason: {type: string, maxLength: 500}
      responses:
        "201":
          description: Booked.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/FollowUp"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "404": {$ref: "#/components/responses/NotFound"}
        "409": {$ref: "#/components/responses/Error"}
        "422": {$ref: "#/components/responses/Invalid"}
    get:
      summary: The journey's booked follow-up.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "200":
          description: Booked.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/FollowUp"}
        "404": {$ref: "#/components/responses/NotFound"}
    delete:
      summary: Cancel the journey's booked follow-up and its reminder.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "204": {description: Cancelled.}
        "404": {$ref: "#/components/responses/NotFound"}
  /api/v1/journeys/{journeyID}/link:
    post:
      summary: Issue the client's private journey link; the previous link stops working.
      description: >-
        The token is a 256-bit secret shown in this answer only; the server keeps its SHA-256.
        The link opens the client's pages at /j/{token} until it expires or is revoked.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "201":
          description: The new link.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/JourneyLink"}
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "404": {$ref: "#/components/responses/NotFound"}
    delete:
      summary: Revoke the client's journey link.
      parameters:
        - {name: journeyID, in: path, required: true, schema: {type: string, format: uuid}}
      responses:
        "204":
          description: Revoked (or there was none).
        "401": {$ref: "#/components/responses/Unauthorized"}
        "403": {$ref: "#/components/responses/Forbidden"}
        "404": {$ref: "#/components/responses/NotFound"}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    staffSession: {type: apiKey, in: cookie, name: stipple_staff}
  responses:
    Error:
      description: The request cannot be served as sent.
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Error"}
    Invalid:
      description: A field is out of range or malformed; `field` names it.
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Error"}
    Unauthorized:
      description: No valid bearer token.
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Error"}
    Forbidden:
      description: The caller's role may not do this.
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Error"}
    NotFound:
      description: No such resource (or not the caller's clinic).
      content:
        application/json:
          schema: {$ref: "#/components/schemas/Error"}
  schemas:
    Error:
      type: object
      required: [error]
      properties:
        error:
          type: object
          required: [code, message]
          properties:
            code: {type: string, examples: [invalid_field]}
            message: {type: string}
            field: {type: [string, "null"], examples: [temperatureC]}
    Health:
      type: object
      properties:
        status: {type: string}
    Language: {type: string, enum: [en-GB, nl-NL]}
    Tier: {type: string, enum: [green, yellow, amber, red]}
    Route: {type: [string, "null"], enum: [emergency, urgentCare, null], description: "For red only: call the emergency number, or get urgent care today."}
    Clinic:
      type: object
      properties:
        id: {type: string, format: uuid}
        name: {type: string}
        address: {type: string}
        country: {type: string, examples: [GB]}
        timeZone: {type: string, examples: [Europe/London]}
        language: {$ref: "#/components/schemas/Language"}
        emergencyNumber: {type: string, examples: ["999"]}
        urgentCareAdvice: {type: string, examples: ["Call NHS 111 or ask your GP for an urgent appointment today."]}
        protocolVersion: {type: string}
        phone: {type: [string, "null"], examples: ["+44 20 7946 0000"]}
        email: {type: [string, "null"]}
        reminders: {$ref: "#/components/schemas/ReminderSettings"}
        alertTargets: {$ref: "#/components/schemas/AlertTargets"}
    ClinicInput:
      type: object
      required: [name, address, country, timeZone, language]
      properties:
        name: {type: string}
        address: {type: string}
        country: {type: string}
        timeZone: {type: string}
        language: {$ref: "#/components/schemas/Language"}
        emergencyNumber: {type: string, description: Defaults to the country's.}
        urgentCareAdvice: {type: string, maxLength: 300, description: "Where clients get same-day urgent care (a fever, fast-spreading redness). Defaults to the country's: NHS 111 in GB, the huisarts or huisartsenpost in NL, the GP in JE."}
        protocolVersion: {type: string}
        phone: {type: string, description: "Shown to clients: digits, spaces, + - ( )."}
        email: {type: string, description: Shown to clients.}
        reminders: {$ref: "#/components/schemas/ReminderSettings"}
        alertTargets: {$ref: "#/components/schemas/AlertTargets"}
    StaffMember:
      type: object
      properties:
        id: {type: string, format: uuid}
        clinicID: {type: [string, "null"], format: uuid}
        name: {type: string}
        role: {type: string, enum: [admin, lead-technician, technician, reception]}
        licenceNumber: {type: [string, "null"]}
    TechnicianInput:
      type: object
      required: [clinicID, name]
      properties:
        clinicID: {type: string, format: uuid}
        name: {type: string}
        lead: {type: boolean}
        licenceNumber: {type: string}
    Screening:
      type: object
      properties:
        bleedingDisorder: {type: boolean}
        anticoagulants: {type: boolean}
        pregnantOrBreastfeeding: {type: boolean}
        keloidTendency: {type: boolean}
        diabetes: {type: boolean}
        isotretinoin: {type: boolean}
        scalpPsoriasisOrEczema: {type: boolean}
        immunosuppressantsOrSteroids: {type: boolean}
        recentAntibiotics: {type: boolean}
        skinCancer: {type: boolean}
        chemotherapy: {type: boolean}
        allergies: {type: [string, "null"]}
    ClientSummary:
      type: object
      properties:
        id: {type: string, format: uuid}
        clinicID: {type: string, format: uuid}
        fullName: {type: string}
        dateOfBirth: {type: string, format: date}
        hairLossCondition: {type: string, description: Health data; absent for reception.}
    ClientInput:
      type: object
      required: [clinicID, fullName, dateOfBirth, idCheckedOn, hairLossCondition, screening]
      properties:
        clinicID: {type: string, format: uuid}
        fullName: {type: string}
        dateOfBirth: {type: string, format: date, description: The client must be 18 or over.}
        idCheckedBy: {type: string, format: uuid, description: Defaults to the caller.}
        idCheckedOn: {type: string, format: date}
        email: {type: string}
        phone: {type: string}
        hairLossCondition: {type: string, enum: [pattern-baldness, thinning, alopecia, scars, receding-hairline, psoriasis-cover]}
        sex: {type: string, enum: [female, male, other]}
        skinType: {type: integer, minimum: 1, maximum: 6}
        oilySkin: {type: boolean}
        thickSkin: {type: boolean}
        friction: {type: array, items: {type: string, enum: [hat, helmet, sleeping-position]}}
        screening: {$ref: "#/components/schemas/Screening"}
        funding: {type: string, enum: [private, nhs-referral]}
        referral: {type: string}
    ClientView:
      type: object
      properties:
        client: {type: object}
        age: {type: integer}
        warnings:
          type: array
          items:
            type: object
            properties:
              code: {type: string}
              message: {type: string}
    SessionInput:
      type: object
      required: [clientID, technicianID, startedAt, endedAt, zones, needleType, needleSize, depth, pigmentProduct, pigmentBatch]
      properties:
        clientID: {type: string, format: uuid}
        technicianID: {type: string, format: uuid}
        startedAt: {type: string, format: date-time}
        endedAt: {type: string, format: date-time}
        zones: {type: array, items: {type: string, enum: [hairline, temples, crown, mid-scalp, scar]}}
        needleType: {type: string}
        needleSize: {type: string}
        depth: {type: string, enum: [shallow, standard, deep]}
        dotDensity: {type: integer}
        pigmentProduct: {type: string}
        pigmentBatch: {type: string}
        anaesthetic: {type: string}
        painRelief: {type: array, items: {type: string}}
        breaks: {type: integer}
        painReported: {type: integer, minimum: 0, maximum: 10}
        bleeding: {type: string, enum: [none, minor, moderate, heavy]}
        notes: {type: string}
    TreatmentSession:
      type: object
      properties:
        id: {type: string, format: uuid}
        clientID: {type: string, format: uuid}
        clinicID: {type: string, format: uuid}
        technicianID: {type: string, format: uuid}
        sessionNumber: {type: integer}
        startedAt: {type: string, format: date-time}
        endedAt: {type: string, format: date-time}
        zones: {type: array, items: {type: string}}
        pigmentBatch: {type: string}
    RecordedSession:
      type: object
      properties:
        session: {$ref: "#/components/schemas/TreatmentSession"}
        journeyID: {type: string, format: uuid}
        warnings: {type: array, items: {type: object}}
    JourneyRecord:
      type: object
      properties:
        id: {type: string, format: uuid}
        sessionID: {type: string, format: uuid}
        sessionDate: {type: string, format: date}
        timeZone: {type: string}
    JourneyView:
      type: object
      properties:
        id: {type: string, format: uuid}
        day: {type: integer, description: Healing day today in the clinic's time zone (day 0 is the session's day).}
        today: {type: object, description: Stage, what is normal, what to do and avoid, what comes next.}
        timeline: {type: array, items: {type: object}}
        estimate: {type: object, description: Days to a healed scalp (25th, most likely, 75th) with its explanation.}
        checkIns: {type: array, items: {$ref: "#/components/schemas/CheckInView"}}
        nextSession: {type: object, description: The earliest date the next session may be booked, and why.}
    CheckInInput:
      type: object
      description: >-
        The fields of `stipple triage`. `day` or `at` dates the check-in (default now); a missing
        answer means not reported; unknown fields are rejected.
      properties:
        day: {type: integer, minimum: 0}
        at: {type: string, format: date-time}
        redness: {type: integer, minimum: 0, maximum: 3}
        swelling: {type: integer, minimum: 0, maximum: 3}
        pain: {type: integer, minimum: 0, maximum: 10}
        heat: {type: integer, minimum: 0, maximum: 3}
        discharge: {type: string, enum: [none, clear, bloody, cloudy]}
        foulSmell: {type: boolean}
        temperatureC: {type: number, minimum: 30, maximum: 45}
        feelsUnwell: {type: boolean}
        shivering: {type: boolean}
        systemicSymptoms: {type: boolean}
        spreadingRedness: {type: boolean}
        swellingNearEyes: {type: boolean}
        breathingDifficulty: {type: boolean}
        scabs: {type: boolean}
        scabsPicked: {type: boolean}
        oozing: {type: boolean}
        itchyRaisedDots: {type: boolean}
        blurredDots: {type: boolean}
        plaques: {type: boolean}
        washed: {type: boolean}
        sweated: {type: boolean}
        sun: {type: boolean}
        hat: {type: boolean}
        swimming: {type: boolean}
    ConsentRecord:
      type: object
      properties:
        id: {type: string, format: uuid}
        clientID: {type: string, format: uuid}
        kind: {type: string, enum: [treatment, healing-messages, photos-in-record, photos-in-gallery]}
        given: {type: boolean}
        recordedAt: {type: string, format: date-time}
        recordedBy: {type: string, format: uuid}
        recordedByName: {type: string}
        note: {type: [string, "null"]}
    AlertTargets:
      type: object
      description: How fast the clinic answers an alert. Without a value, amber is due by the end of the clinic's day and yellow at the next follow-up.
      properties:
        redMinutes: {type: integer, minimum: 0, maximum: 240, default: 0}
        amberHours: {type: integer, minimum: 1, maximum: 72}
        yellowDays: {type: integer, minimum: 1, maximum: 30}
    ReminderSettings:
      type: object
      description: Local hours on the clinic's clock. Quiet hours may wrap midnight; equal hours mean none.
      properties:
        sendHour: {type: integer, minimum: 0, maximum: 23, default: 10}
        missedHour: {type: integer, minimum: 0, maximum: 23, default: 19}
        quietFrom: {type: integer, minimum: 0, maximum: 23, default: 21}
        quietUntil: {type: integer, minimum: 0, maximum: 23, default: 8}
    Reminder:
      type: object
      properties:
        id: {type: string, format: uuid}
        journeyID: {type: string, format: uuid}
        kind: {type: string, enum: [day, missed-check-in, follow-up]}
        day: {type: integer}
        dueAt: {type: string, format: date-time}
        status: {type: string, enum: [scheduled, sending, sent, skipped, failed]}
        attempts: {type: integer}
        lastError: {type: [string, "null"]}
        sentAt: {type: [string, "null"], format: date-time}
    Alert:
      type: object
      properties:
        id: {type: string, format: uuid}
        checkInID: {type: string, format: uuid}
        journeyID: {type: string, format: uuid}
        clinicID: {type: string, format: uuid}
        clientName: {type: string}
        day: {type: integer}
        tier: {$ref: "#/components/schemas/Tier"}
        route: {$ref: "#/components/schemas/Route"}
        status: {type: string, enum: [open, acknowledged, resolved]}
        openedAt: {type: string, format: date-time}
        dueBy: {type: [string, "null"], format: date-time, description: "Red - at once; amber - the end of the clinic's day; yellow - none (next follow-up)."}
        overdue: {type: boolean}
        acknowledgedBy: {type: [string, "null"], format: uuid}
        acknowledgedAt: {type: [string, "null"], format: date-time}
        resolvedBy: {type: [string, "null"], format: uuid}
        resolvedAt: {type: [string, "null"], format: date-time}
        action: {type: [string, "null"]}
        note: {type: [string, "null"]}
    FollowUp:
      type: object
      properties:
        id: {type: string, format: uuid}
        journeyID: {type: string, format: uuid}
        sessionNumber: {type: integer}
        startsAt: {type: string, format: date-time}
        date: {type: string, format: date, description: On the clinic's calendar.}
        technicianID: {type: string, format: uuid}
        overrideReason: {type: [string, "null"]}
        reminderDueAt: {type: [string, "null"], format: date-time}
    JourneyLink:
      type: object
      properties:
        journeyID: {type: string, format: uuid}
        token: {type: string, description: Shown once.}
        path: {type: string, examples: [/j/TOKEN]}
        url: {type: string}
        expiresAt: {type: string, format: date-time}
    CheckInView:
      type: object
      properties:
        id: {type: string, format: uuid}
        journeyID: {type: string, format: uuid}
        day: {type: integer}
        recordedAt: {type: string, format: date-time}
        tier: {$ref: "#/components/schemas/Tier"}
        score: {type: integer, minimum: 0, maximum: 18}
        reasons: {type: array, items: {type: string}}
        findings: {type: array, items: {type: string}}
        action: {type: string}
        emergencyNumber: {type: string, examples: ["999", "112"]}
        route: {$ref: "#/components/schemas/Route"}
        confirmsHealing: {type: boolean}
        answers: {type: object}
        photos:
          type: array
          items:
            type: object
            properties:
              id: {type: string, format: uuid}
              view: {type: string, enum: [front, crown, left, right]}
              width: {type: integer}
              height: {type: integer}
              url: {type: string, examples: [/api/v1/photos/ID]}
"""#
}
