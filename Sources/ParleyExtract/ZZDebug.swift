import Foundation
func zzAdd(_ what: String) {
    guard ProcessInfo.processInfo.environment["ZZ"] != nil else { return }
    FileHandle.standardError.write(("== " + what + "\n").data(using: .utf8)!)
    for l in Thread.callStackSymbols.prefix(7) { FileHandle.standardError.write((l + "\n").data(using: .utf8)!) }
}
