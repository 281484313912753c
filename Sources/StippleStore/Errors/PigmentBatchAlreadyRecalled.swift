/// The batch was recalled already; a recall keeps its first time and reason.
public struct PigmentBatchAlreadyRecalled: Error {}
