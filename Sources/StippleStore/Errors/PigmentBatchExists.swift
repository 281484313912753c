/// The clinic's register already holds this product's lot.
public struct PigmentBatchExists: Error {}
