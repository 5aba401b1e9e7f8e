import ParleyArchive
import TestSupport

/// An archive of the five samples in its own temporary folder, gone when the test lets go of it.
struct SampleArchive {
    let folder: TemporaryFolder
    let path: String

    init(name: String = "parley.db") throws {
        folder = try TemporaryFolder()
        path = folder.file(name)
        let archive = try Archive.openForWriting(at: path)
        _ = try Importer(archive: archive).run(InputCollector.collect([ProjectFiles.samplesFolder]).inputs)
    }
}
