/// Another version of the document was added at the same moment.
public struct ConsentDocumentChanged: Error {}
