/// This screening already has a clearance of that kind.
public struct ClearanceExists: Error {}
