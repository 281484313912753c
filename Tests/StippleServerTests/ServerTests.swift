import Testing

/// Every suite that touches a database runs inside this one, one test at a time: the
/// PostgreSQL run shares one database, emptied at the start of each test.
@Suite(.serialized) enum ServerTests {}
